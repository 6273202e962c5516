#include "opportunityservice.h"

#include "audit.h"
#include "listquery.h"
#include "database.h"
#include "notifications.h"
#include "orgservice.h"
#include "partnerservice.h"
#include "quoteservice.h"
#include "roles.h"
#include "settings.h"
#include "visibility.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Tradewind::Opportunities {

namespace {

const QString StaleRuleKey = u"stale_rule"_s;

/** The follow-up date staleness counts from: the last follow-up, or the creation day when there is none. */
const QString followUpDate = u"COALESCE(o.last_follow_up_on, substr(o.created_at, 1, 10))"_s;

/** Every column readOpportunity() reads; bind the placeholders of quotes (see Quotes::visibilityOf()) and bindStale(). */
QString selectOpportunitiesSql(const Visibility &quotes)
{
    return u"SELECT o.id, o.kind, o.customer_id, p.name, o.title, o.source, o.stage, o.amount_minor, o.currency, "
           u"o.expected_close, o.owner_id, e.name, o.notes, o.version, o.created_at, o.updated_at, "
           u"o.part_family, o.locked_at, o.last_follow_up_on, "_s
        + daysSinceFollowUpExpression() + u", "_s + staleCondition()
        + u", lq.id, lq.number, lq.revision, lq.status, lq.total_minor, lq.currency"
          u" FROM opportunities o JOIN partners p ON p.id = o.customer_id JOIN employees e ON e.id = o.owner_id "
          u"LEFT JOIN quotes lq ON lq.id = (SELECT q.id FROM quotes q WHERE q.opportunity_id = o.id "
          u"AND q.status IN ('approved', 'won') "
          // An approved revision stands while a newer one is worked on, but not once its quote is lost.
          u"AND NOT EXISTS (SELECT 1 FROM quotes c WHERE c.family_id = q.family_id AND c.superseded_by_id IS NULL "
          u"AND c.status = 'lost') AND "_s
        + quotes.condition() + u" ORDER BY q.status = 'won' DESC, q.decided_at DESC, q.id DESC LIMIT 1) "_s;
}

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
    opportunity.partFamily = query.value(16).toString();
    if (!query.value(17).isNull())
        opportunity.lockedAt = Wire::timestampFromWire(query.value(17).toString());
    opportunity.lastFollowUpOn = QDate::fromString(query.value(18).toString(), Qt::ISODate);
    opportunity.daysSinceFollowUp = query.value(19).toInt();
    opportunity.stale = query.value(20).toBool();
    if (!query.value(21).isNull()) {
        opportunity.latestQuote = Opportunity::LatestQuote{query.value(21).toLongLong(), query.value(22).toString(),
                                                           Quote::revisionLabel(query.value(23).toInt()),
                                                           query.value(24).toString(),
                                                           Money(query.value(25).toLongLong(), query.value(26).toString())};
    }
    return opportunity;
}

/** One opportunity within reach (nullptr: whatever the caller's reach); 404 when there is none. */
Opportunity loadWhere(const RequestContext &context, qint64 opportunityId, const Visibility *reach)
{
    const Visibility quotes = Quotes::visibilityOf(context);
    Query query(context.db, selectOpportunitiesSql(quotes) + u"WHERE o.id = :id"_s
                                + (reach ? u" AND "_s + reach->condition() : QString()));
    query.bind(u":id"_s, opportunityId);
    if (reach)
        reach->bind(query);
    quotes.bind(query);
    bindStale(query, staleRule(context.db), context.now.date(), true);
    query.exec();
    if (!query.next())
        throw ApiException::notFound();
    return readOpportunity(query);
}

Http::Response opportunityResponse(int status, const Opportunity &opportunity)
{
    return withVersion(jsonResponse(status, opportunity.toJson()), opportunity.version);
}

Opportunity validatedInput(JsonReader &reader)
{
    const auto opportunity = Opportunity::fromInput(reader);
    if (!opportunity)
        throw ApiException::invalidField(reader.error()->field, reader.error()->message);
    return *opportunity;
}

QString normalised(const QString &text)
{
    // Compatibility normalisation folds full-width forms (Ｂ, （）) so that "ＡＢＣ 项目" and "abc项目" collide.
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded)
        if (c.isLetterOrNumber())
            result.append(c);
    return result;
}

