#pragma once

#include "documentpage.h"
#include "remotelistmodel.h"

#include <QPointer>

class QAction;
class QComboBox;

namespace Tradewind {

class ListPage;
class Workspace;

/**
 * The opportunities (商机) the user may see — their own, and those of everyone below them in the org
 * tree — filtered by kind, stage and owner.
 */
class OpportunityListPage : public DocumentPage
{
    Q_OBJECT

public:
    OpportunityListPage(Workspace &workspace, QWidget *parent = nullptr);
    ~OpportunityListPage() override;

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    /** The columns of an opportunity list; the partner card leaves out the customer. */
    static QList<ListColumn> columns(bool withCustomer);

    ListPage *listPage() const { return m_list; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *stageFilter() const { return m_stageFilter; }
    /** "All" at first; the people the user can see are added when the server has named them. */
    QComboBox *ownerFilter() const { return m_ownerFilter; }
    QAction *openAction() const { return m_openAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *newAction() const { return m_newAction; }
    QAction *openCustomerAction() const { return m_openCustomerAction; }
    /** Quick entry of a follow-up record for the one selected opportunity. */
    QAction *addFollowUpAction() const { return m_addFollowUpAction; }
    /** A quote pre-filled from the one selected opportunity, opened in its tab. */
    QAction *createQuoteAction() const { return m_createQuoteAction; }
    /** The contract of the one selected won opportunity (from its won quote), opened in its tab. */
    QAction *createContractAction() const { return m_createContractAction; }

private:
    void loadOwners(qint64 offset);
    QList<qint64> selectedCustomerIds() const;

    Workspace &m_workspace;
    ListPage *m_list;
    QComboBox *m_kindFilter;
    QComboBox *m_stageFilter;
    QComboBox *m_ownerFilter;
    QAction *m_openAction;
    QAction *m_editAction;
    QAction *m_newAction;
    QAction *m_openCustomerAction;
    QAction *m_addFollowUpAction;
    QAction *m_createQuoteAction;
    QAction *m_createContractAction;
    QPointer<ApiReply> m_ownersReply;
};

} // namespace Tradewind
