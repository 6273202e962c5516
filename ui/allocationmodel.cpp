#include "allocationmodel.h"

#include "cardpage.h"
#include "formatting.h"
#include "labels.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QColor errorBackground(0xfd, 0xec, 0xea);
const QColor editableBackground(0xf4, 0xf8, 0xfc);

} // namespace

AllocationModel::AllocationModel(Kind kind, QObject *parent)
    : CellErrorTableModel(parent)
    , m_kind(kind)
{
}

void AllocationModel::setNodes(const QList<PlanNode> &nodes, const QString &currency)
{
    beginResetModel();
    m_nodes = nodes;
    m_currency = currency;
    m_parts = QList<Money>(nodes.size(), Money::zero(currency));
    m_invoiceIds = QList<qint64>(nodes.size(), 0);
    m_touched = false;
    forgetCellError();
    endResetModel();
}

void AllocationModel::setInvoices(const QList<QPair<qint64, QString>> &invoices)
{
    m_invoices = invoices;
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, InvoiceColumn), index(rowCount() - 1, InvoiceColumn));
}

int AllocationModel::rowOfNode(qint64 nodeId) const
{
    for (qsizetype row = 0; row < m_nodes.size(); ++row)
        if (m_nodes.at(row).id == nodeId)
            return int(row);
    return -1;
}

Money AllocationModel::remaining(int row) const
{
    const PlanNode &node = m_nodes.at(row);
    const Money done = m_kind == Kind::Invoice ? node.invoiced : node.received;
    return node.planned - (done.isValid() ? done : Money::zero(m_currency));
}

void AllocationModel::setPart(int row, const Money &amount)
{
    if (row < 0 || row >= m_parts.size() || amount.currency() != m_currency)
        return;
    m_parts[row] = amount;
    rowEdited(row);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT allocationChanged();
}

Money AllocationModel::allocated() const
{
    Money sum = Money::zero(m_currency);
    for (const Money &part : m_parts)
        sum += part;
    return sum;
}

void AllocationModel::distribute(const Money &amount, qint64 firstNodeId)
{
    if (m_touched || m_nodes.isEmpty())
        return;
    QList<int> order;
    if (const int first = rowOfNode(firstNodeId); first >= 0)
        order.append(first);
    for (int row = 0; row < m_nodes.size(); ++row)
        if (!order.contains(row))
            order.append(row);
    Money left = amount.isValid() && amount.currency() == m_currency && amount.minorUnits() > 0 ? amount
                                                                                                 : Money::zero(m_currency);
    for (int row : std::as_const(order)) {
        const Money room = std::max(remaining(row), Money::zero(m_currency));
        const Money part = std::min(room, left);
        m_parts[row] = part;
        left -= part;
    }
    // Whatever does not fit stays on the chosen node, where the over-allocation shows.
    if (left.minorUnits() > 0)
        m_parts[order.constFirst()] += left;
    clearCellError();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT allocationChanged();
}

QList<int> AllocationModel::allocatedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_parts.size(); ++row)
        if (m_parts.at(row).minorUnits() != 0)
            rows.append(row);
    return rows;
}

QJsonArray AllocationModel::toJson() const
{
    QJsonArray allocations;
    for (int row : allocatedRows()) {
        QJsonObject allocation{{u"node_id"_s, m_nodes.at(row).id}, {u"amount"_s, m_parts.at(row).toJson()}};
        if (m_kind == Kind::Payment && m_invoiceIds.at(row) > 0)
            allocation.insert(u"invoice_id"_s, m_invoiceIds.at(row));
        allocations.append(allocation);
    }
    return allocations;
}

QString AllocationModel::invoiceLabel(qint64 id) const
{
    for (const auto &[invoice, label] : m_invoices)
        if (invoice == id)
            return label;
    return id > 0 ? QString::number(id) : QString();
}

int AllocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int AllocationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const int row = index.row();
    const int column = index.column();
    const PlanNode &node = m_nodes.at(row);
    const bool errorCell = isErrorCell(index);
    const bool over = remaining(row) < m_parts.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case NodeColumn:
            return Labels::planNodeName(node.name);
        case PlannedColumn:
            return Format::amount(node.planned);
        case DoneColumn:
            return Format::amount(m_kind == Kind::Invoice ? node.invoiced : node.received);
        case RemainingColumn:
            return Format::amount(remaining(row));
        case InvoiceColumn:
            if (role == Qt::EditRole)
                return m_invoiceIds.at(row);
            return m_invoiceIds.at(row) > 0 ? invoiceLabel(m_invoiceIds.at(row)) : tr("—");
        case AmountColumn:
            if (role == Qt::EditRole)
                return m_parts.at(row).toDecimalString();
            return m_parts.at(row).minorUnits() == 0 ? QString() : Format::amount(m_parts.at(row));
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == NodeColumn || column == InvoiceColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                  : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (errorCell || (over && column == AmountColumn))
            return CardPage::toneTextColor(CardPage::Tone::Danger);
        if (column == PlannedColumn || column == DoneColumn)
            return CardPage::toneTextColor(CardPage::Tone::Muted);
        return {};
    case Qt::BackgroundRole:
        if (errorCell || (over && column == AmountColumn))
            return errorBackground;
        return column == AmountColumn || column == InvoiceColumn ? QVariant(editableBackground) : QVariant();
    case Qt::FontRole:
        if (column == AmountColumn && m_parts.at(row).minorUnits() != 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (errorCell)
            return errorMessage();
        if (over && column == AmountColumn)
            return m_kind == Kind::Invoice
                ? tr("More than is left to invoice on this node (%1)").arg(Format::money(remaining(row)))
                : tr("More than is left to receive on this node (%1)").arg(Format::money(remaining(row)));
        return {};
    case ChoicesRole:
        if (column == InvoiceColumn) {
            QVariantList choices{QVariantMap{{u"id"_s, 0}, {u"label"_s, tr("None")}}};
            for (const auto &[id, label] : m_invoices)
                choices.append(QVariantMap{{u"id"_s, id}, {u"label"_s, label}});
            return choices;
        }
        return {};
    default:
        return {};
    }
}

bool AllocationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_nodes.size())
        return false;
    const int row = index.row();
    if (index.column() == AmountColumn) {
        const QString text = value.toString().trimmed();
        const auto amount = Money::fromDecimalString(text.isEmpty() ? u"0"_s : text, m_currency);
        if (!amount)
            return false;
        m_touched = true;
        setPart(row, *amount);
        return true;
    }
    if (index.column() == InvoiceColumn && m_kind == Kind::Payment) {
        m_invoiceIds[row] = value.toLongLong();
        rowEdited(row);
        Q_EMIT dataChanged(index, index);
        Q_EMIT allocationChanged();
        return true;
    }
    return false;
}

Qt::ItemFlags AllocationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == AmountColumn || (index.column() == InvoiceColumn && m_kind == Kind::Payment))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AllocationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == NodeColumn || section == InvoiceColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                                    : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case PlannedColumn:
        return tr("Planned");
    case DoneColumn:
        return m_kind == Kind::Invoice ? tr("Invoiced") : tr("Received");
    case RemainingColumn:
        return m_kind == Kind::Invoice ? tr("Left to invoice") : tr("Left to receive");
    case InvoiceColumn:
        return tr("Against invoice");
    case AmountColumn:
        return m_kind == Kind::Invoice ? tr("This invoice (%1)").arg(m_currency) : tr("This payment (%1)").arg(m_currency);
    }
    return {};
}

} // namespace Tradewind
