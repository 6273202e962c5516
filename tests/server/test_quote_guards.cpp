// The quote workflow's guards against states that make no sense: an opportunity won twice, quotes on a closed
// opportunity, a quote left waiting for the old owner's supervisor after a reassignment, an approver who has
// left, a lost quote in the opportunity's header, a win dated in the future or naming another opportunity's quote.

#include "quotetesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace QuoteTesting;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

/** The login's open CNY opportunities before the proposal stage, by id. */
QList<qint64> earlyOpportunities(ServerFixture &fixture, const QString &login)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id FROM opportunities WHERE owner_id = :owner AND currency = 'CNY' "
                u"AND stage IN ('lead', 'qualified') ORDER BY id"_s);
    query.bind(u":owner"_s, fixture.employeeId(login)).exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    REQUIRE(ids.size() >= 2);
    return ids;
}

Answer draftOn(ApiClient &client, qint64 opportunityId, const QJsonObject &extra = {})
{
    QJsonObject body{{u"lines"_s, QJsonArray{line(u"Inspection system"_s, 1, 100000, u"CNY"_s)}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return ServerFixture::call(client, "POST", u"/opportunities/%1/quotes"_s.arg(opportunityId), body);
}

qint64 draftIdOn(ApiClient &client, qint64 opportunityId)
{
    const Answer answer = draftOn(client, opportunityId);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json.value(u"id"_s).toInteger();
}

void approveBy(ApiClient &owner, ApiClient &approver, qint64 quoteId)
{
    REQUIRE(act(owner, quoteId, u"submit"_s).status == 200);
    const Answer approved = act(approver, quoteId, u"approve"_s);
    INFO(approved.body.toStdString());
    REQUIRE(approved.json.value(u"status"_s).toString() == u"approved"_s);
}

QString errorCode(const Answer &answer)
{
    return answer.json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

} // namespace

TEST_CASE("An opportunity is won once: a second approved quote cannot win it, and it takes no new quotes")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunity = earlyOpportunities(fixture, u"sales.east1"_s).first();
    const qint64 first = draftIdOn(*east1, opportunity);
    const Answer copy = act(*east1, first, u"copy"_s);
    REQUIRE(copy.status == 201);
    const qint64 second = copy.json.value(u"id"_s).toInteger();
    approveBy(*east1, *manager, first);
    approveBy(*east1, *manager, second);

    REQUIRE(act(*east1, first, u"win"_s).status == 200);
    const Answer again = act(*east1, second, u"win"_s);
    CHECK(again.status == 409);
    CHECK(errorCode(again) == u"opportunity_closed"_s);
    CHECK(quote(*east1, second).value(u"status"_s).toString() == u"approved"_s);
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM wins WHERE opportunity_id = :id"_s, opportunity) == 1);

    const Answer newQuote = draftOn(*east1, opportunity);
    CHECK(newQuote.status == 409);
    CHECK(errorCode(newQuote) == u"opportunity_closed"_s);
}

TEST_CASE("A win cannot be dated in the future")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 quoteId = draftIdOn(*east1, earlyOpportunities(fixture, u"sales.east1"_s).first());
    approveBy(*east1, *manager, quoteId);
    const Answer tomorrow =
        act(*east1, quoteId, u"win"_s, {{u"won_on"_s, fixture.now().date().addDays(1).toString(Qt::ISODate)}});
    CHECK(tomorrow.status == 400);
    CHECK(tomorrow.json.value(u"error"_s).toObject().value(u"field"_s).toString() == u"won_on"_s);
    CHECK(act(*east1, quoteId, u"win"_s, {{u"won_on"_s, fixture.now().date().toString(Qt::ISODate)}}).status == 200);
}

TEST_CASE("A win record names a quote of its own opportunity that the caller reaches")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const QList<qint64> opportunities = earlyOpportunities(fixture, u"sales.east1"_s);
    const qint64 own = draftIdOn(*east1, opportunities.at(0));
    const qint64 otherOpportunity = draftIdOn(*east1, opportunities.at(1));
    const qint64 otherTeam = scalar(fixture, u"SELECT q.id FROM quotes q JOIN employees e ON e.id = q.owner_id "
                                             u"WHERE e.login = 'sales.west1' ORDER BY q.id LIMIT 1"_s);
    REQUIRE(otherTeam > 0);
    const QString wins = u"/opportunities/%1/wins"_s.arg(opportunities.at(0));
    const auto win = [&](qint64 quoteId) {
        return ServerFixture::call(*east1, "POST", wins,
                                   {{u"won_on"_s, fixture.now().date().toString(Qt::ISODate)},
                                    {u"amount"_s, QJsonObject{{u"minor"_s, 100000}, {u"currency"_s, u"CNY"_s}}},
                                    {u"quote_id"_s, quoteId}});
    };
    for (const qint64 quoteId : {otherOpportunity, otherTeam, qint64(999'999'999)}) {
        INFO(quoteId);
        const Answer refused = win(quoteId);
        CHECK(refused.status == 400);
        CHECK(refused.json.value(u"error"_s).toObject().value(u"field"_s).toString() == u"quote_id"_s);
    }
    const Answer recorded = win(own);
    INFO(recorded.body.toStdString());
    CHECK(recorded.status == 201);
}

