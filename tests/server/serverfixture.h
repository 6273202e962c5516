#pragma once

#include "apiclient.h"
#include "tradewindserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QTemporaryDir>

#include <memory>

/** The answer to one synchronous test request. */
struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray etag;
    QByteArray retryAfter;
    QString errorCode() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
    QString errorField() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(); }
};

/** A query from name/value pairs: params({{"limit", "5"}}). */
QUrlQuery params(std::initializer_list<std::pair<QString, QString>> items);

/** body with field set to value, or without it when value is undefined: one wrong field of a valid document. */
QJsonObject withField(QJsonObject body, const QString &field, const QJsonValue &value);
/** The "id" of each object of a collection's items. */
QList<qint64> idsOf(const QJsonArray &items);

/**
 * A real Tradewind server on a loopback port with a fresh database in a temporary directory and a
 * clock the test moves by hand. Optionally filled with the demo company.
 */
class ServerFixture
{
public:
    enum class Data { Empty, Demo };
    explicit ServerFixture(Data data = Data::Demo);
    ~ServerFixture();

    QUrl url() const;
    quint16 port() const { return m_server->port(); }
    Tradewind::TradewindServer &server() { return *m_server; }
    QString databasePath() const;

    QDateTime now() const;
    void advanceClock(qint64 seconds);

    /** A client logged in with the demo password (REQUIREs success). */
    std::unique_ptr<Tradewind::ApiClient> login(const QString &login);
    /** A client that is not logged in. */
    std::unique_ptr<Tradewind::ApiClient> anonymous();

    /** Employee id of a demo login. */
    qint64 employeeId(const QString &login);
    /** Id of the partner with exactly this name (REQUIREs one). */
    qint64 partnerId(const QString &name);
    /**
     * Adds count opportunities owned by login, straight in SQL (a big list in a second): titles cycle through four
     * projects (three of them Chinese, all holding "检测" but one, "Float glass defect detection, line N"), the
     * stages, five customers, amounts and dates (every tenth without an expected close); then refreshes the
     * planner's statistics as the scale generator does.
     */
    void addOpportunities(const QString &login, int count);

    static Answer call(Tradewind::ApiClient &client, const QByteArray &verb, const QString &path,
                       const QJsonObject &body = {}, const QByteArray &ifMatch = {}, const QUrlQuery &query = {});
    static Answer get(Tradewind::ApiClient &client, const QString &path, const QUrlQuery &query = {})
    {
        return call(client, "GET", path, {}, {}, query);
    }

private:
    QTemporaryDir m_dir;
    mutable QMutex m_clockMutex;
    QDateTime m_now;
    std::unique_ptr<Tradewind::TradewindServer> m_server;
};
