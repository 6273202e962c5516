// The contract reports over the real HTTP API on fixed dates (the server's clock is the test's): accounts receivable
// ageing compared with hand-computed tables, payments received and invoicing in a period, the contract register, the
// paged groups and rows with the drill-down to the rows behind a figure, and only contracts in force as receivables.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

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

const QStringList Buckets{u"not_due"_s, u"d1_30"_s, u"d31_60"_s, u"d61_90"_s, u"over_90"_s, u"total"_s};

/** One ageing row as {label/currency: [not due, 1–30, 31–60, 61–90, over 90, total]}, in minor units. */
using Table = QMap<QString, QList<qint64>>;

Table ageingTable(const QJsonArray &rows, bool totals = false)
{
    Table table;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QList<qint64> amounts;
        for (const QString &bucket : Buckets)
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

/** Every row behind a report's figures (GET /reports/<name>/rows), fetched page by page. */
QJsonArray reportRows(ApiClient &client, const QString &name, QUrlQuery query)
{
    QJsonArray rows;
    for (;;) {
        query.removeAllQueryItems(u"offset"_s);
        query.addQueryItem(u"offset"_s, QString::number(rows.size()));
        query.addQueryItem(u"limit"_s, u"2"_s); // small pages: the paging is under test too
        const Answer answer = ServerFixture::get(client, u"/reports/%1/rows"_s.arg(name), query);
        query.removeAllQueryItems(u"limit"_s);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        const QJsonArray page = answer.json.value(u"items"_s).toArray();
        for (const QJsonValue &row : page)
            rows.append(row);
        if (page.isEmpty() || rows.size() >= answer.json.value(u"total"_s).toInteger()) {
            CHECK(rows.size() == answer.json.value(u"total"_s).toInteger());
            return rows;
        }
    }
}

QList<qint64> contractIdsOf(const QJsonArray &rows)
{
    QList<qint64> ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(u"contract_id"_s).toInteger());
    return ids;
}

/**
 * Four contracts on a clean slate (2 November 2026):
 * A (李明, 东方轮胎, 10,000.00 CNY) falls due on fixed dates 10 Nov / 20 Oct / 20 Sep / 20 Aug / 30 Jun with
 * 1,000 / 2,000 / 3,000 / 2,500 / 1,500, of which 500 is paid on 25 October against the 20 October node;
 * B (张伟, 华晟纺织, 5,000.00 CNY, signed 1 October) has 3,000 due 15 days after signing, 1,000 of it paid on
 * 1 November, and 2,000 on shipment (not yet shipped: no due date); C (李明, 华晟纺织, 1,000.00 USD) is due on
 * 31 October; all three are active. D (张伟, 东方轮胎) is terminated and E (李明, 东方轮胎, 3,000.00 CNY due on 1 August)
 * is still a draft: neither is receivable.
 */
