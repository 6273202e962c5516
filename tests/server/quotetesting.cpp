#include "quotetesting.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace QuoteTesting {

QJsonObject line(const QString &name, qint64 quantity, qint64 unitPriceMinor, const QString &currency,
                 int discountBasisPoints, const QString &productCode)
{
    return {{u"product_code"_s, productCode},
            {u"name_en"_s, name},
            {u"quantity"_s, quantity},
            {u"unit"_s, u"pcs"_s},
            {u"unit_price"_s, QJsonObject{{u"minor"_s, unitPriceMinor}, {u"currency"_s, currency}}},
            {u"discount_bp"_s, discountBasisPoints}};
}

QJsonObject document(qint64 customerId, const QString &currency, const QJsonArray &lines)
{
    return {{u"customer_id"_s, customerId},
            {u"title"_s, u"Test quote"_s},
            {u"currency"_s, currency},
            {u"quote_date"_s, u"2026-11-02"_s},
            {u"valid_until"_s, u"2026-12-02"_s},
            {u"incoterm"_s, u"EXW"_s},
            {u"language"_s, u"en"_s},
            {u"lines"_s, lines}};
}

Answer create(Tradewind::ApiClient &client, const QJsonObject &document)
{
    return ServerFixture::call(client, "POST", u"/quotes"_s, document);
}

QJsonObject created(Tradewind::ApiClient &client, const QJsonObject &document)
{
    const Answer answer = create(client, document);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json;
}

Answer act(Tradewind::ApiClient &client, qint64 quoteId, const QString &action, const QJsonObject &body)
{
    return ServerFixture::call(client, "POST", u"/quotes/%1/%2"_s.arg(quoteId).arg(action), body);
}

Answer patch(Tradewind::ApiClient &client, qint64 quoteId, const QJsonObject &changes)
{
    const Answer current = ServerFixture::get(client, u"/quotes/%1"_s.arg(quoteId));
    REQUIRE(current.status == 200);
    return ServerFixture::call(client, "PATCH", u"/quotes/%1"_s.arg(quoteId), changes, current.etag);
}

QJsonObject quote(Tradewind::ApiClient &client, qint64 quoteId)
{
    const Answer answer = ServerFixture::get(client, u"/quotes/%1"_s.arg(quoteId));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    return answer.json;
}

QList<qint64> itemIds(const Answer &page)
{
    return idsOf(page.json.value(u"items"_s).toArray());
}

qint64 scalar(ServerFixture &fixture, const QString &sql, qint64 id)
{
    Tradewind::Query query(fixture.server().database().connection(), sql);
    if (sql.contains(u":id"_s))
        query.bind(u":id"_s, id);
    return query.scalar().toLongLong();
}

qint64 openOpportunity(ServerFixture &fixture, const QString &login, const QString &kind, const QString &currency)
{
    Tradewind::Query query(fixture.server().database().connection(),
                           u"SELECT id FROM opportunities WHERE owner_id = :owner AND kind = :kind AND currency = :currency "
                           u"AND stage NOT IN ('won', 'lost') ORDER BY id LIMIT 1"_s);
    query.bind(u":owner"_s, fixture.employeeId(login)).bind(u":kind"_s, kind).bind(u":currency"_s, currency).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QList<QJsonObject> quoteNotifications(Tradewind::ApiClient &client, const QString &kind, qint64 quoteId)
{
    const Answer answer = ServerFixture::get(client, u"/notifications"_s, params({{u"limit"_s, u"200"_s}}));
    REQUIRE(answer.status == 200);
    QList<QJsonObject> found;
    for (const QJsonValue &value : answer.json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"kind"_s).toString() == kind
            && item.value(u"details"_s).toObject().value(u"quote_id"_s).toInteger() == quoteId)
            found.append(item);
    }
    return found;
}

} // namespace QuoteTesting
