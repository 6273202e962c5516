// The rules of opportunities over the real HTTP API: creating is locking, staleness against the
// injectable clock, supervisor reassignment, notifications and the org tree with its counts.

#include "serverfixture.h"

#include "database.h"
#include "wire.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

constexpr qint64 Day = 24 * 3600;

QSqlDatabase db(ServerFixture &fixture)
{
    return fixture.server().database().connection();
}

QJsonObject systemOpportunity(qint64 customerId, const QString &title)
{
    return QJsonObject{{u"kind"_s, u"system"_s},
                       {u"customer_id"_s, customerId},
                       {u"title"_s, title},
                       {u"source"_s, u"tender"_s},
                       {u"amount"_s, QJsonObject{{u"minor"_s, 99000000}, {u"currency"_s, u"CNY"_s}}},
                       {u"notes"_s, u"secret notes"_s}};
}

QJsonObject spareParts(qint64 customerId, const QString &title, const QString &family)
{
    QJsonObject body = systemOpportunity(customerId, title);
    body.insert(u"kind"_s, u"spare_parts"_s);
    body.insert(u"source"_s, u"existing_customer"_s);
    body.insert(u"part_family"_s, family);
    return body;
}

Answer create(ApiClient &client, const QJsonObject &body)
{
    return ServerFixture::call(client, "POST", u"/opportunities"_s, body);
}

qint64 createdId(ApiClient &client, const QJsonObject &body)
{
    const Answer answer = create(client, body);
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json.value(u"id"_s).toInteger();
}

qint64 scalar(ServerFixture &fixture, const QString &sql, qint64 id = 0)
{
    Query query(db(fixture), sql);
    if (sql.contains(u":id"_s))
        query.bind(u":id"_s, id);
    return query.scalar().toLongLong();
}

qint64 ownerOf(ServerFixture &fixture, qint64 id)
{
    return scalar(fixture, u"SELECT owner_id FROM opportunities WHERE id = :id"_s, id);
}

Answer patch(ApiClient &client, qint64 id, const QJsonObject &changes)
{
    const Answer current = ServerFixture::get(client, u"/opportunities/%1"_s.arg(id));
    REQUIRE(current.status == 200);
    return ServerFixture::call(client, "PATCH", u"/opportunities/%1"_s.arg(id), changes, current.etag);
}

/** The id of a demo opportunity by its exact title. */
qint64 demoOpportunity(ServerFixture &fixture, const QString &title)
{
    Query query(db(fixture), u"SELECT id FROM opportunities WHERE title = :title"_s);
    query.bind(u":title"_s, title).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/** An open opportunity of this owner (the first by id). */
qint64 openOpportunityOf(ServerFixture &fixture, const QString &login)
{
    Query query(db(fixture), u"SELECT id FROM opportunities WHERE owner_id = :owner AND stage NOT IN ('won', 'lost') "
                             u"ORDER BY id LIMIT 1"_s);
    query.bind(u":owner"_s, fixture.employeeId(login)).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QJsonArray notificationsOf(ApiClient &client, qint64 *unread = nullptr)
{
    const Answer answer = ServerFixture::get(client, u"/notifications"_s, params({{u"limit"_s, u"200"_s}}));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    if (unread)
        *unread = answer.json.value(u"unread"_s).toInteger();
    return answer.json.value(u"items"_s).toArray();
}

QList<QJsonObject> ofKind(const QJsonArray &items, const QString &kind, qint64 opportunityId = 0)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(u"kind"_s).toString() == kind
            && (opportunityId == 0 || item.value(u"opportunity_id"_s).toInteger() == opportunityId))
            found.append(item);
    }
    return found;
}

/**
 * Counts recomputed in the test from the stored rows with QDate arithmetic (independently of the server's SQL):
 * open and stale opportunities of one owner for the given rule and day.
 */
