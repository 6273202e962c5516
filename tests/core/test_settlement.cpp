#include "catchqt.h"

#include <catch2/catch.hpp>

#include "settlement.h"

using namespace Qt::StringLiterals;
using namespace Tradewind;

namespace {

Money cny(qint64 minor)
{
    return Money(minor, u"CNY"_s);
}

SettlementRule defaultRule(const QString &contractType)
{
    for (const SettlementRule &rule : SettlementRule::defaults()) {
        if (rule.contractType == contractType)
            return rule;
    }
    FAIL("no default rule for " << contractType.toStdString());
    return {};
}

QList<qint64> plannedMinor(const QList<PlanNode> &plan)
{
    QList<qint64> result;
    for (const PlanNode &node : plan)
        result.append(node.planned.minorUnits());
    return result;
}

PlanNode node(qint64 planned, qint64 invoiced, qint64 received, int percent)
{
    PlanNode result;
    result.planned = cny(planned);
    result.invoiced = cny(invoiced);
    result.received = cny(received);
    result.percentBasisPoints = percent;
    return result;
}

std::optional<FieldError> ruleError(const QJsonObject &document)
{
    JsonReader reader(document);
    const auto rule = SettlementRule::fromInput(reader);
    REQUIRE(rule.has_value() == reader.ok());
    return reader.error();
}

} // namespace

TEST_CASE("The system project rule splits 30/60/10 exactly, the remainder on the last node")
{
    const QDate signing(2026, 11, 2);
    const QList<PlanNode> plan = SettlementPlan::generate(defaultRule(SettlementRule::TypeSystemProject),
                                                          cny(100'000'001), signing);
    REQUIRE(plan.size() == 3);
    CHECK(plannedMinor(plan) == QList<qint64>{30'000'000, 60'000'001, 10'000'000});
    CHECK(SettlementPlan::total(plan, u"CNY"_s) == cny(100'000'001));
    CHECK(plan.at(0).trigger == SettlementTrigger::Signing);
    CHECK(plan.at(0).dueDate() == QDate(2026, 11, 17));
    CHECK_FALSE(plan.at(1).dueDate().isValid()); // shipment not planned yet
    CHECK(plan.at(2).trigger == SettlementTrigger::FinalAcceptance);

    for (qint64 amount : {1, 2, 7, 99, 101, 333'333}) {
        const auto odd = SettlementPlan::generate(defaultRule(SettlementRule::TypeSystemProject), cny(amount), signing);
        CHECK(SettlementPlan::total(odd, u"CNY"_s) == cny(amount));
    }
}

TEST_CASE("The spare parts rule is one node of 100 % due at shipment")
{
    const auto plan = SettlementPlan::generate(defaultRule(SettlementRule::TypeSpareParts), cny(12'345), {2026, 1, 5});
    REQUIRE(plan.size() == 1);
    CHECK(plan.first().planned == cny(12'345));
    CHECK(plan.first().trigger == SettlementTrigger::Shipment);
}

TEST_CASE("A node's due date follows its trigger's achieved date, else its planned date")
{
    PlanNode shipment = node(600, 0, 0, 6000);
    shipment.dueOffsetDays = 30;
    CHECK_FALSE(shipment.dueDate().isValid());
    shipment.plannedDate = QDate(2027, 2, 1);
    CHECK(shipment.dueDate() == QDate(2027, 3, 3));
    shipment.achievedDate = QDate(2027, 2, 10);
    CHECK(shipment.dueDate() == QDate(2027, 3, 12));

    CHECK_FALSE(shipment.isOverdue(QDate(2027, 3, 12)));
    CHECK(shipment.isOverdue(QDate(2027, 3, 13)));
    shipment.received = cny(600);
    CHECK_FALSE(shipment.isOverdue(QDate(2027, 3, 13)));

    shipment.id = 42;
    shipment.received = cny(250);
    const QJsonObject json = shipment.toJson(QDate(2027, 4, 1));
    CHECK(json.value(u"due_date"_s).toString() == u"2027-03-12"_s);
    CHECK(json.value(u"outstanding"_s).toObject().value(u"minor"_s).toInteger() == 350);
    CHECK(json.value(u"overdue"_s).toBool());
    CHECK(PlanNode::fromJson(json).toJson(QDate(2027, 4, 1)) == json);
}

TEST_CASE("An amount change re-spreads only the unsettled part, over the open nodes by their weights")
{
    // Advance fully received; shipment node invoiced 200 of 600; acceptance untouched.
    const QList<PlanNode> plan{node(300, 300, 300, 3000), node(600, 200, 0, 6000), node(100, 0, 0, 1000)};

    const auto increased = SettlementPlan::respread(plan, cny(1200));
    REQUIRE(increased.has_value());
    CHECK(*increased == QList<Money>{cny(300), cny(200 + 560), cny(140)});

    const auto decreased = SettlementPlan::respread(plan, cny(700));
    REQUIRE(decreased.has_value());
    CHECK(*decreased == QList<Money>{cny(300), cny(200 + 160), cny(40)});

    CHECK(SettlementPlan::respread(plan, cny(499)) == std::nullopt); // below what is settled
    CHECK(SettlementPlan::respread(plan, cny(500)) == QList<Money>{cny(300), cny(200), cny(0)});

    const QList<PlanNode> settled{node(300, 300, 300, 3000), node(700, 700, 650, 7000)};
    CHECK(SettlementPlan::respread(settled, cny(1100)) == QList<Money>{cny(330), cny(770)});
}

TEST_CASE("Receivables age into not due, 1-30, 31-60, 61-90 and over 90 days")
{
    using SettlementPlan::AgeingBucket;
    const QDate due(2026, 6, 30);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(-5)) == AgeingBucket::NotDue);
    CHECK(SettlementPlan::ageingBucket(due, due) == AgeingBucket::NotDue);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(1)) == AgeingBucket::Days1To30);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(30)) == AgeingBucket::Days1To30);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(31)) == AgeingBucket::Days31To60);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(60)) == AgeingBucket::Days31To60);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(61)) == AgeingBucket::Days61To90);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(90)) == AgeingBucket::Days61To90);
    CHECK(SettlementPlan::ageingBucket(due, due.addDays(91)) == AgeingBucket::Over90);
}

