#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Tradewind::Format {

/** Grouped for the locale and always with its currency, e.g. "CNY 1,900,000.00" / "EUR 31.000,00". */
QString money(const Money &amount, const QLocale &locale = QLocale());
/** The amount alone, grouped for the locale ("1,900,000.00"), where a header already names the currency. */
QString amount(const Money &amount, const QLocale &locale = QLocale());
/** Basis points as a percentage with at most two decimals: 1500 → "15 %", 1250 → "12.5 %". */
QString percent(int basisPoints, const QLocale &locale = QLocale());
/** The locale's short date format with a four-digit year (for date edits). */
QString shortDateFormat(const QLocale &locale = QLocale());
/** The locale's short date with a four-digit year, or "" for an invalid date. */
QString date(const QDate &date, const QLocale &locale = QLocale());
/** A stored UTC timestamp in local time, short format. */
QString timestamp(const QDateTime &timestamp, const QLocale &locale = QLocale());

} // namespace Tradewind::Format
