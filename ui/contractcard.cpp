#include "contractcard.h"

#include "changerequestdialog.h"
#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "columnwidths.h"
#include "contractactions.h"
#include "contractchildkinds.h"
#include "contractlistpage.h"
#include "contracttermstab.h"
#include "contractversiondialog.h"
#include "errortext.h"
#include "formatting.h"
#include "historyview.h"
#include "invoicedialog.h"
#include "labels.h"
#include "listcolumns.h"
#include "listpage.h"
#include "paymentdialog.h"
#include "plannodemodel.h"
#include "quotecommentdialog.h"
#include "replyhandling.h"
#include "roles.h"
#include "settlementplantab.h"
#include "workspace.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** "30 % · CNY 300,000.00" */
QString shareText(int basisPoints, const Money &amount)
{
    return ContractCard::tr("%1 · %2", "share and amount").arg(Format::percent(basisPoints), Format::money(amount));
}

/** Why a version was stored: at signing, an adjusted plan, an approved change. */
QString versionReason(const QString &code)
{
    if (code == u"created"_s)
        return ContractCard::tr("Contract created");
    if (code == u"plan"_s)
        return ContractCard::tr("Settlement plan adjusted");
    if (code == u"change"_s)
        return ContractCard::tr("Change approved");
    return code;
}

bool ownsOrLeads(const Employee &user, const Contract &contract)
{
    return contract.ownerId == user.id || user.hasRole(Roles::SalesManager) || user.hasRole(Roles::Executive)
        || user.hasRole(Roles::ContractAdmin);
}

} // namespace

ContractCard::ContractCard(Workspace &workspace, qint64 contractId, QWidget *parent)
    : CardPage(workspace, u"/contracts/%1"_s.arg(contractId), parent)
    , m_contractId(contractId)
{
    setObjectName(u"contractCard"_s);
    buildHeaderButtons();

    QWidget *termsPage = addTabPage(tr("Terms && items"), u"termsTab"_s);
    termsPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_terms = new ContractTermsTab(workspace, contractId, termsPage);
    termsPage->layout()->addWidget(m_terms);
    connect(m_terms, &ContractTermsTab::changeRequested, this, [this] { requestChange(); });

    QWidget *planPage = addTabPage(tr("Settlement plan"), u"planTab"_s);
    planPage->layout()->setContentsMargins(8, 8, 8, 8);
    m_plan = new SettlementPlanTab(workspace, contractId, planPage);
    planPage->layout()->addWidget(m_plan);
    connect(m_plan, &SettlementPlanTab::recordInvoiceRequested, this, [this](qint64 id) { recordInvoice(id); });
    connect(m_plan, &SettlementPlanTab::recordPaymentRequested, this, [this](qint64 id) { recordPayment(id); });
    connect(m_plan, &SettlementPlanTab::milestoneRequested, this,
            [this](const QString &trigger) { submitMilestone(trigger); });
    connect(m_plan, &SettlementPlanTab::dirtyChanged, this, &ContractCard::updateButtons);
    connect(m_terms, &ContractTermsTab::dirtyChanged, this, &ContractCard::updateButtons);

    buildChildTabs();

    QWidget *servicePage = addTabPage(tr("Service orders"), u"serviceOrdersTab"_s);
    auto *serviceText = new QLabel(tr("Service orders for this contract will be listed here once the service module "
                                      "is available."),
                                   servicePage);
    serviceText->setObjectName(u"serviceOrdersPlaceholder"_s);
    serviceText->setAlignment(Qt::AlignCenter);
    serviceText->setWordWrap(true);
    serviceText->setEnabled(false);
    servicePage->layout()->addWidget(serviceText);

    QWidget *historyPage = addTabPage(tr("History"), u"historyTab"_s);
    m_history = new HistoryView(workspace.api(), &ContractCard::fieldLabel, &ContractCard::valueText, historyPage);
    m_history->setObjectName(u"historyView"_s);
    historyPage->layout()->addWidget(m_history);

    // Ctrl+S saves whichever of the editable tabs has edits.
    auto *saveAction = new QAction(tr("&Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_terms->hasUnsavedChanges())
            m_terms->save();
        if (m_plan->hasUnsavedChanges())
            m_plan->save();
    });
    addAction(saveAction);
    refresh();
}

