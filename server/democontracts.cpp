#include "democontracts.h"

#include "contractchildren.h"
#include "contractplan.h"
#include "contractservice.h"
#include "contractsettings.h"
#include "contractworkflow.h"
#include "demoactors.h"
#include "orgservice.h"
#include "receivables.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Demo {

namespace {

const QStringList Salespeople = {u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s};
constexpr qint64 UsdRateMicros = 7'100'000; ///< 1 USD = 7.10 CNY

/** How a demo contract's story goes. */
enum class Story { Draft, Completed, Terminated, TerminatedDraft, Unpaid, Paid, PartlyPaid, Shipped };

/** A won quote or won opportunity to make a contract of. */
struct Source
{
    QString owner;
    qint64 quoteId = 0;
    qint64 opportunityId = 0;
    QDate wonOn;
};

QList<Source> sources(const QSqlDatabase &db)
{
    Query query(db, u"SELECT e.login, q.id, 0, q.won_on FROM quotes q JOIN employees e ON e.id = q.owner_id "
                    u"WHERE q.status = 'won' AND e.login IN ('sales.east1', 'sales.east2', 'sales.west1') "
                    u"UNION ALL SELECT e.login, 0, o.id, COALESCE((SELECT MAX(w.won_on) FROM wins w WHERE w.opportunity_id = o.id), "
                    u"substr(o.updated_at, 1, 10)) FROM opportunities o JOIN employees e ON e.id = o.owner_id "
                    u"WHERE o.stage = 'won' AND e.login IN ('sales.east1', 'sales.east2', 'sales.west1') AND NOT EXISTS "
                    u"(SELECT 1 FROM quotes q WHERE q.opportunity_id = o.id AND q.status = 'won') ORDER BY 4, 2, 3"_s);
    query.exec();
    QList<Source> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    return list;
}

/** The oldest contracts are done with, the newest still drafts; the rest are active at every stage of payment. */
Story storyOf(qsizetype index, qsizetype count)
{
    if (index < 3)
        return Story::Completed;
    if (index == 3)
        return Story::Terminated;
    if (index >= count - 3)
        return Story::Draft;
    if (index == count - 4)
        return Story::TerminatedDraft;
    static const QList<Story> active = {Story::Paid, Story::Shipped, Story::Unpaid, Story::PartlyPaid};
    return active.at((index - 4) % active.size());
}

class ContractStories
{
public:
    ContractStories(const QSqlDatabase &db, const QDateTime &now)
        : m_db(db)
        , m_today(now.date())
        , m_actors(db)
    {
    }

    void tell(const Source &source, Story story);

private:
    /** Acts as login (or the owner's supervisor for "supervisor") on a day, at 10:00 in China. */
    template <typename Action>
    auto as(const QString &login, const QDate &day, Action action)
    {
        const Caller caller = login == u"supervisor"_s ? m_actors.byId(Org::supervisorOf(m_db, m_contract.ownerId))
                                                       : login == u"owner"_s ? m_actors.byId(m_contract.ownerId)
                                                                             : m_actors.byLogin(login);
        return act(m_db, caller, QDateTime(day, QTime(2, 0), QTimeZone::utc()), action);
    }
    /** The day offset days after signing, stretched by m_scale percent; invalid when it has not come yet. */
    QDate day(int offset) const
    {
        const QDate date = m_contract.signingDate.addDays(offset * m_scale / 100);
        return date < m_today ? date : QDate();
    }
    QList<PlanNode> nodes() const { return Contracts::Plan::nodesOf(m_db, m_contract.id); }
    void edit(const QDate &on, const QJsonObject &changes);
    void milestone(const QString &trigger, const QDate &on, bool approve);
    /** Invoices the node in full on invoicedOn and receives percent of it on paidOn (if valid). */
    void settle(const PlanNode &node, const QDate &invoicedOn, const QDate &paidOn, int percent);
    void stockAndShip(const QDate &on);
    void changeAmount(const QDate &on);

