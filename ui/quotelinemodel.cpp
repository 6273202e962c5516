#include "quotelinemodel.h"

#include "formatting.h"

#include <QColor>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QColor errorBackground(0xfd, 0xec, 0xea);
constexpr qint64 MaxQuantity = 1'000'000'000;

/** Numbers line up on the right, words on the left, in cells and headers alike. */
Qt::Alignment alignment(int column)
{
    switch (column) {
    case QuoteLineModel::PositionColumn:
    case QuoteLineModel::QuantityColumn:
    case QuoteLineModel::UnitPriceColumn:
    case QuoteLineModel::DiscountColumn:
    case QuoteLineModel::TotalColumn:
        return Qt::AlignRight | Qt::AlignVCenter;
    default:
        return Qt::AlignLeft | Qt::AlignVCenter;
    }
}

} // namespace

QuoteLineModel::QuoteLineModel(QObject *parent)
    : CellErrorTableModel(parent)
{
}

void QuoteLineModel::setLines(const QList<QuoteLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    forgetCellError();
    endResetModel();
}

void QuoteLineModel::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    for (QuoteLine &line : m_lines)
        line.unitPrice = Money(line.unitPrice.minorUnits(), currency);
    Q_EMIT headerDataChanged(Qt::Horizontal, UnitPriceColumn, TotalColumn);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, UnitPriceColumn), index(rowCount() - 1, TotalColumn));
}

void QuoteLineModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, ProductColumn, ProductColumn);
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, ProductColumn), index(rowCount() - 1, ProductColumn));
}

void QuoteLineModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    beginResetModel(); // the flags of every cell change
    m_editable = editable;
    endResetModel();
}

int QuoteLineModel::insertLine(int row)
{
    if (row < 0 || row > m_lines.size())
        row = int(m_lines.size());
    QuoteLine line;
    line.quantity = 1;
    line.unitPrice = Money::zero(m_currency);
    beginInsertRows({}, row, row);
    m_lines.insert(row, line);
    endInsertRows();
    rowInserted(row);
    // Every later position number moved.
    Q_EMIT dataChanged(index(row, PositionColumn), index(rowCount() - 1, PositionColumn));
    Q_EMIT linesEdited();
    return row;
}

void QuoteLineModel::removeLines(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_lines.size())
            continue;
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
        removed = true;
        rowRemoved(row);
    }
    if (!removed)
        return;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, PositionColumn), index(rowCount() - 1, PositionColumn));
    Q_EMIT linesEdited();
}

bool QuoteLineModel::moveLine(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_lines.size() || to >= m_lines.size() || from == to)
        return false;
    // beginMoveRows wants the row before which the line lands, counted before the move.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_lines.move(from, to);
    endMoveRows();
    clearCellError();
    Q_EMIT dataChanged(index(std::min(from, to), PositionColumn), index(std::max(from, to), PositionColumn));
    Q_EMIT linesEdited();
    return true;
}

