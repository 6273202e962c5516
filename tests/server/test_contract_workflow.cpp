// The life of a contract over the real HTTP API: activation and edits, milestones moving due dates, approved
// changes re-spreading the unpaid part of the plan with every version kept, invoices and payments against the plan
// (over-allocation refused, foreign currency converted), stocking and shipments, history and notifications.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using Tradewind::ApiClient;

namespace {

/** Notifications of a kind for the client's user about a contract. */
QList<QJsonObject> contractNotifications(ApiClient &client, const QString &kind, qint64 contractId)
{
    const Answer answer = ServerFixture::get(client, u"/notifications"_s, params({{u"limit"_s, u"200"_s}}));
    REQUIRE(answer.status == 200);
    QList<QJsonObject> found;
    for (const QJsonValue &value : answer.json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"kind"_s).toString() == kind
            && item.value(u"details"_s).toObject().value(u"contract_id"_s).toInteger() == contractId)
            found.append(item);
    }
    return found;
}

QList<qint64> plannedOf(ApiClient &client, qint64 contractId)
{
    QList<qint64> amounts;
    for (const QJsonValue &node : nodes(client, contractId))
        amounts.append(minor(node.toObject().value(u"planned"_s)));
    return amounts;
}

Answer patchContract(ApiClient &client, qint64 contractId, const QJsonObject &changes)
{
    const Answer current = ServerFixture::get(client, u"/contracts/%1"_s.arg(contractId));
    REQUIRE(current.status == 200);
    return ServerFixture::call(client, "PATCH", u"/contracts/%1"_s.arg(contractId), changes, current.etag);
}

} // namespace

TEST_CASE("A draft is edited and activated, an active contract changes only through a change request and moves on "
          "to completed or terminated",
          "[contracts][status]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.east1"_s, u"system"_s, 1000000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);

    // A draft's amount re-spreads the generated plan.
    Answer edited = patchContract(*east1, id, {{u"amount"_s, money(2000000)}, {u"acceptance_terms"_s, u"FAT and SAT"_s}});
    INFO(edited.body.toStdString());
    REQUIRE(edited.status == 200);
    CHECK(plannedOf(*east1, id) == QList<qint64>{600000, 1200000, 200000});
    CHECK(edited.json.value(u"acceptance_terms"_s).toString() == u"FAT and SAT"_s);
    CHECK(patchContract(*east1, id, {{u"customer_id"_s, 1}}).errorField() == u"customer_id"_s);
    CHECK(patchContract(*fixture.login(u"finance"_s), id, {{u"notes"_s, u"x"_s}}).status == 403);
    CHECK(patchContract(*east1, id, {{u"status"_s, u"completed"_s}}).errorCode() == u"wrong_contract_status"_s);

    const Answer activated = post(*east1, id, u"activate"_s);
    REQUIRE(activated.status == 200);
    CHECK(activated.json.value(u"status"_s).toString() == u"active"_s);
    const Answer locked = patchContract(*east1, id, {{u"amount"_s, money(3000000)}});
    CHECK(locked.status == 409);
    CHECK(locked.errorCode() == u"contract_not_editable"_s);
    CHECK(patchContract(*east1, id, {{u"notes"_s, u"Site ready in March"_s}}).status == 200);
    CHECK(patchContract(*east1, id, {{u"status"_s, u"terminated"_s}}).errorField() == u"termination_reason"_s);
    const Answer terminated = patchContract(*east1, id, {{u"status"_s, u"terminated"_s}, {u"termination_reason"_s, u"Project cancelled"_s}});
    REQUIRE(terminated.status == 200);
    CHECK(terminated.json.value(u"termination_reason"_s).toString() == u"Project cancelled"_s);
    // A closed contract's plan no longer changes.
    auto manager = fixture.login(u"manager.east"_s);
    CHECK(putPlan(*manager, id, nodes(*manager, id)).errorCode() == u"contract_closed"_s);

    const QJsonArray history = ServerFixture::get(*east1, u"/contracts/%1/history"_s.arg(id)).json.value(u"items"_s).toArray();
    QStringList actions;
    for (const QJsonValue &entry : history)
        actions.prepend(entry.toObject().value(u"action"_s).toString());
    CHECK(actions == QStringList{u"create"_s, u"update"_s, u"update"_s, u"update"_s, u"update"_s});
    // The amount change shows with its plan.
    const QJsonObject amountChange = history.at(history.size() - 2).toObject().value(u"changes"_s).toObject();
    CHECK(amountChange.value(u"amount"_s).toObject().value(u"new"_s) == money(2000000));
    CHECK(amountChange.contains(u"plan"_s));
}