    QSqlDatabase m_db;
    QDate m_today;
    Actors m_actors;
    Contract m_contract;
    int m_scale = 100;
    int m_invoiceNumber = 3560001;
    bool m_paidInDollars = false;
    bool m_changedAmount = false;
    bool m_pendingMilestone = false;
};

void ContractStories::edit(const QDate &on, const QJsonObject &changes)
{
    m_contract = as(u"owner"_s, on, [&](RequestContext &context) {
        return Contracts::edit(context, Contracts::loadVisible(context, m_contract.id), changes);
    });
}

void ContractStories::milestone(const QString &trigger, const QDate &on, bool approve)
{
    const QString evidence = trigger == SettlementTrigger::Shipment ? u"提单号 COSU%1，货物已装船"_s.arg(6100000 + m_contract.id * 37)
                                                                     : u"客户签署的验收证书（扫描件已存档）"_s;
    const QJsonObject submitted = as(u"owner"_s, on, [&](RequestContext &context) {
        return Contracts::Workflow::submit(context, u"milestones"_s, m_contract.id,
                                           {{u"trigger"_s, trigger}, {u"achieved_on"_s, Wire::dateToWire(on)}, {u"evidence"_s, evidence}});
    });
    if (approve) {
        as(u"supervisor"_s, std::min(on.addDays(1), m_today), [&](RequestContext &context) {
            return Contracts::Workflow::decide(context, u"milestones"_s, m_contract.id, submitted.value(u"id"_s).toInteger(), true,
                                               u"同意"_s);
        });
    }
}

void ContractStories::settle(const PlanNode &node, const QDate &invoicedOn, const QDate &paidOn, int percent)
{
    if (!invoicedOn.isValid())
        return;
    const QString currency = m_contract.currency;
    const Money tax = currency == u"CNY"_s ? node.planned.multipliedBy(1300, 11300) : Money::zero(currency);
    as(u"finance"_s, invoicedOn, [&](RequestContext &context) {
        return Contracts::Receivables::record(
            context, u"invoices"_s, m_contract.id,
            {{u"number"_s, QString::number(m_invoiceNumber++).rightJustified(8, u'0')},
             {u"issued_on"_s, Wire::dateToWire(invoicedOn)},
             {u"amount"_s, node.planned.toJson()},
             {u"tax"_s, tax.toJson()},
             {u"allocations"_s, QJsonArray{QJsonObject{{u"node_id"_s, node.id}, {u"amount"_s, node.planned.toJson()}}}}});
    });
    if (!paidOn.isValid() || percent == 0)
        return;
    const Money part = node.planned.multipliedBy(percent, 100);
    const qint64 invoiceId = Query(m_db, u"SELECT MAX(id) FROM invoices WHERE contract_id = :id"_s).bind(u":id"_s, m_contract.id).scalar().toLongLong();
    QJsonObject payment{{u"received_on"_s, Wire::dateToWire(paidOn)},
                        {u"amount"_s, part.toJson()},
                        {u"method"_s, m_contract.currency == u"CNY"_s ? u"bank_transfer"_s : u"letter_of_credit"_s},
                        {u"bank_reference"_s, u"TT%1"_s.arg(paidOn.toString(u"yyyyMMdd"_s) + QString::number(node.id))},
                        {u"allocations"_s, QJsonArray{QJsonObject{{u"node_id"_s, node.id}, {u"invoice_id"_s, invoiceId},
                                                                  {u"amount"_s, part.toJson()}}}}};
    if (currency == u"CNY"_s && !m_paidInDollars && percent == 100) {
        // The customer's parent company abroad paid this one in dollars; the bank converted at the day's rate.
        m_paidInDollars = true;
        const qint64 dollars = (part.minorUnits() * 1'000'000 + UsdRateMicros - 1) / UsdRateMicros;
        payment.insert(u"amount"_s, Money(dollars, u"USD"_s).toJson());
        payment.insert(u"rate_micros"_s, UsdRateMicros);
        payment.insert(u"notes"_s, u"境外母公司美元付款"_s);
    }
    as(u"finance"_s, paidOn, [&](RequestContext &context) { return Contracts::Receivables::record(context, u"payments"_s, m_contract.id, payment); });
}

void ContractStories::stockAndShip(const QDate &on)
{
    const QList<QuoteLine> items = m_contract.items;
    for (qsizetype i = 0; i < std::min<qsizetype>(items.size(), 2); ++i) {
        const QuoteLine &item = items.at(i);
        as(u"owner"_s, std::min(m_contract.signingDate.addDays(2), m_today), [&](RequestContext &context) {
            return Contracts::Children::create(context, u"stocking"_s, m_contract,
                                               {{u"item"_s, item.nameZh.isEmpty() ? item.nameEn : item.nameZh},
                                                {u"quantity"_s, item.quantity},
                                                {u"ready_date"_s, Wire::dateToWire(m_contract.signingDate.addDays(30))},
                                                {u"status"_s, on.isValid() ? u"shipped"_s : u"in_production"_s}});
        });
    }
    if (!on.isValid())
        return;
    as(u"owner"_s, on, [&](RequestContext &context) {
        return Contracts::Children::create(context, u"shipments"_s, m_contract,
                                           {{u"shipped_on"_s, Wire::dateToWire(on)},
                                            {u"items"_s, m_contract.items.isEmpty() ? u"全部合同货物"_s
                                                                                    : m_contract.items.constFirst().nameZh + u" 等"_s},
                                            {u"carrier"_s, u"中远海运物流"_s},
                                            {u"tracking_number"_s, u"COSU%1"_s.arg(6100000 + m_contract.id * 37)},
                                            {u"destination"_s, m_contract.customerName}});
    });
    milestone(SettlementTrigger::Shipment, on, true);
}

/** The customer added an edge tracking module: +8 %, re-spread over what is not yet paid, approved by the manager. */
void ContractStories::changeAmount(const QDate &on)
{
    m_changedAmount = true;
    const Money amount = m_contract.amount.multipliedBy(108, 100);
    const QJsonObject change = as(u"owner"_s, on, [&](RequestContext &context) {
        return Contracts::Workflow::submit(context, u"changes"_s, m_contract.id,
                                           {{u"reason"_s, u"客户追加一套边缘跟踪模块，合同金额相应增加"_s}, {u"new_amount"_s, amount.toJson()}});
    });
    as(u"supervisor"_s, std::min(on.addDays(2), m_today), [&](RequestContext &context) {
        return Contracts::Workflow::decide(context, u"changes"_s, m_contract.id, change.value(u"id"_s).toInteger(), true,
                                           u"同意变更"_s);
    });
}

void ContractStories::tell(const Source &source, Story story)
{
    const QDate signing = std::min(source.wonOn.addDays(3), m_today.addDays(-1));
    m_contract = as(source.owner, signing, [&](RequestContext &context) {
        const QJsonObject document = source.quoteId > 0 ? Contracts::documentFromQuote(context, source.quoteId)
                                                        : Contracts::documentFromOpportunity(context, source.opportunityId);
        return Contracts::create(context, document);
    });
    if (story == Story::Draft)
        return;
    if (story == Story::TerminatedDraft) {
        edit(signing.addDays(1),
             {{u"status"_s, Contract::StatusTerminated}, {u"termination_reason"_s, u"客户调整年度采购计划，合同未生效"_s}});
        return;
    }
    // A completed contract's story fits in the time it has had.
    m_scale = story == Story::Completed ? std::clamp<int>(int(signing.daysTo(m_today) - 2), 10, 100) : 100;
    edit(day(1).isValid() ? day(1) : signing, {{u"status"_s, Contract::StatusActive}});
    const QList<PlanNode> plan = nodes();
    const bool system = plan.size() > 1;
    const PlanNode &first = plan.constFirst();
    switch (story) {
    case Story::Completed:
        stockAndShip(day(40));
        if (system)
            milestone(SettlementTrigger::FinalAcceptance, day(80), true);
        for (qsizetype i = 0; i < plan.size(); ++i)
            settle(plan.at(i), day(5 + 40 * int(i)), day(10 + 40 * int(i)), 100);
        edit(day(95), {{u"status"_s, Contract::StatusCompleted}});
        return;
    case Story::Terminated:
        stockAndShip(QDate());
        settle(first, day(5), day(12), 100);
        edit(day(60).isValid() ? day(60) : m_today, {{u"status"_s, Contract::StatusTerminated}, {u"termination_reason"_s, u"客户项目停建，双方协商解除合同，预付款不退"_s}});
        return;
    case Story::Unpaid:
        stockAndShip(QDate());
        settle(first, day(5), QDate(), 0);
        return;
    case Story::Paid:
        stockAndShip(system ? QDate() : day(20));
        settle(first, day(5), day(12), 100);
        if (system && !m_changedAmount && day(30).isValid())
            changeAmount(day(30));
        return;
    case Story::PartlyPaid:
        stockAndShip(QDate());
        settle(first, day(5), day(14), 50);
        if (system && !m_pendingMilestone
            && m_actors.byId(Org::supervisorOf(m_db, m_contract.ownerId)).login == u"manager.east"_s) {
            // Shipped the other day; the manager has yet to confirm it.
            m_pendingMilestone = true;
            milestone(SettlementTrigger::Shipment, std::max(m_today.addDays(-2), signing), false);
        }
        return;
    case Story::Shipped:
        stockAndShip(day(45));
        settle(first, day(5), day(10), 100);
        if (system)
            settle(nodes().at(1), day(46), day(70), 30);
        return;
    case Story::Draft:
    case Story::TerminatedDraft:
        return;
    }
}

} // namespace

