#pragma once

#include "database.h"

#include <QString>

#include <optional>

namespace Tradewind::TextSearch {

// A search index is an FTS5 "trigram" table (case-sensitive) kept by triggers (migration 7). It holds each text
// lower-cased the way LIKE folds case (ASCII only) and ended by two \x01, so that every character starts a
// trigram: a term of three characters or more is a phrase of its trigrams, a shorter one is found through the
// trigrams it begins. Its vocabulary is the fts5vocab table of the same name + "_terms". Either way the rows found
// are exactly those where LIKE '%text%' matches.

/** Text a search may not contain: the control characters (one of them ends every indexed text). */
bool isSearchable(const QString &text);

/** The longest a term's candidate rows may be before the index is no help any more and a scan is cheaper. */
constexpr qint64 FrequentTermRows = 50000;

/** For a term of three characters or more: the FTS5 MATCH expression of its phrase. nullopt for a shorter term. */
std::optional<QString> phrase(const QString &text);

/** For a shorter term: the statement listing the trigrams it begins (term, rows), from the index's vocabulary. */
QString termsSql(const QString &index);
void bindTerms(Query &query, const QString &text);

/**
 * The FTS5 MATCH expression for any of the terms the statement of termsSql() answers, or nullopt when they hold
 * more than FrequentTermRows rows (the index would not narrow the search). An empty expression: no row can match.
 */
std::optional<QString> anyOfTerms(Query &terms);

} // namespace Tradewind::TextSearch
