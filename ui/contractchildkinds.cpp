#include "contractchildkinds.h"

#include "cardpage.h"
#include "formatting.h"
#include "labels.h"
#include "listcolumns.h"
#include "roles.h"
#include "settlement.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Type = ChildField::Type;
using ChildFields::choiceField;
using ChildFields::field;
using ListColumns::code;
using ListColumns::date;
using ListColumns::money;
using ListColumns::text;
using ListColumns::timestamp;

ChildKind contractKind(const QString &path, const QString &objectName, const QString &title)
{
    ChildKind kind;
    kind.parentCollection = u"/contracts"_s;
    kind.settingsPrefix = u"contractCard"_s;
    kind.path = path;
    kind.objectName = objectName;
    kind.title = title;
    return kind;
}

/** The owner and whoever administers contracts keep the execution records (the server decides). */
bool keepsRecords(const ChildContext &context)
{
    const Employee &user = context.user;
    return context.parent.value(u"owner_id"_s).toInteger() == user.id || user.hasRole(Roles::ContractAdmin)
        || user.hasRole(Roles::SalesManager) || user.hasRole(Roles::Executive);
}

/** A request's status in its colour: waiting in blue, approved in green, rejected in red. */
ListColumn requestStatusColumn(const QString &header)
{
    ListColumn column = code(header, u"status"_s, &Labels::requestStatus);
    column.foreground = [](const QJsonObject &row) -> QVariant {
        const QString status = row.value(u"status"_s).toString();
        return CardPage::toneTextColor(status == u"approved"_s   ? CardPage::Tone::Success
                                       : status == u"rejected"_s ? CardPage::Tone::Danger
                                                                 : CardPage::Tone::Info);
    };
    return column;
}

/** The plan nodes an invoice or payment went to, by name: "Advance payment, Payment on shipment". */
ListColumn allocationColumn(const QString &header)
{
    return {header,
            [](const QJsonObject &row) -> QVariant {
                QStringList names;
                for (const QJsonValue &value : row.value(u"allocations"_s).toArray()) {
                    const QString name = Labels::planNodeName(value.toObject().value(u"node_name"_s).toString());
                    if (!name.isEmpty() && !names.contains(name))
                        names.append(name);
                }
                return names.join(ContractChildKinds::tr(", "));
            },
            QString()};
}

} // namespace

QStringList ContractChildKinds::milestoneTriggers()
{
    QStringList triggers = SettlementTrigger::all();
    triggers.removeAll(SettlementTrigger::Signing);
    triggers.removeAll(SettlementTrigger::FixedDate);
    return triggers;
}

bool ContractChildKinds::mayRecordMoney(const Employee &user)
{
    return user.hasRole(Roles::Finance) || user.hasRole(Roles::Executive);
}

bool ContractChildKinds::mayDecide(const Employee &user, const QJsonObject &contract, const QJsonObject &request,
                                   bool contractAdminsDecide)
{
    if (request.value(u"status"_s).toString() != u"submitted"_s)
        return false;
    const qint64 requester =
        request.value(u"submitted_by"_s).toInteger(request.value(u"requested_by"_s).toInteger());
    if (requester == user.id || contract.value(u"owner_id"_s).toInteger() == user.id)
        return false;
    return user.hasRole(Roles::SalesManager) || user.hasRole(Roles::Executive)
        || (contractAdminsDecide && user.hasRole(Roles::ContractAdmin));
}

