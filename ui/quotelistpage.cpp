#include "quotelistpage.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

QuoteListPage::QuoteListPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_list(new QuoteList(workspace, QuoteList::Kind::All, 0, this))
{
    setObjectName(u"quoteListPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
}

QString QuoteListPage::documentKey() const
{
    return u"quotes"_s;
}

QString QuoteListPage::title() const
{
    return tr("Quotes");
}

QIcon QuoteListPage::icon() const
{
    return QIcon(u":/icons/quotes.svg"_s);
}

void QuoteListPage::refresh()
{
    m_list->reload();
}

} // namespace Tradewind
