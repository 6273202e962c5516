#include "notification.h"

#include "wire.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

Notification Notification::fromJson(const QJsonObject &object)
{
    Notification notification;
    notification.id = object.value(u"id"_s).toInteger();
    notification.kind = object.value(u"kind"_s).toString();
    notification.opportunityId = object.value(u"opportunity_id"_s).toInteger();
    notification.opportunityTitle = object.value(u"opportunity_title"_s).toString();
    notification.details = object.value(u"details"_s).toObject();
    notification.createdAt = Wire::timestampFromWire(object.value(u"created_at"_s).toString());
    notification.read = object.value(u"read"_s).toBool();
    return notification;
}

} // namespace Tradewind
