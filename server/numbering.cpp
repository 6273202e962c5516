#include "numbering.h"

#include "database.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tradewind::Numbering {

namespace {

const QRegularExpression &tokenExpression()
{
    static const QRegularExpression token(u"\\{([A-Z]+)(?::(\\d+))?\\}"_s);
    return token;
}

/** The period the sequence counts in: what of the date the pattern shows. */
QString periodOf(const QString &pattern, const QDate &day)
{
    if (pattern.contains(u"{MM}"_s))
        return day.toString(u"yyyy-MM"_s);
    if (pattern.contains(u"{YYYY}"_s) || pattern.contains(u"{YY}"_s))
        return day.toString(u"yyyy"_s);
    return {};
}

QString format(const QString &pattern, const QDate &day, qint64 value)
{
    QString result;
    qsizetype last = 0;
    for (auto it = tokenExpression().globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += pattern.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name == u"YYYY"_s)
            result += QString::number(day.year());
        else if (name == u"YY"_s)
            result += u"%1"_s.arg(day.year() % 100, 2, 10, QChar(u'0'));
        else if (name == u"MM"_s)
            result += u"%1"_s.arg(day.month(), 2, 10, QChar(u'0'));
        else
            result += u"%1"_s.arg(value, match.captured(2).toInt(), 10, QChar(u'0'));
        last = match.capturedEnd();
    }
    return result + pattern.mid(last);
}

} // namespace

QString patternProblem(const QString &pattern)
{
    QString literal = pattern;
    if (literal.remove(tokenExpression()).contains(u'{') || literal.contains(u'}'))
        return u"Braces are only allowed around the placeholders {YYYY}, {YY}, {MM} and {SEQ:n}"_s;
    int sequences = 0;
    for (auto it = tokenExpression().globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const int digits = match.hasCaptured(2) ? match.captured(2).toInt() : 0;
        if (name == u"SEQ"_s && (!match.hasCaptured(2) || (digits >= 1 && digits <= 9)))
            ++sequences;
        else if (!QStringList{u"YYYY"_s, u"YY"_s, u"MM"_s}.contains(name) || match.hasCaptured(2))
            return u"Unknown placeholder %1: use {YYYY}, {YY}, {MM} and {SEQ} or {SEQ:n} (n from 1 to 9)"_s.arg(match.captured(0));
    }
    if (sequences != 1)
        return u"The number pattern needs the running number {SEQ} (or {SEQ:5} for five digits) exactly once"_s;
    return {};
}

QString next(const QSqlDatabase &db, const Sequence &sequence, const QString &pattern, const QDate &day)
{
    const QString period = periodOf(pattern, day);
    Query(db, u"INSERT INTO number_sequences (name, period, next_value) VALUES (:name, :period, 1) "
              u"ON CONFLICT (name, period) DO NOTHING"_s)
        .bind(u":name"_s, sequence.name)
        .bind(u":period"_s, period)
        .exec();
    Query current(db, u"SELECT next_value FROM number_sequences WHERE name = :name AND period = :period"_s);
    Query advance(db, u"UPDATE number_sequences SET next_value = next_value + 1 WHERE name = :name AND period = :period"_s);
    Query taken(db, u"SELECT 1 FROM "_s + sequence.table + u" WHERE number = :number LIMIT 1"_s);
    for (;;) {
        const qint64 value = current.bind(u":name"_s, sequence.name).bind(u":period"_s, period).scalar().toLongLong();
        advance.bind(u":name"_s, sequence.name).bind(u":period"_s, period).exec();
        const QString number = format(pattern, day, value);
        // After a change of pattern an old number may come round again: it stays with its document.
        if (!taken.bind(u":number"_s, number).scalar().isValid())
            return number;
    }
}

} // namespace Tradewind::Numbering
