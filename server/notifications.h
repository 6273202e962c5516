#pragma once

#include "router.h"
#include "visibility.h"

namespace Tradewind::Notifications {

/** The record a notification is about, and the opportunity it belongs to (0: none), which the notification links. */
struct Subject
{
    Visibility::Rows rows;
    qint64 id = 0;
    qint64 opportunityId = 0;

    static Subject opportunity(qint64 id) { return {Visibility::Rows::Opportunities, id, id}; }
    static Subject quote(qint64 id, qint64 opportunityId) { return {Visibility::Rows::Quotes, id, opportunityId}; }
    static Subject contract(qint64 id, qint64 opportunityId) { return {Visibility::Rows::Contracts, id, opportunityId}; }
};

/**
 * Queues a notification for an employee who reaches its subject; for anyone else nothing is created, so that
 * nobody hears of a record out of their reach (e.g. one reassigned to another team). With a dedupe key, the
 * same event is stored once per employee (e.g. "stale:<opportunity>:<last follow-up>"), however often it is
 * detected. Every notification is created here; runs in the caller's transaction.
 */
void notify(const QSqlDatabase &db, qint64 employeeId, const QString &kind, const Subject &subject,
            const QJsonObject &details, const QDateTime &now, const QString &dedupeKey = {});

/** GET /notifications (generating the caller's due reminders and stale notices first), mark read, read all. */
void registerRoutes(Router &router);

} // namespace Tradewind::Notifications
