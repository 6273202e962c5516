#include "auditlog.h"

#include "database.h"
#include "roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Tradewind::Admin {

namespace {

QString startOfDay(const QDate &day)
{
    return storedTimestamp(QDateTime(day, QTime(0, 0), QTimeZone::utc()));
}

Http::Response listAudit(RequestContext &context)
{
    if (!context.caller.hasRole(Roles::SystemAdmin))
        throw ApiException::forbidden(u"Only a system administrator may read the audit trail"_s);
    const Paging paging = context.paging({{u"at"_s, u"a.at"_s}}, u"-at"_s, u"a.id"_s);
    const qint64 employeeId = context.idQuery(u"employee_id"_s);
    const QString entity = context.textQuery(u"entity"_s, 40);
    static const QRegularExpression entityPattern(u"^[a-z_]+$"_s);
    if (!entity.isEmpty() && !entityPattern.match(entity).hasMatch())
        throw ApiException::invalidField(u"entity"_s, u"Parameter 'entity' is a record type such as employee or contract"_s);
    const qint64 rowId = context.idQuery(u"row_id"_s);
    if (rowId > 0 && entity.isEmpty())
        throw ApiException::invalidField(u"row_id"_s, u"Parameter 'row_id' needs 'entity', the type of the record"_s);
    const QDate from = context.dateQuery(u"from"_s);
    const QDate to = context.dateQuery(u"to"_s);
    if (from.isValid() && to.isValid() && to < from)
        throw ApiException::invalidField(u"to"_s, u"Parameter 'to' is before 'from'"_s);

    QStringList conditions{u"1 = 1"_s};
    if (employeeId > 0)
        conditions.append(u"a.employee_id = :employee"_s);
    if (!entity.isEmpty())
        conditions.append(u"a.entity = :entity"_s);
    if (rowId > 0)
        conditions.append(u"a.row_id = :row"_s);
    if (from.isValid())
        conditions.append(u"a.at >= :from"_s);
    if (to.isValid())
        conditions.append(u"a.at < :until"_s);
    const QString where = conditions.join(u" AND "_s);
    const auto bindFilters = [&](Query &query) {
        if (employeeId > 0)
            query.bind(u":employee"_s, employeeId);
        if (!entity.isEmpty())
            query.bind(u":entity"_s, entity);
        if (rowId > 0)
            query.bind(u":row"_s, rowId);
        if (from.isValid())
            query.bind(u":from"_s, startOfDay(from));
        if (to.isValid())
            query.bind(u":until"_s, startOfDay(to.addDays(1)));
    };

    Query count(context.db, u"SELECT COUNT(*) FROM audit_log a WHERE "_s + where);
    bindFilters(count);
    const qint64 total = count.scalar().toLongLong();
    Query query(context.db, u"SELECT a.id, a.at, a.employee_id, e.name, a.entity, a.row_id, a.action, a.changes "
                            u"FROM audit_log a LEFT JOIN employees e ON e.id = a.employee_id WHERE "_s
                                + where + u" ORDER BY "_s + paging.orderBy + u" LIMIT :limit OFFSET :offset"_s);
    bindFilters(query);
    query.bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next()) {
        items.append(QJsonObject{
            {u"id"_s, query.value(0).toLongLong()},
            {u"at"_s, query.value(1).toString()},
            {u"employee_id"_s, query.value(2).isNull() ? QJsonValue() : QJsonValue(query.value(2).toLongLong())},
            {u"employee_name"_s, query.value(3).toString()},
            {u"entity"_s, query.value(4).toString()},
            {u"row_id"_s, query.value(5).toLongLong()},
            {u"action"_s, query.value(6).toString()},
            {u"changes"_s, QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object()}});
    }
    return jsonResponse(200, Wire::page(items, total));
}

} // namespace

void registerAuditRoutes(Router &router)
{
    router.add("GET", u"/api/v1/audit"_s, listAudit);
}

} // namespace Tradewind::Admin
