#include "notifications.h"

#include "database.h"
#include "opportunityservice.h"
#include "orgservice.h"
#include "roles.h"
#include "visibility.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tradewind::Notifications {

namespace {

/** At most this many stale notices are generated per request, so a director's first look stays quick. */
constexpr int StaleBatch = 200;

/** Tracking plans due on opportunities the caller owns: one "plan_due" each, then the plan counts as reminded. */
void generatePlanReminders(const RequestContext &context)
{
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    Query due(context.db, u"SELECT p.id, p.opportunity_id, o.title, p.planned_on, p.action, p.remind_at "
                          u"FROM tracking_plans p JOIN opportunities o ON o.id = p.opportunity_id "
                          u"WHERE p.reminded = 0 AND p.done = 0 AND p.remind_at IS NOT NULL AND p.remind_at <= :now "
                          u"AND o.owner_id = :caller AND "_s
                              + visibility.condition());
    due.bind(u":now"_s, storedTimestamp(context.now)).bind(u":caller"_s, context.caller.id);
    visibility.bind(due);
    due.exec();
    while (due.next()) {
        const qint64 planId = due.value(0).toLongLong();
        notify(context.db, context.caller.id, u"plan_due"_s, Subject::opportunity(due.value(1).toLongLong()),
               QJsonObject{{u"plan_id"_s, planId},
                           {u"opportunity_title"_s, due.value(2).toString()},
                           {u"planned_on"_s, due.value(3).toString()},
                           {u"action"_s, due.value(4).toString()},
                           {u"remind_at"_s, due.value(5).toString()}},
               context.now, u"plan:%1"_s.arg(planId));
        Query(context.db, u"UPDATE tracking_plans SET reminded = 1 WHERE id = :id"_s).bind(u":id"_s, planId).exec();
    }
}

/**
 * Stale opportunities of the caller and, for sales managers, of everyone below them, once per opportunity and
 * last follow-up date (a new follow-up that goes stale again is a new notice). Already-notified ones are
 * skipped in SQL. Executives are not flooded with the whole company's: they have the org tree for that.
 */
void generateStaleNotices(const RequestContext &context)
{
    const QString owners = context.caller.hasRole(Roles::SalesManager)
        ? u"o.owner_id IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :caller)"_s
        : u"o.owner_id = :caller"_s;
    const Opportunities::StaleRule rule = Opportunities::staleRule(context.db);
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    const QString dedupe = u"'stale:' || o.id || ':' || COALESCE(o.last_follow_up_on, '-')"_s;
    Query stale(context.db,
                u"SELECT o.id, o.title, o.owner_id, e.name, o.last_follow_up_on, "_s
                    + Opportunities::daysSinceFollowUpExpression() + u", "_s + dedupe
                    + u" FROM opportunities o JOIN employees e ON e.id = o.owner_id WHERE "_s + owners + u" AND "_s
                    + visibility.condition() + u" AND "_s + Opportunities::staleCondition()
                    + u" AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.employee_id = :caller AND n.dedupe_key = "_s
                    + dedupe + u") ORDER BY o.id LIMIT :batch"_s);
    stale.bind(u":caller"_s, context.caller.id).bind(u":batch"_s, StaleBatch);
    visibility.bind(stale);
    Opportunities::bindStale(stale, rule, context.now.date(), true);
    stale.exec();
    while (stale.next()) {
        notify(context.db, context.caller.id, u"stale"_s, Subject::opportunity(stale.value(0).toLongLong()),
               QJsonObject{{u"opportunity_title"_s, stale.value(1).toString()},
                           {u"owner_id"_s, stale.value(2).toLongLong()},
                           {u"owner_name"_s, stale.value(3).toString()},
                           {u"last_follow_up_on"_s, stale.value(4).isNull() ? QJsonValue() : QJsonValue(stale.value(4).toString())},
                           {u"days_since_follow_up"_s, stale.value(5).toInt()}},
               context.now, stale.value(6).toString());
    }
}

QJsonObject readNotification(const Query &query)
{
    const QJsonObject details = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    // The current title when the caller still sees the opportunity, else the one it had when notified.
    const QString title = query.value(6).isNull() ? details.value(u"opportunity_title"_s).toString() : query.value(6).toString();
    return {{u"id"_s, query.value(0).toLongLong()},
            {u"kind"_s, query.value(1).toString()},
            {u"opportunity_id"_s, query.value(2).isNull() ? QJsonValue() : QJsonValue(query.value(2).toLongLong())},
            {u"opportunity_title"_s, title},
            {u"details"_s, details},
            {u"created_at"_s, query.value(4).toString()},
            {u"read"_s, !query.value(5).isNull()}};
}

QString selectNotifications(const Visibility &visibility)
{
    return u"SELECT n.id, n.kind, n.opportunity_id, n.details, n.created_at, n.read_at, "
           u"(SELECT o.title FROM opportunities o WHERE o.id = n.opportunity_id AND "_s
        + visibility.condition() + u") FROM notifications n "_s;
}

Http::Response listNotifications(RequestContext &context)
{
    {
        Transaction transaction(context.db);
        generatePlanReminders(context);
        generateStaleNotices(context);
        transaction.commit();
    }
    const Paging paging = context.paging({{u"created_at"_s, u"n.created_at"_s}}, u"-created_at"_s, u"n.id"_s);
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    Query counts(context.db, u"SELECT COUNT(*), COUNT(*) - COUNT(read_at) FROM notifications WHERE employee_id = :caller"_s);
    counts.bind(u":caller"_s, context.caller.id).exec();
    counts.next();
    const qint64 total = counts.value(0).toLongLong();
    const qint64 unread = counts.value(1).toLongLong();

    // Unread first, then the chosen order.
    Query query(context.db, selectNotifications(visibility) + u"WHERE n.employee_id = :caller ORDER BY (n.read_at IS NOT NULL), "_s
                                + paging.orderBy + u" LIMIT :limit OFFSET :offset"_s);
    query.bind(u":caller"_s, context.caller.id).bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset);
    visibility.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(readNotification(query));
    QJsonObject page = Wire::page(items, total);
    page.insert(u"unread"_s, unread);
    return jsonResponse(200, page);
}