struct Scenario
{
    qint64 a = 0;
    qint64 b = 0;
    qint64 c = 0;
    qint64 d = 0;
    qint64 e = 0;

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
        for (const auto &[owner, id] : {std::pair{east.get(), a}, std::pair{west.get(), b}, std::pair{east.get(), c}})
            REQUIRE(post(*owner, id, u"activate"_s).status == 200);
        e = standaloneContract(*east, tyres, 300000, u"CNY"_s, u"2026-07-01"_s).value(u"id"_s).toInteger();
        REQUIRE(putPlan(*admin, e, {fixedNode(u"All"_s, u"2026-08-01"_s, 300000)}).status == 200);
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
    CHECK(tyres.value(u"count"_s).toInteger() == 1);
    CHECK(byCustomer.json.value(u"total"_s).toInteger() == 3);
    // The drill-down: the contracts behind the customer's figures, each with its own.
    const QJsonArray behind = reportRows(*finance, u"ar-ageing"_s,
                                         params({{u"group_by"_s, u"customer"_s}, {u"group_key"_s, tyres.value(u"key"_s).toString()},
                                                 {u"currency"_s, u"CNY"_s}}));
    CHECK(contractIdsOf(behind) == QList<qint64>{scenario.a});
    CHECK(ageingTable(behind, true) == Table{{u"CNY"_s, {100000, 150000, 300000, 250000, 150000, 950000}}});
    // Every row with open money, oldest signing first.
    CHECK(contractIdsOf(reportRows(*finance, u"ar-ageing"_s, {})) == QList<qint64>{scenario.a, scenario.b, scenario.c});

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

TEST_CASE("The ageing on a past day adds back what came in after it, on nodes paid in parts and contracts paid up since",
          "[reports][ageing]")
{
    ServerFixture fixture;
    clearContracts(fixture);
    auto east = fixture.login(u"manager.east"_s);
    auto admin = fixture.login(u"contracts"_s);
    auto finance = fixture.login(u"finance"_s);
    // F (6,000.00 CNY): X 4,000 due 1 August, paid 1,000 on 10 August and 3,000 on 20 October; Y 2,000 due
    // 1 October, paid on 25 October. Nothing is open on it today (2 November).
    const qint64 f = standaloneContract(*east, fixture.partnerId(u"河北东方轮胎有限公司"_s), 600000, u"CNY"_s, u"2026-06-01"_s)
                         .value(u"id"_s)
                         .toInteger();
    REQUIRE(putPlan(*admin, f, {fixedNode(u"X"_s, u"2026-08-01"_s, 400000), fixedNode(u"Y"_s, u"2026-10-01"_s, 200000)}).status == 200);
    REQUIRE(post(*east, f, u"activate"_s).status == 200);
    const qint64 x = nodeId(*east, f, 0);
    const qint64 y = nodeId(*east, f, 1);
    for (const auto &[on, node, amount] : {std::tuple{u"2026-08-10"_s, x, 100000}, std::tuple{u"2026-10-20"_s, x, 300000},
                                           std::tuple{u"2026-10-25"_s, y, 200000}})
        REQUIRE(post(*finance, f, u"payments"_s, payment(on, amount, {{node, amount}})).status == 201);

    const auto ageing = [&](const QString &asOf) {
        const Answer answer = report(*finance, u"ar-ageing"_s, {{u"as_of"_s, asOf}, {u"group_by"_s, u"salesperson"_s}});
        return std::pair{ageingTable(answer.json.value(u"rows"_s).toArray()), ageingTable(reportRows(*finance, u"ar-ageing"_s,
                                                                                                    params({{u"as_of"_s, asOf}})),
                                                                                         true)};
    };
    // On 5 August all of it was open: X 4 days overdue, Y not due yet.
    CHECK(ageing(u"2026-08-05"_s) == std::pair{Table{{u"李明/CNY"_s, {200000, 400000, 0, 0, 0, 600000}}},
                                               Table{{u"CNY"_s, {200000, 400000, 0, 0, 0, 600000}}}});
    // On 15 October X had 3,000 open (75 days overdue) after the first of its two payments, Y 2,000 (14 days).
    CHECK(ageing(u"2026-10-15"_s) == std::pair{Table{{u"李明/CNY"_s, {0, 200000, 0, 300000, 0, 500000}}},
                                               Table{{u"CNY"_s, {0, 200000, 0, 300000, 0, 500000}}}});
    // On 22 October only Y was open, 21 days overdue.
    CHECK(ageing(u"2026-10-22"_s) == std::pair{Table{{u"李明/CNY"_s, {0, 200000, 0, 0, 0, 200000}}},
                                               Table{{u"CNY"_s, {0, 200000, 0, 0, 0, 200000}}}});
    CHECK(report(*finance, u"ar-ageing"_s, {{u"as_of"_s, u"2026-10-22"_s}}).json.value(u"rows"_s).toArray().at(0).toObject()
              .value(u"count"_s)
              .toInteger()
          == 1);
    // Today it is paid up: no longer a receivable.
    CHECK(ageing(u"2026-11-02"_s) == std::pair{Table{}, Table{}});
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
    const QJsonArray details = reportRows(*director, u"payments-received"_s,
                                          params({{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}, {u"group_by"_s, u"customer"_s},
                                                  {u"group_key"_s, rows.at(0).toObject().value(u"key"_s).toString()}}));
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
    const QJsonArray november = reportRows(*director, u"payments-received"_s,
                                           params({{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-11-30"_s},
                                                   {u"group_by"_s, u"month"_s}, {u"group_key"_s, u"2026-11"_s}}));
    CHECK(contractIdsOf(november) == QList<qint64>{scenario.b});
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
    for (const QJsonValue &detail : reportRows(*director, u"invoicing"_s, params({{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}})))
        numbers.append(detail.toObject().value(u"number"_s).toString());
    CHECK(numbers == QStringList{u"R1"_s, u"R4"_s, u"R2"_s});
    // By salesperson and department, a group's rows are its own.
    const qint64 liMing = fixture.employeeId(u"manager.east"_s);
    const QJsonObject liMingOwner = ServerFixture::get(*director, u"/employees/%1"_s.arg(liMing)).json;
    for (const auto &[groupBy, key] : {std::pair{u"salesperson"_s, QString::number(liMing)},
                                       std::pair{u"department"_s, QString::number(liMingOwner.value(u"department_id"_s).toInteger())}}) {
        INFO(groupBy.toStdString());
        const QJsonArray usd = reportRows(*director, u"invoicing"_s,
                                          params({{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}, {u"group_by"_s, groupBy},
                                                  {u"group_key"_s, key}, {u"currency"_s, u"USD"_s}}));
        REQUIRE(usd.size() == 1);
        CHECK(usd.at(0).toObject().value(u"number"_s).toString() == u"R4"_s);
    }

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
    const QUrlQuery octoberQuery = params({{u"from"_s, u"2026-10-01"_s}, {u"to"_s, u"2026-10-31"_s}});
    const QJsonArray rows = reportRows(*finance, u"contract-register"_s, octoberQuery);
    CHECK(idsOf(rows) == QList<qint64>{scenario.b, scenario.d, scenario.c});
    // Ungrouped, the first answer is the totals alone.
    const Answer october = ServerFixture::get(*finance, u"/reports/contract-register"_s, octoberQuery);
    CHECK(october.json.value(u"rows"_s).toArray().isEmpty());
    CHECK(october.json.value(u"totals"_s).toArray().size() == 2);
    const QJsonObject b = rows.at(0).toObject();
    CHECK(b.value(u"amount"_s) == money(500000));
    CHECK(b.value(u"invoiced"_s) == money(300000));
    CHECK(b.value(u"received"_s) == money(100000));
    CHECK(b.value(u"outstanding"_s) == money(400000));
    CHECK(b.value(u"overdue"_s) == money(200000));
    CHECK(b.value(u"owner_name"_s).toString() == u"张伟"_s);

    CHECK(idsOf(reportRows(*finance, u"contract-register"_s, params({{u"status"_s, u"terminated"_s}}))) == QList<qint64>{scenario.d});
    CHECK(idsOf(reportRows(*finance, u"contract-register"_s, params({{u"status"_s, u"draft,terminated"_s}})))
          == QList<qint64>{scenario.e, scenario.d});

    const Answer byCustomer = report(*finance, u"contract-register"_s, {{u"group_by"_s, u"customer"_s}});
    QMap<QString, QList<qint64>> groups;
    for (const QJsonValue &value : byCustomer.json.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        groups.insert(row.value(u"label"_s).toString() + u'/' + row.value(u"currency"_s).toString(),
                      {row.value(u"count"_s).toInteger(), minor(row.value(u"amount"_s)), minor(row.value(u"received"_s))});
    }
    CHECK(groups == QMap<QString, QList<qint64>>{{u"河北东方轮胎有限公司/CNY"_s, {3, 1380000, 50000}},
                                                 {u"福建华晟纺织有限公司/CNY"_s, {1, 500000, 100000}},
                                                 {u"福建华晟纺织有限公司/USD"_s, {1, 100000, 0}}});

    // The groups come a page at a time, with their number.
    const Answer second = report(*finance, u"contract-register"_s, {{u"group_by"_s, u"customer"_s}, {u"limit"_s, u"1"_s}, {u"offset"_s, u"1"_s}});
    CHECK(second.json.value(u"total"_s).toInteger() == 3);
    REQUIRE(second.json.value(u"rows"_s).toArray().size() == 1);
    CHECK(second.json.value(u"rows"_s).toArray().at(0).toObject().value(u"label"_s).toString() == u"福建华晟纺织有限公司"_s);
    CHECK(second.json.value(u"totals"_s) == byCustomer.json.value(u"totals"_s));

    // What is asked for must make sense.
    const QString path = u"/reports/contract-register/rows"_s;
    CHECK(ServerFixture::get(*finance, path, params({{u"group_key"_s, u"1"_s}})).errorField() == u"group_key"_s);
    CHECK(ServerFixture::get(*finance, path, params({{u"group_by"_s, u"customer"_s}, {u"group_key"_s, u"x"_s}})).errorField()
          == u"group_key"_s);
    CHECK(ServerFixture::get(*finance, path, params({{u"group_by"_s, u"month"_s}, {u"group_key"_s, u"2026-13"_s}})).errorField()
          == u"group_key"_s);
    CHECK(ServerFixture::get(*finance, path, params({{u"currency"_s, u"yuan"_s}})).errorField() == u"currency"_s);
    CHECK(ServerFixture::get(*finance, path, params({{u"limit"_s, u"201"_s}})).errorField() == u"limit"_s);
    CHECK(ServerFixture::get(*finance, path, params({{u"status"_s, u"active,lost"_s}})).errorField() == u"status"_s);
}

TEST_CASE("Only contracts in force are receivables: drafts and terminated contracts are neither outstanding nor overdue",
          "[reports][register][ageing]")
{
    ServerFixture fixture;
    const Scenario scenario(fixture);
    auto finance = fixture.login(u"finance"_s);

    // E, a draft "due" on 1 August, would be 93 days overdue; it is not in the ageing at all.
    const Answer ageing = report(*finance, u"ar-ageing"_s, {});
    CHECK(ageingTable(ageing.json.value(u"totals"_s).toArray(), true)
          == Table{{u"CNY"_s, {300000, 350000, 300000, 250000, 150000, 1350000}}, {u"USD"_s, {0, 100000, 0, 0, 0, 100000}}});
    const QList<qint64> aged = contractIdsOf(reportRows(*finance, u"ar-ageing"_s, {}));
    CHECK_FALSE(aged.contains(scenario.e));
    CHECK_FALSE(aged.contains(scenario.d));

    // The register lists them with what they are worth, but nothing outstanding or overdue.
    const QJsonArray all = reportRows(*finance, u"contract-register"_s, {});
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        INFO(row.value(u"number"_s).toString().toStdString());
        const bool inForce = row.value(u"status"_s).toString() == u"active"_s;
        CHECK(row.value(u"outstanding"_s).isNull() == !inForce);
        CHECK(row.value(u"overdue"_s).isNull() == !inForce);
    }
    CHECK(idsOf(all) == QList<qint64>{scenario.a, scenario.e, scenario.b, scenario.d, scenario.c});
    // A: 9,500 outstanding of which 8,500 overdue (N2's rest, N3, N4, N5); B: 4,000 of which 2,000; C: 1,000 USD.
    QMap<QString, QList<qint64>> totals;
    for (const QJsonValue &value : report(*finance, u"contract-register"_s, {}).json.value(u"totals"_s).toArray()) {
        const QJsonObject total = value.toObject();
        totals.insert(total.value(u"currency"_s).toString(),
                      {total.value(u"count"_s).toInteger(), minor(total.value(u"amount"_s)), minor(total.value(u"outstanding"_s)),
                       minor(total.value(u"overdue"_s))});
    }
    CHECK(totals == QMap<QString, QList<qint64>>{{u"CNY"_s, {4, 1880000, 1350000, 1050000}}, {u"USD"_s, {1, 100000, 100000, 100000}}});
    // A group of drafts only has nothing outstanding.
    const QJsonArray drafts = report(*finance, u"contract-register"_s, {{u"status"_s, u"draft"_s}, {u"group_by"_s, u"salesperson"_s}})
                                  .json.value(u"rows"_s)
                                  .toArray();
    REQUIRE(drafts.size() == 1);
    CHECK(minor(drafts.at(0).toObject().value(u"amount"_s)) == 300000);
    CHECK(drafts.at(0).toObject().value(u"outstanding"_s).isNull());
    CHECK(drafts.at(0).toObject().value(u"overdue"_s).isNull());

    // The card and the contract list say the same: E would be overdue since 1 August if drafts counted.
    for (const qint64 id : {scenario.e, scenario.d}) {
        const Answer card = ServerFixture::get(*finance, u"/contracts/%1"_s.arg(id));
        REQUIRE(card.status == 200);
        CHECK(minor(card.json.value(u"overdue"_s)) == 0);
        for (const QJsonValue &node : card.json.value(u"plan"_s).toArray())
            CHECK_FALSE(node.toObject().value(u"overdue"_s).toBool());
    }
    const Answer listed = ServerFixture::get(*finance, u"/contracts"_s,
                                             params({{u"ids"_s, u"%1,%2"_s.arg(scenario.e).arg(scenario.d)}}));
    REQUIRE(listed.status == 200);
    REQUIRE(listed.json.value(u"items"_s).toArray().size() == 2);
    for (const QJsonValue &item : listed.json.value(u"items"_s).toArray())
        CHECK(minor(item.toObject().value(u"overdue"_s)) == 0);
}

TEST_CASE("In the demo company no draft or terminated contract is receivable, and the ageing's figures add up to its rows",
          "[reports][ageing][demo]")
{
    ServerFixture fixture;
    auto finance = fixture.login(u"finance"_s);
    QSet<qint64> notInForce;
    for (const QString &status : {u"draft"_s, u"terminated"_s}) {
        const Answer answer = ServerFixture::get(*finance, u"/contracts"_s, params({{u"status"_s, status}, {u"limit"_s, u"200"_s}}));
        for (const qint64 id : idsOf(answer.json.value(u"items"_s).toArray()))
            notInForce.insert(id);
    }
    REQUIRE_FALSE(notInForce.isEmpty());
    // The demo's drafts have nodes past their due dates (C-2026-0016 is CNY 930,000 "overdue" if drafts counted).
    const QJsonArray rows = reportRows(*finance, u"ar-ageing"_s, {});
    REQUIRE_FALSE(rows.isEmpty());
    Table sums;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        CHECK_FALSE(notInForce.contains(row.value(u"contract_id"_s).toInteger()));
        const QString currency = row.value(u"currency"_s).toString();
        QList<qint64> &sum = sums[currency];
        sum.resize(Buckets.size());
        for (qsizetype i = 0; i < Buckets.size(); ++i)
            sum[i] += minor(row.value(Buckets.at(i)));
    }
    CHECK(ageingTable(report(*finance, u"ar-ageing"_s, {}).json.value(u"totals"_s).toArray(), true) == sums);
    for (const QJsonValue &value : reportRows(*finance, u"contract-register"_s, params({{u"status"_s, u"draft,terminated"_s}}))) {
        CHECK(value.toObject().value(u"outstanding"_s).isNull());
        CHECK(value.toObject().value(u"overdue"_s).isNull());
    }
}

