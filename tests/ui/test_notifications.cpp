// Widget tests of the notifications: the bell's unread count, the panel, and a reassignment reaching the new
// owner's window without any action of theirs, against a real in-process server with the demo company.

#include "clienttestsupport.h"
#include "formatting.h"
#include "mainwindow.h"
#include "notificationbell.h"
#include "notificationcenter.h"
#include "notificationpanel.h"
#include "notificationtext.h"
#include "opportunitycard.h"
#include "serverfixture.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QFont>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

const QString reason = u"陈静休产假，由刘洋跟进"_s;

/** GET /notifications as this client: the unread count the server reports (REQUIREs success). */
qint64 serverUnread(ApiClient &client, QJsonArray *items = nullptr)
{
    const Answer answer = ServerFixture::get(client, u"/notifications"_s, params({{u"limit"_s, u"200"_s}}));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    if (items)
        *items = answer.json.value(u"items"_s).toArray();
    return answer.json.value(u"unread"_s).toInteger();
}

/**
 * Lets both salespeople collect what is already due (reminders, stale notices) and marks sales.east2's read,
 * so that the only news for sales.east2 afterwards is what the test causes.
 */
void startQuiet(ApiClient &east1, ApiClient &east2)
{
    serverUnread(east1);
    serverUnread(east2);
    const Answer readAll = ServerFixture::call(east2, "POST", u"/notifications/read-all"_s);
    REQUIRE(readAll.status == 200);
    REQUIRE(serverUnread(east2) == 0);
}

/** An open opportunity of sales.east1 that is not stale (so handing it over brings no stale notice too). */
QJsonObject freshOpportunityOfEast1(ServerFixture &fixture, ApiClient &manager)
{
    const Answer list = ServerFixture::get(
        manager, u"/opportunities"_s,
        params({{u"owner_id"_s, QString::number(fixture.employeeId(u"sales.east1"_s))}, {u"open"_s, u"true"_s},
                {u"limit"_s, u"200"_s}}));
    REQUIRE(list.status == 200);
    const QJsonArray items = list.json.value(u"items"_s).toArray();
    for (const QJsonValue &value : items)
        if (!value.toObject().value(u"stale"_s).toBool())
            return value.toObject();
    FAIL("sales.east1 has no open opportunity that is not stale");
    return {};
}

void reassignToEast2(ServerFixture &fixture, ApiClient &manager, qint64 opportunityId)
{
    const Answer answer = ServerFixture::call(
        manager, "POST", u"/opportunities/%1/reassign"_s.arg(opportunityId),
        {{u"to"_s, fixture.employeeId(u"sales.east2"_s)}, {u"reason"_s, reason}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
}

/** The panel's item for this notification, or nullptr. */
QListWidgetItem *itemFor(NotificationPanel *panel, qint64 notificationId)
{
    for (int row = 0; row < panel->list()->count(); ++row)
        if (NotificationPanel::notificationId(panel->list()->item(row)) == notificationId)
            return panel->list()->item(row);
    return nullptr;
}

NotificationPanel *openPanel(MainWindow &window)
{
    auto *bell = child<NotificationBell>(&window, u"notificationBell"_s);
    QTest::mouseClick(bell, Qt::LeftButton);
    auto *panel = child<NotificationPanel>(&window, u"notificationPanel"_s);
    REQUIRE(waitUntil([panel] { return panel->isVisible(); }, 5000));
    return panel;
}

} // namespace

TEST_CASE("Notifications: a reassignment reaches the new owner's bell, and clicking it opens the card",
          "[notifications]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    startQuiet(*east1, *east2);
    const QJsonObject opportunity = freshOpportunityOfEast1(fixture, *manager);
    const qint64 id = opportunity.value(u"id"_s).toInteger();
    const QString title = opportunity.value(u"title"_s).toString();

    MainWindow window(*east2);
    window.show();
    auto *center = child<NotificationCenter>(&window, u"notificationCenter"_s);
    center->setInterval(200);
    auto *bell = child<NotificationBell>(&window, u"notificationBell"_s);
    REQUIRE(waitUntil([center] { return center->hasLoaded(); }, 5000));
    CHECK(center->unreadCount() == 0);
    CHECK(bell->text().isEmpty());
    QSignalSpy news(center, &NotificationCenter::newNotifications);

    // The manager hands the opportunity over; sales.east2 does nothing and is told within seconds.
    reassignToEast2(fixture, *manager, id);
    REQUIRE(waitUntil([bell] { return bell->text() == u"1"_s; }, 5000));
    CHECK(center->unreadCount() == 1);
    REQUIRE(news.count() == 1);
    const NotificationList announced = news.takeFirst().at(0).value<NotificationList>();
    REQUIRE(announced.size() == 1);
    const Notification notification = announced.constFirst();
    CHECK(notification.kind == u"reassigned_to_you"_s);
    CHECK(notification.opportunityId == id);
    CHECK(notification.opportunityTitle == title);
    const QString line = NotificationText::line(notification, east2->currentUser().id);
    CHECK(line.contains(u"李明"_s));
    CHECK(line.contains(reason));
    CHECK(window.statusBar()->currentMessage() == line);

    // The panel lists it, unread in bold, with the opportunity's title.
    NotificationPanel *panel = openPanel(window);
    QListWidgetItem *item = itemFor(panel, notification.id);
    REQUIRE(item != nullptr);
    CHECK(item->text().contains(NotificationText::line(notification, east2->currentUser().id)));
    CHECK(item->toolTip().contains(title));
    CHECK(item->font().bold());
    CHECK(panel->markAllReadButton()->isEnabled());

    // A click opens the card (sales.east2 may now see it) and marks the notification read on the server.
    panel->list()->scrollToItem(item);
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, panel->list()->visualItemRect(item).center());
    auto *card = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
    waitForCard(card);
    CHECK_FALSE(panel->isVisible());
    REQUIRE(waitUntil([bell, center] { return bell->text().isEmpty() && center->unreadCount() == 0; }, 5000));
    // The bell drops at once; the server follows as soon as the request has arrived.
    QJsonArray items;
    CHECK(waitUntil([&east2, &items] { return serverUnread(*east2, &items) == 0; }, 5000));
    bool readOnServer = false;
    for (const QJsonValue &value : std::as_const(items))
        if (value.toObject().value(u"id"_s).toInteger() == notification.id)
            readOnServer = value.toObject().value(u"read"_s).toBool();
    CHECK(readOnServer);
    // Still 0 after further polls: the server's answer agrees.
    QTest::qWait(600);
    CHECK(bell->text().isEmpty());
    CHECK(news.isEmpty());
}

