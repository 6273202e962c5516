#pragma once

#include <QCoreApplication>

class QJsonObject;
class QWidget;

namespace Tradewind {

struct Employee;
class QuoteCommentDialog;
class Workspace;

/**
 * Contracts are created downstream (合同由成单生成): from a won quote (POST /quotes/{id}/contract) or from a won
 * opportunity (POST /opportunities/{id}/contract, which uses its won quote). The new draft opens in its tab;
 * when the quote already has a contract, the user is offered that one instead.
 */
class ContractActions
{
    Q_DECLARE_TR_FUNCTIONS(ContractActions)

public:
    static void createFromQuote(Workspace &workspace, qint64 quoteId, QWidget *parent);
    static void createFromOpportunity(Workspace &workspace, qint64 opportunityId, QWidget *parent);
    /** Whether the user may create contracts (a hint; the server decides). */
    static bool mayCreate(const Employee &user);

    /**
     * Asks for the approver's comment on a milestone or contract change (request, as the server lists it, under
     * path "milestones" or "changes" of its contract), then approves or rejects it; the dialog is open when
     * returned. On success every page refreshes; a refusal is shown in a message box.
     */
    static QuoteCommentDialog *decideRequest(Workspace &workspace, const QString &path, const QJsonObject &request,
                                             bool approve, QWidget *parent);

private:
    static void create(Workspace &workspace, const QString &path, QWidget *parent);
};

} // namespace Tradewind
