#pragma once

#include <QByteArray>
#include <QString>

namespace Tradewind::Passwords {

/** Argon2id (t=2, m=19 MiB, p=1, per-password random salt) in the PHC string format. */
QString hash(const QString &password);
/** Constant-time verification against a PHC string; false for an empty or malformed hash. */
bool verify(const QString &password, const QString &encodedHash);
/** Costs the same as a real verification, so that unknown logins cannot be told apart by timing. */
void verifyAgainstDummy(const QString &password);

/** The shortest password anyone may choose. */
constexpr int MinimumLength = 10;
/** The longest password accepted (hashing costs grow with it). */
constexpr int MaximumLength = 1024;

/**
 * Why password may not be chosen for login (too short, too long, or the login itself, in any case), in a sentence
 * for the user; empty when it may.
 */
QString weakness(const QString &password, const QString &login);

/**
 * A one-time password for a new account or a reset: 16 random characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), in groups of four joined by "-" so that it is read out and typed without mistakes.
 */
QString oneTime();

/** A fresh random token of 256 bits, base64url without padding. */
QByteArray newToken();
/** How tokens are stored: SHA-256, hex. */
QString tokenDigest(const QByteArray &token);

} // namespace Tradewind::Passwords