TEST_CASE("Settlement rules must add up to 100 % and name known triggers")
{
    const QJsonObject valid = defaultRule(SettlementRule::TypeSystemProject).toJson();
    CHECK_FALSE(ruleError(valid).has_value());
    CHECK(SettlementRule::fromJson(valid).toJson() == valid);

    QJsonObject short99 = valid;
    QJsonArray nodes = valid.value(u"nodes"_s).toArray();
    QJsonObject last = nodes.last().toObject();
    last.insert(u"percent_bp"_s, 999);
    nodes.replace(nodes.size() - 1, last);
    short99.insert(u"nodes"_s, nodes);
    const auto sumError = ruleError(short99);
    REQUIRE(sumError.has_value());
    CHECK(sumError->field == u"nodes"_s);
    CHECK(sumError->message.contains(u"99.99 %"_s));

    last.insert(u"percent_bp"_s, 1000);
    last.insert(u"trigger"_s, u"payday"_s);
    nodes.replace(nodes.size() - 1, last);
    QJsonObject badTrigger = valid;
    badTrigger.insert(u"nodes"_s, nodes);
    CHECK(ruleError(badTrigger)->field == u"nodes[2].trigger"_s);

    last.insert(u"trigger"_s, SettlementTrigger::FixedDate);
    nodes.replace(nodes.size() - 1, last);
    QJsonObject noDate = valid;
    noDate.insert(u"nodes"_s, nodes);
    CHECK(ruleError(noDate)->field == u"nodes[2].fixed_date"_s);

    QJsonObject empty = valid;
    empty.insert(u"nodes"_s, QJsonArray());
    CHECK(ruleError(empty)->field == u"nodes"_s);
}