TEST_CASE("An approved milestone sets the trigger's achieved date and the due dates of its nodes follow", "[contracts][milestones]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.east1"_s, u"system"_s, 1000000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);

    const QJsonObject milestone{{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-10-28"_s}, {u"evidence"_s, u"B/L COSU123"_s}};
    CHECK(post(*east1, id, u"milestones"_s, {{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-11-03"_s},
                                             {u"evidence"_s, u"x"_s}})
              .errorField()
          == u"achieved_on"_s);
    CHECK(post(*east1, id, u"milestones"_s, {{u"trigger"_s, u"signing"_s}, {u"achieved_on"_s, u"2026-10-28"_s},
                                             {u"evidence"_s, u"x"_s}})
              .errorField()
          == u"trigger"_s);
    CHECK(post(*fixture.login(u"finance"_s), id, u"milestones"_s, milestone).status == 403);
    const Answer submitted = post(*east1, id, u"milestones"_s, milestone);
    INFO(submitted.body.toStdString());
    REQUIRE(submitted.status == 201);
    const qint64 milestoneId = submitted.json.value(u"id"_s).toInteger();
    CHECK(submitted.json.value(u"status"_s).toString() == u"submitted"_s);
    CHECK(submitted.json.value(u"submitted_by_name"_s).toString() == u"陈静"_s);
    CHECK(post(*east1, id, u"milestones"_s, milestone).errorCode() == u"milestone_exists"_s);
    // Nothing moves before the approval.
    CHECK(nodes(*east1, id).at(1).toObject().value(u"due_date"_s).isNull());

    const QList<QJsonObject> asked = contractNotifications(*manager, u"milestone_submitted"_s, id);
    REQUIRE(asked.size() == 1);
    CHECK(asked.at(0).value(u"details"_s).toObject().value(u"number"_s) == created.value(u"number"_s));

    const QString approvePath = u"milestones/%1/approve"_s.arg(milestoneId);
    CHECK(post(*east1, id, approvePath).status == 403);
    CHECK(post(*fixture.login(u"sales.east2"_s), id, approvePath).status == 404);
    CHECK(post(*manager, id, u"milestones/%1/reject"_s.arg(milestoneId)).errorField() == u"comment"_s);
    fixture.advanceClock(600);
    const Answer approved = post(*manager, id, approvePath, {{u"comment"_s, u"OK"_s}});
    INFO(approved.body.toStdString());
    REQUIRE(approved.status == 200);
    CHECK(approved.json.value(u"status"_s).toString() == u"approved"_s);
    CHECK(approved.json.value(u"decided_by_name"_s).toString() == u"李明"_s);
    CHECK(post(*manager, id, approvePath).errorCode() == u"request_decided"_s);

    const QJsonObject shipmentNode = nodes(*east1, id).at(1).toObject();
    CHECK(shipmentNode.value(u"achieved_date"_s).toString() == u"2026-10-28"_s);
    CHECK(shipmentNode.value(u"due_date"_s).toString() == u"2026-11-27"_s);
    CHECK(nodes(*east1, id).at(2).toObject().value(u"due_date"_s).isNull());
    CHECK(contractNotifications(*east1, u"milestone_approved"_s, id).size() == 1);
    const QJsonObject history = ServerFixture::get(*east1, u"/contracts/%1/history"_s.arg(id)).json.value(u"items"_s).toArray().at(0).toObject();
    CHECK(history.value(u"action"_s).toString() == u"milestone"_s);
    CHECK(history.value(u"changes"_s).toObject().contains(u"plan"_s));

    // A later day makes the node overdue unless it is paid (sessions do not last that long: log in again), once the
    // contract is in force: a draft owes nothing yet.
    fixture.advanceClock(30 * 24 * 3600);
    east1 = fixture.login(u"sales.east1"_s);
    CHECK_FALSE(nodes(*east1, id).at(1).toObject().value(u"overdue"_s).toBool());
    CHECK(minor(ContractTesting::contract(*east1, id).value(u"overdue"_s)) == 0);
    REQUIRE(post(*east1, id, u"activate"_s).status == 200);
    const QJsonObject contract = ContractTesting::contract(*east1, id);
    CHECK(nodes(*east1, id).at(1).toObject().value(u"overdue"_s).toBool());
    CHECK(minor(contract.value(u"overdue"_s)) == 300000 + 600000); // the advance (due 17 Nov) and the shipment part
}

TEST_CASE("An approved amount change re-spreads only the unpaid part of the plan, and every version stays readable",
          "[contracts][changes]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.east2"_s, u"system"_s, 1000000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto east2 = fixture.login(u"sales.east2"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto finance = fixture.login(u"finance"_s);
    REQUIRE(post(*east2, id, u"activate"_s).status == 200);
    const qint64 advance = nodeId(*east2, id, 0);
    const qint64 shipment = nodeId(*east2, id, 1);
    // The advance is paid in full and the shipment part invoiced by half.
    REQUIRE(post(*finance, id, u"invoices"_s, invoice(u"INV-A"_s, u"2026-11-02"_s, {{advance, 300000}, {shipment, 300000}})).status == 201);
    REQUIRE(post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 300000, {{advance, 300000}})).status == 201);

    CHECK(post(*east2, id, u"changes"_s, {{u"reason"_s, u"Nothing"_s}}).errorField() == u"new_amount"_s);
    CHECK(post(*east2, id, u"changes"_s, {{u"reason"_s, u"Less"_s}, {u"new_amount"_s, money(500000)}}).errorField() == u"new_amount"_s);
    const QJsonObject request{{u"reason"_s, u"Second camera station"_s},
                              {u"new_amount"_s, money(1300001)},
                              {u"new_payment_terms"_s, u"30/60/10, second station on delivery"_s}};
    const Answer submitted = post(*east2, id, u"changes"_s, request);
    INFO(submitted.body.toStdString());
    REQUIRE(submitted.status == 201);
    const qint64 changeId = submitted.json.value(u"id"_s).toInteger();
    CHECK(submitted.json.value(u"requested_by_name"_s).toString() == u"刘洋"_s);
    CHECK(submitted.json.value(u"from_revision"_s).toInt() == 1);
    CHECK(submitted.json.value(u"new_amount"_s) == money(1300001));
    CHECK(submitted.json.value(u"new_delivery_terms"_s).isNull());
    CHECK(contractNotifications(*manager, u"contract_change_submitted"_s, id).size() == 1);
    // Contract administration approves milestones, not changes.
    CHECK(post(*fixture.login(u"contracts"_s), id, u"changes/%1/approve"_s.arg(changeId)).status == 403);

    const Answer approved = post(*manager, id, u"changes/%1/approve"_s.arg(changeId));
    INFO(approved.body.toStdString());
    REQUIRE(approved.status == 200);
    const QJsonObject contract = ContractTesting::contract(*east2, id);
    CHECK(contract.value(u"revision"_s).toInt() == 2);
    CHECK(contract.value(u"amount"_s) == money(1300001));
    CHECK(contract.value(u"payment_terms"_s).toString() == u"30/60/10, second station on delivery"_s);
    // Settled: 300,000 on the advance (paid), 300,000 on the shipment part (invoiced). The 700,001 left goes over the
    // open parts (shipment 300,000 and acceptance 100,000) by their weights, the remainder on the last one.
    CHECK(plannedOf(*east2, id) == QList<qint64>{300000, 300000 + 525001, 175000});
    const QJsonObject plan = ContractTesting::plan(*east2, id);
    CHECK(plan.value(u"total"_s) == money(1300001));
    CHECK(contractNotifications(*east2, u"contract_change_approved"_s, id).size() == 1);

    const QJsonArray versions = ServerFixture::get(*east2, u"/contracts/%1/versions"_s.arg(id)).json.value(u"items"_s).toArray();
    REQUIRE(versions.size() == 2);
    const Answer first = ServerFixture::get(*east2, u"/contracts/%1/versions/1"_s.arg(id));
    REQUIRE(first.status == 200);
    const QJsonObject snapshot = first.json.value(u"snapshot"_s).toObject();
    CHECK(snapshot.value(u"contract"_s).toObject().value(u"amount"_s) == money(1000000));
    QList<qint64> firstPlan;
    for (const QJsonValue &node : snapshot.value(u"plan"_s).toArray())
        firstPlan.append(minor(node.toObject().value(u"planned"_s)));
    CHECK(firstPlan == QList<qint64>{300000, 600000, 100000});
    const Answer second = ServerFixture::get(*east2, u"/contracts/%1/versions/2"_s.arg(id));
    CHECK(second.json.value(u"reason"_s).toString() == u"change"_s);
    CHECK(second.json.value(u"snapshot"_s).toObject().value(u"contract"_s).toObject().value(u"amount"_s) == money(1300001));
    CHECK(ServerFixture::get(*east2, u"/contracts/%1/versions/3"_s.arg(id)).status == 404);

    const QJsonObject history = ServerFixture::get(*east2, u"/contracts/%1/history"_s.arg(id)).json.value(u"items"_s).toArray().at(0).toObject();
    CHECK(history.value(u"action"_s).toString() == u"change"_s);
    CHECK(history.value(u"changes"_s).toObject().value(u"amount"_s).toObject().value(u"old"_s) == money(1000000));
}

TEST_CASE("Invoices and payments are allocated to plan nodes, over-allocation is refused, foreign money converted",
          "[contracts][money]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.east1"_s, u"system"_s, 1000000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    auto finance = fixture.login(u"finance"_s);
    const qint64 advance = nodeId(*east1, id, 0);
    const qint64 shipment = nodeId(*east1, id, 1);

    // Only finance (and executives) record money.
    CHECK(post(*east1, id, u"invoices"_s, invoice(u"INV-1"_s, u"2026-11-01"_s, {{advance, 100000}})).status == 403);
    CHECK(post(*fixture.login(u"contracts"_s), id, u"payments"_s, payment(u"2026-11-01"_s, 100, {{advance, 100}})).status == 403);

    SECTION("invoices")
    {
        const Answer over = post(*finance, id, u"invoices"_s, invoice(u"INV-1"_s, u"2026-11-01"_s, {{advance, 300001}}));
        CHECK(over.status == 400);
        CHECK(over.errorCode() == u"over_allocated"_s);
        CHECK(over.errorField() == u"allocations[0].amount"_s);
        CHECK(over.json.value(u"error"_s).toObject().value(u"node_id"_s).toInteger() == advance);
        QJsonObject unequal = invoice(u"INV-1"_s, u"2026-11-01"_s, {{advance, 100000}});
        unequal.insert(u"amount"_s, money(100001));
        CHECK(post(*finance, id, u"invoices"_s, unequal).errorField() == u"allocations"_s);
        CHECK(post(*finance, id, u"invoices"_s, invoice(u"INV-1"_s, u"2026-11-01"_s, {{999999, 100}})).errorField()
              == u"allocations[0].node_id"_s);
        CHECK(post(*finance, id, u"invoices"_s, invoice(u"INV-1"_s, u"2026-11-03"_s, {{advance, 100}})).errorField()
              == u"issued_on"_s);

        QJsonObject body = invoice(u"INV-1"_s, u"2026-11-01"_s, {{advance, 200000}, {shipment, 100000}});
        body.insert(u"tax"_s, money(34513));
        const Answer recorded = post(*finance, id, u"invoices"_s, body);
        INFO(recorded.body.toStdString());
        REQUIRE(recorded.status == 201);
        CHECK(recorded.json.value(u"tax"_s) == money(34513));
        CHECK(recorded.json.value(u"allocations"_s).toArray().at(0).toObject().value(u"node_name"_s).toString() == u"Advance payment"_s);
        CHECK(recorded.json.value(u"created_by_name"_s).toString() == u"孙丽"_s);
        CHECK(post(*finance, id, u"invoices"_s, invoice(u"INV-1"_s, u"2026-11-01"_s, {{advance, 100}})).errorField() == u"number"_s);
        // Two parts on one node count together.
        const Answer twice = post(*finance, id, u"invoices"_s, invoice(u"INV-2"_s, u"2026-11-01"_s, {{advance, 60000}, {advance, 40001}}));
        CHECK(twice.errorCode() == u"over_allocated"_s);
        CHECK(twice.errorField() == u"allocations[1].amount"_s);

        const QJsonArray nodes = ContractTesting::nodes(*east1, id);
        CHECK(minor(nodes.at(0).toObject().value(u"invoiced"_s)) == 200000);
        CHECK(minor(nodes.at(1).toObject().value(u"invoiced"_s)) == 100000);
        CHECK(minor(ContractTesting::contract(*east1, id).value(u"invoiced"_s)) == 300000);
        CHECK(ContractTesting::contract(*east1, id).value(u"invoiced_bp"_s).toInt() == 3000);
        CHECK(ServerFixture::get(*east1, u"/contracts/%1/invoices"_s.arg(id)).json.value(u"total"_s).toInt() == 1);
    }
    SECTION("payments, against nodes and invoices, in another currency")
    {
        const Answer invoiced = post(*finance, id, u"invoices"_s, invoice(u"INV-9"_s, u"2026-11-01"_s, {{advance, 100000}}));
        REQUIRE(invoiced.status == 201);
        const qint64 invoiceId = invoiced.json.value(u"id"_s).toInteger();

        // Foreign money needs a rate; the parts may not exceed what it converts to.
        CHECK(post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 10000, {{advance, 71000}}, u"USD"_s)).errorField()
              == u"rate_micros"_s);
        const Answer tooMuch = post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 10000, {{advance, 71001}}, u"USD"_s, 7100000));
        CHECK(tooMuch.errorCode() == u"over_allocated"_s);
        CHECK(tooMuch.errorField() == u"allocations"_s);
        // $100.00 at 7.1 is 710.00 CNY.
        const Answer dollars = post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 10000, {{advance, 70000}}, u"USD"_s, 7100000));
        INFO(dollars.body.toStdString());
        REQUIRE(dollars.status == 201);
        CHECK(dollars.json.value(u"amount"_s) == money(10000, u"USD"_s));
        CHECK(dollars.json.value(u"amount_contract"_s) == money(71000));
        CHECK(dollars.json.value(u"unallocated"_s) == money(1000));
        // 1 cent at 7.5 is 7.5 fen, rounded half away from zero.
        const Answer odd = post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 1, {{advance, 8}}, u"USD"_s, 7500000));
        REQUIRE(odd.status == 201);
        CHECK(odd.json.value(u"amount_contract"_s) == money(8));

        // A node never receives more than is planned on it; an invoice is not settled beyond its amount.
        const Answer nodeOver = post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 230000, {{advance, 229994}}));
        CHECK(nodeOver.errorCode() == u"over_allocated"_s);
        CHECK(nodeOver.json.value(u"error"_s).toObject().value(u"node_id"_s).toInteger() == advance);
        QJsonObject againstInvoice = payment(u"2026-11-02"_s, 60000, {{advance, 60000}});
        QJsonArray parts = againstInvoice.value(u"allocations"_s).toArray();
        QJsonObject part = parts.at(0).toObject();
        part.insert(u"invoice_id"_s, invoiceId);
        parts.replace(0, part);
        againstInvoice.insert(u"allocations"_s, parts);
        REQUIRE(post(*finance, id, u"payments"_s, againstInvoice).status == 201);
        const Answer invoiceOver = post(*finance, id, u"payments"_s, againstInvoice);
        CHECK(invoiceOver.errorCode() == u"over_allocated"_s);
        CHECK(invoiceOver.errorField() == u"allocations[0].invoice_id"_s);
        CHECK(invoiceOver.json.value(u"error"_s).toObject().value(u"invoice_id"_s).toInteger() == invoiceId);

        const QJsonObject node = ContractTesting::nodes(*east1, id).at(0).toObject();
        CHECK(minor(node.value(u"received"_s)) == 70000 + 8 + 60000);
        CHECK(minor(node.value(u"outstanding"_s)) == 300000 - 130008);
        const QJsonObject contract = ContractTesting::contract(*east1, id);
        CHECK(minor(contract.value(u"received"_s)) == 130008);
        CHECK(minor(contract.value(u"outstanding"_s)) == 1000000 - 130008);
        CHECK(contract.value(u"next_due_node"_s).toString() == u"Advance payment"_s);
        CHECK(minor(contract.value(u"next_due_amount"_s)) == 300000 - 130008);
        const QJsonArray invoices = ServerFixture::get(*east1, u"/contracts/%1/invoices"_s.arg(id)).json.value(u"items"_s).toArray();
        CHECK(minor(invoices.at(0).toObject().value(u"received"_s)) == 60000);
        // The money shows in the contract's history.
        const QJsonObject last = ServerFixture::get(*east1, u"/contracts/%1/history"_s.arg(id)).json.value(u"items"_s).toArray().at(0).toObject();
        CHECK(last.value(u"action"_s).toString() == u"payment"_s);
        CHECK(last.value(u"changes"_s).toObject().value(u"received"_s).toObject().value(u"new"_s) == money(130008));
    }
}

