#include "settlement.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace Tradewind {

QStringList SettlementTrigger::all()
{
    return {Signing, Shipment, Arrival, Installation, FinalAcceptance, WarrantyEnd, FixedDate};
}

QJsonObject SettlementRuleNode::toJson() const
{
    return {{u"name"_s, name},
            {u"trigger"_s, trigger},
            {u"percent_bp"_s, percentBasisPoints},
            {u"due_offset_days"_s, dueOffsetDays},
            {u"fixed_date"_s, fixedDate.isValid() ? QJsonValue(Wire::dateToWire(fixedDate)) : QJsonValue()}};
}

SettlementRuleNode SettlementRuleNode::fromJson(const QJsonObject &json)
{
    SettlementRuleNode node;
    node.name = json.value(u"name"_s).toString();
    node.trigger = json.value(u"trigger"_s).toString();
    node.percentBasisPoints = json.value(u"percent_bp"_s).toInt();
    node.dueOffsetDays = json.value(u"due_offset_days"_s).toInt();
    node.fixedDate = QDate::fromString(json.value(u"fixed_date"_s).toString(), Qt::ISODate);
    return node;
}

QList<SettlementRule> SettlementRule::defaults()
{
    using namespace SettlementTrigger;
    return {{TypeSystemProject,
             {{u"Advance payment"_s, Signing, 3000, 15, {}},
              {u"Payment on shipment"_s, Shipment, 6000, 30, {}},
              {u"Final acceptance payment"_s, FinalAcceptance, 1000, 30, {}}}},
            {TypeSpareParts, {{u"Payment before shipment"_s, Shipment, 10000, 0, {}}}}};
}

QJsonObject SettlementRule::toJson() const
{
    QJsonArray nodeArray;
    for (const SettlementRuleNode &node : nodes)
        nodeArray.append(node.toJson());
    return {{u"contract_type"_s, contractType}, {u"nodes"_s, nodeArray}};
}

SettlementRule SettlementRule::fromJson(const QJsonObject &json)
{
    SettlementRule rule;
    rule.contractType = json.value(u"contract_type"_s).toString();
    for (const QJsonValue &node : json.value(u"nodes"_s).toArray())
        rule.nodes.append(SettlementRuleNode::fromJson(node.toObject()));
    return rule;
}

std::optional<SettlementRule> SettlementRule::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    SettlementRule rule;
    rule.contractType = reader.choice(u"contract_type"_s, P::Required, contractTypes()).value_or(QString());
    const QJsonArray nodeArray = reader.array(u"nodes"_s, P::Required, 20).value_or(QJsonArray());
    if (reader.ok() && nodeArray.isEmpty())
        reader.fail(u"nodes"_s, u"A settlement rule needs at least one node"_s);
    int percentSum = 0;
    for (int i = 0; reader.ok() && i < nodeArray.size(); ++i) {
        JsonReader nodeReader(nodeArray.at(i).toObject());
        nodeReader.rejectUnknownFields({u"name"_s, u"trigger"_s, u"percent_bp"_s, u"due_offset_days"_s, u"fixed_date"_s});
        SettlementRuleNode node;
        node.name = nodeReader.string(u"name"_s, P::Required, 100).value_or(QString());
        node.trigger = nodeReader.choice(u"trigger"_s, P::Required, SettlementTrigger::all()).value_or(QString());
        node.percentBasisPoints = int(nodeReader.integer(u"percent_bp"_s, P::Required, 1, BasisPointsPerWhole).value_or(0));
        node.dueOffsetDays = int(nodeReader.integer(u"due_offset_days"_s, P::Optional, -365, 3650).value_or(0));
        node.fixedDate = nodeReader.date(u"fixed_date"_s, P::Optional).value_or(QDate());
        if (nodeReader.ok() && (node.trigger == SettlementTrigger::FixedDate) != node.fixedDate.isValid())
            nodeReader.fail(u"fixed_date"_s, u"A fixed date is given exactly for the fixed_date trigger"_s);
        if (!nodeArray.at(i).isObject())
            nodeReader.fail(QString(), u"must be an object"_s);
        if (!nodeReader.ok()) {
            const FieldError &error = *nodeReader.error();
            reader.fail(u"nodes[%1]"_s.arg(i) + (error.field.isEmpty() ? QString() : u'.' + error.field),
                        u"Node %1: %2"_s.arg(i + 1).arg(error.message));
        }
        percentSum += node.percentBasisPoints;
        rule.nodes.append(node);
    }
    if (reader.ok() && percentSum != BasisPointsPerWhole)
        reader.fail(u"nodes"_s, u"The percentages add up to %1.%2 %, not 100 %"_s.arg(percentSum / 100).arg(
                                    QString::number(percentSum % 100).rightJustified(2, u'0')));
    if (!reader.ok())
        return std::nullopt;
    return rule;
}

// ---------------------------------------------------------------------------------------------------------

QDate PlanNode::dueDate() const
{
    const QDate start = achievedDate.isValid() ? achievedDate : plannedDate;
    return start.isValid() ? start.addDays(dueOffsetDays) : QDate();
}

bool PlanNode::isOverdue(const QDate &today) const
{
    const QDate due = dueDate();
    return due.isValid() && due < today && received < planned;
}

