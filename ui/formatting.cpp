#include "formatting.h"

using namespace Qt::StringLiterals;

namespace Tradewind::Format {

QString money(const Money &amount, const QLocale &locale)
{
    if (!amount.isValid())
        return {};
    return amount.currency() + u' ' + Format::amount(amount, locale);
}

QString amount(const Money &amount, const QLocale &locale)
{
    if (!amount.isValid())
        return {};
    // Format from the exact decimal text: digits are grouped by hand so no double is ever involved.
    const QString plain = amount.toDecimalString();
    const bool negative = plain.startsWith(u'-');
    const QString unsignedText = negative ? plain.mid(1) : plain;
    const qsizetype point = unsignedText.indexOf(u'.');
    const QString whole = point < 0 ? unsignedText : unsignedText.left(point);
    const QString fraction = point < 0 ? QString() : unsignedText.mid(point + 1);

    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole.at(i);
    }
    QString text = grouped;
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString percent(int basisPoints, const QLocale &locale)
{
    // Exact: whole percent and hundredths from the integer, trailing zeros dropped.
    const int whole = basisPoints / 100;
    QString fraction = QString::number(std::abs(basisPoints % 100)).rightJustified(2, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = locale.toString(whole);
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (basisPoints < 0 && whole == 0)
        text.prepend(locale.negativeSign());
    return text + u" %"_s;
}

namespace {

/** The locale's short format, but with four-digit years: "1/29/27" is ambiguous on a contract. */
QString withFullYear(QString format)
{
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

QString shortDateFormat(const QLocale &locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortDateFormat(locale)) : QString();
}

QString timestamp(const QDateTime &timestamp, const QLocale &locale)
{
    return timestamp.isValid()
        ? locale.toString(timestamp.toLocalTime(), withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)))
        : QString();
}

} // namespace Tradewind::Format
