// The contract reports over the real HTTP API on fixed dates (the server's clock is the test's): accounts receivable
// ageing compared with hand-computed tables, payments received and invoicing in a period, and the contract register.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using Tradewind::ApiClient;

namespace {

constexpr qint64 Day = 24 * 3600;

/** A node of a plan PUT falling due on a fixed date. */
QJsonObject fixedNode(const QString &name, const QString &date, qint64 plannedMinor, const QString &currency = u"CNY"_s)
{
    return {{u"name"_s, name}, {u"trigger"_s, u"fixed_date"_s}, {u"planned_date"_s, date}, {u"planned"_s, money(plannedMinor, currency)}};
}

/** One ageing row as {label/currency: [not due, 1–30, 31–60, 61–90, over 90, total]}, in minor units. */
using Table = QMap<QString, QList<qint64>>;

Table ageingTable(const QJsonArray &rows, bool totals = false)
{
    Table table;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QList<qint64> amounts;
        for (const QString &bucket : {u"not_due"_s, u"d1_30"_s, u"d31_60"_s, u"d61_90"_s, u"over_90"_s, u"total"_s})
            amounts.append(minor(row.value(bucket)));
        table.insert((totals ? QString() : row.value(u"label"_s).toString() + u'/') + row.value(u"currency"_s).toString(), amounts);
    }
    return table;
}

Answer report(ApiClient &client, const QString &name, std::initializer_list<std::pair<QString, QString>> query)
{
    const Answer answer = ServerFixture::get(client, u"/reports/"_s + name, params(query));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    return answer;
}

/**
 * Four contracts on a clean slate (2 November 2026):
 * A (李明, 东方轮胎, 10,000.00 CNY) falls due on fixed dates 10 Nov / 20 Oct / 20 Sep / 20 Aug / 30 Jun with
 * 1,000 / 2,000 / 3,000 / 2,500 / 1,500, of which 500 is paid on 25 October against the 20 October node;
 * B (张伟, 华晟纺织, 5,000.00 CNY, signed 1 October) has 3,000 due 15 days after signing, 1,000 of it paid on
 * 1 November, and 2,000 on shipment (not yet shipped: no due date); C (李明, 华晟纺织, 1,000.00 USD) is due on
 * 31 October; D (张伟, 东方轮胎) is terminated and never counts.
 */
