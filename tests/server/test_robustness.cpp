// Malformed and hostile input against the whole server: each class of bad request gets its status,
// and the server keeps serving normal requests afterwards.

#include "rawhttpclient.h"
#include "serverfixture.h"

#include "database.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

#include <atomic>
#include <latch>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;

namespace {

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                   const QByteArray &body = {}, const QByteArray &extraHeaders = {})
{
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    out += extraHeaders;
    if (!body.isNull() || method == "POST" || method == "PATCH" || method == "PUT")
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

/** One request on a fresh connection. */
std::optional<RawResponse> exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    RawHttpClient client(port);
    if (!client.isConnected() || !client.send(bytes))
        return std::nullopt;
    return client.read(timeoutMs);
}

/** The server still answers an ordinary authenticated request, through the real client. */
void requireServing(ServerFixture &fixture, ApiClient &client)
{
    const qint64 partners =
        Tradewind::Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
    const Answer answer = ServerFixture::get(client, u"/partners"_s, QUrlQuery(u"limit=3"_s));
    REQUIRE(answer.status == 200);
    REQUIRE(answer.json.value(u"items"_s).toArray().size() == 3);
    REQUIRE(answer.json.value(u"total"_s).toInteger() == partners);
}

qint64 customerId(ServerFixture &fixture)
{
    return Tradewind::Query(fixture.server().database().connection(),
                            u"SELECT id FROM partners WHERE name = '江苏恒达钢铁有限公司'"_s)
        .scalar()
        .toLongLong();
}

QJsonObject validOpportunity(qint64 customer)
{
    return QJsonObject{{u"kind"_s, u"system"_s},
                       {u"customer_id"_s, customer},
                       {u"title"_s, u"健壮性测试"_s},
                       {u"source"_s, u"website"_s},
                       {u"amount"_s, QJsonObject{{u"minor"_s, 100000}, {u"currency"_s, u"CNY"_s}}}};
}

} // namespace

