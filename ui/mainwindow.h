#pragma once

#include "workspace.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QTabWidget;

namespace Tradewind {

class ApiReply;
class DocumentPage;

/**
 * The client's main window: module navigation on the left, lists and cards as tabs in the middle,
 * user and server in the status bar. Window layout and open tabs are kept per user across restarts.
 */
class MainWindow : public QMainWindow, public Workspace
{
    Q_OBJECT

public:
    explicit MainWindow(ApiClient &api, QWidget *parent = nullptr);
    ~MainWindow() override;

    ApiClient &api() override { return m_api; }
    void openPartner(qint64 partnerId) override;
    void openOpportunity(qint64 opportunityId) override;
    void openQuote(qint64 quoteId) override;
    void openContract(qint64 contractId) override;
    void recordChanged() override;

    /** Shows the tab with this key, creating it when it is not open. */
    DocumentPage *openDocument(const QString &key);
    DocumentPage *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    /** Goes to the approvals inbox; hidden for those who decide nothing (nobody reports to them, no contract administration). */
    QAction *approvalsAction() const { return m_approvalsAction; }
    /** Quotes, milestones and contract changes waiting for the user's decision, as last counted (-1 before the first answer). */
    int pendingApprovals() const { return m_pendingApprovals; }

    /** True when the window closed because the user logged out (or the session ended), not to quit. */
    bool logoutRequested() const { return m_logoutRequested; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    DocumentPage *createPage(const QString &key);
    void createActions();
    void closeTab(int index);
    void removeTab(int index);
    void checkApprover();
    void countApprovals();
    void saveLayout();
    void restoreLayout();
    void logOut();
    QString settingsGroup() const;

    ApiClient &m_api;
    QTabWidget *m_tabs;
    bool m_logoutRequested = false;
    /** The user agreed to drop unsaved edits (or the session ended): closing goes ahead. */
    bool m_closeConfirmed = false;
    QAction *m_approvalsAction = nullptr;
    int m_pendingApprovals = -1;
    QPointer<ApiReply> m_approvalsReply;
};

} // namespace Tradewind