struct Scenario
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    qint64 d = 0;

    explicit Scenario(ServerFixture &fixture)
    {
        clearContracts(fixture);
        auto east = fixture.login(u"manager.east"_s);
        auto west = fixture.login(u"manager.west"_s);
        auto admin = fixture.login(u"contracts"_s);
        auto finance = fixture.login(u"finance"_s);
        const qint64 tyres = fixture.partnerId(u"河北东方轮胎有限公司"_s);
        const qint64 textiles = fixture.partnerId(u"福建华晟纺织有限公司"_s);

        a = standaloneContract(*east, tyres, 1000000, u"CNY"_s, u"2026-06-01"_s).value(u"id"_s).toInteger();
        REQUIRE(putPlan(*admin, a,
                        {fixedNode(u"N1"_s, u"2026-11-10"_s, 100000), fixedNode(u"N2"_s, u"2026-10-20"_s, 200000),
                         fixedNode(u"N3"_s, u"2026-09-20"_s, 300000), fixedNode(u"N4"_s, u"2026-08-20"_s, 250000),
                         fixedNode(u"N5"_s, u"2026-06-30"_s, 150000)})
                    .status
                == 200);
        b = standaloneContract(*west, textiles, 500000, u"CNY"_s, u"2026-10-01"_s).value(u"id"_s).toInteger();
        REQUIRE(putPlan(*admin, b,
                        {QJsonObject{{u"name"_s, u"Advance"_s}, {u"trigger"_s, u"signing"_s}, {u"due_offset_days"_s, 15},
                                     {u"planned"_s, money(300000)}},
                         QJsonObject{{u"name"_s, u"On shipment"_s}, {u"trigger"_s, u"shipment"_s}, {u"planned"_s, money(200000)}}})
                    .status
                == 200);
        c = standaloneContract(*east, textiles, 100000, u"USD"_s, u"2026-10-15"_s).value(u"id"_s).toInteger();
        REQUIRE(putPlan(*admin, c, {fixedNode(u"All"_s, u"2026-10-31"_s, 100000, u"USD"_s)}).status == 200);
        d = standaloneContract(*west, tyres, 80000, u"CNY"_s, u"2026-10-01"_s).value(u"id"_s).toInteger();
        const Answer current = ServerFixture::get(*west, u"/contracts/%1"_s.arg(d));
        REQUIRE(ServerFixture::call(*west, "PATCH", u"/contracts/%1"_s.arg(d),
                                    {{u"status"_s, u"terminated"_s}, {u"termination_reason"_s, u"Cancelled"_s}}, current.etag)
                    .status
                == 200);

        // Invoices on 5, 16 and 20 October and 1 November; payments on 25 October and 1 November.
        QJsonObject taxed = invoice(u"R2"_s, u"2026-10-20"_s, {{nodeId(*east, a, 1), 200000}});
        taxed.insert(u"tax"_s, money(23009));
        for (const auto &[contract, body] : QList<QPair<qint64, QJsonObject>>{
                 {a, invoice(u"R1"_s, u"2026-10-05"_s, {{nodeId(*east, a, 4), 150000}})},
                 {a, taxed},
                 {b, invoice(u"R3"_s, u"2026-11-01"_s, {{nodeId(*west, b, 0), 300000}})},
                 {c, invoice(u"R4"_s, u"2026-10-16"_s, {{nodeId(*east, c, 0), 100000}}, u"USD"_s)}})
            REQUIRE(post(*finance, contract, u"invoices"_s, body).status == 201);
        REQUIRE(post(*finance, a, u"payments"_s, payment(u"2026-10-25"_s, 50000, {{nodeId(*east, a, 1), 50000}})).status == 201);
        REQUIRE(post(*finance, b, u"payments"_s, payment(u"2026-11-01"_s, 100000, {{nodeId(*west, b, 0), 100000}})).status == 201);
    }
};

} // namespace

