#pragma once

#include "apiclient.h"
#include "wire.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QPushButton;
class QTableView;

namespace Tradewind {

class PlanNodeModel;
class Workspace;

/**
 * The Settlement plan tab of the contract card (GET /contracts/{id}/plan): the nodes in an editable table
 * (for contract administrators, finance and the owner's managers) with a live sum check against the
 * contract amount — the difference shows in red as it is typed, and a plan that does not add up is refused
 * here before anything is sent. Save PUTs the whole plan with If-Match. Right-click on a node offers
 * Record invoice…, Record payment… and Submit milestone achieved…, which the card answers with its dialogs.
 */
class SettlementPlanTab : public QWidget
{
    Q_OBJECT

public:
    SettlementPlanTab(Workspace &workspace, qint64 contractId, QWidget *parent = nullptr);
    ~SettlementPlanTab() override;

    /** The contract as the card loaded it (amount, status, owner) and its version for If-Match. */
    void setContract(const QJsonObject &contract, const QByteArray &etag);
    /** Loads the plan again; edits not saved are kept. */
    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_saveReply != nullptr; }
    bool hasUnsavedChanges() const { return m_dirty; }
    /** Whether the user may adjust the plan (a hint; the server decides). */
    bool mayEdit() const;

    PlanNodeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *saveButton() const { return m_saveButton; }
    /** The sum check as shown under the table. */
    QString sumText() const;
    /** The refusal or notice above the table; "" when hidden. */
    QString messageText() const;
    QString invalidField() const { return m_invalidField; }

    /** The node context menu for row (what right-click shows). */
    QMenu *createContextMenu(int row, QWidget *parent);
    /** Checks the plan locally (names, amounts, the sum) and PUTs it. */
    void save();
    /** Drops the edits and shows the plan as last loaded. */
    void discard();

Q_SIGNALS:
    void loaded();
    void saved();
    void dirtyChanged(bool dirty);
    void recordInvoiceRequested(qint64 nodeId);
    void recordPaymentRequested(qint64 nodeId);
    void milestoneRequested(const QString &trigger);

private:
    void showPlan(const QJsonObject &plan);
    void markDirty();
    void updateSum();
    void updateActions();
    std::optional<FieldError> checkPlan() const;
    QJsonObject buildBody() const;
    void saveFinished(ApiReply *reply);
    void showFieldError(const FieldError &error);
    QString describeFieldError(const FieldError &error) const;
    void showMessage(const QString &text, bool error = true);
    void clearMessages();
    void showContextMenu(const QPoint &position);

    Workspace &m_workspace;
    qint64 m_contractId;
    QJsonObject m_contract;
    QByteArray m_etag;
    QJsonObject m_plan; ///< as last loaded
    bool m_loaded = false;
    bool m_dirty = false;
    QPointer<ApiReply> m_loadReply;
    QPointer<ApiReply> m_saveReply;

    PlanNodeModel *m_model;
    QTableView *m_table;
    QLabel *m_message;
    QLabel *m_sum;
    QPushButton *m_saveButton;
    QPushButton *m_discardButton;
    QAction *m_addNode;
    QAction *m_removeNode;
    QString m_invalidField;
    QMessageBox *m_conflictBox = nullptr;
};

} // namespace Tradewind
