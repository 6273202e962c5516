#include "passwords.h"

#include <argon2.h>

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Tradewind::Passwords {

namespace {

constexpr uint32_t timeCost = 2;
constexpr uint32_t memoryCostKiB = 19 * 1024;
constexpr uint32_t parallelism = 1;
constexpr size_t saltLength = 16;
constexpr size_t hashLength = 32;

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + count));
    return bytes;
}

} // namespace

QString hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomBytes(saltLength);
    const size_t encodedLength =
        argon2_encodedlen(timeCost, memoryCostKiB, parallelism, saltLength, hashLength, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int result = argon2id_hash_encoded(timeCost, memoryCostKiB, parallelism, utf8.constData(),
                                             static_cast<size_t>(utf8.size()), salt.constData(), saltLength,
                                             hashLength, encoded.data(), encodedLength);
    if (result != ARGON2_OK)
        throw std::runtime_error(argon2_error_message(result));
    return QString::fromLatin1(encoded.constData());
}

bool verify(const QString &password, const QString &encodedHash)
{
    if (encodedHash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray encoded = encodedHash.toLatin1();
    return argon2id_verify(encoded.constData(), utf8.constData(), static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

void verifyAgainstDummy(const QString &password)
{
    static const QString dummy = hash(u"dummy password for timing"_s);
    verify(password, dummy);
}

QString weakness(const QString &password, const QString &login)
{
    // Characters as people count them: a Chinese or emoji password is not longer for its UTF-16 encoding.
    const qsizetype length = password.toUcs4().size();
    if (length < MinimumLength)
        return u"A password needs at least %1 characters"_s.arg(MinimumLength);
    if (password.size() > MaximumLength) // as the login counts it
        return u"A password may have at most %1 characters"_s.arg(MaximumLength);
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return u"The password may not be the login"_s;
    return {};
}

QString oneTime()
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr quint32 alphabetSize = sizeof(alphabet) - 1;
    QString password;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0)
            password += u'-';
        password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    }
    return password;
}

QByteArray newToken()
{
    return randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString tokenDigest(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace Tradewind::Passwords
