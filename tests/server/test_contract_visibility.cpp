// Who sees which contracts — and everything under them and in the reports — over the real HTTP API: the owner and
// the owner's supervisors, executives, finance and contract administration; a contract out of reach answers exactly
// like one that does not exist, and never counts in a report.

#include "contracttesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using Tradewind::ApiClient;

namespace {

const QStringList Roles = {u"sales.east1"_s, u"sales.east2"_s, u"manager.east"_s, u"manager.west"_s,
                           u"director"_s,    u"finance"_s,     u"contracts"_s};
/** Who sees a contract of sales.east1. */
const QStringList SeeEast1 = {u"sales.east1"_s, u"manager.east"_s, u"director"_s, u"finance"_s, u"contracts"_s};

/** The contracts a login should see, by the rule: everything for the director, finance and contract administration. */
QSet<qint64> expectedContracts(ServerFixture &fixture, const QString &login)
{
    const bool all = login == u"director"_s || login == u"finance"_s || login == u"contracts"_s;
    Tradewind::Query query(fixture.server().database().connection(),
                           all ? u"SELECT id FROM contracts"_s
                               : u"SELECT id FROM contracts WHERE owner_id IN (SELECT descendant_id FROM employee_tree "
                                 u"WHERE ancestor_id = :id)"_s);
    if (!all)
        query.bind(u":id"_s, fixture.employeeId(login));
    query.exec();
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QSet<qint64> listedContracts(ApiClient &client)
{
    const Answer answer = ServerFixture::get(client, u"/contracts"_s, params({{u"limit"_s, u"200"_s}}));
    REQUIRE(answer.status == 200);
    const QList<qint64> ids = idsOf(answer.json.value(u"items"_s).toArray());
    CHECK(answer.json.value(u"total"_s).toInteger() == ids.size());
    return QSet<qint64>(ids.cbegin(), ids.cend());
}

/** Every contract behind a report's figures: its rows (GET /reports/<name>/rows), page by page. */
QSet<qint64> reportedContracts(ApiClient &client, const QString &name, QUrlQuery query)
{
    QSet<qint64> ids;
    qint64 offset = 0;
    for (;;) {
        query.removeAllQueryItems(u"offset"_s);
        query.addQueryItem(u"offset"_s, QString::number(offset));
        const Answer answer = ServerFixture::get(client, u"/reports/%1/rows"_s.arg(name), query);
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json.value(u"items"_s).toArray();
        for (const QJsonValue &row : items)
            ids.insert(row.toObject().value(u"contract_id"_s).toInteger());
        offset += items.size();
        if (items.isEmpty() || offset >= answer.json.value(u"total"_s).toInteger())
            return ids;
    }
}

} // namespace

TEST_CASE("Contracts, every record under them and every report are seen by role, hidden is nonexistent",
          "[contracts][visibility]")
{
    ServerFixture fixture;
    const QJsonObject created = newContract(fixture, u"sales.east1"_s, u"system"_s, 1000000);
    const qint64 id = created.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    auto finance = fixture.login(u"finance"_s);
    REQUIRE(post(*east1, id, u"activate"_s).status == 200); // in force, so the receivables count it too
    const qint64 advance = nodeId(*east1, id, 0);
    const auto recorded = [&](ApiClient &client, const QString &path, const QJsonObject &body) {
        const Answer answer = post(client, id, path, body);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 201);
        return answer.json.value(u"id"_s).toInteger();
    };
    const qint64 milestone = recorded(*east1, u"milestones"_s,
                                      {{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-11-01"_s}, {u"evidence"_s, u"B/L"_s}});
    const qint64 change = recorded(*east1, u"changes"_s, {{u"reason"_s, u"More"_s}, {u"new_amount"_s, money(1100000)}});
    const qint64 stocking = recorded(*east1, u"stocking"_s, {{u"item"_s, u"Camera"_s}, {u"quantity"_s, 2}});
    const qint64 shipment = recorded(*east1, u"shipments"_s, {{u"shipped_on"_s, u"2026-11-01"_s}, {u"items"_s, u"Cameras"_s}});
    const qint64 invoiceId = recorded(*finance, u"invoices"_s, invoice(u"V-1"_s, u"2026-11-01"_s, {{advance, 300000}}));
    const qint64 paymentId = recorded(*finance, u"payments"_s, payment(u"2026-11-02"_s, 100000, {{advance, 100000}}));

    const QStringList readPaths = {u""_s,
                                   u"/plan"_s,
                                   u"/milestones"_s,
                                   u"/milestones/%1"_s.arg(milestone),
                                   u"/changes"_s,
                                   u"/changes/%1"_s.arg(change),
                                   u"/stocking"_s,
                                   u"/stocking/%1"_s.arg(stocking),
                                   u"/shipments"_s,
                                   u"/shipments/%1"_s.arg(shipment),
                                   u"/invoices"_s,
                                   u"/invoices/%1"_s.arg(invoiceId),
                                   u"/payments"_s,
                                   u"/payments/%1"_s.arg(paymentId),
                                   u"/history"_s,
                                   u"/versions"_s,
                                   u"/versions/1"_s};
    const QList<std::tuple<QByteArray, QString, QJsonObject>> writes = {
        {"PATCH", u""_s, {{u"notes"_s, u"x"_s}}},
        {"PUT", u"/plan"_s, {{u"nodes"_s, QJsonArray{}}}},
        {"POST", u"/activate"_s, {}},
        {"POST", u"/milestones"_s, {{u"trigger"_s, u"arrival"_s}, {u"achieved_on"_s, u"2026-11-01"_s}, {u"evidence"_s, u"x"_s}}},
        {"POST", u"/milestones/%1/approve"_s.arg(milestone), {}},
        {"POST", u"/changes/%1/reject"_s.arg(change), {{u"comment"_s, u"no"_s}}},
        {"POST", u"/stocking"_s, {{u"item"_s, u"x"_s}, {u"quantity"_s, 1}}},
        {"PATCH", u"/shipments/%1"_s.arg(shipment), {{u"carrier"_s, u"x"_s}}},
        {"POST", u"/invoices"_s, invoice(u"V-2"_s, u"2026-11-01"_s, {{advance, 1}})},
        {"POST", u"/payments"_s, payment(u"2026-11-02"_s, 1, {{advance, 1}})}};
    // A contract that does not exist, with records that do not exist under it.
    const qint64 missing = 999999;

    const QList<std::pair<QString, QString>> reports = {
        {u"contract-register"_s, QString()},   {u"contract-register"_s, u"salesperson"_s},
        {u"payments-received"_s, u"customer"_s}, {u"payments-received"_s, u"month"_s},
        {u"invoicing"_s, u"department"_s},     {u"ar-ageing"_s, u"customer"_s},
        {u"ar-ageing"_s, u"salesperson"_s}};

    for (const QString &login : Roles) {
        INFO(login.toStdString());
        auto client = fixture.login(login);
        const bool sees = SeeEast1.contains(login);
        const QSet<qint64> visible = listedContracts(*client);
        CHECK(visible == expectedContracts(fixture, login));
        CHECK(visible.contains(id) == sees);

        for (const QString &path : readPaths) {
            INFO(path.toStdString());
            const Answer answer = ServerFixture::get(*client, u"/contracts/%1"_s.arg(id) + path);
            if (sees) {
                CHECK(answer.status == 200);
                continue;
            }
            const Answer nowhere = ServerFixture::get(*client, u"/contracts/%1"_s.arg(missing) + path);
            CHECK(answer.status == 404);
            CHECK(answer.body == nowhere.body);
        }
        if (!sees) {
            for (const auto &[verb, path, body] : writes) {
                INFO(verb.toStdString() << " " << path.toStdString());
                const Answer answer = ServerFixture::call(*client, verb, u"/contracts/%1"_s.arg(id) + path, body, "\"1\"");
                const Answer nowhere = ServerFixture::call(*client, verb, u"/contracts/%1"_s.arg(missing) + path, body, "\"1\"");
                CHECK(answer.status == 404);
                CHECK(answer.body == nowhere.body);
            }
        }

        for (const auto &[name, groupBy] : reports) {
            INFO(name.toStdString() << " by " << groupBy.toStdString());
            QUrlQuery query = params({{u"from"_s, u"2026-01-01"_s}, {u"to"_s, u"2026-12-31"_s}});
            if (!groupBy.isEmpty())
                query.addQueryItem(u"group_by"_s, groupBy);
            REQUIRE(ServerFixture::get(*client, u"/reports/"_s + name, query).status == 200);
            const QSet<qint64> reported = reportedContracts(*client, name, query);
            // Nothing out of reach counts; the new contract counts exactly for those who see it.
            CHECK((reported - visible).isEmpty());
            CHECK(reported.contains(id) == sees);
        }
    }
}

TEST_CASE("A hidden contract's money never counts in report totals", "[contracts][visibility][reports]")
{
    ServerFixture fixture;
    clearContracts(fixture);
    auto finance = fixture.login(u"finance"_s);
    const auto contractOf = [&](const QString &login) {
        const QJsonObject contract = newContract(fixture, login, u"system"_s, 1000000);
        const qint64 id = contract.value(u"id"_s).toInteger();
        auto owner = fixture.login(login);
        REQUIRE(post(*owner, id, u"activate"_s).status == 200); // only contracts in force are receivable
        const qint64 advance = nodeId(*owner, id, 0);
        REQUIRE(post(*finance, id, u"invoices"_s, invoice(u"I-"_s + login, u"2026-11-01"_s, {{advance, 300000}})).status == 201);
        REQUIRE(post(*finance, id, u"payments"_s, payment(u"2026-11-02"_s, 100000, {{advance, 100000}})).status == 201);
        return id;
    };
    contractOf(u"sales.east1"_s);
    contractOf(u"sales.west1"_s);
    const auto total = [&](ApiClient &client, const QString &name, const QString &field) {
        const Answer answer = ServerFixture::get(client, u"/reports/"_s + name, params({{u"as_of"_s, u"2026-12-31"_s}}));
        REQUIRE(answer.status == 200);
        const QJsonArray totals = answer.json.value(u"totals"_s).toArray();
        return totals.isEmpty() ? 0 : minor(totals.at(0).toObject().value(field));
    };
    for (const auto &[login, factor] : QList<QPair<QString, int>>{
             {u"sales.east1"_s, 1}, {u"sales.east2"_s, 0}, {u"manager.east"_s, 1}, {u"manager.west"_s, 1}, {u"director"_s, 2}}) {
        INFO(login.toStdString());
        auto client = fixture.login(login);
        CHECK(total(*client, u"contract-register"_s, u"amount"_s) == factor * 1000000);
        CHECK(total(*client, u"payments-received"_s, u"amount"_s) == factor * 100000);
        CHECK(total(*client, u"invoicing"_s, u"amount"_s) == factor * 300000);
        CHECK(total(*client, u"ar-ageing"_s, u"total"_s) == factor * 900000);
    }
}