void populateContracts(const QSqlDatabase &db, const QDateTime &now)
{
    const QList<Source> list = sources(db);
    ContractStories stories(db, now);
    for (qsizetype i = 0; i < list.size(); ++i)
        stories.tell(list.at(i), storyOf(i, list.size()));
}

namespace {

/**
 * What happens to a benchmark contract, written straight into the tables (the services would take hours at this
 * scale): its milestones approved by the owner's supervisor, invoices raised for the nodes as they fall due and
 * payments received for most of them, some late, some partial, some never.
 */
class ScaleHistory
{
public:
    ScaleHistory(const QSqlDatabase &db, const QDate &today)
        : m_today(today)
        , m_milestone(db, u"INSERT INTO milestones (contract_id, trigger, achieved_on, evidence, status, submitted_by, "
                          u"decided_by, decided_at, created_at, updated_at) VALUES (:contract, :trigger, :on, :evidence, "
                          u"'approved', :owner, :supervisor, :at, :at, :at)"_s)
        , m_invoice(db, u"INSERT INTO invoices (contract_id, number, issued_on, amount_minor, tax_minor, created_at) "
                        u"VALUES (:contract, :number, :on, :amount, :tax, :at)"_s)
        , m_invoiceAllocation(db, u"INSERT INTO invoice_allocations (invoice_id, node_id, amount_minor) VALUES (:invoice, :node, :amount)"_s)
        , m_payment(db, u"INSERT INTO payments (contract_id, received_on, amount_minor, currency, rate_micros, amount_contract_minor, "
                        u"method, created_at) VALUES (:contract, :on, :amount, :currency, 1000000, :amount, 'bank_transfer', :at)"_s)
        , m_paymentAllocation(db, u"INSERT INTO payment_allocations (payment_id, node_id, invoice_id, amount_minor) "
                                  u"VALUES (:payment, :node, :invoice, :amount)"_s)
    {
    }