TEST_CASE("What the reports keep of a contract on it, its nodes, payments and invoices follows every write", "[reports][demo]")
{
    // The demo company's contracts went through every kind of write there is, to every status; each query counts the
    // records whose kept columns differ from what the contracts, nodes and allocations say.
    ServerFixture fixture;
    const QSqlDatabase db = fixture.server().database().connection();
    const auto mismatches = [&](const QString &sql) { return Tradewind::Query(db, sql).scalar().toLongLong(); };
    CHECK(mismatches(u"SELECT COUNT(*) FROM plan_nodes n JOIN contracts c ON c.id = n.contract_id "
                     u"WHERE (n.currency, n.customer_id, n.owner_id, n.contract_status, n.signing_date) "
                     u"IS NOT (c.currency, c.customer_id, c.owner_id, c.status, c.signing_date)"_s)
          == 0);
    CHECK(mismatches(u"SELECT COUNT(*) FROM plan_nodes n WHERE (n.received_first_on, n.received_last_on) IS NOT "
                     u"(SELECT MIN(pm.received_on), MAX(pm.received_on) FROM payment_allocations a "
                     u"JOIN payments pm ON pm.id = a.payment_id WHERE a.node_id = n.id)"_s)
          == 0);
    CHECK(mismatches(u"SELECT COUNT(*) FROM contracts c WHERE (c.open_minor, c.open_dated_minor, c.open_due_last) IS NOT "
                     u"(SELECT COALESCE(SUM(n.planned_minor - n.received_minor), 0), "
                     u"COALESCE(SUM(CASE WHEN n.due_date IS NOT NULL THEN n.planned_minor - n.received_minor END), 0), "
                     u"MAX(n.due_date) FROM plan_nodes n WHERE n.contract_id = c.id AND n.received_minor < n.planned_minor)"_s)
          == 0);
    CHECK(mismatches(u"SELECT COUNT(*) FROM contracts c WHERE c.received_last_on IS NOT "
                     u"(SELECT MAX(pm.received_on) FROM payments pm WHERE pm.contract_id = c.id)"_s)
          == 0);
    for (const auto &[table, currency] : {std::pair{u"payments"_s, u"contract_currency"_s}, std::pair{u"invoices"_s, u"currency"_s}})
        CHECK(mismatches(u"SELECT COUNT(*) FROM %1 r JOIN contracts c ON c.id = r.contract_id "
                         u"WHERE (r.customer_id, r.owner_id, r.%2) IS NOT (c.customer_id, c.owner_id, c.currency)"_s.arg(table, currency))
              == 0);
    // Every kind of record is there to be checked.
    for (const QString &sql : {u"SELECT COUNT(*) FROM payments"_s, u"SELECT COUNT(*) FROM invoices"_s,
                               u"SELECT COUNT(*) FROM contracts WHERE status = 'terminated'"_s,
                               u"SELECT COUNT(*) FROM contracts WHERE status = 'completed'"_s}) {
        INFO(sql.toStdString());
        CHECK(mismatches(sql) > 0);
    }
}

