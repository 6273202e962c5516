#include "settlementplantab.h"

#include "cardpage.h"
#include "columnwidths.h"
#include "contract.h"
#include "contractchildkinds.h"
#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "plannodedelegate.h"
#include "plannodemodel.h"
#include "recorddialog.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** "nodes[2].planned" → {2, "planned"}; {-1, ""} for any other field. */
std::pair<int, QString> nodeField(const QString &field)
{
    static const QRegularExpression pattern(u"^nodes\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, QString()};
    return {match.captured(1).toInt(), match.captured(2)};
}

} // namespace

SettlementPlanTab::SettlementPlanTab(Workspace &workspace, qint64 contractId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_contractId(contractId)
    , m_model(new PlanNodeModel(this))
    , m_table(new QTableView(this))
    , m_message(new QLabel(this))
    , m_sum(new QLabel(this))
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"planToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    m_addNode = toolBar->addAction(QIcon(u":/icons/new.svg"_s), tr("&Add node"), this, [this] {
        const int row = m_model->insertNode(m_table->currentIndex().row() < 0 ? -1 : m_table->currentIndex().row() + 1);
        const QModelIndex name = m_model->index(row, PlanNodeModel::NameColumn);
        m_table->setCurrentIndex(name);
        m_table->setFocus();
        m_table->edit(name);
    });
    m_addNode->setObjectName(u"addNodeAction"_s);
    m_addNode->setToolTip(tr("Add a node after the current one; it takes what is not planned yet"));
    m_removeNode = toolBar->addAction(QIcon(u":/icons/close.svg"_s), tr("&Remove node"), this,
                                      [this] { m_model->removeNode(m_table->currentIndex().row()); });
    m_removeNode->setObjectName(u"removeNodeAction"_s);
    m_removeNode->setToolTip(tr("Remove the current node (only nodes with nothing invoiced or received)"));

    m_table->setObjectName(u"planTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new PlanNodeDelegate(m_table));
    styleRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);
    setColumnWidthsInCharacters(m_table, PlanNodeModel::columnWidths());
    m_table->horizontalHeader()->setSectionResizeMode(PlanNodeModel::NameColumn, QHeaderView::Stretch);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SettlementPlanTab::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SettlementPlanTab::updateActions);

    m_message->setObjectName(u"planMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_sum->setObjectName(u"planSumLabel"_s);
    m_sum->setTextFormat(Qt::PlainText);
    m_sum->setWordWrap(true);

    m_saveButton = new QPushButton(QIcon(u":/icons/save.svg"_s), tr("&Save plan"), this);
    m_saveButton->setObjectName(u"savePlanButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &SettlementPlanTab::save);
    m_discardButton = new QPushButton(tr("&Discard changes"), this);
    m_discardButton->setObjectName(u"discardPlanButton"_s);
    connect(m_discardButton, &QPushButton::clicked, this, &SettlementPlanTab::discard);

    // Under the table, read left to right: the sum check, then what to do with the edits.
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(10);
    bottom->addWidget(m_sum, 1);
    bottom->addWidget(m_discardButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_message);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_model, &PlanNodeModel::nodesEdited, this, [this] {
        markDirty();
        updateSum();
        updateActions();
    });
    updateSum();
    updateActions();
}

SettlementPlanTab::~SettlementPlanTab()
{
    abandon(m_loadReply, this);
    abandon(m_saveReply, this);
}

void SettlementPlanTab::setContract(const QJsonObject &contract, const QByteArray &etag)
{
    m_contract = contract;
    if (!m_dirty)
        m_etag = etag;
    m_model->setEditable(mayEdit());
    updateActions();
}

bool SettlementPlanTab::mayEdit() const
{
    const QString status = m_contract.value(u"status"_s).toString();
    if (status != Contract::StatusDraft && status != Contract::StatusActive)
        return false;
    const Employee &user = m_workspace.api().currentUser();
    return user.hasRole(Roles::ContractAdmin) || user.hasRole(Roles::Finance) || user.hasRole(Roles::Executive)
        || user.hasRole(Roles::SalesManager);
}

