#include "listcolumns.h"

#include "formatting.h"
#include "wire.h"

using namespace Qt::StringLiterals;

namespace Tradewind::ListColumns {

ListColumn text(const QString &header, const QString &field, const QString &sortKey)
{
    return {header, [field](const QJsonObject &row) -> QVariant { return row.value(field).toString().simplified(); },
            sortKey};
}

ListColumn date(const QString &header, const QString &field, const QString &sortKey)
{
    return {header,
            [field](const QJsonObject &row) -> QVariant {
                return Format::date(QDate::fromString(row.value(field).toString(), Qt::ISODate));
            },
            sortKey};
}

ListColumn timestamp(const QString &header, const QString &field, const QString &sortKey)
{
    return {header,
            [field](const QJsonObject &row) -> QVariant {
                return Format::timestamp(Wire::timestampFromWire(row.value(field).toString()));
            },
            sortKey};
}

ListColumn money(const QString &header, const QString &field, const QString &sortKey)
{
    return {header,
            [field](const QJsonObject &row) -> QVariant {
                return Format::money(Money::fromJson(row.value(field)).value_or(Money()));
            },
            sortKey, Qt::AlignRight | Qt::AlignVCenter};
}

ListColumn code(const QString &header, const QString &field, QString (*label)(const QString &), const QString &sortKey)
{
    return {header, [field, label](const QJsonObject &row) -> QVariant { return label(row.value(field).toString()); },
            sortKey};
}

} // namespace Tradewind::ListColumns
