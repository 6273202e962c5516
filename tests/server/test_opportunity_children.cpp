// The opportunity card's sub-records over the real HTTP API: every kind for every demo role (own,
// subordinate's, other branch, nonexistent parent), child ids under hidden and wrong parents, validation,
// optimistic locking, and the side effects (last follow-up date, win closes the opportunity, advice rules
// and notifications, audit).

#include "serverfixture.h"

#include "database.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

constexpr qint64 NonexistentId = 999999;

/** Test-side SQL against the server's database. */
struct Sql
{
    ServerFixture &fixture;

    QVariant scalar(const QString &sql, const QList<QPair<QString, QVariant>> &bindings = {})
    {
        Query query(fixture.server().database().connection(), sql);
        for (const auto &[name, value] : bindings)
            query.bind(name, value);
        return query.scalar();
    }

    /** The n-th open opportunity (by id) owned by login. */
    qint64 openOpportunityOf(const QString &login, int n = 0)
    {
        const qint64 id = scalar(u"SELECT id FROM opportunities WHERE owner_id = :owner AND stage NOT IN ('won', 'lost') "
                                 u"ORDER BY id LIMIT 1 OFFSET :n"_s,
                                 {{u":owner"_s, fixture.employeeId(login)}, {u":n"_s, n}})
                              .toLongLong();
        REQUIRE(id > 0);
        return id;
    }

    qint64 contactOfCustomer(qint64 opportunityId)
    {
        const qint64 id = scalar(u"SELECT pc.id FROM partner_contacts pc JOIN opportunities o ON o.customer_id = pc.partner_id "
                                 u"WHERE o.id = :id ORDER BY pc.id LIMIT 1"_s,
                                 {{u":id"_s, opportunityId}})
                              .toLongLong();
        REQUIRE(id > 0);
        return id;
    }

    qint64 contactOfAnotherPartner(qint64 opportunityId)
    {
        const qint64 id = scalar(u"SELECT id FROM partner_contacts WHERE partner_id <> "
                                 u"(SELECT customer_id FROM opportunities WHERE id = :id) ORDER BY id LIMIT 1"_s,
                                 {{u":id"_s, opportunityId}})
                              .toLongLong();
        REQUIRE(id > 0);
        return id;
    }

    qint64 count(const QString &sql, const QList<QPair<QString, QVariant>> &bindings = {})
    {
        return scalar(sql, bindings).toLongLong();
    }
};

QJsonObject money(qint64 minor, const QString &currency = u"CNY"_s)
{
    return QJsonObject{{u"minor"_s, minor}, {u"currency"_s, currency}};
}

QString collectionPath(qint64 opportunityId, const QString &kind)
{
    return u"/opportunities/%1/%2"_s.arg(opportunityId).arg(kind);
}

QString itemPath(qint64 opportunityId, const QString &kind, qint64 childId)
{
    return u"/opportunities/%1/%2/%3"_s.arg(opportunityId).arg(kind).arg(childId);
}

/** A writable kind: a valid creation and a valid change. */
struct WritableKind
{
    QString path;
    QString table;
    QJsonObject create;
    QJsonObject patch;
};

/** Valid bodies for every writable kind on this opportunity (the demo date is 2026-11-02). */
QList<WritableKind> writableKinds(ServerFixture &fixture, qint64 opportunityId)
{
    Sql sql{fixture};
    return {
        {u"contacts"_s, u"opportunity_contacts"_s,
         {{u"contact_id"_s, sql.contactOfCustomer(opportunityId)}, {u"role"_s, u"决策人"_s}},
         {{u"notes"_s, u"负责最终拍板"_s}}},
        {u"follow-ups"_s, u"follow_ups"_s,
         {{u"happened_on"_s, u"2026-11-01"_s}, {u"way"_s, u"visit"_s}, {u"content"_s, u"拜访设备部，确认检测需求"_s}},
         {{u"next_step"_s, u"下周提交方案"_s}}},
        {u"plans"_s, u"tracking_plans"_s,
         {{u"planned_on"_s, u"2026-11-10"_s}, {u"action"_s, u"提交技术方案"_s}, {u"remind_at"_s, u"2026-11-10T01:00:00.000Z"_s}},
         {{u"done"_s, true}}},
        {u"competitors"_s, u"competitor_records"_s,
         {{u"competitor_id"_s, fixture.partnerId(u"VisionTek Inspection GmbH"_s)}, {u"product"_s, u"SurfaceScan 5"_s}},
         {{u"threat"_s, u"high"_s}}},
        {u"tenders"_s, u"tenders"_s,
         {{u"tender_number"_s, u"ZB-2026-0815"_s}, {u"bid_bond"_s, money(5000000)}, {u"deadline"_s, u"2026-12-01"_s}},
         {{u"bond_status"_s, u"paid"_s}}},
        {u"wins"_s, u"wins"_s, {{u"won_on"_s, u"2026-11-02"_s}, {u"amount"_s, money(268000000)}}, {{u"notes"_s, u"已签约"_s}}},
        {u"advice"_s, u"advice"_s, {{u"text"_s, u"建议尽快安排样品测试"_s}}, {{u"text"_s, u"建议本周内安排样品测试"_s}}},
    };
}