QPair<qint64, qint64> expectedCounts(ServerFixture &fixture, qint64 ownerId, int systemDays, int spareDays)
{
    Query query(db(fixture), u"SELECT kind, stage, last_follow_up_on, created_at FROM opportunities WHERE owner_id = :owner"_s);
    query.bind(u":owner"_s, ownerId).exec();
    qint64 open = 0;
    qint64 stale = 0;
    const QDate today = fixture.now().date();
    while (query.next()) {
        const QString stage = query.value(1).toString();
        if (stage == u"won"_s || stage == u"lost"_s)
            continue;
        ++open;
        const QDate since = query.value(2).isNull() ? Tradewind::Wire::timestampFromWire(query.value(3).toString()).date()
                                                    : QDate::fromString(query.value(2).toString(), Qt::ISODate);
        const int limit = query.value(0).toString() == u"system"_s ? systemDays : spareDays;
        if (since.daysTo(today) > limit)
            ++stale;
    }
    return {open, stale};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Creating is locking
// ---------------------------------------------------------------------------------------------

TEST_CASE("A second salesperson is refused the same customer and project, told only who holds it since when",
          "[rules][lock]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 customer = fixture.partnerId(u"河北东方轮胎有限公司"_s);

    const Answer first = create(*east1, systemOpportunity(customer, u"Line A 轮胎帘布检测系统"_s));
    REQUIRE(first.status == 201);
    const qint64 firstId = first.json.value(u"id"_s).toInteger();
    CHECK(first.json.value(u"locked_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    const qint64 countBefore = scalar(fixture, u"SELECT COUNT(*) FROM opportunities"_s);

    fixture.advanceClock(600);
    // Case, spaces, width and punctuation do not make a different project.
    const QString variant = GENERATE(u"Line A 轮胎帘布检测系统"_s, u"line-a 轮胎帘布检测系统。"_s, u"  ＬＩＮＥ Ａ  轮胎帘布（检测）系统"_s);
    INFO(variant.toStdString());
    const Answer refused = create(*east2, systemOpportunity(customer, variant));
    INFO(refused.body.toStdString());
    REQUIRE(refused.status == 409);
    const QJsonObject error = refused.json.value(u"error"_s).toObject();
    CHECK(error.value(u"code"_s).toString() == u"opportunity_locked"_s);
    CHECK(error.value(u"holder"_s).toObject()
          == QJsonObject{{u"id"_s, fixture.employeeId(u"sales.east1"_s)}, {u"name"_s, u"陈静"_s}});
    CHECK(error.value(u"since"_s).toString() == first.json.value(u"locked_at"_s).toString());
    // Nothing else about the held opportunity: no id, amount, notes or stage.
    QStringList keys = error.keys();
    keys.sort();
    CHECK(keys == QStringList{u"code"_s, u"holder"_s, u"message"_s, u"since"_s});
    CHECK_FALSE(refused.body.contains(QByteArray::number(firstId) + ','));
    CHECK_FALSE(refused.body.contains("99000000"));
    CHECK_FALSE(refused.body.contains("secret"));
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM opportunities"_s) == countBefore);

    // Someone in another branch, who cannot see the held opportunity at all, is refused the same way.
    auto west1 = fixture.login(u"sales.west1"_s);
    const Answer west = create(*west1, systemOpportunity(customer, variant));
    CHECK(west.status == 409);
    CHECK(west.json.value(u"error"_s).toObject().value(u"holder"_s).toObject().value(u"name"_s).toString() == u"陈静"_s);
}

TEST_CASE("What the lock does not cover", "[rules][lock]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 customer = fixture.partnerId(u"河北东方轮胎有限公司"_s);
    const qint64 held = createdId(*east1, systemOpportunity(customer, u"密炼车间胶料检测项目"_s));

    SECTION("a different project of the same customer")
    {
        CHECK(create(*east2, systemOpportunity(customer, u"成型车间胎胚检测项目"_s)).status == 201);
    }
    SECTION("the same project of another customer")
    {
        CHECK(create(*east2, systemOpportunity(fixture.partnerId(u"辽宁北方特钢集团"_s), u"密炼车间胶料检测项目"_s)).status == 201);
    }
    SECTION("the same salesperson may hold several")
    {
        CHECK(create(*east1, systemOpportunity(customer, u"密炼车间胶料检测项目"_s)).status == 201);
    }
    SECTION("a won or lost opportunity no longer locks")
    {
        const QString stage = GENERATE(u"won"_s, u"lost"_s);
        REQUIRE(patch(*east1, held, {{u"stage"_s, stage}}).status == 200);
        CHECK(create(*east2, systemOpportunity(customer, u"密炼车间胶料检测项目"_s)).status == 201);
        // ...and it cannot be reopened while someone else holds the project now.
        const Answer reopen = patch(*east1, held, {{u"stage"_s, u"negotiation"_s}});
        CHECK(reopen.status == 409);
        CHECK(reopen.errorCode() == u"opportunity_locked"_s);
    }
    SECTION("renaming onto a held project is refused like creating it")
    {
        const qint64 other = createdId(*east2, systemOpportunity(customer, u"成型车间胎胚检测项目"_s));
        const Answer renamed = patch(*east2, other, {{u"title"_s, u"密炼车间 胶料检测项目"_s}});
        CHECK(renamed.status == 409);
        CHECK(renamed.json.value(u"error"_s).toObject().value(u"holder"_s).toObject().value(u"id"_s).toInteger()
              == fixture.employeeId(u"sales.east1"_s));
        CHECK(scalar(fixture, u"SELECT version FROM opportunities WHERE id = :id"_s, other) == 1);
        // The holder renaming their own is fine.
        CHECK(patch(*east1, held, {{u"title"_s, u"密炼车间胶料检测项目（一期）"_s}}).status == 200);
    }
}

TEST_CASE("Spare-parts opportunities lock per customer and part family", "[rules][lock]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 customer = fixture.partnerId(u"河北东方轮胎有限公司"_s);
    const Answer first = create(*east1, spareParts(customer, u"相机备件 2027"_s, u"线扫描相机"_s));
    REQUIRE(first.status == 201);
    CHECK(first.json.value(u"part_family"_s).toString() == u"线扫描相机"_s);

    // Another title, same family: still the same lock.
    const Answer sameFamily = create(*east2, spareParts(customer, u"年度相机框架采购"_s, u" 线扫描 相机 "_s));
    CHECK(sameFamily.status == 409);
    CHECK(sameFamily.errorCode() == u"opportunity_locked"_s);
    // Another family of the same customer is free.
    CHECK(create(*east2, spareParts(customer, u"相机备件 2027"_s, u"LED 光源"_s)).status == 201);
    // A system project with the family's words as its title is another kind of lock.
    CHECK(create(*east2, systemOpportunity(customer, u"线扫描相机"_s)).status == 201);
}

// ---------------------------------------------------------------------------------------------
// Staleness
// ---------------------------------------------------------------------------------------------

TEST_CASE("Opportunities turn stale by the rule of their kind, measured by the server's clock", "[rules][stale]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = fixture.partnerId(u"河北东方轮胎有限公司"_s);
    const qint64 system = createdId(*east1, systemOpportunity(customer, u"硫化车间检测项目"_s));
    const qint64 spare = createdId(*east1, spareParts(customer, u"光源备件"_s, u"LED 光源"_s));
    const qint64 closed = createdId(*east1, systemOpportunity(customer, u"已丢单项目"_s));
    REQUIRE(patch(*east1, closed, {{u"stage"_s, u"lost"_s}}).status == 200);

    const auto read = [&](qint64 id) {
        const Answer answer = ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(id));
        REQUIRE(answer.status == 200);
        return answer.json;
    };
    const auto staleIds = [&] {
        const Answer answer = ServerFixture::get(*east1, u"/opportunities"_s, params({{u"stale"_s, u"true"_s}, {u"limit"_s, u"200"_s}}));
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json.value(u"items"_s).toArray();
        CHECK(items.size() == answer.json.value(u"total"_s).toInteger());
        for (const QJsonValue &item : items)
            CHECK(item.toObject().value(u"stale"_s).toBool());
        const QList<qint64> ids = idsOf(items);
        return QSet<qint64>(ids.begin(), ids.end());
    };

    CHECK_FALSE(read(system).value(u"stale"_s).toBool());
    CHECK(read(system).value(u"days_since_follow_up"_s).toInteger() == 0);
    CHECK(read(system).value(u"last_follow_up_on"_s).isNull());
    CHECK_FALSE(staleIds().contains(spare));

    // 14 days is still within the spare-parts rule; the 15th is not.
    fixture.advanceClock(14 * Day);
    east1 = fixture.login(u"sales.east1"_s); // the idle session ended
    CHECK_FALSE(read(spare).value(u"stale"_s).toBool());
    fixture.advanceClock(1 * Day);
    east1 = fixture.login(u"sales.east1"_s);
    CHECK(read(spare).value(u"stale"_s).toBool());
    CHECK(read(spare).value(u"days_since_follow_up"_s).toInteger() == 15);
    CHECK_FALSE(read(system).value(u"stale"_s).toBool());
    CHECK(staleIds().contains(spare));
    CHECK_FALSE(staleIds().contains(system));

    fixture.advanceClock(16 * Day); // 31 days
    east1 = fixture.login(u"sales.east1"_s);
    CHECK(read(system).value(u"stale"_s).toBool());
    CHECK(staleIds().contains(system));
    // A closed opportunity is never stale.
    CHECK_FALSE(read(closed).value(u"stale"_s).toBool());
    CHECK_FALSE(staleIds().contains(closed));

    SECTION("a recent follow-up makes it fresh again, counted from the follow-up")
    {
        Query(db(fixture), u"UPDATE opportunities SET last_follow_up_on = :on WHERE id = :id"_s)
            .bind(u":on"_s, Tradewind::Wire::dateToWire(fixture.now().date().addDays(-3)))
            .bind(u":id"_s, system)
            .exec();
        CHECK_FALSE(read(system).value(u"stale"_s).toBool());
        CHECK(read(system).value(u"days_since_follow_up"_s).toInteger() == 3);
        CHECK_FALSE(staleIds().contains(system));
    }
    SECTION("the admin's rule decides")
    {
        auto admin = fixture.login(u"admin"_s);
        const Answer put = ServerFixture::call(*admin, "PUT", u"/settings/stale-rule"_s,
                                               {{u"system_days"_s, 60}, {u"spare_parts_days"_s, 31}});
        REQUIRE(put.status == 200);
        CHECK_FALSE(read(system).value(u"stale"_s).toBool());
        CHECK_FALSE(read(spare).value(u"stale"_s).toBool()); // 31 days: not more than 31
        CHECK(staleIds().isEmpty() == false); // the demo's old ones are still stale
        CHECK_FALSE(staleIds().contains(spare));
    }
}

TEST_CASE("Only a system administrator sets the stale rule, within 1 to 365 days", "[rules][stale]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const Answer defaults = ServerFixture::get(*east1, u"/settings/stale-rule"_s);
    REQUIRE(defaults.status == 200);
    CHECK(defaults.json == QJsonObject{{u"system_days"_s, 30}, {u"spare_parts_days"_s, 14}});
    const QJsonObject wanted{{u"system_days"_s, 45}, {u"spare_parts_days"_s, 7}};

    SECTION("others are forbidden")
    {
        const QString login = GENERATE(u"sales.east1"_s, u"manager.east"_s, u"director"_s, u"finance"_s);
        INFO(login.toStdString());
        auto client = fixture.login(login);
        const Answer answer = ServerFixture::call(*client, "PUT", u"/settings/stale-rule"_s, wanted);
        CHECK(answer.status == 403);
        CHECK(ServerFixture::get(*east1, u"/settings/stale-rule"_s).json == defaults.json);
    }
    SECTION("bad values are refused, naming the field")
    {
        auto admin = fixture.login(u"admin"_s);
        struct Case
        {
            QJsonObject body;
            QString field;
        };
        const QList<Case> cases = {
            {{{u"system_days"_s, 0}, {u"spare_parts_days"_s, 7}}, u"system_days"_s},
            {{{u"system_days"_s, 366}, {u"spare_parts_days"_s, 7}}, u"system_days"_s},
            {{{u"system_days"_s, 30}, {u"spare_parts_days"_s, -1}}, u"spare_parts_days"_s},
            {{{u"system_days"_s, u"30"_s}, {u"spare_parts_days"_s, 7}}, u"system_days"_s},
            {{{u"system_days"_s, 30}}, u"spare_parts_days"_s},
            {{{u"system_days"_s, 30}, {u"spare_parts_days"_s, 7}, {u"weekends"_s, false}}, u"weekends"_s},
        };
        for (const Case &c : cases) {
            const Answer answer = ServerFixture::call(*admin, "PUT", u"/settings/stale-rule"_s, c.body);
            INFO(answer.body.toStdString());
            CHECK(answer.status == 400);
            CHECK(answer.errorField() == c.field);
        }
        CHECK(ServerFixture::get(*east1, u"/settings/stale-rule"_s).json == defaults.json);
    }
    SECTION("the admin may")
    {
        auto admin = fixture.login(u"admin"_s);
        const QString settingsAudits = u"SELECT COUNT(*) FROM audit_log WHERE entity = 'settings'"_s;
        const qint64 auditsBefore = scalar(fixture, settingsAudits);
        const Answer answer = ServerFixture::call(*admin, "PUT", u"/settings/stale-rule"_s, wanted);
        CHECK(answer.status == 200);
        CHECK(ServerFixture::get(*east1, u"/settings/stale-rule"_s).json == wanted);
        CHECK(scalar(fixture, settingsAudits) == auditsBefore + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Reassignment
// ---------------------------------------------------------------------------------------------

TEST_CASE("A manager reassigns within the team: the record, the audit, the notices and visibility follow at once",
          "[rules][reassign]")
{
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 east2Id = fixture.employeeId(u"sales.east2"_s);
    const qint64 id = demoOpportunity(fixture, u"恒达三号酸洗线表面检测改造"_s);
    REQUIRE(ownerOf(fixture, id) == east1Id);
    REQUIRE(ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(id)).status == 200);
    REQUIRE(ServerFixture::get(*east2, u"/opportunities/%1"_s.arg(id)).status == 404);

    fixture.advanceClock(60);
    const Answer answer = ServerFixture::call(*manager, "POST", u"/opportunities/%1/reassign"_s.arg(id),
                                              {{u"to"_s, east2Id}, {u"reason"_s, u"陈静休产假，由刘洋跟进"_s}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    CHECK(answer.json.value(u"owner_id"_s).toInteger() == east2Id);
    CHECK(answer.json.value(u"owner_name"_s).toString() == u"刘洋"_s);
    CHECK(answer.json.value(u"version"_s).toInteger() == 2);
    CHECK(ownerOf(fixture, id) == east2Id);

    // The very next request of each sees the new state.
    CHECK(ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(id)).status == 404);
    CHECK(ServerFixture::get(*east2, u"/opportunities/%1"_s.arg(id)).status == 200);
    CHECK(ServerFixture::get(*manager, u"/opportunities/%1"_s.arg(id)).status == 200);

    // The salesperson change record.
    Query change(db(fixture), u"SELECT from_id, to_id, by_id, at, reason FROM owner_changes WHERE opportunity_id = :id"_s);
    change.bind(u":id"_s, id).exec();
    REQUIRE(change.next());
    CHECK(change.value(0).toLongLong() == east1Id);
    CHECK(change.value(1).toLongLong() == east2Id);
    CHECK(change.value(2).toLongLong() == fixture.employeeId(u"manager.east"_s));
    CHECK(change.value(3).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    CHECK(change.value(4).toString() == u"陈静休产假，由刘洋跟进"_s);
    CHECK_FALSE(change.next());
    // The audit of the owner change.
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM audit_log WHERE entity = 'opportunity' AND row_id = :id "
                          u"AND action = 'reassign' AND changes LIKE '%owner_id%'"_s,
                 id)
          == 1);

    // Both people are told.
    const QList<QJsonObject> away = ofKind(notificationsOf(*east1), u"reassigned_away"_s, id);
    REQUIRE(away.size() == 1);
    CHECK(away.constFirst().value(u"opportunity_title"_s).toString() == u"恒达三号酸洗线表面检测改造"_s);
    CHECK(away.constFirst().value(u"details"_s).toObject().value(u"to_name"_s).toString() == u"刘洋"_s);
    CHECK(away.constFirst().value(u"details"_s).toObject().value(u"reason"_s).toString() == u"陈静休产假，由刘洋跟进"_s);
    CHECK_FALSE(away.constFirst().value(u"read"_s).toBool());
    const QList<QJsonObject> toYou = ofKind(notificationsOf(*east2), u"reassigned_to_you"_s, id);
    REQUIRE(toYou.size() == 1);
    CHECK(toYou.constFirst().value(u"details"_s).toObject().value(u"from_name"_s).toString() == u"陈静"_s);
    CHECK(toYou.constFirst().value(u"details"_s).toObject().value(u"by_name"_s).toString() == u"李明"_s);
    CHECK(ofKind(notificationsOf(*manager), u"reassigned_to_you"_s, id).isEmpty());
}

TEST_CASE("Who may reassign what to whom", "[rules][reassign]")
{
    ServerFixture fixture;
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 east2Id = fixture.employeeId(u"sales.east2"_s);
    const qint64 west1Id = fixture.employeeId(u"sales.west1"_s);
    const qint64 eastOpportunity = openOpportunityOf(fixture, u"sales.east1"_s);
    const qint64 westOpportunity = openOpportunityOf(fixture, u"sales.west1"_s);
    const qint64 changesBefore = scalar(fixture, u"SELECT COUNT(*) FROM owner_changes"_s);
    const auto reassign = [](ApiClient &client, qint64 id, const QJsonObject &body) {
        return ServerFixture::call(client, "POST", u"/opportunities/%1/reassign"_s.arg(id), body);
    };
    const QJsonObject toEast2{{u"to"_s, east2Id}, {u"reason"_s, u"调整"_s}};

    SECTION("a salesperson may not, not even their own")
    {
        auto east1 = fixture.login(u"sales.east1"_s);
        CHECK(reassign(*east1, eastOpportunity, toEast2).status == 403);
        CHECK(ownerOf(fixture, eastOpportunity) == east1Id);
    }
    SECTION("a manager may not give to someone outside the team")
    {
        auto manager = fixture.login(u"manager.east"_s);
        const Answer answer = reassign(*manager, eastOpportunity, {{u"to"_s, west1Id}, {u"reason"_s, u"调整"_s}});
        CHECK(answer.status == 403);
        const Answer toBoss = reassign(*manager, eastOpportunity, {{u"to"_s, fixture.employeeId(u"director"_s)}, {u"reason"_s, u"调整"_s}});
        CHECK(toBoss.status == 403);
        CHECK(ownerOf(fixture, eastOpportunity) == east1Id);
    }
    SECTION("another branch's opportunity does not exist for the manager")
    {
        auto manager = fixture.login(u"manager.east"_s);
        const Answer answer = reassign(*manager, westOpportunity, toEast2);
        CHECK(answer.status == 404);
        CHECK(reassign(*manager, 999999, toEast2).status == 404);
        CHECK(ownerOf(fixture, westOpportunity) == west1Id);
    }
    SECTION("an executive may across branches, since everyone is below them")
    {
        auto director = fixture.login(u"director"_s);
        CHECK(reassign(*director, westOpportunity, toEast2).status == 200);
        CHECK(ownerOf(fixture, westOpportunity) == east2Id);
    }
    SECTION("bad input is refused with the field named")
    {
        auto manager = fixture.login(u"manager.east"_s);
        CHECK(reassign(*manager, eastOpportunity, {{u"to"_s, east2Id}}).errorField() == u"reason"_s);
        CHECK(reassign(*manager, eastOpportunity, {{u"to"_s, east2Id}, {u"reason"_s, u"  "_s}}).errorField() == u"reason"_s);
        CHECK(reassign(*manager, eastOpportunity, {{u"to"_s, east2Id}, {u"reason"_s, QString(501, u'x')}}).errorField() == u"reason"_s);
        CHECK(reassign(*manager, eastOpportunity, {{u"reason"_s, u"调整"_s}}).errorField() == u"to"_s);
        CHECK(reassign(*manager, eastOpportunity, {{u"to"_s, 999999}, {u"reason"_s, u"调整"_s}}).status == 400);
        CHECK(ownerOf(fixture, eastOpportunity) == east1Id);
    }
    SECTION("not to someone who has left")
    {
        Query(db(fixture), u"UPDATE employees SET active = 0 WHERE id = :id"_s).bind(u":id"_s, east2Id).exec();
        auto manager = fixture.login(u"manager.east"_s);
        const Answer answer = reassign(*manager, eastOpportunity, toEast2);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"to"_s);
    }
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM owner_changes"_s)
          == changesBefore + (ownerOf(fixture, westOpportunity) == east2Id ? 1 : 0));
}

TEST_CASE("Bulk reassignment is all or nothing", "[rules][reassign]")
{
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 east2Id = fixture.employeeId(u"sales.east2"_s);
    const qint64 a = demoOpportunity(fixture, u"恒达三号酸洗线表面检测改造"_s);
    const qint64 b = demoOpportunity(fixture, u"明华玻璃光源备件补充"_s);
    const qint64 own = demoOpportunity(fixture, u"赣源隔膜三期检测线"_s); // the manager's own
    const qint64 west = openOpportunityOf(fixture, u"sales.west1"_s);
    const qint64 changesBefore = scalar(fixture, u"SELECT COUNT(*) FROM owner_changes"_s);
    const qint64 notificationsBefore = scalar(fixture, u"SELECT COUNT(*) FROM notifications"_s);
    const auto bulk = [&](const QJsonArray &ids, qint64 to) {
        return ServerFixture::call(*manager, "POST", u"/opportunities/reassign"_s,
                                   {{u"ids"_s, ids}, {u"to"_s, to}, {u"reason"_s, u"季度调整"_s}});
    };

    SECTION("one out of reach spoils the batch")
    {
        const Answer answer = bulk({a, b, west}, east2Id);
        CHECK(answer.status == 404);
        CHECK(ownerOf(fixture, a) == fixture.employeeId(u"sales.east1"_s));
        CHECK(ownerOf(fixture, b) == fixture.employeeId(u"sales.east1"_s));
        CHECK(scalar(fixture, u"SELECT COUNT(*) FROM owner_changes"_s) == changesBefore);
        CHECK(scalar(fixture, u"SELECT COUNT(*) FROM notifications"_s) == notificationsBefore);
    }
    SECTION("a bad id list is refused")
    {
        CHECK(bulk({}, east2Id).errorField() == u"ids"_s);
        CHECK(bulk({u"x"_s}, east2Id).errorField() == u"ids"_s);
        CHECK(bulk({a, 1.5}, east2Id).errorField() == u"ids"_s);
        CHECK(ownerOf(fixture, a) == fixture.employeeId(u"sales.east1"_s));
    }
    SECTION("all of them move, each with its record")
    {
        const Answer answer = bulk({a, b, own, a}, east2Id);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        CHECK(answer.json == QJsonObject{{u"reassigned"_s, 3}});
        for (const qint64 id : {a, b, own})
            CHECK(ownerOf(fixture, id) == east2Id);
        CHECK(scalar(fixture, u"SELECT COUNT(*) FROM owner_changes"_s) == changesBefore + 3);
        auto east2 = fixture.login(u"sales.east2"_s);
        CHECK(ofKind(notificationsOf(*east2), u"reassigned_to_you"_s).size() == 3);
        auto east1 = fixture.login(u"sales.east1"_s);
        CHECK(ofKind(notificationsOf(*east1), u"reassigned_away"_s).size() == 2);
        CHECK(ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(a)).status == 404);
    }
    SECTION("a salesperson may not bulk-reassign either")
    {
        auto east1 = fixture.login(u"sales.east1"_s);
        const Answer answer = ServerFixture::call(*east1, "POST", u"/opportunities/reassign"_s,
                                                  {{u"ids"_s, QJsonArray{a}}, {u"to"_s, east2Id}, {u"reason"_s, u"x"_s}});
        CHECK(answer.status == 403);
        CHECK(ownerOf(fixture, a) == fixture.employeeId(u"sales.east1"_s));
    }
}

// ---------------------------------------------------------------------------------------------
// Notifications
// ---------------------------------------------------------------------------------------------

TEST_CASE("Due tracking plans remind their owner once", "[rules][notifications]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 id = createdId(*east1, systemOpportunity(fixture.partnerId(u"河北东方轮胎有限公司"_s), u"计划提醒测试项目"_s));
    const auto addPlan = [&](const QDateTime &remindAt, bool done) {
        Query insert(db(fixture), u"INSERT INTO tracking_plans (opportunity_id, planned_on, action, remind_at, done, "
                                  u"created_by, created_at, updated_at) VALUES (:id, :on, :action, :remind, :done, NULL, :at, :at)"_s);
        insert.bind(u":id"_s, id)
            .bind(u":on"_s, Tradewind::Wire::dateToWire(remindAt.date()))
            .bind(u":action"_s, done ? u"已完成的计划"_s : u"提交技术方案"_s)
            .bind(u":remind"_s, Tradewind::Wire::timestampToWire(remindAt))
            .bind(u":done"_s, done ? 1 : 0)
            .bind(u":at"_s, Tradewind::Wire::timestampToWire(fixture.now()))
            .exec();
        return insert.lastInsertId();
    };
    const qint64 due = addPlan(fixture.now().addSecs(-3600), false);
    const qint64 later = addPlan(fixture.now().addSecs(2 * 3600), false);
    addPlan(fixture.now().addSecs(-3600), true);

    QList<QJsonObject> reminders = ofKind(notificationsOf(*east1), u"plan_due"_s, id);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders.constFirst().value(u"details"_s).toObject().value(u"plan_id"_s).toInteger() == due);
    CHECK(reminders.constFirst().value(u"details"_s).toObject().value(u"action"_s).toString() == u"提交技术方案"_s);
    CHECK(reminders.constFirst().value(u"opportunity_title"_s).toString() == u"计划提醒测试项目"_s);
    CHECK(scalar(fixture, u"SELECT reminded FROM tracking_plans WHERE id = :id"_s, due) == 1);
    // Asking again does not repeat it.
    CHECK(ofKind(notificationsOf(*east1), u"plan_due"_s, id).size() == 1);
    // Nobody else is reminded of someone else's plan.
    auto manager = fixture.login(u"manager.east"_s);
    CHECK(ofKind(notificationsOf(*manager), u"plan_due"_s, id).isEmpty());

    fixture.advanceClock(3 * 3600);
    east1 = fixture.login(u"sales.east1"_s);
    reminders = ofKind(notificationsOf(*east1), u"plan_due"_s, id);
    REQUIRE(reminders.size() == 2);
    CHECK(reminders.constFirst().value(u"details"_s).toObject().value(u"plan_id"_s).toInteger() == later); // newest first
}

