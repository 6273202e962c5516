#include "contracttesting.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace QuoteTesting;
using Tradewind::ApiClient;

namespace ContractTesting {

namespace {

QString loginOf(ServerFixture &fixture, qint64 employeeId)
{
    return Tradewind::Query(fixture.server().database().connection(), u"SELECT login FROM employees WHERE id = :id"_s)
        .bind(u":id"_s, employeeId)
        .scalar()
        .toString();
}

QJsonArray allocationsJson(const QList<QPair<qint64, qint64>> &allocations, const QString &currency)
{
    QJsonArray array;
    for (const auto &[node, amount] : allocations)
        array.append(QJsonObject{{u"node_id"_s, node}, {u"amount"_s, money(amount, currency)}});
    return array;
}

} // namespace

QJsonObject money(qint64 minor, const QString &currency)
{
    return {{u"minor"_s, minor}, {u"currency"_s, currency}};
}

qint64 minor(const QJsonValue &money)
{
    return money.toObject().value(u"minor"_s).toInteger();
}

qint64 wonQuote(ServerFixture &fixture, const QString &login, const QString &kind, qint64 unitPriceMinor)
{
    auto owner = fixture.login(login);
    const qint64 opportunity = openOpportunity(fixture, login, kind, u"CNY"_s);
    const Answer draft = ServerFixture::call(*owner, "POST", u"/opportunities/%1/quotes"_s.arg(opportunity),
                                             {{u"tax_rate_bp"_s, 0},
                                              {u"lines"_s, QJsonArray{line(u"Inspection system"_s, 1, unitPriceMinor, u"CNY"_s)}}});
    INFO(draft.body.toStdString());
    REQUIRE(draft.status == 201);
    const qint64 id = draft.json.value(u"id"_s).toInteger();
    REQUIRE(act(*owner, id, u"submit"_s).status == 200);
    for (QJsonObject current = quote(*owner, id); current.value(u"status"_s).toString() == u"submitted"_s;
         current = quote(*owner, id)) {
        auto approver = fixture.login(loginOf(fixture, current.value(u"awaiting_approver_id"_s).toInteger()));
        REQUIRE(act(*approver, id, u"approve"_s).status == 200);
    }
    const Answer won = act(*owner, id, u"win"_s);
    INFO(won.body.toStdString());
    REQUIRE(won.status == 200);
    return id;
}

QJsonObject contractFromQuote(ApiClient &client, qint64 quoteId, const QJsonObject &body)
{
    const Answer answer = ServerFixture::call(client, "POST", u"/quotes/%1/contract"_s.arg(quoteId), body);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json;
}

QJsonObject newContract(ServerFixture &fixture, const QString &login, const QString &kind, qint64 amountMinor,
                        const QJsonObject &body)
{
    const qint64 quoteId = wonQuote(fixture, login, kind, amountMinor);
    auto owner = fixture.login(login);
    return contractFromQuote(*owner, quoteId, body);
}

QJsonObject standaloneContract(ApiClient &client, qint64 customerId, qint64 amountMinor, const QString &currency,
                               const QString &signingDate, const QString &type)
{
    const Answer answer = ServerFixture::call(client, "POST", u"/contracts"_s,
                                              {{u"contract_type"_s, type},
                                               {u"customer_id"_s, customerId},
                                               {u"amount"_s, money(amountMinor, currency)},
                                               {u"signing_date"_s, signingDate}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json;
}

void clearContracts(ServerFixture &fixture)
{
    QSqlDatabase db = fixture.server().database().connection();
    for (const QString &table : {u"payment_allocations"_s, u"payments"_s, u"invoice_allocations"_s, u"invoices"_s,
                                 u"milestones"_s, u"contract_changes"_s, u"contract_versions"_s, u"stocking"_s, u"shipments"_s,
                                 u"plan_nodes"_s, u"contract_items"_s, u"contracts"_s})
        Tradewind::Query(db, u"DELETE FROM "_s + table).exec();
}

QJsonObject contract(ApiClient &client, qint64 contractId)
{
    const Answer answer = ServerFixture::get(client, u"/contracts/%1"_s.arg(contractId));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    return answer.json;
}

QJsonObject plan(ApiClient &client, qint64 contractId)
{
    const Answer answer = ServerFixture::get(client, u"/contracts/%1/plan"_s.arg(contractId));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    return answer.json;
}

QJsonArray nodes(ApiClient &client, qint64 contractId)
{
    return plan(client, contractId).value(u"nodes"_s).toArray();
}

qint64 nodeId(ApiClient &client, qint64 contractId, int index)
{
    return nodes(client, contractId).at(index).toObject().value(u"id"_s).toInteger();
}

Answer putPlan(ApiClient &client, qint64 contractId, const QJsonArray &nodes)
{
    const Answer current = ServerFixture::get(client, u"/contracts/%1"_s.arg(contractId));
    REQUIRE(current.status == 200);
    return ServerFixture::call(client, "PUT", u"/contracts/%1/plan"_s.arg(contractId), {{u"nodes"_s, nodes}}, current.etag);
}

Answer post(ApiClient &client, qint64 contractId, const QString &path, const QJsonObject &body)
{
    return ServerFixture::call(client, "POST", u"/contracts/%1/%2"_s.arg(contractId).arg(path), body);
}

QJsonObject invoice(const QString &number, const QString &issuedOn, const QList<QPair<qint64, qint64>> &allocations,
                    const QString &currency)
{
    qint64 total = 0;
    for (const auto &allocation : allocations)
        total += allocation.second;
    return {{u"number"_s, number},
            {u"issued_on"_s, issuedOn},
            {u"amount"_s, money(total, currency)},
            {u"allocations"_s, allocationsJson(allocations, currency)}};
}

QJsonObject payment(const QString &receivedOn, qint64 amountMinor, const QList<QPair<qint64, qint64>> &allocations,
                    const QString &currency, qint64 rateMicros)
{
    QJsonObject body{{u"received_on"_s, receivedOn},
                     {u"amount"_s, money(amountMinor, currency)},
                     {u"method"_s, u"bank_transfer"_s},
                     {u"allocations"_s, allocationsJson(allocations, u"CNY"_s)}};
    if (rateMicros > 0)
        body.insert(u"rate_micros"_s, rateMicros);
    return body;
}

} // namespace ContractTesting
