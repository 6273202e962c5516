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

} // namespace

Visibility::Visibility(const Caller &caller, Rows rows, const QString &ownerColumn)
    : m_callerId(caller.id)
    , m_everything(caller.hasAnyRole(rolesSeeingEverything(rows)))
{
    m_condition = m_everything
        ? u"1 = 1"_s
        : ownerColumn + u" IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :visibility_caller)"_s;
}

void Visibility::bind(Query &query) const
{
    if (!m_everything)
        query.bind(u":visibility_caller"_s, m_callerId);
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