    /** A day offset days after from, if it has come (invalid otherwise). */
    QDate after(const QDate &from, int days) const
    {
        const QDate date = from.isValid() ? from.addDays(days) : QDate();
        return date.isValid() && date < m_today ? date : QDate();
    }

    void milestone(qint64 contractId, const QString &trigger, const QDate &on, qint64 owner, qint64 supervisor)
    {
        m_milestone.bind(u":contract"_s, contractId)
            .bind(u":trigger"_s, trigger)
            .bind(u":on"_s, Wire::dateToWire(on))
            .bind(u":evidence"_s, trigger == SettlementTrigger::Shipment ? u"提单已签发"_s : u"客户签署的验收证书"_s)
            .bind(u":owner"_s, owner)
            .bind(u":supervisor"_s, supervisor > 0 ? QVariant(supervisor) : QVariant())
            .bind(u":at"_s, storedTimestamp(QDateTime(std::min(on.addDays(1), m_today), QTime(2, 0), QTimeZone::utc())))
            .exec();
    }

    /** Invoices the node in full on invoicedOn, and receives percent of it on paidOn (when valid). */
    void settle(qint64 contractId, const PlanNode &node, const QDate &invoicedOn, const QDate &paidOn, int percent)
    {
        if (!invoicedOn.isValid())
            return;
        const QString at = storedTimestamp(QDateTime(invoicedOn, QTime(2, 0), QTimeZone::utc()));
        const Money tax = node.planned.currency() == u"CNY"_s ? node.planned.multipliedBy(1300, 11300) : Money::zero(node.planned.currency());
        m_invoice.bind(u":contract"_s, contractId)
            .bind(u":number"_s, u"S%1"_s.arg(node.id, 9, 10, QChar(u'0')))
            .bind(u":on"_s, Wire::dateToWire(invoicedOn))
            .bind(u":amount"_s, node.planned.minorUnits())
            .bind(u":tax"_s, tax.minorUnits())
            .bind(u":at"_s, at)
            .exec();
        const qint64 invoiceId = m_invoice.lastInsertId();
        m_invoiceAllocation.bind(u":invoice"_s, invoiceId).bind(u":node"_s, node.id).bind(u":amount"_s, node.planned.minorUnits()).exec();
        const Money part = node.planned.multipliedBy(percent, 100);
        if (!paidOn.isValid() || part.minorUnits() <= 0)
            return;
        m_payment.bind(u":contract"_s, contractId)
            .bind(u":on"_s, Wire::dateToWire(paidOn))
            .bind(u":amount"_s, part.minorUnits())
            .bind(u":currency"_s, part.currency())
            .bind(u":at"_s, storedTimestamp(QDateTime(paidOn, QTime(2, 0), QTimeZone::utc())))
            .exec();
        m_paymentAllocation.bind(u":payment"_s, m_payment.lastInsertId())
            .bind(u":node"_s, node.id)
            .bind(u":invoice"_s, invoiceId)
            .bind(u":amount"_s, part.minorUnits())
            .exec();
    }

private:
    QDate m_today;
    Query m_milestone;
    Query m_invoice;
    Query m_invoiceAllocation;
    Query m_payment;
    Query m_paymentAllocation;
};

} // namespace

