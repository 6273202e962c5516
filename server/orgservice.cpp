#include "orgservice.h"

#include "database.h"
#include "opportunityservice.h"
#include "roles.h"
#include "visibility.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Org {

namespace {

const QString employeeColumns =
    u"e.id, e.login, e.name, e.department_id, d.name, e.supervisor_id, s.name, e.roles, e.email, e.phone, e.active, "
    u"e.version FROM employees e LEFT JOIN departments d ON d.id = e.department_id "
    u"LEFT JOIN employees s ON s.id = e.supervisor_id"_s;

Employee readEmployee(const Query &query)
{
    Employee employee;
    employee.id = query.value(0).toLongLong();
    employee.login = query.value(1).toString();
    employee.name = query.value(2).toString();
    employee.departmentId = query.value(3).toLongLong();
    employee.departmentName = query.value(4).toString();
    employee.supervisorId = query.value(5).toLongLong();
    employee.supervisorName = query.value(6).toString();
    employee.roles = query.value(7).toString().split(u',', Qt::SkipEmptyParts);
    employee.email = query.value(8).toString();
    employee.phone = query.value(9).toString();
    employee.active = query.value(10).toBool();
    return employee;
}

Http::Response listEmployees(RequestContext &context)
{
    const Paging paging = context.paging({{u"name"_s, u"e.name"_s}, {u"login"_s, u"e.login"_s}, {u"id"_s, u"e.id"_s}},
                                         u"name"_s, u"e.id"_s);
    QStringList conditions{u"1 = 1"_s};
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        conditions.append(u"(e.name LIKE :text ESCAPE '\\' OR e.login LIKE :text ESCAPE '\\')"_s);
    const qint64 departmentId = context.idQuery(u"department_id"_s);
    if (departmentId > 0)
        conditions.append(u"e.department_id = :department"_s);
    const QString role = context.textQuery(u"role"_s, 64);
    if (!role.isEmpty() && !Roles::all().contains(role))
        throw ApiException::invalidField(u"role"_s, u"Parameter 'role' must be one of: %1"_s.arg(Roles::all().join(u", "_s)));
    if (!role.isEmpty())
        conditions.append(u"(',' || e.roles || ',') LIKE :role"_s);
    const bool activeGiven = context.request.query.hasQueryItem(u"active"_s);
    const bool active = context.boolQuery(u"active"_s);
    if (activeGiven)
        conditions.append(u"e.active = :active"_s);
    const bool subtree = context.boolQuery(u"subtree"_s);
    if (subtree)
        conditions.append(u"e.id IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :caller)"_s);
    const QString where = conditions.join(u" AND "_s);

    const auto bindFilters = [&](Query &query) {
        if (!text.isEmpty())
            query.bind(u":text"_s, likePattern(text));
        if (departmentId > 0)
            query.bind(u":department"_s, departmentId);
        if (!role.isEmpty())
            query.bind(u":role"_s, u"%,"_s + role + u",%"_s);
        if (activeGiven)
            query.bind(u":active"_s, active);
        if (subtree)
            query.bind(u":caller"_s, context.caller.id);
    };
    Query count(context.db, u"SELECT COUNT(*) FROM employees e WHERE "_s + where);
    bindFilters(count);
    const qint64 total = count.scalar().toLongLong();

    Query query(context.db, u"SELECT "_s + employeeColumns + u" WHERE "_s + where + u" ORDER BY "_s + paging.orderBy
                                + u" LIMIT :limit OFFSET :offset"_s);
    bindFilters(query);
    query.bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readEmployee(query).toJson());
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getEmployee(RequestContext &context)
{
    const qint64 id = context.idParameter();
    return withVersion(jsonResponse(200, employee(context.db, id).toJson()), employeeVersion(context.db, id));
}

/**
 * The caller and everyone below them, with counts of their open and stale opportunities: one grouped query
 * over the subtree's opportunities, joined to the subtree's employees, plus the departments they hang in.
 */
Http::Response orgTree(RequestContext &context)
{
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    Query query(context.db,
                u"SELECT e.id, e.login, e.name, e.department_id, e.supervisor_id, e.roles, e.active, "
                u"COALESCE(c.open_count, 0), COALESCE(c.stale_count, 0) "
                u"FROM employee_tree t JOIN employees e ON e.id = t.descendant_id "
                u"LEFT JOIN (SELECT o.owner_id, COUNT(*) AS open_count, SUM("_s
                    + Opportunities::staleCondition() + u") AS stale_count FROM opportunities o "
                      u"WHERE o.stage NOT IN ('won', 'lost') AND o.owner_id IN "
                      u"(SELECT descendant_id FROM employee_tree WHERE ancestor_id = :caller) AND "_s
                    + visibility.condition()
                    + u" GROUP BY o.owner_id) c ON c.owner_id = e.id "
                      u"WHERE t.ancestor_id = :caller ORDER BY t.depth, e.name, e.id"_s);
    query.bind(u":caller"_s, context.caller.id);
    visibility.bind(query);
    Opportunities::bindStale(query, Opportunities::staleRule(context.db), context.now.date(), false);
    query.exec();
    QJsonArray employees;
    QSet<qint64> departmentIds;
    while (query.next()) {
        const qint64 departmentId = query.value(3).toLongLong();
        if (departmentId > 0)
            departmentIds.insert(departmentId);
        employees.append(QJsonObject{
            {u"id"_s, query.value(0).toLongLong()},
            {u"login"_s, query.value(1).toString()},
            {u"name"_s, query.value(2).toString()},
            {u"department_id"_s, departmentId > 0 ? QJsonValue(departmentId) : QJsonValue()},
            {u"supervisor_id"_s, query.value(4).isNull() ? QJsonValue() : QJsonValue(query.value(4).toLongLong())},
            {u"roles"_s, QJsonArray::fromStringList(query.value(5).toString().split(u',', Qt::SkipEmptyParts))},
            {u"active"_s, query.value(6).toBool()},
            {u"open_count"_s, query.value(7).toLongLong()},
            {u"stale_count"_s, query.value(8).toLongLong()}});
    }

    // The departments of these people and the departments above them, so the client can draw a connected tree.
    struct Row
    {
        QString name;
        qint64 parentId;
    };
    QHash<qint64, Row> allDepartments;
    Query departments(context.db, u"SELECT id, name, parent_id FROM departments"_s);
    departments.exec();
    while (departments.next())
        allDepartments.insert(departments.value(0).toLongLong(), {departments.value(1).toString(), departments.value(2).toLongLong()});
    QSet<qint64> wanted;
    for (qint64 id : std::as_const(departmentIds)) {
        // Bounded by the table size, in case of a (corrupt) cycle.
        for (qsizetype steps = 0; id > 0 && !wanted.contains(id) && steps <= allDepartments.size(); ++steps) {
            wanted.insert(id);
            id = allDepartments.value(id).parentId;
        }
    }
    QList<qint64> sorted(wanted.begin(), wanted.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray departmentItems;
    for (const qint64 id : std::as_const(sorted)) {
        const Row row = allDepartments.value(id);
        departmentItems.append(QJsonObject{{u"id"_s, id},
                                           {u"name"_s, row.name},
                                           {u"parent_id"_s, row.parentId > 0 ? QJsonValue(row.parentId) : QJsonValue()}});
    }
    return jsonResponse(200, QJsonObject{{u"departments"_s, departmentItems}, {u"employees"_s, employees}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/employees"_s, listEmployees);
    router.add("GET", u"/api/v1/employees/{id}"_s, getEmployee);
    router.add("GET", u"/api/v1/org/tree"_s, orgTree);
}

Employee employee(const QSqlDatabase &db, qint64 employeeId)
{
    Query query(db, u"SELECT "_s + employeeColumns + u" WHERE e.id = :id"_s);
    query.bind(u":id"_s, employeeId).exec();
    if (!query.next())
        throw ApiException::notFound();
    return readEmployee(query);
}

qint64 employeeVersion(const QSqlDatabase &db, qint64 employeeId)
{
    return Query(db, u"SELECT version FROM employees WHERE id = :id"_s).bind(u":id"_s, employeeId).scalar().toLongLong();
}

void addToTree(const QSqlDatabase &db, qint64 employeeId, qint64 supervisorId)
{
    Query(db, u"INSERT INTO employee_tree (ancestor_id, descendant_id, depth) VALUES (:id, :id, 0)"_s)
        .bind(u":id"_s, employeeId)
        .exec();
    if (supervisorId > 0) {
        Query(db, u"INSERT INTO employee_tree (ancestor_id, descendant_id, depth) "
                  u"SELECT ancestor_id, :id, depth + 1 FROM employee_tree WHERE descendant_id = :supervisor"_s)
            .bind(u":id"_s, employeeId)
            .bind(u":supervisor"_s, supervisorId)
            .exec();
    }
}

void changeSupervisor(const QSqlDatabase &db, qint64 employeeId, qint64 newSupervisorId)
{
    if (newSupervisorId > 0
        && Query(db, u"SELECT 1 FROM employee_tree WHERE ancestor_id = :id AND descendant_id = :supervisor"_s)
               .bind(u":id"_s, employeeId)
               .bind(u":supervisor"_s, newSupervisorId)
               .scalar()
               .isValid())
        throw ApiException(409, u"supervisor_cycle"_s,
                           u"An employee cannot report to themselves or to one of their own subordinates"_s)
            .withDetail(u"field"_s, u"supervisor_id"_s);
    // Detach the subtree from everyone above it, then hang it under the new supervisor's chain.
    Query(db, u"DELETE FROM employee_tree "
              u"WHERE descendant_id IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :id) "
              u"AND ancestor_id NOT IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :id)"_s)
        .bind(u":id"_s, employeeId)
        .exec();
    if (newSupervisorId > 0) {
        Query(db, u"INSERT INTO employee_tree (ancestor_id, descendant_id, depth) "
                  u"SELECT above.ancestor_id, below.descendant_id, above.depth + below.depth + 1 "
                  u"FROM employee_tree above, employee_tree below "
                  u"WHERE above.descendant_id = :supervisor AND below.ancestor_id = :id"_s)
            .bind(u":supervisor"_s, newSupervisorId)
            .bind(u":id"_s, employeeId)
            .exec();
    }
}

qint64 supervisorOf(const QSqlDatabase &db, qint64 employeeId)
{
    Query up(db, u"SELECT s.id, s.active FROM employees e JOIN employees s ON s.id = e.supervisor_id WHERE e.id = :id"_s);
    for (qint64 id = employeeId;;) {
        up.bind(u":id"_s, id).exec();
        if (!up.next())
            return 0;
        id = up.value(0).toLongLong();
        if (up.value(1).toBool())
            return id;
    }
}

} // namespace Tradewind::Org
