#pragma once

#include "context.h"
#include "database.h"
#include "visibility.h"

#include <QHash>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace Tradewind {

/** A piece of SQL and what binds the values of its placeholders. */
struct SqlPart
{
    QString sql;
    std::function<void(Query &)> bind = {};
};

/** One order a list may be sorted in. */
struct ListSort
{
    QString key;
    /** The SQL expressions the rows are ordered by, the row's id last; none may be NULL (a cursor holds their values). */
    QStringList columns;
    /**
     * The FROM clause that walks the rows in this order through its index (INDEXED BY, CROSS JOIN), so that a
     * page costs what it shows. Empty: the list is small and the planner chooses.
     */
    QString walk;
    /** What columns needs joined to the list's table when the rows are chosen otherwise. */
    QString joins = {};
};

/** A big list of business rows: its table, its alias in the SQL and its sort orders. */
struct ListTable
{
    QString table;
    QString alias;
    QList<ListSort> sorts;
    QString defaultSort;
};

/** The columns a text search looks in, and the index (see TextSearch) that holds them. */
struct SearchedColumns
{
    QString index;
    /** Columns of the list's table, without the alias. */
    QStringList columns;
    /** When not empty: a row also matches when its customer's name contains the text. */
    QString customerColumn = {};
};

/** One page of a list: the ids in order, the cursors around it and, for a page without a cursor, the total. */
struct ListQueryPage
{
    QList<qint64> ids;
    std::optional<qint64> total;
    /** total is a lower bound: counting further would cost more than a page may. */
    bool totalCapped = false;
    QString next;
    QString previous;
    /** The statement that chose the rows, and every statement run, for plan checks and benchmarks. */
    SqlPart pageStatement;
    QList<SqlPart> statements;

    /** The ids as a JSON array, for reading the rows with "id IN (SELECT value FROM json_each(:ids))". */
    QString idsJson() const;
    /** {"items", "total"?, "total_capped"?, "next"?, "previous"?}, the items in the page's order. */
    QJsonObject toJson(const QHash<qint64, QJsonObject> &rowsById) const;
};

/**
 * A page of a big list chosen by keyset: `after`/`before` cursors (opaque: the sort values of a row) or, for old
 * clients and jumps, `offset`; `limit` and `sort` as everywhere. The rows are reached either by walking the sort
 * order's index and keeping those that meet the conditions, or, when a condition names few enough rows, from
 * those rows, sorted: whichever touches fewer rows. The total is counted only for pages asked for without a
 * cursor, exactly where the count stays cheap and capped (totalCapped) where it would not.
 */
class ListQuery
{
public:
    /** Reads limit, offset, sort, after and before; 400 for bad ones. */
    ListQuery(const RequestContext &context, const ListTable &table);

    const QString &alias() const { return m_table.alias; }

    /** A condition every row of the list meets, over the list's alias. */
    void where(const SqlPart &condition);
    /** Like where(condition), where candidates selects (as "id") the ids of the rows that may meet it. */
    void where(const SqlPart &condition, const SqlPart &candidates);
    /** The rows the caller may see: Visibility over the table's owner_id. */
    void whereVisible(const Caller &caller, Visibility::Rows rows);
    /** The rows where one of the columns, or the customer's name, contains text (LIKE semantics); 400 for control characters. */
    void whereText(const QString &text, const SearchedColumns &searched);
    /**
     * Counts with sumSql (e.g. "SELECT SUM(o.rows) FROM tallies o") followed by the conditions: for a table of
     * tallies that has every column the conditions read.
     */
    void countWith(const QString &sumSql) { m_sumSql = sumSql; }

    ListQueryPage run();

private:
    struct Candidates
    {
        SqlPart ids;
        qint64 rows = 0;
    };

    QString conditionSql() const;
    void count(const std::optional<Candidates> &least, ListQueryPage &page) const;

    const RequestContext &m_context;
    ListTable m_table;
    const ListSort &sort() const { return m_table.sorts.at(m_sortIndex); }

    qsizetype m_sortIndex = 0;
    bool m_descending = false;
    int m_limit = 50;
    qint64 m_offset = 0;
    QList<QVariant> m_cursor;
    bool m_backward = false;
    QList<SqlPart> m_conditions;
    QList<SqlPart> m_candidates;
    /** What ran while the query was put together (a search term's vocabulary lookup). */
    QList<SqlPart> m_statements;
    QString m_sumSql;
    bool m_textSearched = false;
};

} // namespace Tradewind
