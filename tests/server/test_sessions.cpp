// Sessions: login, logout, idle and absolute expiry, throttling of repeated wrong passwords.

#include "serverfixture.h"

#include "demodata.h"
#include "roles.h"
#include "rawhttpclient.h"
#include "sessions/loginthrottle.h"
#include "sessions/sessions.h"
#include "testsupport.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <vector>

using namespace Qt::StringLiterals;
using Tradewind::Demo::DemoPassword;
using Tradewind::Sessions::LoginThrottle;

namespace {

constexpr qint64 Minute = 60;

/** POST /session with an arbitrary JSON object, from a client that is not logged in. */
Answer postSession(ServerFixture &server, const QJsonObject &body)
{
    auto client = server.anonymous();
    return ServerFixture::call(*client, "POST", u"/session"_s, body);
}

Answer tryLogin(ServerFixture &server, const QString &login, const QString &password)
{
    return postSession(server, QJsonObject{{u"login"_s, login}, {u"password"_s, password}});
}

/** GET /session with exactly this bearer token (empty: no Authorization header at all). */
Answer currentSession(ServerFixture &server, const QByteArray &token)
{
    auto client = server.anonymous();
    client->setToken(token);
    return ServerFixture::get(*client, u"/session"_s);
}

/** A POST /session whose body is sent byte for byte (the API client only sends well-formed JSON). */
struct RawAnswer
{
    int status = 0;
    QByteArray body;
};

RawAnswer postRawSession(ServerFixture &server, const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl url = server.url();
    url.setPath(u"/api/v1/session"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, body);
    REQUIRE(TestSupport::waitUntil([reply] { return reply->isFinished(); }));
    RawAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

/** POST /session with body from a client at address (the server tells clients apart by address). */
RawResponse postLoginFrom(ServerFixture &server, const QHostAddress &address, const QByteArray &body)
{
    RawHttpClient client(server.port(), address);
    REQUIRE(client.isConnected());
    REQUIRE(client.send("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        "Content-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body));
    const std::optional<RawResponse> response = client.read(10000);
    REQUIRE(response);
    return *response;
}

QString errorCodeOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QStringList rolesOf(const QJsonObject &user)
{
    QStringList roles;
    for (const QJsonValue &role : user.value(u"roles"_s).toArray())
        roles.append(role.toString());
    return roles;
}

} // namespace

TEST_CASE("Login with the right password creates a session and returns the user", "[sessions]")
{
    ServerFixture server;
    const Answer answer = tryLogin(server, u"manager.east"_s, DemoPassword);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);

    const QString token = answer.json.value(u"token"_s).toString();
    // 256 random bits, base64url without padding.
    CHECK(token.size() == 43);
    CHECK_FALSE(token.contains(u'='));

    const QJsonObject user = answer.json.value(u"user"_s).toObject();
    CHECK(user.value(u"login"_s).toString() == u"manager.east"_s);
    CHECK(user.value(u"id"_s).toInteger() == server.employeeId(u"manager.east"_s));
    CHECK(user.value(u"supervisor_id"_s).toInteger() == server.employeeId(u"director"_s));
    CHECK(rolesOf(user) == QStringList{Tradewind::Roles::SalesManager});
    CHECK(user.value(u"active"_s).toBool());
    // Never any password material in the answer.
    CHECK_FALSE(answer.body.contains("argon2"));
    CHECK_FALSE(user.contains(u"password_hash"_s));

    // The token works for authenticated requests.
    const Answer session = currentSession(server, token.toLatin1());
    CHECK(session.status == 200);
    CHECK(session.json.value(u"user"_s).toObject().value(u"login"_s).toString() == u"manager.east"_s);
}

