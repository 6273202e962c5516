#pragma once

#include <QDateTime>

#include <functional>

namespace Tradewind {

/** The server's notion of "now" in UTC; tests inject their own to move time forward. */
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace Tradewind
