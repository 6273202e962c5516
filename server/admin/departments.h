#pragma once

#include "employee.h"
#include "router.h"

namespace Tradewind::Admin {

/**
 * The departments as a tree: GET /departments for everyone; POST, PATCH (rename, move under another department;
 * 409 department_cycle under itself or its own sub-department), POST /departments/{id}/deactivate (409
 * department_not_empty while active employees or sub-departments are in it) and /activate by system administrators.
 * Every change is audited.
 */
void registerDepartmentRoutes(Router &router);

/** One department; throws 404 when there is none. */
Department department(const QSqlDatabase &db, qint64 departmentId);

/** 400 naming field unless departmentId names an active department. */
void requireActiveDepartment(const QSqlDatabase &db, qint64 departmentId, const QString &field);

/** Stores a new department under parentId (0: at the top), audited; inside the caller's transaction. */
Department createDepartment(RequestContext &context, const QString &name, qint64 parentId);

} // namespace Tradewind::Admin