TEST_CASE("Accounts receivable are aged by due date against the as-of day, by customer, salesperson and department",
          "[reports][ageing]")
{
    ServerFixture fixture;
    const Scenario scenario(fixture);
    auto finance = fixture.login(u"finance"_s);

    // As of today by the server's clock (2 November).
    const Answer byCustomer = report(*finance, u"ar-ageing"_s, {{u"group_by"_s, u"customer"_s}});
    CHECK(byCustomer.json.value(u"as_of"_s).toString() == u"2026-11-02"_s);
    CHECK(ageingTable(byCustomer.json.value(u"rows"_s).toArray())
          == Table{{u"河北东方轮胎有限公司/CNY"_s, {100000, 150000, 300000, 250000, 150000, 950000}},
                   {u"福建华晟纺织有限公司/CNY"_s, {200000, 200000, 0, 0, 0, 400000}},
                   {u"福建华晟纺织有限公司/USD"_s, {0, 100000, 0, 0, 0, 100000}}});
    CHECK(ageingTable(byCustomer.json.value(u"totals"_s).toArray(), true)
          == Table{{u"CNY"_s, {300000, 350000, 300000, 250000, 150000, 1350000}}, {u"USD"_s, {0, 100000, 0, 0, 0, 100000}}});
    const QJsonObject tyres = byCustomer.json.value(u"rows"_s).toArray().at(0).toObject();
    CHECK(tyres.value(u"key"_s).toString() == QString::number(fixture.partnerId(u"河北东方轮胎有限公司"_s)));
    CHECK(tyres.value(u"contract_ids"_s).toArray() == QJsonArray{scenario.a});

    const Table bySalesperson{{u"李明/CNY"_s, {100000, 150000, 300000, 250000, 150000, 950000}},
                              {u"李明/USD"_s, {0, 100000, 0, 0, 0, 100000}},
                              {u"张伟/CNY"_s, {200000, 200000, 0, 0, 0, 400000}}};
    CHECK(ageingTable(report(*finance, u"ar-ageing"_s, {{u"group_by"_s, u"salesperson"_s}}).json.value(u"rows"_s).toArray())
          == bySalesperson);
    CHECK(ageingTable(report(*finance, u"ar-ageing"_s, {{u"group_by"_s, u"department"_s}}).json.value(u"rows"_s).toArray())
          == Table{{u"华东销售部/CNY"_s, bySalesperson.value(u"李明/CNY"_s)},
                   {u"华东销售部/USD"_s, bySalesperson.value(u"李明/USD"_s)},
                   {u"华西销售部/CNY"_s, bySalesperson.value(u"张伟/CNY"_s)}});

    // As of 31 October: B's payment of 1 November has not come yet, and C falls due that very day.
    CHECK(ageingTable(report(*finance, u"ar-ageing"_s, {{u"group_by"_s, u"customer"_s}, {u"as_of"_s, u"2026-10-31"_s}})
                          .json.value(u"rows"_s)
                          .toArray())
          == Table{{u"河北东方轮胎有限公司/CNY"_s, {100000, 150000, 300000, 250000, 150000, 950000}},
                   {u"福建华晟纺织有限公司/CNY"_s, {200000, 300000, 0, 0, 0, 500000}},
                   {u"福建华晟纺织有限公司/USD"_s, {100000, 0, 0, 0, 0, 100000}}});
    // The edges of the buckets: on 19 November A's 20 October node is 30 days overdue, its 20 September node 60
    // and its 20 August node 91; a day later they are 31, 61 and 92.
    const auto tyresOn = [&](const QString &asOf) {
        return ageingTable(report(*finance, u"ar-ageing"_s, {{u"as_of"_s, asOf}}).json.value(u"rows"_s).toArray())
            .value(u"河北东方轮胎有限公司/CNY"_s);
    };
    CHECK(tyresOn(u"2026-11-19"_s) == QList<qint64>{0, 250000, 300000, 0, 400000, 950000});
    CHECK(tyresOn(u"2026-11-20"_s) == QList<qint64>{0, 100000, 150000, 300000, 400000, 950000});
    // Before anything was signed there is nothing to collect.
    CHECK(report(*finance, u"ar-ageing"_s, {{u"as_of"_s, u"2026-05-01"_s}}).json.value(u"rows"_s).toArray().isEmpty());

    // A month later by the clock, everything has aged.
    fixture.advanceClock(30 * Day);
    finance = fixture.login(u"finance"_s); // sessions do not last a month
    const Answer later = report(*finance, u"ar-ageing"_s, {{u"group_by"_s, u"customer"_s}});
    CHECK(later.json.value(u"as_of"_s).toString() == u"2026-12-02"_s);
    CHECK(ageingTable(later.json.value(u"rows"_s).toArray()).value(u"河北东方轮胎有限公司/CNY"_s)
          == QList<qint64>{0, 100000, 150000, 300000, 400000, 950000});

    CHECK(ServerFixture::get(*finance, u"/reports/ar-ageing"_s, params({{u"group_by"_s, u"month"_s}})).errorField() == u"group_by"_s);
    CHECK(ServerFixture::get(*finance, u"/reports/ar-ageing"_s, params({{u"as_of"_s, u"2026-13-01"_s}})).errorField() == u"as_of"_s);
}

