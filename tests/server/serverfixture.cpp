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

void ServerFixture::addOpportunities(const QString &login, int count)
{
    QSqlDatabase db = m_server->database().connection();
    Tradewind::Query(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count), "
                         u"customers(n, id) AS (SELECT row_number() OVER (ORDER BY id) - 1, id FROM partners "
                         u"WHERE classes LIKE '%customer%') "
                         u"INSERT INTO opportunities (kind, customer_id, title, source, stage, amount_minor, currency, "
                         u"expected_close, owner_id, lock_key, locked_at, created_at, updated_at) "
                         u"SELECT CASE i % 3 WHEN 0 THEN 'spare_parts' ELSE 'system' END, "
                         u"(SELECT id FROM customers WHERE customers.n = i % 5), "
                         u"CASE i % 4 WHEN 0 THEN '冷轧带钢表面检测系统' WHEN 1 THEN 'Float glass defect detection, line ' "
                         u"|| (i % 7) WHEN 2 THEN '隔膜在线瑕疵检测项目' ELSE '光伏玻璃检测线改造 ' || i END, 'tender', "
                         u"CASE i % 6 WHEN 0 THEN 'lead' WHEN 1 THEN 'qualified' WHEN 2 THEN 'proposal' "
                         u"WHEN 3 THEN 'negotiation' WHEN 4 THEN 'won' ELSE 'lost' END, (i * 7919) % 1000000, 'CNY', "
                         u"CASE WHEN i % 10 = 0 THEN NULL ELSE date('2026-01-01', '+' || (i % 300) || ' days') END, "
                         u"(SELECT id FROM employees WHERE login = :login), 'scale:' || i, '2026-01-01T00:00:00.000Z', "
                         u"strftime('%Y-%m-%dT%H:%M:%fZ', '2025-06-01', '+' || (i * 37 % 31536000) || ' seconds'), "
                         u"strftime('%Y-%m-%dT%H:%M:%fZ', '2025-06-01', '+' || (i * 53 % 31536000) || ' seconds') FROM n"_s)
        .bind(u":count"_s, count)
        .bind(u":login"_s, login)
        .exec();
    Tradewind::Query(db, u"ANALYZE"_s).exec();
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

QJsonObject withField(QJsonObject body, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        body.remove(field);
    else
        body.insert(field, value);
    return body;
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
