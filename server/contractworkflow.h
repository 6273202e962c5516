#pragma once

#include "approvals.h"
#include "router.h"

namespace Tradewind::Contracts::Workflow {

/**
 * The two requests of a contract that need an approver's word:
 * - milestones (/contracts/{id}/milestones): a keeper reports a trigger achieved on a day with evidence; the owner's
 *   supervisor (or an executive, or contract administration) approves it, and the nodes with that trigger fall due
 *   from that day;
 * - changes (/contracts/{id}/changes): a keeper asks for a new amount, items or terms with a reason; the owner's
 *   supervisor (or an executive) approves it, and an amount change re-spreads the unsettled part of the plan.
 * Each has GET (list and one), POST (submit) and POST /{rid}/approve and /{rid}/reject (with a comment). The
 * approver is told of a submission, the requester of the decision; nobody decides their own request.
 */
void registerRoutes(Router &router);

/**
 * The milestones and the changes waiting for the caller's decision, as sources of the approvals inbox (kinds
 * "milestone" and "contract_change"): submitted by someone else, on a contract the caller reaches and decides.
 */
QList<Approvals::Source> approvalSources(const RequestContext &context);

/** Submits a request of the kind ("milestones" or "changes") like a POST, inside the caller's transaction. */
QJsonObject submit(RequestContext &context, const QString &kind, qint64 contractId, const QJsonObject &document);
/** Approves or rejects a request like POST .../approve or /reject, inside the caller's transaction. */
QJsonObject decide(RequestContext &context, const QString &kind, qint64 contractId, qint64 requestId, bool approve,
                   const QString &comment);

} // namespace Tradewind::Contracts::Workflow
