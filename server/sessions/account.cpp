#include "account.h"

#include "audit.h"
#include "database.h"
#include "loginthrottle.h"
#include "passwords.h"
#include "sessions.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Sessions {

namespace {

Http::Response changePassword(RequestContext &context, LoginThrottle &throttle)
{
    JsonReader body = context.body();
    body.rejectUnknownFields({u"current_password"_s, u"new_password"_s});
    const QString current = passwordField(body, u"current_password"_s);
    const QString chosen = passwordField(body, u"new_password"_s);
    requireValid(body);
    // Checked before the current password, so that a weak choice costs no guess.
    if (const QString weakness = Passwords::weakness(chosen, context.caller.login); !weakness.isEmpty())
        throw ApiException::invalidField(u"new_password"_s, weakness);
    if (chosen == current)
        throw ApiException::invalidField(u"new_password"_s, u"The new password must differ from the current one"_s);

    // The current password is guessed at like a login's: a session left open must not let anyone try passwords freely.
    if (const qint64 wait = throttle.begin(context.request.peer, context.caller.login, context.now))
        throw throttled(wait);
    const QString storedHash = Query(context.db, u"SELECT password_hash FROM employees WHERE id = :id"_s)
                                   .bind(u":id"_s, context.caller.id)
                                   .scalar()
                                   .toString();
    if (!Passwords::verify(current, storedHash))
        throw ApiException(400, u"wrong_password"_s, u"The current password is wrong"_s, u"current_password"_s);
    throttle.succeeded(context.request.peer, context.caller.login);

    const QString newHash = Passwords::hash(chosen);
    Transaction transaction(context.db);
    Query(context.db, u"UPDATE employees SET password_hash = :hash, must_change_password = 0 WHERE id = :id"_s)
        .bind(u":hash"_s, newHash)
        .bind(u":id"_s, context.caller.id)
        .exec();
    // Whoever used the old password elsewhere is logged out; this session goes on.
    const int ended = Query(context.db, u"DELETE FROM sessions WHERE employee_id = :id AND id <> :session"_s)
                          .bind(u":id"_s, context.caller.id)
                          .bind(u":session"_s, context.caller.sessionId)
                          .exec()
                          .numRowsAffected();
    Audit::record(context, u"employee"_s, context.caller.id, u"change_password"_s, {}, {});
    transaction.commit();
    return jsonResponse(200, QJsonObject{{u"must_change_password"_s, false}, {u"sessions_ended"_s, ended}});
}

Http::Response listSessions(RequestContext &context)
{
    Query query(context.db, u"SELECT s.id, s.created_at, s.last_seen_at, s.address, s.user_agent FROM sessions s "
                            u"WHERE s.employee_id = :id AND "_s
                                + liveCondition() + u" ORDER BY s.last_seen_at DESC, s.id DESC"_s);
    query.bind(u":id"_s, context.caller.id);
    bindLive(query, context.now);
    query.exec();
    QJsonArray items;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        items.append(QJsonObject{{u"id"_s, id},
                                 {u"created_at"_s, query.value(1).toString()},
                                 {u"last_seen_at"_s, query.value(2).toString()},
                                 {u"address"_s, query.value(3).toString()},
                                 {u"user_agent"_s, query.value(4).toString()},
                                 {u"current"_s, id == context.caller.sessionId}});
    }
    return jsonResponse(200, Wire::page(items, items.size()));
}

Http::Response endSession(RequestContext &context)
{
    // Someone else's session answers like one that does not exist.
    const int ended = Query(context.db, u"DELETE FROM sessions WHERE id = :session AND employee_id = :id"_s)
                          .bind(u":session"_s, context.idParameter())
                          .bind(u":id"_s, context.caller.id)
                          .exec()
                          .numRowsAffected();
    if (ended == 0)
        throw ApiException::notFound();
    return jsonResponse(200, QJsonObject{{u"ended"_s, ended}});
}

Http::Response endOtherSessions(RequestContext &context)
{
    const int ended = Query(context.db, u"DELETE FROM sessions WHERE employee_id = :id AND id <> :session"_s)
                          .bind(u":id"_s, context.caller.id)
                          .bind(u":session"_s, context.caller.sessionId)
                          .exec()
                          .numRowsAffected();
    return jsonResponse(200, QJsonObject{{u"ended"_s, ended}});
}

} // namespace

void registerAccountRoutes(Router &router, LoginThrottle &throttle)
{
    router.add(
        "PUT", u"/api/v1/account/password"_s, [&throttle](RequestContext &context) { return changePassword(context, throttle); },
        Router::Access::PasswordChange, Router::Cost::Login);
    router.add("GET", u"/api/v1/account/sessions"_s, listSessions);
    router.add("DELETE", u"/api/v1/account/sessions/{id}"_s, endSession);
    router.add("POST", u"/api/v1/account/sessions/end-others"_s, endOtherSessions);
}

} // namespace Tradewind::Sessions