TEST_CASE("Stale opportunities are announced to their owner and up the chain, once per staleness", "[rules][notifications]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto westManager = fixture.login(u"manager.west"_s);
    const qint64 id = demoOpportunity(fixture, u"恒达三号酸洗线表面检测改造"_s);

    const QList<QJsonObject> own = ofKind(notificationsOf(*east1), u"stale"_s, id);
    REQUIRE(own.size() == 1);
    CHECK(own.constFirst().value(u"details"_s).toObject().value(u"days_since_follow_up"_s).toInteger() == 75);
    CHECK(ofKind(notificationsOf(*manager), u"stale"_s, id).size() == 1);
    CHECK(ofKind(notificationsOf(*westManager), u"stale"_s, id).isEmpty());
    // The director follows the whole company in the tree, not through one notice per stale opportunity.
    auto director = fixture.login(u"director"_s);
    CHECK(ofKind(notificationsOf(*director), u"stale"_s, id).isEmpty());
    // The manager hears of every stale one in the team, as the tree counts them (fewer than one batch here).
    const qint64 staleInTeam = [&] {
        qint64 sum = 0;
        for (const QString &login : {u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s})
            sum += expectedCounts(fixture, fixture.employeeId(login), 30, 14).second;
        return sum;
    }();
    CHECK(ofKind(notificationsOf(*manager), u"stale"_s).size() == staleInTeam);

    // Asking again adds nothing; a follow-up that goes stale again later is a new notice.
    const qint64 stored = scalar(fixture, u"SELECT COUNT(*) FROM notifications WHERE kind = 'stale'"_s);
    notificationsOf(*east1);
    notificationsOf(*manager);
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM notifications WHERE kind = 'stale'"_s) == stored);
    Query(db(fixture), u"UPDATE opportunities SET last_follow_up_on = :on WHERE id = :id"_s)
        .bind(u":on"_s, Tradewind::Wire::dateToWire(fixture.now().date()))
        .bind(u":id"_s, id)
        .exec();
    fixture.advanceClock(31 * Day);
    east1 = fixture.login(u"sales.east1"_s);
    CHECK(ofKind(notificationsOf(*east1), u"stale"_s, id).size() == 2);
}

