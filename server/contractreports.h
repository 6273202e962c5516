#pragma once

#include "router.h"

namespace Tradewind::Contracts::Reports {

/**
 * The contract reports, each over the contracts the caller may see only (a hidden contract never counts), with
 * money in the contracts' own currencies and totals per currency; every row carries the ids to drill down:
 * - /reports/contract-register?from&to&status&group_by: contracts signed in the period with amount, invoiced,
 *   received, outstanding and overdue (as of today), each contract or grouped;
 * - /reports/payments-received?from&to&group_by and /reports/invoicing?from&to&group_by: payments received and
 *   invoices issued in the period, grouped, with the records as details;
 * - /reports/ar-ageing?as_of&group_by: what is planned and not received by as_of (default: today by the server's
 *   clock) on draft, active and completed contracts signed by then, by how long it is overdue (PlanNode::dueDate).
 * group_by is customer, salesperson, department or (except for the ageing) month.
 */
void registerRoutes(Router &router);

} // namespace Tradewind::Contracts::Reports