QString ContractCard::documentKey() const
{
    return u"contract:%1"_s.arg(m_contractId);
}

QIcon ContractCard::icon() const
{
    return QIcon(u":/icons/contract.svg"_s);
}

QString ContractCard::placeholderTitle() const
{
    return tr("Contract %1").arg(m_contractId);
}

bool ContractCard::hasUnsavedChanges() const
{
    return m_terms->hasUnsavedChanges() || m_plan->hasUnsavedChanges();
}

// ---------------------------------------------------------------------------------------------------------
// Building

void ContractCard::buildHeaderButtons()
{
    m_activateButton = addHeaderButton(QIcon(u":/icons/approve.svg"_s), tr("&Activate"), u"activateButton"_s);
    m_activateButton->setToolTip(tr("The contract is signed: put it in force"));
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Activate contract"),
                                    tr("Put %1 in force?").arg(m_contract.number), QMessageBox::Yes | QMessageBox::Cancel,
                                    this);
        box->setObjectName(u"confirmTransitionBox"_s);
        box->setInformativeText(tr("From then on its amount, items and terms change only through an approved "
                                   "contract change."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Yes)
                transition(Contract::StatusActive);
        });
        box->open();
    });
    m_changeButton = addHeaderButton(QIcon(u":/icons/revise.svg"_s), tr("Request &change…"), u"requestChangeButton"_s);
    m_changeButton->setToolTip(tr("A new amount or new terms, to be approved"));
    connect(m_changeButton, &QPushButton::clicked, this, [this] { requestChange(); });
    m_completeButton = addHeaderButton(QIcon(u":/icons/won.svg"_s), tr("Co&mplete"), u"completeButton"_s);
    m_completeButton->setToolTip(tr("Everything is delivered and settled: close the contract"));
    connect(m_completeButton, &QPushButton::clicked, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Complete contract"),
                                    tr("Mark %1 completed?").arg(m_contract.number),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(u"confirmTransitionBox"_s);
        if (m_contract.outstanding.isValid() && m_contract.outstanding.minorUnits() > 0)
            box->setInformativeText(tr("%1 is still outstanding on it.").arg(Format::money(m_contract.outstanding)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result == QMessageBox::Yes)
                transition(Contract::StatusCompleted);
        });
        box->open();
    });
    m_terminateButton = addHeaderButton(QIcon(u":/icons/reject.svg"_s), tr("&Terminate…"), u"terminateButton"_s);
    connect(m_terminateButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QuoteCommentDialog(tr("Terminate contract"),
                                              tr("Why is %1 terminated? (required)").arg(m_contract.number),
                                              tr("Terminate"), true, this);
        dialog->setObjectName(u"terminateDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { transition(Contract::StatusTerminated, dialog->text()); });
        dialog->open();
    });
    for (QPushButton *button : {m_activateButton, m_changeButton, m_completeButton, m_terminateButton})
        button->hide(); // until the contract has loaded and says what is possible
}

void ContractCard::buildChildTabs()
{
    const QList<ChildKind> kinds = {ContractChildKinds::milestones(), ContractChildKinds::stocking(),
                                    ContractChildKinds::shipments(), ContractChildKinds::invoices(),
                                    ContractChildKinds::payments()};
    for (const ChildKind &kind : kinds) {
        QWidget *page = addTabPage(kind.title, kind.objectName + u"Tab"_s);
        page->layout()->setContentsMargins(0, 4, 0, 0);
        auto *tab = new ChildRecordsTab(workspace(), kind, m_contractId, page);
        page->layout()->addWidget(tab);
        m_childTabs.append(tab);
        connect(tab, &ChildRecordsTab::countChanged, this, [this, tab] { updateChildTabTitle(tab); });
    }
    addDecisionActions(childTab(u"milestones"_s), u"milestones"_s);

    const auto mayRecord = [this] {
        return state() == State::Ready && ContractChildKinds::mayRecordMoney(workspace().api().currentUser());
    };
    auto *invoice = new QAction(QIcon(u":/icons/invoice.svg"_s), tr("Record &invoice…"), this);
    invoice->setObjectName(u"recordInvoiceAction"_s);
    connect(invoice, &QAction::triggered, this, [this] { recordInvoice(); });
    childTab(u"invoices"_s)->listPage()->addRowAction(invoice, ListPage::ActionScope::Always, mayRecord);
    auto *payment = new QAction(QIcon(u":/icons/payment.svg"_s), tr("Record &payment…"), this);
    payment->setObjectName(u"recordPaymentAction"_s);
    connect(payment, &QAction::triggered, this, [this] { recordPayment(); });
    childTab(u"payments"_s)->listPage()->addRowAction(payment, ListPage::ActionScope::Always, mayRecord);

    buildChangesTab();
}

