#include "quoteworkflow.h"

#include "audit.h"
#include "database.h"
#include "notifications.h"
#include "opportunitychildren.h"
#include "opportunityservice.h"
#include "orgservice.h"
#include "quoteservice.h"
#include "quotesettings.h"
#include "visibility.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Quotes::Workflow {

namespace {

const QString StageProposal = u"proposal"_s;

/** 409 unless the quote is the current revision in one of the allowed states; allowedText says which. */
void requireStatus(const Quote &quote, const QStringList &allowed, const QString &allowedText)
{
    requireCurrent(quote);
    if (!allowed.contains(quote.status))
        throw ApiException::conflict(u"wrong_quote_status"_s, u"Quote %1 Rev %2 is %3: only %4"_s.arg(
                                                                  quote.number, quote.revisionLabel(), quote.status, allowedText));
}

/** The quote after an action, with the action audited. */
Quote recorded(const RequestContext &context, const Quote &before, const QString &action)
{
    const Quote after = loadVisible(context, before.id);
    Audit::record(context, u"quote"_s, before.id, action, before.toJson(), after.toJson());
    return after;
}

void notifyAbout(const RequestContext &context, const Quote &quote, qint64 employeeId, const QString &kind,
                 const QJsonObject &extra = {})
{
    QJsonObject details{{u"quote_id"_s, quote.id},
                        {u"number"_s, quote.number},
                        {u"revision_label"_s, quote.revisionLabel()},
                        {u"quote_title"_s, quote.title},
                        {u"customer_name"_s, quote.customerName},
                        {u"total"_s, quote.totals.total.toJson()},
                        {u"opportunity_id"_s, quote.opportunityId > 0 ? QJsonValue(quote.opportunityId) : QJsonValue()},
                        {u"opportunity_title"_s, quote.opportunityTitle},
                        {u"owner_id"_s, quote.ownerId},
                        {u"owner_name"_s, quote.ownerName},
                        {u"by_id"_s, context.caller.id},
                        {u"by_name"_s, context.caller.name}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        details.insert(it.key(), it.value());
    Notifications::notify(context.db, employeeId, kind, Notifications::Subject::quote(quote.id, quote.opportunityId),
                          details, context.now);
}

/** The level waiting for the caller: 409 unless the quote is submitted, 403 when someone else decides now. */
int requireAwaitingCaller(const RequestContext &context, const Quote &quote)
{
    requireStatus(quote, {Quote::StatusSubmitted}, u"a submitted quote is approved or rejected"_s);
    if (quote.ownerId == context.caller.id)
        throw ApiException::forbidden(u"Nobody decides on their own quote"_s);
    if (quote.awaitingApproverId != context.caller.id)
        throw ApiException::forbidden(u"This quote waits for the decision of %1"_s.arg(quote.awaitingApproverName));
    // Approvals come in level order, and the caller is awaited: the first pending one is theirs.
    return std::find_if(quote.approvals.cbegin(), quote.approvals.cend(), [](const QuoteApproval &approval) {
               return approval.decision == QuoteApproval::Pending;
           })->level;
}

void decide(const RequestContext &context, qint64 quoteId, int level, const QString &decision, const QString &comment)
{
    Query(context.db, u"UPDATE quote_approvals SET decision = :decision, comment = :comment, decided_at = :now "
                      u"WHERE quote_id = :id AND level = :level"_s)
        .bind(u":decision"_s, decision)
        .bind(u":comment"_s, comment)
        .bind(u":now"_s, storedTimestamp(context.now))
        .bind(u":id"_s, quoteId)
        .bind(u":level"_s, level)
        .exec();
}

/**
 * An approved quote is what the opportunity is now worth: its amount becomes the quote's total and an earlier
 * stage moves on to proposal (a closed opportunity is left alone). The owner hears of it, unless they decided.
 */
void concludeApproval(RequestContext &context, const Quote &quote, const QString &comment)
{
    if (quote.opportunityId > 0) {
        Opportunities::writeBack(context, quote.opportunityId, [&](Opportunity &opportunity) {
            if (Opportunity::isClosedStage(opportunity.stage))
                return;
            opportunity.amount = quote.totals.total;
            const QStringList stages = Opportunity::stages();
            if (stages.indexOf(opportunity.stage) < stages.indexOf(StageProposal))
                opportunity.stage = StageProposal;
        });
    }
    if (quote.ownerId != context.caller.id)
        notifyAbout(context, quote, quote.ownerId, u"quote_approved"_s, {{u"comment"_s, comment}});
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response act(RequestContext &context, const std::function<Quote()> &action)
{
    Transaction transaction(context.db);
    const Quote quote = action();
    transaction.commit();
    return quoteResponse(200, quote);
}

Http::Response submitQuote(RequestContext &context)
{
    return act(context, [&] { return submit(context, context.idParameter()); });
}

/** The approver's comment: optional when approving, required when rejecting. */
QString commentOf(RequestContext &context, JsonReader::Presence presence)
{
    JsonReader body = context.optionalBody();
    body.rejectUnknownFields({u"comment"_s});
    const QString comment = body.string(u"comment"_s, presence, 2000).value_or(QString());
    requireValid(body);
    return comment;
}

Http::Response approveQuote(RequestContext &context)
{
    const QString comment = commentOf(context, JsonReader::Presence::Optional);
    return act(context, [&] { return approve(context, context.idParameter(), comment); });
}

Http::Response rejectQuote(RequestContext &context)
{
    const QString comment = commentOf(context, JsonReader::Presence::Required);
    return act(context, [&] { return reject(context, context.idParameter(), comment); });
}

Http::Response winQuote(RequestContext &context)
{
    using P = JsonReader::Presence;
    JsonReader body = context.optionalBody();
    body.rejectUnknownFields({u"won_on"_s, u"notes"_s});
    const QDate wonOn = body.date(u"won_on"_s, P::Optional).value_or(context.now.date());
    if (body.ok() && wonOn > context.now.date())
        body.fail(u"won_on"_s, u"A quote cannot be won in the future"_s);
    const QString notes = body.string(u"notes"_s, P::Optional, 2000).value_or(QString());
    requireValid(body);
    return act(context, [&] { return win(context, context.idParameter(), wonOn, notes); });
}

Http::Response loseQuote(RequestContext &context)
{
    using P = JsonReader::Presence;
    JsonReader body = context.optionalBody();
    body.rejectUnknownFields({u"reason"_s, u"close_opportunity"_s});
    const QString reason = body.string(u"reason"_s, P::Required, 1000).value_or(QString());
    const bool closeOpportunity = body.boolean(u"close_opportunity"_s, P::Optional).value_or(false);
    requireValid(body);
    return act(context, [&] { return lose(context, context.idParameter(), reason, closeOpportunity); });
}

Http::Response winRate(RequestContext &context)
{
    Query query = winRateStatement(context).run(context.db);

    struct Group
    {
        QString key{};
        QString label{};
        qint64 won = 0;
        qint64 lost = 0;
        QJsonArray wonAmounts{};
    };
    QList<Group> rows;
    while (query.next()) {
        if (rows.isEmpty() || rows.constLast().key != query.value(0).toString())
            rows.append(Group{query.value(0).toString(), query.value(1).toString()});
        Group &row = rows.last();
        const qint64 count = query.value(4).toLongLong();
        if (query.value(2).toString() == Quote::StatusLost) {
            row.lost += count;
            continue;
        }
        row.won += count;
        row.wonAmounts.append(Money(query.value(5).toLongLong(), query.value(3).toString()).toJson());
    }
    QJsonArray items;
    for (const Group &row : std::as_const(rows)) {
        const qint64 decided = row.won + row.lost;
        items.append(QJsonObject{{u"key"_s, row.key},
                                 {u"label"_s, row.label},
                                 {u"decided"_s, decided},
                                 {u"won"_s, row.won},
                                 {u"lost"_s, row.lost},
                                 {u"win_rate_bp"_s, divideRoundHalfAwayFromZero(row.won * BasisPointsPerWhole, decided)},
                                 {u"won_amounts"_s, row.wonAmounts}});
    }
    return jsonResponse(200, QJsonObject{{u"items"_s, items}});
}

} // namespace

Statement winRateStatement(const RequestContext &context)
{
    static const QHash<QString, QPair<QString, QString>> groups = {
        {u"salesperson"_s, {u"CAST(q.owner_id AS TEXT)"_s, u"e.name"_s}},
        {u"department"_s, {u"COALESCE(CAST(e.department_id AS TEXT), '')"_s, u"COALESCE(d.name, '')"_s}},
        {u"kind"_s, {u"COALESCE(o.kind, 'standalone')"_s, u"COALESCE(o.kind, 'standalone')"_s}},
        {u"source"_s, {u"COALESCE(o.source, 'standalone')"_s, u"COALESCE(o.source, 'standalone')"_s}}};
    const QString groupBy = context.textQuery(u"group_by"_s, 32);
    const QString group = groupBy.isEmpty() ? u"salesperson"_s : groupBy;
    if (!groups.contains(group))
        throw ApiException::invalidField(u"group_by"_s,
                                         u"Parameter 'group_by' must be one of: salesperson, department, kind, source"_s);
    const QDate from = context.dateQuery(u"from"_s);
    const QDate to = context.dateQuery(u"to"_s);
    const QString decidedOn = u"COALESCE(q.won_on, q.lost_on)"_s;
    QList<QPair<QString, QVariant>> bindings;
    if (from.isValid())
        bindings.append({u":from"_s, Wire::dateToWire(from)});
    if (to.isValid())
        bindings.append({u":to"_s, Wire::dateToWire(to)});
    const Visibility visibility = visibilityOf(context);
    return {u"SELECT "_s + groups.value(group).first + u", "_s + groups.value(group).second
                + u", q.status, q.currency, COUNT(*), SUM(q.total_minor) FROM quotes q "
                  u"JOIN employees e ON e.id = q.owner_id LEFT JOIN departments d ON d.id = e.department_id "
                  u"LEFT JOIN opportunities o ON o.id = q.opportunity_id WHERE q.status IN ('won', 'lost') "
                  u"AND q.superseded_by_id IS NULL AND "_s
                + visibility.condition() + (from.isValid() ? u" AND "_s + decidedOn + u" >= :from"_s : QString())
                + (to.isValid() ? u" AND "_s + decidedOn + u" <= :to"_s : QString()) + u" GROUP BY 1, 2, 3, 4 ORDER BY 2, 1, 4"_s,
            visibility, bindings};
}

void registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/quotes/{id}/submit"_s, submitQuote);
    router.add("POST", u"/api/v1/quotes/{id}/approve"_s, approveQuote);
    router.add("POST", u"/api/v1/quotes/{id}/reject"_s, rejectQuote);
    router.add("POST", u"/api/v1/quotes/{id}/win"_s, winQuote);
    router.add("POST", u"/api/v1/quotes/{id}/lose"_s, loseQuote);
    router.add("GET", u"/api/v1/stats/win-rate"_s, winRate, Router::Access::Authenticated, Router::Cost::Heavy);
}

Quote submit(RequestContext &context, qint64 quoteId)
{
    const Quote before = loadVisible(context, quoteId);
    requireStatus(before, {Quote::StatusDraft}, u"a draft can be submitted"_s);
    if (before.lines.isEmpty())
        throw ApiException::invalidField(u"lines"_s, u"A quote needs at least one line before it is submitted"_s);
    // A resubmitted quote starts a new round; the earlier decisions remain in its history.
    Query(context.db, u"DELETE FROM quote_approvals WHERE quote_id = :id"_s).bind(u":id"_s, quoteId).exec();
    QList<qint64> approvers;
    if (const qint64 first = Org::supervisorOf(context.db, before.ownerId); first > 0) {
        approvers.append(first);
        const qint64 second = Org::supervisorOf(context.db, first);
        if (second > 0 && before.totals.maxDiscountBasisPoints > QuoteSettings::rules(context.db).discountThresholdBasisPoints)
            approvers.append(second);
    }
    Query insert(context.db, u"INSERT INTO quote_approvals (quote_id, level, approver_id, decision) "
                             u"VALUES (:quote, :level, :approver, :decision)"_s);
    for (qsizetype i = 0; i < approvers.size(); ++i) {
        insert.bind(u":quote"_s, quoteId)
            .bind(u":level"_s, i + 1)
            .bind(u":approver"_s, approvers.at(i))
            .bind(u":decision"_s, QuoteApproval::Pending)
            .exec();
    }
    const QString submittedAt = storedTimestamp(context.now);
    if (approvers.isEmpty()) {
        // Nobody above the owner: their own word is the approval.
        updateColumns(context, quoteId, {{u"status"_s, Quote::StatusApproved}, {u"submitted_at"_s, submittedAt},
                                  {u"decided_at"_s, submittedAt}});
        const Quote after = recorded(context, before, u"submit"_s);
        concludeApproval(context, after, {});
        return after;
    }
    updateColumns(context, quoteId, {{u"status"_s, Quote::StatusSubmitted}, {u"submitted_at"_s, submittedAt},
                              {u"decided_at"_s, QVariant()}});
    const Quote after = recorded(context, before, u"submit"_s);
    notifyAbout(context, after, approvers.constFirst(), u"quote_submitted"_s, {{u"level"_s, 1}});
    return after;
}

Quote approve(RequestContext &context, qint64 quoteId, const QString &comment)
{
    const Quote before = loadVisible(context, quoteId);
    const int level = requireAwaitingCaller(context, before);
    decide(context, quoteId, level, QuoteApproval::Approved, comment);
    const auto next = std::find_if(before.approvals.cbegin(), before.approvals.cend(), [&](const QuoteApproval &approval) {
        return approval.level > level && approval.decision == QuoteApproval::Pending;
    });
    if (next != before.approvals.cend()) {
        updateColumns(context, quoteId, {});
        const Quote after = recorded(context, before, u"approve"_s);
        notifyAbout(context, after, next->approverId, u"quote_submitted"_s, {{u"level"_s, next->level}});
        return after;
    }
    updateColumns(context, quoteId, {{u"status"_s, Quote::StatusApproved}, {u"decided_at"_s, storedTimestamp(context.now)}});
    const Quote after = recorded(context, before, u"approve"_s);
    concludeApproval(context, after, comment);
    return after;
}

Quote reject(RequestContext &context, qint64 quoteId, const QString &comment)
{
    const Quote before = loadVisible(context, quoteId);
    const int level = requireAwaitingCaller(context, before);
    decide(context, quoteId, level, QuoteApproval::Rejected, comment);
    withdrawPendingApprovals(context.db, quoteId);
    updateColumns(context, quoteId, {{u"status"_s, Quote::StatusRejected}, {u"decided_at"_s, storedTimestamp(context.now)}});
    const Quote after = recorded(context, before, u"reject"_s);
    if (after.ownerId != context.caller.id)
        notifyAbout(context, after, after.ownerId, u"quote_rejected"_s, {{u"comment"_s, comment}});
    return after;
}

Quote win(RequestContext &context, qint64 quoteId, const QDate &wonOn, const QString &notes)
{
    const Quote before = loadVisible(context, quoteId);
    requireStatus(before, {Quote::StatusApproved}, u"an approved quote can be won"_s);
    if (before.opportunityId > 0) {
        const QString stage = Query(context.db, u"SELECT stage FROM opportunities WHERE id = :id"_s)
                                  .bind(u":id"_s, before.opportunityId)
                                  .scalar()
                                  .toString();
        if (Opportunity::isClosedStage(stage))
            throw ApiException::conflict(u"opportunity_closed"_s,
                                         u"The opportunity of this quote is already %1"_s.arg(stage));
    }
    updateColumns(context, quoteId, {{u"status"_s, Quote::StatusWon}, {u"won_on"_s, Wire::dateToWire(wonOn)}});
    if (before.opportunityId > 0) {
        const Opportunity opportunity = Opportunities::writeBack(context, before.opportunityId, [&](Opportunity &won) {
            won.amount = before.totals.total;
            won.stage = Opportunity::StageWon;
        });
        Opportunities::Children::create(context, u"wins"_s, opportunity,
                                        {{u"won_on"_s, Wire::dateToWire(wonOn)},
                                         {u"amount"_s, before.totals.total.toJson()},
                                         {u"quote_id"_s, quoteId},
                                         {u"notes"_s, notes}});
    }
    return recorded(context, before, u"win"_s);
}

Quote lose(RequestContext &context, qint64 quoteId, const QString &reason, bool closeOpportunity)
{
    const Quote before = loadVisible(context, quoteId);
    requireStatus(before, {Quote::StatusDraft, Quote::StatusSubmitted, Quote::StatusApproved, Quote::StatusRejected},
                  u"an open quote can be lost"_s);
    withdrawPendingApprovals(context.db, quoteId);
    updateColumns(context, quoteId, {{u"status"_s, Quote::StatusLost}, {u"lost_reason"_s, reason},
                              {u"lost_on"_s, Wire::dateToWire(context.now.date())}});
    if (closeOpportunity && before.opportunityId > 0) {
        Opportunities::writeBack(context, before.opportunityId, [](Opportunity &opportunity) {
            if (!Opportunity::isClosedStage(opportunity.stage))
                opportunity.stage = Opportunity::StageLost;
        });
    }
    return recorded(context, before, u"lose"_s);
}

} // namespace Tradewind::Quotes::Workflow