QJsonObject PlanNode::toJson(const QDate &today) const
{
    const auto date = [](const QDate &value) { return value.isValid() ? QJsonValue(Wire::dateToWire(value)) : QJsonValue(); };
    return {{u"id"_s, id},
            {u"name"_s, name},
            {u"trigger"_s, trigger},
            {u"percent_bp"_s, percentBasisPoints},
            {u"due_offset_days"_s, dueOffsetDays},
            {u"planned"_s, planned.toJson()},
            {u"planned_date"_s, date(plannedDate)},
            {u"achieved_date"_s, date(achievedDate)},
            {u"due_date"_s, date(dueDate())},
            {u"invoiced"_s, invoiced.toJson()},
            {u"received"_s, received.toJson()},
            {u"outstanding"_s, outstanding().toJson()},
            {u"overdue"_s, isOverdue(today)}};
}

PlanNode PlanNode::fromJson(const QJsonObject &json)
{
    const auto money = [&](const char *field) {
        return Money::fromJson(json.value(QLatin1String(field))).value_or(Money());
    };
    const auto date = [&](const char *field) {
        return QDate::fromString(json.value(QLatin1String(field)).toString(), Qt::ISODate);
    };
    PlanNode node;
    node.id = json.value(u"id"_s).toInteger();
    node.name = json.value(u"name"_s).toString();
    node.trigger = json.value(u"trigger"_s).toString();
    node.percentBasisPoints = json.value(u"percent_bp"_s).toInt();
    node.dueOffsetDays = json.value(u"due_offset_days"_s).toInt();
    node.planned = money("planned");
    node.plannedDate = date("planned_date");
    node.achievedDate = date("achieved_date");
    node.invoiced = money("invoiced");
    node.received = money("received");
    return node;
}

namespace SettlementPlan {

QList<PlanNode> generate(const SettlementRule &rule, const Money &amount, const QDate &signingDate)
{
    QList<qint64> weights;
    for (const SettlementRuleNode &node : rule.nodes)
        weights.append(node.percentBasisPoints);
    const QList<Money> amounts = amount.allocate(weights);
    QList<PlanNode> plan;
    for (qsizetype i = 0; i < rule.nodes.size(); ++i) {
        const SettlementRuleNode &ruleNode = rule.nodes.at(i);
        PlanNode node;
        node.name = ruleNode.name;
        node.trigger = ruleNode.trigger;
        node.percentBasisPoints = ruleNode.percentBasisPoints;
        node.dueOffsetDays = ruleNode.dueOffsetDays;
        node.planned = amounts.at(i);
        node.invoiced = node.received = Money::zero(amount.currency());
        if (ruleNode.trigger == SettlementTrigger::Signing)
            node.achievedDate = signingDate;
        else if (ruleNode.trigger == SettlementTrigger::FixedDate)
            node.plannedDate = ruleNode.fixedDate;
        plan.append(node);
    }
    return plan;
}

std::optional<QList<Money>> respread(const QList<PlanNode> &nodes, const Money &newAmount)
{
    const QString currency = newAmount.currency();
    Money settled = Money::zero(currency);
    QList<qint64> openWeights;
    QList<qint64> percentWeights;
    for (const PlanNode &node : nodes) {
        settled += node.settled();
        openWeights.append(std::max<qint64>(0, (node.planned - node.settled()).minorUnits()));
        percentWeights.append(node.percentBasisPoints);
    }
    const Money toSpread = newAmount - settled;
    if (toSpread < Money::zero(currency))
        return std::nullopt;
    const auto sum = [](const QList<qint64> &weights) { return std::accumulate(weights.begin(), weights.end(), qint64(0)); };
    // When everything planned is settled already, an increase goes by the rule's percentages.
    const QList<qint64> &weights = sum(openWeights) > 0 ? openWeights : percentWeights;
    if (sum(weights) == 0)
        return std::nullopt;

    // Money::allocate puts the remainder on the last part, so allocate over the open nodes only: the last open
    // node, not a fully settled one, takes the rounding remainder.
    QList<qint64> openOnly;
    for (qint64 weight : weights) {
        if (weight > 0)
            openOnly.append(weight);
    }
    const QList<Money> shares = toSpread.allocate(openOnly);
    QList<Money> result;
    qsizetype next = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        result.append(nodes.at(i).settled() + (weights.at(i) > 0 ? shares.at(next++) : Money::zero(currency)));
    return result;
}

Money total(const QList<PlanNode> &nodes, const QString &currency)
{
    Money sum = Money::zero(currency);
    for (const PlanNode &node : nodes)
        sum += node.planned;
    return sum;
}

AgeingBucket ageingBucket(const QDate &dueDate, const QDate &today)
{
    const qint64 overdueDays = dueDate.daysTo(today);
    if (overdueDays <= 0)
        return AgeingBucket::NotDue;
    if (overdueDays <= 30)
        return AgeingBucket::Days1To30;
    if (overdueDays <= 60)
        return AgeingBucket::Days31To60;
    if (overdueDays <= 90)
        return AgeingBucket::Days61To90;
    return AgeingBucket::Over90;
}

} // namespace SettlementPlan

} // namespace Tradewind
