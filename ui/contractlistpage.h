#pragma once

#include "cardpage.h"
#include "documentpage.h"
#include "remotelistmodel.h"

#include <QUrlQuery>

class QAction;
class QComboBox;

namespace Tradewind {

class ListPage;
class Workspace;

/**
 * The contracts module (key "contracts"): every contract the user may see with its collection progress at a
 * glance — amount, share received (a bar), share invoiced, what is overdue and which node falls due next —
 * searchable and filtered by status and type.
 */
class ContractListPage : public DocumentPage
{
    Q_OBJECT

public:
    explicit ContractListPage(Workspace &workspace, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    static QList<ListColumn> columns();
    /** The colour family a contract status shows in (chips and lists alike). */
    static CardPage::Tone statusTone(const QString &status);

    ListPage *listPage() const { return m_list; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QAction *openAction() const { return m_openAction; }

private:
    Workspace &m_workspace;
    ListPage *m_list;
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QAction *m_openAction;
    QAction *m_openCustomerAction;
};

} // namespace Tradewind
