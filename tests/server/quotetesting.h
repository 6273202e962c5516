#pragma once

#include "serverfixture.h"

#include "database.h"

/** Helpers for the quote tests: documents to send, and the calls the tests make again and again. */
namespace QuoteTesting {

/** A line of a quote document. */
QJsonObject line(const QString &name, qint64 quantity, qint64 unitPriceMinor, const QString &currency,
                 int discountBasisPoints = 0, const QString &productCode = {});

/** A complete standalone quote document for the customer (English, EXW, dated 2026-11-02, valid 30 days). */
QJsonObject document(qint64 customerId, const QString &currency, const QJsonArray &lines);

/** POST /quotes. */
Answer create(Tradewind::ApiClient &client, const QJsonObject &document);
/** POST /quotes, REQUIREs 201, returns the quote. */
QJsonObject created(Tradewind::ApiClient &client, const QJsonObject &document);
/** POST /quotes/{id}/<action> with a body. */
Answer act(Tradewind::ApiClient &client, qint64 quoteId, const QString &action, const QJsonObject &body = {});
/** PATCH /quotes/{id} with the current version as If-Match. */
Answer patch(Tradewind::ApiClient &client, qint64 quoteId, const QJsonObject &changes);
/** GET /quotes/{id}, REQUIREs 200. */
QJsonObject quote(Tradewind::ApiClient &client, qint64 quoteId);

/** The id of an item in a page's items, or 0 when it is not there. */
QList<qint64> itemIds(const Answer &page);

/** Test-side SQL on the server's database. */
qint64 scalar(ServerFixture &fixture, const QString &sql, qint64 id = 0);

/** An open opportunity of the login, of the kind, in the currency (the first by id); REQUIREs one. */
qint64 openOpportunity(ServerFixture &fixture, const QString &login, const QString &kind, const QString &currency);

/** Notifications of a kind for the client's user about a quote. */
QList<QJsonObject> quoteNotifications(Tradewind::ApiClient &client, const QString &kind, qint64 quoteId);

} // namespace QuoteTesting
