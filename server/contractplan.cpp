#include "contractplan.h"

#include "contractservice.h"
#include "database.h"
#include "roles.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Plan {

namespace {

constexpr int MaxNodes = 50;

/** Signed and not terminated: only then is a contract's open money receivable, and possibly overdue. */
bool isInForce(const Contract &contract)
{
    return contract.status == Contract::StatusActive || contract.status == Contract::StatusCompleted;
}

/** The node's share of the contract amount in basis points (the weight a later re-spread falls back on). */
int percentOf(const Money &planned, const Money &amount)
{
    return int(divideRoundHalfAwayFromZero(__int128(planned.minorUnits()) * BasisPointsPerWhole, amount.minorUnits()));
}

QJsonObject planJson(const Contract &contract, const QList<PlanNode> &nodes, const QDate &today)
{
    const Money total = SettlementPlan::total(nodes, contract.currency);
    return {{u"contract_id"_s, contract.id},
            {u"nodes"_s, nodesJson(contract, nodes, today)},
            {u"total"_s, total.toJson()},
            {u"amount"_s, contract.amount.toJson()},
            {u"difference"_s, (contract.amount - total).toJson()}};
}

Http::Response planResponse(const RequestContext &context, const Contract &contract)
{
    return withVersion(jsonResponse(200, planJson(contract, nodesOf(context.db, contract.id), context.now.date())),
                       contract.version);
}

Http::Response getPlan(RequestContext &context)
{
    return planResponse(context, loadVisible(context, context.idParameter()));
}

/** A node of a PUT, checked against the contract; id 0 for a new node. */
struct NodeInput
{
    qint64 id = 0;
    PlanNode node;
};

QList<NodeInput> readNodes(const Contract &contract, const QList<PlanNode> &current, JsonReader &body)
{
    using P = JsonReader::Presence;
    body.rejectUnknownFields({u"nodes"_s});
    const QJsonArray array = body.array(u"nodes"_s, P::Required, MaxNodes).value_or(QJsonArray());
    if (body.ok() && array.isEmpty())
        body.fail(u"nodes"_s, u"A settlement plan needs at least one node"_s);
    requireValid(body);
    QSet<qint64> currentIds;
    for (const PlanNode &node : current)
        currentIds.insert(node.id);
    QSet<qint64> seen;
    QList<NodeInput> nodes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"nodes[%1]"_s.arg(i);
        JsonReader reader(array.at(i).toObject());
        reader.rejectUnknownFields({u"id"_s, u"name"_s, u"trigger"_s, u"due_offset_days"_s, u"planned"_s, u"planned_date"_s});
        NodeInput input;
        input.id = reader.integer(u"id"_s, P::Optional, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
        input.node.name = reader.string(u"name"_s, P::Required, 100).value_or(QString());
        input.node.trigger = reader.choice(u"trigger"_s, P::Required, SettlementTrigger::all()).value_or(QString());
        input.node.dueOffsetDays = int(reader.integer(u"due_offset_days"_s, P::Optional, -365, 3650).value_or(0));
        input.node.planned = reader.money(u"planned"_s, P::Required).value_or(Money());
        input.node.plannedDate = reader.date(u"planned_date"_s, P::Optional).value_or(QDate());
        if (reader.ok() && input.node.planned.currency() != contract.currency)
            reader.fail(u"planned"_s, u"Node %1 must be planned in %2, the contract's currency"_s.arg(i + 1).arg(contract.currency));
        if (reader.ok() && input.node.planned.minorUnits() < 0)
            reader.fail(u"planned"_s, u"Node %1 must not be negative"_s.arg(i + 1));
        if (reader.ok() && input.node.trigger == SettlementTrigger::FixedDate && !input.node.plannedDate.isValid())
            reader.fail(u"planned_date"_s, u"Node %1 falls due on a fixed date: give it as planned_date"_s.arg(i + 1));
        if (reader.ok() && input.id > 0 && (!currentIds.contains(input.id) || seen.contains(input.id)))
            reader.fail(u"id"_s, u"Node %1 names a node that is not (or not once) in this plan"_s.arg(i + 1));
        if (!array.at(i).isObject())
            reader.fail(QString(), u"Node %1 must be an object"_s.arg(i + 1));
        if (!reader.ok()) {
            const FieldError &error = *reader.error();
            throw ApiException::invalidField(prefix + (error.field.isEmpty() ? QString() : u'.' + error.field), error.message);
        }
        seen.insert(input.id);
        input.node.percentBasisPoints = percentOf(input.node.planned, contract.amount);
        nodes.append(input);
    }
    return nodes;
}

/** The settled parts stay: no node drops below what is invoiced or received on it, none of those is removed. */
void checkSettled(const QList<PlanNode> &current, const QList<NodeInput> &nodes)
{
    for (const PlanNode &node : current) {
        if (node.settled().minorUnits() == 0)
            continue;
        const auto kept = std::find_if(nodes.cbegin(), nodes.cend(), [&](const NodeInput &input) { return input.id == node.id; });
        if (kept == nodes.cend())
            throw ApiException::invalidField(u"nodes"_s, u"Node '%1' has %2 invoiced and %3 received: it cannot be removed"_s
                                                             .arg(node.name, node.invoiced.toDecimalString(),
                                                                  node.received.toDecimalString()));
        if (kept->node.planned < node.settled())
            throw ApiException::invalidField(u"nodes[%1].planned"_s.arg(kept - nodes.cbegin()),
                                             u"Node '%1' cannot be planned below the %2 already invoiced or received on it"_s
                                                 .arg(node.name, node.settled().toDecimalString()));
    }
}

Http::Response putPlan(RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract contract = loadVisible(context, context.idParameter());
    requireVersion(context.ifMatchVersion(), contract.version);
    if (!context.caller.hasAnyRole({Roles::ContractAdmin, Roles::Finance})
        && !Visibility::isAbove(context.db, context.caller, contract.ownerId))
        throw ApiException::forbidden(u"Settlement plans are adjusted by contract administration, finance or the owner's "
                                      u"supervisors"_s);
    requireOpen(contract);
    const QList<PlanNode> current = nodesOf(context.db, contract.id);
    JsonReader body = context.body();
    const QList<NodeInput> nodes = readNodes(contract, current, body);
    Money total = Money::zero(contract.currency);
    for (const NodeInput &input : nodes)
        total += input.node.planned;
    if (total != contract.amount) {
        const Money difference = contract.amount - total;
        throw ApiException::invalidField(u"nodes"_s, u"The nodes add up to %1 %2, the contract amount is %3 %2: %4 %2 %5"_s
                                                         .arg(total.toDecimalString(), contract.currency,
                                                              contract.amount.toDecimalString(),
                                                              Money(std::abs(difference.minorUnits()), contract.currency)
                                                                  .toDecimalString(),
                                                              difference.minorUnits() > 0 ? u"still to plan"_s : u"too much"_s))
            .withDetail(u"difference"_s, difference.toJson());
    }
    checkSettled(current, nodes);

    const Contract stored = auditedChange(context, contract.id, u"plan"_s, [&](const Contract &) {
        QSet<qint64> kept;
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const PlanNode &node = nodes.at(i).node;
            const Sql::Columns columns{{u"position"_s, i},
                                       {u"name"_s, node.name},
                                       {u"trigger"_s, node.trigger},
                                       {u"percent_bp"_s, node.percentBasisPoints},
                                       {u"due_offset_days"_s, node.dueOffsetDays},
                                       {u"planned_minor"_s, node.planned.minorUnits()},
                                       {u"planned_date"_s, node.plannedDate.isValid() ? QVariant(Wire::dateToWire(node.plannedDate))
                                                                                      : QVariant()}};
            if (nodes.at(i).id > 0) {
                kept.insert(nodes.at(i).id);
                Sql::set(context.db, u"plan_nodes"_s, nodes.at(i).id, columns);
            } else {
                Sql::insert(context.db, u"plan_nodes"_s, Sql::Columns{{u"contract_id"_s, contract.id}} + columns);
            }
        }
        Query remove(context.db, u"DELETE FROM plan_nodes WHERE id = :id"_s);
        for (const PlanNode &node : current)
            if (!kept.contains(node.id))
                remove.bind(u":id"_s, node.id).exec();
        updateColumns(context, contract.id, {});
    });
    snapshot(context, contract.id, u"plan"_s);
    transaction.commit();
    return planResponse(context, stored);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/contracts/{id}/plan"_s, getPlan);
    router.add("PUT", u"/api/v1/contracts/{id}/plan"_s, putPlan);
}

