#pragma once

#include "employee.h"
#include "router.h"

namespace Tradewind::Org {

/** GET /employees (q, department_id, role, active, subtree), GET /employees/{id}, GET /org/tree. */
void registerRoutes(Router &router);

/** One employee as the API shows it; throws 404 when there is none. */
Employee employee(const QSqlDatabase &db, qint64 employeeId);

/** The version of an employee's row (its ETag). */
qint64 employeeVersion(const QSqlDatabase &db, qint64 employeeId);

/** The nearest active employee above, skipping anyone deactivated; 0 at the top. */
qint64 supervisorOf(const QSqlDatabase &db, qint64 employeeId);

/** Adds a new employee to the supervisor closure table (supervisorId 0 for the top). */
void addToTree(const QSqlDatabase &db, qint64 employeeId, qint64 supervisorId);

/**
 * Moves an employee, with everyone below them, under a new supervisor (0: to the top).
 * Throws 409 when the new supervisor is the employee or one of their own subordinates.
 */
void changeSupervisor(const QSqlDatabase &db, qint64 employeeId, qint64 newSupervisorId);

} // namespace Tradewind::Org
