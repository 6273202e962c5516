#include "notificationbell.h"

#include "notificationcenter.h"
#include "notificationpanel.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

NotificationBell::NotificationBell(NotificationCenter &center, Workspace &workspace, QWidget *parent)
    : QToolButton(parent)
    , m_center(center)
    , m_workspace(workspace)
{
    setObjectName(u"notificationBell"_s);
    setIcon(QIcon(u":/icons/bell.svg"_s));
    setIconSize(QSize(20, 20));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    // The menu bar does not lay its corner out again when the count grows, so room for three digits is kept.
    QFont bold = font();
    bold.setBold(true);
    setMinimumWidth(iconSize().width() + QFontMetrics(bold).horizontalAdvance(u"999"_s) + 24);
    connect(this, &QToolButton::clicked, this, &NotificationBell::showPanel);
    connect(&m_center, &NotificationCenter::unreadCountChanged, this, &NotificationBell::showCount);
    showCount(m_center.unreadCount());
}

NotificationPanel *NotificationBell::panel()
{
    if (!m_panel)
        m_panel = new NotificationPanel(m_center, m_workspace, this);
    return m_panel;
}

void NotificationBell::showPanel()
{
    panel()->popUp(this);
}

void NotificationBell::showCount(int unread)
{
    // The count beside the bell, in bold red while there is something unread; nothing when all is read.
    setText(unread > 0 ? QString::number(unread) : QString());
    QFont boldness = font();
    boldness.setBold(unread > 0);
    setFont(boldness);
    QPalette colours = palette();
    colours.setColor(QPalette::ButtonText, unread > 0 ? QColor(0xc0, 0x39, 0x2b) : QPalette().color(QPalette::ButtonText));
    setPalette(colours);
    const QString description = unread > 0 ? tr("Notifications: %n unread", nullptr, unread) : tr("Notifications");
    setToolTip(description);
    setAccessibleName(description);
}

} // namespace Tradewind
