#include "allocationdialog.h"

#include "cardpage.h"
#include "columnwidths.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "moneyedit.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** The part as people type amounts; the invoice from the ones the model offers. */
class AllocationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.column() == AllocationModel::InvoiceColumn) {
            auto *combo = new QComboBox(parent);
            combo->setObjectName(u"allocationInvoiceEditor"_s);
            for (const QVariant &choice : index.data(AllocationModel::ChoicesRole).toList())
                combo->addItem(choice.toMap().value(u"label"_s).toString(), choice.toMap().value(u"id"_s));
            return combo;
        }
        if (index.column() == AllocationModel::AmountColumn) {
            auto *edit = new QLineEdit(parent);
            edit->setObjectName(u"allocationAmountEditor"_s);
            edit->setValidator(MoneyEdit::createValidator(edit));
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setFrame(false);
            return edit;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData());
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && index.column() == AllocationModel::AmountColumn) {
            const auto *allocations = static_cast<const AllocationModel *>(model);
            const QString text = edit->text().trimmed();
            if (const auto amount = MoneyEdit::parse(text.isEmpty() ? u"0"_s : text, allocations->currency()))
                model->setData(index, amount->toDecimalString());
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        editor->setGeometry(option.rect);
    }
};

} // namespace

AllocationDialog::AllocationDialog(Workspace &workspace, AllocationModel::Kind kind, const QString &path,
                                   const QJsonObject &contract, const QList<PlanNode> &nodes, qint64 nodeId,
                                   QWidget *parent)
    : RecordDialog(workspace, path, 0, {}, parent)
    , m_contract(contract)
    , m_currency(Money::fromJson(contract.value(u"amount"_s)).value_or(Money()).currency())
    , m_nodeId(nodeId)
    , m_allocations(new AllocationModel(kind, this))
    , m_area(new QWidget(this))
    , m_table(new QTableView(m_area))
    , m_allocationText(new QLabel(m_area))
{
    m_allocations->setNodes(nodes, m_currency);

    m_table->setObjectName(u"allocationTable"_s);
    m_table->setModel(m_allocations);
    m_table->setItemDelegate(new AllocationDelegate(m_table));
    styleRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setColumnHidden(AllocationModel::InvoiceColumn, kind == AllocationModel::Kind::Invoice);
    setColumnWidthsInCharacters(m_table, {22, 15, 15, 15, 16, 18});
    m_table->horizontalHeader()->setSectionResizeMode(AllocationModel::NodeColumn, QHeaderView::Stretch);
    const int rows = std::clamp(int(nodes.size()), 2, 6);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * (rows + 1) + 6);
    m_allocationText->setObjectName(u"allocationLabel"_s);
    m_allocationText->setTextFormat(Qt::PlainText);
    m_allocationText->setWordWrap(true);

    auto *caption = new QLabel(kind == AllocationModel::Kind::Invoice ? tr("Against the settlement plan:")
                                                                      : tr("Allocated to the settlement plan:"),
                               m_area);
    auto *layout = new QVBoxLayout(m_area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(caption);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_allocationText);
    registerField(u"allocations"_s, m_table);
    connect(m_allocations, &AllocationModel::allocationChanged, this, &AllocationDialog::updateAllocationText);
}

QString AllocationDialog::allocationText() const
{
    return m_allocationText->text();
}

void AllocationDialog::allocationTargetChanged()
{
    const Money target = allocationTarget();
    if (target.isValid())
        m_allocations->distribute(target, m_nodeId);
    updateAllocationText();
}

