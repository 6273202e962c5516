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

/** A fresh random token of 256 bits, base64url without padding. */
QByteArray newToken();
/** How tokens are stored: SHA-256, hex. */
QString tokenDigest(const QByteArray &token);

} // namespace Tradewind::Passwords
