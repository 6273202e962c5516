#pragma once

#include "router.h"

namespace Tradewind::Notifications {

/**
 * Queues a notification for an employee. With a dedupe key, the same event is stored once per employee
 * (e.g. "stale:<opportunity>:<last follow-up>"), however often it is detected. Runs in the caller's transaction.
 */
void notify(const QSqlDatabase &db, qint64 employeeId, const QString &kind, qint64 opportunityId,
            const QJsonObject &details, const QDateTime &now, const QString &dedupeKey = {});

/** GET /notifications (generating the caller's due reminders and stale notices first), mark read, read all. */
void registerRoutes(Router &router);

} // namespace Tradewind::Notifications