void QuoteLineModel::applyProduct(int row, const QJsonObject &product)
{
    if (row < 0 || row >= m_lines.size())
        return;
    QuoteLine &line = m_lines[row];
    line.productId = product.value(u"id"_s).toInteger();
    line.productCode = product.value(u"code"_s).toString();
    line.nameEn = product.value(u"name_en"_s).toString();
    line.nameZh = product.value(u"name_zh"_s).toString();
    line.specification = product.value(u"specification"_s).toString();
    line.unit = product.value(u"unit"_s).toString();
    // The catalogue price in the quote's currency; a product not priced in it keeps the price typed.
    std::optional<Money> price = Money::fromJson(product.value(u"price"_s));
    if (!price || price->currency() != m_currency) {
        price.reset();
        for (const QJsonValue &value : product.value(u"prices"_s).toArray())
            if (const auto listed = Money::fromJson(value); listed && listed->currency() == m_currency)
                price = listed;
    }
    if (price)
        line.unitPrice = *price;
    rowEdited(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT linesEdited();
}

int QuoteLineModel::columnOfField(const QString &field)
{
    if (field == u"product_id"_s || field == u"product_code"_s)
        return CodeColumn;
    if (field == u"name_en"_s || field == u"name_zh"_s)
        return ProductColumn;
    if (field == u"specification"_s)
        return SpecificationColumn;
    if (field == u"quantity"_s)
        return QuantityColumn;
    if (field == u"unit"_s)
        return UnitColumn;
    if (field == u"unit_price"_s)
        return UnitPriceColumn;
    if (field == u"discount_bp"_s)
        return DiscountColumn;
    if (field == u"line_total"_s)
        return TotalColumn;
    return -1;
}

int QuoteLineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int QuoteLineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteLineModel::shownName(const QuoteLine &line) const
{
    return m_language == Quote::LanguageChinese ? line.nameZh : line.nameEn;
}

QVariant QuoteLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const QuoteLine &line = m_lines.at(index.row());
    const int column = index.column();
    const bool isError = isErrorCell(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PositionColumn:
            return index.row() + 1;
        case CodeColumn:
            return line.productCode;
        case ProductColumn: {
            // The other language's name stands in, greyed, until this one is written.
            const QString name = shownName(line);
            return name.isEmpty() ? (m_language == Quote::LanguageChinese ? line.nameEn : line.nameZh) : name;
        }
        case SpecificationColumn:
            return line.specification.simplified();
        case QuantityColumn:
            return QLocale().toString(line.quantity);
        case UnitColumn:
            return line.unit;
        case UnitPriceColumn:
            return Format::amount(line.unitPrice);
        case DiscountColumn:
            return line.discountBasisPoints == 0 ? QString() : Format::percent(line.discountBasisPoints);
        case TotalColumn:
            return line.unitPrice.isValid() ? Format::amount(line.total()) : QString();
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case CodeColumn:
            return line.productCode;
        case ProductColumn:
            return shownName(line);
        case SpecificationColumn:
            return line.specification;
        case QuantityColumn:
            return line.quantity;
        case UnitColumn:
            return line.unit;
        case UnitPriceColumn:
            return line.unitPrice.isValid() ? line.unitPrice.toDecimalString() : QString();
        case DiscountColumn:
            return line.discountBasisPoints / 100.0;
        }
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(alignment(column));
    case Qt::BackgroundRole:
        return isError ? QVariant(errorBackground) : QVariant();
    case Qt::ForegroundRole:
        if (column == ProductColumn && shownName(line).isEmpty())
            return QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::ToolTipRole:
        if (isError)
            return errorMessage();
        if (column == ProductColumn || column == CodeColumn) {
            QStringList parts;
            for (const QString &part : {line.nameEn, line.nameZh, line.specification.simplified()})
                if (!part.isEmpty())
                    parts.append(part);
            if (!shownName(line).isEmpty() || parts.isEmpty())
                return parts.join(u'\n');
            return tr("%1\nNo name in the quote's language yet: the printout shows this one.").arg(parts.join(u'\n'));
        }
        if (column == SpecificationColumn)
            return line.specification;
        return {};
    default:
        return {};
    }
}

bool QuoteLineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.row() >= m_lines.size())
        return false;
    QuoteLine &line = m_lines[index.row()];
    switch (index.column()) {
    case CodeColumn: {
        const QString code = value.toString().trimmed();
        if (code == line.productCode)
            return true;
        line.productCode = code;
        line.productId = 0; // typed by hand: no longer the catalogue product
        break;
    }
    case ProductColumn:
        (m_language == Quote::LanguageChinese ? line.nameZh : line.nameEn) = value.toString().trimmed();
        break;
    case SpecificationColumn:
        line.specification = value.toString().trimmed();
        break;
    case QuantityColumn: {
        bool ok = false;
        const qint64 quantity = value.toLongLong(&ok);
        if (!ok || quantity < 1 || quantity > MaxQuantity)
            return false;
        line.quantity = quantity;
        break;
    }
    case UnitColumn:
        line.unit = value.toString().trimmed();
        break;
    case UnitPriceColumn: {
        const auto price = Money::fromDecimalString(value.toString().trimmed(), m_currency);
        if (!price)
            return false;
        line.unitPrice = *price;
        break;
    }
    case DiscountColumn: {
        bool ok = false;
        const double percent = value.toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return false;
        line.discountBasisPoints = int(std::lround(percent * 100));
        break;
    }
    default:
        return false;
    }
    edited(index.row());
    return true;
}

void QuoteLineModel::edited(int row)
{
    rowEdited(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT linesEdited();
}

Qt::ItemFlags QuoteLineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() != PositionColumn && index.column() != TotalColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant QuoteLineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(alignment(section));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case CodeColumn:
        return tr("Code");
    case ProductColumn:
        return m_language == Quote::LanguageChinese ? tr("Product (Chinese)") : tr("Product (English)");
    case SpecificationColumn:
        return tr("Specification");
    case QuantityColumn:
        return tr("Qty");
    case UnitColumn:
        return tr("Unit");
    case UnitPriceColumn:
        return m_currency.isEmpty() ? tr("Unit price") : tr("Unit price (%1)").arg(m_currency);
    case DiscountColumn:
        return tr("Discount");
    case TotalColumn:
        return m_currency.isEmpty() ? tr("Amount") : tr("Amount (%1)").arg(m_currency);
    }
    return {};
}

} // namespace Tradewind
