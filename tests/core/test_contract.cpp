#include "catchqt.h"

#include <catch2/catch.hpp>

#include "contract.h"

using namespace Qt::StringLiterals;
using namespace Tradewind;

TEST_CASE("Payments convert at a rate in millionths, respecting each currency's decimals")
{
    // 1,000.00 USD at 7.123456 = 7,123.456 CNY -> 7,123.46
    CHECK(convertCurrency(Money(100'000, u"USD"_s), 7'123'456, u"CNY"_s) == Money(712'346, u"CNY"_s));
    // 10,000 JPY at 0.048125 = 481.25 CNY
    CHECK(convertCurrency(Money(10'000, u"JPY"_s), 48'125, u"CNY"_s) == Money(48'125, u"CNY"_s));
    // 100.00 EUR at 160.5 = 16,050 JPY; 0.01 EUR at 160.5 = 1.605 -> 2 JPY
    CHECK(convertCurrency(Money(10'000, u"EUR"_s), 160'500'000, u"JPY"_s) == Money(16'050, u"JPY"_s));
    CHECK(convertCurrency(Money(1, u"EUR"_s), 160'500'000, u"JPY"_s) == Money(2, u"JPY"_s));
    CHECK(convertCurrency(Money(12'345, u"CNY"_s), 1'000'000, u"CNY"_s) == Money(12'345, u"CNY"_s));
}

TEST_CASE("Collection progress is received and invoiced over the amount, in basis points")
{
    Contract contract;
    contract.amount = Money(300'000, u"CNY"_s);
    contract.received = Money(100'000, u"CNY"_s);
    contract.invoiced = Money(300'000, u"CNY"_s);
    CHECK(contract.receivedBasisPoints() == 3333);
    CHECK(contract.invoicedBasisPoints() == 10000);
    contract.amount = Money(0, u"CNY"_s);
    CHECK(contract.receivedBasisPoints() == 0);
}

TEST_CASE("A contract document is validated, items in the contract's currency")
{
    QJsonObject document{{u"contract_type"_s, u"system_project"_s},
                         {u"customer_id"_s, 3},
                         {u"amount"_s, QJsonObject{{u"minor"_s, 500'000'00}, {u"currency"_s, u"CNY"_s}}},
                         {u"signing_date"_s, u"2026-11-20"_s},
                         {u"items"_s,
                          QJsonArray{QJsonObject{{u"name_en"_s, u"Inline X-ray system"_s},
                                                 {u"quantity"_s, 1},
                                                 {u"unit"_s, u"set"_s},
                                                 {u"unit_price"_s, QJsonObject{{u"minor"_s, 500'000'00},
                                                                               {u"currency"_s, u"CNY"_s}}}}}}};
    {
        JsonReader reader(document);
        const auto contract = Contract::fromInput(reader);
        REQUIRE(contract.has_value());
        CHECK(contract->currency == u"CNY"_s);
        CHECK(contract->items.size() == 1);
        CHECK(Contract::fromJson(contract->toJson()).toJson() == contract->toJson());
    }
    document.insert(u"amount"_s, QJsonObject{{u"minor"_s, 500'000'00}, {u"currency"_s, u"USD"_s}});
    {
        JsonReader reader(document);
        CHECK_FALSE(Contract::fromInput(reader).has_value());
        CHECK(reader.error()->field == u"items[0].unit_price"_s);
    }
    document.insert(u"amount"_s, QJsonObject{{u"minor"_s, 0}, {u"currency"_s, u"CNY"_s}});
    {
        JsonReader reader(document);
        CHECK_FALSE(Contract::fromInput(reader).has_value());
        CHECK(reader.error()->field == u"amount"_s);
    }
}