TEST_CASE("A quote created from an opportunity always belongs to it")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 opportunity = earlyOpportunities(fixture, u"sales.east1"_s).first();
    const Answer answer = draftOn(*east1, opportunity, {{u"opportunity_id"_s, QJsonValue::Null}});
    REQUIRE(answer.status == 201);
    CHECK(answer.json.value(u"opportunity_id"_s).toInteger() == opportunity);
}

TEST_CASE("A reassigned opportunity's quote waiting for approval goes back to draft for its new owner")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunity = earlyOpportunities(fixture, u"sales.east1"_s).first();
    const qint64 quoteId = draftIdOn(*east1, opportunity);
    REQUIRE(act(*east1, quoteId, u"submit"_s).json.value(u"status"_s).toString() == u"submitted"_s);

    const Answer moved = ServerFixture::call(*manager, "POST", u"/opportunities/%1/reassign"_s.arg(opportunity),
                                             {{u"to"_s, fixture.employeeId(u"sales.east2"_s)}, {u"reason"_s, u"Leave"_s}});
    INFO(moved.body.toStdString());
    REQUIRE(moved.status == 200);
    const QJsonObject after = quote(*east2, quoteId);
    CHECK(after.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east2"_s));
    CHECK(after.value(u"status"_s).toString() == u"draft"_s);
    CHECK(after.value(u"approvals"_s).toArray().isEmpty());
    CHECK(ServerFixture::get(*east1, u"/quotes/%1"_s.arg(quoteId)).status == 404);
    CHECK(act(*manager, quoteId, u"approve"_s).status == 409); // nothing waits for a decision any more

    // The new owner submits it to their own supervisor.
    const Answer resubmitted = act(*east2, quoteId, u"submit"_s);
    CHECK(resubmitted.json.value(u"awaiting_approver_id"_s).toInteger() == fixture.employeeId(u"manager.east"_s));
}

TEST_CASE("A deactivated supervisor is skipped: the next active person up approves")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 quoteId = draftIdOn(*east1, earlyOpportunities(fixture, u"sales.east1"_s).first());
    const qint64 manager = fixture.employeeId(u"manager.east"_s);
    const qint64 aboveManager = scalar(fixture, u"SELECT supervisor_id FROM employees WHERE id = :id"_s, manager);
    REQUIRE(aboveManager > 0);
    Query(fixture.server().database().connection(), u"UPDATE employees SET active = 0 WHERE id = :id"_s)
        .bind(u":id"_s, manager)
        .exec();
    const Answer submitted = act(*east1, quoteId, u"submit"_s);
    REQUIRE(submitted.status == 200);
    CHECK(submitted.json.value(u"awaiting_approver_id"_s).toInteger() == aboveManager);
}

TEST_CASE("The opportunity's header keeps an approved revision while the next is drafted, not once the quote is lost")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunity = earlyOpportunities(fixture, u"sales.east1"_s).first();
    const qint64 quoteId = draftIdOn(*east1, opportunity);
    approveBy(*east1, *manager, quoteId);
    auto latestQuote = [&] {
        return ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(opportunity)).json.value(u"latest_quote"_s);
    };
    CHECK(latestQuote().toObject().value(u"id"_s).toInteger() == quoteId);

    const Answer revised = act(*east1, quoteId, u"revise"_s);
    REQUIRE(revised.status == 201);
    const qint64 revisionB = revised.json.value(u"id"_s).toInteger();
    CHECK(latestQuote().toObject().value(u"id"_s).toInteger() == quoteId);
    REQUIRE(act(*east1, revisionB, u"lose"_s, {{u"reason"_s, u"Budget cut"_s}}).status == 200);
    CHECK(latestQuote().isNull());
}
