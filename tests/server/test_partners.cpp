// Business partners over the real HTTP API: listing, search, duplicates, optimistic locking, contacts,
// validation, roles and history.

#include "serverfixture.h"

#include "database.h"
#include "partner.h"
#include "testsupport.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;
using Tradewind::Partner;
using Tradewind::Query;

namespace {

struct PartnerRow
{
    qint64 id = 0;
    QString name;
    QStringList classes;
    QString city;
    QString industry;
};

/** Every partner as stored, read straight from the database (not through the API under test). */
QList<PartnerRow> storedPartners(ServerFixture &fixture)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id, name, classes, city, industry FROM partners ORDER BY id"_s);
    query.exec();
    QList<PartnerRow> rows;
    while (query.next()) {
        rows.append(PartnerRow{query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString().split(u',', Qt::SkipEmptyParts), query.value(3).toString(),
                               query.value(4).toString()});
    }
    return rows;
}

qint64 partnerCount(ServerFixture &fixture)
{
    return Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
}

QList<qint64> contactIds(ServerFixture &fixture, qint64 partnerId)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id FROM partner_contacts WHERE partner_id = :p ORDER BY position, id"_s);
    query.bind(u":p"_s, partnerId).exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QStringList namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &item : items)
        names.append(item.toObject().value(u"name"_s).toString());
    return names;
}

/** A POST whose Location header is kept too (the fixture's Answer has no room for it). */
struct Created
{
    Answer answer;
    QByteArray location;
};

Created postWithLocation(ApiClient &client, const QString &path, const QJsonObject &body, const QUrlQuery &query = {})
{
    Tradewind::ApiReply *reply = client.post(path, body, query);
    REQUIRE(TestSupport::waitFor(reply));
    Created created;
    created.answer.status = reply->status();
    created.answer.json = reply->object();
    created.answer.body = reply->rawBody();
    created.answer.etag = reply->etag();
    created.location = reply->header("Location");
    reply->deleteLater();
    return created;
}

QJsonObject newPartner(const QString &name)
{
    return QJsonObject{{u"name"_s, name},
                       {u"classes"_s, QJsonArray{u"customer"_s}},
                       {u"country"_s, u"cn"_s},
                       {u"city"_s, u"南京"_s},
                       {u"industry"_s, u"化纤"_s},
                       {u"credit_days"_s, 45},
                       {u"contacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"周涛"_s},
                                                              {u"title"_s, u"设备部长"_s},
                                                              {u"email"_s, u"zhou.tao@example.cn"_s},
                                                              {u"primary"_s, true}},
                                                  QJsonObject{{u"name"_s, u"吴敏"_s}, {u"phone"_s, u"+86 25 5555 0101"_s}}}}};
}

/** All pages of a list, fetched pageSize at a time. */
QJsonArray fetchAll(ApiClient &client, const QString &path, QUrlQuery query, int pageSize, qint64 *total = nullptr)
{
    QJsonArray all;
    for (int offset = 0;; offset += pageSize) {
        QUrlQuery pageQuery = query;
        pageQuery.addQueryItem(u"limit"_s, QString::number(pageSize));
        pageQuery.addQueryItem(u"offset"_s, QString::number(offset));
        const Answer page = ServerFixture::get(client, path, pageQuery);
        REQUIRE(page.status == 200);
        if (total)
            *total = page.json.value(u"total"_s).toInteger();
        const QJsonArray items = page.json.value(u"items"_s).toArray();
        REQUIRE(items.size() <= pageSize);
        for (const QJsonValue &item : items)
            all.append(item);
        if (items.size() < pageSize)
            break;
        REQUIRE(offset < 10000);
    }
    return all;
}

} // namespace

TEST_CASE("Partner list pages through every partner with a correct total", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const QList<PartnerRow> stored = storedPartners(fixture);
    REQUIRE(stored.size() >= 40); // the demo company is loaded

    const Answer first = ServerFixture::get(*client, u"/partners"_s, params({{u"limit"_s, u"10"_s}}));
    REQUIRE(first.status == 200);
    CHECK(first.json.value(u"total"_s).toInteger() == stored.size());
    CHECK(first.json.value(u"items"_s).toArray().size() == 10);
    // Lists leave the contacts out.
    CHECK_FALSE(first.json.value(u"items"_s).toArray().first().toObject().contains(u"contacts"_s));

    // Default page size is 50.
    const Answer defaultPage = ServerFixture::get(*client, u"/partners"_s);
    REQUIRE(defaultPage.status == 200);
    CHECK(defaultPage.json.value(u"items"_s).toArray().size() == std::min<qsizetype>(50, stored.size()));

    // Pages of 10 put together are the whole list, each partner once.
    qint64 total = 0;
    const QJsonArray all = fetchAll(*client, u"/partners"_s, {}, 10, &total);
    CHECK(total == stored.size());
    const QList<qint64> ids = idsOf(all);
    REQUIRE(ids.size() == stored.size());
    QSet<qint64> expectedIds;
    for (const PartnerRow &row : stored)
        expectedIds.insert(row.id);
    CHECK(QSet<qint64>(ids.begin(), ids.end()) == expectedIds);

    // An offset beyond the end is an empty page with the same total.
    const Answer beyond =
        ServerFixture::get(*client, u"/partners"_s, params({{u"offset"_s, QString::number(stored.size() + 5)}}));
    REQUIRE(beyond.status == 200);
    CHECK(beyond.json.value(u"items"_s).toArray().isEmpty());
    CHECK(beyond.json.value(u"total"_s).toInteger() == stored.size());

    // The last partial page.
    const Answer tail = ServerFixture::get(
        *client, u"/partners"_s, params({{u"limit"_s, u"10"_s}, {u"offset"_s, QString::number(stored.size() - 3)}}));
    REQUIRE(tail.status == 200);
    CHECK(tail.json.value(u"items"_s).toArray().size() == 3);

    for (const QString &bad : {u"0"_s, u"201"_s, u"ten"_s, u"-1"_s}) {
        INFO("limit=" << bad.toStdString());
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"limit"_s, bad}}));
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"limit"_s);
    }
    const Answer badOffset = ServerFixture::get(*client, u"/partners"_s, params({{u"offset"_s, u"-1"_s}}));
    CHECK(badOffset.status == 400);
    CHECK(badOffset.errorField() == u"offset"_s);
}

