#pragma once

#include "quotetesting.h"

/** Helpers for the contract tests: won quotes to start from, and the calls the tests make again and again. */
namespace ContractTesting {

/** Money JSON in minor units. */
QJsonObject money(qint64 minor, const QString &currency = QStringLiteral("CNY"));

/**
 * A won quote of the login on one of their open opportunities of the kind, with one line of unitPriceMinor
 * (tax 0, so the total is the price): created, submitted, approved by everyone asked, won. Returns its id.
 */
qint64 wonQuote(ServerFixture &fixture, const QString &login, const QString &kind, qint64 unitPriceMinor);

/** POST /quotes/{id}/contract as the client, REQUIREs 201, returns the contract. */
QJsonObject contractFromQuote(Tradewind::ApiClient &client, qint64 quoteId, const QJsonObject &body = {});

/** A won quote of the login turned into a contract by them; returns the contract. */
QJsonObject newContract(ServerFixture &fixture, const QString &login, const QString &kind, qint64 amountMinor,
                        const QJsonObject &body = {});

/** POST /contracts: a standalone contract of the client's user (sales staff), REQUIREs 201. */
QJsonObject standaloneContract(Tradewind::ApiClient &client, qint64 customerId, qint64 amountMinor, const QString &currency,
                               const QString &signingDate, const QString &type = QStringLiteral("system_project"));

/** Removes every contract and what hangs under it (test-side SQL), for reports over the test's contracts only. */
void clearContracts(ServerFixture &fixture);

/** GET /contracts/{id}, REQUIREs 200. */
QJsonObject contract(Tradewind::ApiClient &client, qint64 contractId);
/** GET /contracts/{id}/plan, REQUIREs 200. */
QJsonObject plan(Tradewind::ApiClient &client, qint64 contractId);
/** The plan's nodes. */
QJsonArray nodes(Tradewind::ApiClient &client, qint64 contractId);
/** The id of the plan's node at index. */
qint64 nodeId(Tradewind::ApiClient &client, qint64 contractId, int index);
/** The minor units of a money JSON value. */
qint64 minor(const QJsonValue &money);

/** PUT /contracts/{id}/plan with the contract's current version. */
Answer putPlan(Tradewind::ApiClient &client, qint64 contractId, const QJsonArray &nodes);
/** POST /contracts/{id}/<path> with a body. */
Answer post(Tradewind::ApiClient &client, qint64 contractId, const QString &path, const QJsonObject &body = {});

/** An invoice body: number, date, amount (tax 0) and its allocations {node id, minor}. */
QJsonObject invoice(const QString &number, const QString &issuedOn, const QList<QPair<qint64, qint64>> &allocations,
                    const QString &currency = QStringLiteral("CNY"));
/**
 * A payment body: date, amount in the currency (converted at rateMicros when it is not CNY) and its allocations
 * {node id, minor} in the contract's currency, CNY.
 */
QJsonObject payment(const QString &receivedOn, qint64 amountMinor, const QList<QPair<qint64, qint64>> &allocations,
                    const QString &currency = QStringLiteral("CNY"), qint64 rateMicros = 0);

} // namespace ContractTesting
