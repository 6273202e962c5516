#include "sessions.h"

#include "database.h"
#include "loginthrottle.h"
#include "orgservice.h"
#include "passwords.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Tradewind::Sessions {

namespace {

ApiException unauthorized()
{
    return ApiException(401, u"unauthorized"_s, u"Log in first: the session is missing, expired or ended"_s)
        .withHeader("WWW-Authenticate", "Bearer");
}

ApiException invalidCredentials()
{
    return ApiException(401, u"invalid_credentials"_s, u"Wrong login or password"_s);
}

QByteArray bearerToken(const Http::Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return {};
    return authorization.mid(7).trimmed();
}

struct Account
{
    qint64 id = 0;
    QString passwordHash;
    bool mustChangePassword = false;
};

/**
 * The active account of a login. The statement is finished before this returns: a SELECT left open
 * keeps a read snapshot, and a later write on the same connection then fails at once with "database
 * is locked" instead of waiting for the busy timeout whenever another connection wrote in between.
 */
std::optional<Account> findAccount(const QSqlDatabase &db, const QString &login)
{
    Query query(db, u"SELECT id, password_hash, must_change_password FROM employees WHERE login = :login AND active = 1"_s);
    query.bind(u":login"_s, login).exec();
    if (!query.next())
        return std::nullopt;
    return Account{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toBool()};
}

Http::Response login(RequestContext &context, LoginThrottle &throttle)
{
    using P = JsonReader::Presence;
    JsonReader body = context.body();
    body.rejectUnknownFields({u"login"_s, u"password"_s});
    const QString login = body.string(u"login"_s, P::Required, 100).value_or(QString());
    const QString password = passwordField(body, u"password"_s);
    requireValid(body);

    // Unknown logins are throttled like known ones, so that the answers tell nothing about who exists.
    if (const qint64 wait = throttle.begin(context.request.peer, login, context.now))
        throw throttled(wait);
    const std::optional<Account> account = findAccount(context.db, login);
    if (!account) {
        Passwords::verifyAgainstDummy(password);
        throw invalidCredentials();
    }
    if (!Passwords::verify(password, account->passwordHash))
        throw invalidCredentials();
    throttle.succeeded(context.request.peer, login);

    const qint64 employeeId = account->id;
    const QByteArray token = Passwords::newToken();
    Transaction transaction(context.db);
    // Expired sessions are swept on login rather than by a timer: logins are frequent enough.
    Query sweep(context.db, u"DELETE FROM sessions AS s WHERE NOT ("_s + liveCondition() + u")"_s);
    bindLive(sweep, context.now);
    sweep.exec();
    // Where the session comes from, so that its user can tell their sessions apart (GET /account/sessions).
    const QString userAgent = QString::fromUtf8(context.request.header("user-agent")).left(200);
    Query(context.db, u"INSERT INTO sessions (token_hash, employee_id, created_at, last_seen_at, address, user_agent) "
                      u"VALUES (:hash, :employee, :now, :now, :address, :agent)"_s)
        .bind(u":hash"_s, Passwords::tokenDigest(token))
        .bind(u":employee"_s, employeeId)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":address"_s, context.request.peer.toString())
        .bind(u":agent"_s, userAgent)
        .exec();
    transaction.commit();

    Http::Response response =
        jsonResponse(201, QJsonObject{{u"token"_s, QString::fromLatin1(token)},
                                      {u"user"_s, Org::employee(context.db, employeeId).toJson()},
                                      {u"must_change_password"_s, account->mustChangePassword}});
    response.setHeader("X-Tradewind-User", login.toUtf8());
    return response;
}

Http::Response logout(RequestContext &context)
{
    Query(context.db, u"DELETE FROM sessions WHERE token_hash = :hash"_s)
        .bind(u":hash"_s, Passwords::tokenDigest(bearerToken(context.request)))
        .exec();
    return jsonResponse(200, QJsonObject{{u"logged_out"_s, true}});
}