ChildKind ContractChildKinds::milestones()
{
    ChildKind kind = contractKind(u"milestones"_s, u"milestones"_s, tr("Milestones"));
    kind.newTitle = tr("Milestone achieved");
    kind.editTitle = tr("Milestone");
    kind.addText = tr("&Submit milestone achieved…");
    kind.countText = [](qint64 n) { return tr("%n milestone(s)", nullptr, int(n)); };
    kind.columns = {code(tr("Milestone"), u"trigger"_s, &Labels::settlementTrigger),
                    date(tr("Achieved on"), u"achieved_on"_s),
                    text(tr("Evidence"), u"evidence"_s),
                    requestStatusColumn(tr("Status")),
                    text(tr("Submitted by"), u"submitted_by_name"_s),
                    text(tr("Decided by"), u"decided_by_name"_s),
                    text(tr("Comment"), u"comment"_s)};
    kind.columnWidths = {14, 12, 36, 20, 12, 12, 30};
    ChildField trigger = choiceField(u"trigger"_s, tr("&Milestone:"), milestoneTriggers(), &Labels::settlementTrigger,
                                     SettlementTrigger::Shipment);
    trigger.required = true;
    ChildField achieved = field(u"achieved_on"_s, tr("&Achieved on:"), Type::Date, true);
    achieved.hint = tr("Enter the day the milestone was achieved; it cannot be in the future.");
    ChildField evidence = field(u"evidence"_s, tr("&Evidence:"), Type::Multiline, true, 2000);
    evidence.hint = tr("Say what shows the milestone was achieved, e.g. the bill of lading number or the signed "
                       "acceptance certificate (at most 2,000 characters).");
    kind.fields = {trigger, achieved, evidence};
    kind.mayAdd = keepsRecords;
    kind.editable = false; // decided, not edited
    kind.forbiddenText = tr("Only the contract's owner, their managers and contract administrators report milestones.");
    return kind;
}

ChildKind ContractChildKinds::stocking()
{
    ChildKind kind = contractKind(u"stocking"_s, u"stocking"_s, tr("Stocking"));
    kind.newTitle = tr("New stocking line");
    kind.editTitle = tr("Stocking line");
    kind.addText = tr("&Add stocking line…");
    kind.countText = [](qint64 n) { return tr("%n stocking line(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Item"), u"item"_s),
                    {tr("Quantity"),
                     [](const QJsonObject &row) -> QVariant {
                         return QLocale().toString(row.value(u"quantity"_s).toInteger());
                     },
                     QString(), Qt::AlignRight | Qt::AlignVCenter},
                    date(tr("Ready date"), u"ready_date"_s),
                    code(tr("Status"), u"status"_s, &Labels::stockingStatus),
                    text(tr("Notes"), u"notes"_s)};
    kind.columnWidths = {40, 10, 12, 14, 40};
    ChildField item = field(u"item"_s, tr("&Item:"), Type::Text, true, 200);
    item.hint = tr("Name what is stocked (at most 200 characters).");
    ChildField status = choiceField(u"status"_s, tr("&Status:"),
                                    {u"planned"_s, u"in_production"_s, u"ready"_s, u"shipped"_s},
                                    &Labels::stockingStatus, u"planned"_s);
    status.required = true;
    kind.fields = {item, field(u"quantity"_s, tr("&Quantity:"), Type::Integer, true),
                   field(u"ready_date"_s, tr("&Ready date:"), Type::OptionalDate, false), status,
                   field(u"notes"_s, tr("&Notes:"), Type::Multiline, false, 2000)};
    kind.mayAdd = keepsRecords;
    kind.mayEdit = [](const ChildContext &context, const QJsonObject &) { return keepsRecords(context); };
    kind.forbiddenText = tr("Only the contract's owner, their managers and contract administrators keep its stocking "
                            "and shipments.");
    return kind;
}

ChildKind ContractChildKinds::shipments()
{
    ChildKind kind = contractKind(u"shipments"_s, u"shipments"_s, tr("Shipments"));
    kind.newTitle = tr("New shipment");
    kind.editTitle = tr("Shipment");
    kind.addText = tr("&Add shipment…");
    kind.countText = [](qint64 n) { return tr("%n shipment(s)", nullptr, int(n)); };
    kind.columns = {date(tr("Shipped on"), u"shipped_on"_s), text(tr("Items and quantities"), u"items"_s),
                    text(tr("Carrier"), u"carrier"_s),       text(tr("Tracking number"), u"tracking_number"_s),
                    text(tr("Destination"), u"destination"_s), text(tr("Notes"), u"notes"_s)};
    kind.columnWidths = {12, 40, 16, 18, 20, 30};
    ChildField items = field(u"items"_s, tr("&Items and quantities:"), Type::Multiline, true, 2000);
    items.hint = tr("List what was shipped and how many (at most 2,000 characters).");
    kind.fields = {field(u"shipped_on"_s, tr("&Shipped on:"), Type::Date, true), items,
                   field(u"carrier"_s, tr("&Carrier:"), Type::Text, false, 200),
                   field(u"tracking_number"_s, tr("&Tracking number:"), Type::Text, false, 100),
                   field(u"destination"_s, tr("&Destination:"), Type::Text, false, 200),
                   field(u"notes"_s, tr("&Notes:"), Type::Multiline, false, 2000)};
    kind.mayAdd = keepsRecords;
    kind.mayEdit = [](const ChildContext &context, const QJsonObject &) { return keepsRecords(context); };
    kind.forbiddenText = stocking().forbiddenText;
    return kind;
}

