#include "notificationpanel.h"

#include "apiclient.h"
#include "formatting.h"
#include "notificationcenter.h"
#include "notificationtext.h"
#include "workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

enum Role {
    NotificationIdRole = Qt::UserRole + 1,
    OpportunityIdRole,
    QuoteIdRole,
    ContractIdRole,
    KindRole,
};

} // namespace

NotificationPanel::NotificationPanel(NotificationCenter &center, Workspace &workspace, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_center(center)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_emptyLabel(new QLabel(tr("No notifications"), this))
    , m_markAllRead(new QPushButton(tr("Mark all read"), this))
{
    setObjectName(u"notificationPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    auto *heading = new QLabel(tr("Notifications"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_markAllRead->setObjectName(u"markAllReadButton"_s);
    m_list->setObjectName(u"notificationList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_emptyLabel->setObjectName(u"noNotificationsLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_markAllRead);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addWidget(m_emptyLabel);
    resize(460, 420);

    connect(&m_center, &NotificationCenter::itemsChanged, this, &NotificationPanel::rebuild);
    connect(&m_center, &NotificationCenter::unreadCountChanged, m_markAllRead, [this](int unread) {
        m_markAllRead->setEnabled(unread > 0);
    });
    connect(m_markAllRead, &QPushButton::clicked, &m_center, &NotificationCenter::markAllRead);
    connect(m_list, &QListWidget::itemClicked, this, &NotificationPanel::activate);
    connect(m_list, &QListWidget::itemActivated, this, &NotificationPanel::activate);
    rebuild();
}

qint64 NotificationPanel::notificationId(const QListWidgetItem *item)
{
    return item ? item->data(NotificationIdRole).toLongLong() : 0;
}

void NotificationPanel::popUp(QWidget *anchor)
{
    rebuild();
    QPoint position = anchor->mapToGlobal(QPoint(anchor->width() - width(), anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        position.setX(std::clamp(position.x(), available.left(), std::max(available.left(), available.right() - width())));
        position.setY(std::clamp(position.y(), available.top(), std::max(available.top(), available.bottom() - height())));
    }
    move(position);
    show();
    m_list->setFocus();
    m_center.pollNow();
}

void NotificationPanel::rebuild()
{
    const qint64 current = notificationId(m_list->currentItem());
    const int scrolled = m_list->verticalScrollBar()->value();
    const qint64 selfId = m_workspace.api().currentUser().id;
    m_list->clear();
    for (const Notification &notification : m_center.items()) {
        auto *item = new QListWidgetItem(m_list);
        item->setText(NotificationText::line(notification, selfId) + u'\n' + Format::timestamp(notification.createdAt));
        item->setToolTip(NotificationText::full(notification, selfId));
        item->setData(NotificationIdRole, notification.id);
        item->setData(OpportunityIdRole, notification.opportunityId);
        item->setData(QuoteIdRole, notification.details.value(u"quote_id"_s).toInteger());
        item->setData(ContractIdRole, notification.details.value(u"contract_id"_s).toInteger());
        item->setData(KindRole, notification.kind);
        QFont font = m_list->font();
        font.setBold(!notification.read);
        item->setFont(font);
        if (notification.id == current)
            m_list->setCurrentItem(item);
    }
    m_list->verticalScrollBar()->setValue(scrolled);
    const bool empty = m_list->count() == 0;
    m_list->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
    m_markAllRead->setEnabled(m_center.unreadCount() > 0);
}

void NotificationPanel::activate(QListWidgetItem *item)
{
    // A click may report both "clicked" and "activated": the first one hides the panel.
    if (!item || !isVisible())
        return;
    const qint64 id = notificationId(item);
    const qint64 opportunityId = item->data(OpportunityIdRole).toLongLong();
    const qint64 quoteId = item->data(QuoteIdRole).toLongLong();
    const qint64 contractId = item->data(ContractIdRole).toLongLong();
    const QString kind = item->data(KindRole).toString();
    hide();
    // Marking read rebuilds the list, which must not happen while the list is still reporting the click.
    QMetaObject::invokeMethod(
        this,
        [this, id, opportunityId, quoteId, contractId, kind] {
            m_center.markRead(id);
            // A notice about a quote or contract opens it; an opportunity reassigned away is no longer one's own.
            if (contractId > 0)
                m_workspace.openContract(contractId);
            else if (quoteId > 0)
                m_workspace.openQuote(quoteId);
            else if (opportunityId > 0 && kind != u"reassigned_away"_s)
                m_workspace.openOpportunity(opportunityId);
        },
        Qt::QueuedConnection);
}

} // namespace Tradewind