TEST_CASE("Partner list sorts by name both ways and refuses unknown sort keys", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"manager.east"_s);
    const QList<PartnerRow> stored = storedPartners(fixture);

    // SQLite's NOCASE folds ASCII only and otherwise compares code points, as does this for BMP text.
    QList<PartnerRow> expected = stored;
    std::sort(expected.begin(), expected.end(), [](const PartnerRow &a, const PartnerRow &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    QStringList expectedNames;
    for (const PartnerRow &row : std::as_const(expected))
        expectedNames.append(row.name);

    const Answer ascending = ServerFixture::get(*client, u"/partners"_s, params({{u"sort"_s, u"name"_s}, {u"limit"_s, u"200"_s}}));
    REQUIRE(ascending.status == 200);
    const QStringList ascendingNames = namesOf(ascending.json.value(u"items"_s).toArray());
    CHECK(ascendingNames == expectedNames);
    // Latin and Chinese names are both there, so the order is not trivially one script.
    CHECK(ascendingNames.first().at(0).unicode() < 0x80);
    CHECK(ascendingNames.last().at(0).unicode() > 0x3000);

    // The default sort is by name.
    const Answer byDefault = ServerFixture::get(*client, u"/partners"_s, params({{u"limit"_s, u"200"_s}}));
    REQUIRE(byDefault.status == 200);
    CHECK(namesOf(byDefault.json.value(u"items"_s).toArray()) == expectedNames);

    const Answer descending = ServerFixture::get(*client, u"/partners"_s, params({{u"sort"_s, u"-name"_s}, {u"limit"_s, u"200"_s}}));
    REQUIRE(descending.status == 200);
    QStringList reversed = expectedNames;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(namesOf(descending.json.value(u"items"_s).toArray()) == reversed);

    // Descending pages of 9 put together equal the single page.
    const QJsonArray paged = fetchAll(*client, u"/partners"_s, params({{u"sort"_s, u"-name"_s}}), 9);
    CHECK(namesOf(paged) == reversed);

    for (const QString &bad : {u"bogus"_s, u"-bogus"_s, u"name desc"_s, u"p.name"_s, u"--name"_s}) {
        INFO("sort=" << bad.toStdString());
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"sort"_s, bad}}));
        CHECK(answer.status == 400);
        CHECK(answer.errorCode() == u"invalid_field"_s);
        CHECK(answer.errorField() == u"sort"_s);
    }
}

TEST_CASE("Partner text search matches Chinese and Latin names and the folded name", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.west1"_s);
    const QList<PartnerRow> stored = storedPartners(fixture);

    const auto search = [&](const QString &text) {
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"q"_s, text}, {u"limit"_s, u"200"_s}}));
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json.value(u"items"_s).toArray();
        CHECK(answer.json.value(u"total"_s).toInteger() == items.size());
        return namesOf(items);
    };
    // What the search should find, worked out here from the stored rows: a substring of name, city or
    // industry (ASCII case ignored), or of the folded name.
    const auto expectedFor = [&](const QString &text) {
        const QString key = Partner::duplicateKey(text);
        QStringList names;
        for (const PartnerRow &row : stored) {
            if (row.name.contains(text, Qt::CaseInsensitive) || row.city.contains(text, Qt::CaseInsensitive)
                || row.industry.contains(text, Qt::CaseInsensitive)
                || (!key.isEmpty() && Partner::duplicateKey(row.name).contains(key)))
                names.append(row.name);
        }
        names.sort();
        return names;
    };
    const auto sorted = [](QStringList list) {
        list.sort();
        return list;
    };

    SECTION("Chinese text")
    {
        const QStringList found = search(u"明华玻璃"_s);
        CHECK(found == QStringList{u"浙江明华玻璃股份有限公司"_s});
        CHECK(sorted(search(u"钢铁"_s)) == expectedFor(u"钢铁"_s));
        CHECK(search(u"钢铁"_s).contains(u"江苏恒达钢铁有限公司"_s));
    }

    SECTION("Latin text ignores case")
    {
        const QStringList found = search(u"bavaria"_s);
        CHECK(found == QStringList{u"Bavaria Folien GmbH"_s});
        CHECK(sorted(search(u"GLASS"_s)) == expectedFor(u"GLASS"_s));
        CHECK(search(u"GLASS"_s).contains(u"Nile Float Glass S.A.E."_s));
    }

    SECTION("the folded name finds spellings the plain text does not")
    {
        // Neither query is a substring of the stored name; their folded keys are.
        CHECK(search(u"明华玻璃有限公司"_s) == QStringList{u"浙江明华玻璃股份有限公司"_s});
        CHECK(search(u"bavaria-folien"_s) == QStringList{u"Bavaria Folien GmbH"_s});
        CHECK(search(u"  Bavaria Folien Co., Ltd. "_s) == QStringList{u"Bavaria Folien GmbH"_s});
    }

    SECTION("city and industry")
    {
        CHECK(sorted(search(u"无锡"_s)) == QStringList{u"江苏恒达钢铁有限公司"_s});
        CHECK(sorted(search(u"机器视觉"_s)) == expectedFor(u"机器视觉"_s));
        CHECK(search(u"机器视觉"_s).size() >= 3);
    }

    SECTION("LIKE wildcards and bare punctuation are literal, not match-all")
    {
        CHECK(search(u"_"_s).isEmpty());
        CHECK(search(u"-"_s).isEmpty());
        CHECK(search(u"x_y"_s).isEmpty());
    }

    SECTION("nothing found")
    {
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"q"_s, u"没有这个公司"_s}}));
        REQUIRE(answer.status == 200);
        CHECK(answer.json.value(u"total"_s).toInteger() == 0);
        CHECK(answer.json.value(u"items"_s).toArray().isEmpty());
    }

    SECTION("over-long search text")
    {
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"q"_s, QString(201, u'a')}}));
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"q"_s);
    }
}