Http::Response currentSession(RequestContext &context)
{
    return jsonResponse(200, QJsonObject{{u"user"_s, Org::employee(context.db, context.caller.id).toJson()},
                                         {u"must_change_password"_s, context.caller.mustChangePassword}});
}

} // namespace

void registerRoutes(Router &router, LoginThrottle &throttle)
{
    router.add(
        "POST", u"/api/v1/session"_s, [&throttle](RequestContext &context) { return login(context, throttle); },
        Router::Access::Public, Router::Cost::Login);
    router.add("GET", u"/api/v1/session"_s, currentSession, Router::Access::PasswordChange);
    router.add("DELETE", u"/api/v1/session"_s, logout, Router::Access::PasswordChange);
}

QString passwordField(JsonReader &body, const QString &field)
{
    const QJsonValue value = body.object().value(field);
    if (body.ok() && (!value.isString() || value.toString().isEmpty()))
        body.fail(field, u"Field '%1' is required"_s.arg(field));
    if (body.ok() && value.toString().size() > Passwords::MaximumLength)
        body.fail(field, u"Field '%1' is longer than %2 characters"_s.arg(field).arg(Passwords::MaximumLength));
    return body.ok() ? value.toString() : QString();
}

ApiException throttled(qint64 secondsLeft)
{
    const QString wait = secondsLeft < 120 ? u"%1 seconds"_s.arg(secondsLeft) : u"%1 minutes"_s.arg((secondsLeft + 59) / 60);
    return ApiException(429, u"login_throttled"_s,
                        u"Too many failed logins from your computer: wait %1 before trying again"_s.arg(wait))
        .withHeader("Retry-After", QByteArray::number(secondsLeft))
        .withDetail(u"retry_after"_s, secondsLeft);
}

QString liveCondition()
{
    return u"s.created_at > :session_absolute_limit AND s.last_seen_at > :session_idle_limit"_s;
}

void bindLive(Query &query, const QDateTime &now)
{
    query.bind(u":session_absolute_limit"_s, storedTimestamp(now.addSecs(-AbsoluteTimeoutSeconds)));
    query.bind(u":session_idle_limit"_s, storedTimestamp(now.addSecs(-IdleTimeoutSeconds)));
}

Caller authenticate(const RequestContext &context)
{
    const QByteArray token = bearerToken(context.request);
    if (token.isEmpty() || token.size() > 200)
        throw unauthorized();
    const QString digest = Passwords::tokenDigest(token);
    Caller caller;
    QDateTime createdAt;
    QDateTime lastSeen;
    {
        // Finished before any write below (see findAccount).
        Query query(context.db, u"SELECT e.id, e.login, e.name, e.roles, s.created_at, s.last_seen_at, "
                                u"e.must_change_password, s.id "
                                u"FROM sessions s JOIN employees e ON e.id = s.employee_id "
                                u"WHERE s.token_hash = :hash AND e.active = 1"_s);
        query.bind(u":hash"_s, digest).exec();
        if (!query.next())
            throw unauthorized();
        caller.id = query.value(0).toLongLong();
        caller.login = query.value(1).toString();
        caller.name = query.value(2).toString();
        caller.roles = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
        createdAt = Wire::timestampFromWire(query.value(4).toString());
        lastSeen = Wire::timestampFromWire(query.value(5).toString());
        caller.mustChangePassword = query.value(6).toBool();
        caller.sessionId = query.value(7).toLongLong();
    }
    if (createdAt.secsTo(context.now) >= AbsoluteTimeoutSeconds || lastSeen.secsTo(context.now) >= IdleTimeoutSeconds) {
        Query(context.db, u"DELETE FROM sessions WHERE token_hash = :hash"_s).bind(u":hash"_s, digest).exec();
        throw unauthorized();
    }
    // Recording every request would make every read a write; a minute of slack in a 30-minute rule is fine.
    if (lastSeen.secsTo(context.now) >= 60) {
        Query(context.db, u"UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash"_s)
            .bind(u":now"_s, storedTimestamp(context.now))
            .bind(u":hash"_s, digest)
            .exec();
    }
    return caller;
}

} // namespace Tradewind::Sessions
