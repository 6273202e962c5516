#include "sessions.h"

#include "database.h"
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

/** Whole seconds until a moment, rounded up: a client that waits that long is never too early. */
qint64 secondsUntil(const QDateTime &now, const QDateTime &until)
{
    return std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000);
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

struct Account
{
    qint64 id = 0;
    QString passwordHash;
    int failures = 0;
    QDateTime lockedUntil;

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
};

/**
 * The active account of a login. The statement is finished before this returns: a SELECT left open
 * keeps a read snapshot, and a later write on the same connection then fails at once with "database
 * is locked" instead of waiting for the busy timeout whenever another connection wrote in between.
 */
std::optional<Account> findAccount(const QSqlDatabase &db, const QString &login)
{
    Query query(db, u"SELECT id, password_hash, failed_logins, locked_until FROM employees "
                    u"WHERE login = :login AND active = 1"_s);
    query.bind(u":login"_s, login).exec();
    if (!query.next())
        return std::nullopt;
    Account account;
    account.id = query.value(0).toLongLong();
    account.passwordHash = query.value(1).toString();
    account.failures = query.value(2).toInt();
    account.lockedUntil = Wire::timestampFromWire(query.value(3).toString());
    return account;
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

    const std::optional<Account> account = findAccount(context.db, login);
    if (!account) {
        Passwords::verifyAgainstDummy(password);
        throw invalidCredentials();
    }
    const qint64 employeeId = account->id;
    if (account->isLocked(context.now))
        throw lockedOut(secondsUntil(context.now, account->lockedUntil));

    // The slow verification runs outside any transaction; what it decides is then applied under the
    // write lock against the account as it is by then, so that concurrent attempts all count.
    if (!Passwords::verify(password, account->passwordHash)) {
        Transaction transaction(context.db);
        const std::optional<Account> current = findAccount(context.db, login);
        if (!current)
            throw invalidCredentials();
        if (current->isLocked(context.now))
            throw lockedOut(secondsUntil(context.now, current->lockedUntil));
        const bool lockNow = current->failures + 1 >= FailuresBeforeLockout;
        Query(context.db, u"UPDATE employees SET failed_logins = :failures, locked_until = :until WHERE id = :id"_s)
            .bind(u":failures"_s, lockNow ? 0 : current->failures + 1)
            .bind(u":until"_s, lockNow ? storedTimestamp(context.now.addSecs(LockoutSeconds)) : QVariant())
            .bind(u":id"_s, employeeId)
            .exec();
        transaction.commit();
        if (lockNow)
            throw lockedOut(LockoutSeconds);
        throw invalidCredentials();
    }

    const QByteArray token = Passwords::newToken();
    Transaction transaction(context.db);
    // Concurrent wrong guesses may have locked the account while the password was being verified.
    const std::optional<Account> current = findAccount(context.db, login);
    if (!current || current->id != employeeId)
        throw invalidCredentials();
    if (current->isLocked(context.now))
        throw lockedOut(secondsUntil(context.now, current->lockedUntil));
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
    Caller caller;
    QDateTime createdAt;
    QDateTime lastSeen;
    {
        // Finished before any write below (see findAccount).
        Query query(context.db, u"SELECT e.id, e.login, e.name, e.roles, s.created_at, s.last_seen_at "
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