TEST_CASE("Partner list filters by class", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"finance"_s);
    const QList<PartnerRow> stored = storedPartners(fixture);

    for (const QString &partnerClass : Partner::allClasses()) {
        INFO("class=" << partnerClass.toStdString());
        QSet<qint64> expected;
        for (const PartnerRow &row : stored)
            if (row.classes.contains(partnerClass))
                expected.insert(row.id);
        REQUIRE_FALSE(expected.isEmpty());
        REQUIRE(expected.size() < stored.size());

        const Answer answer = ServerFixture::get(*client, u"/partners"_s,
                                                 params({{u"class"_s, partnerClass}, {u"limit"_s, u"200"_s}}));
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json.value(u"items"_s).toArray();
        CHECK(answer.json.value(u"total"_s).toInteger() == expected.size());
        const QList<qint64> ids = idsOf(items);
        CHECK(QSet<qint64>(ids.begin(), ids.end()) == expected);
        for (const QJsonValue &item : items)
            CHECK(item.toObject().value(u"classes"_s).toArray().contains(partnerClass));
    }

    // Partners in two classes turn up under both.
    const qint64 both = fixture.partnerId(u"上海申达印刷机械有限公司"_s);
    for (const QString &partnerClass : {u"customer"_s, u"supplier"_s}) {
        const Answer answer = ServerFixture::get(*client, u"/partners"_s,
                                                 params({{u"class"_s, partnerClass}, {u"limit"_s, u"200"_s}}));
        CHECK(idsOf(answer.json.value(u"items"_s).toArray()).contains(both));
    }

    // Class combines with the text search.
    const Answer suppliersInShenzhen =
        ServerFixture::get(*client, u"/partners"_s, params({{u"class"_s, u"supplier"_s}, {u"q"_s, u"深圳"_s}}));
    REQUIRE(suppliersInShenzhen.status == 200);
    CHECK(namesOf(suppliersInShenzhen.json.value(u"items"_s).toArray()) == QStringList{u"深圳锐视工业相机有限公司"_s});

    const Answer bad = ServerFixture::get(*client, u"/partners"_s, params({{u"class"_s, u"vendor"_s}}));
    CHECK(bad.status == 400);
    CHECK(bad.errorField() == u"class"_s);
}

TEST_CASE("A partner is read with its contacts and its version as ETag", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east2"_s);
    const qint64 id = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);

    const Answer answer = ServerFixture::get(*client, u"/partners/%1"_s.arg(id));
    REQUIRE(answer.status == 200);
    CHECK(answer.etag == "\"1\"");
    CHECK(answer.json.value(u"id"_s).toInteger() == id);
    CHECK(answer.json.value(u"name"_s).toString() == u"江苏恒达钢铁有限公司"_s);
    CHECK(answer.json.value(u"version"_s).toInteger() == 1);
    CHECK(answer.json.value(u"country"_s).toString() == u"CN"_s);
    CHECK(answer.json.value(u"city"_s).toString() == u"无锡"_s);
    CHECK(answer.json.value(u"classes"_s).toArray() == QJsonArray{u"customer"_s});
    const QJsonArray contacts = answer.json.value(u"contacts"_s).toArray();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(0).toObject().value(u"name"_s).toString() == u"黄志强"_s);
    CHECK(contacts.at(0).toObject().value(u"primary"_s).toBool());
    CHECK(contacts.at(1).toObject().value(u"name"_s).toString() == u"钱芳"_s);
    CHECK_FALSE(contacts.at(1).toObject().value(u"primary"_s).toBool());
    const QList<qint64> storedContactIds = contactIds(fixture, id);
    CHECK(idsOf(contacts) == storedContactIds);

    CHECK(ServerFixture::get(*client, u"/partners/999999"_s).status == 404);
    CHECK(ServerFixture::get(*client, u"/partners/0"_s).status == 404);
    CHECK(ServerFixture::get(*client, u"/partners/abc"_s).status == 404);
    CHECK(ServerFixture::get(*client, u"/partners/999999/history"_s).status == 404);

    auto anonymous = fixture.anonymous();
    CHECK(ServerFixture::get(*anonymous, u"/partners/%1"_s.arg(id)).status == 401);
    CHECK(ServerFixture::get(*anonymous, u"/partners"_s).status == 401);
}

