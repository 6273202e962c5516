#include "supervisorview.h"

#include "columnwidths.h"
#include "errortext.h"
#include "orgtreemodel.h"
#include "quoteactions.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QString headerSettingsKey = u"team/header"_s;
/** The server's limit for a reassignment reason. */
constexpr int MaxReasonLength = 500;

} // namespace

SupervisorView::SupervisorView(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
    , m_model(new OrgTreeModel(&workspace.api(), this))
    , m_view(new QTreeView(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"supervisorView"_s);
    m_model->setObjectName(u"orgTreeModel"_s);

    m_message->setObjectName(u"teamMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *hint = new QLabel(tr("Drag opportunities onto a person, or right-click them, to reassign them."), this);
    hint->setObjectName(u"teamHint"_s);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: #616161;"_s);

    m_view->setObjectName(u"teamTree"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(true); // drop on a person, not between rows
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setAutoExpandDelay(700); // hovering over a collapsed person while dragging opens them
    m_view->setExpandsOnDoubleClick(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setColumnWidthsInCharacters(m_view, {44, 30, 12, 8, 8, 14});
    m_view->header()->restoreState(QSettings().value(headerSettingsKey).toByteArray());
    // The names take whatever width the window has; the numbers keep theirs.
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_view, &QTreeView::customContextMenuRequested, this, &SupervisorView::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (m_model->kind(index) == OrgTreeModel::NodeKind::Opportunity)
            m_workspace.openOpportunity(m_model->id(index));
    });
    connect(m_model, &OrgTreeModel::reassignRequested, this,
            [this](const QList<qint64> &ids, qint64 to) { reassign(ids, to); });
    connect(m_model, &OrgTreeModel::treeLoaded, this, [this] {
        if (!isBusy())
            showMessage({}, false);
        if (std::exchange(m_expandOnLoad, false))
            expandDepartments();
    });
    connect(m_model, &OrgTreeModel::modelReset, this, [this] { m_expandOnLoad = true; });
    connect(m_model, &OrgTreeModel::loadFailed, this, [this](const ApiError &error) {
        showMessage(tr("The team could not be loaded: %1").arg(ErrorText::describe(error)), true);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    m_model->reload();
}

SupervisorView::~SupervisorView()
{
    QSettings().setValue(headerSettingsKey, m_view->header()->saveState());
    abandon(m_reassignReply, this);
}

QString SupervisorView::documentKey() const
{
    return u"team"_s;
}

QString SupervisorView::title() const
{
    return tr("Team");
}

QIcon SupervisorView::icon() const
{
    return QIcon(u":/icons/team.svg"_s);
}

void SupervisorView::refresh()
{
    m_model->reload();
}

QString SupervisorView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SupervisorView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void SupervisorView::expandDepartments()
{
    // Down to the people; their opportunities are fetched when someone opens them.
    for (const QModelIndex &department : m_model->departmentIndexes())
        m_view->expand(department);
}

QString SupervisorView::personName(qint64 employeeId) const
{
    return m_model->rowObject(m_model->personIndex(employeeId)).value(u"name"_s).toString();
}

QList<qint64> SupervisorView::selectedOpportunityIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (m_model->kind(index) == OrgTreeModel::NodeKind::Opportunity && !ids.contains(m_model->id(index)))
            ids.append(m_model->id(index));
    return ids;
}

QInputDialog *SupervisorView::reassign(const QList<qint64> &opportunityIds, qint64 toEmployeeId)
{
    if (opportunityIds.isEmpty() || toEmployeeId <= 0 || isBusy() || m_reasonDialog)
        return nullptr;
    const QString name = personName(toEmployeeId);
    QString question;
    if (opportunityIds.size() == 1) {
        const QString title = m_model->rowObject(m_model->opportunityIndex(opportunityIds.constFirst())).value(u"title"_s).toString();
        question = title.isEmpty() ? tr("Reassign the opportunity to %1.").arg(name)
                                   : tr("Reassign “%1” to %2.").arg(title, name);
    } else {
        question = tr("Reassign %n opportunities to %1.", nullptr, int(opportunityIds.size())).arg(name);
    }

    // Not exec(): the window (and the tests driving it) keep running while the user writes the reason.
    auto *dialog = new QInputDialog(this);
    m_reasonDialog = dialog;
    dialog->setObjectName(u"reassignReasonDialog"_s);
    dialog->setWindowTitle(tr("Reassign opportunities"));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setLabelText(question + u'\n' + tr("Reason (the old and new owner will see it):"));
    dialog->setOkButtonText(tr("Reassign"));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->resize(qMax(dialog->sizeHint().width(), 460), dialog->sizeHint().height());
    connect(dialog, &QInputDialog::finished, this, [this, dialog, opportunityIds, toEmployeeId](int result) {
        const QString reason = dialog->textValue().trimmed();
        dialog->deleteLater();
        m_reasonDialog = nullptr;
        if (result == QDialog::Accepted && !reason.isEmpty())
            sendReassignment(opportunityIds, toEmployeeId, reason);
    });
    dialog->open();
    // The reason is required: OK stays disabled until there is one.
    if (auto *edit = dialog->findChild<QLineEdit *>()) {
        edit->setObjectName(u"reasonEdit"_s);
        edit->setMaxLength(MaxReasonLength);
    }
    if (auto *buttons = dialog->findChild<QDialogButtonBox *>()) {
        if (QPushButton *ok = buttons->button(QDialogButtonBox::Ok)) {
            ok->setObjectName(u"reassignButton"_s);
            ok->setEnabled(false);
            connect(dialog, &QInputDialog::textValueChanged, ok,
                    [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
        }
    }
    return dialog;
}

void SupervisorView::sendReassignment(const QList<qint64> &opportunityIds, qint64 toEmployeeId, const QString &reason)
{
    ApiReply *reply = nullptr;
    if (opportunityIds.size() == 1) {
        reply = m_workspace.api().post(u"/opportunities/%1/reassign"_s.arg(opportunityIds.constFirst()),
                                       QJsonObject{{u"to"_s, toEmployeeId}, {u"reason"_s, reason}});
    } else {
        QJsonArray ids;
        for (const qint64 id : opportunityIds)
            ids.append(id);
        reply = m_workspace.api().post(u"/opportunities/reassign"_s,
                                       QJsonObject{{u"ids"_s, ids}, {u"to"_s, toEmployeeId}, {u"reason"_s, reason}});
    }
    m_reassignReply = reply;
    showMessage(tr("Reassigning to %1…").arg(personName(toEmployeeId)), false);
    whenFinished(reply, this, [this, reply, opportunityIds, toEmployeeId] {
        if (reply != m_reassignReply)
            return;
        m_reassignReply = nullptr;
        if (!reply->ok()) {
            showMessage(tr("The opportunities were not reassigned: %1").arg(ErrorText::describe(reply->error())), true);
            return;
        }
        showMessage({}, false);
        // The counts of both people and their rows change at once; open lists and cards follow.
        m_model->reload();
        Q_EMIT reassigned(opportunityIds, toEmployeeId);
        m_workspace.recordChanged();
    });
}

QMenu *SupervisorView::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"teamContextMenu"_s);
    const QList<qint64> ids = selectedOpportunityIds();
    QAction *open = menu->addAction(QIcon(u":/icons/opportunity.svg"_s), tr("&Open"), this, [this, ids] {
        for (const qint64 id : ids)
            m_workspace.openOpportunity(id);
    });
    open->setObjectName(u"openOpportunityAction"_s);
    open->setEnabled(!ids.isEmpty());
    QAction *quote = menu->addAction(QIcon(u":/icons/quote.svg"_s), tr("Create &quote"), this, [this, ids] {
        if (ids.size() == 1)
            QuoteActions::createFromOpportunity(m_workspace, ids.constFirst(), this);
    });
    quote->setObjectName(u"createQuoteAction"_s);
    quote->setEnabled(ids.size() == 1);

    QMenu *people = menu->addMenu(tr("&Reassign to…"));
    people->setObjectName(u"reassignMenu"_s);
    people->menuAction()->setObjectName(u"reassignToAction"_s);
    people->setEnabled(!ids.isEmpty() && !isBusy());
    // Owners of the selection: a person who already owns every selected opportunity is no target.
    QSet<qint64> owners;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (m_model->kind(index) == OrgTreeModel::NodeKind::Opportunity)
            owners.insert(m_model->id(index.parent()));
    for (const QModelIndex &person : m_model->personIndexes()) {
        const QJsonObject employee = m_model->rowObject(person);
        if (!employee.value(u"active"_s).toBool(true))
            continue;
        const qint64 employeeId = m_model->id(person);
        QAction *action = people->addAction(employee.value(u"name"_s).toString(), this,
                                            [this, ids, employeeId] { reassign(ids, employeeId); });
        action->setObjectName(u"reassignTo_%1"_s.arg(employee.value(u"login"_s).toString()));
        action->setEnabled(!(owners.size() == 1 && owners.contains(employeeId)));
    }
    menu->addSeparator();
    menu->addAction(QIcon(u":/icons/refresh.svg"_s), tr("Re&fresh"), this, &SupervisorView::refresh);
    return menu;
}

void SupervisorView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

} // namespace Tradewind