TEST_CASE("Notifications are read one by one or all at once, unread first", "[rules][notifications]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    qint64 unread = 0;
    const QJsonArray items = notificationsOf(*east1, &unread);
    REQUIRE(items.size() >= 2);
    CHECK(unread == items.size());
    const qint64 first = items.at(0).toObject().value(u"id"_s).toInteger();

    // Someone else's notification does not exist for you.
    auto east2 = fixture.login(u"sales.east2"_s);
    CHECK(ServerFixture::call(*east2, "POST", u"/notifications/%1/read"_s.arg(first)).status == 404);
    CHECK(ServerFixture::call(*east1, "POST", u"/notifications/999999/read"_s).status == 404);

    const Answer read = ServerFixture::call(*east1, "POST", u"/notifications/%1/read"_s.arg(first));
    REQUIRE(read.status == 200);
    CHECK(read.json.value(u"read"_s).toBool());
    qint64 unreadNow = 0;
    const QJsonArray after = notificationsOf(*east1, &unreadNow);
    CHECK(unreadNow == unread - 1);
    // The read one sinks below every unread one.
    CHECK(after.last().toObject().value(u"id"_s).toInteger() == first);
    CHECK_FALSE(after.first().toObject().value(u"read"_s).toBool());

    const Answer all = ServerFixture::call(*east1, "POST", u"/notifications/read-all"_s);
    REQUIRE(all.status == 200);
    CHECK(all.json.value(u"marked"_s).toInteger() == unread - 1);
    notificationsOf(*east1, &unreadNow);
    CHECK(unreadNow == 0);
    // Only the caller's were marked.
    qint64 othersUnread = 0;
    notificationsOf(*east2, &othersUnread);
    CHECK(othersUnread > 0);
}

