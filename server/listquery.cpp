#include "listquery.h"

#include "textsearch.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** A set of candidate rows is never counted further than this, nor read whole when larger. */
constexpr qint64 CandidateRowsLimit = 50000;

/** A text search's total is counted up to this many rows, each costing a LIKE; beyond, the total is capped. */
constexpr qint64 SearchCountCap = 10000;

QString encodeCursor(const QString &sortKey, const QList<QVariant> &values)
{
    QCborArray array{sortKey};
    for (const QVariant &value : values)
        array.append(value.typeId() == QMetaType::QString ? QCborValue(value.toString()) : QCborValue(value.toLongLong()));
    return QString::fromLatin1(
        array.toCborValue().toCbor().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QList<QVariant> decodeCursor(const QString &text, const ListSort &sort, const QString &parameter)
{
    const auto bytes = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                           | QByteArray::AbortOnBase64DecodingErrors);
    QCborParserError error;
    const QCborValue value = bytes ? QCborValue::fromCbor(*bytes, &error) : QCborValue();
    const QCborArray array = value.toArray();
    bool valid = bytes && error.error == QCborError::NoError && array.size() == sort.columns.size() + 1
        && array.at(0).toString() == sort.key;
    QList<QVariant> values;
    for (qsizetype i = 1; valid && i < array.size(); ++i) {
        const QCborValue item = array.at(i);
        valid = item.isInteger() || item.isString();
        values.append(item.isInteger() ? QVariant(item.toInteger()) : QVariant(item.toString()));
    }
    if (!valid)
        throw ApiException::invalidField(parameter, u"Parameter '%1' must be a cursor this list gave for sort '%2'"_s
                                                        .arg(parameter, sort.key));
    return values;
}

/** Rows strictly after the cursor's in the order (c1, c2, …) ascending (greater) or descending: (c1 >= :k1 AND (c1 > :k1 OR …)). */
QString keysetSql(const QStringList &columns, bool greater, qsizetype from = 0)
{
    const QString op = greater ? u">"_s : u"<"_s;
    const QString term = columns.at(from) + u' ' + op;
    const QString placeholder = u" :cursor%1"_s.arg(from);
    if (from == columns.size() - 1)
        return term + placeholder;
    // The leading >= lets the index seek to the cursor; the rest orders the rows sharing its values.
    return term + u'=' + placeholder + u" AND ("_s + term + placeholder + u" OR ("_s
        + keysetSql(columns, greater, from + 1) + u"))"_s;
}

QString whereSql(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

QString ListQueryPage::idsJson() const
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    return u'[' + numbers.join(u',') + u']';
}

QJsonObject ListQueryPage::toJson(const QHash<qint64, QJsonObject> &rowsById) const
{
    QJsonArray items;
    for (const qint64 id : ids)
        if (rowsById.contains(id))
            items.append(rowsById.value(id));
    QJsonObject json{{u"items"_s, items}};
    if (total)
        json.insert(u"total"_s, *total);
    if (totalCapped)
        json.insert(u"total_capped"_s, true);
    if (!next.isEmpty())
        json.insert(u"next"_s, next);
    if (!previous.isEmpty())
        json.insert(u"previous"_s, previous);
    return json;
}

ListQuery::ListQuery(const RequestContext &context, const ListTable &table)
    : m_context(context)
    , m_table(table)
{
    m_limit = static_cast<int>(context.intQuery(u"limit"_s, 1, 200, 50));
    m_offset = context.intQuery(u"offset"_s, 0, std::numeric_limits<qint32>::max(), 0);
    QStringList keys;
    for (const ListSort &sort : std::as_const(m_table.sorts))
        keys.append(sort.key);
    const SortChoice choice = context.sortQuery(keys, m_table.defaultSort);
    m_sortIndex = keys.indexOf(choice.key);
    m_descending = choice.descending;

    const QUrlQuery &query = context.request.query;
    const bool after = query.hasQueryItem(u"after"_s);
    m_backward = query.hasQueryItem(u"before"_s);
    if (after && m_backward)
        throw ApiException::invalidField(u"before"_s, u"Give either 'after' or 'before', not both"_s);
    if ((after || m_backward) && query.hasQueryItem(u"offset"_s))
        throw ApiException::invalidField(u"offset"_s, u"Parameter 'offset' cannot be combined with a cursor"_s);
    if (after || m_backward) {
        const QString parameter = after ? u"after"_s : u"before"_s;
        m_cursor = decodeCursor(context.textQuery(parameter, 4000), sort(), parameter);
    }
}

void ListQuery::where(const SqlPart &condition)
{
    m_conditions.append(condition);
}

void ListQuery::where(const SqlPart &condition, const SqlPart &candidates)
{
    m_conditions.append(condition);
    m_candidates.append(candidates);
}

void ListQuery::whereVisible(const Caller &caller, Visibility::Rows rows)
{
    const Visibility visibility(caller, rows, m_table.alias + u".owner_id"_s);
    if (visibility.seesEverything())
        return;
    const Visibility owned(caller, rows, u"owner_id"_s);
    where({visibility.condition(), [visibility](Query &query) { visibility.bind(query); }},
          {u"SELECT id FROM "_s + m_table.table + u" WHERE "_s + owned.condition(), [owned](Query &query) { owned.bind(query); }});
}

void ListQuery::whereText(const QString &text, const SearchedColumns &searched)
{
    if (!TextSearch::isSearchable(text))
        throw ApiException::invalidField(u"q"_s, u"Parameter 'q' must not contain control characters"_s);
    const QString pattern = likePattern(text);
    const auto bindPattern = [pattern](Query &query) { query.bind(u":text"_s, pattern); };
    QStringList matches;
    for (const QString &column : searched.columns)
        matches.append(m_table.alias + u'.' + column + u" LIKE :text ESCAPE '\\'"_s);
    // Partners are few: the matching ones are found first, then their rows through the customer index.
    const QString customers = u" IN (SELECT id FROM partners WHERE name LIKE :text ESCAPE '\\')"_s;
    if (!searched.customerColumn.isEmpty())
        matches.append(m_table.alias + u'.' + searched.customerColumn + customers);
    const SqlPart condition{u'(' + matches.join(u" OR "_s) + u')', bindPattern};
    m_textSearched = true;

    std::optional<QString> match = TextSearch::phrase(text);
    if (!match) {
        const SqlPart terms{TextSearch::termsSql(searched.index), [text](Query &query) { TextSearch::bindTerms(query, text); }};
        Query lookup(m_context.db, terms.sql);
        terms.bind(lookup);
        lookup.exec();
        m_statements.append(terms);
        match = TextSearch::anyOfTerms(lookup);
    }
    if (!match) {
        where(condition);
        return;
    }
    QStringList candidates;
    if (!match->isEmpty())
        candidates.append(u"SELECT rowid AS id FROM "_s + searched.index + u" WHERE "_s + searched.index + u" MATCH :text_match"_s);
    if (!searched.customerColumn.isEmpty())
        candidates.append(u"SELECT id FROM "_s + m_table.table + u" WHERE "_s + searched.customerColumn + customers);
    if (candidates.isEmpty()) // nothing can match
        candidates.append(u"SELECT NULL AS id WHERE 0"_s);
    const QString matchText = *match;
    const bool byCustomer = !searched.customerColumn.isEmpty();
    where(condition, {candidates.join(u" UNION ALL "_s), [pattern, matchText, byCustomer](Query &query) {
                          if (!matchText.isEmpty())
                              query.bind(u":text_match"_s, matchText);
                          if (byCustomer)
                              query.bind(u":text"_s, pattern);
                      }});
}

QString ListQuery::conditionSql() const
{
    QStringList conditions;
    for (const SqlPart &condition : m_conditions)
        conditions.append(condition.sql);
    return whereSql(conditions);
}

ListQueryPage ListQuery::run()
{
    ListQueryPage page;
    page.statements = m_statements;
    const auto execute = [&page](const QSqlDatabase &db, const QString &sql, const std::function<void(Query &)> &bind) {
        Query query(db, sql);
        if (bind)
            bind(query);
        page.statements.append({sql, bind});
        return query;
    };

    // Reading a set of candidates costs its size; walking the sort order costs the rows passed until the page is
    // full: the page's rows divided by the candidate sets' shares of the table (as if independent of the order).
    // One set alone is worth reading when smaller than about sqrt(page rows × table rows); sizes are counted to a
    // few times that, beyond which they no longer change the choice.
    std::optional<Candidates> least;
    QList<Candidates> sets;
    qint64 tableRows = 1;
    qint64 countedTo = 0;
    if (!m_candidates.isEmpty()) {
        Query maxId = execute(m_context.db, u"SELECT MAX(rowid) FROM "_s + m_table.table, {});
        tableRows = std::max<qint64>(1, maxId.scalar().toLongLong());
        countedTo = std::clamp<qint64>(qint64(4 * std::sqrt(double(m_limit + 1 + m_offset) * double(tableRows))), 1000,
                                       CandidateRowsLimit);
    }
    for (const SqlPart &ids : std::as_const(m_candidates)) {
        Query size = execute(m_context.db, u"SELECT COUNT(*) FROM ("_s + ids.sql + u" LIMIT %1)"_s.arg(countedTo), ids.bind);
        sets.append({ids, size.scalar().toLongLong()});
    }
    if (!sets.isEmpty())
        least = *std::min_element(sets.cbegin(), sets.cend(),
                                  [](const Candidates &a, const Candidates &b) { return a.rows < b.rows; });
    double walked = double(m_limit + 1 + m_offset);
    for (const Candidates &set : std::as_const(sets))
        walked *= double(tableRows) / double(std::max<qint64>(set.rows, 1));
    // Where counting stopped, the size is not known, nor how long reading the set would take.
    const std::optional<Candidates> smallest = least && least->rows < countedTo ? least : std::nullopt;
    const bool fromCandidates = smallest && double(smallest->rows) <= walked;

    const bool ascending = m_descending == m_backward;
    QStringList conditions;
    for (const SqlPart &condition : std::as_const(m_conditions))
        conditions.append(condition.sql);
    QString from;
    if (fromCandidates) {
        from = m_table.table + u' ' + m_table.alias + u" NOT INDEXED "_s + sort().joins;
        conditions.append(m_table.alias + u".id IN ("_s + smallest->ids.sql + u')');
    } else {
        from = sort().walk.isEmpty() ? m_table.table + u' ' + m_table.alias + u' ' + sort().joins : sort().walk;
    }
    if (!m_cursor.isEmpty())
        conditions.append(keysetSql(sort().columns, ascending));
    QStringList order;
    for (const QString &column : sort().columns)
        order.append(column + (ascending ? u" ASC"_s : u" DESC"_s));
    // Candidates are all read and sorted anyway: a page without a cursor counts them on the way.
    const bool countAlong = fromCandidates && m_cursor.isEmpty();
    const QString sql = u"SELECT "_s + sort().columns.join(u", "_s) + (countAlong ? u", COUNT(*) OVER ()"_s : QString())
        + u" FROM "_s + from + whereSql(conditions) + u" ORDER BY "_s + order.join(u", "_s)
        + u" LIMIT :page_limit OFFSET :page_offset"_s;
    const QList<SqlPart> bound = m_conditions;
    const std::function<void(Query &)> candidatesBind = fromCandidates ? smallest->ids.bind : nullptr;
    const QList<QVariant> cursor = m_cursor;
    const int limit = m_limit;
    const qint64 offset = m_offset;
    page.pageStatement = {sql, [bound, candidatesBind, cursor, limit, offset](Query &query) {
                              for (const SqlPart &condition : bound)
                                  if (condition.bind)
                                      condition.bind(query);
                              if (candidatesBind)
                                  candidatesBind(query);
                              for (qsizetype i = 0; i < cursor.size(); ++i)
                                  query.bind(u":cursor%1"_s.arg(i), cursor.at(i));
                              // One row more than the page tells whether another page follows.
                              query.bind(u":page_limit"_s, limit + 1).bind(u":page_offset"_s, offset);
                          }};
    Query rows = execute(m_context.db, page.pageStatement.sql, page.pageStatement.bind);
    rows.exec();
    QList<QList<QVariant>> keys;
    while (rows.next()) {
        QList<QVariant> key;
        for (qsizetype i = 0; i < sort().columns.size(); ++i)
            key.append(rows.value(int(i)));
        keys.append(key);
        if (countAlong)
            page.total = rows.value(int(sort().columns.size())).toLongLong();
    }
    const bool more = keys.size() > m_limit;
    if (more)
        keys.removeLast();
    if (m_backward)
        std::reverse(keys.begin(), keys.end());
    for (const QList<QVariant> &key : std::as_const(keys))
        page.ids.append(key.constLast().toLongLong());
    if (!keys.isEmpty()) {
        const bool rowsBefore = m_backward ? more : !m_cursor.isEmpty() || m_offset > 0;
        const bool rowsAfter = m_backward || more;
        if (rowsBefore)
            page.previous = encodeCursor(sort().key, keys.constFirst());
        if (rowsAfter)
            page.next = encodeCursor(sort().key, keys.constLast());
    }

    // An offset past the end leaves nothing to count along.
    if (m_cursor.isEmpty() && !page.total)
        count(least, page);
    return page;
}

void ListQuery::count(const std::optional<Candidates> &least, ListQueryPage &page) const
{
    const std::function<void(Query &)> bindConditions = [conditions = m_conditions](Query &query) {
        for (const SqlPart &condition : conditions)
            if (condition.bind)
                condition.bind(query);
    };
    QString sql;
    std::function<void(Query &)> bind = bindConditions;
    qint64 cap = 0;
    if (!m_sumSql.isEmpty()) {
        sql = u"SELECT COALESCE(("_s + m_sumSql + conditionSql() + u"), 0)"_s;
    } else if (m_conditions.isEmpty()) {
        sql = u"SELECT COUNT(*) FROM "_s + m_table.table;
    } else if (!m_textSearched) {
        // Filters the indexes count (the reach through the owner index, a customer through its own, …).
        sql = u"SELECT COUNT(*) FROM "_s + m_table.table + u' ' + m_table.alias + conditionSql();
    } else if (least && m_conditions.size() == 1) {
        // The one condition is the candidates' own, which they meet exactly: counted without reading a row.
        cap = SearchCountCap;
        sql = u"SELECT COUNT(*) FROM (SELECT DISTINCT id FROM ("_s + least->ids.sql + u" LIMIT -1) LIMIT %1)"_s.arg(cap + 1);
        bind = least->ids.bind;
    } else if (least) {
        // A LIKE to check per row: the rows of the smallest candidate set are checked until the cap. (LIMIT -1
        // keeps that set a subquery read in its own order, rather than merged into a scan of the table.)
        cap = SearchCountCap;
        sql = u"SELECT COUNT(*) FROM (SELECT DISTINCT s.id FROM ("_s + least->ids.sql + u" LIMIT -1) s CROSS JOIN "_s
            + m_table.table + u' ' + m_table.alias + u" ON "_s + m_table.alias + u".id = s.id"_s + conditionSql()
            + u" LIMIT %1)"_s.arg(cap + 1);
        bind = [bindConditions, candidates = least->ids.bind](Query &query) {
            bindConditions(query);
            if (candidates)
                candidates(query);
        };
    } else {
        // A term too frequent for its index: the rows are checked in table order until the cap.
        cap = SearchCountCap;
        sql = u"SELECT COUNT(*) FROM (SELECT 1 FROM "_s + m_table.table + u' ' + m_table.alias + conditionSql()
            + u" LIMIT %1)"_s.arg(cap + 1);
    }
    Query query(m_context.db, sql);
    bind(query);
    page.statements.append({sql, bind});
    const qint64 total = query.scalar().toLongLong();
    page.totalCapped = cap > 0 && total > cap;
    page.total = page.totalCapped ? cap : total;
}

} // namespace Tradewind
