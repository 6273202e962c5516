#include "notifications.h"

#include "database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tradewind::Notifications {

void notify(const QSqlDatabase &db, qint64 employeeId, const QString &kind, qint64 opportunityId,
            const QJsonObject &details, const QDateTime &now, const QString &dedupeKey)
{
    Query(db, u"INSERT INTO notifications (employee_id, kind, opportunity_id, details, dedupe_key, created_at) "
              u"VALUES (:employee, :kind, :opportunity, :details, :dedupe, :now) "
              u"ON CONFLICT (employee_id, dedupe_key) DO NOTHING"_s)
        .bind(u":employee"_s, employeeId)
        .bind(u":kind"_s, kind)
        .bind(u":opportunity"_s, opportunityId > 0 ? QVariant(opportunityId) : QVariant())
        .bind(u":details"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
        .bind(u":dedupe"_s, dedupeKey.isEmpty() ? QVariant() : QVariant(dedupeKey))
        .bind(u":now"_s, storedTimestamp(now))
        .exec();
}

} // namespace Tradewind::Notifications
