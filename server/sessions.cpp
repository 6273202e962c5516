#include "sessions.h"

#include "database.h"
#include "orgservice.h"
#include "passwords.h"

using namespace Qt::StringLiterals;

namespace Tradewind::Sessions {

namespace {

ApiException unauthorized()
{
    return ApiException(401, u"unauthorized"_s, u"Log in first: the session is missing, expired or ended"_s)
        .withHeader("WWW-Authenticate", "Bearer");
}

ApiException lockedOut(qint64 secondsLeft)
{
    return ApiException(429, u"account_locked"_s,
                        u"Too many failed logins: the account is locked for %1 more minutes"_s.arg((secondsLeft + 59) / 60))
        .withHeader("Retry-After", QByteArray::number(secondsLeft))
        .withDetail(u"retry_after"_s, secondsLeft);
}

QByteArray bearerToken(const Http::Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return {};
    return authorization.mid(7).trimmed();
}

Http::Response login(RequestContext &context)
{
    using P = JsonReader::Presence;
    JsonReader body = context.body();
    body.rejectUnknownFields({u"login"_s, u"password"_s});
    const QString login = body.string(u"login"_s, P::Required, 100).value_or(QString());
    // Passwords are not trimmed: read the raw value.
    const QJsonValue passwordValue = body.object().value(u"password"_s);
    if (body.ok() && (!passwordValue.isString() || passwordValue.toString().isEmpty()))
        body.fail(u"password"_s, u"Field 'password' is required"_s);
    if (body.ok() && passwordValue.toString().size() > 1024)
        body.fail(u"password"_s, u"Field 'password' is longer than 1024 characters"_s);
    if (!body.ok())
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    const QString password = passwordValue.toString();

    Query account(context.db, u"SELECT id, password_hash, failed_logins, locked_until FROM employees "
                              u"WHERE login = :login AND active = 1"_s);
    account.bind(u":login"_s, login).exec();
    if (!account.next()) {
        Passwords::verifyAgainstDummy(password);
        throw ApiException(401, u"invalid_credentials"_s, u"Wrong login or password"_s);
    }
    const qint64 employeeId = account.value(0).toLongLong();
    const QString passwordHash = account.value(1).toString();
    const int failures = account.value(2).toInt();
    const QDateTime lockedUntil = Wire::timestampFromWire(account.value(3).toString());
    if (lockedUntil.isValid() && lockedUntil > context.now)
        throw lockedOut(context.now.secsTo(lockedUntil));

    if (!Passwords::verify(password, passwordHash)) {
        const bool lockNow = failures + 1 >= FailuresBeforeLockout;
        Query(context.db, u"UPDATE employees SET failed_logins = :failures, locked_until = :until WHERE id = :id"_s)
            .bind(u":failures"_s, lockNow ? 0 : failures + 1)
            .bind(u":until"_s, lockNow ? storedTimestamp(context.now.addSecs(LockoutSeconds)) : QVariant())
            .bind(u":id"_s, employeeId)
            .exec();
        if (lockNow)
            throw lockedOut(LockoutSeconds);
        throw ApiException(401, u"invalid_credentials"_s, u"Wrong login or password"_s);
    }

    const QByteArray token = Passwords::newToken();
    Transaction transaction(context.db);
    Query(context.db, u"UPDATE employees SET failed_logins = 0, locked_until = NULL WHERE id = :id"_s)
        .bind(u":id"_s, employeeId)
        .exec();
    // Expired sessions are swept on login rather than by a timer: logins are frequent enough.
    Query(context.db, u"DELETE FROM sessions WHERE created_at < :absolute OR last_seen_at < :idle"_s)
        .bind(u":absolute"_s, storedTimestamp(context.now.addSecs(-AbsoluteTimeoutSeconds)))
        .bind(u":idle"_s, storedTimestamp(context.now.addSecs(-IdleTimeoutSeconds)))
        .exec();
    Query(context.db, u"INSERT INTO sessions (token_hash, employee_id, created_at, last_seen_at) "
                      u"VALUES (:hash, :employee, :now, :now)"_s)
        .bind(u":hash"_s, Passwords::tokenDigest(token))
        .bind(u":employee"_s, employeeId)
        .bind(u":now"_s, storedTimestamp(context.now))
        .exec();
    transaction.commit();

    Http::Response response = jsonResponse(
        201, QJsonObject{{u"token"_s, QString::fromLatin1(token)}, {u"user"_s, Org::employee(context.db, employeeId).toJson()}});
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
    return jsonResponse(200, QJsonObject{{u"user"_s, Org::employee(context.db, context.caller.id).toJson()}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/session"_s, login, Router::Access::Public);
    router.add("GET", u"/api/v1/session"_s, currentSession);
    router.add("DELETE", u"/api/v1/session"_s, logout);
}

Caller authenticate(const RequestContext &context)
{
    const QByteArray token = bearerToken(context.request);
    if (token.isEmpty() || token.size() > 200)
        throw unauthorized();
    const QString digest = Passwords::tokenDigest(token);
    Query query(context.db, u"SELECT e.id, e.login, e.name, e.roles, s.created_at, s.last_seen_at "
                            u"FROM sessions s JOIN employees e ON e.id = s.employee_id "
                            u"WHERE s.token_hash = :hash AND e.active = 1"_s);
    query.bind(u":hash"_s, digest).exec();
    if (!query.next())
        throw unauthorized();
    const QDateTime createdAt = Wire::timestampFromWire(query.value(4).toString());
    const QDateTime lastSeen = Wire::timestampFromWire(query.value(5).toString());
    if (createdAt.secsTo(context.now) >= AbsoluteTimeoutSeconds || lastSeen.secsTo(context.now) >= IdleTimeoutSeconds) {
        Query(context.db, u"DELETE FROM sessions WHERE token_hash = :hash"_s).bind(u":hash"_s, digest).exec();
        throw unauthorized();
    }
    Caller caller;
    caller.id = query.value(0).toLongLong();
    caller.login = query.value(1).toString();
    caller.name = query.value(2).toString();
    caller.roles = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
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
