#pragma once

#include "apiclient.h"
#include "documentpage.h"

#include <QPointer>

class QInputDialog;
class QLabel;
class QMenu;
class QTreeView;

namespace Tradewind {

class OrgTreeModel;
class Workspace;

/**
 * The supervisor's view of their team (sales managers and executives): department → salesperson →
 * open opportunities, with open and stale counts and the stale ones highlighted. Opportunities are
 * reassigned by dragging them onto another person or with "Reassign to…" in the context menu; both ask
 * for the reason first. Double-click opens an opportunity's card.
 */
class SupervisorView : public DocumentPage
{
    Q_OBJECT

public:
    explicit SupervisorView(Workspace &workspace, QWidget *parent = nullptr);
    ~SupervisorView() override;

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    OrgTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    /**
     * Asks for the reason (a non-modal dialog, "reassignReasonDialog") and, when the user confirms, moves the
     * opportunities to the employee: one request for one, the bulk request for several. Returns the dialog,
     * or nullptr when there is nothing to move or another reassignment is still running.
     */
    QInputDialog *reassign(const QList<qint64> &opportunityIds, qint64 toEmployeeId);
    /** The ids of the selected opportunity rows. */
    QList<qint64> selectedOpportunityIds() const;
    /** The context menu for the current selection: Open, Create quote, and "Reassign to…" with the people of the tree. */
    QMenu *createContextMenu(QWidget *parent);

    /** True while a reassignment request runs. */
    bool isBusy() const { return m_reassignReply != nullptr; }
    /** The last error (or progress) shown above the tree; empty when all is well. */
    QString messageText() const;

Q_SIGNALS:
    /** The server has moved these opportunities to the employee. */
    void reassigned(const QList<qint64> &opportunityIds, qint64 toEmployeeId);

private:
    void sendReassignment(const QList<qint64> &opportunityIds, qint64 toEmployeeId, const QString &reason);
    void showMessage(const QString &text, bool error);
    void expandDepartments();
    void showContextMenu(const QPoint &position);
    QString personName(qint64 employeeId) const;

    Workspace &m_workspace;
    OrgTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_message;
    QPointer<ApiReply> m_reassignReply;
    QPointer<QInputDialog> m_reasonDialog;
    bool m_expandOnLoad = true;
};

} // namespace Tradewind
