#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Tradewind::TextSearch {

// A search index is an FTS5 "trigram" table (case-sensitive) kept by triggers (migration 7). It holds each text
// lower-cased the way LIKE folds case (ASCII only) and ended by two \x01, so that every character starts a
// trigram: a term of three characters or more is a phrase of its trigrams, a shorter one is found through the
// trigrams it begins. Its vocabulary is the fts5vocab table of the same name + "_terms".

/** Text a search may not contain: the control characters (one of them ends every indexed text). */
bool isSearchable(const QString &text);

/** The longest a term's candidate rows may be before the index is no help any more and a scan is cheaper. */
constexpr qint64 FrequentTermRows = 50000;

/**
 * The FTS5 MATCH expression for the rows of index whose text contains text (case folded like LIKE), or nullopt
 * when the index would not narrow the search: a one- or two-character term in more than FrequentTermRows rows.
 * A term of three or more characters is one phrase of its trigrams; a shorter one is every trigram it begins,
 * looked up in the index's vocabulary (index + "_terms"). An empty expression: no row can match.
 */
std::optional<QString> matchExpression(const QSqlDatabase &db, const QString &index, const QString &text);

} // namespace Tradewind::TextSearch
