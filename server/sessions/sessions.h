#pragma once

#include "router.h"

namespace Tradewind {
class Query;
}

namespace Tradewind::Sessions {

class LoginThrottle;

/** Idle and absolute lifetimes of a session. */
constexpr qint64 IdleTimeoutSeconds = 30 * 60;
constexpr qint64 AbsoluteTimeoutSeconds = 12 * 60 * 60;

/** POST/GET/DELETE /session; logins go through the throttle, which must outlive the router. */
void registerRoutes(Router &router, LoginThrottle &throttle);

/** Resolves the Authorization bearer token into the caller; throws 401 when missing, unknown or expired. */
Caller authenticate(const RequestContext &context);

/**
 * A password field of a body, as typed (passwords are not trimmed): fails the reader naming the field when it is
 * missing, empty, not a string or longer than Passwords::MaximumLength.
 */
QString passwordField(JsonReader &body, const QString &field);

/** 429 login_throttled: the address must wait this many seconds before its next guess. */
ApiException throttled(qint64 secondsLeft);

/** SQL over sessions "s": true while the session is alive (authenticate() ends it otherwise). */
QString liveCondition();
/** Binds liveCondition()'s placeholders for the moment now. */
void bindLive(Query &query, const QDateTime &now);

} // namespace Tradewind::Sessions