Answer create(ApiClient &client, qint64 opportunityId, const QString &kind, const QJsonObject &body)
{
    return ServerFixture::call(client, "POST", collectionPath(opportunityId, kind), body);
}

/** Creates a child and REQUIREs success. */
QJsonObject created(ApiClient &client, qint64 opportunityId, const QString &kind, const QJsonObject &body)
{
    const Answer answer = create(client, opportunityId, kind, body);
    INFO(kind.toStdString() << ": " << answer.body.toStdString());
    REQUIRE(answer.status == 201);
    return answer.json;
}

Answer patch(ApiClient &client, qint64 opportunityId, const QString &kind, qint64 childId, const QJsonObject &body,
             QByteArray ifMatch = {})
{
    if (ifMatch.isEmpty()) {
        const Answer current = ServerFixture::get(client, itemPath(opportunityId, kind, childId));
        ifMatch = current.etag.isEmpty() ? QByteArray("\"1\"") : current.etag;
    }
    return ServerFixture::call(client, "PATCH", itemPath(opportunityId, kind, childId), body, ifMatch);
}

qint64 insertOwnerChange(ServerFixture &fixture, qint64 opportunityId)
{
    Query query(fixture.server().database().connection(),
                u"INSERT INTO owner_changes (opportunity_id, from_id, to_id, by_id, at, reason) "
                u"VALUES (:opportunity, :from, :to, :by, '2026-10-01T02:00:00.000Z', '客户要求更换对接人')"_s);
    query.bind(u":opportunity"_s, opportunityId)
        .bind(u":from"_s, fixture.employeeId(u"sales.east2"_s))
        .bind(u":to"_s, fixture.employeeId(u"sales.east1"_s))
        .bind(u":by"_s, fixture.employeeId(u"manager.east"_s))
        .exec();
    return query.lastInsertId();
}

const QStringList allKinds = {u"contacts"_s, u"follow-ups"_s, u"plans"_s, u"competitors"_s,
                              u"tenders"_s,  u"wins"_s,       u"owner-changes"_s, u"advice"_s};

} // namespace

