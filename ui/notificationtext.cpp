#include "notificationtext.h"

#include "formatting.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

constexpr qsizetype TitleLength = 24;
constexpr qsizetype TextLength = 80;

QString shortened(const QString &text, qsizetype length, bool shorten)
{
    const QString simple = text.simplified();
    if (!shorten || simple.size() <= length)
        return simple;
    return simple.left(length - 1) + u'…';
}

} // namespace

QString NotificationText::line(const Notification &notification, qint64 selfId)
{
    return compose(notification, selfId, true);
}

QString NotificationText::full(const Notification &notification, qint64 selfId)
{
    return compose(notification, selfId, false);
}

QString NotificationText::compose(const Notification &notification, qint64 selfId, bool shorten)
{
    const QJsonObject &details = notification.details;
    const auto detail = [&details](const QString &key) { return details.value(key).toString().simplified(); };
    QString title = notification.opportunityTitle;
    if (title.isEmpty())
        title = detail(u"opportunity_title"_s);
    title = shortened(title, TitleLength, shorten);
    if (title.isEmpty())
        title = tr("an opportunity");
    const QString kind = notification.kind;

    if (kind == u"reassigned_to_you"_s) {
        const QString reason = shortened(detail(u"reason"_s), TextLength, shorten);
        return reason.isEmpty() ? tr("%1 reassigned %2 to you").arg(detail(u"by_name"_s), title)
                                : tr("%1 reassigned %2 to you: %3").arg(detail(u"by_name"_s), title, reason);
    }
    if (kind == u"reassigned_away"_s) {
        const QString reason = shortened(detail(u"reason"_s), TextLength, shorten);
        return reason.isEmpty()
            ? tr("%1 reassigned %2 to %3").arg(detail(u"by_name"_s), title, detail(u"to_name"_s))
            : tr("%1 reassigned %2 to %3: %4").arg(detail(u"by_name"_s), title, detail(u"to_name"_s), reason);
    }
    if (kind == u"plan_due"_s) {
        const QString action = shortened(detail(u"action"_s), TextLength, shorten);
        const QString plannedOn = Format::date(QDate::fromString(detail(u"planned_on"_s), Qt::ISODate));
        return plannedOn.isEmpty() ? tr("Tracking plan due for %1: %2").arg(title, action)
                                   : tr("Tracking plan due for %1 on %2: %3").arg(title, plannedOn, action);
    }
    if (kind == u"advice"_s)
        return tr("New advice from %1 on %2: %3")
            .arg(detail(u"author_name"_s), title, shortened(detail(u"text"_s), TextLength, shorten));
    if (kind == u"advice_reply"_s)
        return tr("%1 replied to your advice on %2: %3")
            .arg(detail(u"author_name"_s), title, shortened(detail(u"text"_s), TextLength, shorten));
    if (kind == u"stale"_s) {
        const int days = details.value(u"days_since_follow_up"_s).toInt();
        const qint64 ownerId = details.value(u"owner_id"_s).toInteger();
        const QString owner = detail(u"owner_name"_s);
        if (ownerId == selfId || owner.isEmpty())
            return tr("%1 has had no follow-up for %n day(s)", nullptr, days).arg(title);
        return tr("%1 (%2) has had no follow-up for %n day(s)", nullptr, days).arg(title, owner);
    }
    return tr("Notification about %1").arg(title);
}

QString NotificationText::heading(const QString &kind)
{
    if (kind == u"reassigned_to_you"_s)
        return tr("Opportunity reassigned to you");
    if (kind == u"reassigned_away"_s)
        return tr("Opportunity reassigned");
    if (kind == u"plan_due"_s)
        return tr("Tracking plan due");
    if (kind == u"advice"_s)
        return tr("New advice");
    if (kind == u"advice_reply"_s)
        return tr("Reply to your advice");
    if (kind == u"stale"_s)
        return tr("No recent follow-up");
    return tr("Notification");
}

} // namespace Tradewind
