#pragma once

#include "money.h"
#include "quote.h"
#include "router.h"

namespace Tradewind::Products {

inline const QString KindSystem = QStringLiteral("system");
inline const QString KindSparePart = QStringLiteral("spare_part");
inline const QString KindService = QStringLiteral("service");
inline QStringList kinds() { return {KindSystem, KindSparePart, KindService}; }

/** A catalogue entry as the demo generator writes it. */
struct Product
{
    QString code;
    QString nameEn;
    QString nameZh;
    QString specification;
    QString unit;
    QString kind;
    QString partFamily;
    QList<Money> prices; ///< at most one per currency
};

/** GET /products: the catalogue, readable by everyone. */
void registerRoutes(Router &router);

/** Throws 400 on field "<field>[i].product_id" unless every line's product (if it names one) exists. */
void requireProducts(const QSqlDatabase &db, const QString &field, const QList<QuoteLine> &lines);

/** Inserts a product with its prices (no checks, no audit); used by the demo generator. */
qint64 insert(const QSqlDatabase &db, const Product &product);

} // namespace Tradewind::Products