/**
 * Refuses with 409 when another salesperson holds an open opportunity with this lock key. This check
 * deliberately looks past Visibility (the holder is usually in another branch) and therefore answers
 * with the holder and the lock time only, never the opportunity itself.
 */
void requireUnlocked(const QSqlDatabase &db, const QString &key, qint64 ownerId, qint64 exceptId)
{
    Query query(db, u"SELECT o.owner_id, e.name, o.locked_at FROM opportunities o JOIN employees e ON e.id = o.owner_id "
                    u"WHERE o.lock_key = :key AND o.stage NOT IN ('won', 'lost') AND o.owner_id <> :owner "
                    u"AND o.id <> :except ORDER BY o.locked_at, o.id LIMIT 1"_s);
    query.bind(u":key"_s, key).bind(u":owner"_s, ownerId).bind(u":except"_s, exceptId).exec();
    if (!query.next())
        return;
    const QString holderName = query.value(1).toString();
    const QString since = query.value(2).toString();
    throw ApiException::conflict(u"opportunity_locked"_s,
                                 u"%1 has held an opportunity for this customer and project since %2"_s.arg(holderName, since))
        .withDetail(u"holder"_s, QJsonObject{{u"id"_s, query.value(0).toLongLong()}, {u"name"_s, holderName}})
        .withDetail(u"since"_s, since);
}

