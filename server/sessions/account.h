#pragma once

#include "router.h"

namespace Tradewind::Sessions {

class LoginThrottle;

/**
 * The caller's own account, for anyone logged in: PUT /account/password (the current password is checked like a
 * login's, through the throttle), GET /account/sessions, DELETE /account/sessions/{id} and
 * POST /account/sessions/end-others.
 */
void registerAccountRoutes(Router &router, LoginThrottle &throttle);

} // namespace Tradewind::Sessions
