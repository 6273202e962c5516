#pragma once

#include "router.h"

namespace Tradewind::Sessions {

class LoginThrottle;

/** Idle and absolute lifetimes of a session. */
constexpr qint64 IdleTimeoutSeconds = 30 * 60;
constexpr qint64 AbsoluteTimeoutSeconds = 12 * 60 * 60;

/** POST/GET/DELETE /session; logins go through the throttle, which must outlive the router. */
void registerRoutes(Router &router, LoginThrottle &throttle);

/** Resolves the Authorization bearer token into the caller; throws 401 when missing, unknown or expired. */
Caller authenticate(const RequestContext &context);

} // namespace Tradewind::Sessions