TEST_CASE("Malformed JSON bodies are refused and the server carries on", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QByteArray token = client->token();
    REQUIRE_FALSE(token.isEmpty());
    const qint64 partnersBefore =
        Tradewind::Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();

    const auto [description, body] = GENERATE(table<std::string, QByteArray>({
        {"truncated object", QByteArray(R"({"name": "半截)")},
        {"trailing comma", QByteArray(R"({"name": "x", "classes": ["customer"],})")},
        {"single quotes", QByteArray(R"({'name': 'x'})")},
        {"not JSON at all", QByteArray("name=x&classes=customer")},
        {"empty body", QByteArray("")},
        {"invalid UTF-8", QByteArray("{\"name\": \"\xff\xfe\xfd\"}")},
        {"NUL bytes", QByteArray("{\"name\"\0: 1}", 12)},
        {"deeply nested", QByteArray(100000, '[') + QByteArray(100000, ']')},
        {"two documents", QByteArray(R"({"name": "a"} {"name": "b"})")},
    }));
    INFO(description);
    const auto response = exchange(fixture.port(), request("POST", "/api/v1/partners", token, body));
    REQUIRE(response);
    INFO(response->body.toStdString());
    CHECK(response->status == 400);
    CHECK(response->errorCode() == u"malformed_json"_s);
    CHECK(response->header("content-type").startsWith("application/json"));
    CHECK(Tradewind::Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong()
          == partnersBefore);
    requireServing(fixture, *client);
}

TEST_CASE("A JSON body that is not an object is refused", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QByteArray token = client->token();

    for (const QByteArray &body : {QByteArray("[]"), QByteArray(R"([{"name": "x", "classes": ["customer"]}])"),
                                   QByteArray("\"text\""), QByteArray("42"), QByteArray("null"), QByteArray("true")}) {
        INFO(body.toStdString());
        const auto created = exchange(fixture.port(), request("POST", "/api/v1/partners", token, body));
        REQUIRE(created);
        CHECK(created->status == 400);
        CHECK(created->errorCode() == u"malformed_json"_s);
        const auto patched = exchange(fixture.port(), request("PATCH", "/api/v1/partners/1", token, body, "If-Match: \"1\"\r\n"));
        REQUIRE(patched);
        CHECK(patched->status == 400);
        requireServing(fixture, *client);
    }
    // The PATCHes changed nothing.
    CHECK(ServerFixture::get(*client, u"/partners/1"_s).etag == "\"1\"");
}

TEST_CASE("Wrong types, missing fields and over-long strings are named", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 customer = customerId(fixture);
    REQUIRE(customer > 0);

    const auto post = [&](const QJsonObject &body) {
        return ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
    };

    SECTION("wrong types")
    {
        for (const auto &[field, value] : std::initializer_list<std::pair<QString, QJsonValue>>{
                 {u"title"_s, 5},
                 {u"title"_s, QJsonArray{u"a"_s}},
                 {u"title"_s, true},
                 {u"kind"_s, QJsonObject{}},
                 {u"customer_id"_s, u"1"_s},
                 {u"customer_id"_s, 1e300},
                 {u"expected_close"_s, 20270331},
                 {u"notes"_s, false},
                 {u"amount"_s, u"100 CNY"_s}}) {
            QJsonObject body = validOpportunity(customer);
            body.insert(field, value);
            INFO(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
            const Answer answer = post(body);
            CHECK(answer.status == 400);
            CHECK(answer.errorCode() == u"invalid_field"_s);
            CHECK(answer.errorField() == field);
            requireServing(fixture, *client);
        }
    }

    SECTION("missing required fields")
    {
        for (const QString &field : {u"kind"_s, u"customer_id"_s, u"title"_s, u"source"_s, u"amount"_s}) {
            QJsonObject body = validOpportunity(customer);
            body.remove(field);
            const Answer answer = post(body);
            INFO(field.toStdString());
            CHECK(answer.status == 400);
            CHECK(answer.errorField() == field);
        }
        const Answer empty = post(QJsonObject{});
        CHECK(empty.status == 400);
        CHECK(empty.errorField() == u"kind"_s);
        const Answer partner = ServerFixture::call(*client, "POST", u"/partners"_s, QJsonObject{{u"classes"_s, QJsonArray{u"customer"_s}}});
        CHECK(partner.status == 400);
        CHECK(partner.errorField() == u"name"_s);
        requireServing(fixture, *client);
    }

    SECTION("over-long strings")
    {
        QJsonObject body = validOpportunity(customer);
        body.insert(u"title"_s, QString(201, u'长'));
        Answer answer = post(body);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"title"_s);

        body = validOpportunity(customer);
        body.insert(u"notes"_s, QString(1024 * 1024, u'n')); // a megabyte: under the body limit, over the field's
        answer = post(body);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"notes"_s);

        // Exactly at the limit is fine (surrounding blanks are trimmed first).
        body = validOpportunity(customer);
        body.insert(u"title"_s, u"  "_s + QString(200, u'长') + u"  "_s);
        answer = post(body);
        CHECK(answer.status == 201);
        CHECK(answer.json.value(u"title"_s).toString().size() == 200);

        const Answer partner = ServerFixture::call(
            *client, "POST", u"/partners"_s,
            QJsonObject{{u"name"_s, QString(100000, u'x')}, {u"classes"_s, QJsonArray{u"customer"_s}}});
        CHECK(partner.status == 400);
        CHECK(partner.errorField() == u"name"_s);

        const Answer search = ServerFixture::get(*client, u"/partners"_s, QUrlQuery{{u"q"_s, QString(5000, u'q')}});
        CHECK(search.status == 400);
        CHECK(search.errorField() == u"q"_s);
        requireServing(fixture, *client);
    }
}