TEST_CASE("Creating a partner answers 201 with Location and ETag", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 before = partnerCount(fixture);

    const Created created = postWithLocation(*client, u"/partners"_s, newPartner(u"南京金陵化纤有限公司"_s));
    INFO(created.answer.body.toStdString());
    REQUIRE(created.answer.status == 201);
    const qint64 id = created.answer.json.value(u"id"_s).toInteger();
    REQUIRE(id > 0);
    CHECK(created.location == "/api/v1/partners/" + QByteArray::number(id));
    CHECK(created.answer.etag == "\"1\"");
    CHECK(created.answer.json.value(u"version"_s).toInteger() == 1);
    CHECK(created.answer.json.value(u"country"_s).toString() == u"CN"_s); // upper-cased
    CHECK(created.answer.json.value(u"credit_days"_s).toInteger() == 45);
    CHECK(created.answer.json.value(u"created_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    const QJsonArray contacts = created.answer.json.value(u"contacts"_s).toArray();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.at(0).toObject().value(u"id"_s).toInteger() > 0);
    CHECK(contacts.at(0).toObject().value(u"email"_s).toString() == u"zhou.tao@example.cn"_s);
    CHECK(contacts.at(1).toObject().value(u"name"_s).toString() == u"吴敏"_s);
    CHECK(partnerCount(fixture) == before + 1);

    // The Location is readable, and the new partner is findable.
    const Answer read = ServerFixture::get(*client, QString::fromLatin1(created.location).mid(u"/api/v1"_s.size()));
    REQUIRE(read.status == 200);
    CHECK(read.json == created.answer.json);
    const Answer found = ServerFixture::get(*client, u"/partners"_s, params({{u"q"_s, u"金陵化纤"_s}}));
    CHECK(idsOf(found.json.value(u"items"_s).toArray()) == QList<qint64>{id});

    // Contact ids sent on creation are not taken over from other partners.
    QJsonObject stealing = newPartner(u"Contact Thief Ltd."_s);
    const qint64 foreignContact = contactIds(fixture, fixture.partnerId(u"江苏恒达钢铁有限公司"_s)).first();
    stealing.insert(u"contacts"_s, QJsonArray{QJsonObject{{u"id"_s, foreignContact}, {u"name"_s, u"Thief"_s}}});
    const Answer thief = ServerFixture::call(*client, "POST", u"/partners"_s, stealing);
    REQUIRE(thief.status == 201);
    CHECK(thief.json.value(u"contacts"_s).toArray().first().toObject().value(u"id"_s).toInteger() != foreignContact);
    const Answer victim = ServerFixture::get(*client, u"/partners/%1"_s.arg(fixture.partnerId(u"江苏恒达钢铁有限公司"_s)));
    CHECK(victim.json.value(u"contacts"_s).toArray().first().toObject().value(u"name"_s).toString() == u"黄志强"_s);
}

TEST_CASE("Near-duplicate partner names are refused unless confirmed", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);

    const auto [attempt, existingName] = GENERATE(table<QString, QString>({
        {u"江苏恒达钢铁"_s, u"江苏恒达钢铁有限公司"_s},
        {u"江苏恒达钢铁股份有限公司"_s, u"江苏恒达钢铁有限公司"_s},
        {u"Bavaria Folien"_s, u"Bavaria Folien GmbH"_s},
        {u"BAVARIA-FOLIEN gmbh"_s, u"Bavaria Folien GmbH"_s},
        {u"Ｂａｖａｒｉａ　Ｆｏｌｉｅｎ"_s, u"Bavaria Folien GmbH"_s},
    }));
    INFO("creating " << attempt.toStdString());
    const qint64 existingId = fixture.partnerId(existingName);
    const qint64 before = partnerCount(fixture);

    const Answer refused = ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(attempt));
    REQUIRE(refused.status == 409);
    CHECK(refused.errorCode() == u"duplicate_partner"_s);
    const QJsonObject existing = refused.json.value(u"error"_s).toObject().value(u"existing"_s).toObject();
    CHECK(existing.value(u"id"_s).toInteger() == existingId);
    CHECK(existing.value(u"name"_s).toString() == existingName);
    CHECK(partnerCount(fixture) == before);

    // confirm_duplicate=false is the same as leaving it out; anything else is refused.
    CHECK(ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(attempt), {},
                              params({{u"confirm_duplicate"_s, u"false"_s}}))
              .status
          == 409);
    const Answer unreadable = ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(attempt), {},
                                                  params({{u"confirm_duplicate"_s, u"yes please"_s}}));
    CHECK(unreadable.status == 400);
    CHECK(unreadable.errorField() == u"confirm_duplicate"_s);
    CHECK(partnerCount(fixture) == before);

    const Answer confirmed = ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(attempt), {},
                                                 params({{u"confirm_duplicate"_s, u"true"_s}}));
    REQUIRE(confirmed.status == 201);
    CHECK(confirmed.json.value(u"name"_s).toString() == attempt.trimmed());
    CHECK(confirmed.json.value(u"id"_s).toInteger() != existingId);
    CHECK(partnerCount(fixture) == before + 1);
}