QHash<qint64, QList<PlanNode>> nodesWhere(const QSqlDatabase &db, const QString &condition,
                                          const std::function<void(Query &)> &bind, const QDate &receivedUntil)
{
    const QString received = receivedUntil.isValid()
        ? u"(SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_allocations a JOIN payments pm ON pm.id = a.payment_id "
          u"WHERE a.node_id = n.id AND pm.received_on <= :received_until)"_s
        : u"(SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_allocations a WHERE a.node_id = n.id)"_s;
    Query query(db, u"SELECT n.contract_id, n.id, n.name, n.trigger, n.percent_bp, n.due_offset_days, n.planned_minor, "
                    u"n.planned_date, CASE n.trigger WHEN 'signing' THEN c.signing_date ELSE (SELECT MIN(m.achieved_on) "
                    u"FROM milestones m WHERE m.contract_id = n.contract_id AND m.trigger = n.trigger "
                    u"AND m.status = 'approved') END, "
                    u"(SELECT COALESCE(SUM(a.amount_minor), 0) FROM invoice_allocations a WHERE a.node_id = n.id), "_s
                        + received + u", c.currency FROM plan_nodes n JOIN contracts c ON c.id = n.contract_id WHERE "_s
                        + condition + u" ORDER BY n.contract_id, n.position"_s);
    bind(query);
    if (receivedUntil.isValid())
        query.bind(u":received_until"_s, Wire::dateToWire(receivedUntil));
    query.exec();
    QHash<qint64, QList<PlanNode>> plans;
    while (query.next()) {
        const QString currency = query.value(11).toString();
        PlanNode node;
        node.id = query.value(1).toLongLong();
        node.name = query.value(2).toString();
        node.trigger = query.value(3).toString();
        node.percentBasisPoints = query.value(4).toInt();
        node.dueOffsetDays = query.value(5).toInt();
        node.planned = Money(query.value(6).toLongLong(), currency);
        node.plannedDate = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        node.achievedDate = QDate::fromString(query.value(8).toString(), Qt::ISODate);
        node.invoiced = Money(query.value(9).toLongLong(), currency);
        node.received = Money(query.value(10).toLongLong(), currency);
        plans[query.value(0).toLongLong()].append(node);
    }
    return plans;
}

