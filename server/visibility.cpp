#include "visibility.h"

#include "roles.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Roles that see every row of a kind regardless of the org tree. */
QStringList rolesSeeingEverything(Visibility::Rows rows)
{
    switch (rows) {
    case Visibility::Rows::Opportunities:
    case Visibility::Rows::Quotes:
        return {Roles::Executive};
    case Visibility::Rows::Contracts:
        // Finance collects the money and contract administration keeps the files of every contract.
        return {Roles::Executive, Roles::Finance, Roles::ContractAdmin};
    }
    return {};
}

/** The table holding the rows of a kind; each names its owner in owner_id. */
QString tableOf(Visibility::Rows rows)
{
    switch (rows) {
    case Visibility::Rows::Opportunities:
        break;
    case Visibility::Rows::Quotes:
        return u"quotes"_s;
    case Visibility::Rows::Contracts:
        return u"contracts"_s;
    }
    return u"opportunities"_s;
}

} // namespace

Visibility::Visibility(const Caller &caller, Rows rows, const QString &ownerColumn)
    : Visibility(caller.id, caller.hasAnyRole(rolesSeeingEverything(rows)), ownerColumn, false)
{
}

Visibility Visibility::below(const Caller &caller, const QString &ownerColumn)
{
    return Visibility(caller.id, caller.hasRole(Roles::Executive), ownerColumn, true);
}

Visibility::Visibility(qint64 callerId, bool everything, const QString &ownerColumn, bool strictlyBelow)
    : m_callerId(callerId)
    , m_everything(everything)
{
    // Depth 0 is the caller's own row of the closure table.
    m_condition = m_everything ? u"1 = 1"_s
                               : ownerColumn + u" IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = "
                                               u":visibility_caller"_s
            + (strictlyBelow ? u" AND depth > 0)"_s : u")"_s);
}

void Visibility::bind(Query &query) const
{
    if (!m_everything)
        query.bind(u":visibility_caller"_s, m_callerId);
}

bool Visibility::reachesRow(const QSqlDatabase &db, const Caller &caller, Rows rows, qint64 id)
{
    const Visibility visibility(caller, rows, u"r.owner_id"_s);
    Query query(db, u"SELECT 1 FROM "_s + tableOf(rows) + u" r WHERE r.id = :id AND "_s + visibility.condition());
    query.bind(u":id"_s, id);
    visibility.bind(query);
    return query.scalar().isValid();
}

bool Visibility::reachesEmployee(const QSqlDatabase &db, const Caller &caller, qint64 employeeId)
{
    return Query(db, u"SELECT 1 FROM employee_tree WHERE ancestor_id = :caller AND descendant_id = :employee"_s)
        .bind(u":caller"_s, caller.id)
        .bind(u":employee"_s, employeeId)
        .scalar()
        .isValid();
}

bool Visibility::isAbove(const QSqlDatabase &db, const Caller &caller, qint64 employeeId)
{
    if (caller.hasRole(Roles::Executive))
        return true;
    return caller.id != employeeId && reachesEmployee(db, caller, employeeId);
}

} // namespace Tradewind
