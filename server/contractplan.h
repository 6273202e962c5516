#pragma once

#include "contract.h"
#include "router.h"

#include <QHash>

#include <functional>

namespace Tradewind {
class Query;
}

namespace Tradewind::Contracts::Plan {

/** GET and PUT /contracts/{id}/plan. */
void registerRoutes(Router &router);

/**
 * The settlement plans of the contracts matching condition (SQL over the contract "c", placeholders bound by
 * bind), each in position order, with the achieved dates of their triggers (the signing date, or the approved
 * milestone's day), what is invoiced and what is received (by payments received on or before receivedUntil
 * when it is valid).
 */
QHash<qint64, QList<PlanNode>> nodesWhere(const QSqlDatabase &db, const QString &condition,
                                          const std::function<void(Query &)> &bind, const QDate &receivedUntil = {});
/** The settlement plan of one contract. */
QList<PlanNode> nodesOf(const QSqlDatabase &db, qint64 contractId);

/** Sets the contract's invoiced, received, outstanding and overdue amounts and its next due node from its plan. */
void summarise(Contract &contract, const QList<PlanNode> &nodes, const QDate &today);

/**
 * Recomputes what the reports read instead of the allocations, for one contract: each node's invoiced and received
 * sums, the days of its first and last payment, and its due date; the contract's invoiced, received and open sums, the
 * earliest and latest due dates of its open nodes and the day of its last payment; and the copies of the contract's
 * customer, owner, currency, status and signing date on its nodes (and of the first three on its invoices and
 * payments). Called inside the transaction of every write that moves them (creation, and every audited change: plans,
 * invoices, payments, milestones, changes, edits); a write that changes a contract's owner or customer must call it too.
 */
void refreshSettled(const QSqlDatabase &db, qint64 contractId);

/** Stores the plan a rule generated for a new contract. */
void insertGenerated(const QSqlDatabase &db, qint64 contractId, const QList<PlanNode> &nodes);

/**
 * Spreads a new contract amount over the plan (SettlementPlan::respread): what is invoiced or received stays,
 * the rest follows the open parts. 400 on field when the amount is below what is already settled.
 */
void respread(const QSqlDatabase &db, const Contract &contract, const Money &newAmount, const QString &field);

/** The plan nodes as JSON, for responses, audits and versions; a node of a contract not in force is never overdue. */
QJsonArray nodesJson(const Contract &contract, const QList<PlanNode> &nodes, const QDate &today);

} // namespace Tradewind::Contracts::Plan