TEST_CASE("The settled sums and due dates the reports read follow every invoice, payment, milestone, change and plan",
          "[reports][demo]")
{
    // The demo company's contracts went through every kind of write there is; what the server keeps for the reports
    // must be exactly what the allocations and milestones say.
    ServerFixture fixture;
    auto finance = fixture.login(u"finance"_s);
    Tradewind::Query query(fixture.server().database().connection(),
                           u"SELECT n.contract_id, n.id, n.invoiced_minor, n.received_minor, COALESCE(n.due_date, ''), "
                           u"c.invoiced_minor, c.received_minor, COALESCE(c.open_due_date, ''), (SELECT COALESCE(MIN(o.due_date), '') "
                           u"FROM plan_nodes o WHERE o.contract_id = c.id AND o.received_minor < o.planned_minor) "
                           u"FROM plan_nodes n JOIN contracts c ON c.id = n.contract_id"_s);
    query.exec();
    QHash<qint64, QJsonObject> apiNodes;
    QHash<qint64, QJsonObject> apiContracts;
    int nodes = 0;
    while (query.next()) {
        const qint64 contractId = query.value(0).toLongLong();
        if (!apiContracts.contains(contractId)) {
            apiContracts.insert(contractId, contract(*finance, contractId));
            for (const QJsonValue &node : ContractTesting::nodes(*finance, contractId))
                apiNodes.insert(node.toObject().value(u"id"_s).toInteger(), node.toObject());
        }
        const QJsonObject node = apiNodes.value(query.value(1).toLongLong());
        INFO("contract " << contractId << " node " << query.value(1).toLongLong());
        CHECK(query.value(2).toLongLong() == minor(node.value(u"invoiced"_s)));
        CHECK(query.value(3).toLongLong() == minor(node.value(u"received"_s)));
        CHECK(query.value(4).toString() == node.value(u"due_date"_s).toString());
        CHECK(query.value(5).toLongLong() == minor(apiContracts.value(contractId).value(u"invoiced"_s)));
        CHECK(query.value(6).toLongLong() == minor(apiContracts.value(contractId).value(u"received"_s)));
        CHECK(query.value(7).toString() == query.value(8).toString()); // of the nodes just checked
        ++nodes;
    }
    CHECK(nodes > 30);
}
