#pragma once

#include "router.h"
#include "statement.h"

namespace Tradewind::Contracts::Reports {

/**
 * The contract reports, each over the contracts the caller may see only (a hidden contract never counts), with
 * money in the contracts' own currencies. Every report answers in two parts, both computed in SQL and both paged,
 * so that no answer grows with the data set:
 * - GET /reports/<name>?filters&group_by&limit&offset: the groups (key, label, currency, count and the sums), a page
 *   of them, with "total" groups and "totals" per currency over all of them;
 * - GET /reports/<name>/rows?filters&group_by&group_key&currency&limit&offset: the records behind the figures, a page
 *   of them with their "total" (the contracts, or the payments or invoices), narrowed to one group's figures by
 *   group_key (and currency) — the drill-down.
 * The reports:
 * - contract-register?from&to&status: contracts signed in the period with amount, invoiced, received, and (only for
 *   contracts in force, active or completed) outstanding and overdue as of today;
 * - payments-received?from&to and invoicing?from&to: payments received and invoices issued in the period;
 * - ar-ageing?as_of: what is planned and not received by as_of (default: today by the server's clock) on contracts
 *   in force signed by then, by how long it is overdue (the node's due date); drafts and terminated contracts are
 *   not receivables.
 * group_by is customer, salesperson, department or (except for the ageing) month; the register also lists every
 * contract ungrouped (no group_by).
 */
void registerRoutes(Router &router);

/**
 * The statements GET /api/v1/reports/<name> (or with rows, /rows) runs for the request in context, in order; for the
 * benchmark, which runs them directly next to the same request over HTTP. Throws ApiException like the request.
 */
QList<Statement> statementsFor(const RequestContext &context, const QString &name, bool rows);

} // namespace Tradewind::Contracts::Reports
