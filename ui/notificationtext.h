#pragma once

#include "notification.h"

#include <QCoreApplication>

namespace Tradewind {

/** Readable, translated words for a notification: one line for lists and tray messages, and a short heading. */
class NotificationText
{
    Q_DECLARE_TR_FUNCTIONS(NotificationText)

public:
    /**
     * One line telling what happened, e.g. "李明 reassigned 恒达三号… to you: <reason>". Long titles and texts are
     * shortened; selfId is the signed-in employee, so that a stale notice about one's own opportunity does
     * not name oneself.
     */
    static QString line(const Notification &notification, qint64 selfId = 0);
    /** A short heading for the kind, e.g. "Opportunity reassigned to you" (for the tray message). */
    static QString heading(const QString &kind);
    /** The line with the full opportunity title and texts, for tool tips. */
    static QString full(const Notification &notification, qint64 selfId = 0);

private:
    static QString compose(const Notification &notification, qint64 selfId, bool shorten);
};

} // namespace Tradewind
