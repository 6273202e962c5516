#include "childrecords.h"

#include "audit.h"
#include "database.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tradewind::ChildRecords {

QStringList Kind::inputFields() const
{
    QStringList names;
    for (const Field &field : fields)
        names.append(field.name);
    return names;
}

Field text(const QString &name, int maxLength, bool required)
{
    Field field{name, Type::Text, name};
    field.maxLength = maxLength;
    field.required = required;
    return field;
}

Field choice(const QString &name, const QStringList &choices, const QString &defaultValue)
{
    Field field{name, Type::Choice, name};
    field.choices = choices;
    field.required = defaultValue.isEmpty();
    field.defaultValue = defaultValue.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(defaultValue);
    return field;
}

Field date(const QString &name, bool required)
{
    Field field{name, Type::Date, name};
    field.required = required;
    return field;
}

Field money(const QString &name, const QString &minorColumn, const QString &currencyColumn, bool required)
{
    Field field{name, Type::Money, minorColumn};
    field.currencyColumn = currencyColumn;
    field.required = required;
    return field;
}

Field reference(const QString &name, bool required, const QString &check, const QString &message,
                std::function<Visibility(const RequestContext &)> reach)
{
    Field field{name, Type::Reference, name};
    field.required = required;
    field.referenceCheck = check;
    field.referenceMessage = message;
    field.referenceReach = std::move(reach);
    return field;
}

namespace {

QString selectSql(const ParentType &parentType, const Kind &kind)
{
    QStringList columns{u"c.id"_s, u"c."_s + parentType.column, kind.versioned ? u"c.version"_s : u"1"_s,
                        u"c."_s + kind.createdByColumn, u"ce.name"_s, u"c."_s + kind.createdAtColumn,
                        u"c."_s + kind.updatedAtColumn};
    for (const Field &field : kind.fields) {
        columns.append(u"c."_s + field.column);
        if (field.type == Type::Money)
            columns.append(u"c."_s + field.currencyColumn);
    }
    for (const Extra &extra : kind.extras)
        columns.append(extra.expression);
    return u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + kind.table + u" c LEFT JOIN employees ce ON ce.id = c."_s
        + kind.createdByColumn + u' ' + kind.joins;
}

QJsonValue nullable(const QVariant &value, const std::function<QJsonValue(const QVariant &)> &convert)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : convert(value);
}

QJsonObject readItem(const ParentType &parentType, const Kind &kind, const Query &query)
{
    QJsonObject item{{u"id"_s, query.value(0).toLongLong()},
                     {parentType.column, query.value(1).toLongLong()},
                     {u"version"_s, query.value(2).toLongLong()},
                     {u"created_by"_s, nullable(query.value(3), [](const QVariant &v) { return QJsonValue(v.toLongLong()); })},
                     {u"created_by_name"_s, query.value(4).toString()},
                     {u"created_at"_s, query.value(5).toString()},
                     {u"updated_at"_s, query.value(6).toString()}};
    int column = 7;
    for (const Field &field : kind.fields) {
        const QVariant value = query.value(column++);
        switch (field.type) {
        case Type::Text:
        case Type::Choice:
            item.insert(field.name, value.toString());
            break;
        case Type::Date:
        case Type::Timestamp:
            item.insert(field.name, nullable(value, [](const QVariant &v) { return QJsonValue(v.toString()); }));
            break;
        case Type::Bool:
            item.insert(field.name, value.toLongLong() != 0);
            break;
        case Type::Integer:
        case Type::Reference:
            item.insert(field.name, nullable(value, [](const QVariant &v) { return QJsonValue(v.toLongLong()); }));
            break;
        case Type::Money: {
            const QVariant currency = query.value(column++);
            item.insert(field.name, nullable(value, [&](const QVariant &v) {
                            return QJsonValue(Money(v.toLongLong(), currency.toString()).toJson());
                        }));
            break;
        }
        }
    }
    for (const Extra &extra : kind.extras) {
        const QVariant value = query.value(column++);
        item.insert(extra.name, extra.integer ? nullable(value, [](const QVariant &v) { return QJsonValue(v.toLongLong()); })
                                              : QJsonValue(value.toString()));
    }
    return item;
}

/** A validated input: the values per SQL column, and the same as a JSON document for the rules. */
struct Input
{
    QList<QPair<QString, QVariant>> columns;
    QJsonObject document;
};

