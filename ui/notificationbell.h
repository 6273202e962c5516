#pragma once

#include <QToolButton>

namespace Tradewind {

class NotificationCenter;
class NotificationPanel;
class Workspace;

/** The bell in the main window: the unread count beside it, and the notification panel on a click. */
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    NotificationBell(NotificationCenter &center, Workspace &workspace, QWidget *parent = nullptr);

    /** The panel, created on first use. */
    NotificationPanel *panel();
    void showPanel();

private:
    void showCount(int unread);

    NotificationCenter &m_center;
    Workspace &m_workspace;
    NotificationPanel *m_panel = nullptr;
};

} // namespace Tradewind
