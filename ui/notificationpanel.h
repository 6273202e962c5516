#pragma once

#include <QFrame>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Tradewind {

class NotificationCenter;
class Workspace;

/**
 * The popup under the bell: the user's notifications, unread ones in bold, each with its time. Clicking one
 * marks it read and opens its contract, quote or opportunity; "Mark all read" clears the count.
 */
class NotificationPanel : public QFrame
{
    Q_OBJECT

public:
    NotificationPanel(NotificationCenter &center, Workspace &workspace, QWidget *parent = nullptr);

    /** Shows the panel below anchor (right edges aligned), kept on anchor's screen, and asks for news. */
    void popUp(QWidget *anchor);

    QListWidget *list() const { return m_list; }
    QPushButton *markAllReadButton() const { return m_markAllRead; }

    /** The notification id an item of list() stands for. */
    static qint64 notificationId(const QListWidgetItem *item);

private:
    void rebuild();
    void activate(QListWidgetItem *item);

    NotificationCenter &m_center;
    Workspace &m_workspace;
    QListWidget *m_list;
    QLabel *m_emptyLabel;
    QPushButton *m_markAllRead;
};

} // namespace Tradewind
