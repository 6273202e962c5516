#pragma once

#include "documentpage.h"
#include "remotelistmodel.h"

class QAction;
class QComboBox;

namespace Tradewind {

class ListPage;
class QuoteActions;
class QuoteCommentDialog;
class Workspace;

/**
 * The approvals inbox (key "approvals"): everything waiting for the user's decision — quotes, milestones and
 * contract changes — in one list, each row saying its kind. Double-click or Enter opens its card (the quote's or
 * the contract's); Approve and Reject (tool bar and right mouse button) ask for the comment and decide it.
 */
class ApprovalsPage : public DocumentPage
{
    Q_OBJECT

public:
    explicit ApprovalsPage(Workspace &workspace, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    static QList<ListColumn> columns();
    /** The user-visible name of an item's kind ("quote", "milestone", "contract_change"). */
    static QString kindLabel(const QString &kind);

    ListPage *listPage() const { return m_list; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QAction *openAction() const { return m_openAction; }
    QAction *approveAction() const { return m_approveAction; }
    QAction *rejectAction() const { return m_rejectAction; }

    /** The row showing the item of the kind with this id, or -1 (ids alone repeat across kinds). */
    int rowOf(const QString &kind, qint64 id) const;
    /** Opens the card of the item in row. */
    void open(int row);
    /** Asks for the comment on the one selected item and approves or rejects it (nullptr when none is selected). */
    QuoteCommentDialog *decide(bool approve);

private:
    /** The one selected item, or an empty object. */
    QJsonObject selectedItem() const;

    Workspace &m_workspace;
    ListPage *m_list;
    QComboBox *m_kindFilter;
    QuoteActions *m_quoteActions;
    QAction *m_openAction;
    QAction *m_approveAction;
    QAction *m_rejectAction;
};

} // namespace Tradewind
