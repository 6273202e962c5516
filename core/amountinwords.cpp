#include "amountinwords.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tradewind::AmountInWords {

namespace {

/** The magnitude as unsigned, so that the most negative amount does not overflow. */
quint64 magnitudeOf(qint64 minor)
{
    return minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
}

quint64 powerOfTen(int digits)
{
    quint64 result = 1;
    for (int i = 0; i < digits; ++i)
        result *= 10;
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// English

struct EnglishUnits
{
    QString major; ///< "US DOLLARS"
    QString minor; ///< "CENTS"; empty: the minor units are written as a fraction
};

EnglishUnits englishUnits(const QString &currency)
{
    if (currency == u"CNY")
        return {u"CHINESE YUAN"_s, u"FEN"_s};
    if (currency == u"USD")
        return {u"US DOLLARS"_s, u"CENTS"_s};
    if (currency == u"EUR")
        return {u"EUROS"_s, u"CENTS"_s};
    if (currency == u"GBP")
        return {u"POUNDS STERLING"_s, u"PENCE"_s};
    if (currency == u"JPY")
        return {u"JAPANESE YEN"_s, QString()};
    if (currency == u"HKD")
        return {u"HONG KONG DOLLARS"_s, u"CENTS"_s};
    return {currency, QString()};
}

const QStringList &ones()
{
    static const QStringList words = {
        u"ZERO"_s,    u"ONE"_s,     u"TWO"_s,       u"THREE"_s,    u"FOUR"_s,     u"FIVE"_s,    u"SIX"_s,
        u"SEVEN"_s,   u"EIGHT"_s,   u"NINE"_s,      u"TEN"_s,      u"ELEVEN"_s,   u"TWELVE"_s,  u"THIRTEEN"_s,
        u"FOURTEEN"_s, u"FIFTEEN"_s, u"SIXTEEN"_s,  u"SEVENTEEN"_s, u"EIGHTEEN"_s, u"NINETEEN"_s};
    return words;
}

/** 1..999 -> "NINE HUNDRED NINETY-NINE". */
QString englishBelowThousand(int n)
{
    static const QStringList tens = {QString(),  QString(),  u"TWENTY"_s,  u"THIRTY"_s, u"FORTY"_s,
                                     u"FIFTY"_s, u"SIXTY"_s, u"SEVENTY"_s, u"EIGHTY"_s, u"NINETY"_s};
    QStringList parts;
    if (n >= 100)
        parts << ones().at(n / 100) << u"HUNDRED"_s;
    const int rest = n % 100;
    if (rest >= 20)
        parts << (rest % 10 == 0 ? tens.at(rest / 10) : tens.at(rest / 10) + u'-' + ones().at(rest % 10));
    else if (rest > 0)
        parts << ones().at(rest);
    return parts.join(u' ');
}

/** Any unsigned 64-bit number in words, with short-scale names up to quintillions. */
QString englishNumber(quint64 n)
{
    if (n == 0)
        return ones().at(0);
    static const QStringList scales = {QString(),        u"THOUSAND"_s,    u"MILLION"_s,    u"BILLION"_s,
                                       u"TRILLION"_s,    u"QUADRILLION"_s, u"QUINTILLION"_s};
    QStringList groups;
    for (int scale = 0; n > 0; ++scale, n /= 1000) {
        const int group = int(n % 1000);
        if (group == 0)
            continue;
        QString words = englishBelowThousand(group);
        if (!scales.at(scale).isEmpty())
            words += u' ' + scales.at(scale);
        groups.prepend(words);
    }
    return groups.join(u' ');
}

// ---------------------------------------------------------------------------------------------------------
// Chinese

constexpr char16_t ChineseDigits[] = u"零壹贰叁肆伍陆柒捌玖";

/** 1..9999 with 拾佰仟 and a single 零 for any run of inner zeros: 1004 -> 壹仟零肆, 10 -> 壹拾. */
QString chineseBelowTenThousand(int n)
{
    static const QString units = u"仟佰拾"_s;
    QString text;
    bool pendingZero = false;
    for (int position = 3, divisor = 1000; position >= 0; --position, divisor /= 10) {
        const int digit = n / divisor % 10;
        if (digit == 0) {
            pendingZero = !text.isEmpty();
            continue;
        }
        if (pendingZero)
            text += ChineseDigits[0];
        pendingZero = false;
        text += ChineseDigits[digit];
        if (position > 0)
            text += units.at(3 - position);
    }
    return text;
}

/**
 * A positive whole number in sections of 万 and 亿 (1e12 is 壹万亿). A 零 marks a gap between a section
 * and the next non-zero digit below it: 100,010,000 -> 壹亿零壹万, 10,005 -> 壹万零伍.
 */
QString chineseNumber(quint64 n)
{
    constexpr quint64 Yi = 100'000'000;
    constexpr quint64 Wan = 10'000;
    if (n >= Yi) {
        const quint64 low = n % Yi;
        QString text = chineseNumber(n / Yi) + u'亿';
        if (low == 0)
            return text;
        return text + (low < Yi / 10 ? QString(ChineseDigits[0]) : QString()) + chineseNumber(low);
    }
    if (n >= Wan) {
        const int low = int(n % Wan);
        QString text = chineseBelowTenThousand(int(n / Wan)) + u'万';
        if (low == 0)
            return text;
        return text + (low < 1000 ? QString(ChineseDigits[0]) : QString()) + chineseBelowTenThousand(low);
    }
    return chineseBelowTenThousand(int(n));
}

} // namespace

QString chineseCurrencyName(const QString &currency)
{
    if (currency == u"CNY")
        return u"人民币"_s;
    if (currency == u"USD")
        return u"美元"_s;
    if (currency == u"EUR")
        return u"欧元"_s;
    if (currency == u"GBP")
        return u"英镑"_s;
    if (currency == u"JPY")
        return u"日元"_s;
    if (currency == u"HKD")
        return u"港币"_s;
    return currency;
}

QString english(const Money &amount)
{
    const EnglishUnits units = englishUnits(amount.currency());
    const int digits = Money::minorDigits(amount.currency());
    const quint64 scale = powerOfTen(digits);
    const quint64 magnitude = magnitudeOf(amount.minorUnits());
    const quint64 whole = magnitude / scale;
    const quint64 fraction = magnitude % scale;

    QString text = u"SAY "_s;
    if (amount.minorUnits() < 0)
        text += u"MINUS "_s;
    text += units.major + u' ' + englishNumber(whole);
    if (fraction > 0) {
        if (units.minor.isEmpty())
            text += u" AND %1/%2"_s.arg(QString::number(fraction).rightJustified(digits, u'0')).arg(scale);
        else
            text += u" AND "_s + units.minor + u' ' + englishNumber(fraction);
    }
    return text + u" ONLY"_s;
}

QString chineseUppercase(const Money &amount)
{
    const int digits = Money::minorDigits(amount.currency());
    const quint64 scale = powerOfTen(digits);
    const quint64 magnitude = magnitudeOf(amount.minorUnits());
    const quint64 whole = magnitude / scale;

    QString text = chineseCurrencyName(amount.currency());
    if (amount.minorUnits() < 0)
        text += u'负';
    if (magnitude == 0)
        return text + u"零元整"_s;
    if (whole > 0)
        text += chineseNumber(whole) + u'元';

    // 角, 分 (and 厘 for three-digit currencies). A 零 follows 元 when the 元 digit is zero (1680.32 ->
    // 壹仟陆佰捌拾元零叁角贰分) or the 角 is (325.04 -> 叁佰贰拾伍元零肆分); none before the first figure (0.05 -> 伍分).
    static const QString fractionUnits = u"角分厘"_s;
    bool written = whole > 0;
    bool pendingZero = whole > 0 && whole % 10 == 0;
    bool endsWithZero = true;
    for (int position = 0; position < digits && position < fractionUnits.size(); ++position) {
        const int digit = int(magnitude / powerOfTen(digits - 1 - position) % 10);
        endsWithZero = digit == 0;
        if (digit == 0) {
            pendingZero = pendingZero || written;
            continue;
        }
        if (pendingZero)
            text += ChineseDigits[0];
        pendingZero = false;
        text += ChineseDigits[digit];
        text += fractionUnits.at(position);
        written = true;
    }
    // "整" closes an amount that ends at 元 or 角; one that ends at 分 needs none.
    if (endsWithZero)
        text += u'整';
    return text;
}

} // namespace Tradewind::AmountInWords