void generateScaleContracts(const QSqlDatabase &db, const QDateTime &now, const Progress &progress)
{
    Query won(db, u"SELECT o.id, o.kind, o.customer_id, o.owner_id, o.currency, o.amount_minor, o.updated_at, "
                  u"COALESCE(e.supervisor_id, 0) FROM opportunities o JOIN employees e ON e.id = o.owner_id "
                  u"WHERE o.stage = 'won' AND NOT EXISTS (SELECT 1 FROM contracts c WHERE c.opportunity_id = o.id) ORDER BY o.id"_s);
    won.exec();
    QList<QVariantList> rows;
    while (won.next())
        rows.append({won.value(0), won.value(1), won.value(2), won.value(3), won.value(4), won.value(5), won.value(6), won.value(7)});
    const QList<SettlementRule> rules = ContractSettings::settlementRules(db);
    const QDate today = now.date();
    ScaleHistory history(db, today);
    QRandomGenerator random(1202026);
    Query status(db, u"UPDATE contracts SET status = :status, termination_reason = :reason WHERE id = :id"_s);
    qint64 done = 0;
    for (const QVariantList &row : std::as_const(rows)) {
        const QString type = row.at(1).toString() == u"system"_s ? SettlementRule::TypeSystemProject : SettlementRule::TypeSpareParts;
        const Money amount(row.at(5).toLongLong(), row.at(4).toString());
        const QDate signing = std::min(Wire::timestampFromWire(row.at(6).toString()).date().addDays(7), today);
        const qint64 owner = row.at(3).toLongLong();
        const QString at = storedTimestamp(QDateTime(signing, QTime(2, 0), QTimeZone::utc()));
        const qint64 id = Sql::insert(db, u"contracts"_s,
                                      {{u"number"_s, ContractSettings::nextNumber(db, signing)},
                                       {u"status"_s, Contract::StatusActive},
                                       {u"contract_type"_s, type},
                                       {u"customer_id"_s, row.at(2)},
                                       {u"opportunity_id"_s, row.at(0)},
                                       {u"owner_id"_s, owner},
                                       {u"currency"_s, amount.currency()},
                                       {u"amount_minor"_s, amount.minorUnits()},
                                       {u"signing_date"_s, Wire::dateToWire(signing)},
                                       {u"created_at"_s, at},
                                       {u"updated_at"_s, at}});
        const auto rule = std::find_if(rules.cbegin(), rules.cend(), [&](const SettlementRule &r) { return r.contractType == type; });
        Contracts::Plan::insertGenerated(db, id, SettlementPlan::generate(*rule, amount, signing));
        const QList<PlanNode> nodes = Contracts::Plan::nodesOf(db, id);

        // 3 % are still drafts, 2 % were terminated after the advance; the others run their course: shipped 30 to 90
        // days after signing, accepted 60 to 150 days later, each node invoiced when due and mostly paid.
        const int roll = int(random.bounded(100));
        const auto paidPercent = [&] {
            const int paid = int(random.bounded(100));
            return paid < 75 ? 100 : paid < 85 ? 50 : 0;
        };
        if (roll < 3) {
            status.bind(u":status"_s, Contract::StatusDraft).bind(u":reason"_s, QString()).bind(u":id"_s, id).exec();
        } else {
            const QDate shipped = history.after(signing, 30 + int(random.bounded(60)));
            const QDate accepted = history.after(shipped, 60 + int(random.bounded(90)));
            if (shipped.isValid())
                history.milestone(id, SettlementTrigger::Shipment, shipped, owner, row.at(7).toLongLong());
            if (accepted.isValid() && nodes.size() > 2)
                history.milestone(id, SettlementTrigger::FinalAcceptance, accepted, owner, row.at(7).toLongLong());
            bool settled = true;
            for (const PlanNode &node : nodes) {
                const QDate start = node.trigger == SettlementTrigger::Signing ? signing
                    : node.trigger == SettlementTrigger::Shipment              ? shipped
                                                                                : accepted;
                const int percent = roll < 5 || node.trigger == SettlementTrigger::Signing ? 100 : paidPercent();
                const QDate paidOn = history.after(start, node.dueOffsetDays - 5 + int(random.bounded(40)));
                history.settle(id, node, history.after(start, 2), paidOn, percent);
                settled = settled && paidOn.isValid() && percent == 100;
                if (roll < 5)
                    break; // terminated after the advance
            }
            if (roll < 5)
                status.bind(u":status"_s, Contract::StatusTerminated).bind(u":reason"_s, u"客户项目取消"_s).bind(u":id"_s, id).exec();
            else if (settled && roll < 60)
                status.bind(u":status"_s, Contract::StatusCompleted).bind(u":reason"_s, QString()).bind(u":id"_s, id).exec();
        }
        Contracts::Plan::refreshSettled(db, id);
        if (++done % 10000 == 0 && progress)
            progress(u"contracts"_s, done, rows.size());
    }
    if (progress)
        progress(u"contracts"_s, rows.size(), rows.size());
}

} // namespace Tradewind::Demo
