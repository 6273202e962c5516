#pragma once

#include <QString>

#include <optional>

namespace Tradewind {

/**
 * Asks for a password on the terminal without showing what is typed: prompt on stderr, one line from stdin with the
 * terminal's echo off (restored afterwards). std::nullopt when stdin is not a terminal or is closed, so that a
 * password is never read from a pipe by accident.
 */
std::optional<QString> readPasswordFromTerminal(const QString &prompt);

} // namespace Tradewind