ChildKind ContractChildKinds::invoices()
{
    ChildKind kind = contractKind(u"invoices"_s, u"invoices"_s, tr("Invoices"));
    kind.readOnly = true; // recorded through InvoiceDialog, against the plan
    kind.countText = [](qint64 n) { return tr("%n invoice(s)", nullptr, int(n)); };
    kind.columns = {text(tr("Invoice number"), u"number"_s), date(tr("Issued on"), u"issued_on"_s),
                    money(tr("Amount"), u"amount"_s),        money(tr("Tax"), u"tax"_s),
                    money(tr("Received"), u"received"_s),       allocationColumn(tr("Plan nodes")),
                    text(tr("Notes"), u"notes"_s),           text(tr("Recorded by"), u"created_by_name"_s)};
    kind.columnWidths = {18, 12, 20, 16, 20, 30, 24, 12};
    return kind;
}

ChildKind ContractChildKinds::payments()
{
    ChildKind kind = contractKind(u"payments"_s, u"payments"_s, tr("Payments"));
    kind.readOnly = true; // recorded through PaymentDialog, against the plan
    kind.countText = [](qint64 n) { return tr("%n payment(s)", nullptr, int(n)); };
    kind.columns = {date(tr("Received on"), u"received_on"_s),
                    money(tr("Amount"), u"amount"_s),
                    {tr("Rate"),
                     [](const QJsonObject &row) -> QVariant {
                         const qint64 micros = row.value(u"rate_micros"_s).toInteger();
                         const bool converted = Money::fromJson(row.value(u"amount"_s)).value_or(Money()).currency()
                             != Money::fromJson(row.value(u"amount_contract"_s)).value_or(Money()).currency();
                         return converted && micros > 0 ? QLocale().toString(double(micros) / 1e6, 'f', 6) : QString();
                     },
                     QString(), Qt::AlignRight | Qt::AlignVCenter},
                    money(tr("In contract currency"), u"amount_contract"_s),
                    money(tr("Unallocated"), u"unallocated"_s),
                    code(tr("Method"), u"method"_s, &Labels::paymentMethod),
                    text(tr("Bank reference"), u"bank_reference"_s),
                    allocationColumn(tr("Plan nodes")),
                    text(tr("Recorded by"), u"created_by_name"_s)};
    kind.columnWidths = {12, 20, 10, 20, 18, 14, 18, 30, 12};
    return kind;
}

ChildKind ContractChildKinds::changes()
{
    ChildKind kind = contractKind(u"changes"_s, u"changes"_s, tr("Changes"));
    kind.readOnly = true; // requested through ChangeRequestDialog
    kind.countText = [](qint64 n) { return tr("%n change request(s)", nullptr, int(n)); };
    kind.columns = {timestamp(tr("Requested"), u"created_at"_s),
                    text(tr("By"), u"requested_by_name"_s),
                    text(tr("Reason"), u"reason"_s),
                    money(tr("New amount"), u"new_amount"_s),
                    {tr("Terms changed"),
                     [](const QJsonObject &row) -> QVariant {
                         QStringList changed;
                         if (!row.value(u"new_delivery_terms"_s).isNull() && row.contains(u"new_delivery_terms"_s))
                             changed.append(tr("Delivery"));
                         if (!row.value(u"new_acceptance_terms"_s).isNull() && row.contains(u"new_acceptance_terms"_s))
                             changed.append(tr("Acceptance"));
                         if (!row.value(u"new_payment_terms"_s).isNull() && row.contains(u"new_payment_terms"_s))
                             changed.append(tr("Payment"));
                         return changed.join(tr(", "));
                     },
                     QString()},
                    requestStatusColumn(tr("Status")),
                    text(tr("Decided by"), u"decided_by_name"_s),
                    text(tr("Comment"), u"comment"_s)};
    kind.columnWidths = {16, 10, 34, 20, 18, 14, 10, 24};
    return kind;
}

} // namespace Tradewind
