#include "audit.h"

#include "database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tradewind::Audit {

namespace {

// Bookkeeping fields change with every write and say nothing about what the user changed.
bool isBookkeeping(const QString &field)
{
    return field == u"version"_s || field == u"updated_at"_s || field == u"created_at"_s;
}

} // namespace

void record(const RequestContext &context, const QString &entity, qint64 rowId, const QString &action,
            const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> fields;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        fields.insert(it.key());
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        fields.insert(it.key());
    QJsonObject changes;
    for (const QString &field : std::as_const(fields)) {
        if (isBookkeeping(field) || before.value(field) == after.value(field))
            continue;
        changes.insert(field, QJsonObject{{u"old"_s, before.value(field)}, {u"new"_s, after.value(field)}});
    }
    if (changes.isEmpty() && action == u"update"_s)
        return;
    Query(context.db, u"INSERT INTO audit_log (at, employee_id, entity, row_id, action, changes) "
                      u"VALUES (:at, :employee, :entity, :row, :action, :changes)"_s)
        .bind(u":at"_s, storedTimestamp(context.now))
        .bind(u":employee"_s, context.caller.isAuthenticated() ? QVariant(context.caller.id) : QVariant())
        .bind(u":entity"_s, entity)
        .bind(u":row"_s, rowId)
        .bind(u":action"_s, action)
        .bind(u":changes"_s, QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)))
        .exec();
}

QJsonArray history(const RequestContext &context, const QString &entity, qint64 rowId)
{
    Query query(context.db, u"SELECT a.at, a.employee_id, e.name, a.action, a.changes FROM audit_log a "
                            u"LEFT JOIN employees e ON e.id = a.employee_id "
                            u"WHERE a.entity = :entity AND a.row_id = :row ORDER BY a.id DESC"_s);
    query.bind(u":entity"_s, entity).bind(u":row"_s, rowId).exec();
    QJsonArray items;
    while (query.next()) {
        items.append(QJsonObject{
            {u"at"_s, query.value(0).toString()},
            {u"employee_id"_s, query.value(1).isNull() ? QJsonValue() : QJsonValue(query.value(1).toLongLong())},
            {u"employee_name"_s, query.value(2).toString()},
            {u"action"_s, query.value(3).toString()},
            {u"changes"_s, QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()}});
    }
    return items;
}

} // namespace Tradewind::Audit
