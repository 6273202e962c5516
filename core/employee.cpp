#include "employee.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

} // namespace

QJsonObject Department::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"parent_id"_s, idOrNull(parentId)}, {u"active"_s, active}};
}

Department Department::fromJson(const QJsonObject &json)
{
    Department department;
    department.id = json.value(u"id"_s).toInteger();
    department.name = json.value(u"name"_s).toString();
    department.parentId = json.value(u"parent_id"_s).toInteger();
    department.active = json.value(u"active"_s).toBool(true);
    return department;
}

QJsonObject Employee::toJson() const
{
    return {{u"id"_s, id},
            {u"login"_s, login},
            {u"name"_s, name},
            {u"department_id"_s, idOrNull(departmentId)},
            {u"department_name"_s, departmentName},
            {u"supervisor_id"_s, idOrNull(supervisorId)},
            {u"supervisor_name"_s, supervisorName},
            {u"roles"_s, QJsonArray::fromStringList(roles)},
            {u"email"_s, email},
            {u"phone"_s, phone},
            {u"active"_s, active}};
}

Employee Employee::fromJson(const QJsonObject &json)
{
    Employee employee;
    employee.id = json.value(u"id"_s).toInteger();
    employee.login = json.value(u"login"_s).toString();
    employee.name = json.value(u"name"_s).toString();
    employee.departmentId = json.value(u"department_id"_s).toInteger();
    employee.departmentName = json.value(u"department_name"_s).toString();
    employee.supervisorId = json.value(u"supervisor_id"_s).toInteger();
    employee.supervisorName = json.value(u"supervisor_name"_s).toString();
    for (const QJsonValue &role : json.value(u"roles"_s).toArray())
        employee.roles.append(role.toString());
    employee.email = json.value(u"email"_s).toString();
    employee.phone = json.value(u"phone"_s).toString();
    employee.active = json.value(u"active"_s).toBool(true);
    return employee;
}

} // namespace Tradewind
