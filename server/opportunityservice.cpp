#include "opportunityservice.h"

#include "audit.h"
#include "database.h"
#include "partnerservice.h"
#include "roles.h"
#include "visibility.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Opportunities {

namespace {

const QString selectOpportunities =
    u"SELECT o.id, o.kind, o.customer_id, p.name, o.title, o.source, o.stage, o.amount_minor, o.currency, "
    u"o.expected_close, o.owner_id, e.name, o.notes, o.version, o.created_at, o.updated_at "
    u"FROM opportunities o JOIN partners p ON p.id = o.customer_id JOIN employees e ON e.id = o.owner_id "_s;

Opportunity readOpportunity(const Query &query)
{
    Opportunity opportunity;
    opportunity.id = query.value(0).toLongLong();
    opportunity.kind = query.value(1).toString();
    opportunity.customerId = query.value(2).toLongLong();
    opportunity.customerName = query.value(3).toString();
    opportunity.title = query.value(4).toString();
    opportunity.source = query.value(5).toString();
    opportunity.stage = query.value(6).toString();
    opportunity.amount = Money(query.value(7).toLongLong(), query.value(8).toString());
    opportunity.expectedClose = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    opportunity.ownerId = query.value(10).toLongLong();
    opportunity.ownerName = query.value(11).toString();
    opportunity.notes = query.value(12).toString();
    opportunity.version = query.value(13).toLongLong();
    opportunity.createdAt = Wire::timestampFromWire(query.value(14).toString());
    opportunity.updatedAt = Wire::timestampFromWire(query.value(15).toString());
    return opportunity;
}

Http::Response opportunityResponse(int status, const Opportunity &opportunity)
{
    return withVersion(jsonResponse(status, opportunity.toJson()), opportunity.version);
}

/** The customer of an opportunity must exist and be classed as a customer. */
void requireCustomer(const QSqlDatabase &db, qint64 customerId)
{
    const QVariant classes =
        Query(db, u"SELECT classes FROM partners WHERE id = :id"_s).bind(u":id"_s, customerId).scalar();
    if (!classes.isValid())
        throw ApiException::invalidField(u"customer_id"_s, u"No business partner has id %1"_s.arg(customerId));
    if (!classes.toString().split(u',').contains(Partner::Customer))
        throw ApiException::invalidField(u"customer_id"_s, u"Partner %1 is not classed as a customer"_s.arg(customerId));
}

Opportunity validatedInput(JsonReader &reader)
{
    const auto opportunity = Opportunity::fromInput(reader);
    if (!opportunity)
        throw ApiException::invalidField(reader.error()->field, reader.error()->message);
    return *opportunity;
}

Http::Response listOpportunities(RequestContext &context)
{
    const Paging paging = context.paging({{u"updated_at"_s, u"o.updated_at"_s},
                                          {u"created_at"_s, u"o.created_at"_s},
                                          {u"title"_s, u"o.title COLLATE NOCASE"_s},
                                          {u"customer"_s, u"p.name COLLATE NOCASE"_s},
                                          {u"owner"_s, u"e.name"_s},
                                          {u"stage"_s, u"o.stage"_s},
                                          {u"amount"_s, u"o.amount_minor"_s},
                                          {u"expected_close"_s, u"o.expected_close"_s}},
                                         u"-updated_at"_s, u"o.id"_s);
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    QStringList conditions{visibility.condition()};

    const QString kind = context.textQuery(u"kind"_s, 32);
    if (!kind.isEmpty() && !Opportunity::kinds().contains(kind))
        throw ApiException::invalidField(u"kind"_s, u"Parameter 'kind' must be one of: %1"_s.arg(Opportunity::kinds().join(u", "_s)));
    if (!kind.isEmpty())
        conditions.append(u"o.kind = :kind"_s);
    const QString stage = context.textQuery(u"stage"_s, 32);
    if (!stage.isEmpty() && !Opportunity::stages().contains(stage))
        throw ApiException::invalidField(u"stage"_s, u"Parameter 'stage' must be one of: %1"_s.arg(Opportunity::stages().join(u", "_s)));
    if (!stage.isEmpty())
        conditions.append(u"o.stage = :stage"_s);
    if (context.boolQuery(u"open"_s))
        conditions.append(u"o.stage NOT IN ('won', 'lost')"_s);
    const qint64 ownerId = context.idQuery(u"owner_id"_s);
    if (ownerId > 0)
        conditions.append(u"o.owner_id = :owner"_s);
    const qint64 customerId = context.idQuery(u"customer_id"_s);
    if (customerId > 0)
        conditions.append(u"o.customer_id = :customer"_s);
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        conditions.append(u"(o.title LIKE :text ESCAPE '\\' OR p.name LIKE :text ESCAPE '\\')"_s);
    const QString where = conditions.join(u" AND "_s);

    const auto bindFilters = [&](Query &query) {
        visibility.bind(query);
        if (!kind.isEmpty())
            query.bind(u":kind"_s, kind);
        if (!stage.isEmpty())
            query.bind(u":stage"_s, stage);
        if (ownerId > 0)
            query.bind(u":owner"_s, ownerId);
        if (customerId > 0)
            query.bind(u":customer"_s, customerId);
        if (!text.isEmpty())
            query.bind(u":text"_s, likePattern(text));
    };
    // Counting and choosing the page join partners and employees only when a filter or the sort needs them.
    const bool needsPartner = !text.isEmpty() || paging.orderBy.startsWith(u"p."_s);
    const bool needsOwner = paging.orderBy.startsWith(u"e."_s);
    const QString narrowFrom = u"FROM opportunities o "_s
        + (needsPartner ? u"JOIN partners p ON p.id = o.customer_id "_s : QString())
        + (needsOwner ? u"JOIN employees e ON e.id = o.owner_id "_s : QString()) + u"WHERE "_s + where;
    Query count(context.db, u"SELECT COUNT(*) "_s + narrowFrom);
    bindFilters(count);
    const qint64 total = count.scalar().toLongLong();

    // The page's ids are chosen first (for the default sort straight from the owner/updated_at index),
    // then only those rows are read: a manager's first page no longer fetches every visible row to sort it.
    Query query(context.db, selectOpportunities + u"WHERE o.id IN (SELECT o.id "_s + narrowFrom + u" ORDER BY "_s
                                + paging.orderBy + u" LIMIT :limit OFFSET :offset) ORDER BY "_s + paging.orderBy);
    bindFilters(query);
    query.bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readOpportunity(query).toJson());
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getOpportunity(RequestContext &context)
{
    return opportunityResponse(200, loadVisible(context, context.idParameter()));
}

Http::Response createOpportunity(RequestContext &context)
{
    if (!context.caller.hasAnyRole({Roles::Salesperson, Roles::SalesManager}))
        throw ApiException::forbidden(u"Only sales staff create opportunities: the creator becomes the owner"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields(Opportunity::inputFields());
    if (!body.ok())
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    QJsonObject document = body.object();
    if (!document.contains(u"stage"_s))
        document.insert(u"stage"_s, Opportunity::stages().constFirst());
    JsonReader withDefaults(document);
    const Opportunity input = validatedInput(withDefaults);
    Transaction transaction(context.db);
    requireCustomer(context.db, input.customerId);
    const qint64 id = insert(context.db, input, context.caller.id, context.now);
    const Opportunity stored = loadVisible(context, id);
    Audit::record(context, u"opportunity"_s, id, u"create"_s, {}, stored.toJson());
    transaction.commit();
    Http::Response response = opportunityResponse(201, stored);
    response.setHeader("Location", "/api/v1/opportunities/" + QByteArray::number(id));
    return response;
}

Http::Response patchOpportunity(RequestContext &context)
{
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Opportunity before = loadVisible(context, id);
    requireVersion(context.ifMatchVersion(), before.version);
    JsonReader patch = context.body();
    JsonReader mergedReader(applyPatch(before.toJson(), patch, Opportunity::inputFields()));
    const Opportunity input = validatedInput(mergedReader);
    if (input.customerId != before.customerId)
        requireCustomer(context.db, input.customerId);

    Query(context.db, u"UPDATE opportunities SET kind = :kind, customer_id = :customer, title = :title, source = :source, "
                      u"stage = :stage, amount_minor = :amount, currency = :currency, expected_close = :close, "
                      u"notes = :notes, version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":kind"_s, input.kind)
        .bind(u":customer"_s, input.customerId)
        .bind(u":title"_s, input.title)
        .bind(u":source"_s, input.source)
        .bind(u":stage"_s, input.stage)
        .bind(u":amount"_s, input.amount.minorUnits())
        .bind(u":currency"_s, input.amount.currency())
        .bind(u":close"_s, input.expectedClose.isValid() ? QVariant(Wire::dateToWire(input.expectedClose)) : QVariant())
        .bind(u":notes"_s, input.notes)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, id)
        .exec();
    const Opportunity stored = loadVisible(context, id);
    Audit::record(context, u"opportunity"_s, id, u"update"_s, before.toJson(), stored.toJson());
    transaction.commit();
    return opportunityResponse(200, stored);
}

Http::Response opportunityHistory(RequestContext &context)
{
    const qint64 id = loadVisible(context, context.idParameter()).id;
    const QJsonArray items = Audit::history(context, u"opportunity"_s, id);
    return jsonResponse(200, Wire::page(items, items.size()));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/opportunities"_s, listOpportunities);
    router.add("POST", u"/api/v1/opportunities"_s, createOpportunity);
    router.add("GET", u"/api/v1/opportunities/{id}"_s, getOpportunity);
    router.add("PATCH", u"/api/v1/opportunities/{id}"_s, patchOpportunity);
    router.add("GET", u"/api/v1/opportunities/{id}/history"_s, opportunityHistory);
}

Opportunity loadVisible(const RequestContext &context, qint64 opportunityId)
{
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    Query query(context.db, selectOpportunities + u"WHERE o.id = :id AND "_s + visibility.condition());
    query.bind(u":id"_s, opportunityId);
    visibility.bind(query);
    query.exec();
    if (!query.next())
        throw ApiException::notFound();
    return readOpportunity(query);
}

qint64 insert(const QSqlDatabase &db, const Opportunity &opportunity, qint64 ownerId, const QDateTime &now)
{
    Query query(db, u"INSERT INTO opportunities (kind, customer_id, title, source, stage, amount_minor, currency, "
                    u"expected_close, owner_id, notes, version, created_at, updated_at) VALUES (:kind, :customer, "
                    u":title, :source, :stage, :amount, :currency, :close, :owner, :notes, 1, :now, :now)"_s);
    query.bind(u":kind"_s, opportunity.kind)
        .bind(u":customer"_s, opportunity.customerId)
        .bind(u":title"_s, opportunity.title)
        .bind(u":source"_s, opportunity.source)
        .bind(u":stage"_s, opportunity.stage)
        .bind(u":amount"_s, opportunity.amount.minorUnits())
        .bind(u":currency"_s, opportunity.amount.currency())
        .bind(u":close"_s, opportunity.expectedClose.isValid() ? QVariant(Wire::dateToWire(opportunity.expectedClose)) : QVariant())
        .bind(u":owner"_s, ownerId)
        .bind(u":notes"_s, opportunity.notes)
        .bind(u":now"_s, storedTimestamp(now))
        .exec();
    return query.lastInsertId();
}

} // namespace Tradewind::Opportunities
