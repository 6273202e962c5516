#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Tradewind {

/**
 * An exact amount of money: integer minor units (cents, fen) plus an ISO 4217 currency code.
 *
 * Rounding rule: wherever a result falls between two minor units (percentages, rates), it is
 * rounded half away from zero ("commercial rounding"), e.g. 0.125 -> 0.13 and -0.125 -> -0.13.
 * Arithmetic between different currencies is a programming error and throws std::domain_error.
 */
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 minorUnits() const { return m_minor; }
    QString currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }
    /** The largest magnitude JSON carries exactly (2^53 − 1); fromJson() refuses anything beyond it. */
    static constexpr qint64 MaxExactMinorUnits = (qint64(1) << 53) - 1;
    bool fitsJson() const { return m_minor >= -MaxExactMinorUnits && m_minor <= MaxExactMinorUnits; }

    /** Digits after the decimal point of a currency: 2 for most, 0 for JPY/KRW, 3 for BHD/KWD... */
    static int minorDigits(const QString &currency);
    /** An active ISO 4217 currency code, e.g. "CNY" (not "XXX", "ABC" or "cny"). */
    static bool isValidCurrencyCode(const QString &code);

    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }
    bool operator==(const Money &other) const = default;
    bool operator<(const Money &other) const;

    Money multipliedBy(qint64 factor) const;
    /** this × numerator / denominator, rounded half away from zero. */
    Money multipliedBy(qint64 numerator, qint64 denominator) const;

    /** Splits into parts proportional to weights; rounding remainder goes to the last part, so the sum is exact. */
    QList<Money> allocate(const QList<qint64> &weights) const;

    /** Plain decimal text without grouping, e.g. "-1234.50"; the form used on the wire and in CSV. */
    QString toDecimalString() const;
    /** Parses "1234.5", "-0.01", "1,234.50" is refused; more decimals than the currency has is refused. */
    static std::optional<Money> fromDecimalString(const QString &text, const QString &currency);

    /** {"minor": 123450, "currency": "CNY"} */
    QJsonObject toJson() const;
    static std::optional<Money> fromJson(const QJsonValue &value);

private:
    void requireSameCurrency(const Money &other) const;

    qint64 m_minor = 0;
    QString m_currency;
};

/** Percentages travel and are stored as integer basis points: 1500 = 15.00 %. */
constexpr int BasisPointsPerWhole = 10000;

/** Divides with rounding half away from zero; denominator must not be zero. */
qint64 divideRoundHalfAwayFromZero(__int128 numerator, __int128 denominator);

} // namespace Tradewind
