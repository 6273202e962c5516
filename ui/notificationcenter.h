#pragma once

#include "notification.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Tradewind {

class ApiClient;
class ApiReply;

/**
 * Keeps the signed-in user's notifications up to date by polling GET /notifications: one request at a time,
 * never blocking, every interval() after the previous answer. Notifications that were not there before and
 * are unread are announced with newNotifications() — except on the first answer after login, which would
 * otherwise announce everything at once.
 */
class NotificationCenter : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 15000;

    explicit NotificationCenter(ApiClient &api, QObject *parent = nullptr);
    ~NotificationCenter() override;

    /** Polls now and then every interval. */
    void start();
    void stop();
    bool isActive() const { return m_active; }

    int interval() const { return m_intervalMs; }
    /** Time between the end of one poll and the start of the next (tests use a short one). */
    void setInterval(int milliseconds);

    /** Asks the server now; when a request is already running, asks again as soon as it has answered. */
    void pollNow();

    /** Unread first, then newest, as the server orders them. */
    const NotificationList &items() const { return m_items; }
    int unreadCount() const { return m_unread; }
    /** True once the first answer has arrived. */
    bool hasLoaded() const { return m_loaded; }
    /** The problem with the last poll, or "" when it succeeded. */
    QString lastError() const { return m_lastError; }

    /** Marks one notification read, here at once and then on the server. */
    void markRead(qint64 notificationId);
    void markAllRead();

Q_SIGNALS:
    void unreadCountChanged(int unread);
    /** The list was replaced or a notification's read state changed. */
    void itemsChanged();
    /** Unread notifications seen for the first time (not on the first poll). */
    void newNotifications(const Tradewind::NotificationList &notifications);
    /** A poll failed; polling goes on. */
    void pollFailed(const QString &message);

private:
    void send();
    void received(ApiReply *reply, quint64 generation);
    void scheduleNext();
    void setUnread(int unread);
    /** After a local change, the server's word: poll again once it has answered this write. */
    void confirm(ApiReply *reply);

    ApiClient &m_api;
    QTimer m_timer;
    int m_intervalMs = DefaultIntervalMs;
    bool m_active = false;
    QPointer<ApiReply> m_pending;
    bool m_pollAgain = false;
    /** Writes (mark read) not yet answered: no poll is sent meanwhile, its answer could predate them. */
    int m_writesPending = 0;
    /** Counts writes started, so that a poll sent before one of them is not trusted. */
    quint64 m_writeGeneration = 0;
    quint64 m_pendingGeneration = 0;
    bool m_loaded = false;
    NotificationList m_items;
    int m_unread = 0;
    QSet<qint64> m_seen;
    QString m_lastError;
};

} // namespace Tradewind
