#include "plannodemodel.h"

#include "cardpage.h"
#include "formatting.h"
#include "labels.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QColor errorBackground(0xfd, 0xec, 0xea);
const QColor overdueBackground(0xfd, 0xf1, 0xf1);

bool isNumberColumn(int column)
{
    switch (column) {
    case PlanNodeModel::OffsetColumn:
    case PlanNodeModel::PlannedColumn:
    case PlanNodeModel::ShareColumn:
    case PlanNodeModel::InvoicedColumn:
    case PlanNodeModel::ReceivedColumn:
    case PlanNodeModel::OutstandingColumn:
        return true;
    default:
        return false;
    }
}

int shareOf(const Money &part, const Money &whole)
{
    if (!part.isValid() || !whole.isValid() || whole.minorUnits() == 0)
        return 0;
    return int(divideRoundHalfAwayFromZero(__int128(part.minorUnits()) * BasisPointsPerWhole, whole.minorUnits()));
}

} // namespace

PlanNodeModel::PlanNodeModel(QObject *parent)
    : CellErrorTableModel(parent)
{
}

void PlanNodeModel::setPlan(const QList<PlanNode> &nodes, const QList<bool> &overdue, const Money &amount)
{
    beginResetModel();
    m_nodes = nodes;
    m_amount = amount;
    m_loaded.clear();
    m_serverOverdue.clear();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        m_loaded.insert(nodes.at(i).id, nodes.at(i));
        m_serverOverdue.insert(nodes.at(i).id, overdue.value(i));
    }
    forgetCellError();
    endResetModel();
}

Money PlanNodeModel::total() const
{
    return SettlementPlan::total(m_nodes, currency());
}

Money PlanNodeModel::difference() const
{
    return total() - m_amount;
}

bool PlanNodeModel::isOverdue(int row) const
{
    const PlanNode &node = m_nodes.at(row);
    // The server judged the node on its own clock; a node changed here is judged on this computer's.
    const auto loaded = m_loaded.constFind(node.id);
    if (node.id > 0 && loaded != m_loaded.cend() && loaded->dueDate() == node.dueDate() && loaded->planned == node.planned)
        return m_serverOverdue.value(node.id);
    return node.isOverdue(QDate::currentDate());
}

void PlanNodeModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    beginResetModel(); // the flags of every cell change
    m_editable = editable;
    endResetModel();
}

int PlanNodeModel::insertNode(int row)
{
    if (row < 0 || row > m_nodes.size())
        row = int(m_nodes.size());
    PlanNode node;
    node.trigger = SettlementTrigger::FixedDate;
    node.plannedDate = QDate::currentDate().addMonths(1);
    const Money missing = -difference();
    node.planned = missing.minorUnits() > 0 ? missing : Money::zero(currency());
    node.invoiced = node.received = Money::zero(currency());
    beginInsertRows({}, row, row);
    m_nodes.insert(row, node);
    endInsertRows();
    rowInserted(row);
    edited(row);
    return row;
}

bool PlanNodeModel::canRemove(int row) const
{
    if (!m_editable || row < 0 || row >= m_nodes.size())
        return false;
    const PlanNode &node = m_nodes.at(row);
    return node.invoiced.minorUnits() == 0 && node.received.minorUnits() == 0;
}

bool PlanNodeModel::removeNode(int row)
{
    if (!canRemove(row))
        return false;
    beginRemoveRows({}, row, row);
    m_nodes.removeAt(row);
    endRemoveRows();
    rowRemoved(row);
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, ShareColumn), index(rowCount() - 1, ShareColumn));
    Q_EMIT nodesEdited();
    return true;
}

int PlanNodeModel::columnOfField(const QString &field)
{
    static const QHash<QString, int> columns = {{u"name"_s, NameColumn},
                                                {u"trigger"_s, TriggerColumn},
                                                {u"due_offset_days"_s, OffsetColumn},
                                                {u"planned_date"_s, PlannedDateColumn},
                                                {u"planned"_s, PlannedColumn}};
    return columns.value(field, -1);
}

int PlanNodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int PlanNodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanNodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_nodes.size())
        return {};
    const PlanNode &node = m_nodes.at(index.row());
    const int column = index.column();
    const bool errorCell = isErrorCell(index);
    const bool overdue = isOverdue(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return Labels::planNodeName(node.name);
        case TriggerColumn:
            return Labels::settlementTrigger(node.trigger);
        case OffsetColumn:
            return tr("%n day(s)", nullptr, node.dueOffsetDays);
        case PlannedDateColumn:
            return Format::date(node.plannedDate);
        case PlannedColumn:
            return Format::amount(node.planned);
        case ShareColumn:
            return Format::percent(shareOf(node.planned, m_amount));
        case AchievedColumn:
            return Format::date(node.achievedDate);
        case DueColumn:
            return Format::date(node.dueDate());
        case InvoicedColumn:
            return Format::amount(node.invoiced);
        case ReceivedColumn:
            return Format::amount(node.received);
        case OutstandingColumn:
            return Format::amount(node.outstanding());
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return Labels::planNodeName(node.name);
        case TriggerColumn:
            return node.trigger;
        case OffsetColumn:
            return node.dueOffsetDays;
        case PlannedDateColumn:
            return node.plannedDate.isValid() ? node.plannedDate : QDate::currentDate();
        case PlannedColumn:
            return node.planned.toDecimalString();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumberColumn(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (errorCell || (overdue && (column == DueColumn || column == OutstandingColumn)))
            return CardPage::toneTextColor(CardPage::Tone::Danger);
        if (column == AchievedColumn || column == ShareColumn)
            return CardPage::toneTextColor(CardPage::Tone::Muted);
        return {};
    case Qt::BackgroundRole:
        if (errorCell)
            return errorBackground;
        return overdue ? QVariant(overdueBackground) : QVariant();
    case Qt::FontRole:
        if (overdue && column == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (errorCell)
            return errorMessage();
        if (column == DueColumn) {
            if (!node.dueDate().isValid())
                return tr("Not due yet: %1 has not happened and no date is planned for it.")
                    .arg(Labels::settlementTrigger(node.trigger));
            const QString basis = node.achievedDate.isValid()
                ? tr("%n day(s) after %1 on %2", nullptr, node.dueOffsetDays)
                      .arg(Labels::settlementTrigger(node.trigger), Format::date(node.achievedDate))
                : tr("%n day(s) after the planned date %1", nullptr, node.dueOffsetDays).arg(Format::date(node.plannedDate));
            return overdue ? tr("Overdue: due %1").arg(basis) : tr("Due %1").arg(basis);
        }
        if (column == PlannedDateColumn && node.achievedDate.isValid())
            return tr("%1 happened on %2: the due date counts from then.")
                .arg(Labels::settlementTrigger(node.trigger), Format::date(node.achievedDate));
        return data(index, Qt::DisplayRole);
    case NodeIdRole:
        return node.id;
    default:
        return {};
    }
}

bool PlanNodeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_nodes.size() || !isEditableColumn(index.column()))
        return false;
    PlanNode &node = m_nodes[index.row()];
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name == Labels::planNodeName(node.name))
            return false; // the translated name of a shipped rule's node, unchanged
        node.name = name;
        break;
    }
    case TriggerColumn:
        if (!SettlementTrigger::all().contains(value.toString()))
            return false;
        node.trigger = value.toString();
        break;
    case OffsetColumn:
        node.dueOffsetDays = value.toInt();
        break;
    case PlannedDateColumn:
        node.plannedDate = value.toDate();
        break;
    case PlannedColumn: {
        const auto planned = Money::fromDecimalString(value.toString().trimmed(), currency());
        if (!planned)
            return false;
        node.planned = *planned;
        break;
    }
    default:
        return false;
    }
    edited(index.row());
    return true;
}

void PlanNodeModel::edited(int row)
{
    rowEdited(row);
    // The dependent cells of the row (share, due date, outstanding) and every share of the plan follow.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (!m_nodes.isEmpty())
        Q_EMIT dataChanged(index(0, ShareColumn), index(rowCount() - 1, ShareColumn));
    Q_EMIT nodesEdited();
}

bool PlanNodeModel::isEditableColumn(int column) const
{
    return m_editable
        && (column == NameColumn || column == TriggerColumn || column == OffsetColumn || column == PlannedDateColumn
            || column == PlannedColumn);
}

Qt::ItemFlags PlanNodeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PlanNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(isNumberColumn(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == OffsetColumn)
        return tr("Days from the trigger (or the planned date) until the payment is due");
    if (role != Qt::DisplayRole)
        return {};
    const QString currencyCode = currency();
    const auto withCurrency = [&currencyCode](const QString &header) {
        return currencyCode.isEmpty() ? header : tr("%1 (%2)", "column header and currency").arg(header, currencyCode);
    };
    switch (section) {
    case NameColumn:
        return tr("Node");
    case TriggerColumn:
        return tr("Trigger");
    case OffsetColumn:
        return tr("Due after");
    case PlannedDateColumn:
        return tr("Planned date");
    case PlannedColumn:
        return withCurrency(tr("Planned"));
    case ShareColumn:
        return tr("Share");
    case AchievedColumn:
        return tr("Achieved");
    case DueColumn:
        return tr("Due date");
    // The plan has one currency: the planned amounts name it, the columns after them follow.
    case InvoicedColumn:
        return tr("Invoiced");
    case ReceivedColumn:
        return tr("Received");
    case OutstandingColumn:
        return tr("Outstanding");
    }
    return {};
}

} // namespace Tradewind