TEST_CASE("Stocking and shipments are kept by the owner, their managers and contract administration", "[contracts][execution]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.west1"_s, u"spare_parts"_s, 50000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto west1 = fixture.login(u"sales.west1"_s);
    auto admin = fixture.login(u"contracts"_s);
    const QJsonObject line{{u"item"_s, u"Line-scan camera"_s}, {u"quantity"_s, 4}, {u"ready_date"_s, u"2026-12-01"_s}};
    const Answer stocked = post(*west1, id, u"stocking"_s, line);
    INFO(stocked.body.toStdString());
    REQUIRE(stocked.status == 201);
    CHECK(stocked.json.value(u"status"_s).toString() == u"planned"_s);
    CHECK(stocked.json.value(u"contract_id"_s).toInteger() == id);
    CHECK(post(*fixture.login(u"finance"_s), id, u"stocking"_s, line).status == 403);
    CHECK(post(*west1, id, u"stocking"_s, {{u"item"_s, u"x"_s}, {u"quantity"_s, 0}}).errorField() == u"quantity"_s);
    const qint64 lineId = stocked.json.value(u"id"_s).toInteger();
    const Answer ready = ServerFixture::call(*admin, "PATCH", u"/contracts/%1/stocking/%2"_s.arg(id).arg(lineId),
                                             {{u"status"_s, u"ready"_s}}, stocked.etag);
    REQUIRE(ready.status == 200);
    CHECK(ready.json.value(u"status"_s).toString() == u"ready"_s);

    const Answer shipped = post(*west1, id, u"shipments"_s,
                                {{u"shipped_on"_s, u"2026-11-01"_s}, {u"items"_s, u"4 cameras"_s}, {u"carrier"_s, u"DHL"_s},
                                 {u"tracking_number"_s, u"1234567890"_s}, {u"destination"_s, u"Santos"_s}});
    INFO(shipped.body.toStdString());
    REQUIRE(shipped.status == 201);
    CHECK(post(*west1, id, u"shipments"_s, {{u"shipped_on"_s, u"2026-11-09"_s}, {u"items"_s, u"x"_s}}).errorField() == u"shipped_on"_s);
    const QJsonArray shipments = ServerFixture::get(*fixture.login(u"manager.west"_s), u"/contracts/%1/shipments"_s.arg(id))
                                     .json.value(u"items"_s).toArray();
    REQUIRE(shipments.size() == 1);
    CHECK(shipments.at(0).toObject().value(u"tracking_number"_s).toString() == u"1234567890"_s);
}