void SettlementPlanTab::reload()
{
    abandon(m_loadReply, this);
    ApiReply *reply = m_workspace.api().get(u"/contracts/%1/plan"_s.arg(m_contractId));
    m_loadReply = reply;
    whenFinished(reply, this, [this, reply] {
        if (reply != m_loadReply)
            return;
        m_loadReply = nullptr;
        if (!reply->ok()) {
            showMessage(ErrorText::describe(reply->error()));
            return;
        }
        m_plan = reply->object();
        if (m_dirty) {
            // Keep the user's edits; saving them meets the newer version and asks.
            showMessage(tr("The plan changed while you were editing it. Your edits are kept; saving them will ask "
                           "what to do."),
                        false);
            return;
        }
        showPlan(m_plan);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void SettlementPlanTab::showPlan(const QJsonObject &plan)
{
    QList<PlanNode> nodes;
    QList<bool> overdue;
    for (const QJsonValue &value : plan.value(u"nodes"_s).toArray()) {
        nodes.append(PlanNode::fromJson(value.toObject()));
        overdue.append(value.toObject().value(u"overdue"_s).toBool());
    }
    const Money amount = Money::fromJson(plan.value(u"amount"_s))
                             .value_or(Money::fromJson(m_contract.value(u"amount"_s)).value_or(Money()));
    m_model->setPlan(nodes, overdue, amount);
    m_model->setEditable(mayEdit());
    updateSum();
    updateActions();
}

void SettlementPlanTab::markDirty()
{
    if (m_dirty)
        return;
    m_dirty = true;
    Q_EMIT dirtyChanged(true);
}

void SettlementPlanTab::discard()
{
    clearMessages();
    const bool wasDirty = std::exchange(m_dirty, false);
    showPlan(m_plan);
    if (wasDirty)
        Q_EMIT dirtyChanged(false);
    reload(); // and catch up with what changed meanwhile
}

QString SettlementPlanTab::sumText() const
{
    return m_sum->text();
}

QString SettlementPlanTab::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SettlementPlanTab::updateSum()
{
    const Money amount = m_model->amount();
    if (!amount.isValid()) {
        m_sum->clear();
        return;
    }
    const Money total = m_model->total();
    const Money difference = m_model->difference();
    const bool matches = difference.minorUnits() == 0;
    m_sum->setText(matches ? tr("The %n node(s) add up to the contract amount, %1.", nullptr, m_model->rowCount())
                                 .arg(Format::money(amount))
                   : difference.minorUnits() > 0
                       ? tr("The nodes add up to %1, the contract amount is %2: %3 too much.")
                             .arg(Format::money(total), Format::money(amount), Format::money(difference))
                       : tr("The nodes add up to %1, the contract amount is %2: %3 missing.")
                             .arg(Format::money(total), Format::money(amount), Format::money(-difference)));
    const CardPage::Tone tone = matches ? CardPage::Tone::Success : CardPage::Tone::Danger;
    m_sum->setStyleSheet(u"QLabel { color: %1; font-weight: %2; }"_s.arg(CardPage::toneTextColor(tone).name())
                             .arg(matches ? 400 : 600));
    m_sum->setProperty("matches", matches);
}

void SettlementPlanTab::updateActions()
{
    const bool editable = m_model->isEditable();
    const int row = m_table->currentIndex().row();
    m_addNode->setEnabled(editable && !isBusy());
    m_removeNode->setEnabled(editable && !isBusy() && m_model->canRemove(row));
    m_addNode->setVisible(editable);
    m_removeNode->setVisible(editable);
    m_saveButton->setVisible(editable);
    m_discardButton->setVisible(editable);
    m_saveButton->setEnabled(m_dirty && !isBusy());
    m_discardButton->setEnabled(m_dirty && !isBusy());
}

QMenu *SettlementPlanTab::createContextMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"planNodeMenu"_s);
    if (row < 0 || row >= m_model->rowCount())
        return menu;
    const PlanNode node = m_model->node(row);
    // Money and milestones are recorded against stored nodes: unsaved edits come first.
    const bool stored = node.id > 0 && !m_dirty;
    const bool money = ContractChildKinds::mayRecordMoney(m_workspace.api().currentUser());
    QAction *invoice = menu->addAction(QIcon(u":/icons/invoice.svg"_s), tr("Record &invoice…"), this,
                                       [this, id = node.id] { Q_EMIT recordInvoiceRequested(id); });
    invoice->setObjectName(u"recordInvoiceAction"_s);
    invoice->setEnabled(stored && money && node.invoiced < node.planned);
    QAction *payment = menu->addAction(QIcon(u":/icons/payment.svg"_s), tr("Record &payment…"), this,
                                       [this, id = node.id] { Q_EMIT recordPaymentRequested(id); });
    payment->setObjectName(u"recordPaymentAction"_s);
    payment->setEnabled(stored && money && node.received < node.planned);
    QAction *milestone =
        menu->addAction(QIcon(u":/icons/milestone.svg"_s), tr("Submit &milestone achieved…"), this,
                        [this, trigger = node.trigger] { Q_EMIT milestoneRequested(trigger); });
    milestone->setObjectName(u"submitMilestoneAction"_s);
    milestone->setEnabled(stored && ContractChildKinds::milestoneTriggers().contains(node.trigger)
                          && !node.achievedDate.isValid());
    if (m_model->isEditable()) {
        menu->addSeparator();
        menu->addAction(m_addNode);
        menu->addAction(m_removeNode);
    }
    if (!stored && node.id > 0)
        menu->setToolTip(tr("Save the plan first"));
    return menu;
}

void SettlementPlanTab::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    QMenu *menu = createContextMenu(index.row(), this);
    menu->exec(m_table->viewport()->mapToGlobal(position));
    menu->deleteLater();
}