TEST_CASE("Payments received and invoicing in a period, grouped, with the records behind them", "[reports][period]")
{
    ServerFixture fixture;
    const Scenario scenario(fixture);
    auto director = fixture.login(u"director"_s);

    const Answer october = report(*director, u"payments-received"_s,
                                  {{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}, {u"group_by"_s, u"customer"_s}});
    const QJsonArray rows = october.json.value(u"rows"_s).toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(u"label"_s).toString() == u"河北东方轮胎有限公司"_s);
    CHECK(rows.at(0).toObject().value(u"amount"_s) == money(50000));
    CHECK(rows.at(0).toObject().value(u"count"_s).toInt() == 1);
    CHECK(rows.at(0).toObject().value(u"contract_ids"_s).toArray() == QJsonArray{scenario.a});
    const QJsonArray details = october.json.value(u"details"_s).toArray();
    REQUIRE(details.size() == 1);
    CHECK(details.at(0).toObject().value(u"received_on"_s).toString() == u"2026-10-25"_s);
    CHECK(details.at(0).toObject().value(u"contract_id"_s).toInteger() == scenario.a);
    CHECK(details.at(0).toObject().value(u"owner_name"_s).toString() == u"李明"_s);

    const Answer byMonth = report(*director, u"payments-received"_s,
                                  {{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-11-30"_s}, {u"group_by"_s, u"month"_s}});
    QMap<QString, qint64> months;
    for (const QJsonValue &row : byMonth.json.value(u"rows"_s).toArray())
        months.insert(row.toObject().value(u"key"_s).toString(), minor(row.toObject().value(u"amount"_s)));
    CHECK(months == QMap<QString, qint64>{{u"2026-10"_s, 50000}, {u"2026-11"_s, 100000}});
    CHECK(byMonth.json.value(u"totals"_s).toArray()
          == QJsonArray{QJsonObject{{u"currency"_s, u"CNY"_s}, {u"count"_s, 2}, {u"amount"_s, money(150000)}}});

    const Answer invoicing = report(*director, u"invoicing"_s,
                                    {{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}, {u"group_by"_s, u"salesperson"_s}});
    QMap<QString, QList<qint64>> invoiced;
    for (const QJsonValue &value : invoicing.json.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        invoiced.insert(row.value(u"label"_s).toString() + u'/' + row.value(u"currency"_s).toString(),
                        {row.value(u"count"_s).toInteger(), minor(row.value(u"amount"_s)), minor(row.value(u"tax"_s))});
    }
    CHECK(invoiced == QMap<QString, QList<qint64>>{{u"李明/CNY"_s, {2, 350000, 23009}}, {u"李明/USD"_s, {1, 100000, 0}}});
    QStringList numbers;
    for (const QJsonValue &detail : invoicing.json.value(u"details"_s).toArray())
        numbers.append(detail.toObject().value(u"number"_s).toString());
    CHECK(numbers == QStringList{u"R1"_s, u"R4"_s, u"R2"_s});

    CHECK(ServerFixture::get(*director, u"/reports/invoicing"_s, params({{u"from"_s, u"2026-11-01"_s}, {u"to"_s, u"2026-10-01"_s}}))
              .errorField()
          == u"to"_s);
}

TEST_CASE("The contract register lists the contracts signed in a period with what is invoiced, received and overdue",
          "[reports][register]")
{
    ServerFixture fixture;
    const Scenario scenario(fixture);
    auto finance = fixture.login(u"finance"_s);
    const Answer october = report(*finance, u"contract-register"_s, {{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}});
    const QJsonArray rows = october.json.value(u"rows"_s).toArray();
    CHECK(idsOf(rows) == QList<qint64>{scenario.b, scenario.d, scenario.c});
    const QJsonObject b = rows.at(0).toObject();
    CHECK(b.value(u"amount"_s) == money(500000));
    CHECK(b.value(u"invoiced"_s) == money(300000));
    CHECK(b.value(u"received"_s) == money(100000));
    CHECK(b.value(u"outstanding"_s) == money(400000));
    CHECK(b.value(u"overdue"_s) == money(200000));
    CHECK(b.value(u"owner_name"_s).toString() == u"张伟"_s);

    const Answer terminated = report(*finance, u"contract-register"_s, {{u"status"_s, u"terminated"_s}});
    CHECK(idsOf(terminated.json.value(u"rows"_s).toArray()) == QList<qint64>{scenario.d});

    const Answer byCustomer = report(*finance, u"contract-register"_s, {{u"group_by"_s, u"customer"_s}});
    QMap<QString, QList<qint64>> groups;
    for (const QJsonValue &value : byCustomer.json.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        groups.insert(row.value(u"label"_s).toString() + u'/' + row.value(u"currency"_s).toString(),
                      {row.value(u"count"_s).toInteger(), minor(row.value(u"amount"_s)), minor(row.value(u"received"_s))});
    }
    CHECK(groups == QMap<QString, QList<qint64>>{{u"河北东方轮胎有限公司/CNY"_s, {2, 1080000, 50000}},
                                                 {u"福建华晟纺织有限公司/CNY"_s, {1, 500000, 100000}},
                                                 {u"福建华晟纺织有限公司/USD"_s, {1, 100000, 0}}});
}