TEST_CASE("Different names are not taken for duplicates", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    // Shares words with demo partners but folds to another key.
    for (const QString &name : {u"江苏恒达钢管有限公司"_s, u"Bavaria Folien Nord GmbH"_s, u"Bavaria"_s}) {
        INFO(name.toStdString());
        const Answer answer = ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(name));
        CHECK(answer.status == 201);
    }
}

TEST_CASE("Partner updates need the current version in If-Match", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 id = fixture.partnerId(u"浙江明华玻璃股份有限公司"_s);
    const QString path = u"/partners/%1"_s.arg(id);

    const Answer current = ServerFixture::get(*client, path);
    REQUIRE(current.etag == "\"1\"");

    fixture.advanceClock(60);
    const Answer updated =
        ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"平湖"_s}, {u"credit_days"_s, 60}}, current.etag);
    INFO(updated.body.toStdString());
    REQUIRE(updated.status == 200);
    CHECK(updated.etag == "\"2\"");
    CHECK(updated.json.value(u"version"_s).toInteger() == 2);
    CHECK(updated.json.value(u"city"_s).toString() == u"平湖"_s);
    CHECK(updated.json.value(u"credit_days"_s).toInteger() == 60);
    // Untouched fields and the contacts stay.
    CHECK(updated.json.value(u"name"_s).toString() == u"浙江明华玻璃股份有限公司"_s);
    CHECK(updated.json.value(u"industry"_s).toString() == u"玻璃"_s);
    CHECK(updated.json.value(u"contacts"_s).toArray() == current.json.value(u"contacts"_s).toArray());
    CHECK(updated.json.value(u"updated_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    CHECK(updated.json.value(u"created_at"_s).toString() == current.json.value(u"created_at"_s).toString());

    SECTION("missing If-Match is 428")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}});
        CHECK(answer.status == 428);
        CHECK(answer.errorCode() == u"precondition_required"_s);
    }

    SECTION("a stale If-Match is 412 with the current ETag")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}}, "\"1\"");
        CHECK(answer.status == 412);
        CHECK(answer.errorCode() == u"version_conflict"_s);
        CHECK(answer.etag == "\"2\"");
        // With the ETag from the 412 the update goes through.
        const Answer retry = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}}, answer.etag);
        CHECK(retry.status == 200);
        CHECK(retry.etag == "\"3\"");
    }

    SECTION("a future or unreadable If-Match")
    {
        CHECK(ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}}, "\"7\"").status == 412);
        const Answer garbage = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}}, "\"two\"");
        CHECK(garbage.status == 400);
        CHECK(garbage.errorField() == u"If-Match"_s);
        // A weak ETag of the current version is accepted.
        CHECK(ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"嘉善"_s}}, "W/\"2\"").status == 200);
    }

    // Nothing but the successful updates changed the record.
    const Answer after = ServerFixture::get(*client, path);
    CHECK(after.json.value(u"city"_s).toString() != u"嘉兴"_s);

    SECTION("an unknown id is 404")
    {
        CHECK(ServerFixture::call(*client, "PATCH", u"/partners/999999"_s, QJsonObject{{u"city"_s, u"x"_s}}, "\"1\"").status
              == 404);
    }

    SECTION("renaming onto another partner's name is a duplicate")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path,
                                                  QJsonObject{{u"name"_s, u"江苏恒达钢铁"_s}}, updated.etag);
        CHECK(answer.status == 409);
        CHECK(answer.errorCode() == u"duplicate_partner"_s);
        // Renaming to a spelling of its own name is not.
        const Answer own = ServerFixture::call(*client, "PATCH", path,
                                               QJsonObject{{u"name"_s, u"浙江明华玻璃有限公司"_s}}, updated.etag);
        CHECK(own.status == 200);
    }
}

