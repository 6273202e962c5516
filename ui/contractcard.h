#pragma once

#include "cardpage.h"
#include "contract.h"

class QAction;
class QPushButton;

namespace Tradewind {

class ChangeRequestDialog;
class ChildRecordDialog;
class ChildRecordsTab;
class ContractTermsTab;
class HistoryView;
class InvoiceDialog;
class ListPage;
class PaymentDialog;
class QuoteCommentDialog;
class SettlementPlanTab;

/**
 * The contract card (合同看板): the header shows at a glance what matters for collecting the money — amount,
 * share received and invoiced, the next node falling due and what is overdue — with the status actions
 * (activate, complete, terminate, request change). The tabs: terms and items, the settlement plan with its
 * live sum check and the node actions (record invoice, record payment, submit milestone achieved),
 * milestones, stocking, shipments, invoices, payments, changes with the versions, service orders and history.
 */
class ContractCard : public CardPage
{
    Q_OBJECT

public:
    ContractCard(Workspace &workspace, qint64 contractId, QWidget *parent = nullptr);

    QString documentKey() const override;
    QIcon icon() const override;
    bool hasUnsavedChanges() const override;

    qint64 contractId() const { return m_contractId; }
    const Contract &contract() const { return m_contract; }

    ContractTermsTab *termsTab() const { return m_terms; }
    SettlementPlanTab *planTab() const { return m_plan; }
    /** The tab of the records under this path ("milestones", "invoices"…), or nullptr. */
    ChildRecordsTab *childTab(const QString &path) const;
    ListPage *versionList() const { return m_versions; }
    HistoryView *historyView() const { return m_history; }
    QPushButton *activateButton() const { return m_activateButton; }
    QPushButton *completeButton() const { return m_completeButton; }
    QPushButton *terminateButton() const { return m_terminateButton; }
    QPushButton *changeButton() const { return m_changeButton; }
    /** Approve / reject of the milestone or change request selected in its tab. */
    QAction *approveAction(const QString &path) const;
    QAction *rejectAction(const QString &path) const;

    /** Opens the dialogs the plan's node actions lead to (nullptr before the card has loaded). */
    InvoiceDialog *recordInvoice(qint64 nodeId = 0);
    PaymentDialog *recordPayment(qint64 nodeId = 0);
    ChildRecordDialog *submitMilestone(const QString &trigger = {});
    ChangeRequestDialog *requestChange();
    /** Asks for the approver's comment on the request selected in the tab under path, then decides it. */
    QuoteCommentDialog *decide(const QString &path, bool approve);

    /** The user-visible name of a contract field in the history, or "" for fields not shown. */
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QJsonValue &value);

protected:
    QString placeholderTitle() const override;
    void populate(const QJsonObject &record) override;
    void reloadRelated() override;

private:
    void buildHeaderButtons();
    void buildChildTabs();
    void buildChangesTab();
    void addDecisionActions(ChildRecordsTab *tab, const QString &what);
    void updateButtons();
    void transition(const QString &status, const QString &reason = {});
    void updateChildTabTitle(ChildRecordsTab *tab);

    qint64 m_contractId;
    Contract m_contract;
    ContractTermsTab *m_terms = nullptr;
    SettlementPlanTab *m_plan = nullptr;
    QList<ChildRecordsTab *> m_childTabs;
    ListPage *m_versions = nullptr;
    HistoryView *m_history = nullptr;
    QPushButton *m_activateButton = nullptr;
    QPushButton *m_completeButton = nullptr;
    QPushButton *m_terminateButton = nullptr;
    QPushButton *m_changeButton = nullptr;
    QHash<QString, QAction *> m_approveActions;
    QHash<QString, QAction *> m_rejectActions;
    bool m_busy = false;
};

} // namespace Tradewind
