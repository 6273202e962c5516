#include "quoteactions.h"

#include "contractactions.h"
#include "errortext.h"
#include "labels.h"
#include "quote.h"
#include "quotecommentdialog.h"
#include "quoteprinter.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>

#include <memory>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Operation = QuoteActions::Operation;

/** Groups of the menu, in order; a separator goes between them. */
const QList<QList<Operation>> menuGroups = {
    {Operation::Open},
    {Operation::Submit, Operation::Approve, Operation::Reject},
    {Operation::Win, Operation::Lose, Operation::CreateContract},
    {Operation::Revise, Operation::Copy},
    {Operation::PrintPreview, Operation::ExportPdf},
};

/** The ones a list's tool bar shows too; the rest are in its context menu only. */
bool onToolBar(Operation operation)
{
    return operation == Operation::Open || operation == Operation::Submit || operation == Operation::Approve
        || operation == Operation::Reject || operation == Operation::Win || operation == Operation::PrintPreview;
}

QString pathOf(const QJsonObject &quote, const QString &action = {})
{
    const QString path = u"/quotes/%1"_s.arg(quote.value(u"id"_s).toInteger());
    return action.isEmpty() ? path : path + u'/' + action;
}

QString referenceOf(const QJsonObject &quote)
{
    return Labels::quoteReference(quote.value(u"number"_s).toString(), quote.value(u"revision_label"_s).toString());
}

/** Owners act on their quotes; their managers may too (the server knows the chain and decides). */
bool ownsOrLeads(const Employee &user, const QJsonObject &quote)
{
    return quote.value(u"owner_id"_s).toInteger() == user.id || user.hasRole(Roles::SalesManager)
        || user.hasRole(Roles::Executive);
}

} // namespace

QuoteActions::QuoteActions(Workspace &workspace, Source source, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_workspace(workspace)
    , m_source(std::move(source))
    , m_parentWidget(parentWidget)
{
    addAction(Operation::Open, u"quote"_s, tr("&Open"), u"openQuoteAction"_s);
    addAction(Operation::Submit, u"submit"_s, tr("S&ubmit for approval"), u"submitQuoteAction"_s);
    addAction(Operation::Approve, u"approve"_s, tr("&Approve…"), u"approveQuoteAction"_s);
    addAction(Operation::Reject, u"reject"_s, tr("Re&ject…"), u"rejectQuoteAction"_s);
    addAction(Operation::Win, u"won"_s, tr("Mark &won"), u"winQuoteAction"_s);
    addAction(Operation::Lose, QString(), tr("Mark &lost…"), u"loseQuoteAction"_s);
    addAction(Operation::CreateContract, u"contract"_s, tr("Create co&ntract"), u"createContractAction"_s);
    addAction(Operation::Revise, u"revise"_s, tr("New &revision"), u"reviseQuoteAction"_s);
    addAction(Operation::Copy, QString(), tr("&Copy to new quote"), u"copyQuoteAction"_s);
    addAction(Operation::PrintPreview, u"print"_s, tr("P&rint preview…"), u"printPreviewQuoteAction"_s);
    addAction(Operation::ExportPdf, u"pdf"_s, tr("Export P&DF…"), u"exportPdfQuoteAction"_s);
    m_actions.value(Operation::Submit)->setToolTip(tr("Send the quote to your supervisor for approval"));
    m_actions.value(Operation::Win)->setToolTip(tr("The customer accepted: mark the quote and its opportunity won"));
    m_actions.value(Operation::CreateContract)->setToolTip(tr("The customer signed: turn the won quote into a contract "
                                                               "with its settlement plan"));
    m_actions.value(Operation::Revise)->setToolTip(tr("Start the next revision to change the quote; this one stays "
                                                       "readable"));
    m_actions.value(Operation::Copy)->setToolTip(tr("Start a new quote with the same customer, terms and lines"));
}

void QuoteActions::addAction(Operation operation, const QString &icon, const QString &text, const QString &objectName)
{
    auto *action = new QAction(icon.isEmpty() ? QIcon() : QIcon(u":/icons/%1.svg"_s.arg(icon)), text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, [this, operation] { trigger(operation); });
    m_actions.insert(operation, action);
}

void QuoteActions::addToMenu(QMenu *menu, const QList<Operation> &operations) const
{
    for (const QList<Operation> &group : menuGroups) {
        bool separated = menu->isEmpty();
        for (Operation operation : group) {
            if (!operations.contains(operation))
                continue;
            if (!std::exchange(separated, true))
                menu->addSeparator();
            menu->addAction(m_actions.value(operation));
        }
    }
}

void QuoteActions::addTo(ListPage *list, const QList<Operation> &operations)
{
    for (const QList<Operation> &group : menuGroups) {
        bool first = true;
        for (Operation operation : group) {
            if (!operations.contains(operation))
                continue;
            if (std::exchange(first, false))
                list->addRowSeparator();
            const bool open = operation == Operation::Open;
            list->addRowAction(m_actions.value(operation),
                               open ? ListPage::ActionScope::AnySelection : ListPage::ActionScope::SingleSelection,
                               [this, operation] { return isAllowed(operation, m_source()); },
                               onToolBar(operation) ? ListPage::Placement::ToolBarAndMenu
                                                    : ListPage::Placement::MenuOnly);
        }
    }
    // Open works on every selected row: the list knows them.
    QAction *open = m_actions.value(Operation::Open);
    open->disconnect(this);
    connect(open, &QAction::triggered, list, [this, list] {
        for (qint64 id : list->selectedIds())
            if (id > 0)
                m_workspace.openQuote(id);
    });
    connect(list, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0)
            m_workspace.openQuote(id);
    });
    connect(this, &QuoteActions::busyChanged, list, &ListPage::updateActions);
}

