#include "notificationcenter.h"

#include "apiclient.h"
#include "errortext.h"
#include "replyhandling.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Unread come first, so one page holds every unread notification a person realistically has. */
const QString pageSize = u"100"_s;

} // namespace

NotificationCenter::NotificationCenter(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NotificationCenter::send);
}

NotificationCenter::~NotificationCenter()
{
    abandon(m_pending, this);
}

void NotificationCenter::start()
{
    m_active = true;
    pollNow();
}

void NotificationCenter::stop()
{
    m_active = false;
    m_timer.stop();
}

void NotificationCenter::setInterval(int milliseconds)
{
    m_intervalMs = std::max(10, milliseconds);
    if (m_timer.isActive())
        m_timer.start(m_intervalMs);
}

void NotificationCenter::pollNow()
{
    if (m_pending || m_writesPending > 0) {
        m_pollAgain = true;
        return;
    }
    send();
}

void NotificationCenter::send()
{
    m_timer.stop();
    if (m_pending)
        return;
    if (m_writesPending > 0) {
        m_pollAgain = true;
        return;
    }
    m_pollAgain = false;
    if (!m_api.isLoggedIn()) {
        // Logged out (or the session ended): nothing to ask, but keep the rhythm for a new login.
        scheduleNext();
        return;
    }
    ApiReply *reply = m_api.get(u"/notifications"_s, QUrlQuery{{u"limit"_s, pageSize}});
    m_pending = reply;
    const quint64 generation = m_writeGeneration;
    whenFinished(reply, this, [this, reply, generation] { received(reply, generation); });
}

void NotificationCenter::received(ApiReply *reply, quint64 generation)
{
    m_pending = nullptr;
    if (generation != m_writeGeneration) {
        // Sent before a mark-read: the answer may undo it on screen. Ask again once the writes are done.
        m_pollAgain = true;
        scheduleNext();
        return;
    }
    if (!reply->ok()) {
        m_lastError = ErrorText::describe(reply->error());
        Q_EMIT pollFailed(m_lastError);
        scheduleNext();
        return;
    }
    m_lastError.clear();
    const QJsonObject page = reply->object();
    NotificationList items;
    NotificationList fresh;
    const QJsonArray array = page.value(u"items"_s).toArray();
    for (const QJsonValue &value : array) {
        const Notification notification = Notification::fromJson(value.toObject());
        items.append(notification);
        if (!m_seen.contains(notification.id)) {
            m_seen.insert(notification.id);
            if (m_loaded && !notification.read)
                fresh.append(notification);
        }
    }
    const bool changed = !m_loaded || items != m_items;
    m_items = items;
    m_loaded = true;
    if (changed)
        Q_EMIT itemsChanged();
    setUnread(static_cast<int>(page.value(u"unread"_s).toInteger()));
    if (!fresh.isEmpty())
        Q_EMIT newNotifications(fresh);
    scheduleNext();
}

void NotificationCenter::scheduleNext()
{
    if (m_pollAgain && m_writesPending == 0) {
        send();
        return;
    }
    if (m_active && !m_pollAgain)
        m_timer.start(m_intervalMs);
}

void NotificationCenter::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(m_unread);
}

void NotificationCenter::markRead(qint64 notificationId)
{
    for (Notification &notification : m_items) {
        if (notification.id == notificationId && !notification.read) {
            notification.read = true;
            Q_EMIT itemsChanged();
            setUnread(std::max(0, m_unread - 1));
            break;
        }
    }
    confirm(m_api.post(u"/notifications/%1/read"_s.arg(notificationId), {}));
}

void NotificationCenter::markAllRead()
{
    for (Notification &notification : m_items)
        notification.read = true;
    Q_EMIT itemsChanged();
    setUnread(0);
    confirm(m_api.post(u"/notifications/read-all"_s, {}));
}

void NotificationCenter::confirm(ApiReply *reply)
{
    ++m_writesPending;
    ++m_writeGeneration;
    // Whatever the outcome, the server's list is the truth: ask for it once the writes are done.
    whenFinished(reply, this, [this] {
        --m_writesPending;
        m_pollAgain = true;
        if (m_writesPending == 0 && !m_pending)
            send();
    });
}

} // namespace Tradewind
