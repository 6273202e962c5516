#include "serverfixture.h"

#include "demodata.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace Qt::StringLiterals;

ServerFixture::ServerFixture(Data data)
    : m_now(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()))
{
    REQUIRE(m_dir.isValid());
    Tradewind::ServerConfig config;
    config.databasePath = m_dir.filePath(u"test.db"_s);
    config.port = 0;
    config.logRequests = false;
    config.http.workerThreads = 4;
    config.clock = [this] { return now(); };
    m_server = std::make_unique<Tradewind::TradewindServer>(config);
    m_server->openDatabase();
    if (data == Data::Demo)
        Tradewind::Demo::populate(m_server->database(), now());
    REQUIRE(m_server->listen());
}

ServerFixture::~ServerFixture()
{
    m_server->close();
}

QUrl ServerFixture::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port()));
}

QString ServerFixture::databasePath() const
{
    return m_dir.filePath(u"test.db"_s);
}

QDateTime ServerFixture::now() const
{
    QMutexLocker locker(&m_clockMutex);
    return m_now;
}

void ServerFixture::advanceClock(qint64 seconds)
{
    QMutexLocker locker(&m_clockMutex);
    m_now = m_now.addSecs(seconds);
}

std::unique_ptr<Tradewind::ApiClient> ServerFixture::anonymous()
{
    auto client = std::make_unique<Tradewind::ApiClient>();
    client->setServerUrl(url());
    return client;
}

std::unique_ptr<Tradewind::ApiClient> ServerFixture::login(const QString &login)
{
    auto client = anonymous();
    Tradewind::ApiReply *reply = client->login(login, Tradewind::Demo::DemoPassword);
    REQUIRE(TestSupport::waitFor(reply));
    INFO("login " << login.toStdString() << ": " << reply->rawBody().toStdString());
    REQUIRE(reply->ok());
    REQUIRE(client->isLoggedIn());
    return client;
}

qint64 ServerFixture::employeeId(const QString &login)
{
    QSqlDatabase db = m_server->database().connection();
    return Tradewind::Query(db, u"SELECT id FROM employees WHERE login = :login"_s)
        .bind(u":login"_s, login)
        .scalar()
        .toLongLong();
}

qint64 ServerFixture::partnerId(const QString &name)
{
    const qint64 id = Tradewind::Query(m_server->database().connection(), u"SELECT id FROM partners WHERE name = :name"_s)
                          .bind(u":name"_s, name)
                          .scalar()
                          .toLongLong();
    REQUIRE(id > 0);
    return id;
}

QUrlQuery params(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, value);
    return query;
}

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toInteger());
    return ids;
}

Answer ServerFixture::call(Tradewind::ApiClient &client, const QByteArray &verb, const QString &path,
                           const QJsonObject &body, const QByteArray &ifMatch, const QUrlQuery &query)
{
    Tradewind::ApiReply *reply = nullptr;
    if (verb == "GET")
        reply = client.get(path, query);
    else if (verb == "POST")
        reply = client.post(path, body, query);
    else if (verb == "PUT")
        reply = client.put(path, body, ifMatch);
    else if (verb == "PATCH")
        reply = client.patch(path, body, ifMatch);
    else if (verb == "DELETE")
        reply = client.deleteResource(path);
    REQUIRE(reply != nullptr);
    REQUIRE(TestSupport::waitFor(reply));
    Answer answer;
    answer.status = reply->status();
    answer.json = reply->object();
    answer.body = reply->rawBody();
    answer.etag = reply->etag();
    answer.retryAfter = reply->header("Retry-After");
    reply->deleteLater();
    return answer;
}