TEST_CASE("Every sub-record kind answers each demo role by the parent's visibility", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto west1 = fixture.login(u"sales.west1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);

    // One existing child of every kind on east1's opportunity, made by the manager (who may make all of them).
    QHash<QString, qint64> children;
    for (const WritableKind &kind : writableKinds(fixture, own))
        children.insert(kind.path, created(*manager, own, kind.path, kind.create).value(u"id"_s).toInteger());
    children.insert(u"owner-changes"_s, insertOwnerChange(fixture, own));

    const Answer nonexistent = ServerFixture::get(*east1, itemPath(NonexistentId, u"follow-ups"_s, 1));
    REQUIRE(nonexistent.status == 404);

    // One pass per kind (a section per kind and role would rebuild the demo company dozens of times).
    for (const WritableKind &kind : writableKinds(fixture, own)) {
        INFO("kind " << kind.path.toStdString());
        const qint64 child = children.value(kind.path);
        const bool advice = kind.path == u"advice"_s;
        const QString countSql = u"SELECT COUNT(*) FROM "_s + kind.table + u" WHERE opportunity_id = :id"_s;
        const qint64 existing = sql.count(countSql, {{u":id"_s, own}}); // the demo's and the setup's

        // Other branch (sales.west1) and a peer (sales.east2): as if nothing were there, and nothing is written.
        for (ApiClient *outsider : {west1.get(), east2.get()}) {
            const Answer list = ServerFixture::get(*outsider, collectionPath(own, kind.path));
            CHECK(list.status == 404);
            CHECK(list.body == nonexistent.body);
            const Answer item = ServerFixture::get(*outsider, itemPath(own, kind.path, child));
            CHECK(item.status == 404);
            CHECK(item.body == nonexistent.body);
            const Answer made = create(*outsider, own, kind.path, kind.create);
            CHECK(made.status == 404);
            CHECK(made.body == nonexistent.body);
            const Answer changed = patch(*outsider, own, kind.path, child, kind.patch, "\"1\"");
            CHECK(changed.status == 404);
            CHECK(changed.body == nonexistent.body);
        }
        CHECK(sql.count(countSql, {{u":id"_s, own}}) == existing);

        // A nonexistent parent, for those who see the real one too.
        for (ApiClient *client : {east1.get(), manager.get()}) {
            CHECK(ServerFixture::get(*client, collectionPath(NonexistentId, kind.path)).body == nonexistent.body);
            CHECK(ServerFixture::get(*client, itemPath(NonexistentId, kind.path, child)).body == nonexistent.body);
            CHECK(create(*client, NonexistentId, kind.path, kind.create).body == nonexistent.body);
            CHECK(patch(*client, NonexistentId, kind.path, child, kind.patch, "\"1\"").body == nonexistent.body);
        }

        // Own (sales.east1).
        const Answer list = ServerFixture::get(*east1, collectionPath(own, kind.path));
        REQUIRE(list.status == 200);
        CHECK(idsOf(list.json.value(u"items"_s).toArray()).contains(child));
        const Answer item = ServerFixture::get(*east1, itemPath(own, kind.path, child));
        REQUIRE(item.status == 200);
        CHECK(item.json.value(u"opportunity_id"_s).toInteger() == own);
        CHECK(item.json.value(u"created_by_name"_s).toString() == u"李明"_s);
        CHECK(item.etag == "\"1\"");
        // The owner may not start advice (403) nor edit the manager's; everything else is theirs to write.
        CHECK(create(*east1, own, kind.path, kind.create).status == (advice ? 403 : 201));
        CHECK(patch(*east1, own, kind.path, child, kind.patch).status == (advice ? 403 : 200));

        // Subordinate's (manager.east).
        CHECK(ServerFixture::get(*manager, collectionPath(own, kind.path)).status == 200);
        const Answer current = ServerFixture::get(*manager, itemPath(own, kind.path, child));
        CHECK(current.status == 200);
        CHECK(create(*manager, own, kind.path, kind.create).status == 201);
        const Answer changed = patch(*manager, own, kind.path, child, kind.patch, current.etag);
        INFO(changed.body.toStdString());
        CHECK(changed.status == 200);
        CHECK(changed.json.value(u"version"_s).toInteger() == current.json.value(u"version"_s).toInteger() + 1);
        CHECK(sql.count(countSql, {{u":id"_s, own}}) == existing + (advice ? 1 : 2));
    }

    // Owner changes: readable by the same roles, never writable.
    {
        const qint64 change = children.value(u"owner-changes"_s);
        const Answer item = ServerFixture::get(*east1, itemPath(own, u"owner-changes"_s, change));
        REQUIRE(item.status == 200);
        CHECK(item.json.value(u"from_name"_s).toString() == u"刘洋"_s);
        CHECK(item.json.value(u"to_name"_s).toString() == u"陈静"_s);
        CHECK(item.json.value(u"by_name"_s).toString() == u"李明"_s);
        CHECK(item.json.value(u"reason"_s).toString() == u"客户要求更换对接人"_s);
        const qint64 changes = sql.count(u"SELECT COUNT(*) FROM owner_changes"_s);
        CHECK(ServerFixture::get(*manager, collectionPath(own, u"owner-changes"_s)).json.value(u"total"_s).toInteger()
              == sql.count(u"SELECT COUNT(*) FROM owner_changes WHERE opportunity_id = :id"_s, {{u":id"_s, own}}));
        CHECK(ServerFixture::get(*west1, itemPath(own, u"owner-changes"_s, change)).body == nonexistent.body);
        CHECK(ServerFixture::get(*west1, collectionPath(own, u"owner-changes"_s)).body == nonexistent.body);
        CHECK(ServerFixture::get(*east1, collectionPath(NonexistentId, u"owner-changes"_s)).body == nonexistent.body);

        const Answer post = create(*manager, own, u"owner-changes"_s, {{u"reason"_s, u"x"_s}});
        CHECK(post.status == 405);
        CHECK(post.errorCode() == u"method_not_allowed"_s);
        CHECK(patch(*manager, own, u"owner-changes"_s, change, {{u"reason"_s, u"x"_s}}, "\"1\"").status == 405);
        CHECK(sql.count(u"SELECT COUNT(*) FROM owner_changes"_s) == changes);
    }
}

TEST_CASE("A child id under a hidden or the wrong parent is 404 with the body of a nonexistent one", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    const qint64 otherOwn = sql.openOpportunityOf(u"sales.east1"_s, 1);
    const qint64 hidden = sql.openOpportunityOf(u"sales.west1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto director = fixture.login(u"director"_s);

    for (const QString &kind : allKinds) {
        INFO("kind " << kind.toStdString());
        // A child of the hidden opportunity (made by someone who sees it) and one of east1's own.
        qint64 hiddenChild = 0;
        qint64 ownChild = 0;
        if (kind == u"owner-changes"_s) {
            hiddenChild = insertOwnerChange(fixture, hidden);
            ownChild = insertOwnerChange(fixture, own);
        } else {
            for (const WritableKind &writable : writableKinds(fixture, hidden))
                if (writable.path == kind)
                    hiddenChild = created(*director, hidden, kind, writable.create).value(u"id"_s).toInteger();
            for (const WritableKind &writable : writableKinds(fixture, own))
                if (writable.path == kind)
                    ownChild = created(*director, own, kind, writable.create).value(u"id"_s).toInteger();
        }
        REQUIRE(hiddenChild > 0);
        REQUIRE(ownChild > 0);

        const Answer missing = ServerFixture::get(*east1, itemPath(own, kind, 99999999));
        REQUIRE(missing.status == 404);
        const Answer underHidden = ServerFixture::get(*east1, itemPath(hidden, kind, hiddenChild));
        CHECK(underHidden.status == 404);
        CHECK(underHidden.body == missing.body);
        // The hidden child asked for under an opportunity east1 does see: still not there.
        const Answer smuggled = ServerFixture::get(*east1, itemPath(own, kind, hiddenChild));
        CHECK(smuggled.status == 404);
        CHECK(smuggled.body == missing.body);
        // East1's own child under east1's other opportunity: the wrong parent.
        const Answer wrongParent = ServerFixture::get(*east1, itemPath(otherOwn, kind, ownChild));
        CHECK(wrongParent.status == 404);
        CHECK(wrongParent.body == missing.body);
        CHECK(ServerFixture::get(*east1, itemPath(own, kind, ownChild)).status == 200);
        if (kind != u"owner-changes"_s && kind != u"advice"_s) {
            const Answer patched = patch(*east1, otherOwn, kind, ownChild, {}, "\"1\"");
            CHECK(patched.status == 404);
            CHECK(patched.body == missing.body);
            CHECK(patch(*east1, own, kind, hiddenChild, {}, "\"1\"").body == missing.body);
        }
        // A non-numeric child id is simply one that does not exist.
        CHECK(ServerFixture::get(*east1, u"/opportunities/%1/%2/abc"_s.arg(own).arg(kind)).body == missing.body);
    }
}

TEST_CASE("Sub-record input is validated naming the field", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    const auto refused = [&](const QString &kind, const QJsonObject &body, const QString &field) {
        const qint64 before = sql.count(u"SELECT COUNT(*) FROM audit_log"_s);
        const Answer answer = create(*east1, own, kind, body);
        INFO(kind.toStdString() << " " << answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == field);
        CHECK(sql.count(u"SELECT COUNT(*) FROM audit_log"_s) == before);
    };
    const QJsonObject followUp{{u"happened_on"_s, u"2026-11-01"_s}, {u"way"_s, u"visit"_s}, {u"content"_s, u"拜访"_s}};
    const auto with = [](QJsonObject object, const QString &key, const QJsonValue &value) {
        object.insert(key, value);
        return object;
    };
    const auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };

    refused(u"follow-ups"_s, with(followUp, u"way"_s, u"fax"_s), u"way"_s);
    refused(u"follow-ups"_s, with(followUp, u"happened_on"_s, u"2026-11-03"_s), u"happened_on"_s); // tomorrow
    refused(u"follow-ups"_s, with(followUp, u"happened_on"_s, u"2026-13-01"_s), u"happened_on"_s);
    refused(u"follow-ups"_s, without(followUp, u"content"_s), u"content"_s);
    refused(u"follow-ups"_s, with(followUp, u"content"_s, QString(4001, u'字')), u"content"_s);
    refused(u"follow-ups"_s, with(followUp, u"owner_id"_s, 1), u"owner_id"_s);
    refused(u"contacts"_s, {{u"contact_id"_s, sql.contactOfAnotherPartner(own)}}, u"contact_id"_s);
    refused(u"contacts"_s, {{u"contact_id"_s, 99999999}}, u"contact_id"_s);
    refused(u"contacts"_s, {{u"contact_id"_s, sql.contactOfCustomer(own)}, {u"role"_s, QString(101, u'x')}}, u"role"_s);
    refused(u"competitors"_s, {{u"competitor_id"_s, fixture.partnerId(u"江苏恒达钢铁有限公司"_s)}}, u"competitor_id"_s);
    refused(u"competitors"_s, {{u"competitor_id"_s, fixture.partnerId(u"凯视捷智能检测有限公司"_s)}, {u"threat"_s, u"severe"_s}},
            u"threat"_s);
    refused(u"plans"_s, {{u"planned_on"_s, u"2026-11-10"_s}, {u"action"_s, u"x"_s}, {u"remind_at"_s, u"2026-11-10T09:00:00"_s}},
            u"remind_at"_s);
    refused(u"plans"_s, {{u"planned_on"_s, u"2026-11-10"_s}, {u"action"_s, u"x"_s}, {u"done"_s, u"yes"_s}}, u"done"_s);
    refused(u"tenders"_s, {{u"tender_number"_s, u"T-1"_s}, {u"bond_status"_s, u"lost"_s}}, u"bond_status"_s);
    refused(u"tenders"_s, {{u"tender_number"_s, u"T-1"_s}, {u"bid_amount"_s, 5}}, u"bid_amount"_s);
    refused(u"wins"_s, {{u"won_on"_s, u"2026-11-02"_s}}, u"amount"_s);
    refused(u"advice"_s, {{u"reply_to"_s, 1}}, u"text"_s);

    SECTION("valid input gets its defaults")
    {
        const QJsonObject competitor = created(*east1, own, u"competitors"_s,
                                               {{u"competitor_id"_s, fixture.partnerId(u"凯视捷智能检测有限公司"_s)}});
        CHECK(competitor.value(u"threat"_s).toString() == u"medium"_s);
        CHECK(competitor.value(u"competitor_name"_s).toString() == u"凯视捷智能检测有限公司"_s);
        const QJsonObject tender = created(*east1, own, u"tenders"_s, {{u"tender_number"_s, u"T-1"_s}});
        CHECK(tender.value(u"bond_status"_s).toString() == u"none"_s);
        CHECK(tender.value(u"result"_s).toString() == u"pending"_s);
        CHECK(tender.value(u"bid_bond"_s).isNull());
        CHECK(tender.value(u"deadline"_s).isNull());
        const QJsonObject plan = created(*east1, own, u"plans"_s, {{u"planned_on"_s, u"2026-11-10"_s}, {u"action"_s, u"x"_s}});
        CHECK(plan.value(u"done"_s) == QJsonValue(false));
        CHECK(plan.value(u"remind_at"_s).isNull());
        const QJsonObject contact = created(*east1, own, u"contacts"_s, {{u"contact_id"_s, sql.contactOfCustomer(own)}});
        CHECK(!contact.value(u"contact_name"_s).toString().isEmpty());
        CHECK(contact.value(u"partner_id"_s).toInteger()
              == sql.count(u"SELECT customer_id FROM opportunities WHERE id = :id"_s, {{u":id"_s, own}}));
    }
    SECTION("a patch is validated like a creation")
    {
        const qint64 id = created(*east1, own, u"follow-ups"_s, followUp).value(u"id"_s).toInteger();
        const Answer fax = patch(*east1, own, u"follow-ups"_s, id, {{u"way"_s, u"fax"_s}});
        CHECK(fax.status == 400);
        CHECK(fax.errorField() == u"way"_s);
        const Answer cleared = patch(*east1, own, u"follow-ups"_s, id, {{u"content"_s, QJsonValue::Null}});
        CHECK(cleared.status == 400);
        CHECK(cleared.errorField() == u"content"_s);
        const Answer readOnly = patch(*east1, own, u"follow-ups"_s, id, {{u"created_by"_s, 1}});
        CHECK(readOnly.status == 400);
        CHECK(readOnly.errorField() == u"created_by"_s);
        CHECK(ServerFixture::get(*east1, itemPath(own, u"follow-ups"_s, id)).json.value(u"way"_s).toString() == u"visit"_s);
    }
}

TEST_CASE("Sub-record updates need If-Match: 428 without, 412 when stale", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    for (const WritableKind &kind : writableKinds(fixture, own)) {
        if (kind.path == u"advice"_s)
            continue; // east1 may not write advice; covered below
        INFO("kind " << kind.path.toStdString());
        const QJsonObject item = created(*east1, own, kind.path, kind.create);
        const qint64 id = item.value(u"id"_s).toInteger();
        const QString path = itemPath(own, kind.path, id);

        const Answer missing = ServerFixture::call(*east1, "PATCH", path, kind.patch);
        CHECK(missing.status == 428);
        const Answer first = ServerFixture::call(*east1, "PATCH", path, kind.patch, "\"1\"");
        INFO(first.body.toStdString());
        REQUIRE(first.status == 200);
        CHECK(first.etag == "\"2\"");
        CHECK(first.json.value(u"version"_s).toInteger() == 2);
        const Answer stale = ServerFixture::call(*east1, "PATCH", path, kind.patch, "\"1\"");
        CHECK(stale.status == 412);
        CHECK(stale.etag == "\"2\"");
        CHECK(sql.count(u"SELECT COUNT(*) FROM audit_log WHERE entity = :table AND row_id = :id"_s,
                        {{u":table"_s, kind.table}, {u":id"_s, id}})
              == 2);
        CHECK(sql.count(u"SELECT COUNT(*) FROM audit_log WHERE entity = :table AND row_id = :id AND action = 'update'"_s,
                        {{u":table"_s, kind.table}, {u":id"_s, id}})
              == 1);
    }
}

TEST_CASE("Follow-ups keep the opportunity's last follow-up date and nothing else", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    const auto lastFollowUp = [&] {
        return sql.scalar(u"SELECT last_follow_up_on FROM opportunities WHERE id = :id"_s, {{u":id"_s, own}}).toString();
    };
    const auto opportunityVersion = [&] {
        return sql.count(u"SELECT version FROM opportunities WHERE id = :id"_s, {{u":id"_s, own}});
    };
    const qint64 versionBefore = opportunityVersion();
    // The demo keeps the column consistent with the follow-ups.
    CHECK(lastFollowUp()
          == sql.scalar(u"SELECT MAX(happened_on) FROM follow_ups WHERE opportunity_id = :id"_s, {{u":id"_s, own}}).toString());

    const QJsonObject today = created(*east1, own, u"follow-ups"_s,
                                      {{u"happened_on"_s, u"2026-11-02"_s}, {u"way"_s, u"call"_s}, {u"content"_s, u"电话确认预算"_s}});
    CHECK(lastFollowUp() == u"2026-11-02"_s);
    const Answer moved = patch(*east1, own, u"follow-ups"_s, today.value(u"id"_s).toInteger(), {{u"happened_on"_s, u"2020-01-01"_s}});
    REQUIRE(moved.status == 200);
    const QString expected = sql.scalar(u"SELECT MAX(happened_on) FROM follow_ups WHERE opportunity_id = :id"_s, {{u":id"_s, own}}).toString();
    CHECK(lastFollowUp() == expected);
    CHECK(expected < u"2026-11-02"_s);
    CHECK(opportunityVersion() == versionBefore);

    SECTION("the newest follow-up comes first in the list")
    {
        created(*east1, own, u"follow-ups"_s, {{u"happened_on"_s, u"2026-11-02"_s}, {u"way"_s, u"email"_s}, {u"content"_s, u"发送方案"_s}});
        const QJsonArray items = ServerFixture::get(*east1, collectionPath(own, u"follow-ups"_s)).json.value(u"items"_s).toArray();
        REQUIRE(items.size() >= 2);
        for (qsizetype i = 1; i < items.size(); ++i)
            CHECK(items.at(i - 1).toObject().value(u"happened_on"_s).toString()
                  >= items.at(i).toObject().value(u"happened_on"_s).toString());
        CHECK(items.at(0).toObject().value(u"way"_s).toString() == u"email"_s);
    }
}

TEST_CASE("A win closes the opportunity as won, audited as an opportunity update", "[children]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    const Answer before = ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(own));
    REQUIRE(before.status == 200);
    REQUIRE(before.json.value(u"stage"_s).toString() != u"won"_s);

    // The quote a win names is one of this opportunity's.
    const qint64 quoteId = created(*east1, own, u"quotes"_s, {}).value(u"id"_s).toInteger();
    const QJsonObject win = created(*east1, own, u"wins"_s, {{u"won_on"_s, u"2026-11-02"_s}, {u"amount"_s, money(268000000)}, {u"quote_id"_s, quoteId}});
    CHECK(win.value(u"amount"_s).toObject() == money(268000000));
    CHECK(win.value(u"quote_id"_s).toInteger() == quoteId);
    const Answer after = ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(own));
    CHECK(after.json.value(u"stage"_s).toString() == u"won"_s);
    CHECK(after.json.value(u"version"_s).toInteger() == before.json.value(u"version"_s).toInteger() + 1);
    CHECK(sql.count(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'opportunity' AND row_id = :id AND action = 'update' "
                    u"AND changes LIKE '%\"stage\"%'"_s,
                    {{u":id"_s, own}})
          == 1);
    CHECK(sql.count(u"SELECT COUNT(*) FROM audit_log WHERE entity = 'wins' AND row_id = :id AND action = 'create'"_s,
                    {{u":id"_s, win.value(u"id"_s).toInteger()}})
          == 1);
}

