#pragma once

#include "context.h"
#include "database.h"

#include <QVariantMap>

namespace Tradewind {

/**
 * Who may see which business rows — the one mechanism every read and write of business rows goes through.
 *
 * A caller reaches the rows they own, the rows owned by anyone below them in the supervisor chain
 * (through the employee_tree closure table, so a move in the org takes effect on the very next query),
 * and whatever their role grants for that kind of row. Queries embed condition() in their WHERE clause;
 * a row outside it simply is not found.
 */
class Visibility
{
public:
    /** The kinds of business rows, each with its own role grants. */
    enum class Rows { Opportunities, Quotes, Contracts };

    Visibility(const Caller &caller, Rows rows, const QString &ownerColumn);

    /**
     * The rows owned by someone strictly below the caller in the supervisor chain (every row for executives):
     * isAbove() over ownerColumn, for many rows at once.
     */
    static Visibility below(const Caller &caller, const QString &ownerColumn);

    /** A boolean SQL expression over ownerColumn, with :visibility_caller placeholders. */
    const QString &condition() const { return m_condition; }
    /** Binds the placeholders of condition() into a prepared query. */
    void bind(Query &query) const;

    /** True when the caller's grants make every row visible (then condition() is constant true). */
    bool seesEverything() const { return m_everything; }

    /** True when the caller reaches the row of the kind with this id (false for one that does not exist). */
    static bool reachesRow(const QSqlDatabase &db, const Caller &caller, Rows rows, qint64 id);

    /** True when the caller may see rows owned by employee ownerId (same rule, for one owner). */
    static bool reachesEmployee(const QSqlDatabase &db, const Caller &caller, qint64 employeeId);

    /** True when the caller is an executive or strictly above employeeId in the supervisor chain. */
    static bool isAbove(const QSqlDatabase &db, const Caller &caller, qint64 employeeId);

private:
    Visibility(qint64 callerId, bool everything, const QString &ownerColumn, bool strictlyBelow);

    qint64 m_callerId;
    bool m_everything = false;
    QString m_condition;
};

} // namespace Tradewind
