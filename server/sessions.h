#pragma once

#include "router.h"

namespace Tradewind::Sessions {

/** Idle and absolute lifetimes of a session, and the lockout rule. */
constexpr qint64 IdleTimeoutSeconds = 30 * 60;
constexpr qint64 AbsoluteTimeoutSeconds = 12 * 60 * 60;
constexpr int FailuresBeforeLockout = 10;
constexpr qint64 LockoutSeconds = 15 * 60;

/** POST/GET/DELETE /session. */
void registerRoutes(Router &router);

/** Resolves the Authorization bearer token into the caller; throws 401 when missing, unknown or expired. */
Caller authenticate(const RequestContext &context);

} // namespace Tradewind::Sessions