TEST_CASE("Each login gets its own token", "[sessions]")
{
    ServerFixture server;
    const Answer first = tryLogin(server, u"sales.east1"_s, DemoPassword);
    const Answer second = tryLogin(server, u"sales.east1"_s, DemoPassword);
    REQUIRE(first.status == 201);
    REQUIRE(second.status == 201);
    const QByteArray firstToken = first.json.value(u"token"_s).toString().toLatin1();
    const QByteArray secondToken = second.json.value(u"token"_s).toString().toLatin1();
    CHECK(firstToken != secondToken);
    CHECK(currentSession(server, firstToken).status == 200);
    CHECK(currentSession(server, secondToken).status == 200);
}

TEST_CASE("A user with several roles gets all of them in the login answer", "[sessions]")
{
    ServerFixture server;
    const qint64 id = server.employeeId(u"finance"_s);
    {
        QSqlDatabase db = server.server().database().connection();
        Tradewind::Query(db, u"UPDATE employees SET roles = 'finance,contract_admin' WHERE id = :id"_s)
            .bind(u":id"_s, id)
            .exec();
    }
    const Answer answer = tryLogin(server, u"finance"_s, DemoPassword);
    REQUIRE(answer.status == 201);
    const QStringList roles = rolesOf(answer.json.value(u"user"_s).toObject());
    CHECK(roles.size() == 2);
    CHECK(roles.contains(Tradewind::Roles::Finance));
    CHECK(roles.contains(Tradewind::Roles::ContractAdmin));
}

TEST_CASE("A wrong password and an unknown login get the same 401", "[sessions]")
{
    ServerFixture server;
    const Answer wrongPassword = tryLogin(server, u"sales.east1"_s, u"not-the-password"_s);
    CHECK(wrongPassword.status == 401);
    CHECK(wrongPassword.errorCode() == u"invalid_credentials"_s);
    CHECK_FALSE(wrongPassword.json.contains(u"token"_s));

    const Answer unknownLogin = tryLogin(server, u"nobody.at.all"_s, u"not-the-password"_s);
    CHECK(unknownLogin.status == 401);
    // Byte-identical, so that the answer does not reveal which logins exist.
    CHECK(unknownLogin.body == wrongPassword.body);

    // The demo password of an existing user used with an unknown login changes nothing.
    const Answer unknownWithRealPassword = tryLogin(server, u"nobody.at.all"_s, DemoPassword);
    CHECK(unknownWithRealPassword.status == 401);
    CHECK(unknownWithRealPassword.body == wrongPassword.body);
}

TEST_CASE("Passwords are compared exactly", "[sessions]")
{
    ServerFixture server;
    // Not trimmed, not case-folded.
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword + u" "_s).status == 401);
    CHECK(tryLogin(server, u"sales.east1"_s, u" "_s + DemoPassword).status == 401);
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword.toUpper()).status == 401);
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword.left(DemoPassword.size() - 1)).status == 401);
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword).status == 201);
}

TEST_CASE("An inactive employee cannot log in", "[sessions]")
{
    ServerFixture server;
    const Answer wrong = tryLogin(server, u"sales.east2"_s, u"wrong"_s);
    {
        QSqlDatabase db = server.server().database().connection();
        Tradewind::Query(db, u"UPDATE employees SET active = 0 WHERE login = 'sales.east2'"_s).exec();
    }
    const Answer inactive = tryLogin(server, u"sales.east2"_s, DemoPassword);
    CHECK(inactive.status == 401);
    CHECK(inactive.body == wrong.body);
}

