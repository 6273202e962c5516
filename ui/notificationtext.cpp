#include "notificationtext.h"

#include "formatting.h"
#include "labels.h"

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
    if (kind.startsWith(u"quote_"_s)) {
        QString quote = Labels::quoteReference(detail(u"number"_s), detail(u"revision_label"_s));
        if (quote.isEmpty())
            quote = tr("a quote");
        const QString customer = shortened(detail(u"customer_name"_s), TitleLength, shorten);
        if (!customer.isEmpty())
            quote = tr("%1 (%2)", "quote and customer").arg(quote, customer);
        const QString comment = shortened(detail(u"comment"_s), TextLength, shorten);
        const QString by = detail(u"by_name"_s);
        if (kind == u"quote_submitted"_s)
            return tr("%1 asks you to approve %2").arg(by, quote);
        if (kind == u"quote_approved"_s)
            return comment.isEmpty() ? tr("%1 approved %2").arg(by, quote)
                                     : tr("%1 approved %2: %3").arg(by, quote, comment);
        if (kind == u"quote_rejected"_s)
            return comment.isEmpty() ? tr("%1 rejected %2").arg(by, quote)
                                     : tr("%1 rejected %2: %3").arg(by, quote, comment);
    }
    if (kind.startsWith(u"milestone_"_s) || kind.startsWith(u"contract_change_"_s)) {
        QString contract = detail(u"number"_s);
        if (contract.isEmpty())
            contract = tr("a contract");
        const QString customer = shortened(detail(u"customer_name"_s), TitleLength, shorten);
        if (!customer.isEmpty())
            contract = tr("%1 (%2)", "contract and customer").arg(contract, customer);
        const QJsonObject request = details.value(u"request"_s).toObject();
        const QString by = detail(u"by_name"_s);
        const QString comment = shortened(request.value(u"comment"_s).toString(), TextLength, shorten);
        if (kind.startsWith(u"milestone_"_s)) {
            const QString milestone = Labels::settlementTrigger(request.value(u"trigger"_s).toString());
            const QString date = Format::date(QDate::fromString(request.value(u"achieved_on"_s).toString(), Qt::ISODate));
            if (kind == u"milestone_submitted"_s)
                return tr("%1 reports %2 achieved on %3 for %4: please confirm").arg(by, milestone, date, contract);
            if (kind == u"milestone_approved"_s)
                return tr("%1 confirmed %2 achieved on %3 for %4").arg(by, milestone, date, contract);
            if (kind == u"milestone_rejected"_s)
                return comment.isEmpty() ? tr("%1 rejected the %2 milestone of %3").arg(by, milestone, contract)
                                         : tr("%1 rejected the %2 milestone of %3: %4").arg(by, milestone, contract, comment);
        } else {
            const QString reason = shortened(request.value(u"reason"_s).toString(), TextLength, shorten);
            if (kind == u"contract_change_submitted"_s)
                return tr("%1 asks you to approve a change of %2: %3").arg(by, contract, reason);
            if (kind == u"contract_change_approved"_s)
                return tr("%1 approved the change of %2").arg(by, contract);
            if (kind == u"contract_change_rejected"_s)
                return comment.isEmpty() ? tr("%1 rejected the change of %2").arg(by, contract)
                                         : tr("%1 rejected the change of %2: %3").arg(by, contract, comment);
        }
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
    if (kind == u"quote_submitted"_s)
        return tr("Quote waiting for your approval");
    if (kind == u"quote_approved"_s)
        return tr("Quote approved");
    if (kind == u"quote_rejected"_s)
        return tr("Quote rejected");
    if (kind == u"milestone_submitted"_s)
        return tr("Milestone waiting for your confirmation");
    if (kind == u"milestone_approved"_s)
        return tr("Milestone confirmed");
    if (kind == u"milestone_rejected"_s)
        return tr("Milestone rejected");
    if (kind == u"contract_change_submitted"_s)
        return tr("Contract change waiting for your approval");
    if (kind == u"contract_change_approved"_s)
        return tr("Contract change approved");
    if (kind == u"contract_change_rejected"_s)
        return tr("Contract change rejected");
    return tr("Notification");
}

} // namespace Tradewind