Http::Response markRead(RequestContext &context)
{
    const qint64 id = context.idParameter();
    // Another employee's notification is simply not found.
    Query(context.db, u"UPDATE notifications SET read_at = COALESCE(read_at, :now) WHERE id = :id AND employee_id = :caller"_s)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, id)
        .bind(u":caller"_s, context.caller.id)
        .exec();
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    Query query(context.db, selectNotifications(visibility) + u"WHERE n.id = :id AND n.employee_id = :caller"_s);
    query.bind(u":id"_s, id).bind(u":caller"_s, context.caller.id);
    visibility.bind(query);
    query.exec();
    if (!query.next())
        throw ApiException::notFound();
    return jsonResponse(200, readNotification(query));
}

Http::Response markAllRead(RequestContext &context)
{
    Query update(context.db, u"UPDATE notifications SET read_at = :now WHERE employee_id = :caller AND read_at IS NULL"_s);
    update.bind(u":now"_s, storedTimestamp(context.now)).bind(u":caller"_s, context.caller.id).exec();
    return jsonResponse(200, QJsonObject{{u"marked"_s, update.numRowsAffected()}, {u"unread"_s, 0}});
}

} // namespace

void notify(const QSqlDatabase &db, qint64 employeeId, const QString &kind, const Subject &subject,
            const QJsonObject &details, const QDateTime &now, const QString &dedupeKey)
{
    const Employee employee = Org::employee(db, employeeId);
    const Caller recipient{employee.id, employee.login, employee.name, employee.roles};
    if (!Visibility::reachesRow(db, recipient, subject.rows, subject.id))
        return;
    Query(db, u"INSERT INTO notifications (employee_id, kind, opportunity_id, details, dedupe_key, created_at) "
              u"VALUES (:employee, :kind, :opportunity, :details, :dedupe, :now) "
              u"ON CONFLICT (employee_id, dedupe_key) DO NOTHING"_s)
        .bind(u":employee"_s, employeeId)
        .bind(u":kind"_s, kind)
        .bind(u":opportunity"_s, subject.opportunityId > 0 ? QVariant(subject.opportunityId) : QVariant())
        .bind(u":details"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
        .bind(u":dedupe"_s, dedupeKey.isEmpty() ? QVariant() : QVariant(dedupeKey))
        .bind(u":now"_s, storedTimestamp(now))
        .exec();
}

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/notifications"_s, listNotifications);
    router.add("POST", u"/api/v1/notifications/read-all"_s, markAllRead);
    router.add("POST", u"/api/v1/notifications/{id}/read"_s, markRead);
}

} // namespace Tradewind::Notifications