void QuoteActions::update()
{
    const QJsonObject quote = m_source();
    for (auto it = m_actions.constBegin(); it != m_actions.constEnd(); ++it)
        it.value()->setEnabled(isAllowed(it.key(), quote));
}

qint64 QuoteActions::pendingApproverId(const QJsonObject &quote)
{
    if (quote.value(u"status"_s).toString() != Quote::StatusSubmitted)
        return 0;
    if (const qint64 id = quote.value(u"awaiting_approver_id"_s).toInteger(); id > 0)
        return id;
    // A whole quote lists its approval steps: the lowest level still pending is the one waited for.
    int level = std::numeric_limits<int>::max();
    qint64 approver = 0;
    for (const QJsonValue &value : quote.value(u"approvals"_s).toArray()) {
        const QuoteApproval approval = QuoteApproval::fromJson(value.toObject());
        if (approval.decision == QuoteApproval::Pending && approval.level < level) {
            level = approval.level;
            approver = approval.approverId;
        }
    }
    return approver;
}

bool QuoteActions::isCurrentRevision(const QJsonObject &quote)
{
    return quote.value(u"superseded_by_id"_s).toInteger() <= 0;
}

bool QuoteActions::isAllowed(Operation operation, const QJsonObject &quote) const
{
    if (quote.isEmpty() || quote.value(u"id"_s).toInteger() <= 0)
        return false;
    if (operation == Operation::Open)
        return true;
    if (m_busy)
        return false;
    const Employee &user = m_workspace.api().currentUser();
    const QString status = quote.value(u"status"_s).toString();
    const bool current = isCurrentRevision(quote);
    switch (operation) {
    case Operation::Open:
        return true;
    case Operation::Submit:
        return current && status == Quote::StatusDraft && ownsOrLeads(user, quote);
    case Operation::Approve:
    case Operation::Reject:
        return pendingApproverId(quote) == user.id;
    case Operation::Win:
        return current && status == Quote::StatusApproved && ownsOrLeads(user, quote);
    case Operation::Lose:
        return current && status != Quote::StatusWon && status != Quote::StatusLost && ownsOrLeads(user, quote);
    case Operation::CreateContract:
        // A won quote becomes one contract; once it has it, the quote says so.
        return status == Quote::StatusWon && quote.value(u"contract_id"_s).toInteger() <= 0
            && ContractActions::mayCreate(user);
    case Operation::Revise:
        return current
            && (status == Quote::StatusSubmitted || status == Quote::StatusApproved || status == Quote::StatusRejected)
            && ownsOrLeads(user, quote);
    case Operation::Copy:
    case Operation::PrintPreview:
    case Operation::ExportPdf:
        return true;
    }
    return false;
}

