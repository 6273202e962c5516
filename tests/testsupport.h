#pragma once

#include <functional>

namespace Tradewind {
class ApiReply;
}

namespace TestSupport {

/** Runs the event loop until condition() holds or timeoutMs passes; returns whether it held. */
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 30000);

/** Runs the event loop until the reply has finished; false on timeout. */
bool waitFor(Tradewind::ApiReply *reply, int timeoutMs = 30000);

} // namespace TestSupport