TEST_CASE("Missing or malformed login fields are refused with 400 naming the field", "[sessions]")
{
    ServerFixture server;

    struct Case
    {
        const char *description;
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases = {
        {"empty object", QJsonObject{}, u"login"_s},
        {"no login", QJsonObject{{u"password"_s, DemoPassword}}, u"login"_s},
        {"empty login", QJsonObject{{u"login"_s, u""_s}, {u"password"_s, DemoPassword}}, u"login"_s},
        {"blank login", QJsonObject{{u"login"_s, u"   "_s}, {u"password"_s, DemoPassword}}, u"login"_s},
        {"numeric login", QJsonObject{{u"login"_s, 42}, {u"password"_s, DemoPassword}}, u"login"_s},
        {"login as array", QJsonObject{{u"login"_s, QJsonArray{u"sales.east1"_s}}, {u"password"_s, DemoPassword}},
         u"login"_s},
        {"overlong login", QJsonObject{{u"login"_s, QString(101, u'a')}, {u"password"_s, DemoPassword}}, u"login"_s},
        {"no password", QJsonObject{{u"login"_s, u"sales.east1"_s}}, u"password"_s},
        {"empty password", QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, u""_s}}, u"password"_s},
        {"null password", QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, QJsonValue::Null}}, u"password"_s},
        {"numeric password", QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, 12345}}, u"password"_s},
        {"boolean password", QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, true}}, u"password"_s},
        {"overlong password", QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, QString(1025, u'x')}},
         u"password"_s},
        {"unknown field",
         QJsonObject{{u"login"_s, u"sales.east1"_s}, {u"password"_s, DemoPassword}, {u"remember_me"_s, true}},
         u"remember_me"_s},
    };
    for (const Case &c : cases) {
        INFO(c.description);
        const Answer answer = postSession(server, c.body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorCode() == u"invalid_field"_s);
        CHECK(answer.errorField() == c.field);
        CHECK_FALSE(answer.json.contains(u"token"_s));
    }

    // Malformed input is not a failed login: however much of it, it does not count towards the throttle.
    for (int attempt = 0; attempt < 3 * LoginThrottle::FreeFailuresPerLogin; ++attempt)
        REQUIRE(postSession(server, QJsonObject{{u"login"_s, u"sales.east1"_s}}).status == 400);
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword).status == 201);
}

TEST_CASE("A login body that is not a JSON object is refused with 400", "[sessions]")
{
    ServerFixture server;
    for (const QByteArray &body : {QByteArray("{\"login\": \"sales.east1\", \"password\": "),
                                   QByteArray("not json at all"), QByteArray("[\"sales.east1\"]"), QByteArray()}) {
        INFO(body.toStdString());
        const RawAnswer answer = postRawSession(server, body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        const QString code = errorCodeOf(answer.body);
        CHECK((code == u"malformed_json"_s || code == u"invalid_field"_s));
    }
}

TEST_CASE("After logout the token is refused", "[sessions]")
{
    ServerFixture server;
    auto client = server.login(u"sales.west1"_s);
    const QByteArray token = client->token();
    REQUIRE_FALSE(token.isEmpty());
    REQUIRE(currentSession(server, token).status == 200);

    // A second session of the same user is not ended by the logout of the first.
    auto other = server.login(u"sales.west1"_s);

    Tradewind::ApiReply *reply = client->logout();
    REQUIRE(TestSupport::waitFor(reply));
    CHECK(reply->status() == 200);
    reply->deleteLater();

    const Answer afterLogout = currentSession(server, token);
    CHECK(afterLogout.status == 401);
    CHECK(afterLogout.errorCode() == u"unauthorized"_s);

    auto reuse = server.anonymous();
    reuse->setToken(token);
    CHECK(ServerFixture::get(*reuse, u"/opportunities"_s).status == 401);

    CHECK(ServerFixture::get(*other, u"/session"_s).status == 200);
}

TEST_CASE("Requests without a valid token get 401", "[sessions]")
{
    ServerFixture server;
    const Answer none = currentSession(server, {});
    CHECK(none.status == 401);
    CHECK(none.errorCode() == u"unauthorized"_s);

    CHECK(currentSession(server, "not-a-real-token").status == 401);
    CHECK(currentSession(server, QByteArray(300, 'a')).status == 401);

    auto anonymous = server.anonymous();
    CHECK(ServerFixture::get(*anonymous, u"/opportunities"_s).status == 401);
    CHECK(ServerFixture::get(*anonymous, u"/employees"_s).status == 401);
    CHECK(ServerFixture::call(*anonymous, "DELETE", u"/session"_s).status == 401);

    // A token of a session that was valid once, with one character changed, is unknown.
    auto client = server.login(u"director"_s);
    QByteArray token = client->token();
    token[0] = token.at(0) == 'A' ? 'B' : 'A';
    CHECK(currentSession(server, token).status == 401);
}

TEST_CASE("GET /session returns the logged-in user", "[sessions]")
{
    ServerFixture server;
    auto client = server.login(u"sales.east2"_s);
    const Answer answer = ServerFixture::get(*client, u"/session"_s);
    REQUIRE(answer.status == 200);
    const QJsonObject user = answer.json.value(u"user"_s).toObject();
    CHECK(user.value(u"id"_s).toInteger() == server.employeeId(u"sales.east2"_s));
    CHECK(user.value(u"login"_s).toString() == u"sales.east2"_s);
    CHECK(user.value(u"supervisor_id"_s).toInteger() == server.employeeId(u"manager.east"_s));
    CHECK(rolesOf(user) == QStringList{Tradewind::Roles::Salesperson});
    CHECK(client->currentUser().login == u"sales.east2"_s);
}

TEST_CASE("A session ends after 30 minutes without requests", "[sessions]")
{
    ServerFixture server;
    auto client = server.login(u"sales.east1"_s);
    const QByteArray token = client->token();

    server.advanceClock(29 * Minute);
    REQUIRE(currentSession(server, token).status == 200);

    // That request counted as activity: another 29 minutes are fine, 58 minutes after login.
    server.advanceClock(29 * Minute);
    REQUIRE(currentSession(server, token).status == 200);

    // 31 minutes after the last activity the session is over.
    server.advanceClock(31 * Minute);
    const Answer expired = currentSession(server, token);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == u"unauthorized"_s);

    // And it stays over: going back in idle time does not revive it.
    CHECK(currentSession(server, token).status == 401);

    // A fresh login works.
    CHECK(tryLogin(server, u"sales.east1"_s, DemoPassword).status == 201);
}

