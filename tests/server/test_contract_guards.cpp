// Contract guards found by an adversarial run against the demo server: a payment whose converted amount the
// money type cannot carry, a payment settling an invoice on a node the invoice was not raised for, a draft
// moved to another currency, and a second contract for one opportunity.

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