TEST_CASE("Updating contacts keeps ids, removes the ones left out and refuses foreign ids", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"contracts"_s);
    const qint64 id = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    const QString path = u"/partners/%1"_s.arg(id);
    const QList<qint64> original = contactIds(fixture, id);
    REQUIRE(original.size() == 2);
    const Answer current = ServerFixture::get(*client, path);
    // Contacts that opportunities or quotes name are kept (first sections); the others work on unlinked ones.
    QSqlDatabase db = fixture.server().database().connection();
    Query(db, u"DELETE FROM opportunity_contacts WHERE contact_id IN (SELECT id FROM partner_contacts WHERE partner_id = :p)"_s)
        .bind(u":p"_s, id)
        .exec();
    Query(db, u"UPDATE quotes SET contact_id = NULL WHERE contact_id IN (SELECT id FROM partner_contacts WHERE partner_id = :p)"_s)
        .bind(u":p"_s, id)
        .exec();

    SECTION("a contact named on a quote cannot be removed")
    {
        Query(db, u"UPDATE quotes SET contact_id = :c WHERE id = (SELECT MIN(id) FROM quotes)"_s).bind(u":c"_s, original.at(0)).exec();
        const QJsonArray onlySecond{QJsonObject{{u"id"_s, original.at(1)}, {u"name"_s, u"钱芳"_s}}};
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, onlySecond}}, current.etag);
        CHECK(answer.status == 409);
        CHECK(answer.errorCode() == u"contact_in_use"_s);
        CHECK(contactIds(fixture, id) == original);
    }

    SECTION("a contact named by an opportunity cannot be removed")
    {
        const qint64 opportunity = Query(db, u"SELECT id FROM opportunities WHERE customer_id = :p LIMIT 1"_s)
                                       .bind(u":p"_s, id)
                                       .scalar()
                                       .toLongLong();
        REQUIRE(opportunity > 0);
        Query(db, u"INSERT INTO opportunity_contacts (opportunity_id, contact_id, created_at, updated_at) "
                  u"VALUES (:o, :c, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')"_s)
            .bind(u":o"_s, opportunity)
            .bind(u":c"_s, original.at(0))
            .exec();
        const QJsonArray onlySecond{QJsonObject{{u"id"_s, original.at(1)}, {u"name"_s, u"钱芳"_s}}};
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, onlySecond}}, current.etag);
        CHECK(answer.status == 409);
        CHECK(answer.errorCode() == u"contact_in_use"_s);
        CHECK(contactIds(fixture, id) == original);
        CHECK(ServerFixture::get(*client, path).etag == current.etag);
    }

    SECTION("keep one, edit it, add one")
    {
        const QJsonArray contacts{
            QJsonObject{{u"id"_s, original.at(1)}, {u"name"_s, u"钱芳"_s}, {u"title"_s, u"采购总监"_s}, {u"primary"_s, true}},
            QJsonObject{{u"name"_s, u"孙浩"_s}, {u"title"_s, u"电气工程师"_s}, {u"email"_s, u"sun.hao@hengda.example"_s}},
        };
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, contacts}}, current.etag);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        const QJsonArray stored = answer.json.value(u"contacts"_s).toArray();
        REQUIRE(stored.size() == 2);
        CHECK(stored.at(0).toObject().value(u"id"_s).toInteger() == original.at(1));
        CHECK(stored.at(0).toObject().value(u"title"_s).toString() == u"采购总监"_s);
        CHECK(stored.at(0).toObject().value(u"primary"_s).toBool());
        const qint64 newId = stored.at(1).toObject().value(u"id"_s).toInteger();
        CHECK(newId > 0);
        CHECK_FALSE(original.contains(newId));
        CHECK(stored.at(1).toObject().value(u"name"_s).toString() == u"孙浩"_s);
        // The left-out contact is gone from the database, not just from the answer.
        CHECK(contactIds(fixture, id) == QList<qint64>{original.at(1), newId});
        CHECK(answer.etag == "\"2\"");
    }

    SECTION("an empty list removes every contact")
    {
        const Answer answer =
            ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, QJsonArray()}}, current.etag);
        REQUIRE(answer.status == 200);
        CHECK(answer.json.value(u"contacts"_s).toArray().isEmpty());
        CHECK(contactIds(fixture, id).isEmpty());
    }

    SECTION("a contact id of another partner is refused and nothing changes")
    {
        const qint64 otherPartner = fixture.partnerId(u"Bavaria Folien GmbH"_s);
        const QList<qint64> foreign = contactIds(fixture, otherPartner);
        REQUIRE_FALSE(foreign.isEmpty());
        const QJsonArray contacts{QJsonObject{{u"id"_s, foreign.first()}, {u"name"_s, u"Thomas Huber"_s}}};
        const Answer answer = ServerFixture::call(*client, "PATCH", path,
                                                  QJsonObject{{u"contacts"_s, contacts}, {u"city"_s, u"江阴"_s}}, current.etag);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"contacts[0].id"_s);
        CHECK(contactIds(fixture, id) == original);
        CHECK(contactIds(fixture, otherPartner) == foreign);
        const Answer after = ServerFixture::get(*client, path);
        CHECK(after.etag == "\"1\"");
        CHECK(after.json.value(u"city"_s).toString() == u"无锡"_s);
        CHECK(after.json.value(u"contacts"_s).toArray() == current.json.value(u"contacts"_s).toArray());
    }

    SECTION("an id that exists nowhere is refused, naming its position")
    {
        const QJsonArray contacts{QJsonObject{{u"id"_s, original.at(0)}, {u"name"_s, u"黄志强"_s}},
                                  QJsonObject{{u"id"_s, 987654}, {u"name"_s, u"Nobody"_s}}};
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, contacts}}, current.etag);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"contacts[1].id"_s);
        CHECK(contactIds(fixture, id) == original);
    }

    SECTION("the same contact id twice is refused")
    {
        const QJsonArray contacts{QJsonObject{{u"id"_s, original.at(0)}, {u"name"_s, u"黄志强"_s}},
                                  QJsonObject{{u"id"_s, original.at(0)}, {u"name"_s, u"黄志强（副本）"_s}}};
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"contacts"_s, contacts}}, current.etag);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"contacts[1].id"_s);
        CHECK(contactIds(fixture, id) == original);
        CHECK(ServerFixture::get(*client, path).json.value(u"contacts"_s).toArray() == current.json.value(u"contacts"_s).toArray());
    }

    SECTION("a PATCH without contacts leaves them alone")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"notes"_s, u"年底复检"_s}}, current.etag);
        REQUIRE(answer.status == 200);
        CHECK(contactIds(fixture, id) == original);
        CHECK(answer.json.value(u"contacts"_s).toArray() == current.json.value(u"contacts"_s).toArray());
    }
}

