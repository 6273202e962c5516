// The quote workflow over the real HTTP API: submit, one or two approval levels, reject with a comment,
// notifications, the write-back to the opportunity, won and lost, the approvals inbox and the win rate;
// and the demo quotes that the client and the reports build on.

#include "quotetesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace QuoteTesting;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

constexpr qint64 Day = 24 * 3600;

/** An open opportunity of the login before the proposal stage, in CNY (the first by id). */
qint64 earlyOpportunity(ServerFixture &fixture, const QString &login)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id FROM opportunities WHERE owner_id = :owner AND currency = 'CNY' "
                u"AND stage IN ('lead', 'qualified') ORDER BY id LIMIT 1"_s);
    query.bind(u":owner"_s, fixture.employeeId(login)).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/** A draft from the opportunity with one line of 1,000.00 CNY at the discount. */
QJsonObject draftFor(ApiClient &client, qint64 opportunityId, int discountBasisPoints)
{
    const Answer answer = ServerFixture::call(client, "POST", u"/opportunities/%1/quotes"_s.arg(opportunityId),
                                              {{u"lines"_s, QJsonArray{line(u"Inspection system"_s, 1, 100000, u"CNY"_s, discountBasisPoints)}}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json;
}

/** A standalone draft of the client's user for a customer, one line of 1,000.00 in the currency. */
qint64 standaloneDraft(ServerFixture &fixture, ApiClient &client, const QString &currency, int discountBasisPoints = 0)
{
    const qint64 customer = fixture.partnerId(u"河北东方轮胎有限公司"_s);
    return created(client, document(customer, currency, {line(u"Spare parts"_s, 1, 100000, currency, discountBasisPoints)}))
        .value(u"id"_s)
        .toInteger();
}

QJsonObject opportunityOf(ApiClient &client, qint64 id)
{
    const Answer answer = ServerFixture::get(client, u"/opportunities/%1"_s.arg(id));
    REQUIRE(answer.status == 200);
    return answer.json;
}

/** Submitted and approved by everyone asked, in order. */
void approve(ServerFixture &fixture, ApiClient &owner, qint64 quoteId)
{
    REQUIRE(act(owner, quoteId, u"submit"_s).status == 200);
    for (QJsonObject current = quote(owner, quoteId); current.value(u"status"_s).toString() == u"submitted"_s;
         current = quote(owner, quoteId)) {
        const QString approver = Query(fixture.server().database().connection(), u"SELECT login FROM employees WHERE id = :id"_s)
                                     .bind(u":id"_s, current.value(u"awaiting_approver_id"_s).toInteger())
                                     .scalar()
                                     .toString();
        auto client = fixture.login(approver);
        REQUIRE(act(*client, quoteId, u"approve"_s).status == 200);
    }
    REQUIRE(quote(owner, quoteId).value(u"status"_s).toString() == u"approved"_s);
}

QJsonObject approvalAt(const QJsonObject &quote, int index)
{
    return quote.value(u"approvals"_s).toArray().at(index).toObject();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Approval
// ---------------------------------------------------------------------------------------------

TEST_CASE("Submitting asks the owner's supervisor, and the approval is written back to the opportunity and told to the owner",
          "[workflow][approval]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunityId = earlyOpportunity(fixture, u"sales.east1"_s);
    const QJsonObject opportunityBefore = opportunityOf(*east1, opportunityId);
    const QJsonObject draft = draftFor(*east1, opportunityId, 1000);
    const qint64 id = draft.value(u"id"_s).toInteger();

    fixture.advanceClock(600);
    const Answer submitted = act(*east1, id, u"submit"_s);
    INFO(submitted.body.toStdString());
    REQUIRE(submitted.status == 200);
    CHECK(submitted.json.value(u"status"_s).toString() == u"submitted"_s);
    CHECK(submitted.json.value(u"submitted_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    CHECK(submitted.etag == "\"2\"");
    REQUIRE(submitted.json.value(u"approvals"_s).toArray().size() == 1);
    CHECK(approvalAt(submitted.json, 0).value(u"approver_id"_s).toInteger() == fixture.employeeId(u"manager.east"_s));
    CHECK(approvalAt(submitted.json, 0).value(u"decision"_s).toString() == u"pending"_s);
    CHECK(submitted.json.value(u"awaiting_approver_name"_s).toString() == u"李明"_s);
    // Nothing changes on the opportunity until the approval.
    CHECK(opportunityOf(*east1, opportunityId).value(u"version"_s) == opportunityBefore.value(u"version"_s));

    const QList<QJsonObject> asked = quoteNotifications(*manager, u"quote_submitted"_s, id);
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).value(u"opportunity_id"_s).toInteger() == opportunityId);
    const QJsonObject details = asked.at(0).value(u"details"_s).toObject();
    CHECK(details.value(u"number"_s) == draft.value(u"number"_s));
    CHECK(details.value(u"revision_label"_s).toString() == u"A"_s);
    CHECK(details.value(u"opportunity_id"_s).toInteger() == opportunityId);
    CHECK(details.value(u"level"_s).toInt() == 1);
    CHECK(details.value(u"by_name"_s).toString() == u"陈静"_s);
    CHECK(details.value(u"total"_s) == submitted.json.value(u"totals"_s).toObject().value(u"total"_s));
    CHECK(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(id));
    auto director = fixture.login(u"director"_s);
    CHECK_FALSE(itemIds(ServerFixture::get(*director, u"/approvals"_s)).contains(id));
    CHECK_FALSE(itemIds(ServerFixture::get(*east1, u"/approvals"_s)).contains(id));

    // Only the approver decides: others who see the quote are forbidden, others are not even told it exists.
    CHECK(act(*director, id, u"approve"_s).status == 403);
    CHECK(act(*east1, id, u"approve"_s).status == 403);
    CHECK(act(*fixture.login(u"sales.east2"_s), id, u"approve"_s).status == 404);
    CHECK(act(*fixture.login(u"manager.west"_s), id, u"approve"_s).status == 404);
    CHECK(act(*east1, id, u"submit"_s).errorCode() == u"wrong_quote_status"_s);

    fixture.advanceClock(600);
    const Answer approved = act(*manager, id, u"approve"_s, {{u"comment"_s, u"价格可以"_s}});
    INFO(approved.body.toStdString());
    REQUIRE(approved.status == 200);
    CHECK(approved.json.value(u"status"_s).toString() == u"approved"_s);
    CHECK(approved.json.value(u"decided_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    CHECK(approvalAt(approved.json, 0).value(u"decision"_s).toString() == u"approved"_s);
    CHECK(approvalAt(approved.json, 0).value(u"comment"_s).toString() == u"价格可以"_s);
    CHECK(approved.json.value(u"awaiting_approver_id"_s).isNull());
    CHECK_FALSE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(id));

    // The write-back: amount and stage, a new version, audited as the approver's change.
    const QJsonObject total = approved.json.value(u"totals"_s).toObject().value(u"total"_s).toObject();
    CHECK(total == QJsonObject{{u"minor"_s, 101700}, {u"currency"_s, u"CNY"_s}}); // 900.00 + 13 % tax
    const QJsonObject opportunity = opportunityOf(*east1, opportunityId);
    CHECK(opportunity.value(u"amount"_s).toObject() == total);
    CHECK(opportunity.value(u"stage"_s).toString() == u"proposal"_s);
    CHECK(opportunity.value(u"version"_s).toInteger() == opportunityBefore.value(u"version"_s).toInteger() + 1);
    CHECK(opportunity.value(u"latest_quote"_s).toObject()
          == QJsonObject{{u"id"_s, id}, {u"number"_s, draft.value(u"number"_s)}, {u"revision_label"_s, u"A"_s},
                         {u"status"_s, u"approved"_s}, {u"total"_s, total}});
    const QJsonObject change = ServerFixture::get(*east1, u"/opportunities/%1/history"_s.arg(opportunityId))
                                   .json.value(u"items"_s).toArray().at(0).toObject();
    CHECK(change.value(u"employee_name"_s).toString() == u"李明"_s);
    CHECK(change.value(u"changes"_s).toObject().value(u"amount"_s).toObject().value(u"new"_s).toObject() == total);
    CHECK(change.value(u"changes"_s).toObject().value(u"stage"_s).toObject().value(u"new"_s).toString() == u"proposal"_s);

    const QList<QJsonObject> told = quoteNotifications(*east1, u"quote_approved"_s, id);
    REQUIRE(told.size() == 1);
    CHECK(told.at(0).value(u"details"_s).toObject().value(u"comment"_s).toString() == u"价格可以"_s);
    CHECK(told.at(0).value(u"details"_s).toObject().value(u"by_name"_s).toString() == u"李明"_s);

    SECTION("a quote without lines is not submitted")
    {
        const QJsonObject empty = created(*east1, document(fixture.partnerId(u"河北东方轮胎有限公司"_s), u"CNY"_s, {}));
        const Answer refused = act(*east1, empty.value(u"id"_s).toInteger(), u"submit"_s);
        CHECK(refused.status == 400);
        CHECK(refused.errorField() == u"lines"_s);
    }
    SECTION("a later stage is not moved back, and a closed opportunity keeps its amount")
    {
        const QJsonObject second = draftFor(*east1, opportunityId, 0);
        approve(fixture, *east1, second.value(u"id"_s).toInteger());
        CHECK(opportunityOf(*east1, opportunityId).value(u"stage"_s).toString() == u"proposal"_s);
        CHECK(opportunityOf(*east1, opportunityId).value(u"latest_quote"_s).toObject().value(u"id"_s) == second.value(u"id"_s));

        const QJsonObject third = draftFor(*east1, opportunityId, 5000);
        Query(fixture.server().database().connection(), u"UPDATE opportunities SET stage = 'lost' WHERE id = :id"_s)
            .bind(u":id"_s, opportunityId)
            .exec();
        const QJsonObject closed = opportunityOf(*east1, opportunityId);
        approve(fixture, *east1, third.value(u"id"_s).toInteger());
        CHECK(opportunityOf(*east1, opportunityId).value(u"amount"_s) == closed.value(u"amount"_s));
        CHECK(opportunityOf(*east1, opportunityId).value(u"version"_s) == closed.value(u"version"_s));
    }
}

TEST_CASE("A discount above the threshold also needs the approver's supervisor", "[workflow][approval]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto director = fixture.login(u"director"_s);

    SECTION("15.01 % goes up two levels, one after the other")
    {
        const qint64 id = standaloneDraft(fixture, *east1, u"CNY"_s, 1501);
        const Answer submitted = act(*east1, id, u"submit"_s);
        REQUIRE(submitted.status == 200);
        REQUIRE(submitted.json.value(u"approvals"_s).toArray().size() == 2);
        CHECK(approvalAt(submitted.json, 1).value(u"level"_s).toInt() == 2);
        CHECK(approvalAt(submitted.json, 1).value(u"approver_id"_s).toInteger() == fixture.employeeId(u"director"_s));
        // The director is asked only after the manager.
        CHECK(act(*director, id, u"approve"_s).status == 403);
        CHECK(quoteNotifications(*director, u"quote_submitted"_s, id).isEmpty());
        CHECK_FALSE(itemIds(ServerFixture::get(*director, u"/approvals"_s)).contains(id));

        const Answer first = act(*manager, id, u"approve"_s);
        REQUIRE(first.status == 200);
        CHECK(first.json.value(u"status"_s).toString() == u"submitted"_s);
        CHECK(first.json.value(u"awaiting_approver_name"_s).toString() == u"王建国"_s);
        const QList<QJsonObject> asked = quoteNotifications(*director, u"quote_submitted"_s, id);
        REQUIRE(asked.size() == 1);
        CHECK(asked.at(0).value(u"details"_s).toObject().value(u"level"_s).toInt() == 2);
        CHECK_FALSE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(id));
        CHECK(itemIds(ServerFixture::get(*director, u"/approvals"_s)).contains(id));
        CHECK(act(*manager, id, u"approve"_s).status == 403);
        CHECK(quoteNotifications(*east1, u"quote_approved"_s, id).isEmpty());

        const Answer second = act(*director, id, u"approve"_s);
        REQUIRE(second.status == 200);
        CHECK(second.json.value(u"status"_s).toString() == u"approved"_s);
        CHECK(approvalAt(second.json, 1).value(u"decision"_s).toString() == u"approved"_s);
        CHECK(quoteNotifications(*east1, u"quote_approved"_s, id).size() == 1);
    }
    SECTION("exactly 15 % is the manager's alone")
    {
        const qint64 id = standaloneDraft(fixture, *east1, u"CNY"_s, 1500);
        CHECK(act(*east1, id, u"submit"_s).json.value(u"approvals"_s).toArray().size() == 1);
    }
    SECTION("the threshold is a setting")
    {
        auto admin = fixture.login(u"admin"_s);
        REQUIRE(ServerFixture::call(*admin, "PUT", u"/settings/quotes"_s,
                                    {{u"number_pattern"_s, u"Q-{YYYY}-{SEQ:5}"_s}, {u"discount_threshold_bp"_s, 2000}})
                    .status == 200);
        CHECK(act(*east1, standaloneDraft(fixture, *east1, u"CNY"_s, 1800), u"submit"_s).json.value(u"approvals"_s).toArray().size() == 1);
        CHECK(act(*east1, standaloneDraft(fixture, *east1, u"CNY"_s, 2001), u"submit"_s).json.value(u"approvals"_s).toArray().size() == 2);
    }
    SECTION("a manager's quote goes to the director, who has nobody above for a second level")
    {
        const qint64 id = standaloneDraft(fixture, *manager, u"CNY"_s, 3000);
        const Answer submitted = act(*manager, id, u"submit"_s);
        REQUIRE(submitted.json.value(u"approvals"_s).toArray().size() == 1);
        CHECK(approvalAt(submitted.json, 0).value(u"approver_id"_s).toInteger() == fixture.employeeId(u"director"_s));
    }
    SECTION("an owner without a supervisor approves by submitting")
    {
        Query(fixture.server().database().connection(), u"UPDATE employees SET supervisor_id = NULL WHERE login = 'manager.east'"_s).exec();
        const qint64 id = standaloneDraft(fixture, *manager, u"CNY"_s);
        const Answer submitted = act(*manager, id, u"submit"_s);
        REQUIRE(submitted.status == 200);
        CHECK(submitted.json.value(u"status"_s).toString() == u"approved"_s);
        CHECK(submitted.json.value(u"approvals"_s).toArray().isEmpty());
        CHECK(quoteNotifications(*manager, u"quote_approved"_s, id).isEmpty());
    }
}

TEST_CASE("A rejection needs a comment, and the owner hears why and edits the quote back to a draft", "[workflow][approval]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 id = standaloneDraft(fixture, *east1, u"CNY"_s, 1800);
    REQUIRE(act(*east1, id, u"submit"_s).status == 200);

    const Answer silent = act(*manager, id, u"reject"_s);
    CHECK(silent.status == 400);
    CHECK(silent.errorField() == u"comment"_s);
    CHECK(act(*manager, id, u"reject"_s, {{u"comment"_s, u"   "_s}}).errorField() == u"comment"_s);
    CHECK(act(*fixture.login(u"director"_s), id, u"reject"_s, {{u"comment"_s, u"no"_s}}).status == 403);

    const QString reason = u"折扣超出授权范围，请控制在 12% 以内。"_s;
    const Answer rejected = act(*manager, id, u"reject"_s, {{u"comment"_s, reason}});
    INFO(rejected.body.toStdString());
    REQUIRE(rejected.status == 200);
    CHECK(rejected.json.value(u"status"_s).toString() == u"rejected"_s);
    // The level that was never reached is withdrawn.
    REQUIRE(rejected.json.value(u"approvals"_s).toArray().size() == 1);
    CHECK(approvalAt(rejected.json, 0).value(u"decision"_s).toString() == u"rejected"_s);
    CHECK(approvalAt(rejected.json, 0).value(u"comment"_s).toString() == reason);
    const QList<QJsonObject> told = quoteNotifications(*east1, u"quote_rejected"_s, id);
    REQUIRE(told.size() == 1);
    CHECK(told.at(0).value(u"details"_s).toObject().value(u"comment"_s).toString() == reason);
    CHECK(act(*manager, id, u"approve"_s).errorCode() == u"wrong_quote_status"_s);

    const Answer edited = patch(*east1, id, {{u"lines"_s, QJsonArray{line(u"Spare parts"_s, 1, 100000, u"CNY"_s, 1200)}}});
    REQUIRE(edited.status == 200);
    CHECK(edited.json.value(u"status"_s).toString() == u"draft"_s);
    CHECK(approvalAt(edited.json, 0).value(u"comment"_s).toString() == reason); // still there to read while editing

    const Answer resubmitted = act(*east1, id, u"submit"_s);
    REQUIRE(resubmitted.status == 200);
    REQUIRE(resubmitted.json.value(u"approvals"_s).toArray().size() == 1);
    CHECK(approvalAt(resubmitted.json, 0).value(u"decision"_s).toString() == u"pending"_s);
    CHECK(act(*manager, id, u"approve"_s).json.value(u"status"_s).toString() == u"approved"_s);
    // The first round stays in the history.
    QStringList actions;
    for (const QJsonValue &entry : ServerFixture::get(*east1, u"/quotes/%1/history"_s.arg(id)).json.value(u"items"_s).toArray())
        actions.prepend(entry.toObject().value(u"action"_s).toString());
    CHECK(actions == QStringList{u"create"_s, u"submit"_s, u"reject"_s, u"update"_s, u"submit"_s, u"approve"_s});
}

// ---------------------------------------------------------------------------------------------
// Won and lost
// ---------------------------------------------------------------------------------------------

TEST_CASE("Winning an approved quote wins the opportunity with a win record, and losing takes a reason", "[workflow][outcome]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunityId = earlyOpportunity(fixture, u"sales.east1"_s);
    const qint64 id = draftFor(*east1, opportunityId, 0).value(u"id"_s).toInteger();
    CHECK(act(*east1, id, u"win"_s).errorCode() == u"wrong_quote_status"_s);
    approve(fixture, *east1, id);

    SECTION("won")
    {
        const Answer won = act(*east1, id, u"win"_s, {{u"won_on"_s, u"2026-11-01"_s}, {u"notes"_s, u"PO 4711"_s}});
        INFO(won.body.toStdString());
        REQUIRE(won.status == 200);
        CHECK(won.json.value(u"status"_s).toString() == u"won"_s);
        CHECK(won.json.value(u"won_on"_s).toString() == u"2026-11-01"_s);
        const QJsonObject total = won.json.value(u"totals"_s).toObject().value(u"total"_s).toObject();
        const QJsonObject opportunity = opportunityOf(*east1, opportunityId);
        CHECK(opportunity.value(u"stage"_s).toString() == u"won"_s);
        CHECK(opportunity.value(u"amount"_s).toObject() == total);
        CHECK(opportunity.value(u"latest_quote"_s).toObject().value(u"status"_s).toString() == u"won"_s);
        const QJsonArray wins = ServerFixture::get(*east1, u"/opportunities/%1/wins"_s.arg(opportunityId)).json.value(u"items"_s).toArray();
        REQUIRE(wins.size() == 1);
        const QJsonObject win = wins.at(0).toObject();
        CHECK(win.value(u"quote_id"_s).toInteger() == id);
        CHECK(win.value(u"amount"_s).toObject() == total);
        CHECK(win.value(u"won_on"_s).toString() == u"2026-11-01"_s);
        CHECK(win.value(u"notes"_s).toString() == u"PO 4711"_s);
        CHECK(ServerFixture::get(*east1, u"/quotes/%1/history"_s.arg(id)).json.value(u"items"_s).toArray().at(0).toObject()
                  .value(u"action"_s).toString() == u"win"_s);
        CHECK(scalar(fixture, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'wins' AND row_id = :id"_s, win.value(u"id"_s).toInteger()) == 1);

        CHECK(act(*east1, id, u"win"_s).errorCode() == u"wrong_quote_status"_s);
        CHECK(act(*east1, id, u"lose"_s, {{u"reason"_s, u"late"_s}}).errorCode() == u"wrong_quote_status"_s);
        CHECK(act(*east1, id, u"revise"_s).errorCode() == u"quote_not_revisable"_s);
        CHECK(act(*east1, id, u"win"_s, {{u"won_on"_s, u"yesterday"_s}}).errorField() == u"won_on"_s);
    }
    SECTION("lost, closing the opportunity")
    {
        CHECK(act(*east1, id, u"lose"_s).errorField() == u"reason"_s);
        fixture.advanceClock(Day);
        east1 = fixture.login(u"sales.east1"_s); // the next day: a new session
        const Answer lost = act(*east1, id, u"lose"_s, {{u"reason"_s, u"价格高于竞争对手"_s}, {u"close_opportunity"_s, true}});
        REQUIRE(lost.status == 200);
        CHECK(lost.json.value(u"status"_s).toString() == u"lost"_s);
        CHECK(lost.json.value(u"lost_reason"_s).toString() == u"价格高于竞争对手"_s);
        CHECK(lost.json.value(u"lost_on"_s).toString() == u"2026-11-03"_s);
        CHECK(opportunityOf(*east1, opportunityId).value(u"stage"_s).toString() == u"lost"_s);
        CHECK(ServerFixture::get(*east1, u"/opportunities/%1/wins"_s.arg(opportunityId)).json.value(u"total"_s).toInteger() == 0);
    }
    SECTION("lost, the opportunity stays open for another quote")
    {
        REQUIRE(act(*east1, id, u"lose"_s, {{u"reason"_s, u"scope changed"_s}}).status == 200);
        CHECK(opportunityOf(*east1, opportunityId).value(u"stage"_s).toString() == u"proposal"_s);
    }
    SECTION("a submitted quote can be lost too, and leaves the approver's inbox")
    {
        const qint64 pending = draftFor(*east1, opportunityId, 0).value(u"id"_s).toInteger();
        REQUIRE(act(*east1, pending, u"submit"_s).status == 200);
        REQUIRE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(pending));
        REQUIRE(act(*east1, pending, u"lose"_s, {{u"reason"_s, u"withdrawn by the customer"_s}}).status == 200);
        CHECK_FALSE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(pending));
        CHECK(quote(*east1, pending).value(u"approvals"_s).toArray().isEmpty());
    }
}

TEST_CASE("Reassigning an opportunity moves its quotes, every revision, to the new owner", "[workflow][visibility]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunityId = earlyOpportunity(fixture, u"sales.east1"_s);
    const qint64 first = draftFor(*east1, opportunityId, 0).value(u"id"_s).toInteger();
    approve(fixture, *east1, first);
    const Answer revised = act(*east1, first, u"revise"_s);
    REQUIRE(revised.status == 201);
    const qint64 second = revised.json.value(u"id"_s).toInteger();
    CHECK(ServerFixture::get(*east2, u"/quotes/%1"_s.arg(first)).status == 404);

    const Answer moved = ServerFixture::call(*manager, "POST", u"/opportunities/%1/reassign"_s.arg(opportunityId),
                                             {{u"to"_s, fixture.employeeId(u"sales.east2"_s)}, {u"reason"_s, u"holiday"_s}});
    REQUIRE(moved.status == 200);
    for (const qint64 id : {first, second}) {
        INFO(id);
        CHECK(quote(*east2, id).value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east2"_s));
        CHECK(ServerFixture::get(*east1, u"/quotes/%1"_s.arg(id)).status == 404);
        CHECK(ServerFixture::get(*manager, u"/quotes/%1"_s.arg(id)).status == 200);
        const QJsonArray history = ServerFixture::get(*east2, u"/quotes/%1/history"_s.arg(id)).json.value(u"items"_s).toArray();
        CHECK(history.at(0).toObject().value(u"action"_s).toString() == u"reassign"_s);
    }
    CHECK(ServerFixture::get(*east2, u"/quotes"_s, params({{u"opportunity_id"_s, QString::number(opportunityId)},
                                                            {u"all_revisions"_s, u"true"_s}}))
              .json.value(u"total"_s)
              .toInteger()
          == 2);
    CHECK(ServerFixture::get(*east1, u"/quotes"_s, params({{u"opportunity_id"_s, QString::number(opportunityId)}}))
              .json.value(u"total"_s)
              .toInteger()
          == 0);
    // The card header shows the latest approved quote to the new owner.
    CHECK(opportunityOf(*east2, opportunityId).value(u"latest_quote"_s).toObject().value(u"id"_s).toInteger() == first);

    // In bulk too, and back.
    const Answer back = ServerFixture::call(*manager, "POST", u"/opportunities/reassign"_s,
                                            {{u"ids"_s, QJsonArray{opportunityId}},
                                             {u"to"_s, fixture.employeeId(u"sales.east1"_s)},
                                             {u"reason"_s, u"back from holiday"_s}});
    REQUIRE(back.status == 200);
    CHECK(quote(*east1, second).value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east1"_s));
    CHECK(ServerFixture::get(*east2, u"/quotes/%1"_s.arg(first)).status == 404);
    CHECK(ServerFixture::get(*east2, u"/quotes/%1"_s.arg(second)).status == 404);
}

// ---------------------------------------------------------------------------------------------
// Inbox and statistics
// ---------------------------------------------------------------------------------------------

TEST_CASE("The approvals inbox lists exactly what waits for each user's decision now", "[workflow][approvals]")
{
    ServerFixture fixture;
    QHash<QString, qint64> waiting;
    for (const QString &login : {u"manager.east"_s, u"manager.west"_s, u"director"_s, u"sales.east1"_s, u"finance"_s}) {
        INFO(login.toStdString());
        Query expected(fixture.server().database().connection(),
                       u"SELECT a.quote_id FROM quote_approvals a WHERE a.approver_id = :me AND a.decision = 'pending' "
                       u"AND a.level = (SELECT MIN(level) FROM quote_approvals b WHERE b.quote_id = a.quote_id "
                       u"AND b.decision = 'pending') ORDER BY a.quote_id"_s);
        expected.bind(u":me"_s, fixture.employeeId(login)).exec();
        QList<qint64> ids;
        while (expected.next())
            ids.append(expected.value(0).toLongLong());
        auto client = fixture.login(login);
        // The quotes among what waits (milestones and contract changes have their own tests).
        const Answer inbox = ServerFixture::get(*client, u"/approvals"_s, params({{u"sort"_s, u"created_at"_s}, {u"kind"_s, u"quote"_s}}));
        REQUIRE(inbox.status == 200);
        QList<qint64> listed = itemIds(inbox);
        std::sort(listed.begin(), listed.end());
        CHECK(listed == ids);
        CHECK(inbox.json.value(u"total"_s).toInteger() == ids.size());
        for (const QJsonValue &item : inbox.json.value(u"items"_s).toArray()) {
            CHECK(item.toObject().value(u"status"_s).toString() == u"submitted"_s);
            CHECK(item.toObject().value(u"awaiting_approver_id"_s).toInteger() == fixture.employeeId(login));
        }
        waiting.insert(login, ids.size());
    }
    // The demo leaves work in the inboxes of both managers and the director.
    CHECK(waiting.value(u"manager.east"_s) >= 2);
    CHECK(waiting.value(u"manager.west"_s) >= 1);
    CHECK(waiting.value(u"director"_s) >= 1);
    CHECK(waiting.value(u"sales.east1"_s) == 0);
}

TEST_CASE("Win rates per salesperson, department, kind and source over the visible quotes decided in a period", "[workflow][stats]")
{
    ServerFixture fixture;
    // A month of its own, after everything in the demo.
    fixture.advanceClock(qint64(QDate(2026, 11, 2).daysTo(QDate(2027, 3, 10))) * Day);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const auto wonOn = [&](ApiClient &client, qint64 id, const QString &date) {
        approve(fixture, client, id);
        REQUIRE(act(client, id, u"win"_s, {{u"won_on"_s, date}}).status == 200);
    };
    const auto lost = [&](ApiClient &client, qint64 id) {
        REQUIRE(act(client, id, u"lose"_s, {{u"reason"_s, u"price"_s}}).status == 200);
    };
    const qint64 systemOpportunity = openOpportunity(fixture, u"sales.east1"_s, u"system"_s, u"CNY"_s);
    const qint64 sparePartsOpportunity = openOpportunity(fixture, u"sales.east1"_s, u"spare_parts"_s, u"CNY"_s);
    const qint64 east2System = openOpportunity(fixture, u"sales.east2"_s, u"system"_s, u"CNY"_s);
    wonOn(*east1, draftFor(*east1, systemOpportunity, 0).value(u"id"_s).toInteger(), u"2027-03-05"_s);
    wonOn(*east1, draftFor(*east1, sparePartsOpportunity, 0).value(u"id"_s).toInteger(), u"2027-03-06"_s);
    lost(*east1, standaloneDraft(fixture, *east1, u"CNY"_s));
    wonOn(*east1, standaloneDraft(fixture, *east1, u"CNY"_s), u"2027-02-20"_s); // before the period
    wonOn(*east2, standaloneDraft(fixture, *east2, u"USD"_s), u"2027-03-07"_s);
    lost(*east2, draftFor(*east2, east2System, 0).value(u"id"_s).toInteger());
    lost(*east2, standaloneDraft(fixture, *east2, u"USD"_s));
    standaloneDraft(fixture, *east2, u"USD"_s); // undecided

    const auto rates = [&](ApiClient &client, const QString &groupBy) {
        const Answer answer = ServerFixture::get(client, u"/stats/win-rate"_s,
                                                 params({{u"group_by"_s, groupBy}, {u"from"_s, u"2027-03-01"_s}, {u"to"_s, u"2027-03-31"_s}}));
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue &item : answer.json.value(u"items"_s).toArray())
            byKey.insert(item.toObject().value(u"key"_s).toString(), item.toObject());
        return byKey;
    };
    // 1,000.00 CNY + 13 % tax per won CNY quote; 1,000.00 USD without tax.
    const QJsonObject twoYuanWins{{u"minor"_s, 2 * 113000}, {u"currency"_s, u"CNY"_s}};
    const QJsonObject oneDollarWin{{u"minor"_s, 100000}, {u"currency"_s, u"USD"_s}};
    auto manager = fixture.login(u"manager.east"_s);

    const QHash<QString, QJsonObject> people = rates(*manager, u"salesperson"_s);
    REQUIRE(people.size() == 2);
    const QJsonObject chen = people.value(QString::number(fixture.employeeId(u"sales.east1"_s)));
    CHECK(chen.value(u"label"_s).toString() == u"陈静"_s);
    CHECK(chen.value(u"decided"_s).toInteger() == 3);
    CHECK(chen.value(u"won"_s).toInteger() == 2);
    CHECK(chen.value(u"lost"_s).toInteger() == 1);
    CHECK(chen.value(u"win_rate_bp"_s).toInt() == 6667);
    CHECK(chen.value(u"won_amounts"_s).toArray() == QJsonArray{twoYuanWins});
    const QJsonObject liu = people.value(QString::number(fixture.employeeId(u"sales.east2"_s)));
    CHECK(liu.value(u"decided"_s).toInteger() == 3);
    CHECK(liu.value(u"win_rate_bp"_s).toInt() == 3333);
    CHECK(liu.value(u"won_amounts"_s).toArray() == QJsonArray{oneDollarWin});

    const QHash<QString, QJsonObject> departments = rates(*manager, u"department"_s);
    REQUIRE(departments.size() == 1);
    const QJsonObject east = departments.constBegin().value();
    CHECK(east.value(u"label"_s).toString() == u"华东销售部"_s);
    CHECK(east.value(u"decided"_s).toInteger() == 6);
    CHECK(east.value(u"win_rate_bp"_s).toInt() == 5000);
    CHECK(east.value(u"won_amounts"_s).toArray() == QJsonArray{twoYuanWins, oneDollarWin});

    const QHash<QString, QJsonObject> kinds = rates(*manager, u"kind"_s);
    CHECK(kinds.value(u"system"_s).value(u"decided"_s).toInteger() == 2);
    CHECK(kinds.value(u"system"_s).value(u"win_rate_bp"_s).toInt() == 5000);
    CHECK(kinds.value(u"spare_parts"_s).value(u"win_rate_bp"_s).toInt() == 10000);
    CHECK(kinds.value(u"standalone"_s).value(u"decided"_s).toInteger() == 3);
    CHECK(kinds.value(u"standalone"_s).value(u"won"_s).toInteger() == 1);

    const QHash<QString, QJsonObject> sources = rates(*manager, u"source"_s);
    qint64 decided = 0;
    for (const QJsonObject &source : sources)
        decided += source.value(u"decided"_s).toInteger();
    CHECK(decided == 6);
    CHECK(sources.value(u"standalone"_s).value(u"decided"_s).toInteger() == 3);

    // Each sees the quotes within reach.
    CHECK(rates(*east1, u"salesperson"_s).keys() == QList<QString>{QString::number(fixture.employeeId(u"sales.east1"_s))});
    CHECK(rates(*fixture.login(u"sales.west1"_s), u"salesperson"_s).isEmpty());
    CHECK(rates(*fixture.login(u"director"_s), u"salesperson"_s).size() == 2);
    // Without a period, the demo's decided quotes count too.
    CHECK(ServerFixture::get(*manager, u"/stats/win-rate"_s).json.value(u"items"_s).toArray().size() >= 2);
    CHECK(ServerFixture::get(*manager, u"/stats/win-rate"_s, params({{u"group_by"_s, u"colour"_s}})).errorField() == u"group_by"_s);
    CHECK(ServerFixture::get(*manager, u"/stats/win-rate"_s, params({{u"from"_s, u"March"_s}})).errorField() == u"from"_s);
}

// ---------------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------------

TEST_CASE("The demo holds quotes in every state, both languages and several currencies, consistent with the opportunities",
          "[workflow][demo]")
{
    ServerFixture fixture;
    const auto count = [&](const QString &sql) { return scalar(fixture, sql); };
    CHECK(count(u"SELECT COUNT(*) FROM quotes"_s) >= 30);
    for (const QString &status : {u"draft"_s, u"submitted"_s, u"approved"_s, u"rejected"_s, u"won"_s, u"lost"_s}) {
        INFO(status.toStdString());
        CHECK(count(u"SELECT COUNT(*) FROM quotes WHERE superseded_by_id IS NULL AND status = '"_s + status + u"'"_s) >= 1);
    }
    CHECK(count(u"SELECT COUNT(DISTINCT language) FROM quotes"_s) == 2);
    CHECK(count(u"SELECT COUNT(DISTINCT currency) FROM quotes WHERE currency IN ('CNY', 'USD', 'EUR')"_s) == 3);
    CHECK(count(u"SELECT COUNT(*) FROM quotes WHERE revision = 2"_s) >= 2);
    CHECK(count(u"SELECT COUNT(DISTINCT owner_id) FROM quotes"_s) >= 3);
    CHECK(count(u"SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM quote_lines GROUP BY quote_id)"_s) >= 60);
    CHECK(count(u"SELECT COUNT(*) FROM quote_approvals WHERE decision = 'rejected' AND comment = ''"_s) == 0);
    CHECK(count(u"SELECT COUNT(*) FROM quotes WHERE status = 'lost' AND lost_reason = ''"_s) == 0);
    CHECK(count(u"SELECT COUNT(*) FROM opportunities WHERE kind = 'spare_parts' "
                u"AND id NOT IN (SELECT opportunity_id FROM requested_parts)"_s) == 0);
    // Stored totals are the sums of the stored lines.
    CHECK(count(u"SELECT COUNT(*) FROM quotes q WHERE subtotal_minor <> "
                u"(SELECT COALESCE(SUM(line_total_minor), 0) FROM quote_lines l WHERE l.quote_id = q.id)"_s) == 0);
    // Every won quote on an opportunity won it, with its win record; every approved one set its amount.
    CHECK(count(u"SELECT COUNT(*) FROM quotes q JOIN opportunities o ON o.id = q.opportunity_id WHERE q.status = 'won' "
                u"AND (o.stage <> 'won' OR NOT EXISTS (SELECT 1 FROM wins w WHERE w.quote_id = q.id "
                u"AND w.amount_minor = q.total_minor))"_s) == 0);
    CHECK(count(u"SELECT COUNT(*) FROM quotes q JOIN opportunities o ON o.id = q.opportunity_id "
                u"WHERE q.status = 'approved' AND q.superseded_by_id IS NULL AND o.stage NOT IN ('won', 'lost') "
                u"AND o.id NOT IN (SELECT opportunity_id FROM quotes WHERE status = 'approved' AND decided_at > q.decided_at) "
                u"AND (o.amount_minor <> q.total_minor OR o.currency <> q.currency)"_s) == 0);

    // sales.east1 has quoted the customer and parts of an unquoted spare-parts opportunity before.
    auto east1 = fixture.login(u"sales.east1"_s);
    Query fresh(fixture.server().database().connection(),
                u"SELECT id FROM opportunities WHERE owner_id = :owner AND kind = 'spare_parts' AND stage NOT IN ('won', 'lost') "
                u"AND id NOT IN (SELECT opportunity_id FROM quotes WHERE opportunity_id IS NOT NULL) ORDER BY id LIMIT 1"_s);
    fresh.bind(u":owner"_s, fixture.employeeId(u"sales.east1"_s)).exec();
    REQUIRE(fresh.next());
    const Answer draft = ServerFixture::call(*east1, "POST", u"/opportunities/%1/quotes"_s.arg(fresh.value(0).toLongLong()), {});
    REQUIRE(draft.status == 201);
    const QJsonArray similar = ServerFixture::get(*east1, u"/quotes/%1/similar"_s.arg(draft.json.value(u"id"_s).toInteger()))
                                   .json.value(u"items"_s).toArray();
    REQUIRE_FALSE(similar.isEmpty());
    CHECK(similar.at(0).toObject().value(u"same_customer"_s).toBool());
    CHECK(similar.at(0).toObject().value(u"shared_products"_s).toInt() >= 1);
}
