#include "reportmodel.h"

#include "cardpage.h"
#include "formatting.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QColor totalBackground(0xe8, 0xef, 0xf6);

bool isNumber(ReportColumn::Kind kind)
{
    return kind == ReportColumn::Kind::Money || kind == ReportColumn::Kind::Count;
}

} // namespace

ReportModel::ReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportModel::setReport(const QList<ReportColumn> &columns, const QJsonArray &rows, const QJsonArray &totals,
                            Totals shown)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    for (const QJsonValue &row : rows)
        m_rows.append(row.toObject());
    m_totals.clear();
    m_available = m_rows.size();
    m_fetching = false;
    if (shown == Totals::Shown)
        for (const QJsonValue &total : totals.isEmpty() ? sumTotals() : totals)
            m_totals.append(total.toObject());
    endResetModel();
}

void ReportModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totals.clear();
    m_available = 0;
    m_fetching = false;
    endResetModel();
}

void ReportModel::appendRows(const QJsonArray &rows)
{
    m_fetching = false;
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const QJsonValue &row : rows)
        m_rows.append(row.toObject());
    endInsertRows();
}

void ReportModel::setAvailable(qint64 available)
{
    m_available = available;
}

bool ReportModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_available;
}

void ReportModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted(m_rows.size());
}

QString ReportModel::currencyOf(const QJsonObject &row, const QList<ReportColumn> &columns)
{
    if (row.value(u"currency"_s).isString())
        return row.value(u"currency"_s).toString();
    for (const ReportColumn &column : columns)
        if (column.kind == ReportColumn::Kind::Money)
            if (const auto money = Money::fromJson(row.value(column.field)))
                return money->currency();
    return {};
}

QJsonArray ReportModel::sumTotals() const
{
    // Per currency, in the order the currencies first appear.
    QStringList order;
    QMap<QString, QJsonObject> sums;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString currency = currencyOf(m_rows.at(row), m_columns);
        if (currency.isEmpty())
            continue;
        if (!order.contains(currency))
            order.append(currency);
        QJsonObject &sum = sums[currency];
        sum.insert(u"currency"_s, currency);
        for (const ReportColumn &column : m_columns) {
            if (column.kind == ReportColumn::Kind::Count) {
                sum.insert(column.field, sum.value(column.field).toInteger() + m_rows.at(row).value(column.field).toInteger());
            } else if (column.kind == ReportColumn::Kind::Money) {
                const Money value = money(row, column.field);
                if (!value.isValid())
                    continue;
                const Money before = Money::fromJson(sum.value(column.field)).value_or(Money::zero(currency));
                sum.insert(column.field, (before + value).toJson());
            }
        }
    }
    QJsonArray totals;
    for (const QString &currency : std::as_const(order))
        totals.append(sums.value(currency));
    return totals;
}

const QJsonObject &ReportModel::objectAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row) : m_totals.at(row - m_rows.size());
}

QString ReportModel::rowCurrency(int row) const
{
    return row >= 0 && row < rowCount() ? currencyOf(objectAt(row), m_columns) : QString();
}

QJsonObject ReportModel::totals(const QString &currency) const
{
    for (const QJsonObject &total : m_totals)
        if (total.value(u"currency"_s).toString() == currency)
            return total;
    return {};
}

Money ReportModel::money(int row, const QString &field) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const QJsonObject &object = objectAt(row);
    const QJsonValue value = object.value(field);
    if (const auto money = Money::fromJson(value))
        return *money;
    // Minor units in the row's currency.
    const QString currency = object.value(u"currency"_s).toString();
    if (value.isDouble() && !currency.isEmpty())
        return Money(value.toInteger(), currency);
    return {};
}

QString ReportModel::text(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString();
}

int ReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_totals.size());
}

int ReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns.size())
        return {};
    const int row = index.row();
    const ReportColumn &column = m_columns.at(index.column());
    const bool total = isTotal(row);
    const QJsonObject &object = objectAt(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (total && index.column() == 0)
            return tr("Total %1").arg(object.value(u"currency"_s).toString());
        switch (column.kind) {
        case ReportColumn::Kind::Text:
            return total ? QString() : object.value(column.field).toString();
        case ReportColumn::Kind::Code:
            return total ? QString() : (column.label ? column.label(object.value(column.field).toString())
                                                     : object.value(column.field).toString());
        case ReportColumn::Kind::Date:
            return total ? QString() : Format::date(QDate::fromString(object.value(column.field).toString(), Qt::ISODate));
        case ReportColumn::Kind::Count:
            return object.contains(column.field) ? QLocale().toString(object.value(column.field).toInteger()) : QString();
        case ReportColumn::Kind::Money:
            return Format::amount(money(row, column.field));
        case ReportColumn::Kind::Currency:
            return object.value(u"currency"_s).toString(currencyOf(object, m_columns));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumber(column.kind) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column.alert && column.kind == ReportColumn::Kind::Money && money(row, column.field).minorUnits() > 0)
            return CardPage::toneTextColor(CardPage::Tone::Danger);
        return {};
    case Qt::BackgroundRole:
        return total ? QVariant(totalBackground) : QVariant();
    case RowObjectRole:
        return total ? QJsonObject() : object;
    case TotalRole:
        return total;
    default:
        return {};
    }
}

QVariant ReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumber(m_columns.at(section).kind) ? Qt::AlignRight | Qt::AlignVCenter
                                                                        : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace Tradewind
