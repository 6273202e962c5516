#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Tradewind {

/** One notification of the signed-in user, as GET /notifications lists it. */
struct Notification
{
    qint64 id = 0;
    /** reassigned_to_you, reassigned_away, plan_due, advice, advice_reply, stale, quote_submitted, quote_approved,
     * quote_rejected (others may follow). */
    QString kind;
    /** 0 when the notification is about no opportunity. */
    qint64 opportunityId = 0;
    QString opportunityTitle;
    /** What happened, per kind: by_name, from_name, to_name, reason, author_name, text, action… */
    QJsonObject details;
    QDateTime createdAt;
    bool read = false;

    static Notification fromJson(const QJsonObject &object);
    bool operator==(const Notification &other) const = default;
};

using NotificationList = QList<Notification>;

} // namespace Tradewind