TEST_CASE("Invalid partner input is refused naming the field", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 before = partnerCount(fixture);

    const auto [field, mutate] = GENERATE(table<QString, std::function<void(QJsonObject &)>>({
        {u"classes"_s, [](QJsonObject &o) { o.insert(u"classes"_s, QJsonArray()); }},
        {u"classes"_s, [](QJsonObject &o) { o.insert(u"classes"_s, QJsonArray{u"vendor"_s}); }},
        {u"classes"_s, [](QJsonObject &o) { o.remove(u"classes"_s); }},
        {u"classes"_s, [](QJsonObject &o) { o.insert(u"classes"_s, u"customer"_s); }},
        {u"country"_s, [](QJsonObject &o) { o.insert(u"country"_s, u"China"_s); }},
        {u"country"_s, [](QJsonObject &o) { o.insert(u"country"_s, u"C1"_s); }},
        {u"contacts[0].email"_s,
         [](QJsonObject &o) {
             o.insert(u"contacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"email"_s, u"not-an-address"_s}}});
         }},
        {u"contacts[1].name"_s,
         [](QJsonObject &o) {
             o.insert(u"contacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}}, QJsonObject{{u"title"_s, u"B"_s}}});
         }},
        {u"contacts[0].fax"_s,
         [](QJsonObject &o) {
             o.insert(u"contacts"_s, QJsonArray{QJsonObject{{u"name"_s, u"A"_s}, {u"fax"_s, u"123"_s}}});
         }},
        {u"contacts[0]"_s, [](QJsonObject &o) { o.insert(u"contacts"_s, QJsonArray{u"A"_s}); }},
        {u"name"_s, [](QJsonObject &o) { o.insert(u"name"_s, QString(201, u'名')); }},
        {u"name"_s, [](QJsonObject &o) { o.insert(u"name"_s, u"   "_s); }},
        {u"name"_s, [](QJsonObject &o) { o.remove(u"name"_s); }},
        {u"name"_s, [](QJsonObject &o) { o.insert(u"name"_s, 42); }},
        {u"city"_s, [](QJsonObject &o) { o.insert(u"city"_s, QString(101, u'x')); }},
        {u"notes"_s, [](QJsonObject &o) { o.insert(u"notes"_s, QString(4001, u'x')); }},
        {u"credit_days"_s, [](QJsonObject &o) { o.insert(u"credit_days"_s, 366); }},
        {u"credit_days"_s, [](QJsonObject &o) { o.insert(u"credit_days"_s, 1.5); }},
        {u"website"_s, [](QJsonObject &o) { o.insert(u"website"_s, u"https://example.com"_s); }},
        {u"id"_s, [](QJsonObject &o) { o.insert(u"id"_s, 5); }},
    }));
    QJsonObject body = newPartner(u"校验测试有限公司"_s);
    mutate(body);
    INFO("expecting field " << field.toStdString() << " for " << QJsonDocument(body).toJson().toStdString());

    const Answer created = ServerFixture::call(*client, "POST", u"/partners"_s, body);
    CHECK(created.status == 400);
    CHECK(created.errorCode() == u"invalid_field"_s);
    CHECK(created.errorField() == field);
    CHECK(partnerCount(fixture) == before);

    // The same rules hold for an update, where the patch is laid over the stored partner (mutations
    // that only remove a field leave an empty patch, which is no error).
    QJsonObject patch;
    mutate(patch);
    if (!patch.isEmpty()) {
        const qint64 id = fixture.partnerId(u"Rio Steel S.A."_s);
        const Answer updated = ServerFixture::call(*client, "PATCH", u"/partners/%1"_s.arg(id), patch, "\"1\"");
        CHECK(updated.status == 400);
        CHECK(updated.errorField() == field);
        CHECK(ServerFixture::get(*client, u"/partners/%1"_s.arg(id)).etag == "\"1\"");
    }
}

TEST_CASE("A service engineer may read partners but not change them", "[partners]")
{
    ServerFixture fixture;
    auto engineer = fixture.login(u"engineer1"_s);
    const qint64 id = fixture.partnerId(u"Kansai Film K.K."_s);
    const qint64 before = partnerCount(fixture);

    const Answer list = ServerFixture::get(*engineer, u"/partners"_s);
    CHECK(list.status == 200);
    CHECK(list.json.value(u"total"_s).toInteger() == before);
    const Answer one = ServerFixture::get(*engineer, u"/partners/%1"_s.arg(id));
    CHECK(one.status == 200);
    CHECK(one.json.value(u"contacts"_s).toArray().size() == 1);
    CHECK(ServerFixture::get(*engineer, u"/partners/%1/history"_s.arg(id)).status == 200);

    const Answer created = ServerFixture::call(*engineer, "POST", u"/partners"_s, newPartner(u"工程师新建有限公司"_s));
    CHECK(created.status == 403);
    CHECK(created.errorCode() == u"forbidden"_s);
    CHECK(partnerCount(fixture) == before);

    const Answer patched =
        ServerFixture::call(*engineer, "PATCH", u"/partners/%1"_s.arg(id), QJsonObject{{u"city"_s, u"Kyoto"_s}}, one.etag);
    CHECK(patched.status == 403);
    CHECK(ServerFixture::get(*engineer, u"/partners/%1"_s.arg(id)).json.value(u"city"_s).toString() == u"Osaka"_s);

    // The dispatcher is not a writer either; every other office role is.
    auto dispatcher = fixture.login(u"dispatcher"_s);
    CHECK(ServerFixture::call(*dispatcher, "POST", u"/partners"_s, newPartner(u"调度新建有限公司"_s)).status == 403);
    auto admin = fixture.login(u"admin"_s);
    CHECK(ServerFixture::call(*admin, "POST", u"/partners"_s, newPartner(u"管理员新建有限公司"_s)).status == 201);
}

TEST_CASE("Partner history lists creation and every change, newest first", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const Answer created = ServerFixture::call(*client, "POST", u"/partners"_s, newPartner(u"历史记录测试有限公司"_s));
    REQUIRE(created.status == 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    const QString path = u"/partners/%1"_s.arg(id);

    fixture.advanceClock(60);
    auto manager = fixture.login(u"manager.east"_s);
    const Answer updated = ServerFixture::call(*manager, "PATCH", path,
                                               QJsonObject{{u"city"_s, u"镇江"_s}, {u"credit_days"_s, 90}}, created.etag);
    REQUIRE(updated.status == 200);

    const Answer history = ServerFixture::get(*client, path + u"/history"_s);
    REQUIRE(history.status == 200);
    const QJsonArray items = history.json.value(u"items"_s).toArray();
    REQUIRE(items.size() == 2);
    CHECK(history.json.value(u"total"_s).toInteger() == 2);

    const QJsonObject change = items.at(0).toObject();
    CHECK(change.value(u"action"_s).toString() == u"update"_s);
    CHECK(change.value(u"employee_id"_s).toInteger() == fixture.employeeId(u"manager.east"_s));
    CHECK(change.value(u"employee_name"_s).toString() == u"李明"_s);
    CHECK(change.value(u"at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    const QJsonObject changes = change.value(u"changes"_s).toObject();
    CHECK(changes.keys() == QStringList{u"city"_s, u"credit_days"_s});
    CHECK(changes.value(u"city"_s).toObject().value(u"old"_s).toString() == u"南京"_s);
    CHECK(changes.value(u"city"_s).toObject().value(u"new"_s).toString() == u"镇江"_s);
    CHECK(changes.value(u"credit_days"_s).toObject().value(u"old"_s).toInteger() == 45);
    CHECK(changes.value(u"credit_days"_s).toObject().value(u"new"_s).toInteger() == 90);

    const QJsonObject creation = items.at(1).toObject();
    CHECK(creation.value(u"action"_s).toString() == u"create"_s);
    CHECK(creation.value(u"employee_id"_s).toInteger() == fixture.employeeId(u"sales.east1"_s));
    CHECK(creation.value(u"changes"_s).toObject().value(u"name"_s).toObject().value(u"new"_s).toString()
          == u"历史记录测试有限公司"_s);

    // A refused update leaves no trace.
    CHECK(ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"city"_s, u"扬州"_s}}, created.etag).status == 412);
    CHECK(ServerFixture::get(*client, path + u"/history"_s).json.value(u"items"_s).toArray().size() == 2);
}

TEST_CASE("Partner list filters by country", "[partners]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.west1"_s);
    const QSet<qint64> german = [&] {
        Query query(fixture.server().database().connection(), u"SELECT id FROM partners WHERE country = 'DE'"_s);
        query.exec();
        QSet<qint64> ids;
        while (query.next())
            ids.insert(query.value(0).toLongLong());
        return ids;
    }();
    REQUIRE(german.size() >= 2);
    for (const QString &country : {u"DE"_s, u"de"_s}) {
        const Answer answer = ServerFixture::get(*client, u"/partners"_s, params({{u"country"_s, country}}));
        REQUIRE(answer.status == 200);
        const QList<qint64> ids = idsOf(answer.json.value(u"items"_s).toArray());
        CHECK(QSet<qint64>(ids.begin(), ids.end()) == german);
        CHECK(answer.json.value(u"total"_s).toInteger() == german.size());
    }
    const Answer bad = ServerFixture::get(*client, u"/partners"_s, params({{u"country"_s, u"Germany"_s}}));
    CHECK(bad.status == 400);
    CHECK(bad.errorField() == u"country"_s);
}

TEST_CASE("Simultaneous creations of the same new partner make exactly one", "[partners]")
{
    ServerFixture fixture;
    auto first = fixture.login(u"sales.east1"_s);
    const qint64 before = partnerCount(fixture);

    // Separate clients, so the requests travel on separate connections at the same time.
    constexpr int attempts = 8;
    std::vector<std::unique_ptr<ApiClient>> clients;
    QList<Tradewind::ApiReply *> replies;
    for (int i = 0; i < attempts; ++i) {
        clients.push_back(fixture.anonymous());
        clients.back()->setToken(first->token());
    }
    for (int i = 0; i < attempts; ++i) // spellings that all fold to the same key
        replies.append(clients.at(i)->post(u"/partners"_s, newPartner(i % 2 ? u"同时创建测试有限公司"_s : u"同时创建测试"_s)));
    REQUIRE(TestSupport::waitUntil([&] {
        return std::all_of(replies.begin(), replies.end(), [](Tradewind::ApiReply *reply) { return reply->isFinished(); });
    }));
    int created = 0;
    int duplicates = 0;
    for (Tradewind::ApiReply *reply : std::as_const(replies)) {
        INFO(reply->status() << ' ' << reply->rawBody().toStdString());
        CHECK((reply->status() == 201 || reply->status() == 409));
        created += reply->status() == 201 ? 1 : 0;
        duplicates += reply->status() == 409 ? 1 : 0;
    }
    CHECK(created == 1);
    CHECK(duplicates == attempts - 1);
    CHECK(partnerCount(fixture) == before + 1);
}
