#include "quotelistpage.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

QuoteListPage::QuoteListPage(Workspace &workspace, QuoteList::Kind kind, QWidget *parent)
    : DocumentPage(parent)
    , m_list(new QuoteList(workspace, kind, 0, this))
{
    setObjectName(kind == QuoteList::Kind::Approvals ? u"approvalsPage"_s : u"quoteListPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
}

QString QuoteListPage::documentKey() const
{
    return m_list->kind() == QuoteList::Kind::Approvals ? u"approvals"_s : u"quotes"_s;
}

QString QuoteListPage::title() const
{
    return m_list->kind() == QuoteList::Kind::Approvals ? tr("Approvals") : tr("Quotes");
}

QIcon QuoteListPage::icon() const
{
    return QIcon(m_list->kind() == QuoteList::Kind::Approvals ? u":/icons/approve.svg"_s : u":/icons/quotes.svg"_s);
}

void QuoteListPage::refresh()
{
    m_list->reload();
}

} // namespace Tradewind
