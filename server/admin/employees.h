#pragma once

#include "employee.h"
#include "router.h"

namespace Tradewind::Sessions {
class LoginThrottle;
}

namespace Tradewind::Admin {

/**
 * Employees as system administrators keep them: POST /employees (with a one-time password), PATCH /employees/{id}
 * (name, login, e-mail, phone, department, supervisor, roles), POST /employees/{id}/deactivate with a successor who
 * receives the open work, /activate, /reset-password and /unlock (the login throttle, which must outlive the router).
 * Every change is audited; the supervisor chain changes visibility on the next request (employee_tree).
 */
void registerEmployeeRoutes(Router &router, Sessions::LoginThrottle &throttle);

/**
 * Checks and stores a new employee with this password hash (of a one-time password, which must be changed at the first
 * login, when oneTime): 400 naming the field of what it refers to, 409 login_taken. Audited; inside the caller's
 * transaction.
 */
Employee createEmployee(RequestContext &context, const Employee &employee, const QString &passwordHash, bool oneTime);

/** 400 naming "login" unless login is made of the characters logins may hold. */
void requireValidLogin(const QString &login);

/** True when some active employee holds the system administrator role. */
bool hasActiveAdministrator(const QSqlDatabase &db);

} // namespace Tradewind::Admin
