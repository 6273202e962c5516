#include "opportunitychildren.h"

#include "audit.h"
#include "database.h"
#include "notifications.h"
#include "opportunityservice.h"
#include "roles.h"
#include "visibility.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Opportunities::Children {

namespace {

// ---------------------------------------------------------------------------------------------------------
// The description of a kind of sub-record. Table and column names come only from these static tables, never
// from a request; values always go through placeholders.
// ---------------------------------------------------------------------------------------------------------

enum class Type {
    Text,      ///< NOT NULL text column, '' when absent; maxLength
    Choice,    ///< one of choices; defaultValue when absent
    Date,      ///< "2026-11-29" or null
    Timestamp, ///< UTC ISO timestamp or null
    Bool,      ///< stored 0/1; defaultValue when absent
    Money,     ///< two columns: column (minor units) and currencyColumn; null when absent
    Integer,   ///< a positive id without a check (e.g. a quote), or null
    Reference, ///< a positive id that referenceCheck must accept, or null
};

struct Field
{
    QString name{};   ///< JSON name
    Type type{};
    QString column{}; ///< SQL column (minor units for Money)
    bool required = false;
    int maxLength = 0;
    QStringList choices{};
    QJsonValue defaultValue = QJsonValue::Null;
    QString currencyColumn{}; ///< Money only
    /** Reference only: SELECT yielding a row when the id is acceptable; placeholders :value and :opportunity. */
    QString referenceCheck{};
    QString referenceMessage{};
    bool notInFuture = false; ///< Date only: not after today
};

/** A read-only field computed by the SELECT (usually from a join). */
struct Extra
{
    QString name{};
    QString expression{};
    bool integer = false;
};

/** Throws 403 when the caller may not make this change; before is empty for a creation. */
using Authorize = std::function<void(const RequestContext &, const Opportunity &, const QJsonObject &before,
                                     const QJsonObject &after)>;
/** Side effects of a write inside its transaction; before is empty for a creation. */
using AfterWrite = std::function<void(RequestContext &, const Opportunity &, const QJsonObject &before,
                                      const QJsonObject &after)>;

struct Kind
{
    QString path{}; ///< path segment under /opportunities/{id}/
    QString table{};
    QList<Field> fields{};
    QList<Extra> extras{};
    QString joins{}; ///< extra JOIN clauses for the extras (the row is aliased c)
    QList<QPair<QString, QString>> sortColumns{}; ///< besides created_at
    QString defaultSort{};
    QString createdByColumn = u"created_by"_s;
    QString createdAtColumn = u"created_at"_s;
    QString updatedAtColumn = u"updated_at"_s;
    bool versioned = true;
    bool readOnly = false; ///< GET only; the server writes these rows elsewhere
    Authorize authorize{};
    AfterWrite afterWrite{};