TEST_CASE("The idle timeout is 30 minutes to the second", "[sessions]")
{
    ServerFixture server;
    SECTION("one second before")
    {
        auto client = server.login(u"manager.west"_s);
        server.advanceClock(Tradewind::Sessions::IdleTimeoutSeconds - 1);
        CHECK(currentSession(server, client->token()).status == 200);
    }
    SECTION("at the limit")
    {
        auto client = server.login(u"manager.west"_s);
        server.advanceClock(Tradewind::Sessions::IdleTimeoutSeconds);
        CHECK(currentSession(server, client->token()).status == 401);
    }
}

TEST_CASE("A session ends 12 hours after login even with constant activity", "[sessions]")
{
    ServerFixture server;
    auto client = server.login(u"manager.east"_s);
    const QByteArray token = client->token();

    // Every 20 minutes for 11 h 40 min.
    for (int step = 1; step <= 35; ++step) {
        server.advanceClock(20 * Minute);
        INFO("after " << step * 20 << " minutes");
        REQUIRE(currentSession(server, token).status == 200);
    }
    server.advanceClock(19 * Minute); // 11:59
    REQUIRE(currentSession(server, token).status == 200);

    server.advanceClock(2 * Minute); // 12:01
    const Answer expired = currentSession(server, token);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == u"unauthorized"_s);
    CHECK(currentSession(server, token).status == 401);

    CHECK(tryLogin(server, u"manager.east"_s, DemoPassword).status == 201);
}

