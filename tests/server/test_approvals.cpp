// The approvals inbox: quotes, milestones and contract changes waiting for the caller's decision, each named by its
// kind, counted together and kept within the caller's reach.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using Tradewind::ApiClient;

namespace {

/** The inbox's items of a kind, as (id, item). */
QHash<qint64, QJsonObject> inboxItems(ApiClient &client, const QString &kind, const QUrlQuery &query = params({{u"limit"_s, u"200"_s}}))
{
    const Answer inbox = ServerFixture::get(client, u"/approvals"_s, query);
    INFO(inbox.body.toStdString());
    REQUIRE(inbox.status == 200);
    QHash<qint64, QJsonObject> items;
    for (const QJsonValue &value : inbox.json.value(u"items"_s).toArray())
        if (value.toObject().value(u"kind"_s).toString() == kind)
            items.insert(value.toObject().value(u"id"_s).toInteger(), value.toObject());
    return items;
}

qint64 totalOf(ApiClient &client, const QUrlQuery &query = {})
{
    const Answer inbox = ServerFixture::get(client, u"/approvals"_s, query);
    REQUIRE(inbox.status == 200);
    return inbox.json.value(u"total"_s).toInteger();
}

} // namespace

TEST_CASE("The inbox lists and counts milestones and contract changes beside quotes, for those who decide them",
          "[approvals]")
{
    ServerFixture fixture;
    const QJsonObject contract = newContract(fixture, u"sales.east1"_s, u"system"_s, 1'000'000'00);
    const qint64 id = contract.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto admin = fixture.login(u"contracts"_s);
    auto director = fixture.login(u"director"_s);

    const qint64 managerTotalBefore = totalOf(*manager);
    const qint64 quotesWaiting = totalOf(*manager, params({{u"kind"_s, u"quote"_s}}));
    const QUrlQuery requestKinds = params({{u"kind"_s, u"milestone,contract_change"_s}});
    const qint64 requestsWaiting = totalOf(*manager, requestKinds); // the demo's
    const Answer milestone = post(*east1, id, u"milestones"_s,
                                  {{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-10-28"_s}, {u"evidence"_s, u"B/L COSU123"_s}});
    REQUIRE(milestone.status == 201);
    const qint64 milestoneId = milestone.json.value(u"id"_s).toInteger();
    const Answer change = post(*east1, id, u"changes"_s, {{u"reason"_s, u"Second line added"_s}, {u"new_amount"_s, money(1'200'000'00)}});
    REQUIRE(change.status == 201);
    const qint64 changeId = change.json.value(u"id"_s).toInteger();

    // The owner's supervisor decides both: listed with their kind, the contract and the requester, and counted.
    const QJsonObject listedMilestone = inboxItems(*manager, u"milestone"_s).value(milestoneId);
    CHECK(listedMilestone.value(u"contract_id"_s).toInteger() == id);
    CHECK(listedMilestone.value(u"contract_number"_s) == contract.value(u"number"_s));
    CHECK(listedMilestone.value(u"customer_name"_s) == contract.value(u"customer_name"_s));
    CHECK(listedMilestone.value(u"owner_name"_s) == contract.value(u"owner_name"_s));
    CHECK(listedMilestone.value(u"trigger"_s).toString() == u"shipment"_s);
    CHECK(listedMilestone.value(u"submitted_by_name"_s).toString() == u"陈静"_s);
    CHECK(listedMilestone.value(u"submitted_at"_s).toString() == milestone.json.value(u"created_at"_s).toString());
    const QJsonObject listedChange = inboxItems(*manager, u"contract_change"_s).value(changeId);
    CHECK(listedChange.value(u"reason"_s).toString() == u"Second line added"_s);
    CHECK(minor(listedChange.value(u"new_amount"_s)) == 1'200'000'00);
    CHECK(totalOf(*manager) == managerTotalBefore + 2);
    CHECK(totalOf(*manager, params({{u"kind"_s, u"quote"_s}})) == quotesWaiting);
    CHECK(totalOf(*manager, requestKinds) == requestsWaiting + 2);
    for (const QJsonValue &item : ServerFixture::get(*manager, u"/approvals"_s, params({{u"kind"_s, u"quote"_s}})).json.value(u"items"_s).toArray())
        CHECK(item.toObject().value(u"kind"_s).toString() == u"quote"_s);

    // Contract administration confirms milestones only; executives decide both; the requester, peers, finance and
    // another team see neither.
    CHECK(inboxItems(*admin, u"milestone"_s).contains(milestoneId));
    CHECK_FALSE(inboxItems(*admin, u"contract_change"_s).contains(changeId));
    CHECK(inboxItems(*director, u"milestone"_s).contains(milestoneId));
    CHECK(inboxItems(*director, u"contract_change"_s).contains(changeId));
    for (const QString &login : {u"sales.east1"_s, u"sales.east2"_s, u"finance"_s, u"manager.west"_s}) {
        INFO(login.toStdString());
        auto client = fixture.login(login);
        CHECK_FALSE(inboxItems(*client, u"milestone"_s).contains(milestoneId));
        CHECK_FALSE(inboxItems(*client, u"contract_change"_s).contains(changeId));
    }

    // Search by the contract's number, paging in a stable order, and unknown kinds refused.
    const QUrlQuery byNumber = params({{u"q"_s, contract.value(u"number"_s).toString()}});
    CHECK(totalOf(*manager, byNumber) == 2);
    CHECK(inboxItems(*manager, u"milestone"_s, byNumber).contains(milestoneId));
    QList<QPair<QString, qint64>> paged;
    for (int offset = 0; offset < totalOf(*manager); ++offset) {
        const QJsonArray items = ServerFixture::get(*manager, u"/approvals"_s,
                                                    params({{u"limit"_s, u"1"_s}, {u"offset"_s, QString::number(offset)},
                                                            {u"sort"_s, u"-customer"_s}}))
                                     .json.value(u"items"_s).toArray();
        REQUIRE(items.size() == 1);
        paged.append({items.at(0).toObject().value(u"kind"_s).toString(), items.at(0).toObject().value(u"id"_s).toInteger()});
    }
    CHECK(paged.contains(QPair<QString, qint64>{u"milestone"_s, milestoneId}));
    CHECK(paged.contains(QPair<QString, qint64>{u"contract_change"_s, changeId}));
    CHECK(QSet<QPair<QString, qint64>>(paged.cbegin(), paged.cend()).size() == paged.size());
    const Answer unknownKind = ServerFixture::get(*manager, u"/approvals"_s, params({{u"kind"_s, u"invoice"_s}}));
    CHECK(unknownKind.status == 400);
    CHECK(unknownKind.errorField() == u"kind"_s);

    // Decided, they leave every inbox.
    REQUIRE(post(*admin, id, u"milestones/%1/approve"_s.arg(milestoneId)).status == 200);
    REQUIRE(post(*manager, id, u"changes/%1/reject"_s.arg(changeId), {{u"comment"_s, u"Not this quarter"_s}}).status == 200);
    CHECK(totalOf(*manager) == managerTotalBefore);
    CHECK_FALSE(inboxItems(*director, u"milestone"_s).contains(milestoneId));
    CHECK_FALSE(inboxItems(*director, u"contract_change"_s).contains(changeId));
}

TEST_CASE("Nobody finds their own request in their inbox, the next one up does", "[approvals]")
{
    ServerFixture fixture;
    const qint64 id = newContract(fixture, u"sales.east1"_s, u"system"_s, 500'000'00).value(u"id"_s).toInteger();
    auto manager = fixture.login(u"manager.east"_s);
    auto director = fixture.login(u"director"_s);
    const Answer change = post(*manager, id, u"changes"_s, {{u"reason"_s, u"Customer asks for later delivery"_s},
                                                           {u"new_delivery_terms"_s, u"FCA Shanghai, March 2027"_s}});
    REQUIRE(change.status == 201);
    const qint64 changeId = change.json.value(u"id"_s).toInteger();
    CHECK_FALSE(inboxItems(*manager, u"contract_change"_s).contains(changeId));
    CHECK(inboxItems(*director, u"contract_change"_s).contains(changeId));
}