    QStringList inputFields() const
    {
        QStringList names;
        for (const Field &field : fields)
            names.append(field.name);
        return names;
    }
};

Field text(const QString &name, int maxLength, bool required = false)
{
    Field field{name, Type::Text, name};
    field.maxLength = maxLength;
    field.required = required;
    return field;
}

Field choice(const QString &name, const QStringList &choices, const QString &defaultValue = {})
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

Field reference(const QString &name, bool required, const QString &check, const QString &message)
{
    Field field{name, Type::Reference, name};
    field.required = required;
    field.referenceCheck = check;
    field.referenceMessage = message;
    return field;
}

bool isExecutive(const Caller &caller)
{
    return caller.hasRole(Roles::Executive);
}

/** Strictly above the owner in the supervisor chain, or an executive. */
bool isAboveOwner(const RequestContext &context, const Opportunity &opportunity)
{
    if (isExecutive(context.caller))
        return true;
    return context.caller.id != opportunity.ownerId
        && Visibility::reachesEmployee(context.db, context.caller, opportunity.ownerId);
}

void authorizeAdvice(const RequestContext &context, const Opportunity &opportunity, const QJsonObject &before,
                     const QJsonObject &after)
{
    if (!before.isEmpty() && before.value(u"author_id"_s).toInteger() != context.caller.id)
        throw ApiException::forbidden(u"Only the author may edit a piece of advice"_s);
    const bool reply = !after.value(u"reply_to"_s).isNull();
    if (reply && !before.isEmpty() && after.value(u"reply_to"_s) == before.value(u"id"_s))
        throw ApiException::invalidField(u"reply_to"_s, u"Advice cannot reply to itself"_s);
    if (reply) {
        if (context.caller.id != opportunity.ownerId && !isAboveOwner(context, opportunity))
            throw ApiException::forbidden(u"Only the owner and their supervisors may reply to advice"_s);
    } else if (!isAboveOwner(context, opportunity)) {
        throw ApiException::forbidden(u"Advice is given by the owner's supervisors; the owner may reply to it"_s);
    }
}

void notifyAdvice(RequestContext &context, const Opportunity &opportunity, const QJsonObject &before,
                  const QJsonObject &after)
{
    if (!before.isEmpty())
        return; // an edit is not news
    const qint64 adviceId = after.value(u"id"_s).toInteger();
    const QJsonObject details{{u"advice_id"_s, adviceId},
                              {u"author_id"_s, context.caller.id},
                              {u"author_name"_s, context.caller.name},
                              {u"text"_s, after.value(u"text"_s).toString().left(200)}};
    if (after.value(u"reply_to"_s).isNull()) {
        if (opportunity.ownerId != context.caller.id)
            Notifications::notify(context.db, opportunity.ownerId, u"advice"_s, opportunity.id, details, context.now);
        return;
    }
    const qint64 repliedAuthor = Query(context.db, u"SELECT author_id FROM advice WHERE id = :id"_s)
                                     .bind(u":id"_s, after.value(u"reply_to"_s).toInteger())
                                     .scalar()
                                     .toLongLong();
    if (repliedAuthor > 0 && repliedAuthor != context.caller.id)
        Notifications::notify(context.db, repliedAuthor, u"advice_reply"_s, opportunity.id, details, context.now);
}

void keepLastFollowUp(RequestContext &context, const Opportunity &opportunity, const QJsonObject &, const QJsonObject &)
{
    refreshLastFollowUp(context.db, opportunity.id);
}

/** Recording a win closes the opportunity as won: an ordinary, audited opportunity update. */
void closeAsWon(RequestContext &context, const Opportunity &opportunity, const QJsonObject &before, const QJsonObject &)
{
    if (!before.isEmpty() || opportunity.stage == Opportunity::StageWon)
        return;
    Query(context.db, u"UPDATE opportunities SET stage = :stage, version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":stage"_s, Opportunity::StageWon)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, opportunity.id)
        .exec();
    Audit::record(context, u"opportunity"_s, opportunity.id, u"update"_s, opportunity.toJson(),
                  loadVisible(context, opportunity.id).toJson());
}

const QList<Kind> &kinds()
{
    static const QList<Kind> list = [] {
        QList<Kind> kinds;

        Kind contacts{u"contacts"_s, u"opportunity_contacts"_s};
        contacts.fields = {
            reference(u"contact_id"_s, true,
                      u"SELECT 1 FROM partner_contacts WHERE id = :value AND partner_id = "
                      u"(SELECT customer_id FROM opportunities WHERE id = :opportunity)"_s,
                      u"Field 'contact_id' must be a contact of the opportunity's customer"_s),
            text(u"role"_s, 100), text(u"notes"_s, 2000)};
        contacts.joins = u"JOIN partner_contacts pc ON pc.id = c.contact_id "_s;
        contacts.extras = {{u"contact_name"_s, u"pc.name"_s},
                           {u"contact_title"_s, u"pc.title"_s},
                           {u"contact_phone"_s, u"pc.phone"_s},
                           {u"contact_email"_s, u"pc.email"_s},
                           {u"partner_id"_s, u"pc.partner_id"_s, true}};
        contacts.defaultSort = u"-created_at"_s;
        kinds.append(contacts);

        Kind followUps{u"follow-ups"_s, u"follow_ups"_s};
        Field happenedOn = date(u"happened_on"_s, true);
        happenedOn.notInFuture = true;
        followUps.fields = {happenedOn, choice(u"way"_s, {u"visit"_s, u"call"_s, u"email"_s, u"meeting"_s}),
                            text(u"content"_s, 4000, true), text(u"next_step"_s, 1000)};
        followUps.sortColumns = {{u"happened_on"_s, u"c.happened_on"_s}};
        followUps.defaultSort = u"-happened_on"_s;
        followUps.afterWrite = keepLastFollowUp;
        kinds.append(followUps);

        Kind plans{u"plans"_s, u"tracking_plans"_s};
        Field remindAt{u"remind_at"_s, Type::Timestamp, u"remind_at"_s};
        Field done{u"done"_s, Type::Bool, u"done"_s};
        done.defaultValue = false;
        plans.fields = {date(u"planned_on"_s, true), text(u"action"_s, 1000, true), remindAt, done};
        plans.sortColumns = {{u"planned_on"_s, u"c.planned_on"_s}, {u"remind_at"_s, u"c.remind_at"_s}};
        plans.defaultSort = u"-planned_on"_s;
        kinds.append(plans);

        Kind competitors{u"competitors"_s, u"competitor_records"_s};
        competitors.fields = {
            reference(u"competitor_id"_s, true,
                      u"SELECT 1 FROM partners WHERE id = :value AND (',' || classes || ',') LIKE '%,competitor,%'"_s,
                      u"Field 'competitor_id' must be a business partner classed as a competitor"_s),
            text(u"product"_s, 200), text(u"price_level"_s, 100), text(u"strengths"_s, 2000),
            text(u"weaknesses"_s, 2000), choice(u"threat"_s, {u"low"_s, u"medium"_s, u"high"_s}, u"medium"_s)};
        competitors.joins = u"JOIN partners cp ON cp.id = c.competitor_id "_s;
        competitors.extras = {{u"competitor_name"_s, u"cp.name"_s}};
        competitors.defaultSort = u"-created_at"_s;
        kinds.append(competitors);

        Kind tenders{u"tenders"_s, u"tenders"_s};
        tenders.fields = {text(u"tender_number"_s, 100, true),
                          text(u"issuing_body"_s, 200),
                          date(u"deadline"_s, false),
                          money(u"bid_bond"_s, u"bond_minor"_s, u"bond_currency"_s, false),
                          choice(u"bond_status"_s, {u"none"_s, u"paid"_s, u"refunded"_s, u"forfeited"_s}, u"none"_s),
                          money(u"bid_amount"_s, u"bid_minor"_s, u"bid_currency"_s, false),
                          choice(u"result"_s, {u"pending"_s, u"won"_s, u"lost"_s, u"cancelled"_s}, u"pending"_s),
                          text(u"documents_note"_s, 2000)};
        tenders.sortColumns = {{u"deadline"_s, u"c.deadline"_s}};
        tenders.defaultSort = u"-created_at"_s;
        kinds.append(tenders);

        Kind wins{u"wins"_s, u"wins"_s};
        wins.fields = {date(u"won_on"_s, true), money(u"amount"_s, u"amount_minor"_s, u"currency"_s, true),
                       Field{u"quote_id"_s, Type::Integer, u"quote_id"_s}, text(u"notes"_s, 2000)};
        wins.sortColumns = {{u"won_on"_s, u"c.won_on"_s}};
        wins.defaultSort = u"-won_on"_s;
        wins.afterWrite = closeAsWon;
        kinds.append(wins);

        Kind ownerChanges{u"owner-changes"_s, u"owner_changes"_s};
        ownerChanges.readOnly = true;
        ownerChanges.versioned = false;
        ownerChanges.createdByColumn = u"by_id"_s;
        ownerChanges.createdAtColumn = u"at"_s;
        ownerChanges.updatedAtColumn = u"at"_s;
        ownerChanges.joins = u"JOIN employees fe ON fe.id = c.from_id JOIN employees te ON te.id = c.to_id "_s;
        ownerChanges.extras = {{u"from_id"_s, u"c.from_id"_s, true}, {u"from_name"_s, u"fe.name"_s},
                               {u"to_id"_s, u"c.to_id"_s, true},     {u"to_name"_s, u"te.name"_s},
                               {u"by_id"_s, u"c.by_id"_s, true},     {u"by_name"_s, u"ce.name"_s},
                               {u"at"_s, u"c.at"_s},                 {u"reason"_s, u"c.reason"_s}};
        ownerChanges.sortColumns = {{u"at"_s, u"c.at"_s}};
        ownerChanges.defaultSort = u"-at"_s;
        kinds.append(ownerChanges);

        Kind advice{u"advice"_s, u"advice"_s};
        advice.createdByColumn = u"author_id"_s;
        advice.fields = {text(u"text"_s, 4000, true),
                         reference(u"reply_to"_s, false,
                                   u"SELECT 1 FROM advice WHERE id = :value AND opportunity_id = :opportunity"_s,
                                   u"Field 'reply_to' must be advice on the same opportunity"_s)};
        advice.extras = {{u"author_id"_s, u"c.author_id"_s, true}, {u"author_name"_s, u"ce.name"_s}};
        advice.defaultSort = u"-created_at"_s;
        advice.authorize = authorizeAdvice;
        advice.afterWrite = notifyAdvice;
        kinds.append(advice);

        return kinds;
    }();
    return list;
}

// ---------------------------------------------------------------------------------------------------------
// SQL and JSON produced from a description
// ---------------------------------------------------------------------------------------------------------

QString selectSql(const Kind &kind)
{
    QStringList columns{u"c.id"_s, u"c.opportunity_id"_s, kind.versioned ? u"c.version"_s : u"1"_s,
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

QJsonObject readItem(const Kind &kind, const Query &query)
{
    QJsonObject item{{u"id"_s, query.value(0).toLongLong()},
                     {u"opportunity_id"_s, query.value(1).toLongLong()},
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

void requireReader(const JsonReader &reader)
{
    if (!reader.ok())
        throw ApiException::invalidField(reader.error()->field, reader.error()->message);
}

/** Validates a complete document (a creation, or the record with a patch laid over it). */
Input validate(const RequestContext &context, const Kind &kind, const Opportunity &opportunity, const QJsonObject &object)
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
                    Query check(context.db, field.referenceCheck);
                    check.bind(u":value"_s, *id);
                    if (field.referenceCheck.contains(u":opportunity"_s))
                        check.bind(u":opportunity"_s, opportunity.id);
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
        requireReader(reader);
        input.columns.append({field.column, value});
        input.document.insert(field.name, json);
    }
    return input;
}

QString itemPath(const Kind &kind, qint64 opportunityId, qint64 childId)
{
    return u"/api/v1/opportunities/%1/%2/%3"_s.arg(opportunityId).arg(kind.path).arg(childId);
}

/** The child under this (already visible) parent; 404 for one that does not exist or has another parent. */
QJsonObject loadChild(const RequestContext &context, const Kind &kind, qint64 opportunityId, qint64 childId)
{
    Query query(context.db, selectSql(kind) + u"WHERE c.id = :id AND c.opportunity_id = :opportunity"_s);
    query.bind(u":id"_s, childId).bind(u":opportunity"_s, opportunityId).exec();
    if (!query.next())
        throw ApiException::notFound();
    return readItem(kind, query);
}

Http::Response itemResponse(int status, const QJsonObject &item)
{
    return withVersion(jsonResponse(status, item), item.value(u"version"_s).toInteger());
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response listChildren(const Kind &kind, RequestContext &context)
{
    const Opportunity parent = loadVisible(context, context.idParameter(0));
    QList<QPair<QString, QString>> sortColumns{{u"created_at"_s, u"c."_s + kind.createdAtColumn}};
    sortColumns.append(kind.sortColumns);
    const Paging paging = context.paging(sortColumns, kind.defaultSort, u"c.id"_s);
    const qint64 total = Query(context.db, u"SELECT COUNT(*) FROM "_s + kind.table + u" WHERE opportunity_id = :opportunity"_s)
                             .bind(u":opportunity"_s, parent.id)
                             .scalar()
                             .toLongLong();
    Query query(context.db, selectSql(kind) + u"WHERE c.opportunity_id = :opportunity ORDER BY "_s + paging.orderBy
                                + u" LIMIT :limit OFFSET :offset"_s);
    query.bind(u":opportunity"_s, parent.id).bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readItem(kind, query));
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getChild(const Kind &kind, RequestContext &context)
{
    const Opportunity parent = loadVisible(context, context.idParameter(0));
    return itemResponse(200, loadChild(context, kind, parent.id, context.idParameter(1)));
}

Http::Response createChild(const Kind &kind, RequestContext &context)
{
    Transaction transaction(context.db);
    const Opportunity parent = loadVisible(context, context.idParameter(0));
    JsonReader body = context.body();
    body.rejectUnknownFields(kind.inputFields());
    requireReader(body);
    const Input input = validate(context, kind, parent, body.object());
    if (kind.authorize)
        kind.authorize(context, parent, {}, input.document);

    QStringList columns{u"opportunity_id"_s, kind.createdByColumn, kind.createdAtColumn, kind.updatedAtColumn};
    QStringList values{u":opportunity"_s, u":caller"_s, u":now"_s, u":now"_s};
    for (qsizetype i = 0; i < input.columns.size(); ++i) {
        columns.append(input.columns.at(i).first);
        values.append(u":v%1"_s.arg(i));
    }
    Query insert(context.db, u"INSERT INTO "_s + kind.table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                                 + values.join(u", "_s) + u')');
    insert.bind(u":opportunity"_s, parent.id).bind(u":caller"_s, context.caller.id).bind(u":now"_s, storedTimestamp(context.now));
    for (qsizetype i = 0; i < input.columns.size(); ++i)
        insert.bind(u":v%1"_s.arg(i), input.columns.at(i).second);
    insert.exec();
    const qint64 id = insert.lastInsertId();

    const QJsonObject stored = loadChild(context, kind, parent.id, id);
    Audit::record(context, kind.table, id, u"create"_s, {}, stored);
    if (kind.afterWrite)
        kind.afterWrite(context, parent, {}, stored);
    transaction.commit();
    Http::Response response = itemResponse(201, stored);
    response.setHeader("Location", itemPath(kind, parent.id, id).toUtf8());
    return response;
}

Http::Response patchChild(const Kind &kind, RequestContext &context)
{
    Transaction transaction(context.db);
    const Opportunity parent = loadVisible(context, context.idParameter(0));
    const qint64 id = context.idParameter(1);
    const QJsonObject before = loadChild(context, kind, parent.id, id);
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

    const QJsonObject stored = loadChild(context, kind, parent.id, id);
    Audit::record(context, kind.table, id, u"update"_s, before, stored);
    if (kind.afterWrite)
        kind.afterWrite(context, parent, before, stored);
    transaction.commit();
    return itemResponse(200, stored);
}

} // namespace

void registerRoutes(Router &router)
{
    for (const Kind &kind : kinds()) {
        const QString collection = u"/api/v1/opportunities/{id}/"_s + kind.path;
        const QString item = collection + u"/{child_id}"_s;
        // The descriptions are static, so handlers may keep a pointer to theirs.
        const Kind *described = &kind;
        router.add("GET", collection, [described](RequestContext &context) { return listChildren(*described, context); });
        router.add("GET", item, [described](RequestContext &context) { return getChild(*described, context); });
        if (kind.readOnly)
            continue; // POST and PATCH then answer 405: the path is known, the method is not
        router.add("POST", collection, [described](RequestContext &context) { return createChild(*described, context); });
        router.add("PATCH", item, [described](RequestContext &context) { return patchChild(*described, context); });
    }
}

void refreshLastFollowUp(const QSqlDatabase &db, qint64 opportunityId)
{
    Query(db, u"UPDATE opportunities SET last_follow_up_on = "
              u"(SELECT MAX(happened_on) FROM follow_ups WHERE opportunity_id = :id) WHERE id = :id"_s)
        .bind(u":id"_s, opportunityId)
        .exec();
}

} // namespace Tradewind::Opportunities::Children