// ---------------------------------------------------------------------------------------------------------
// Saving

std::optional<FieldError> SettlementPlanTab::checkPlan() const
{
    const QList<PlanNode> &nodes = m_model->nodes();
    if (nodes.isEmpty())
        return FieldError{u"nodes"_s, u"empty"_s};
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const PlanNode &node = nodes.at(i);
        const QString prefix = u"nodes[%1]."_s.arg(i);
        if (node.name.trimmed().isEmpty() || node.name.size() > 100)
            return FieldError{prefix + u"name"_s, u"name"_s};
        if (node.trigger == SettlementTrigger::FixedDate && !node.plannedDate.isValid())
            return FieldError{prefix + u"planned_date"_s, u"fixed date"_s};
        if (node.planned < Money::zero(m_model->currency()))
            return FieldError{prefix + u"planned"_s, u"negative"_s};
        if (node.planned < node.settled())
            return FieldError{prefix + u"planned"_s, u"below settled"_s};
    }
    if (m_model->difference().minorUnits() != 0)
        return FieldError{u"nodes"_s, u"sum"_s};
    return std::nullopt;
}

QJsonObject SettlementPlanTab::buildBody() const
{
    QJsonArray nodes;
    for (const PlanNode &node : m_model->nodes()) {
        QJsonObject json{{u"name"_s, node.name.trimmed()},
                         {u"trigger"_s, node.trigger},
                         {u"due_offset_days"_s, node.dueOffsetDays},
                         {u"planned"_s, node.planned.toJson()},
                         {u"planned_date"_s, node.plannedDate.isValid() ? QJsonValue(Wire::dateToWire(node.plannedDate))
                                                                        : QJsonValue()}};
        if (node.id > 0)
            json.insert(u"id"_s, node.id);
        nodes.append(json);
    }
    return {{u"nodes"_s, nodes}};
}

void SettlementPlanTab::save()
{
    if (!m_model->isEditable() || isBusy())
        return;
    // A cell still being edited is committed first.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_table && m_table->isAncestorOf(focus))
        m_table->setFocus();
    clearMessages();
    if (const auto problem = checkPlan()) {
        showFieldError(*problem);
        return;
    }
    ApiReply *reply = m_workspace.api().put(u"/contracts/%1/plan"_s.arg(m_contractId), buildBody(), m_etag);
    m_saveReply = reply;
    m_table->setEnabled(false);
    setCursor(Qt::BusyCursor);
    updateActions();
    whenFinished(reply, this, [this, reply] { saveFinished(reply); });
}