TEST_CASE("Repeated wrong passwords from one computer are slowed down more and more", "[sessions][throttle]")
{
    ServerFixture server;
    const QString login = u"sales.east1"_s;
    const int free = LoginThrottle::FreeFailuresPerLogin;

    for (int attempt = 1; attempt <= free; ++attempt) {
        INFO("attempt " << attempt);
        const Answer answer = tryLogin(server, login, u"wrong-%1"_s.arg(attempt));
        REQUIRE(answer.status == 401);
        REQUIRE(answer.errorCode() == u"invalid_credentials"_s);
    }
    // Beyond the allowance each attempt must wait, twice as long as the one before: 1 s, 2 s, 4 s...
    for (const qint64 delay : {1, 2, 4, 8}) {
        INFO("delay " << delay);
        const Answer early = tryLogin(server, login, DemoPassword);
        CHECK(early.status == 429);
        CHECK(early.errorCode() == u"login_throttled"_s);
        CHECK(early.retryAfter == QByteArray::number(delay));
        CHECK(early.json.value(u"error"_s).toObject().value(u"retry_after"_s).toInteger() == delay);
        CHECK_FALSE(early.json.contains(u"token"_s));
        server.advanceClock(delay);
        CHECK(tryLogin(server, login, u"still wrong"_s).status == 401);
    }
    // The delay is capped, and the right password after waiting logs in and starts the count again.
    server.advanceClock(LoginThrottle::MaxDelaySeconds);
    CHECK(tryLogin(server, login, DemoPassword).status == 201);
    for (int attempt = 1; attempt <= free; ++attempt)
        REQUIRE(tryLogin(server, login, u"wrong"_s).status == 401);
    CHECK(tryLogin(server, login, u"wrong"_s).status == 429);
}

TEST_CASE("Someone guessing a password elsewhere does not keep its user out", "[sessions][throttle]")
{
    ServerFixture server;
    const QByteArray guess = R"({"login":"director","password":"guess"})";
    const auto postFrom = [&](const QHostAddress &address, const QByteArray &body) {
        return postLoginFrom(server, address, body);
    };
    const QHostAddress attacker(u"127.0.0.2"_s);
    int refusedWithoutHashing = 0;
    for (int attempt = 0; attempt < 40; ++attempt) {
        const RawResponse response = postFrom(attacker, guess);
        REQUIRE((response.status == 401 || response.status == 429));
        refusedWithoutHashing += response.status == 429;
    }
    CHECK(refusedWithoutHashing >= 40 - LoginThrottle::FreeFailuresPerLogin);
    // The director, at another computer, logs in at once: nobody can lock a named user out.
    CHECK(tryLogin(server, u"director"_s, DemoPassword).status == 201);
    // Spraying one guess at each of many logins from one address is slowed down too.
    const QHostAddress sprayer(u"127.0.0.3"_s);
    for (int attempt = 0; attempt < LoginThrottle::FreeFailuresPerAddress; ++attempt) {
        INFO("spray " << attempt);
        REQUIRE(postFrom(sprayer, R"({"login":"nobody-)" + QByteArray::number(attempt) + R"(","password":"x"})").status
                == 401);
    }
    const RawResponse sprayed = postFrom(sprayer, R"({"login":"finance","password":"tradewind-demo"})");
    CHECK(sprayed.status == 429);
    CHECK(sprayed.errorCode() == u"login_throttled"_s);
}

TEST_CASE("Guessing one login from many addresses slows down every address that guessed, never its user",
          "[sessions][throttle]")
{
    ServerFixture server;
    const auto attempt = [&](const QHostAddress &from, const QByteArray &password) {
        return postLoginFrom(server, from, R"({"login":"finance","password":")" + password + R"("})");
    };
    // One guess from each of many addresses: each address stays within its own allowance.
    for (int i = 0; i < LoginThrottle::FreeFailuresPerAccount; ++i) {
        INFO("address " << i);
        REQUIRE(attempt(QHostAddress(u"127.0.1.%1"_s.arg(i + 1)), "guess").status == 401);
    }
    // Beyond the login's allowance, an address that has guessed before waits, even with the right password...
    const RawResponse again = attempt(QHostAddress(u"127.0.1.1"_s), "tradewind-demo");
    CHECK(again.status == 429);
    CHECK(again.errorCode() == u"login_throttled"_s);
    // ...while the user, at a computer that has not failed, logs in at once.
    CHECK(attempt(QHostAddress(u"127.0.2.1"_s), "tradewind-demo").status == 201);
    CHECK(tryLogin(server, u"finance"_s, DemoPassword).status == 201);
}

