// Contract guards found by an adversarial run against the demo server: a payment whose converted amount the
// money type cannot carry, a payment settling an invoice on a node the invoice was not raised for, a draft
// moved to another currency, a second contract for one opportunity, and items whose amounts overflow.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ContractTesting;

namespace {

QString errorField(const Answer &answer)
{
    return answer.json.value(u"error"_s).toObject().value(u"field"_s).toString();
}

} // namespace

TEST_CASE("Payments: the converted amount must fit, and an invoice is settled only on its own node")
{
    ServerFixture fixture;
    auto finance = fixture.login(u"finance"_s);
    const qint64 id = newContract(fixture, u"sales.east1"_s, u"system"_s, 1'000'000'00).value(u"id"_s).toInteger();
    const qint64 advance = nodeId(*finance, id, 0);
    const qint64 shipment = nodeId(*finance, id, 1);
    const QString today = fixture.now().date().toString(Qt::ISODate);

    const Answer huge = post(*finance, id, u"payments"_s,
                             payment(today, 9'007'199'254'740'991, {{advance, 100}}, u"USD"_s, 1'000'000'000'000));
    CHECK(huge.status == 400);
    CHECK(errorField(huge) == u"amount"_s);

    REQUIRE(post(*finance, id, u"invoices"_s, invoice(u"INV-G-1"_s, today, {{advance, 300'000'00}})).status == 201);
    const qint64 invoiceId =
        ServerFixture::get(*finance, u"/contracts/%1/invoices"_s.arg(id)).json.value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
    QJsonObject wrongNode = payment(today, 5000, {{shipment, 5000}});
    QJsonArray parts = wrongNode.value(u"allocations"_s).toArray();
    QJsonObject part = parts.at(0).toObject();
    part.insert(u"invoice_id"_s, invoiceId);
    parts.replace(0, part);
    wrongNode.insert(u"allocations"_s, parts);
    const Answer refused = post(*finance, id, u"payments"_s, wrongNode);
    CHECK(refused.status == 400);
    CHECK(errorField(refused) == u"allocations[0].invoice_id"_s);

    part.insert(u"node_id"_s, advance);
    parts.replace(0, part);
    wrongNode.insert(u"allocations"_s, parts);
    CHECK(post(*finance, id, u"payments"_s, wrongNode).status == 201);
}

TEST_CASE("A draft contract keeps its currency, and an opportunity is contracted once")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const QJsonObject contract = newContract(fixture, u"sales.east1"_s, u"system"_s, 500'000'00);
    // Without items, so that only the currency stands in the way.
    const QJsonObject draft = standaloneContract(*east1, contract.value(u"customer_id"_s).toInteger(), 500'000'00,
                                                 u"CNY"_s, fixture.now().date().toString(Qt::ISODate));
    const Answer moved = ServerFixture::call(*east1, "PATCH", u"/contracts/%1"_s.arg(draft.value(u"id"_s).toInteger()),
                                             {{u"amount"_s, money(500'000'00, u"USD"_s)}},
                                             '"' + QByteArray::number(draft.value(u"version"_s).toInteger()) + '"');
    CHECK(moved.status == 400);
    CHECK(errorField(moved) == u"amount"_s);

    const Answer second = ServerFixture::call(
        *east1, "POST", u"/contracts"_s,
        {{u"contract_type"_s, u"system_project"_s},
         {u"customer_id"_s, contract.value(u"customer_id"_s)},
         {u"opportunity_id"_s, contract.value(u"opportunity_id"_s)},
         {u"amount"_s, money(100)},
         {u"signing_date"_s, fixture.now().date().toString(Qt::ISODate)}});
    CHECK(second.status == 409);
    CHECK(second.json.value(u"error"_s).toObject().value(u"code"_s).toString() == u"contract_exists"_s);
}

TEST_CASE("Items whose amounts the money type or JSON cannot carry are refused naming the field, on every path")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = newContract(fixture, u"sales.east1"_s, u"system"_s, 500'000'00).value(u"customer_id"_s).toInteger();
    const QString today = fixture.now().date().toString(Qt::ISODate);
    // quantity × price beyond 64 bits, and a sum that fits 64 bits but not JSON's exact integers.
    const QJsonArray overflowing{QuoteTesting::line(u"Sensor"_s, 1'000'000'000, 9'007'199'254'740'991, u"CNY"_s)};
    const QJsonArray inexact{QuoteTesting::line(u"Sensor"_s, 1000, qint64(1) << 50, u"CNY"_s)};
    const QJsonObject draft = standaloneContract(*east1, customer, 500'000'00, u"CNY"_s, today);
    const qint64 draftId = draft.value(u"id"_s).toInteger();
    const qint64 active = newContract(fixture, u"sales.east1"_s, u"system"_s, 200'000'00).value(u"id"_s).toInteger();
    REQUIRE(post(*east1, active, u"activate"_s).status == 200);

    for (const QJsonArray &items : {overflowing, inexact}) {
        const Answer created = ServerFixture::call(*east1, "POST", u"/contracts"_s,
                                                   {{u"contract_type"_s, u"system_project"_s},
                                                    {u"customer_id"_s, customer},
                                                    {u"amount"_s, money(100)},
                                                    {u"signing_date"_s, today},
                                                    {u"items"_s, items}});
        CHECK(created.status == 400);
        CHECK(errorField(created) == u"items"_s);

        const Answer patched = ServerFixture::call(*east1, "PATCH", u"/contracts/%1"_s.arg(draftId), {{u"items"_s, items}},
                                                   '"' + QByteArray::number(draft.value(u"version"_s).toInteger()) + '"');
        CHECK(patched.status == 400);
        CHECK(errorField(patched) == u"items"_s);

        const Answer change = post(*east1, active, u"changes"_s,
                                   {{u"reason"_s, u"More sensors"_s}, {u"new_items"_s, items}});
        CHECK(change.status == 400);
        CHECK(errorField(change) == u"new_items"_s);
    }
    const Answer quote = QuoteTesting::create(*east1, QuoteTesting::document(customer, u"CNY"_s, inexact));
    CHECK(quote.status == 400);
    CHECK(errorField(quote) == u"lines"_s);
}