TEST_CASE("Unknown ids, paths and methods", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"director"_s);
    const QByteArray token = client->token();

    for (const QString &path : {u"/partners/999999"_s, u"/opportunities/999999"_s, u"/opportunities/abc"_s,
                                u"/partners/abc"_s, u"/partners/-1"_s, u"/partners/1e3"_s, u"/partners/0x10"_s,
                                u"/opportunities/99999999999999999999999"_s, u"/opportunities/abc/history"_s}) {
        INFO(path.toStdString());
        const Answer answer = ServerFixture::get(*client, path);
        CHECK(answer.status == 404);
        CHECK(answer.errorCode() == u"not_found"_s);
        requireServing(fixture, *client);
    }

    for (const QByteArray &target : {QByteArray("/"), QByteArray("/index.html"), QByteArray("/api"), QByteArray("/api/v2/partners"),
                                     QByteArray("/api/v1/nothing"), QByteArray("/api/v1/partners/1/contacts"),
                                     QByteArray("/api/v1/partners/1/history/2"), QByteArray("/api/v1/partners%00"),
                                     QByteArray("/api/v1/%E4%BC%99%E4%BC%B4"), QByteArray("/../../etc/passwd")}) {
        INFO(target.toStdString());
        const auto response = exchange(fixture.port(), request("GET", target, token));
        REQUIRE(response);
        CHECK(response->status == 404);
        CHECK(response->errorCode() == u"not_found"_s);
        requireServing(fixture, *client);
    }

    const auto [method, target, allowed] = GENERATE(table<QByteArray, QByteArray, QByteArray>({
        {"DELETE", "/api/v1/partners", "GET, POST"},
        {"PUT", "/api/v1/partners/1", "GET, PATCH"},
        {"DELETE", "/api/v1/opportunities/1", "GET, PATCH"},
        {"POST", "/api/v1/partners/1/history", "GET"},
        {"PATCH", "/api/v1/opportunities", "GET, POST"},
    }));
    INFO(method.toStdString() << ' ' << target.toStdString());
    const auto response = exchange(fixture.port(), request(method, target, token, "{}"));
    REQUIRE(response);
    CHECK(response->status == 405);
    CHECK(response->errorCode() == u"method_not_allowed"_s);
    CHECK(response->header("allow") == allowed);
    requireServing(fixture, *client);
}

TEST_CASE("Odd query strings and paths get an answer, never a server error", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QByteArray token = client->token();

    const auto [target, status] = GENERATE(table<QByteArray, int>({
        {"/api/v1/partners?q=%FF%FE", 200},
        {"/api/v1/partners?q=%00", 200},
        {"/api/v1/partners?q=%", 200},
        {"/api/v1/partners?=&&&=", 200},
        {"/api/v1/partners?limit=%ZZ", 400},
        {"/api/v1/partners?limit=5%00", 400},
        {"/api/v1/partners?offset=9223372036854775808", 400},
        {"/api/v1/opportunities?owner_id=99999999999999999999", 400},
        {"/api/v1/opportunities?customer_id=%20", 400},
        {"/api/v1/partners/%FF", 404},
        {"/api/v1/partners/1%2F..%2F2", 404},
    }));
    INFO(target.toStdString());
    const auto response = exchange(fixture.port(), request("GET", target, token));
    REQUIRE(response);
    INFO(response->body.toStdString());
    CHECK(response->status == status);
    CHECK(response->header("content-type").startsWith("application/json"));
    requireServing(fixture, *client);
}

TEST_CASE("Ids are plain digits: any other spelling names nothing", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"director"_s);
    const QByteArray token = client->token();
    REQUIRE(ServerFixture::get(*client, u"/partners/1"_s).status == 200);
    const auto nonexistent = exchange(fixture.port(), request("GET", "/api/v1/partners/999999999", token));
    REQUIRE(nonexistent);

    for (const QByteArray &target : {QByteArray("/api/v1/partners/+1"), QByteArray("/api/v1/partners/%201"),
                                     QByteArray("/api/v1/partners/1%20"), QByteArray("/api/v1/partners/01"),
                                     QByteArray("/api/v1/partners/%2B1/history")}) {
        INFO(target.toStdString());
        const auto response = exchange(fixture.port(), request("GET", target, token));
        REQUIRE(response);
        CHECK(response->status == 404);
        CHECK(response->body == nonexistent->body);
    }
    for (const QByteArray &value : {QByteArray("%2B1"), QByteArray("%201"), QByteArray("01"), QByteArray("1%00")}) {
        INFO(value.toStdString());
        const auto response = exchange(fixture.port(), request("GET", "/api/v1/opportunities?owner_id=" + value, token));
        REQUIRE(response);
        CHECK(response->status == 400);
        CHECK(response->errorField() == u"owner_id"_s);
    }
    requireServing(fixture, *client);
}