TEST_CASE("The demo holds contracts in every state with plans, milestones, execution records, invoices and payments",
          "[contracts][demo]")
{
    ServerFixture fixture;
    const auto count = [&](const QString &sql) { return QuoteTesting::scalar(fixture, sql); };
    CHECK(count(u"SELECT COUNT(*) FROM contracts"_s) >= 15);
    for (const QString &status : {u"draft"_s, u"active"_s, u"completed"_s, u"terminated"_s}) {
        INFO(status.toStdString());
        CHECK(count(u"SELECT COUNT(*) FROM contracts WHERE status = '"_s + status + u"'"_s) >= 1);
    }
    CHECK(count(u"SELECT COUNT(DISTINCT owner_id) FROM contracts"_s) == 3);
    CHECK(count(u"SELECT COUNT(*) FROM contracts WHERE quote_id IS NOT NULL"_s) >= 7);
    // Every plan adds up to its contract's amount.
    CHECK(count(u"SELECT COUNT(*) FROM contracts c WHERE amount_minor <> (SELECT SUM(planned_minor) FROM plan_nodes n "
                u"WHERE n.contract_id = c.id)"_s) == 0);
    CHECK(count(u"SELECT COUNT(*) FROM milestones WHERE status = 'approved'"_s) >= 3);
    CHECK(count(u"SELECT COUNT(*) FROM milestones m JOIN contracts c ON c.id = m.contract_id JOIN employees e ON "
                u"e.id = c.owner_id JOIN employees s ON s.id = e.supervisor_id WHERE m.status = 'submitted' "
                u"AND s.login = 'manager.east'"_s) == 1);
    CHECK(count(u"SELECT COUNT(*) FROM shipments"_s) >= 2);
    CHECK(count(u"SELECT COUNT(*) FROM stocking"_s) >= 5);
    CHECK(count(u"SELECT COUNT(*) FROM invoices"_s) >= 8);
    CHECK(count(u"SELECT COUNT(*) FROM payments p JOIN contracts c ON c.id = p.contract_id WHERE p.currency = 'USD' "
                u"AND c.currency = 'CNY' AND p.rate_micros <> 1000000"_s) == 1);
    CHECK(count(u"SELECT COUNT(*) FROM contract_changes WHERE status = 'approved' AND new_amount_minor IS NOT NULL"_s) == 1);
    CHECK(count(u"SELECT COUNT(*) FROM contracts WHERE revision = 2"_s) == 1);

    auto finance = fixture.login(u"finance"_s);
    const Answer ageing = ServerFixture::get(*finance, u"/reports/ar-ageing"_s);
    REQUIRE(ageing.status == 200);
    qint64 overdue = 0;
    for (const QJsonValue &total : ageing.json.value(u"totals"_s).toArray())
        for (const QString &bucket : {u"d1_30"_s, u"d31_60"_s, u"d61_90"_s, u"over_90"_s})
            overdue += minor(total.toObject().value(bucket));
    CHECK(overdue > 0);
    // Partly paid nodes.
    CHECK(count(u"SELECT COUNT(*) FROM plan_nodes n WHERE (SELECT SUM(amount_minor) FROM payment_allocations a WHERE "
                u"a.node_id = n.id) BETWEEN 1 AND n.planned_minor - 1"_s) >= 1);
}
