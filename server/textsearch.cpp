#include "textsearch.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tradewind::TextSearch {

namespace {

/** Lower case as SQLite's lower() and LIKE fold it without ICU: A–Z only. */
QString foldedLikeSqlite(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return folded;
}

/** One FTS5 string: double quotes around, inner ones doubled, so every character is taken literally. */
QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"';
}

/** The smallest text after every text beginning with prefix (in code point order, which is UTF-8 byte order). */
QString afterPrefix(const QString &prefix)
{
    QList<uint> codePoints = prefix.toUcs4();
    uint &last = codePoints.last();
    last = last + 1 == 0xD800 ? 0xE000 : last + 1; // surrogates are no characters of their own
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
}

} // namespace

bool isSearchable(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

std::optional<QString> phrase(const QString &text)
{
    const QString folded = foldedLikeSqlite(text);
    return folded.toUcs4().size() >= 3 ? std::optional(quoted(folded)) : std::nullopt;
}

QString termsSql(const QString &index)
{
    return u"SELECT term, doc FROM "_s + index + u"_terms WHERE term >= :term_from AND term < :term_to"_s;
}

void bindTerms(Query &query, const QString &text)
{
    const QString folded = foldedLikeSqlite(text);
    query.bind(u":term_from"_s, folded).bind(u":term_to"_s, afterPrefix(folded));
}

std::optional<QString> anyOfTerms(Query &terms)
{
    // Every occurrence of a short term begins a trigram (the indexed text ends with two \x01), so the rows holding
    // it are those of the trigrams it begins. Their row counts add up to at least the rows with the term.
    QStringList alternatives;
    qint64 rows = 0;
    while (terms.next()) {
        rows += terms.value(1).toLongLong();
        if (rows > FrequentTermRows)
            return std::nullopt;
        alternatives.append(quoted(terms.value(0).toString()));
    }
    return alternatives.join(u" OR "_s);
}

} // namespace Tradewind::TextSearch
