#pragma once

#include "router.h"

namespace Tradewind::Admin {

/**
 * GET /audit for system administrators: the audit records, newest first, by who made the change (employee_id), the
 * record (entity, with row_id for one record) and the days they were made (from, to; UTC), a page at a time.
 */
void registerAuditRoutes(Router &router);

} // namespace Tradewind::Admin