TEST_CASE("Text fields refuse NUL and control characters, multi-line ones keep tabs and line breaks", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 customer = customerId(fixture);
    const auto post = [&](const QString &path, const QJsonObject &body) {
        return ServerFixture::call(*client, "POST", path, body);
    };

    int serial = 0;
    for (const QString &title : {u"Line\u0000 one"_s, u"Bell\u0007"_s, u"Two\nlines"_s, u"Tab\there"_s, u"Escape\u001b[2J"_s,
                                 u"Delete\u007f"_s, u"C1\u0085control"_s}) {
        INFO(title.toUtf8().toPercentEncoding().toStdString());
        QJsonObject body = validOpportunity(customer);
        body.insert(u"title"_s, title + QString::number(++serial));
        const Answer answer = post(u"/opportunities"_s, body);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"title"_s);
    }
    QJsonObject body = validOpportunity(customer);
    body.insert(u"notes"_s, u"Bell\u0007"_s);
    CHECK(post(u"/opportunities"_s, body).errorField() == u"notes"_s);

    // Notes are multi-line: tabs and line breaks are theirs.
    body.insert(u"notes"_s, u"First line\n\tindented second line"_s);
    const Answer created = post(u"/opportunities"_s, body);
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    CHECK(created.json.value(u"notes"_s).toString() == u"First line\n\tindented second line"_s);
    const qint64 opportunity = created.json.value(u"id"_s).toInteger();

    // The same holds in sub-records and in nested lines.
    const Answer followUp = post(u"/opportunities/%1/follow-ups"_s.arg(opportunity),
                                 {{u"happened_on"_s, u"2026-11-01"_s}, {u"way"_s, u"call"_s}, {u"content"_s, u"NUL\u0000"_s}});
    CHECK(followUp.status == 400);
    CHECK(followUp.errorField() == u"content"_s);
    QJsonObject line{{u"name_en"_s, u"Sensor\u0000"_s}, {u"quantity"_s, 1}, {u"unit"_s, u"pcs"_s},
                     {u"unit_price"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, u"CNY"_s}}}};
    const Answer quote = post(u"/opportunities/%1/quotes"_s.arg(opportunity), {{u"lines"_s, QJsonArray{line}}});
    CHECK(quote.status == 400);
    CHECK(quote.errorField() == u"lines[0].name_en"_s);
    requireServing(fixture, *client);
}

TEST_CASE("A key given twice in one object is refused, naming the key", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QByteArray token = client->token();
    const QByteArray customer = QByteArray::number(customerId(fixture));
    const QByteArray rest = R"("kind":"system","customer_id":)" + customer + R"(,"source":"website")";

    const QList<QPair<QByteArray, QString>> twice{
        {"{" + rest + R"(,"title":"Twice A","title":"Twice B","amount":{"minor":100,"currency":"CNY"}})", u"title"_s},
        {"{" + rest + R"(,"title":"Escaped","\u0074itle":"Escaped B","amount":{"minor":100,"currency":"CNY"}})", u"title"_s},
        {"{" + rest + R"(,"title":"Nested","amount":{"minor":100,"currency":"CNY","minor":1}})", u"minor"_s},
    };
    for (const auto &[body, key] : twice) {
        INFO(body.toStdString());
        const auto response = exchange(fixture.port(), request("POST", "/api/v1/opportunities", token, body));
        REQUIRE(response);
        CHECK(response->status == 400);
        CHECK(response->errorCode() == u"malformed_json"_s);
        CHECK(response->errorField() == key);
    }
    // The same keys in sibling objects, and a key that is also a value, are fine.
    const auto fine = exchange(fixture.port(), request("POST", "/api/v1/opportunities", token,
                                                      "{" + rest + R"(,"title":"title","amount":{"minor":100,"currency":"CNY"},)"
                                                                   R"("notes":"{\"title\":1,\"title\":2}"})"));
    REQUIRE(fine);
    INFO(fine->body.toStdString());
    CHECK(fine->status == 201);
    requireServing(fixture, *client);
}

TEST_CASE("Money is only in active ISO 4217 currencies", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 customer = customerId(fixture);
    int serial = 0;
    for (const QString &currency : {u"XXX"_s, u"ABC"_s, u"XTS"_s, u"XAU"_s, u"cny"_s}) {
        INFO(currency.toStdString());
        QJsonObject body = validOpportunity(customer);
        body.insert(u"title"_s, u"Currency %1"_s.arg(++serial));
        body.insert(u"amount"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, currency}});
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"amount"_s);
    }
    for (const QString &currency : {u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"KWD"_s, u"CHF"_s}) {
        INFO(currency.toStdString());
        QJsonObject body = validOpportunity(customer);
        body.insert(u"title"_s, u"Currency %1"_s.arg(++serial));
        body.insert(u"amount"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, currency}});
        CHECK(ServerFixture::call(*client, "POST", u"/opportunities"_s, body).status == 201);
    }
    const Answer products = ServerFixture::get(*client, u"/products"_s, params({{u"currency"_s, u"XXX"_s}}));
    CHECK(products.status == 400);
    CHECK(products.errorField() == u"currency"_s);
}

