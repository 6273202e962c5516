#include "departments.h"

#include "audit.h"
#include "database.h"
#include "settings.h"
#include "sqlrows.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Admin {

namespace {

constexpr int MaxNameLength = 100;

qint64 departmentVersion(const QSqlDatabase &db, qint64 id)
{
    return Query(db, u"SELECT version FROM departments WHERE id = :id"_s).bind(u":id"_s, id).scalar().toLongLong();
}

Http::Response departmentResponse(const QSqlDatabase &db, int status, qint64 id)
{
    return withVersion(jsonResponse(status, department(db, id).toJson()), departmentVersion(db, id));
}

/** 409 duplicate_department when another department under the same parent has this name (case-insensitively). */
void requireUniqueName(const QSqlDatabase &db, const QString &name, qint64 parentId, qint64 exceptId)
{
    const bool taken = Query(db, u"SELECT 1 FROM departments WHERE name = :name COLLATE NOCASE AND "
                                 u"COALESCE(parent_id, 0) = :parent AND id <> :except"_s)
                           .bind(u":name"_s, name)
                           .bind(u":parent"_s, parentId)
                           .bind(u":except"_s, exceptId)
                           .scalar()
                           .isValid();
    if (taken)
        throw ApiException(409, u"duplicate_department"_s, u"A department named '%1' is already there"_s.arg(name),
                           u"name"_s);
}

/** True when ancestorId is departmentId or above it. */
bool isAtOrAbove(const QSqlDatabase &db, qint64 ancestorId, qint64 departmentId)
{
    // UNION (not UNION ALL) ends the walk even on a damaged tree with a cycle.
    return Query(db, u"WITH RECURSIVE up(id) AS (SELECT :department UNION "
                     u"SELECT d.parent_id FROM departments d JOIN up ON d.id = up.id WHERE d.parent_id IS NOT NULL) "
                     u"SELECT 1 FROM up WHERE id = :ancestor"_s)
        .bind(u":department"_s, departmentId)
        .bind(u":ancestor"_s, ancestorId)
        .scalar()
        .isValid();
}

Http::Response listDepartments(RequestContext &context)
{
    // Without "active" every department is listed, deactivated ones too, so that old records keep their names.
    const bool filtered = context.request.query.hasQueryItem(u"active"_s);
    const bool active = context.boolQuery(u"active"_s);
    Query query(context.db, u"SELECT id FROM departments WHERE "_s + (filtered ? u"active = :active"_s : u"1 = 1"_s)
                                + u" ORDER BY id"_s);
    if (filtered)
        query.bind(u":active"_s, active);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    QJsonArray items;
    for (const qint64 id : std::as_const(ids))
        items.append(department(context.db, id).toJson());
    return jsonResponse(200, Wire::page(items, items.size()));
}

qint64 readParent(JsonReader &body)
{
    return body.integer(u"parent_id"_s, JsonReader::Presence::Optional, 0, std::numeric_limits<qint64>::max() / 2).value_or(0);
}

Http::Response postDepartment(RequestContext &context)
{
    using P = JsonReader::Presence;
    Settings::requireAdministrator(context, u"departments"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields({u"name"_s, u"parent_id"_s});
    const QString name = body.string(u"name"_s, P::Required, MaxNameLength).value_or(QString());
    const qint64 parentId = readParent(body);
    requireValid(body);
    Transaction transaction(context.db);
    const Department created = createDepartment(context, name, parentId);
    transaction.commit();
    return departmentResponse(context.db, 201, created.id);
}

Http::Response patchDepartment(RequestContext &context)
{
    using P = JsonReader::Presence;
    Settings::requireAdministrator(context, u"departments"_s);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Department before = department(context.db, id);
    requireVersion(context.ifMatchVersion(), departmentVersion(context.db, id));
    JsonReader body = context.body();
    body.rejectUnknownFields({u"name"_s, u"parent_id"_s});
    Department after = before;
    after.name = body.string(u"name"_s, P::Optional, MaxNameLength).value_or(before.name);
    after.parentId = body.object().contains(u"parent_id"_s) ? readParent(body) : before.parentId; // null: to the top
    requireValid(body);
    if (after.parentId != before.parentId && after.parentId > 0) {
        requireActiveDepartment(context.db, after.parentId, u"parent_id"_s);
        if (isAtOrAbove(context.db, id, after.parentId))
            throw ApiException(409, u"department_cycle"_s,
                               u"A department cannot be moved under itself or one of its own sub-departments"_s,
                               u"parent_id"_s);
    }
    requireUniqueName(context.db, after.name, after.parentId, id);
    Sql::set(context.db, u"departments"_s, id,
             {{u"name"_s, after.name},
              {u"parent_id"_s, after.parentId > 0 ? QVariant(after.parentId) : QVariant()},
              {u"version"_s, departmentVersion(context.db, id) + 1}});
    Audit::record(context, u"department"_s, id, u"update"_s, before.toJson(), department(context.db, id).toJson());
    transaction.commit();
    return departmentResponse(context.db, 200, id);
}

Http::Response setActive(RequestContext &context, bool active)
{
    Settings::requireAdministrator(context, u"departments"_s);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Department before = department(context.db, id);
    if (active && before.parentId > 0 && !department(context.db, before.parentId).active)
        throw ApiException::conflict(u"parent_inactive"_s,
                                     u"The department above is deactivated: activate it first, or move this one"_s);
    if (!active) {
        const qint64 employees = Query(context.db, u"SELECT COUNT(*) FROM employees WHERE department_id = :id AND active = 1"_s)
                                     .bind(u":id"_s, id)
                                     .scalar()
                                     .toLongLong();
        const qint64 departments = Query(context.db, u"SELECT COUNT(*) FROM departments WHERE parent_id = :id AND active = 1"_s)
                                       .bind(u":id"_s, id)
                                       .scalar()
                                       .toLongLong();
        if (employees > 0 || departments > 0)
            throw ApiException::conflict(u"department_not_empty"_s,
                                         u"The department still has %1 active employees and %2 active sub-departments: "
                                         u"move or deactivate them first"_s
                                             .arg(employees)
                                             .arg(departments))
                .withDetail(u"active_employees"_s, employees)
                .withDetail(u"active_departments"_s, departments);
    }
    if (before.active != active) {
        Sql::set(context.db, u"departments"_s, id,
                 {{u"active"_s, active}, {u"version"_s, departmentVersion(context.db, id) + 1}});
        Audit::record(context, u"department"_s, id, active ? u"activate"_s : u"deactivate"_s, before.toJson(),
                      department(context.db, id).toJson());
    }
    transaction.commit();
    return departmentResponse(context.db, 200, id);
}

} // namespace

void registerDepartmentRoutes(Router &router)
{
    router.add("GET", u"/api/v1/departments"_s, listDepartments);
    router.add("POST", u"/api/v1/departments"_s, postDepartment);
    router.add("GET", u"/api/v1/departments/{id}"_s,
               [](RequestContext &context) { return departmentResponse(context.db, 200, context.idParameter()); });
    router.add("PATCH", u"/api/v1/departments/{id}"_s, patchDepartment);
    router.add("POST", u"/api/v1/departments/{id}/deactivate"_s, [](RequestContext &context) { return setActive(context, false); });
    router.add("POST", u"/api/v1/departments/{id}/activate"_s, [](RequestContext &context) { return setActive(context, true); });
}

Department department(const QSqlDatabase &db, qint64 departmentId)
{
    Query query(db, u"SELECT id, name, parent_id, active FROM departments WHERE id = :id"_s);
    query.bind(u":id"_s, departmentId).exec();
    if (!query.next())
        throw ApiException::notFound();
    Department department;
    department.id = query.value(0).toLongLong();
    department.name = query.value(1).toString();
    department.parentId = query.value(2).toLongLong();
    department.active = query.value(3).toBool();
    return department;
}

void requireActiveDepartment(const QSqlDatabase &db, qint64 departmentId, const QString &field)
{
    Query query(db, u"SELECT name, active FROM departments WHERE id = :id"_s);
    query.bind(u":id"_s, departmentId).exec();
    if (!query.next())
        throw ApiException::invalidField(field, u"No department has id %1"_s.arg(departmentId));
    if (!query.value(1).toBool())
        throw ApiException::invalidField(field, u"The department %1 is deactivated"_s.arg(query.value(0).toString()));
}

Department createDepartment(RequestContext &context, const QString &name, qint64 parentId)
{
    if (parentId > 0)
        requireActiveDepartment(context.db, parentId, u"parent_id"_s);
    requireUniqueName(context.db, name, parentId, 0);
    const qint64 id = Sql::insert(context.db, u"departments"_s,
                                  {{u"name"_s, name}, {u"parent_id"_s, parentId > 0 ? QVariant(parentId) : QVariant()}});
    const Department created = department(context.db, id);
    Audit::record(context, u"department"_s, id, u"create"_s, {}, created.toJson());
    return created;
}

} // namespace Tradewind::Admin