QList<PlanNode> nodesOf(const QSqlDatabase &db, qint64 contractId)
{
    return nodesWhere(db, u"c.id = :contract"_s, [&](Query &query) { query.bind(u":contract"_s, contractId); }).value(contractId);
}

void summarise(Contract &contract, const QList<PlanNode> &nodes, const QDate &today)
{
    const Money zero = Money::zero(contract.currency);
    contract.invoiced = contract.received = contract.overdue = zero;
    const PlanNode *next = nullptr;
    for (const PlanNode &node : nodes) {
        contract.invoiced += node.invoiced;
        contract.received += node.received;
        if (isInForce(contract) && node.isOverdue(today))
            contract.overdue += node.outstanding();
        if (!(zero < node.outstanding()))
            continue;
        // The next due node: the earliest due date first; nodes whose date is not known yet come last.
        const QDate due = node.dueDate();
        if (!next || (due.isValid() && (!next->dueDate().isValid() || due < next->dueDate())))
            next = &node;
    }
    contract.outstanding = contract.amount - contract.received;
    contract.nextDueNodeName = next ? next->name : QString();
    contract.nextDueDate = next ? next->dueDate() : QDate();
    contract.nextDueAmount = next ? next->outstanding() : Money();
}

void refreshSettled(const QSqlDatabase &db, qint64 contractId)
{
    Query(db, u"UPDATE plan_nodes SET "
              u"invoiced_minor = (SELECT COALESCE(SUM(a.amount_minor), 0) FROM invoice_allocations a WHERE a.node_id = plan_nodes.id), "
              u"(received_minor, received_first_on, received_last_on) = (SELECT COALESCE(SUM(a.amount_minor), 0), "
              u"MIN(pm.received_on), MAX(pm.received_on) FROM payment_allocations a JOIN payments pm ON pm.id = a.payment_id "
              u"WHERE a.node_id = plan_nodes.id), "
              u"due_date = date(CASE trigger WHEN 'signing' THEN c.signing_date "
              u"ELSE COALESCE((SELECT MIN(m.achieved_on) FROM milestones m WHERE m.contract_id = plan_nodes.contract_id "
              u"AND m.trigger = plan_nodes.trigger AND m.status = 'approved'), planned_date) END, printf('%+d days', due_offset_days)), "
              u"currency = c.currency, customer_id = c.customer_id, owner_id = c.owner_id, contract_status = c.status, "
              u"signing_date = c.signing_date "
              u"FROM contracts c WHERE c.id = plan_nodes.contract_id AND plan_nodes.contract_id = :contract"_s)
        .bind(u":contract"_s, contractId)
        .exec();
    Query(db, u"UPDATE contracts SET "
              u"(invoiced_minor, received_minor, received_last_on) = (SELECT COALESCE(SUM(n.invoiced_minor), 0), "
              u"COALESCE(SUM(n.received_minor), 0), MAX(n.received_last_on) FROM plan_nodes n WHERE n.contract_id = contracts.id), "
              u"(open_minor, open_dated_minor, open_due_date, open_due_last) = (SELECT COALESCE(SUM(n.planned_minor - n.received_minor), 0), "
              u"COALESCE(SUM(CASE WHEN n.due_date IS NOT NULL THEN n.planned_minor - n.received_minor END), 0), MIN(n.due_date), "
              u"MAX(n.due_date) FROM plan_nodes n WHERE n.contract_id = contracts.id AND n.received_minor < n.planned_minor) "
              u"WHERE id = :contract"_s)
        .bind(u":contract"_s, contractId)
        .exec();
    // Only records whose copy is behind are written.
    for (const QString &table : {u"payments"_s, u"invoices"_s}) {
        const QString currency = table == u"payments"_s ? u"contract_currency"_s : u"currency"_s;
        Query(db, u"UPDATE %1 SET customer_id = c.customer_id, owner_id = c.owner_id, %2 = c.currency FROM contracts c "
                  u"WHERE c.id = %1.contract_id AND %1.contract_id = :contract "
                  u"AND (%1.customer_id, %1.owner_id, %1.%2) IS NOT (c.customer_id, c.owner_id, c.currency)"_s.arg(table, currency))
            .bind(u":contract"_s, contractId)
            .exec();
    }
}