// ---------------------------------------------------------------------------------------------
// Org tree
// ---------------------------------------------------------------------------------------------

TEST_CASE("The org tree gives a manager their team with open and stale counts", "[rules][org]")
{
    ServerFixture fixture;
    const auto tree = [&](const QString &login) {
        auto client = fixture.login(login);
        const Answer answer = ServerFixture::get(*client, u"/org/tree"_s);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        return answer.json;
    };

    const QJsonObject east = tree(u"manager.east"_s);
    QSet<QString> logins;
    qint64 teamStale = 0;
    for (const QJsonValue &value : east.value(u"employees"_s).toArray()) {
        const QJsonObject employee = value.toObject();
        const QString login = employee.value(u"login"_s).toString();
        logins.insert(login);
        INFO(login.toStdString());
        const auto [open, stale] = expectedCounts(fixture, employee.value(u"id"_s).toInteger(), 30, 14);
        CHECK(employee.value(u"open_count"_s).toInteger() == open);
        CHECK(employee.value(u"stale_count"_s).toInteger() == stale);
        teamStale += stale;
    }
    CHECK(logins == QSet<QString>{u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s});
    CHECK(east.value(u"employees"_s).toArray().first().toObject().value(u"login"_s).toString() == u"manager.east"_s);
    CHECK(teamStale >= 3); // the demo keeps several stale ones in each team
    QStringList departmentNames;
    for (const QJsonValue &value : east.value(u"departments"_s).toArray())
        departmentNames.append(value.toObject().value(u"name"_s).toString());
    CHECK(departmentNames.contains(u"华东销售部"_s));
    CHECK_FALSE(departmentNames.contains(u"华西销售部"_s));

    // A salesperson's tree is themselves; the director's is everyone below.
    const QJsonArray own = tree(u"sales.east1"_s).value(u"employees"_s).toArray();
    REQUIRE(own.size() == 1);
    CHECK(own.first().toObject().value(u"login"_s).toString() == u"sales.east1"_s);
    CHECK(tree(u"director"_s).value(u"employees"_s).toArray().size()
          == scalar(fixture, u"SELECT COUNT(*) FROM employee_tree WHERE ancestor_id = :id"_s, fixture.employeeId(u"director"_s)));

    // A changed rule changes the counts.
    auto admin = fixture.login(u"admin"_s);
    REQUIRE(ServerFixture::call(*admin, "PUT", u"/settings/stale-rule"_s, {{u"system_days"_s, 365}, {u"spare_parts_days"_s, 365}}).status == 200);
    for (const QJsonValue &value : tree(u"manager.east"_s).value(u"employees"_s).toArray())
        CHECK(value.toObject().value(u"stale_count"_s).toInteger()
              == expectedCounts(fixture, value.toObject().value(u"id"_s).toInteger(), 365, 365).second);
}
