#pragma once

#include "documentpage.h"
#include "quotelist.h"

namespace Tradewind {

/** The quotes module (key "quotes") as a tab of the main window. */
class QuoteListPage : public DocumentPage
{
    Q_OBJECT

public:
    explicit QuoteListPage(Workspace &workspace, QWidget *parent = nullptr);

    QString documentKey() const override;
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    QuoteList *quoteList() const { return m_list; }
    ListPage *listPage() const { return m_list->listPage(); }
    QuoteActions *actions() const { return m_list->actions(); }

private:
    QuoteList *m_list;
};

} // namespace Tradewind
