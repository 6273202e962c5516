#include "productservice.h"

#include "database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind::Products {

namespace {

Http::Response listProducts(RequestContext &context)
{
    const Paging paging = context.paging({{u"code"_s, u"p.code"_s},
                                          {u"name_en"_s, u"p.name_en COLLATE NOCASE"_s},
                                          {u"name_zh"_s, u"p.name_zh"_s}},
                                         u"code"_s, u"p.id"_s);
    QStringList conditions{u"p.active = 1"_s};
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        conditions.append(u"(p.code LIKE :text ESCAPE '\\' OR p.name_en LIKE :text ESCAPE '\\' "
                          u"OR p.name_zh LIKE :text ESCAPE '\\' OR p.specification LIKE :text ESCAPE '\\')"_s);
    const QString kind = context.textQuery(u"kind"_s, 32);
    if (!kind.isEmpty() && !kinds().contains(kind))
        throw ApiException::invalidField(u"kind"_s, u"Parameter 'kind' must be one of: %1"_s.arg(kinds().join(u", "_s)));
    if (!kind.isEmpty())
        conditions.append(u"p.kind = :kind"_s);
    const QString currency = context.textQuery(u"currency"_s, 3);
    if (!currency.isEmpty() && !Money::isValidCurrencyCode(currency))
        throw ApiException::invalidField(u"currency"_s, u"Parameter 'currency' must be an ISO 4217 code like CNY"_s);
    const QString where = u" FROM products p WHERE "_s + conditions.join(u" AND "_s);
    const auto bindFilters = [&](Query &query) {
        if (!text.isEmpty())
            query.bind(u":text"_s, likePattern(text));
        if (!kind.isEmpty())
            query.bind(u":kind"_s, kind);
    };
    Query count(context.db, u"SELECT COUNT(*)"_s + where);
    bindFilters(count);
    const qint64 total = count.scalar().toLongLong();

    // One row per product and price, the page's products chosen first.
    Query query(context.db, u"SELECT p.id, p.code, p.name_en, p.name_zh, p.specification, p.unit, p.kind, p.part_family, "
                            u"pp.currency, pp.price_minor FROM products p "
                            u"LEFT JOIN product_prices pp ON pp.product_id = p.id WHERE p.id IN (SELECT p.id"_s
                                + where + u" ORDER BY "_s + paging.orderBy + u" LIMIT :limit OFFSET :offset) ORDER BY "_s
                                + paging.orderBy + u", pp.currency"_s);
    bindFilters(query);
    query.bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    QJsonObject item;
    QJsonArray prices;
    const auto finish = [&] {
        if (item.isEmpty())
            return;
        item.insert(u"prices"_s, prices);
        items.append(item);
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (item.value(u"id"_s).toInteger() != id) {
            finish();
            item = QJsonObject{{u"id"_s, id},
                               {u"code"_s, query.value(1).toString()},
                               {u"name_en"_s, query.value(2).toString()},
                               {u"name_zh"_s, query.value(3).toString()},
                               {u"specification"_s, query.value(4).toString()},
                               {u"unit"_s, query.value(5).toString()},
                               {u"kind"_s, query.value(6).toString()},
                               {u"part_family"_s, query.value(7).toString()},
                               {u"price"_s, QJsonValue()}};
            prices = QJsonArray();
        }
        if (query.value(8).isNull())
            continue;
        const Money price(query.value(9).toLongLong(), query.value(8).toString());
        prices.append(price.toJson());
        if (price.currency() == currency)
            item.insert(u"price"_s, price.toJson());
    }
    finish();
    return jsonResponse(200, Wire::page(items, total));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/products"_s, listProducts);
}

qint64 insert(const QSqlDatabase &db, const Product &product)
{
    Query query(db, u"INSERT INTO products (code, name_en, name_zh, specification, unit, kind, part_family) "
                    u"VALUES (:code, :en, :zh, :specification, :unit, :kind, :family)"_s);
    query.bind(u":code"_s, product.code)
        .bind(u":en"_s, product.nameEn)
        .bind(u":zh"_s, product.nameZh)
        .bind(u":specification"_s, product.specification)
        .bind(u":unit"_s, product.unit)
        .bind(u":kind"_s, product.kind)
        .bind(u":family"_s, product.partFamily)
        .exec();
    const qint64 id = query.lastInsertId();
    Query price(db, u"INSERT INTO product_prices (product_id, currency, price_minor) VALUES (:product, :currency, :minor)"_s);
    for (const Money &money : product.prices)
        price.bind(u":product"_s, id).bind(u":currency"_s, money.currency()).bind(u":minor"_s, money.minorUnits()).exec();
    return id;
}

void requireProducts(const QSqlDatabase &db, const QString &field, const QList<QuoteLine> &lines)
{
    Query product(db, u"SELECT 1 FROM products WHERE id = :id"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 productId = lines.at(i).productId;
        if (productId > 0 && !product.bind(u":id"_s, productId).scalar().isValid())
            throw ApiException::invalidField(u"%1[%2].product_id"_s.arg(field).arg(i),
                                             u"Line %1: no product has id %2"_s.arg(i + 1).arg(productId));
    }
}

} // namespace Tradewind::Products
