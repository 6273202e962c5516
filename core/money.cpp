#include "money.h"

#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

void checkRange(__int128 value)
{
    if (value > std::numeric_limits<qint64>::max() || value < std::numeric_limits<qint64>::min())
        throw std::overflow_error("money amount out of range");
}

qint64 powerOfTen(int digits)
{
    qint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

/**
 * The active ISO 4217 currencies (2026) with their minor-unit digits; funds, precious metals and the testing
 * and "no currency" codes (XXX, XTS) are not money a company invoices in. IDR, HUF and TWD are used without
 * minor units in trade, and so are they here.
 */
const QHash<QString, int> &currencyDigits()
{
    static const QHash<QString, int> digits = [] {
        QHash<QString, int> table;
        const char *const twoDigits[] = {
            "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BMD", "BND", "BOB",
            "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP", "CVE", "CZK",
            "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GTQ",
            "GYD", "HKD", "HNL", "HTG", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR", "KPW", "KYD", "KZT", "LAK",
            "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK",
            "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN",
            "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP",
            "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TZS", "UAH", "USD", "UYU", "UZS",
            "VED", "VES", "WST", "XCD", "XCG", "YER", "ZAR", "ZMW", "ZWG"};
        const char *const zeroDigits[] = {"BIF", "CLP", "DJF", "GNF", "HUF", "IDR", "ISK", "JPY", "KMF", "KRW",
                                          "PYG", "RWF", "TWD", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"};
        const char *const threeDigits[] = {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"};
        for (const char *code : twoDigits)
            table.insert(QString::fromLatin1(code), 2);
        for (const char *code : zeroDigits)
            table.insert(QString::fromLatin1(code), 0);
        for (const char *code : threeDigits)
            table.insert(QString::fromLatin1(code), 3);
        return table;
    }();
    return digits;
}

} // namespace

qint64 divideRoundHalfAwayFromZero(__int128 numerator, __int128 denominator)
{
    if (denominator == 0)
        throw std::domain_error("division by zero");
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const __int128 magnitude = negative ? -numerator : numerator;
    __int128 quotient = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++quotient;
    const __int128 result = negative ? -quotient : quotient;
    checkRange(result);
    return static_cast<qint64>(result);
}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency)
{
}

int Money::minorDigits(const QString &currency)
{
    return currencyDigits().value(currency, 2);
}

bool Money::isValidCurrencyCode(const QString &code)
{
    return currencyDigits().contains(code);
}

void Money::requireSameCurrency(const Money &other) const
{
    if (m_currency != other.m_currency)
        throw std::domain_error("money arithmetic across currencies");
}

Money Money::operator+(const Money &other) const
{
    requireSameCurrency(other);
    const __int128 sum = static_cast<__int128>(m_minor) + other.m_minor;
    checkRange(sum);
    return Money(static_cast<qint64>(sum), m_currency);
}

Money Money::operator-(const Money &other) const
{
    // Not *this + (-other): negating the most negative amount overflows even when the difference fits.
    requireSameCurrency(other);
    const __int128 difference = static_cast<__int128>(m_minor) - other.m_minor;
    checkRange(difference);
    return Money(static_cast<qint64>(difference), m_currency);
}

Money Money::operator-() const
{
    const __int128 negated = -static_cast<__int128>(m_minor);
    checkRange(negated);
    return Money(static_cast<qint64>(negated), m_currency);
}

bool Money::operator<(const Money &other) const
{
    requireSameCurrency(other);
    return m_minor < other.m_minor;
}

Money Money::multipliedBy(qint64 factor) const
{
    const __int128 product = static_cast<__int128>(m_minor) * factor;
    checkRange(product);
    return Money(static_cast<qint64>(product), m_currency);
}

Money Money::multipliedBy(qint64 numerator, qint64 denominator) const
{
    return Money(divideRoundHalfAwayFromZero(static_cast<__int128>(m_minor) * numerator, denominator),
                 m_currency);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    QList<Money> parts;
    if (weights.isEmpty())
        return parts;
    __int128 totalWeight = 0;
    for (qint64 weight : weights)
        totalWeight += weight;
    if (totalWeight == 0)
        throw std::domain_error("allocation weights sum to zero");
    qint64 allocated = 0;
    for (qsizetype i = 0; i + 1 < weights.size(); ++i) {
        const qint64 share =
            divideRoundHalfAwayFromZero(static_cast<__int128>(m_minor) * weights.at(i), totalWeight);
        allocated += share;
        parts.append(Money(share, m_currency));
    }
    parts.append(Money(m_minor - allocated, m_currency));
    return parts;
}

QString Money::toDecimalString() const
{
    const int digits = minorDigits(m_currency);
    const bool negative = m_minor < 0;
    // Work on the unsigned magnitude so the most negative value does not overflow.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    const quint64 scale = static_cast<quint64>(powerOfTen(digits));
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return negative ? u'-' + text : text;
}

std::optional<Money> Money::fromDecimalString(const QString &text, const QString &currency)
{
    if (!isValidCurrencyCode(currency))
        return std::nullopt;
    static const QRegularExpression pattern(u"^\\s*(-?)(\\d{1,19})(?:\\.(\\d+))?\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int digits = minorDigits(currency);
    QString fraction = match.captured(3);
    if (fraction.size() > digits) {
        // Extra digits are only acceptable when they are zeros ("12.500" for a 2-digit currency).
        if (fraction.mid(digits).contains(QRegularExpression(u"[1-9]"_s)))
            return std::nullopt;
        fraction.truncate(digits);
    }
    fraction = fraction.leftJustified(digits, u'0');
    // Up to 19 digits always fit in quint64; the range check below refuses what exceeds qint64.
    const __int128 whole = match.captured(2).toULongLong();
    __int128 minor = whole * powerOfTen(digits) + (digits > 0 ? fraction.toLongLong() : 0);
    if (!match.captured(1).isEmpty())
        minor = -minor;
    if (minor > std::numeric_limits<qint64>::max() || minor < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(static_cast<qint64>(minor), currency);
}

QJsonObject Money::toJson() const
{
    return QJsonObject{{u"minor"_s, m_minor}, {u"currency"_s, m_currency}};
}

std::optional<Money> Money::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue minor = object.value(u"minor"_s);
    const QString currency = object.value(u"currency"_s).toString();
    if (!isValidCurrencyCode(currency) || !minor.isDouble())
        return std::nullopt;
    // JSON numbers are doubles: only integers that a double represents exactly are accepted.
    // Check the range before converting (converting a double beyond qint64 is undefined), and refuse
    // 2^53 itself: 2^53 + 1 in JSON text also arrives as 2^53.
    const double raw = minor.toDouble();
    if (!(std::abs(raw) <= double(MaxExactMinorUnits)) || raw != std::trunc(raw))
        return std::nullopt;
    return Money(static_cast<qint64>(raw), currency);
}

} // namespace Tradewind