QuoteCommentDialog *QuoteActions::trigger(Operation operation)
{
    const QJsonObject quote = m_source();
    if (!isAllowed(operation, quote))
        return nullptr;
    switch (operation) {
    case Operation::Open:
        m_workspace.openQuote(quote.value(u"id"_s).toInteger());
        return nullptr;
    case Operation::CreateContract:
        ContractActions::createFromQuote(m_workspace, quote.value(u"id"_s).toInteger(), m_parentWidget);
        return nullptr;
    case Operation::Approve:
    case Operation::Reject:
    case Operation::Lose:
        return ask(operation, quote);
    case Operation::PrintPreview:
    case Operation::ExportPdf:
    case Operation::Submit:
    case Operation::Win:
    case Operation::Revise:
    case Operation::Copy:
        break;
    }
    // A card with unsaved edits saves them first: what is submitted or printed is what the user sees.
    const auto go = [this, operation, quote] {
        if (operation == Operation::PrintPreview || operation == Operation::ExportPdf)
            print(quote, operation == Operation::ExportPdf);
        else
            send(operation, quote, {});
    };
    if (m_prepare)
        m_prepare(go);
    else
        go();
    return nullptr;
}

QuoteCommentDialog *QuoteActions::ask(Operation operation, const QJsonObject &quote)
{
    const QString reference = referenceOf(quote);
    QuoteCommentDialog *dialog = nullptr;
    if (operation == Operation::Approve) {
        dialog = new QuoteCommentDialog(tr("Approve quote"),
                                        tr("Approve %1 for %2? A comment for the owner is optional.")
                                            .arg(reference, quote.value(u"customer_name"_s).toString()),
                                        tr("Approve"), false, m_parentWidget);
    } else if (operation == Operation::Reject) {
        dialog = new QuoteCommentDialog(tr("Reject quote"),
                                        tr("Reject %1? Tell the owner what to change (required).").arg(reference),
                                        tr("Reject"), true, m_parentWidget);
    } else {
        dialog = new QuoteCommentDialog(tr("Quote lost"),
                                        tr("Why did the customer not take %1? (required)").arg(reference),
                                        tr("Mark lost"), true, m_parentWidget);
        if (quote.value(u"opportunity_id"_s).toInteger() > 0)
            dialog->addOption(tr("Also close the opportunity as lost"))->setObjectName(u"closeOpportunityCheck"_s);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, operation, quote] {
        QJsonObject body;
        if (operation == Operation::Lose) {
            body.insert(u"reason"_s, dialog->text());
            body.insert(u"close_opportunity"_s, dialog->optionChecked());
        } else if (!dialog->text().isEmpty() || operation == Operation::Reject) {
            body.insert(u"comment"_s, dialog->text());
        }
        send(operation, quote, body);
    });
    // Not exec(): the window (and tests driving it) keep running while the user writes.
    dialog->open();
    return dialog;
}

void QuoteActions::send(Operation operation, const QJsonObject &quote, const QJsonObject &body)
{
    QString action;
    switch (operation) {
    case Operation::Submit:
        action = u"submit"_s;
        break;
    case Operation::Approve:
        action = u"approve"_s;
        break;
    case Operation::Reject:
        action = u"reject"_s;
        break;
    case Operation::Win:
        action = u"win"_s;
        break;
    case Operation::Lose:
        action = u"lose"_s;
        break;
    case Operation::Revise:
        action = u"revise"_s;
        break;
    case Operation::Copy:
        action = u"copy"_s;
        break;
    case Operation::Open:
    case Operation::CreateContract:
    case Operation::PrintPreview:
    case Operation::ExportPdf:
        return;
    }
    if (m_busy)
        return;
    ApiReply *reply = m_workspace.api().post(pathOf(quote, action), body);
    setBusy(true);
    whenFinished(reply, this, [this, reply, operation, quote] {
        setBusy(false);
        if (!reply->ok()) {
            const ApiError &error = reply->error();
            showFailure(operation, operation == Operation::Submit && error.field == u"lines"_s
                                       ? tr("Add at least one line before submitting the quote.")
                                       : ErrorText::describe(error));
            return;
        }
        const qint64 id = reply->object().value(u"id"_s).toInteger(quote.value(u"id"_s).toInteger());
        m_workspace.recordChanged();
        // A new revision or copy is what the user wants to work on next.
        if (operation == Operation::Revise || operation == Operation::Copy)
            m_workspace.openQuote(id);
        Q_EMIT succeeded(operation, id);
    });
}

