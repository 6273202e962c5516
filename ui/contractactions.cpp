#include "contractactions.h"

#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "quotecommentdialog.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QDate>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Tradewind {

void ContractActions::createFromQuote(Workspace &workspace, qint64 quoteId, QWidget *parent)
{
    create(workspace, u"/quotes/%1/contract"_s.arg(quoteId), parent);
}

void ContractActions::createFromOpportunity(Workspace &workspace, qint64 opportunityId, QWidget *parent)
{
    create(workspace, u"/opportunities/%1/contract"_s.arg(opportunityId), parent);
}

bool ContractActions::mayCreate(const Employee &user)
{
    return user.hasRole(Roles::Salesperson) || user.hasRole(Roles::SalesManager) || user.hasRole(Roles::ContractAdmin)
        || user.hasRole(Roles::Executive);
}

QuoteCommentDialog *ContractActions::decideRequest(Workspace &workspace, const QString &path, const QJsonObject &request,
                                                   bool approve, QWidget *parent)
{
    const bool milestone = path == u"milestones"_s;
    const QString subject = milestone ? Labels::settlementTrigger(request.value(u"trigger"_s).toString())
                                      : request.value(u"reason"_s).toString().simplified().left(60);
    QuoteCommentDialog *dialog = nullptr;
    if (approve)
        dialog = new QuoteCommentDialog(milestone ? tr("Approve milestone") : tr("Approve contract change"),
                                        milestone ? tr("Confirm that %1 was achieved on %2? A comment is optional.")
                                                        .arg(subject, Format::date(QDate::fromString(
                                                                          request.value(u"achieved_on"_s).toString(), Qt::ISODate)))
                                                  : tr("Approve the change “%1”? A comment is optional.").arg(subject),
                                        tr("Approve"), false, parent);
    else
        dialog = new QuoteCommentDialog(milestone ? tr("Reject milestone") : tr("Reject contract change"),
                                        tr("Why is “%1” rejected? (required)").arg(subject), tr("Reject"), true, parent);
    dialog->setObjectName(approve ? u"approveRequestDialog"_s : u"rejectRequestDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString url = u"/contracts/%1/%2/%3/%4"_s.arg(request.value(u"contract_id"_s).toInteger())
                            .arg(path)
                            .arg(request.value(u"id"_s).toInteger())
                            .arg(approve ? u"approve"_s : u"reject"_s);
    QObject::connect(dialog, &QDialog::accepted, parent, [&workspace, dialog, url, approve, parent] {
        QJsonObject body;
        if (!dialog->text().isEmpty())
            body.insert(u"comment"_s, dialog->text());
        ApiReply *reply = workspace.api().post(url, body);
        whenFinished(reply, parent, [&workspace, reply, approve, parent] {
            if (reply->ok()) {
                workspace.recordChanged();
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Contract"),
                                        approve ? tr("The request was not approved.") : tr("The request was not rejected."),
                                        QMessageBox::Ok, parent);
            box->setObjectName(u"contractActionErrorBox"_s);
            box->setInformativeText(reply->error().status == 403
                                        ? tr("Requests are decided by the owner's managers, contract administrators "
                                             "or executives, and never by the person who made them.")
                                        : ErrorText::describe(reply->error()));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
    dialog->open();
    return dialog;
}

void ContractActions::create(Workspace &workspace, const QString &path, QWidget *parent)
{
    ApiReply *reply = workspace.api().post(path, QJsonObject());
    parent->setCursor(Qt::BusyCursor);
    whenFinished(reply, parent, [&workspace, reply, parent] {
        parent->unsetCursor();
        if (reply->ok()) {
            const qint64 id = reply->object().value(u"id"_s).toInteger();
            workspace.recordChanged();
            if (id > 0)
                workspace.openContract(id);
            return;
        }
        const ApiError &error = reply->error();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Create contract"), tr("No contract was created."),
                                    QMessageBox::Ok, parent);
        box->setObjectName(u"contractActionErrorBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        const qint64 existing = error.body.value(u"contract_id"_s).toInteger();
        if (error.code == u"contract_exists"_s) {
            box->setIcon(QMessageBox::Information);
            box->setText(tr("This quote already has a contract."));
            if (existing > 0) {
                box->setInformativeText(tr("A won quote becomes one contract. Open the contract to work on it."));
                QAbstractButton *open = box->addButton(tr("Open contract"), QMessageBox::AcceptRole);
                open->setObjectName(u"openExistingContractButton"_s);
                QObject::connect(open, &QAbstractButton::clicked, parent,
                                 [&workspace, existing] { workspace.openContract(existing); });
            }
        } else if (error.code == u"not_won"_s || error.status == 409) {
            box->setInformativeText(tr("Only a won quote, or a won opportunity with its won quote, becomes a contract."));
        } else {
            box->setInformativeText(ErrorText::describe(error));
        }
        box->open();
    });
}

} // namespace Tradewind
