#pragma once

#include "wire.h"

namespace Tradewind {

/** What starts the clock of a settlement node's due date (结算节点的触发条件). */
namespace SettlementTrigger {
inline const QString Signing = QStringLiteral("signing");
inline const QString Shipment = QStringLiteral("shipment");
inline const QString Arrival = QStringLiteral("arrival");
inline const QString Installation = QStringLiteral("installation");
inline const QString FinalAcceptance = QStringLiteral("final_acceptance");
inline const QString WarrantyEnd = QStringLiteral("warranty_end");
inline const QString FixedDate = QStringLiteral("fixed_date");
/** In the order they happen in a project. */
QStringList all();
} // namespace SettlementTrigger

/** One node of a settlement rule template: "30 % advance, due 15 days after signing". */
struct SettlementRuleNode
{
    QString name;
    QString trigger;
    int percentBasisPoints = 0; ///< 3000 = 30.00 %
    int dueOffsetDays = 0;
    QDate fixedDate; ///< only for the fixed_date trigger

    QJsonObject toJson() const;
    static SettlementRuleNode fromJson(const QJsonObject &json);
};

/** The company's settlement rule for one contract type; the percentages add up to exactly 100 %. */
struct SettlementRule
{
    inline static const QString TypeSystemProject = QStringLiteral("system_project");
    inline static const QString TypeSpareParts = QStringLiteral("spare_parts");
    static QStringList contractTypes() { return {TypeSystemProject, TypeSpareParts}; }

    QString contractType;
    QList<SettlementRuleNode> nodes;

    /** The shipped defaults: system project 30/60/10, spare parts 100 % before shipment. */
    static QList<SettlementRule> defaults();

    QJsonObject toJson() const;
    static SettlementRule fromJson(const QJsonObject &json);
    /** Validates a rule: a known type, 1..20 nodes, each named with a known trigger, percentages summing to 100 %. */
    static std::optional<SettlementRule> fromInput(JsonReader &reader);
};

/** A settlement plan node of one contract, with what has happened against it. */
struct PlanNode
{
    qint64 id = 0;
    QString name;
    QString trigger;
    int percentBasisPoints = 0;
    int dueOffsetDays = 0;
    Money planned;
    /** When the trigger is expected (adjustable); the due date while the trigger has not happened. */
    QDate plannedDate;
    /** When the trigger actually happened (milestone approved, or the signing date). */
    QDate achievedDate;
    Money invoiced;
    Money received;

    /** achievedDate + offset once the trigger happened, else plannedDate + offset; invalid when neither is known. */
    QDate dueDate() const;
    Money outstanding() const { return planned - received; }
    /** The part already committed by an invoice or a payment, which a re-spread must not touch. */
    Money settled() const { return std::max(invoiced, received); }
    /** Due before today and not fully received. */
    bool isOverdue(const QDate &today) const;

    /** {id, name, trigger, percent_bp, due_offset_days, planned, planned_date, achieved_date, due_date, invoiced,
     *  received, outstanding, overdue}; the last four are derived. */
    QJsonObject toJson(const QDate &today) const;
    static PlanNode fromJson(const QJsonObject &json);
};

namespace SettlementPlan {

/**
 * The plan a rule gives a contract of this amount signed on signingDate: amounts split by the percentages with the
 * rounding remainder on the last node (the sum is exact), the signing node achieved at signing, fixed dates as given.
 */
QList<PlanNode> generate(const SettlementRule &rule, const Money &amount, const QDate &signingDate);

/**
 * New planned amounts for a contract amount change: every node keeps what is already invoiced or received, and
 * the rest of the new amount is spread over the nodes' open parts in proportion to them (to their percentages
 * when nothing is open), with the remainder on the last open node. std::nullopt when the new amount is below what
 * is already settled.
 */
std::optional<QList<Money>> respread(const QList<PlanNode> &nodes, const Money &newAmount);

/** The sum of the planned amounts. */
Money total(const QList<PlanNode> &nodes, const QString &currency);

/** Accounts-receivable ageing (账龄): not due, 1–30, 31–60, 61–90 and over 90 days overdue. */
enum class AgeingBucket { NotDue, Days1To30, Days31To60, Days61To90, Over90 };
AgeingBucket ageingBucket(const QDate &dueDate, const QDate &today);

} // namespace SettlementPlan

} // namespace Tradewind