void ContractCard::buildChangesTab()
{
    const ChildKind kind = ContractChildKinds::changes();
    QWidget *page = addTabPage(kind.title, u"changesTab"_s);
    page->layout()->setContentsMargins(0, 4, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    auto *changes = new ChildRecordsTab(workspace(), kind, m_contractId, splitter);
    m_childTabs.append(changes);
    connect(changes, &ChildRecordsTab::countChanged, this, [this, changes] { updateChildTabTitle(changes); });
    auto *request = new QAction(QIcon(u":/icons/revise.svg"_s), tr("Request &change…"), this);
    request->setObjectName(u"requestChangeAction"_s);
    connect(request, &QAction::triggered, this, [this] { requestChange(); });
    changes->listPage()->addRowAction(request, ListPage::ActionScope::Always, [this] {
        return m_contract.status == Contract::StatusActive && ownsOrLeads(workspace().api().currentUser(), m_contract);
    });
    addDecisionActions(changes, u"changes"_s);

    // The versions: one at signing, one per approved change and adjusted plan.
    auto *versionsArea = new QWidget(splitter);
    auto *caption = new QLabel(tr("Versions"), versionsArea);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    const QList<ListColumn> columns = {
        {tr("Version"), [](const QJsonObject &row) -> QVariant { return row.value(u"revision"_s).toInt(); }, QString(),
         Qt::AlignRight | Qt::AlignVCenter},
        ListColumns::timestamp(tr("Saved"), u"created_at"_s),
        {tr("Why"), [](const QJsonObject &row) -> QVariant { return versionReason(row.value(u"reason"_s).toString()); },
         QString()},
        {tr("Amount"),
         [](const QJsonObject &row) -> QVariant {
             const QJsonValue amount = row.value(u"snapshot"_s).toObject().value(u"contract"_s).toObject().value(u"amount"_s);
             return Format::money(Money::fromJson(amount).value_or(Money()));
         },
         QString(), Qt::AlignRight | Qt::AlignVCenter},
        ListColumns::text(tr("By"), u"created_by_name"_s)};
    auto *model = new RemoteListModel(&workspace().api(), resourcePath() + u"/versions"_s, columns);
    m_versions = new ListPage(model, u"contractCard-versions"_s, versionsArea);
    m_versions->setObjectName(u"versionList"_s);
    m_versions->view()->setObjectName(u"versionTable"_s);
    m_versions->searchEdit()->hide();
    m_versions->setCountText([](qint64 n) { return tr("%n version(s)", nullptr, int(n)); });
    setDefaultColumnWidths(*m_versions, u"contractCard-versions"_s, {8, 20, 26, 20, 14});
    auto *view = new QAction(QIcon(u":/icons/contract.svg"_s), tr("&View version"), this);
    view->setObjectName(u"viewVersionAction"_s);
    const auto showVersion = [this](int row) {
        const QJsonObject version = m_versions->model()->rowObject(row);
        if (version.isEmpty())
            return;
        auto *dialog = new ContractVersionDialog(version, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    connect(view, &QAction::triggered, this, [this, showVersion] {
        const QModelIndexList rows = m_versions->view()->selectionModel()->selectedRows();
        if (rows.size() == 1)
            showVersion(rows.constFirst().row());
    });
    m_versions->addRowAction(view, ListPage::ActionScope::SingleSelection);
    connect(m_versions->view(), &QTableView::doubleClicked, this,
            [showVersion](const QModelIndex &index) { showVersion(index.row()); });
    auto *versionsLayout = new QVBoxLayout(versionsArea);
    versionsLayout->setContentsMargins(0, 8, 0, 0);
    caption->setContentsMargins(8, 0, 8, 0); // in line with the list below
    versionsLayout->setSpacing(2);
    versionsLayout->addWidget(caption);
    versionsLayout->addWidget(m_versions, 1);
    splitter->addWidget(changes);
    splitter->addWidget(versionsArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    page->layout()->addWidget(splitter);
}

void ContractCard::addDecisionActions(ChildRecordsTab *tab, const QString &path)
{
    const auto selected = [tab]() -> QJsonObject {
        const QList<qint64> ids = tab->listPage()->selectedIds();
        const RemoteListModel *model = tab->listPage()->model();
        return ids.size() == 1 ? model->rowObject(model->rowOfId(ids.constFirst())) : QJsonObject();
    };
    // Contract administrators confirm milestones; amount and term changes are for the owner's supervisors.
    const bool contractAdminsDecide = path == u"milestones"_s;
    const auto permitted = [this, selected, contractAdminsDecide] {
        return ContractChildKinds::mayDecide(workspace().api().currentUser(), record(), selected(), contractAdminsDecide);
    };
    auto *approve = new QAction(QIcon(u":/icons/approve.svg"_s), tr("&Approve…"), this);
    approve->setObjectName(path + u"ApproveAction"_s);
    connect(approve, &QAction::triggered, this, [this, path] { decide(path, true); });
    auto *reject = new QAction(QIcon(u":/icons/reject.svg"_s), tr("Re&ject…"), this);
    reject->setObjectName(path + u"RejectAction"_s);
    connect(reject, &QAction::triggered, this, [this, path] { decide(path, false); });
    tab->listPage()->addRowSeparator();
    tab->listPage()->addRowAction(approve, ListPage::ActionScope::SingleSelection, permitted);
    tab->listPage()->addRowAction(reject, ListPage::ActionScope::SingleSelection, permitted);
    m_approveActions.insert(path, approve);
    m_rejectActions.insert(path, reject);
}

QAction *ContractCard::approveAction(const QString &path) const
{
    return m_approveActions.value(path);
}

QAction *ContractCard::rejectAction(const QString &path) const
{
    return m_rejectActions.value(path);
}

ChildRecordsTab *ContractCard::childTab(const QString &path) const
{
    for (ChildRecordsTab *tab : m_childTabs)
        if (tab->kind().path == path)
            return tab;
    return nullptr;
}

void ContractCard::updateChildTabTitle(ChildRecordsTab *tab)
{
    QWidget *page = tab->parentWidget();
    while (page && tabs()->indexOf(page) < 0)
        page = page->parentWidget();
    const int index = page ? tabs()->indexOf(page) : -1;
    if (index < 0)
        return;
    tabs()->setTabText(index, tab->isLoaded() ? tr("%1 (%2)").arg(tab->kind().title).arg(tab->count())
                                              : tab->kind().title);
}

// ---------------------------------------------------------------------------------------------------------
// Showing the record

void ContractCard::reloadRelated()
{
    m_history->load(resourcePath() + u"/history"_s);
    m_plan->reload();
    m_versions->model()->reload();
    for (ChildRecordsTab *tab : std::as_const(m_childTabs))
        tab->reload();
}

void ContractCard::populate(const QJsonObject &record)
{
    m_contract = Contract::fromJson(record);
    const Contract &contract = m_contract;

    setHeaderTitle(contract.number);
    QString subtitle = Labels::contractType(contract.contractType);
    if (contract.revision > 1)
        subtitle = tr("%1 · version %2").arg(subtitle).arg(contract.revision);
    setSubtitle(subtitle);
    const bool overdue = contract.overdue.isValid() && contract.overdue.minorUnits() > 0;
    QList<Chip> chips{{Labels::contractStatus(contract.status), ContractListPage::statusTone(contract.status)}};
    if (overdue)
        chips.append({tr("Overdue"), Tone::Danger});
    else if (contract.receivedBasisPoints() >= BasisPointsPerWhole)
        chips.append({tr("Fully received"), Tone::Success});
    setChips(chips);

    const Money zero = Money::zero(contract.currency);
    const Money received = contract.received.isValid() ? contract.received : zero;
    const Money invoiced = contract.invoiced.isValid() ? contract.invoiced : zero;
    QString nextDue;
    if (!contract.nextDueNodeName.isEmpty()) {
        const QString name = Labels::planNodeName(contract.nextDueNodeName);
        const QString date = contract.nextDueDate.isValid() ? Format::date(contract.nextDueDate) : tr("date open");
        nextDue = contract.nextDueAmount.isValid()
            ? tr("%1 · %2 · %3", "node, date and amount").arg(name, date, Format::money(contract.nextDueAmount))
            : tr("%1 · %2", "node and date").arg(name, date);
    } else if (contract.amount.isValid() && !(received < contract.amount)) {
        nextDue = tr("Nothing more to collect");
    }
    const qint64 customerId = contract.customerId;
    Fact overdueFact{tr("Overdue"), overdue ? Format::money(contract.overdue) : tr("None"), u"factOverdue"_s, {}};
    overdueFact.tone = overdue ? Tone::Danger : Tone::Neutral;
    Fact receivedFact{tr("Received"), shareText(contract.receivedBasisPoints(), received), u"factReceived"_s, {}};
    receivedFact.progress = contract.receivedBasisPoints();
    Fact invoicedFact{tr("Invoiced"), shareText(contract.invoicedBasisPoints(), invoiced), u"factInvoiced"_s, {}};
    invoicedFact.progress = contract.invoicedBasisPoints();
    setFacts({{tr("Customer"), contract.customerName, u"customerLink"_s,
               [this, customerId] { workspace().openPartner(customerId); }},
              {tr("Amount (tax included)"), Format::money(contract.amount), u"factAmount"_s, {}},
              receivedFact,
              invoicedFact,
              {tr("Next due"), nextDue, u"factNextDue"_s, {}},
              overdueFact,
              {tr("Owner"), contract.ownerName, u"factOwner"_s, {}},
              {tr("Signed"), Format::date(contract.signingDate), u"factSigned"_s, {}}});

    m_terms->setContract(record, etag());
    m_plan->setContract(record, etag());
    for (ChildRecordsTab *tab : std::as_const(m_childTabs))
        tab->setParentRecord(record);
    updateButtons();
}

void ContractCard::updateButtons()
{
    const Employee &user = workspace().api().currentUser();
    const bool ready = state() == State::Ready && !m_busy;
    const bool mayAct = ownsOrLeads(user, m_contract);
    const QString &status = m_contract.status;
    m_activateButton->setVisible(status == Contract::StatusDraft && mayAct);
    m_changeButton->setVisible(status == Contract::StatusActive && mayAct);
    m_completeButton->setVisible(status == Contract::StatusActive && mayAct);
    m_terminateButton->setVisible((status == Contract::StatusDraft || status == Contract::StatusActive) && mayAct);
    // Nothing moves on while edits wait to be saved.
    const bool clean = !hasUnsavedChanges();
    for (QPushButton *button : {m_activateButton, m_changeButton, m_completeButton, m_terminateButton})
        button->setEnabled(ready && clean);
}

// ---------------------------------------------------------------------------------------------------------
// Acting

void ContractCard::transition(const QString &status, const QString &reason)
{
    if (m_busy || state() != State::Ready)
        return;
    QJsonObject body{{u"status"_s, status}};
    if (!reason.isEmpty())
        body.insert(u"termination_reason"_s, reason);
    ApiReply *reply = workspace().api().patch(resourcePath(), body, etag());
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    whenFinished(reply, this, [this, reply, status] {
        m_busy = false;
        unsetCursor();
        updateButtons();
        if (reply->ok()) {
            workspace().recordChanged();
            return;
        }
        const QString what = status == Contract::StatusActive      ? tr("The contract was not activated.")
                             : status == Contract::StatusCompleted ? tr("The contract was not completed.")
                                                                   : tr("The contract was not terminated.");
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Contract"), what, QMessageBox::Ok, this);
        box->setObjectName(u"contractActionErrorBox"_s);
        box->setInformativeText(reply->error().status == 412
                                    ? tr("Someone else changed the contract first. It has been reloaded; try again.")
                                    : ErrorText::describe(reply->error()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        if (reply->error().status == 412)
            refresh();
    });
}

InvoiceDialog *ContractCard::recordInvoice(qint64 nodeId)
{
    if (state() != State::Ready || !m_plan->isLoaded())
        return nullptr;
    auto *dialog = new InvoiceDialog(workspace(), record(), m_plan->model()->nodes(), nodeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PaymentDialog *ContractCard::recordPayment(qint64 nodeId)
{
    if (state() != State::Ready || !m_plan->isLoaded())
        return nullptr;
    auto *dialog = new PaymentDialog(workspace(), record(), m_plan->model()->nodes(), nodeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ChildRecordDialog *ContractCard::submitMilestone(const QString &trigger)
{
    ChildRecordsTab *tab = childTab(u"milestones"_s);
    ChildRecordDialog *dialog = state() == State::Ready ? tab->addRecord() : nullptr;
    if (dialog && !trigger.isEmpty())
        dialog->preset({{u"trigger"_s, trigger}});
    return dialog;
}

ChangeRequestDialog *ContractCard::requestChange()
{
    if (state() != State::Ready)
        return nullptr;
    auto *dialog = new ChangeRequestDialog(workspace(), record(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saved, this, [this] {
        tabs()->setCurrentWidget(findChild<QWidget *>(u"changesTab"_s));
    });
    dialog->open();
    return dialog;
}

QuoteCommentDialog *ContractCard::decide(const QString &path, bool approve)
{
    ChildRecordsTab *tab = childTab(path);
    const QList<qint64> ids = tab ? tab->listPage()->selectedIds() : QList<qint64>();
    if (ids.size() != 1)
        return nullptr;
    const QJsonObject row = tab->listPage()->model()->rowObject(tab->listPage()->model()->rowOfId(ids.constFirst()));
    return ContractActions::decideRequest(workspace(), path, row, approve, this);
}

// ---------------------------------------------------------------------------------------------------------
// History

QString ContractCard::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"contract_type"_s, QT_TR_NOOP("Type")},
        {u"customer_name"_s, QT_TR_NOOP("Customer")},
        {u"owner_name"_s, QT_TR_NOOP("Owner")},
        {u"amount"_s, QT_TR_NOOP("Amount")},
        {u"revision"_s, QT_TR_NOOP("Version")},
        {u"signing_date"_s, QT_TR_NOOP("Signing date")},
        {u"delivery_terms"_s, QT_TR_NOOP("Delivery terms")},
        {u"acceptance_terms"_s, QT_TR_NOOP("Acceptance terms")},
        {u"payment_terms"_s, QT_TR_NOOP("Payment terms")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"items"_s, QT_TR_NOOP("Items")},
        {u"plan"_s, QT_TR_NOOP("Settlement plan")},
        {u"nodes"_s, QT_TR_NOOP("Settlement plan")},
        {u"termination_reason"_s, QT_TR_NOOP("Termination reason")},
        {u"invoiced"_s, QT_TR_NOOP("Invoiced")},
        {u"received"_s, QT_TR_NOOP("Received")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

QString ContractCard::valueText(const QString &field, const QJsonValue &value)
{
    if (field == u"status"_s)
        return Labels::contractStatus(value.toString());
    if (field == u"contract_type"_s)
        return Labels::contractType(value.toString());
    if (field == u"amount"_s || field == u"invoiced"_s || field == u"received"_s)
        return Format::money(Money::fromJson(value).value_or(Money()));
    if (field == u"signing_date"_s)
        return Format::date(QDate::fromString(value.toString(), Qt::ISODate));
    if (field == u"items"_s)
        return tr("%n item(s)", nullptr, int(value.toArray().size()));
    if (field == u"plan"_s || field == u"nodes"_s) {
        // Each node by name, amount and due date: "Advance payment 300,000.00 due 12/14/2026; …".
        QStringList nodes;
        const QJsonArray array = value.isObject() ? value.toObject().value(u"nodes"_s).toArray() : value.toArray();
        for (const QJsonValue &node : array) {
            const PlanNode plan = PlanNode::fromJson(node.toObject());
            const QString name = Labels::planNodeName(plan.name);
            nodes.append(plan.dueDate().isValid()
                             ? tr("%1 %2 due %3", "node, amount and due date")
                                   .arg(name, Format::amount(plan.planned), Format::date(plan.dueDate()))
                             : tr("%1 %2", "node and amount").arg(name, Format::amount(plan.planned)));
        }
        return nodes.join(tr("; "));
    }
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    return value.toString();
}

} // namespace Tradewind
