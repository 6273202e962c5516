#include "sqlrows.h"

#include "context.h"
#include "database.h"

using namespace Qt::StringLiterals;

namespace Tradewind::Sql {

namespace {

void bindColumns(Query &query, const Columns &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        query.bind(u":v%1"_s.arg(i), columns.at(i).second);
}

/** UPDATE table SET the fixed assignments and the columns WHERE id = :id, with the columns bound. */
Query updateQuery(const QSqlDatabase &db, const QString &table, QStringList assignments, const Columns &columns)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments.append(columns.at(i).first + u" = :v%1"_s.arg(i));
    Query query(db, u"UPDATE "_s + table + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = :id"_s);
    bindColumns(query, columns);
    return query;
}

} // namespace

qint64 insert(const QSqlDatabase &db, const QString &table, const Columns &columns)
{
    QStringList names;
    QStringList values;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        names.append(columns.at(i).first);
        values.append(u":v%1"_s.arg(i));
    }
    Query query(db, u"INSERT INTO "_s + table + u" ("_s + names.join(u", "_s) + u") VALUES ("_s + values.join(u", "_s) + u')');
    bindColumns(query, columns);
    query.exec();
    return query.lastInsertId();
}

void set(const QSqlDatabase &db, const QString &table, qint64 id, const Columns &columns)
{
    Query query = updateQuery(db, table, {}, columns);
    query.bind(u":id"_s, id).exec();
}

void update(const QSqlDatabase &db, const QString &table, qint64 id, const Columns &columns, const QDateTime &now)
{
    Query query = updateQuery(db, table, {u"version = version + 1"_s, u"updated_at = :now"_s}, columns);
    query.bind(u":now"_s, storedTimestamp(now)).bind(u":id"_s, id).exec();
}

void writeLines(const QSqlDatabase &db, const LineTable &lineTable, qint64 parentId, const QList<QuoteLine> &lines)
{
    Query(db, u"DELETE FROM "_s + lineTable.table + u" WHERE "_s + lineTable.parentColumn + u" = :id"_s)
        .bind(u":id"_s, parentId)
        .exec();
    Query insert(db, u"INSERT INTO "_s + lineTable.table + u" ("_s + lineTable.parentColumn
                         + u", position, product_id, product_code, name_en, name_zh, specification, quantity, unit, "
                           u"unit_price_minor, discount_bp, line_total_minor) VALUES (:parent, :position, :product, :code, "
                           u":en, :zh, :specification, :quantity, :unit, :price, :discount, :total)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QuoteLine &line = lines.at(i);
        insert.bind(u":parent"_s, parentId)
            .bind(u":position"_s, i)
            .bind(u":product"_s, line.productId > 0 ? QVariant(line.productId) : QVariant())
            .bind(u":code"_s, line.productCode)
            .bind(u":en"_s, line.nameEn)
            .bind(u":zh"_s, line.nameZh)
            .bind(u":specification"_s, line.specification)
            .bind(u":quantity"_s, line.quantity)
            .bind(u":unit"_s, line.unit)
            .bind(u":price"_s, line.unitPrice.minorUnits())
            .bind(u":discount"_s, line.discountBasisPoints)
            .bind(u":total"_s, line.total().minorUnits())
            .exec();
    }
}

QList<QuoteLine> readLines(const QSqlDatabase &db, const LineTable &lineTable, qint64 parentId, const QString &currency)
{
    Query query(db, u"SELECT product_id, product_code, name_en, name_zh, specification, quantity, unit, unit_price_minor, "
                    u"discount_bp FROM "_s
                        + lineTable.table + u" WHERE "_s + lineTable.parentColumn + u" = :id ORDER BY position"_s);
    query.bind(u":id"_s, parentId).exec();
    QList<QuoteLine> lines;
    while (query.next()) {
        QuoteLine line;
        line.productId = query.value(0).toLongLong();
        line.productCode = query.value(1).toString();
        line.nameEn = query.value(2).toString();
        line.nameZh = query.value(3).toString();
        line.specification = query.value(4).toString();
        line.quantity = query.value(5).toLongLong();
        line.unit = query.value(6).toString();
        line.unitPrice = Money(query.value(7).toLongLong(), currency);
        line.discountBasisPoints = query.value(8).toInt();
        lines.append(line);
    }
    return lines;
}

} // namespace Tradewind::Sql
