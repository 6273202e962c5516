#include "contractactions.h"

#include "errortext.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QAbstractButton>
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