/** Validates a complete document (a creation, or the record with a patch laid over it). */
Input validate(const RequestContext &context, const Kind &kind, const Parent &parent, const QJsonObject &object)
{
    JsonReader reader(object);
    Input input;
    const auto presence = [](const Field &field) {
        return field.required ? JsonReader::Presence::Required : JsonReader::Presence::Optional;
    };
    for (const Field &field : kind.fields) {
        QVariant value;
        QJsonValue json = QJsonValue::Null;
        switch (field.type) {
        case Type::Text: {
            const QString text = reader.string(field.name, presence(field), field.maxLength).value_or(QString());
            value = text;
            json = text;
            break;
        }
        case Type::Choice: {
            const QString text = reader.choice(field.name, presence(field), field.choices)
                                     .value_or(field.defaultValue.toString());
            value = text;
            json = text;
            break;
        }
        case Type::Date:
            if (const auto date = reader.date(field.name, presence(field))) {
                if (field.notInFuture && *date > context.now.date())
                    reader.fail(field.name, u"Field '%1' must not be after today"_s.arg(field.name));
                value = Wire::dateToWire(*date);
                json = Wire::dateToWire(*date);
            }
            break;
        case Type::Timestamp:
            if (const auto raw = reader.string(field.name, presence(field), 40)) {
                // A time without a zone would be read in the server's local time: refuse it rather than guess.
                static const QRegularExpression zone(u"(Z|[+-]\\d\\d:?\\d\\d)$"_s);
                const QDateTime timestamp = Wire::timestampFromWire(*raw);
                if (!timestamp.isValid() || !zone.match(*raw).hasMatch())
                    reader.fail(field.name, u"Field '%1' must be a UTC timestamp like 2026-11-29T09:00:00.000Z"_s
                                                .arg(field.name));
                value = storedTimestamp(timestamp);
                json = storedTimestamp(timestamp);
            }
            break;
        case Type::Bool: {
            const bool flag = reader.boolean(field.name, presence(field)).value_or(field.defaultValue.toBool());
            value = flag ? 1 : 0;
            json = flag;
            break;
        }
        case Type::Integer:
        case Type::Reference:
            if (const auto id = reader.integer(field.name, presence(field), 1, std::numeric_limits<qint64>::max() / 2)) {
                value = *id;
                json = *id;
                if (field.type == Type::Reference && reader.ok()) {
                    const std::optional<Visibility> reach =
                        field.referenceReach ? std::optional(field.referenceReach(context)) : std::nullopt;
                    Query check(context.db, field.referenceCheck + (reach ? u" AND "_s + reach->condition() : QString()));
                    check.bind(u":value"_s, *id);
                    if (field.referenceCheck.contains(u":parent"_s))
                        check.bind(u":parent"_s, parent.id);
                    if (reach)
                        reach->bind(check);
                    if (!check.scalar().isValid())
                        reader.fail(field.name, field.referenceMessage);
                }
            }
            break;
        case Type::Money:
            if (const auto amount = reader.money(field.name, presence(field))) {
                value = amount->minorUnits();
                json = amount->toJson();
                input.columns.append({field.currencyColumn, amount->currency()});
            } else {
                input.columns.append({field.currencyColumn, QVariant()});
            }
            break;
        }
        requireValid(reader);
        input.columns.append({field.column, value});
        input.document.insert(field.name, json);
    }
    return input;
}

QString itemPath(const ParentType &parentType, const Kind &kind, qint64 parentId, qint64 childId)
{
    return u"%1/%2/%3/%4"_s.arg(parentType.collection).arg(parentId).arg(kind.path).arg(childId);
}

/** The child under this (already visible) parent; 404 for one that does not exist or has another parent. */
QJsonObject loadChild(const RequestContext &context, const ParentType &parentType, const Kind &kind, qint64 parentId,
                      qint64 childId)
{
    Query query(context.db, selectSql(parentType, kind) + u"WHERE c.id = :id AND c."_s + parentType.column + u" = :parent"_s);
    query.bind(u":id"_s, childId).bind(u":parent"_s, parentId).exec();
    if (!query.next())
        throw ApiException::notFound();
    return readItem(parentType, kind, query);
}