TEST_CASE("A throttled computer does not end sessions that already exist", "[sessions][throttle]")
{
    ServerFixture server;
    auto client = server.login(u"contracts"_s);
    for (int attempt = 0; attempt <= LoginThrottle::FreeFailuresPerLogin; ++attempt)
        tryLogin(server, u"contracts"_s, u"wrong"_s);
    REQUIRE(tryLogin(server, u"contracts"_s, DemoPassword).status == 429);
    // The throttle is about guessing passwords; the session proved the password earlier.
    CHECK(ServerFixture::get(*client, u"/session"_s).status == 200);
}

TEST_CASE("Concurrent wrong passwords cannot get past the throttle", "[sessions][throttle]")
{
    ServerFixture server;
    const QString login = u"sales.east2"_s;
    const int attempts = 4 * LoginThrottle::FreeFailuresPerLogin;

    // Separate clients, so that the attempts really run side by side on the server's workers.
    std::vector<std::unique_ptr<Tradewind::ApiClient>> clients;
    QList<Tradewind::ApiReply *> replies;
    for (int i = 0; i < attempts; ++i) {
        clients.push_back(server.anonymous());
        replies.append(clients.back()->login(login, u"guess-%1"_s.arg(i)));
    }
    int invalid = 0;
    int throttled = 0;
    for (Tradewind::ApiReply *reply : std::as_const(replies)) {
        REQUIRE(TestSupport::waitFor(reply));
        if (reply->status() == 401)
            ++invalid;
        else if (reply->status() == 429)
            ++throttled;
        else
            FAIL("unexpected answer " << reply->status() << ": " << reply->rawBody().toStdString());
    }
    // Every attempt counts from the moment it starts: only the free ones had their password checked.
    CHECK(invalid == LoginThrottle::FreeFailuresPerLogin);
    CHECK(throttled == attempts - invalid);
}

TEST_CASE("Unknown logins are throttled exactly like known ones", "[sessions][throttle]")
{
    ServerFixture server;
    for (const QString login : {u"sales.west1"_s, u"no.such.person"_s}) {
        INFO(login.toStdString());
        for (int attempt = 0; attempt < LoginThrottle::FreeFailuresPerLogin; ++attempt)
            REQUIRE(tryLogin(server, login, u"wrong"_s).status == 401);
        const Answer answer = tryLogin(server, login, u"wrong"_s);
        CHECK(answer.status == 429);
        CHECK(answer.retryAfter == "1");
    }
}

TEST_CASE("Concurrent logins and session refreshes all succeed", "[sessions]")
{
    ServerFixture server;
    const QStringList logins = {u"director"_s,    u"manager.east"_s, u"manager.west"_s, u"sales.east1"_s,
                                u"sales.east2"_s, u"sales.west1"_s,  u"finance"_s,      u"contracts"_s};

    // Logins side by side: each writes its session while others do the same.
    std::vector<std::unique_ptr<Tradewind::ApiClient>> clients;
    QList<Tradewind::ApiReply *> replies;
    for (int round = 0; round < 3; ++round) {
        for (const QString &login : logins) {
            clients.push_back(server.anonymous());
            replies.append(clients.back()->login(login, DemoPassword));
        }
    }
    for (Tradewind::ApiReply *reply : std::as_const(replies)) {
        REQUIRE(TestSupport::waitFor(reply));
        INFO(reply->rawBody().toStdString());
        CHECK(reply->status() == 201);
    }

    // A few minutes later every session's last activity is due to be recorded, by many requests at once.
    server.advanceClock(5 * Minute);
    replies.clear();
    for (int round = 0; round < 4; ++round)
        for (const auto &client : clients)
            replies.append(client->get(u"/session"_s));
    for (Tradewind::ApiReply *reply : std::as_const(replies)) {
        REQUIRE(TestSupport::waitFor(reply));
        INFO(reply->rawBody().toStdString());
        CHECK(reply->status() == 200);
    }
}
