#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace Tradewind::Numbering {

/**
 * Document numbers by a company pattern: {YYYY}, {YY} and {MM} of the document's date, and {SEQ} or {SEQ:n}
 * (zero-padded to n digits) exactly once. Quotes and contracts each count in their own sequence.
 */

constexpr int MaxPatternLength = 40;

/** Why a number pattern cannot be used, or empty when it can. */
QString patternProblem(const QString &pattern);

/** What a sequence and the table its numbers go to are called; both come from code, never from a request. */
struct Sequence
{
    QString name;  ///< the row of number_sequences, e.g. "quote"
    QString table; ///< the table whose "number" column holds the numbers handed out, e.g. "quotes"
};

/**
 * The next number by the pattern for a document dated `day`. The sequence restarts for each period the pattern
 * names (a year with {YYYY}, a month with {MM}); a number is never handed out twice, even after the pattern
 * changed. Runs inside the caller's write transaction.
 */
QString next(const QSqlDatabase &db, const Sequence &sequence, const QString &pattern, const QDate &day);

} // namespace Tradewind::Numbering