Http::Response listOpportunities(RequestContext &context)
{
    const ListQueryPage page = listQuery(context).run();
    const SqlPart rows = pageRows(context, page);
    Query query(context.db, rows.sql);
    rows.bind(query);
    query.exec();
    QHash<qint64, QJsonObject> items;
    while (query.next()) {
        const Opportunity opportunity = readOpportunity(query);
        items.insert(opportunity.id, opportunity.toJson());
    }
    return jsonResponse(200, page.toJson(items));
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
    Partners::requireCustomer(context.db, input.customerId);
    // Inside the write transaction: two salespeople racing for the same project cannot both pass.
    requireUnlocked(context.db, lockKey(input.kind, input.customerId, input.title, input.partFamily), context.caller.id, 0);
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
        Partners::requireCustomer(context.db, input.customerId);
    const QString oldKey = lockKey(before.kind, before.customerId, before.title, before.partFamily);
    const QString newKey = lockKey(input.kind, input.customerId, input.title, input.partFamily);
    const bool reopened = Opportunity::isClosedStage(before.stage) && !Opportunity::isClosedStage(input.stage);
    // A new key is a new lock; reopening a closed one takes its old lock back, if nobody holds it meanwhile.
    if (!Opportunity::isClosedStage(input.stage) && (newKey != oldKey || reopened))
        requireUnlocked(context.db, newKey, before.ownerId, id);
    const QDateTime lockedAt = newKey != oldKey || reopened || !before.lockedAt.isValid() ? context.now : before.lockedAt;

    Query(context.db, u"UPDATE opportunities SET kind = :kind, customer_id = :customer, title = :title, source = :source, "
                      u"stage = :stage, amount_minor = :amount, currency = :currency, expected_close = :close, "
                      u"notes = :notes, part_family = :family, lock_key = :lock_key, locked_at = :locked_at, "
                      u"version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":kind"_s, input.kind)
        .bind(u":customer"_s, input.customerId)
        .bind(u":title"_s, input.title)
        .bind(u":source"_s, input.source)
        .bind(u":stage"_s, input.stage)
        .bind(u":amount"_s, input.amount.minorUnits())
        .bind(u":currency"_s, input.amount.currency())
        .bind(u":close"_s, input.expectedClose.isValid() ? QVariant(Wire::dateToWire(input.expectedClose)) : QVariant())
        .bind(u":notes"_s, input.notes)
        .bind(u":family"_s, input.partFamily)
        .bind(u":lock_key"_s, newKey)
        .bind(u":locked_at"_s, storedTimestamp(lockedAt))
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

struct Reassignment
{
    QList<qint64> ids;
    qint64 to = 0;
    QString toName;
    QString reason;
};

/** Reads and checks who may reassign to whom; the opportunities themselves are checked one by one. */
Reassignment readReassignment(RequestContext &context, bool bulk)
{
    using P = JsonReader::Presence;
    // A salesperson's opportunities are theirs by the lock; only supervisors move them.
    if (!context.caller.hasAnyRole({Roles::SalesManager, Roles::Executive}))
        throw ApiException::forbidden(u"Only sales managers and executives reassign opportunities"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields(bulk ? QStringList{u"ids"_s, u"to"_s, u"reason"_s} : QStringList{u"to"_s, u"reason"_s});
    Reassignment reassignment;
    std::optional<QJsonArray> ids;
    if (bulk)
        ids = body.array(u"ids"_s, P::Required, 500);
    reassignment.to = body.integer(u"to"_s, P::Required, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
    reassignment.reason = body.string(u"reason"_s, P::Required, 500).value_or(QString());
    if (!body.ok())
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    if (bulk) {
        if (ids->isEmpty())
            throw ApiException::invalidField(u"ids"_s, u"Field 'ids' must name at least one opportunity"_s);
        QSet<qint64> seen;
        for (const QJsonValue &value : std::as_const(*ids)) {
            const qint64 id = value.isDouble() ? value.toInteger(0) : 0;
            if (id <= 0 || value.toDouble() != static_cast<double>(id))
                throw ApiException::invalidField(u"ids"_s, u"Field 'ids' must list opportunity ids"_s);
            if (!seen.contains(id)) {
                seen.insert(id);
                reassignment.ids.append(id);
            }
        }
    } else {
        reassignment.ids.append(context.idParameter());
    }
    Query target(context.db, u"SELECT name, active FROM employees WHERE id = :id"_s);
    target.bind(u":id"_s, reassignment.to).exec();
    if (!target.next())
        throw ApiException::invalidField(u"to"_s, u"No employee has id %1"_s.arg(reassignment.to));
    if (!Visibility::reachesEmployee(context.db, context.caller, reassignment.to))
        throw ApiException::forbidden(u"Opportunities can only be assigned to someone in your own team"_s);
    if (!target.value(1).toBool())
        throw ApiException::invalidField(u"to"_s, u"%1 is no longer active"_s.arg(target.value(0).toString()));
    reassignment.toName = target.value(0).toString();
    return reassignment;
}

/** Every revision of the opportunity's quotes goes to its new owner, audited: the old owner no longer sees them. */
void moveQuotes(RequestContext &context, qint64 opportunityId, qint64 to)
{
    Query quotes(context.db, u"SELECT id FROM quotes WHERE opportunity_id = :id AND owner_id <> :to ORDER BY id"_s);
    quotes.bind(u":id"_s, opportunityId).bind(u":to"_s, to).exec();
    QList<qint64> ids;
    while (quotes.next())
        ids.append(quotes.value(0).toLongLong());
    for (const qint64 quoteId : std::as_const(ids))
        Quotes::changeOwner(context, quoteId, to);
}

/**
 * Moves each opportunity, with its quotes, to the new owner inside the caller's transaction: any failure (404, 403) throws and
 * the whole batch rolls back. Returns how many changed owner (one already owned by the target is left alone).
 */
int reassign(RequestContext &context, const Reassignment &reassignment)
{
    int changed = 0;
    for (const qint64 id : reassignment.ids) {
        const Opportunity before = loadVisible(context, id);
        // Executives see everything, but reassigning is a supervisor's act: only within one's own subtree.
        if (!Visibility::reachesEmployee(context.db, context.caller, before.ownerId))
            throw ApiException::forbidden(u"Opportunity %1 is owned by someone outside your team"_s.arg(id));
        if (before.ownerId == reassignment.to)
            continue;
        changeOwner(context, before, reassignment.to, reassignment.toName, reassignment.reason);
        ++changed;
    }
    return changed;
}

} // namespace

void changeOwner(RequestContext &context, const Opportunity &before, qint64 to, const QString &toName, const QString &reason)
{
    const qint64 id = before.id;
    Query change(context.db, u"INSERT INTO owner_changes (opportunity_id, from_id, to_id, by_id, at, reason) "
                             u"VALUES (:opportunity, :from, :to, :by, :at, :reason)"_s);
    change.bind(u":opportunity"_s, id)
        .bind(u":from"_s, before.ownerId)
        .bind(u":to"_s, to)
        .bind(u":by"_s, context.caller.id)
        .bind(u":at"_s, storedTimestamp(context.now))
        .bind(u":reason"_s, reason)
        .exec();
    const qint64 changeId = change.lastInsertId();
    const QJsonObject details{{u"owner_change_id"_s, changeId},
                              {u"opportunity_title"_s, before.title},
                              {u"from_id"_s, before.ownerId},
                              {u"from_name"_s, before.ownerName},
                              {u"to_id"_s, to},
                              {u"to_name"_s, toName},
                              {u"by_id"_s, context.caller.id},
                              {u"by_name"_s, context.caller.name},
                              {u"reason"_s, reason}};
    // The former owner is told while the opportunity is still theirs: afterwards it may be out of their reach.
    Notifications::notify(context.db, before.ownerId, u"reassigned_away"_s, Notifications::Subject::opportunity(id),
                          details, context.now);
    Query(context.db, u"UPDATE opportunities SET owner_id = :to, version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":to"_s, to)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, id)
        .exec();
    moveQuotes(context, id, to);
    const Opportunity after = loadVisible(context, id);
    Audit::record(context, u"opportunity"_s, id, u"reassign"_s, before.toJson(), after.toJson());
    Audit::record(context, u"owner_changes"_s, changeId, u"create"_s, {}, details);
    Notifications::notify(context.db, to, u"reassigned_to_you"_s, Notifications::Subject::opportunity(id), details,
                          context.now);
}

namespace {

Http::Response reassignOne(RequestContext &context)
{
    const Reassignment reassignment = readReassignment(context, false);
    Transaction transaction(context.db);
    reassign(context, reassignment);
    const Opportunity stored = loadVisible(context, reassignment.ids.constFirst());
    transaction.commit();
    return opportunityResponse(200, stored);
}

Http::Response reassignMany(RequestContext &context)
{
    const Reassignment reassignment = readReassignment(context, true);
    Transaction transaction(context.db);
    const int changed = reassign(context, reassignment);
    transaction.commit();
    return jsonResponse(200, QJsonObject{{u"reassigned"_s, changed}});
}

QJsonObject staleRuleJson(const StaleRule &rule)
{
    return {{u"system_days"_s, rule.systemDays}, {u"spare_parts_days"_s, rule.sparePartsDays}};
}

Http::Response getStaleRule(RequestContext &context)
{
    return jsonResponse(200, staleRuleJson(staleRule(context.db)));
}

Http::Response putStaleRule(RequestContext &context)
{
    using P = JsonReader::Presence;
    Settings::requireAdministrator(context, u"the staleness rule"_s);
    JsonReader body = context.body();
    body.rejectUnknownFields({u"system_days"_s, u"spare_parts_days"_s});
    StaleRule rule;
    rule.systemDays = static_cast<int>(body.integer(u"system_days"_s, P::Required, 1, 365).value_or(0));
    rule.sparePartsDays = static_cast<int>(body.integer(u"spare_parts_days"_s, P::Required, 1, 365).value_or(0));
    if (!body.ok())
        throw ApiException::invalidField(body.error()->field, body.error()->message);
    Transaction transaction(context.db);
    const QJsonObject after = staleRuleJson(rule);
    Settings::write(context, StaleRuleKey, staleRuleJson(staleRule(context.db)), after);
    transaction.commit();
    return jsonResponse(200, after);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/opportunities"_s, listOpportunities, Router::Access::Authenticated, Router::Cost::HeavyWhenSearching);
    router.add("POST", u"/api/v1/opportunities"_s, createOpportunity);
    router.add("GET", u"/api/v1/opportunities/{id}"_s, getOpportunity);
    router.add("PATCH", u"/api/v1/opportunities/{id}"_s, patchOpportunity);
    router.add("GET", u"/api/v1/opportunities/{id}/history"_s, opportunityHistory);
    router.add("POST", u"/api/v1/opportunities/reassign"_s, reassignMany);
    router.add("POST", u"/api/v1/opportunities/{id}/reassign"_s, reassignOne);
    router.add("GET", u"/api/v1/settings/stale-rule"_s, getStaleRule);
    router.add("PUT", u"/api/v1/settings/stale-rule"_s, putStaleRule);
}

ListQuery listQuery(const RequestContext &context)
{
    static const ListTable table{
        u"opportunities"_s,
        u"o"_s,
        {{u"updated_at"_s, {u"o.updated_at"_s, u"o.id"_s}, u"opportunities o INDEXED BY opportunities_updated"_s},
         {u"created_at"_s, {u"o.created_at"_s, u"o.id"_s}, u"opportunities o INDEXED BY opportunities_created"_s},
         {u"title"_s, {u"o.title COLLATE NOCASE"_s, u"o.id"_s}, u"opportunities o INDEXED BY opportunities_title"_s},
         {u"customer"_s, {u"p.name COLLATE NOCASE"_s, u"p.id"_s, u"o.id"_s},
          u"partners p INDEXED BY partners_name CROSS JOIN opportunities o INDEXED BY opportunities_customer "
          u"ON o.customer_id = p.id"_s,
          u"JOIN partners p ON p.id = o.customer_id"_s},
         // Within one owner, the latest first when descending: the order of the owner's own index.
         {u"owner"_s, {u"e.name"_s, u"e.id"_s, u"o.updated_at"_s, u"o.id"_s},
          u"employees e INDEXED BY employees_name CROSS JOIN opportunities o INDEXED BY opportunities_owner_updated "
          u"ON o.owner_id = e.id"_s,
          u"JOIN employees e ON e.id = o.owner_id"_s},
         {u"stage"_s, {u"o.stage"_s, u"o.id"_s}, u"opportunities o INDEXED BY opportunities_stage"_s},
         {u"amount"_s, {u"o.amount_minor"_s, u"o.id"_s}, u"opportunities o INDEXED BY opportunities_amount"_s},
         {u"expected_close"_s, {u"ifnull(o.expected_close, '')"_s, u"o.id"_s},
          u"opportunities o INDEXED BY opportunities_expected_close"_s}},
        u"-updated_at"_s};
    ListQuery list(context, table);
    list.whereVisible(context.caller, Visibility::Rows::Opportunities);

    const QString kind = context.textQuery(u"kind"_s, 32);
    if (!kind.isEmpty() && !Opportunity::kinds().contains(kind))
        throw ApiException::invalidField(u"kind"_s, u"Parameter 'kind' must be one of: %1"_s.arg(Opportunity::kinds().join(u", "_s)));
    if (!kind.isEmpty())
        list.where({u"o.kind = :kind"_s, [kind](Query &query) { query.bind(u":kind"_s, kind); }});
    const QString stage = context.textQuery(u"stage"_s, 32);
    if (!stage.isEmpty() && !Opportunity::stages().contains(stage))
        throw ApiException::invalidField(u"stage"_s, u"Parameter 'stage' must be one of: %1"_s.arg(Opportunity::stages().join(u", "_s)));
    if (!stage.isEmpty())
        list.where({u"o.stage = :stage"_s, [stage](Query &query) { query.bind(u":stage"_s, stage); }});
    if (context.boolQuery(u"open"_s))
        list.where({u"o.stage NOT IN ('won', 'lost')"_s});
    const bool staleOnly = context.boolQuery(u"stale"_s);
    if (staleOnly) {
        const StaleRule rule = staleRule(context.db);
        const QDate today = context.now.date();
        list.where({staleCondition(), [rule, today](Query &query) { bindStale(query, rule, today, false); }});
    }
    if (const qint64 ownerId = context.idQuery(u"owner_id"_s); ownerId > 0) {
        const auto bind = [ownerId](Query &query) { query.bind(u":owner"_s, ownerId); };
        list.where({u"o.owner_id = :owner"_s, bind}, {u"SELECT id FROM opportunities WHERE owner_id = :owner"_s, bind});
    }
    const qint64 customerId = context.idQuery(u"customer_id"_s);
    if (customerId > 0) {
        const auto bind = [customerId](Query &query) { query.bind(u":customer"_s, customerId); };
        list.where({u"o.customer_id = :customer"_s, bind},
                   {u"SELECT id FROM opportunities WHERE customer_id = :customer"_s, bind});
    }
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        list.whereText(text, {u"opportunity_search"_s, {u"title"_s}, u"customer_id"_s});
    // Reach, owner, kind, stage and open are what the tallies hold.
    if (!staleOnly && customerId == 0 && text.isEmpty())
        list.countWith(u"SELECT SUM(o.row_count) FROM opportunity_tallies o"_s);
    return list;
}

SqlPart pageRows(const RequestContext &context, const ListQueryPage &page)
{
    const Visibility quotes = Quotes::visibilityOf(context);
    const StaleRule rule = staleRule(context.db);
    return {selectOpportunitiesSql(quotes) + u"WHERE o.id IN (SELECT value FROM json_each(:ids))"_s,
            [quotes, rule, today = context.now.date(), ids = page.idsJson()](Query &query) {
                bindStale(query, rule, today, true);
                quotes.bind(query);
                query.bind(u":ids"_s, ids);
            }};
}

Opportunity loadVisible(const RequestContext &context, qint64 opportunityId)
{
    const Visibility visibility(context.caller, Visibility::Rows::Opportunities, u"o.owner_id"_s);
    return loadWhere(context, opportunityId, &visibility);
}

Opportunity writeBack(RequestContext &context, qint64 opportunityId, const std::function<void(Opportunity &)> &change)
{
    const Opportunity before = loadWhere(context, opportunityId, nullptr);
    Opportunity after = before;
    change(after);
    if (after.amount == before.amount && after.stage == before.stage)
        return before;
    Query(context.db, u"UPDATE opportunities SET amount_minor = :amount, currency = :currency, stage = :stage, "
                      u"version = version + 1, updated_at = :now WHERE id = :id"_s)
        .bind(u":amount"_s, after.amount.minorUnits())
        .bind(u":currency"_s, after.amount.currency())
        .bind(u":stage"_s, after.stage)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, opportunityId)
        .exec();
    const Opportunity stored = loadWhere(context, opportunityId, nullptr);
    Audit::record(context, u"opportunity"_s, opportunityId, u"update"_s, before.toJson(), stored.toJson());
    return stored;
}

qint64 insert(const QSqlDatabase &db, const Opportunity &opportunity, qint64 ownerId, const QDateTime &now)
{
    Query query(db, u"INSERT INTO opportunities (kind, customer_id, title, source, stage, amount_minor, currency, "
                    u"expected_close, owner_id, notes, part_family, lock_key, locked_at, version, created_at, updated_at) "
                    u"VALUES (:kind, :customer, :title, :source, :stage, :amount, :currency, :close, :owner, :notes, "
                    u":family, :lock_key, :now, 1, :now, :now)"_s);
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
        .bind(u":family"_s, opportunity.partFamily)
        .bind(u":lock_key"_s, lockKey(opportunity.kind, opportunity.customerId, opportunity.title, opportunity.partFamily))
        .bind(u":now"_s, storedTimestamp(now))
        .exec();
    return query.lastInsertId();
}

QString lockKey(const QString &kind, qint64 customerId, const QString &title, const QString &partFamily)
{
    if (kind == Opportunity::KindSpareParts) {
        const QString family = normalised(partFamily);
        return u"spare_parts:%1:%2"_s.arg(customerId).arg(family.isEmpty() ? u"title:"_s + normalised(title) : family);
    }
    return u"system:%1:%2"_s.arg(customerId).arg(normalised(title));
}

StaleRule staleRule(const QSqlDatabase &db)
{
    StaleRule rule;
    const QJsonObject json = Settings::read(db, StaleRuleKey);
    rule.systemDays = json.value(u"system_days"_s).toInt(rule.systemDays);
    rule.sparePartsDays = json.value(u"spare_parts_days"_s).toInt(rule.sparePartsDays);
    return rule;
}

QString staleCondition()
{
    // days since > rule  <=>  follow-up date < today - rule: a text comparison, no date arithmetic per row.
    return u"(o.stage NOT IN ('won', 'lost') AND "_s + followUpDate
        + u" < CASE o.kind WHEN 'system' THEN :stale_system_before ELSE :stale_spare_before END)"_s;
}

QString daysSinceFollowUpExpression()
{
    return u"CAST(julianday(:stale_today) - julianday("_s + followUpDate + u") AS INTEGER)"_s;
}

void bindStale(Query &query, const StaleRule &rule, const QDate &today, bool withDays)
{
    query.bind(u":stale_system_before"_s, Wire::dateToWire(today.addDays(-rule.systemDays)))
        .bind(u":stale_spare_before"_s, Wire::dateToWire(today.addDays(-rule.sparePartsDays)));
    if (withDays)
        query.bind(u":stale_today"_s, Wire::dateToWire(today));
}

} // namespace Tradewind::Opportunities