void insertGenerated(const QSqlDatabase &db, qint64 contractId, const QList<PlanNode> &nodes)
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const PlanNode &node = nodes.at(i);
        Sql::insert(db, u"plan_nodes"_s,
                    {{u"contract_id"_s, contractId},
                     {u"position"_s, i},
                     {u"name"_s, node.name},
                     {u"trigger"_s, node.trigger},
                     {u"percent_bp"_s, node.percentBasisPoints},
                     {u"due_offset_days"_s, node.dueOffsetDays},
                     {u"planned_minor"_s, node.planned.minorUnits()},
                     {u"planned_date"_s, node.plannedDate.isValid() ? QVariant(Wire::dateToWire(node.plannedDate)) : QVariant()}});
    }
}

void respread(const QSqlDatabase &db, const Contract &contract, const Money &newAmount, const QString &field)
{
    const QList<PlanNode> nodes = nodesOf(db, contract.id);
    const std::optional<QList<Money>> amounts = SettlementPlan::respread(nodes, newAmount);
    if (!amounts) {
        Money settled = Money::zero(contract.currency);
        for (const PlanNode &node : nodes)
            settled += node.settled();
        throw ApiException::invalidField(field, u"%1 %2 is already invoiced or received: the amount cannot be less"_s
                                                    .arg(settled.toDecimalString(), contract.currency));
    }
    Query update(db, u"UPDATE plan_nodes SET planned_minor = :planned, percent_bp = :percent WHERE id = :id"_s);
    for (qsizetype i = 0; i < nodes.size(); ++i)
        update.bind(u":planned"_s, amounts->at(i).minorUnits())
            .bind(u":percent"_s, percentOf(amounts->at(i), newAmount))
            .bind(u":id"_s, nodes.at(i).id)
            .exec();
}

QJsonArray nodesJson(const Contract &contract, const QList<PlanNode> &nodes, const QDate &today)
{
    QJsonArray array;
    for (const PlanNode &node : nodes) {
        QJsonObject json = node.toJson(today);
        if (!isInForce(contract))
            json.insert(u"overdue"_s, false);
        array.append(json);
    }
    return array;
}

} // namespace Tradewind::Contracts::Plan