TEST_CASE("Advice: supervisors advise, the owner replies, peers see nothing", "[children][advice]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    const qint64 own = sql.openOpportunityOf(u"sales.east1"_s);
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 managerId = fixture.employeeId(u"manager.east"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    auto director = fixture.login(u"director"_s);
    const auto notificationsOf = [&](qint64 employee, const QString &kind) {
        return sql.count(u"SELECT COUNT(*) FROM notifications WHERE employee_id = :employee AND kind = :kind "
                         u"AND opportunity_id = :opportunity"_s,
                         {{u":employee"_s, employee}, {u":kind"_s, kind}, {u":opportunity"_s, own}});
    };

    const QJsonObject advice = created(*manager, own, u"advice"_s, {{u"text"_s, u"客户预算紧张，建议先报基础配置"_s}});
    const qint64 adviceId = advice.value(u"id"_s).toInteger();
    CHECK(advice.value(u"author_id"_s).toInteger() == managerId);
    CHECK(advice.value(u"author_name"_s).toString() == u"李明"_s);
    CHECK(advice.value(u"reply_to"_s).isNull());
    CHECK(notificationsOf(east1Id, u"advice"_s) == 1);

    SECTION("the owner may not start advice")
    {
        const Answer answer = create(*east1, own, u"advice"_s, {{u"text"_s, u"自我建议"_s}});
        CHECK(answer.status == 403);
        CHECK(sql.count(u"SELECT COUNT(*) FROM advice WHERE opportunity_id = :id"_s, {{u":id"_s, own}}) == 1);
    }
    SECTION("the owner replies and the author is told")
    {
        const QJsonObject reply = created(*east1, own, u"advice"_s, {{u"text"_s, u"收到，本周调整报价"_s}, {u"reply_to"_s, adviceId}});
        CHECK(reply.value(u"reply_to"_s).toInteger() == adviceId);
        CHECK(notificationsOf(managerId, u"advice_reply"_s) == 1);
        CHECK(notificationsOf(east1Id, u"advice_reply"_s) == 0);
        // Only the author edits: the manager may not edit east1's reply, east1 may not edit the advice.
        CHECK(patch(*manager, own, u"advice"_s, reply.value(u"id"_s).toInteger(), {{u"text"_s, u"改"_s}}).status == 403);
        CHECK(patch(*east1, own, u"advice"_s, adviceId, {{u"text"_s, u"改"_s}}).status == 403);
        CHECK(patch(*east1, own, u"advice"_s, reply.value(u"id"_s).toInteger(), {{u"text"_s, u"收到，今天调整报价"_s}}).status == 200);
    }
    SECTION("the author edits their advice")
    {
        const Answer edited = patch(*manager, own, u"advice"_s, adviceId, {{u"text"_s, u"建议先报基础配置，再谈升级"_s}});
        CHECK(edited.status == 200);
        CHECK(edited.json.value(u"text"_s).toString() == u"建议先报基础配置，再谈升级"_s);
        CHECK(notificationsOf(east1Id, u"advice"_s) == 1); // an edit is not new advice
    }
    SECTION("a peer sees no advice at all")
    {
        const Answer missing = ServerFixture::get(*east2, itemPath(NonexistentId, u"advice"_s, adviceId));
        CHECK(ServerFixture::get(*east2, collectionPath(own, u"advice"_s)).body == missing.body);
        CHECK(ServerFixture::get(*east2, itemPath(own, u"advice"_s, adviceId)).body == missing.body);
        CHECK(create(*east2, own, u"advice"_s, {{u"text"_s, u"x"_s}, {u"reply_to"_s, adviceId}}).body == missing.body);
    }
    SECTION("an executive advises anyone")
    {
        CHECK(create(*director, own, u"advice"_s, {{u"text"_s, u"注意回款条件"_s}}).status == 201);
        CHECK(notificationsOf(east1Id, u"advice"_s) == 2);
    }
    SECTION("a reply must be to advice of the same opportunity")
    {
        const qint64 other = sql.openOpportunityOf(u"sales.east1"_s, 1);
        const qint64 otherAdvice = created(*manager, other, u"advice"_s, {{u"text"_s, u"别处的建议"_s}}).value(u"id"_s).toInteger();
        const Answer answer = create(*east1, own, u"advice"_s, {{u"text"_s, u"回复"_s}, {u"reply_to"_s, otherAdvice}});
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"reply_to"_s);
    }
}