TEST_CASE("Notifications: what is there at login counts but is not announced, Mark all read clears it",
          "[notifications]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    startQuiet(*east1, *east2);
    reassignToEast2(fixture, *manager, freshOpportunityOfEast1(fixture, *manager).value(u"id"_s).toInteger());

    MainWindow window(*east2);
    window.show();
    auto *center = child<NotificationCenter>(&window, u"notificationCenter"_s);
    center->setInterval(200);
    QSignalSpy news(center, &NotificationCenter::newNotifications);
    auto *bell = child<NotificationBell>(&window, u"notificationBell"_s);
    REQUIRE(waitUntil([bell] { return bell->text() == u"1"_s; }, 5000));
    QTest::qWait(500);
    CHECK(news.isEmpty());
    CHECK(window.statusBar()->currentMessage().isEmpty());

    NotificationPanel *panel = openPanel(window);
    REQUIRE(panel->list()->count() >= 1);
    CHECK(panel->list()->item(0)->font().bold());
    QTest::mouseClick(panel->markAllReadButton(), Qt::LeftButton);
    REQUIRE(waitUntil([bell] { return bell->text().isEmpty(); }, 5000));
    CHECK_FALSE(panel->list()->item(0)->font().bold());
    CHECK_FALSE(panel->markAllReadButton()->isEnabled());
    CHECK(waitUntil([&east2] { return serverUnread(*east2) == 0; }, 5000));
    QTest::qWait(600);
    CHECK(bell->text().isEmpty());
    // No tab was opened by marking all read.
    CHECK_FALSE(tabKeys(window).contains(u"opportunity:%1"_s.arg(center->items().constFirst().opportunityId)));
}

TEST_CASE("Notifications: each kind reads as one line naming who and what", "[notifications]")
{
    Notification n;
    n.opportunityTitle = u"恒达三号酸洗线表面检测改造项目二期扩建工程及配套设施安装调试"_s;
    n.kind = u"reassigned_to_you"_s;
    n.details = {{u"by_name"_s, u"李明"_s}, {u"to_name"_s, u"刘洋"_s}, {u"from_name"_s, u"陈静"_s}, {u"reason"_s, reason}};
    QString line = NotificationText::line(n, 7);
    CHECK(line.startsWith(u"李明"_s));
    CHECK(line.contains(u"恒达三号"_s));
    CHECK(line.contains(u'…'));
    CHECK_FALSE(line.contains(u"安装调试"_s));
    CHECK(line.endsWith(reason));
    CHECK(NotificationText::full(n, 7).contains(n.opportunityTitle));

    n.kind = u"reassigned_away"_s;
    CHECK(NotificationText::line(n, 7).contains(u"刘洋"_s));

    n.kind = u"plan_due"_s;
    n.details = {{u"action"_s, u"Send the revised layout"_s}, {u"planned_on"_s, u"2026-11-29"_s}};
    CHECK(NotificationText::line(n, 7).contains(u"Send the revised layout"_s));
    CHECK(NotificationText::line(n, 7).contains(Format::date(QDate(2026, 11, 29))));

    n.kind = u"advice"_s;
    n.details = {{u"author_name"_s, u"李明"_s}, {u"text"_s, u"先约技术交流"_s}};
    CHECK(NotificationText::line(n, 7).contains(u"李明"_s));
    CHECK(NotificationText::line(n, 7).contains(u"先约技术交流"_s));
    n.kind = u"advice_reply"_s;
    CHECK(NotificationText::line(n, 7).contains(u"先约技术交流"_s));
    Notification advice = n;
    advice.kind = u"advice"_s;
    CHECK(NotificationText::line(n, 7) != NotificationText::line(advice, 7));

    n.kind = u"stale"_s;
    n.details = {{u"owner_id"_s, 7}, {u"owner_name"_s, u"刘洋"_s}, {u"days_since_follow_up"_s, 31}};
    CHECK(NotificationText::line(n, 7).contains(u"31"_s));
    CHECK_FALSE(NotificationText::line(n, 7).contains(u"刘洋"_s));
    CHECK(NotificationText::line(n, 3).contains(u"刘洋"_s));

    for (const QString &kind : {u"reassigned_to_you"_s, u"reassigned_away"_s, u"plan_due"_s, u"advice"_s,
                                u"advice_reply"_s, u"stale"_s})
        CHECK(NotificationText::heading(kind) != NotificationText::heading(u"unknown"_s));
}
