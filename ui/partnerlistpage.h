#pragma once

#include "documentpage.h"

class QAction;
class QComboBox;

namespace Tradewind {

class ListPage;
class Workspace;

/** The business partners (往来单位): searchable by name, city and industry, filtered by class. */
class PartnerListPage : public DocumentPage
{
    Q_OBJECT

public:
    PartnerListPage(Workspace &workspace, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    ListPage *listPage() const { return m_list; }
    QComboBox *classFilter() const { return m_classFilter; }
    QAction *openAction() const { return m_openAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *newAction() const { return m_newAction; }

private:
    void openSelected();
    void editSelected();

    Workspace &m_workspace;
    ListPage *m_list;
    QComboBox *m_classFilter;
    QAction *m_openAction;
    QAction *m_editAction;
    QAction *m_newAction;
};

} // namespace Tradewind