void AllocationDialog::updateAllocationText()
{
    const Money target = allocationTarget();
    const Money allocated = m_allocations->allocated();
    QString text;
    CardPage::Tone tone = CardPage::Tone::Success;
    if (!target.isValid()) {
        text = tr("Allocated %1.").arg(Format::money(allocated));
        tone = CardPage::Tone::Neutral;
    } else if (target < allocated) {
        text = tr("Allocated %1 of %2: %3 too much.")
                   .arg(Format::money(allocated), Format::money(target), Format::money(allocated - target));
        tone = CardPage::Tone::Danger;
    } else if (allocated < target) {
        text = allocationMustMatch()
            ? tr("Allocated %1 of %2: %3 still to allocate.")
                  .arg(Format::money(allocated), Format::money(target), Format::money(target - allocated))
            : tr("Allocated %1 of %2: %3 stays unallocated.")
                  .arg(Format::money(allocated), Format::money(target), Format::money(target - allocated));
        tone = allocationMustMatch() ? CardPage::Tone::Danger : CardPage::Tone::Warning;
    } else {
        text = tr("Allocated %1 in full.").arg(Format::money(allocated));
    }
    for (int row = 0; row < m_allocations->rowCount(); ++row)
        if (m_allocations->remaining(row) < m_allocations->part(row)) {
            text += u' ' + tr("%1 gets more than is left on it.").arg(Labels::planNodeName(m_allocations->node(row).name));
            tone = CardPage::Tone::Danger;
        }
    m_allocationText->setText(text);
    m_allocationText->setStyleSheet(tone == CardPage::Tone::Neutral
                                        ? QString()
                                        : u"QLabel { color: %1; }"_s.arg(CardPage::toneTextColor(tone).name()));
}

void AllocationDialog::validateAllocations(JsonReader &reader) const
{
    if (!reader.ok())
        return;
    const QList<int> rows = m_allocations->allocatedRows();
    if (rows.isEmpty()) {
        reader.fail(u"allocations"_s, u"nothing allocated"_s);
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = rows.at(i);
        if (m_allocations->part(row).minorUnits() < 0 || m_allocations->remaining(row) < m_allocations->part(row)) {
            reader.fail(u"allocations[%1].amount"_s.arg(i), u"over the remainder"_s);
            return;
        }
    }
    const Money target = allocationTarget();
    const Money allocated = m_allocations->allocated();
    if (target.isValid() && (target < allocated || (allocationMustMatch() && allocated != target)))
        reader.fail(u"allocations"_s, u"sum"_s);
}

int AllocationDialog::rowOfAllocation(const QString &field) const
{
    static const QRegularExpression pattern(u"^allocations\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    return match.hasMatch() ? m_allocations->allocatedRows().value(match.captured(1).toInt(), -1) : -1;
}

QString AllocationDialog::describeAllocationError(const FieldError &error) const
{
    const bool invoice = m_allocations->kind() == AllocationModel::Kind::Invoice;
    const int row = rowOfAllocation(error.field);
    if (row >= 0) {
        const QString node = Labels::planNodeName(m_allocations->node(row).name);
        if (error.field.endsWith(u".invoice_id"_s))
            return tr("%1: this payment cannot be set against the chosen invoice; it has less left to settle.").arg(node);
        return invoice ? tr("%1: at most %2 is left to invoice on this node.").arg(node, Format::money(m_allocations->remaining(row)))
                       : tr("%1: at most %2 is left to receive on this node.").arg(node, Format::money(m_allocations->remaining(row)));
    }
    if (m_allocations->allocatedRows().isEmpty())
        return invoice ? tr("Say which settlement nodes the invoice is for: enter its parts in the table.")
                       : tr("Say which settlement nodes the payment settles: enter its parts in the table.");
    const Money target = allocationTarget();
    if (invoice)
        return tr("The parts add up to %1, but the invoice is for %2: they must add up to the invoice amount.")
            .arg(Format::money(m_allocations->allocated()), Format::money(target));
    return tr("The parts add up to %1, more than the payment (%2 in the contract's currency).")
        .arg(Format::money(m_allocations->allocated()), Format::money(target));
}

void AllocationDialog::revealField(const FieldError &error)
{
    const int row = rowOfAllocation(error.field);
    if (row < 0)
        return;
    const int column = error.field.endsWith(u".invoice_id"_s) ? AllocationModel::InvoiceColumn : AllocationModel::AmountColumn;
    m_allocations->setCellError(row, column, describeFieldError(error));
    const QModelIndex cell = m_allocations->index(row, column);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
}

bool AllocationDialog::handleSaveError(const ApiError &error)
{
    if (error.code != u"over_allocated"_s)
        return false;
    // The server names the allocation (or the node) that would get more than is left.
    QString field = error.field;
    if (!field.startsWith(u"allocations"_s)) {
        const qint64 nodeId = error.body.value(u"node_id"_s).toInteger();
        const int row = m_allocations->rowOfNode(nodeId);
        const qsizetype index = m_allocations->allocatedRows().indexOf(row);
        field = index >= 0 ? u"allocations[%1].amount"_s.arg(index) : u"allocations"_s;
    }
    showFieldError(FieldError{field, error.message});
    return true;
}

} // namespace Tradewind