TEST_CASE("If-Match: * updates whatever version is current", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    QJsonObject body = validOpportunity(customerId(fixture));
    const Answer created = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
    REQUIRE(created.status == 201);
    const QString path = u"/opportunities/%1"_s.arg(created.json.value(u"id"_s).toInteger());
    REQUIRE(ServerFixture::call(*client, "PATCH", path, {{u"notes"_s, u"first"_s}}, created.etag).status == 200);

    const Answer any = ServerFixture::call(*client, "PATCH", path, {{u"notes"_s, u"second"_s}}, "*");
    INFO(any.body.toStdString());
    CHECK(any.status == 200);
    CHECK(any.json.value(u"notes"_s).toString() == u"second"_s);
    CHECK(ServerFixture::call(*client, "PATCH", path, {{u"notes"_s, u"third"_s}}, created.etag).status == 412);
    CHECK(ServerFixture::call(*client, "PATCH", path, {{u"notes"_s, u"third"_s}}, "\"x\"").status == 400);
    CHECK(ServerFixture::call(*client, "PATCH", path, {{u"notes"_s, u"third"_s}}).status == 428);
}

TEST_CASE("An announced huge body is refused at once and the connection closed", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);

    RawHttpClient raw(fixture.port());
    REQUIRE(raw.isConnected());
    QElapsedTimer timer;
    timer.start();
    REQUIRE(raw.send("POST /api/v1/partners HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + client->token()
                     + "\r\nContent-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{\"name\":"));
    const auto response = raw.read(3000);
    REQUIRE(response);
    CHECK(response->status == 413);
    CHECK(response->errorCode() == u"payload_too_large"_s);
    CHECK(timer.elapsed() < 2000);
    CHECK(response->header("connection") == "close");
    CHECK(raw.waitForClose(3000));
    CHECK(timer.elapsed() < 4000);
    requireServing(fixture, *client);

    // The same with the rest of a (smaller, still too large) body actually arriving.
    RawHttpClient sender(fixture.port());
    REQUIRE(sender.isConnected());
    const QByteArray big(9 * 1024 * 1024, 'x');
    timer.restart();
    sender.send(request("POST", "/api/v1/partners", client->token(), big));
    const auto second = sender.read(5000);
    REQUIRE(second);
    CHECK(second->status == 413);
    CHECK(sender.waitForClose(5000));
    requireServing(fixture, *client);
}

TEST_CASE("Huge headers are refused with 431", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QByteArray token = client->token();

    SECTION("one 64 KiB header")
    {
        const auto response = exchange(fixture.port(),
                                       request("GET", "/api/v1/partners", token, {}, "X-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n"));
        REQUIRE(response);
        CHECK(response->status == 431);
        CHECK(response->errorCode() == u"header_too_large"_s);
    }

    SECTION("thousands of small headers")
    {
        QByteArray headers;
        for (int i = 0; i < 4000; ++i)
            headers += "X-H" + QByteArray::number(i) + ": v\r\n";
        const auto response = exchange(fixture.port(), request("GET", "/api/v1/partners", token, {}, headers));
        REQUIRE(response);
        CHECK(response->status == 431);
    }

    SECTION("a 64 KiB request target")
    {
        const auto response = exchange(fixture.port(), request("GET", "/api/v1/partners?q=" + QByteArray(64 * 1024, 'q'), token));
        REQUIRE(response);
        CHECK(response->status == 431);
    }

    SECTION("a 64 KiB Authorization header")
    {
        const auto response = exchange(fixture.port(), request("GET", "/api/v1/partners", QByteArray(64 * 1024, 't')));
        REQUIRE(response);
        CHECK(response->status == 431);
    }

    requireServing(fixture, *client);
}

