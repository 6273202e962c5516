// Notifications reach only those who can reach their record: after a reassignment or a move in the org tree,
// someone who has lost the record hears nothing more of it.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using namespace QuoteTesting;

namespace {

qint64 notificationsOf(ServerFixture &fixture, const QString &login, const QString &kind)
{
    Tradewind::Query query(fixture.server().database().connection(),
                           u"SELECT COUNT(*) FROM notifications WHERE employee_id = :employee AND kind = :kind"_s);
    query.bind(u":employee"_s, fixture.employeeId(login)).bind(u":kind"_s, kind);
    return query.scalar().toLongLong();
}

} // namespace

TEST_CASE("A former supervisor hears no reply to their advice once the opportunity went to another team",
          "[notifications]")
{
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    auto director = fixture.login(u"director"_s);
    auto west1 = fixture.login(u"sales.west1"_s);
    const qint64 opportunity = openOpportunity(fixture, u"sales.east1"_s, u"system"_s, u"CNY"_s);
    const QString advicePath = u"/opportunities/%1/advice"_s.arg(opportunity);
    const Answer advice = ServerFixture::call(*manager, "POST", advicePath, {{u"text"_s, u"Offer the basic configuration first"_s}});
    REQUIRE(advice.status == 201);

    const Answer moved = ServerFixture::call(*director, "POST", u"/opportunities/%1/reassign"_s.arg(opportunity),
                                             {{u"to"_s, fixture.employeeId(u"sales.west1"_s)}, {u"reason"_s, u"West covers it now"_s}});
    REQUIRE(moved.status == 200);
    const qint64 before = notificationsOf(fixture, u"manager.east"_s, u"advice_reply"_s);
    const Answer reply = ServerFixture::call(*west1, "POST", advicePath,
                                             {{u"text"_s, u"Our new pricing differs"_s}, {u"reply_to"_s, advice.json.value(u"id"_s)}});
    REQUIRE(reply.status == 201);
    CHECK(notificationsOf(fixture, u"manager.east"_s, u"advice_reply"_s) == before);
    // The former owner was still told of the reassignment itself, while the opportunity was theirs.
    CHECK(notificationsOf(fixture, u"sales.east1"_s, u"reassigned_away"_s) == 1);
    CHECK(notificationsOf(fixture, u"sales.west1"_s, u"reassigned_to_you"_s) == 1);
}

TEST_CASE("A requester moved out of the owner's chain hears no decision on the contract they no longer reach",
          "[notifications]")
{
    ServerFixture fixture;
    const qint64 id = newContract(fixture, u"sales.east1"_s, u"system"_s, 800'000'00).value(u"id"_s).toInteger();
    auto manager = fixture.login(u"manager.east"_s);
    const Answer change = post(*manager, id, u"changes"_s, {{u"reason"_s, u"Later delivery"_s},
                                                           {u"new_delivery_terms"_s, u"FCA Shanghai, March 2027"_s}});
    REQUIRE(change.status == 201);

    // The administrator moves sales.east1 under manager.west, who then decides the change.
    auto admin = fixture.login(u"admin"_s);
    const QString employeePath = u"/employees/%1"_s.arg(fixture.employeeId(u"sales.east1"_s));
    const Answer employee = ServerFixture::get(*admin, employeePath);
    REQUIRE(ServerFixture::call(*admin, "PATCH", employeePath, {{u"supervisor_id"_s, fixture.employeeId(u"manager.west"_s)}},
                                employee.etag)
                .status
            == 200);
    REQUIRE(ServerFixture::get(*manager, u"/contracts/%1"_s.arg(id)).status == 404);
    auto west = fixture.login(u"manager.west"_s);
    const qint64 before = notificationsOf(fixture, u"manager.east"_s, u"contract_change_approved"_s);
    const Answer approved = post(*west, id, u"changes/%1/approve"_s.arg(change.json.value(u"id"_s).toInteger()));
    INFO(approved.body.toStdString());
    REQUIRE(approved.status == 200);
    CHECK(notificationsOf(fixture, u"manager.east"_s, u"contract_change_approved"_s) == before);
}