void QuoteActions::print(const QJsonObject &quote, bool pdf)
{
    if (m_busy)
        return;
    // The whole quote as stored (lines, addresses) and the letterhead, asked for together.
    struct Pending
    {
        int waiting = 2;
        QJsonObject quote;
        QJsonObject company;
        ApiError error;
    };
    auto pending = std::make_shared<Pending>();
    const Operation operation = pdf ? Operation::ExportPdf : Operation::PrintPreview;
    const auto arrived = [this, pending, pdf, operation] {
        if (--pending->waiting > 0)
            return;
        setBusy(false);
        if (pending->error.kind != ApiError::Kind::None) {
            showFailure(operation, ErrorText::describe(pending->error));
            return;
        }
        const Quote whole = Quote::fromJson(pending->quote);
        const CompanyProfile company = CompanyProfile::fromJson(pending->company);
        if (!pdf)
            QuotePrinting::preview(m_parentWidget, whole, company);
        else if (QuotePrinting::exportPdf(m_parentWidget, whole, company).isEmpty())
            return; // the user cancelled the file dialog
        Q_EMIT succeeded(operation, whole.id);
    };
    const auto collect = [pending, arrived](ApiReply *reply, QJsonObject Pending::*slot) {
        if (reply->ok())
            pending.get()->*slot = reply->object();
        else if (pending->error.kind == ApiError::Kind::None)
            pending->error = reply->error();
        arrived();
    };
    setBusy(true);
    ApiReply *quoteReply = m_workspace.api().get(pathOf(quote));
    ApiReply *companyReply = m_workspace.api().get(u"/settings/company-profile"_s);
    whenFinished(quoteReply, this, [collect, quoteReply] { collect(quoteReply, &Pending::quote); });
    whenFinished(companyReply, this, [collect, companyReply] { collect(companyReply, &Pending::company); });
}

void QuoteActions::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    if (busy)
        m_parentWidget->setCursor(Qt::BusyCursor);
    else
        m_parentWidget->unsetCursor();
    Q_EMIT busyChanged(busy);
}

QString QuoteActions::failureText(Operation operation)
{
    switch (operation) {
    case Operation::Open:
        break;
    case Operation::CreateContract:
        return tr("No contract was created.");
    case Operation::Submit:
        return tr("The quote was not submitted.");
    case Operation::Approve:
        return tr("The quote was not approved.");
    case Operation::Reject:
        return tr("The quote was not rejected.");
    case Operation::Win:
        return tr("The quote was not marked won.");
    case Operation::Lose:
        return tr("The quote was not marked lost.");
    case Operation::Revise:
        return tr("No new revision was started.");
    case Operation::Copy:
        return tr("The quote was not copied.");
    case Operation::PrintPreview:
    case Operation::ExportPdf:
        return tr("The quote cannot be printed now.");
    }
    return tr("The quote could not be opened.");
}

void QuoteActions::showFailure(Operation operation, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quote"), failureText(operation), QMessageBox::Ok,
                                m_parentWidget);
    box->setObjectName(u"quoteActionErrorBox"_s);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT failed(operation, details);
}

void QuoteActions::createFromOpportunity(Workspace &workspace, qint64 opportunityId, QWidget *parent)
{
    ApiReply *reply = workspace.api().post(u"/opportunities/%1/quotes"_s.arg(opportunityId), QJsonObject());
    parent->setCursor(Qt::BusyCursor);
    whenFinished(reply, parent, [&workspace, reply, parent] {
        parent->unsetCursor();
        if (!reply->ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Create quote"),
                                        tr("No quote was created for this opportunity."), QMessageBox::Ok, parent);
            box->setObjectName(u"quoteActionErrorBox"_s);
            box->setInformativeText(ErrorText::describe(reply->error()));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const qint64 id = reply->object().value(u"id"_s).toInteger();
        workspace.recordChanged();
        if (id > 0)
            workspace.openQuote(id);
    });
}

} // namespace Tradewind