void SettlementPlanTab::saveFinished(ApiReply *reply)
{
    if (reply != m_saveReply)
        return;
    m_saveReply = nullptr;
    m_table->setEnabled(true);
    unsetCursor();
    if (reply->ok()) {
        m_dirty = false;
        Q_EMIT dirtyChanged(false);
        if (reply->object().contains(u"nodes"_s)) {
            m_plan = reply->object();
            showPlan(m_plan);
        }
        updateActions();
        Q_EMIT saved();
        m_workspace.recordChanged(); // the card and its header show what the server stored
        return;
    }
    updateActions();
    const ApiError &error = reply->error();
    if (error.status == 412 || error.code == u"version_conflict"_s) {
        if (!m_conflictBox) {
            m_conflictBox = RecordDialog::createConflictBox(this);
            connect(m_conflictBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
                if (button->objectName() == u"conflictReloadButton"_s)
                    discard();
            });
        }
        showMessage(tr("Someone else changed this contract first. Reload the plan to continue from their version."));
        m_conflictBox->open();
    } else if (!error.field.isEmpty() && (error.code == u"invalid_field"_s || error.status == 400)) {
        showFieldError(FieldError{error.field, error.message});
    } else {
        showMessage(ErrorText::describe(error));
    }
}

void SettlementPlanTab::showFieldError(const FieldError &error)
{
    clearMessages();
    m_invalidField = error.field;
    showMessage(describeFieldError(error));
    const auto [row, field] = nodeField(error.field);
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(PlanNodeModel::columnOfField(field), int(PlanNodeModel::NameColumn));
    m_model->setCellError(row, column, m_message->text());
    const QModelIndex cell = m_model->index(row, column);
    m_table->clearSelection();
    m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(cell);
}

QString SettlementPlanTab::describeFieldError(const FieldError &error) const
{
    const auto [row, field] = nodeField(error.field);
    if (row >= 0 && row < m_model->rowCount()) {
        const PlanNode &node = m_model->node(row);
        const QString name = node.name.trimmed().isEmpty() ? tr("Node %1").arg(row + 1) : Labels::planNodeName(node.name);
        if (field == u"name"_s)
            return tr("Node %1: enter its name (at most 100 characters).").arg(row + 1);
        if (field == u"planned_date"_s)
            return tr("%1: a node due on a fixed date needs its planned date.").arg(name);
        if (field == u"planned"_s) {
            if (node.planned < node.settled())
                return tr("%1: the planned amount cannot be less than what is already invoiced or received (%2).")
                    .arg(name, Format::money(node.settled()));
            return tr("%1: enter the planned amount in %2, at least 0.").arg(name, m_model->currency());
        }
        if (field == u"trigger"_s)
            return tr("%1: choose what triggers the payment.").arg(name);
        if (field == u"id"_s)
            return tr("%1: this node cannot be removed or replaced: something is invoiced or received against it.")
                .arg(name);
        return tr("%1 is not accepted: %2").arg(name, error.message);
    }
    if (error.field == u"nodes"_s) {
        const Money difference = m_model->difference();
        if (m_model->rowCount() == 0)
            return tr("A settlement plan needs at least one node.");
        if (difference.minorUnits() != 0)
            return tr("The plan is not saved: its nodes add up to %1, but the contract amount is %2. Change the "
                      "planned amounts by %3 so that they add up.")
                .arg(Format::money(m_model->total()), Format::money(m_model->amount()),
                     Format::money(difference.minorUnits() > 0 ? difference : -difference));
    }
    return tr("The plan is not saved: %1").arg(error.message);
}

void SettlementPlanTab::showMessage(const QString &text, bool error)
{
    RecordDialog::showMessageIn(m_message, text,
                                error ? RecordDialog::MessageKind::Error : RecordDialog::MessageKind::Notice);
}

void SettlementPlanTab::clearMessages()
{
    m_invalidField.clear();
    m_model->clearCellError();
    m_message->hide();
    m_message->clear();
}

} // namespace Tradewind