TEST_CASE("The demo card records make stale and fresh opportunities in every team", "[children][demo]")
{
    ServerFixture fixture;
    Sql sql{fixture};
    // Stale: open, and the last follow-up (or the creation, when none) is older than the rule's days.
    const QString staleFor = u"SELECT COUNT(*) FROM opportunities o WHERE o.owner_id = :owner "
                             u"AND o.stage NOT IN ('won', 'lost') AND COALESCE(o.last_follow_up_on, substr(o.created_at, 1, 10)) "
                             u"< date('2026-11-02', CASE o.kind WHEN 'system' THEN '-30 days' ELSE '-14 days' END)"_s;
    for (const QString &login : {u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s}) {
        INFO(login.toStdString());
        const qint64 owner = fixture.employeeId(login);
        const qint64 open = sql.count(u"SELECT COUNT(*) FROM opportunities WHERE owner_id = :owner AND stage NOT IN ('won', 'lost')"_s,
                                      {{u":owner"_s, owner}});
        const qint64 stale = sql.count(staleFor, {{u":owner"_s, owner}});
        CHECK(stale >= 2);
        CHECK(stale < open); // and most are followed up
    }
    CHECK(sql.count(u"SELECT COUNT(*) FROM opportunities o WHERE COALESCE(o.last_follow_up_on, '') <> "
                    u"COALESCE((SELECT MAX(happened_on) FROM follow_ups f WHERE f.opportunity_id = o.id), '')"_s)
          == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM follow_ups WHERE happened_on > '2026-11-02'"_s) == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM tracking_plans WHERE remind_at <= '2026-11-02T09:00:00.000Z' AND done = 0"_s) > 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM tracking_plans WHERE remind_at > '2026-11-02T09:00:00.000Z'"_s) > 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM competitor_records c JOIN partners p ON p.id = c.competitor_id "
                    u"WHERE (',' || p.classes || ',') NOT LIKE '%,competitor,%'"_s)
          == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM competitor_records"_s) > 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM tenders t JOIN opportunities o ON o.id = t.opportunity_id "
                    u"WHERE o.kind <> 'system' OR o.source <> 'tender'"_s)
          == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM tenders"_s) > 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM opportunity_contacts c JOIN partner_contacts pc ON pc.id = c.contact_id "
                    u"JOIN opportunities o ON o.id = c.opportunity_id WHERE pc.partner_id <> o.customer_id"_s)
          == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM opportunities o WHERE o.stage = 'won' "
                    u"AND NOT EXISTS (SELECT 1 FROM wins w WHERE w.opportunity_id = o.id)"_s)
          == 0);
    CHECK(sql.count(u"SELECT COUNT(*) FROM wins w JOIN opportunities o ON o.id = w.opportunity_id WHERE o.stage <> 'won'"_s) == 0);

    // Through the API, the demo records read like any other.
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 withFollowUps = sql.count(u"SELECT f.opportunity_id FROM follow_ups f JOIN opportunities o ON o.id = f.opportunity_id "
                                           u"WHERE o.owner_id = :owner ORDER BY f.id LIMIT 1"_s,
                                           {{u":owner"_s, fixture.employeeId(u"sales.east1"_s)}});
    const Answer list = ServerFixture::get(*east1, collectionPath(withFollowUps, u"follow-ups"_s));
    REQUIRE(list.status == 200);
    CHECK(list.json.value(u"total"_s).toInteger() > 0);
    CHECK(list.json.value(u"items"_s).toArray().at(0).toObject().value(u"created_by_name"_s).toString() == u"陈静"_s);
}