Http::Response itemResponse(int status, const QJsonObject &item)
{
    return withVersion(jsonResponse(status, item), item.value(u"version"_s).toInteger());
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response listChildren(const ParentType &parentType, const Kind &kind, RequestContext &context)
{
    const Parent parent = parentType.loadVisible(context, context.idParameter(0));
    QList<QPair<QString, QString>> sortColumns{{u"created_at"_s, u"c."_s + kind.createdAtColumn}};
    sortColumns.append(kind.sortColumns);
    const Paging paging = context.paging(sortColumns, kind.defaultSort, u"c.id"_s);
    const QString ofParent = u"c."_s + parentType.column + u" = :parent"_s;
    const qint64 total = Query(context.db, u"SELECT COUNT(*) FROM "_s + kind.table + u" c WHERE "_s + ofParent)
                             .bind(u":parent"_s, parent.id)
                             .scalar()
                             .toLongLong();
    Query query(context.db, selectSql(parentType, kind) + u"WHERE "_s + ofParent + u" ORDER BY "_s + paging.orderBy
                                + u" LIMIT :limit OFFSET :offset"_s);
    query.bind(u":parent"_s, parent.id).bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readItem(parentType, kind, query));
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getChild(const ParentType &parentType, const Kind &kind, RequestContext &context)
{
    const Parent parent = parentType.loadVisible(context, context.idParameter(0));
    return itemResponse(200, loadChild(context, parentType, kind, parent.id, context.idParameter(1)));
}

/** Validates, authorizes, stores, audits and follows up a new child, inside the caller's transaction. */
QJsonObject insertChild(RequestContext &context, const ParentType &parentType, const Kind &kind, const Parent &parent,
                        const QJsonObject &document)
{
    const Input input = validate(context, kind, parent, document);
    if (kind.authorize)
        kind.authorize(context, parent, {}, input.document);

    QStringList columns{parentType.column, kind.createdByColumn, kind.createdAtColumn, kind.updatedAtColumn};
    QStringList values{u":parent"_s, u":caller"_s, u":now"_s, u":now"_s};
    for (qsizetype i = 0; i < input.columns.size(); ++i) {
        columns.append(input.columns.at(i).first);
        values.append(u":v%1"_s.arg(i));
    }
    Query insert(context.db, u"INSERT INTO "_s + kind.table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                                 + values.join(u", "_s) + u')');
    insert.bind(u":parent"_s, parent.id).bind(u":caller"_s, context.caller.id).bind(u":now"_s, storedTimestamp(context.now));
    for (qsizetype i = 0; i < input.columns.size(); ++i)
        insert.bind(u":v%1"_s.arg(i), input.columns.at(i).second);
    insert.exec();
    const qint64 id = insert.lastInsertId();

    const QJsonObject stored = loadChild(context, parentType, kind, parent.id, id);
    Audit::record(context, kind.table, id, u"create"_s, {}, stored);
    if (kind.afterWrite)
        kind.afterWrite(context, parent, {}, stored);
    return stored;
}

Http::Response createChild(const ParentType &parentType, const Kind &kind, RequestContext &context)
{
    Transaction transaction(context.db);
    const Parent parent = parentType.loadVisible(context, context.idParameter(0));
    JsonReader body = context.body();
    body.rejectUnknownFields(kind.inputFields());
    requireValid(body);
    const QJsonObject stored = insertChild(context, parentType, kind, parent, body.object());
    transaction.commit();
    Http::Response response = itemResponse(201, stored);
    response.setHeader("Location", itemPath(parentType, kind, parent.id, stored.value(u"id"_s).toInteger()).toUtf8());
    return response;
}

Http::Response patchChild(const ParentType &parentType, const Kind &kind, RequestContext &context)
{
    Transaction transaction(context.db);
    const Parent parent = parentType.loadVisible(context, context.idParameter(0));
    const qint64 id = context.idParameter(1);
    const QJsonObject before = loadChild(context, parentType, kind, parent.id, id);
    requireVersion(context.ifMatchVersion(), before.value(u"version"_s).toInteger());
    JsonReader patch = context.body();
    const Input input = validate(context, kind, parent, applyPatch(before, patch, kind.inputFields()));
    if (kind.authorize)
        kind.authorize(context, parent, before, input.document);

    QStringList assignments{u"version = version + 1"_s, kind.updatedAtColumn + u" = :now"_s};
    for (qsizetype i = 0; i < input.columns.size(); ++i)
        assignments.append(input.columns.at(i).first + u" = :v%1"_s.arg(i));
    Query update(context.db, u"UPDATE "_s + kind.table + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = :id"_s);
    update.bind(u":now"_s, storedTimestamp(context.now)).bind(u":id"_s, id);
    for (qsizetype i = 0; i < input.columns.size(); ++i)
        update.bind(u":v%1"_s.arg(i), input.columns.at(i).second);
    update.exec();

    const QJsonObject stored = loadChild(context, parentType, kind, parent.id, id);
    Audit::record(context, kind.table, id, u"update"_s, before, stored);
    if (kind.afterWrite)
        kind.afterWrite(context, parent, before, stored);
    transaction.commit();
    return itemResponse(200, stored);
}

} // namespace

void registerRoutes(Router &router, const ParentType &parentType, const QList<Kind> &kinds)
{
    for (const Kind &kind : kinds) {
        const QString collection = parentType.collection + u"/{id}/"_s + kind.path;
        const QString item = collection + u"/{child_id}"_s;
        // The descriptions are static, so handlers may keep a pointer to theirs.
        const Kind *described = &kind;
        router.add("GET", collection,
                   [parentType, described](RequestContext &context) { return listChildren(parentType, *described, context); });
        router.add("GET", item,
                   [parentType, described](RequestContext &context) { return getChild(parentType, *described, context); });
        if (kind.readOnly)
            continue; // POST and PATCH then answer 405: the path is known, the method is not
        router.add("POST", collection,
                   [parentType, described](RequestContext &context) { return createChild(parentType, *described, context); });
        router.add("PATCH", item,
                   [parentType, described](RequestContext &context) { return patchChild(parentType, *described, context); });
    }
}

QJsonObject create(RequestContext &context, const ParentType &parentType, const Kind &kind, const Parent &parent,
                   const QJsonObject &document)
{
    return insertChild(context, parentType, kind, parent, document);
}

} // namespace Tradewind::ChildRecords
