#include "opportunitychildren.h"

#include "childrecords.h"
#include "database.h"
#include "notifications.h"
#include "opportunityservice.h"
#include "quoteservice.h"
#include "visibility.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Opportunities::Children {

namespace {

using namespace ChildRecords;

/** Strictly above the owner in the supervisor chain, or an executive. */
bool isAboveOwner(const RequestContext &context, const Parent &opportunity)
{
    return Visibility::isAbove(context.db, context.caller, opportunity.ownerId);
}

void authorizeAdvice(const RequestContext &context, const Parent &opportunity, const QJsonObject &before,
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

void notifyAdvice(RequestContext &context, const Parent &opportunity, const QJsonObject &before,
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
            Notifications::notify(context.db, opportunity.ownerId, u"advice"_s,
                                  Notifications::Subject::opportunity(opportunity.id), details, context.now);
        return;
    }
    const qint64 repliedAuthor = Query(context.db, u"SELECT author_id FROM advice WHERE id = :id"_s)
                                     .bind(u":id"_s, after.value(u"reply_to"_s).toInteger())
                                     .scalar()
                                     .toLongLong();
    if (repliedAuthor > 0 && repliedAuthor != context.caller.id)
        Notifications::notify(context.db, repliedAuthor, u"advice_reply"_s, Notifications::Subject::opportunity(opportunity.id),
                              details, context.now);
}

void keepLastFollowUp(RequestContext &context, const Parent &opportunity, const QJsonObject &, const QJsonObject &)
{
    refreshLastFollowUp(context.db, opportunity.id);
}

/** Recording a win closes the opportunity as won: an ordinary, audited opportunity update. */
void closeAsWon(RequestContext &context, const Parent &opportunity, const QJsonObject &before, const QJsonObject &)
{
    if (before.isEmpty())
        writeBack(context, opportunity.id, [](Opportunity &won) { won.stage = Opportunity::StageWon; });
}

const QList<Kind> &kinds()
{
    static const QList<Kind> list = [] {
        QList<Kind> kinds;

        Kind contacts{u"contacts"_s, u"opportunity_contacts"_s};
        contacts.fields = {
            reference(u"contact_id"_s, true,
                      u"SELECT 1 FROM partner_contacts WHERE id = :value AND partner_id = "
                      u"(SELECT customer_id FROM opportunities WHERE id = :parent)"_s,
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
                       reference(u"quote_id"_s, false,
                                 u"SELECT 1 FROM quotes q WHERE q.id = :value AND q.opportunity_id = :parent"_s,
                                 u"Field 'quote_id' must be a quote of this opportunity"_s, Quotes::visibilityOf),
                       text(u"notes"_s, 2000)};
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
                                   u"SELECT 1 FROM advice WHERE id = :value AND opportunity_id = :parent"_s,
                                   u"Field 'reply_to' must be advice on the same opportunity"_s)};
        advice.extras = {{u"author_id"_s, u"c.author_id"_s, true}, {u"author_name"_s, u"ce.name"_s}};
        advice.defaultSort = u"-created_at"_s;
        advice.authorize = authorizeAdvice;
        advice.afterWrite = notifyAdvice;
        kinds.append(advice);

        // The part lines a spare-parts customer asks for; a quote created from the opportunity starts with them.
        Kind requestedParts{u"requested-parts"_s, u"requested_parts"_s};
        Field quantity{u"quantity"_s, Type::Integer, u"quantity"_s};
        quantity.required = true;
        requestedParts.fields = {reference(u"product_id"_s, true, u"SELECT 1 FROM products WHERE id = :value AND active = 1"_s,
                                           u"Field 'product_id' must be an active product of the catalogue"_s),
                                 quantity, text(u"notes"_s, 1000)};
        requestedParts.joins = u"JOIN products rp ON rp.id = c.product_id "_s;
        requestedParts.extras = {{u"product_code"_s, u"rp.code"_s},
                                 {u"product_name_en"_s, u"rp.name_en"_s},
                                 {u"product_name_zh"_s, u"rp.name_zh"_s},
                                 {u"unit"_s, u"rp.unit"_s}};
        requestedParts.defaultSort = u"created_at"_s;
        kinds.append(requestedParts);

        return kinds;
    }();
    return list;
}


const ParentType &parentType()
{
    static const ParentType type{u"/api/v1/opportunities"_s, u"opportunity_id"_s,
                                 [](const RequestContext &context, qint64 id) {
                                     const Opportunity opportunity = loadVisible(context, id);
                                     return Parent{opportunity.id, opportunity.ownerId};
                                 }};
    return type;
}

} // namespace

void registerRoutes(Router &router)
{
    ChildRecords::registerRoutes(router, parentType(), kinds());
}

QJsonObject create(RequestContext &context, const QString &kindPath, const Opportunity &parent, const QJsonObject &document)
{
    const auto kind = std::find_if(kinds().cbegin(), kinds().cend(), [&](const Kind &k) { return k.path == kindPath; });
    Q_ASSERT(kind != kinds().cend());
    return ChildRecords::create(context, parentType(), *kind, {parent.id, parent.ownerId}, document);
}

void refreshLastFollowUp(const QSqlDatabase &db, qint64 opportunityId)
{
    Query(db, u"UPDATE opportunities SET last_follow_up_on = "
              u"(SELECT MAX(happened_on) FROM follow_ups WHERE opportunity_id = :id) WHERE id = :id"_s)
        .bind(u":id"_s, opportunityId)
        .exec();
}

} // namespace Tradewind::Opportunities::Children