TEST_CASE("Garbage on the wire is a 400", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);

    const auto [description, bytes] = GENERATE(table<std::string, QByteArray>({
        {"words", QByteArray("HELLO THERE SERVER\r\n\r\n")},
        {"bad version", QByteArray("GET /api/v1/partners HTTP/x.y\r\nHost: x\r\n\r\n")},
        {"space in target", QByteArray("GET /api/v1/part ners HTTP/1.1 extra\r\nHost: x\r\n\r\n")},
        {"control bytes", QByteArray("\x01\x02\x03\x04\r\n\r\n")},
        {"TLS hello on the plain port", QByteArray::fromHex("16030100a5010000a10303")},
        {"header without colon", QByteArray("GET /api/v1 HTTP/1.1\r\nHost x\r\n\r\n")},
        {"bad content length", QByteArray("POST /api/v1/partners HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n")},
        {"two content lengths", QByteArray("POST /api/v1/partners HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")},
        {"bad chunk size", QByteArray("POST /api/v1/partners HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")},
    }));
    INFO(description);
    RawHttpClient raw(fixture.port());
    REQUIRE(raw.isConnected());
    REQUIRE(raw.send(bytes));
    const auto response = raw.read(3000);
    REQUIRE(response);
    CHECK(response->status == 400);
    CHECK(response->errorCode() == u"bad_request"_s);
    CHECK(raw.waitForClose(3000));
    requireServing(fixture, *client);
}

TEST_CASE("Twenty concurrent clients are all served", "[robustness]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"manager.east"_s);
    const QByteArray token = client->token();
    const qint64 partners =
        Tradewind::Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
    const qint64 visibleOpportunities = ServerFixture::get(*client, u"/opportunities"_s).json.value(u"total"_s).toInteger();
    REQUIRE(visibleOpportunities > 0);

    constexpr int clients = 20;
    constexpr int requestsEach = 10;
    std::atomic<int> ok = 0;
    std::atomic<int> failed = 0;
    std::latch start(clients);
    QStringList failures;
    QMutex failuresMutex;
    const quint16 port = fixture.port();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            const auto fail = [&](const QString &what) {
                ++failed;
                const QMutexLocker locker(&failuresMutex);
                failures.append(u"client %1: %2"_s.arg(c).arg(what));
            };
            RawHttpClient raw(port);
            start.arrive_and_wait();
            if (!raw.isConnected()) {
                fail(u"not connected"_s);
                return;
            }
            // Keep-alive: every request of a client on one connection.
            for (int i = 0; i < requestsEach; ++i) {
                const bool partnerList = (c + i) % 2 == 0;
                const QByteArray target = partnerList
                    ? "/api/v1/partners?limit=5&offset=" + QByteArray::number(i)
                    : "/api/v1/opportunities?limit=3&sort=-amount";
                if (!raw.send(request("GET", target, token))) {
                    fail(u"send failed"_s);
                    return;
                }
                const auto response = raw.read(20000);
                if (!response) {
                    fail(u"no response to %1"_s.arg(QString::fromLatin1(target)));
                    return;
                }
                const QJsonObject json = response->json();
                const qint64 expectedTotal = partnerList ? partners : visibleOpportunities;
                if (response->status != 200 || json.value(u"total"_s).toInteger() != expectedTotal
                    || json.value(u"items"_s).toArray().isEmpty()) {
                    fail(u"%1 -> %2 %3"_s.arg(QString::fromLatin1(target)).arg(response->status)
                             .arg(QString::fromUtf8(response->body.left(200))));
                    return;
                }
                ++ok;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    INFO(failures.join(u'\n').toStdString());
    CHECK(failed == 0);
    CHECK(ok == clients * requestsEach);
    requireServing(fixture, *client);
}
