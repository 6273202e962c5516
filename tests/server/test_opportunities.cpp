// Opportunities over the real HTTP API: creation rules, validation, list filters, sorting and paging,
// optimistic locking and the owner lock.

#include "serverfixture.h"

#include "database.h"
#include "opportunity.h"
#include "testsupport.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <vector>
#include <functional>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

/** An opportunity as stored, read straight from the database. */
struct Row
{
    qint64 id = 0;
    QString kind;
    qint64 customerId = 0;
    QString customerName;
    QString title;
    QString stage;
    qint64 amountMinor = 0;
    QString expectedClose; ///< "" when none
    qint64 ownerId = 0;
};

QList<Row> storedOpportunities(ServerFixture &fixture)
{
    Query query(fixture.server().database().connection(),
                u"SELECT o.id, o.kind, o.customer_id, p.name, o.title, o.stage, o.amount_minor, "
                u"COALESCE(o.expected_close, ''), o.owner_id FROM opportunities o "
                u"JOIN partners p ON p.id = o.customer_id ORDER BY o.id"_s);
    query.exec();
    QList<Row> rows;
    while (query.next()) {
        rows.append(Row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toLongLong(), query.value(7).toString(), query.value(8).toLongLong()});
    }
    return rows;
}

qint64 opportunityCount(ServerFixture &fixture)
{
    return Query(fixture.server().database().connection(), u"SELECT COUNT(*) FROM opportunities"_s).scalar().toLongLong();
}

QSet<qint64> idSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

QSet<qint64> idsWhere(const QList<Row> &rows, const std::function<bool(const Row &)> &predicate)
{
    QSet<qint64> ids;
    for (const Row &row : rows)
        if (predicate(row))
            ids.insert(row.id);
    return ids;
}

QJsonObject money(qint64 minor, const QString &currency)
{
    return QJsonObject{{u"minor"_s, minor}, {u"currency"_s, currency}};
}

QJsonObject newOpportunity(qint64 customerId)
{
    return QJsonObject{{u"kind"_s, u"system"_s},
                       {u"customer_id"_s, customerId},
                       {u"title"_s, u"二号冷轧线表面检测系统"_s},
                       {u"source"_s, u"tender"_s},
                       {u"amount"_s, money(268000000, u"CNY"_s)},
                       {u"expected_close"_s, u"2027-03-31"_s},
                       {u"notes"_s, u"业主要求双面检测"_s}};
}

/** A whole list in one request (the demo has fewer than 200 opportunities). */
Answer listAll(ApiClient &client, QUrlQuery query = {})
{
    query.addQueryItem(u"limit"_s, u"200"_s);
    const Answer answer = ServerFixture::get(client, u"/opportunities"_s, query);
    REQUIRE(answer.status == 200);
    REQUIRE(answer.json.value(u"items"_s).toArray().size() == answer.json.value(u"total"_s).toInteger());
    return answer;
}

} // namespace

TEST_CASE("Salespeople create opportunities they then own", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 customer = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    const qint64 before = opportunityCount(fixture);

    Tradewind::ApiReply *reply = client->post(u"/opportunities"_s, newOpportunity(customer));
    REQUIRE(TestSupport::waitFor(reply));
    INFO(reply->rawBody().toStdString());
    REQUIRE(reply->status() == 201);
    const QJsonObject created = reply->object();
    const qint64 id = created.value(u"id"_s).toInteger();
    REQUIRE(id > 0);
    CHECK(reply->header("Location") == "/api/v1/opportunities/" + QByteArray::number(id));
    CHECK(reply->etag() == "\"1\"");
    CHECK(created.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east1"_s));
    CHECK(created.value(u"owner_name"_s).toString() == u"陈静"_s);
    CHECK(created.value(u"stage"_s).toString() == u"lead"_s);
    CHECK(created.value(u"version"_s).toInteger() == 1);
    CHECK(created.value(u"customer_id"_s).toInteger() == customer);
    CHECK(created.value(u"customer_name"_s).toString() == u"江苏恒达钢铁有限公司"_s);
    CHECK(created.value(u"amount"_s).toObject() == money(268000000, u"CNY"_s));
    CHECK(created.value(u"expected_close"_s).toString() == u"2027-03-31"_s);
    CHECK(created.value(u"created_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    reply->deleteLater();
    CHECK(opportunityCount(fixture) == before + 1);

    // Stored as answered.
    const Answer read = ServerFixture::get(*client, u"/opportunities/%1"_s.arg(id));
    REQUIRE(read.status == 200);
    CHECK(read.json == created);
    CHECK(Query(fixture.server().database().connection(), u"SELECT owner_id FROM opportunities WHERE id = :id"_s)
              .bind(u":id"_s, id)
              .scalar()
              .toLongLong()
          == fixture.employeeId(u"sales.east1"_s));

    SECTION("an explicit stage and no expected close")
    {
        QJsonObject body = newOpportunity(customer);
        body.insert(u"stage"_s, u"qualified"_s);
        body.remove(u"expected_close"_s);
        body.insert(u"kind"_s, u"spare_parts"_s);
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"stage"_s).toString() == u"qualified"_s);
        CHECK(answer.json.value(u"kind"_s).toString() == u"spare_parts"_s);
        CHECK(answer.json.value(u"expected_close"_s).toString().isEmpty());
    }

    SECTION("a sales manager owns what they create")
    {
        auto manager = fixture.login(u"manager.west"_s);
        const Answer answer = ServerFixture::call(*manager, "POST", u"/opportunities"_s,
                                                  newOpportunity(fixture.partnerId(u"Rio Steel S.A."_s)));
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"manager.west"_s));
    }

    SECTION("a partner that is customer and supplier will do")
    {
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s,
                                                  newOpportunity(fixture.partnerId(u"上海申达印刷机械有限公司"_s)));
        CHECK(answer.status == 201);
    }

    SECTION("owner_id in the body is refused, not obeyed")
    {
        QJsonObject body = newOpportunity(customer);
        body.insert(u"owner_id"_s, fixture.employeeId(u"sales.east2"_s));
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"owner_id"_s);
        CHECK(opportunityCount(fixture) == before + 1);
    }
}

TEST_CASE("Only sales staff create opportunities", "[opportunities]")
{
    ServerFixture fixture;
    const qint64 customer = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    const qint64 before = opportunityCount(fixture);
    const QString login = GENERATE(u"finance"_s, u"director"_s, u"contracts"_s, u"engineer1"_s, u"admin"_s);
    INFO(login.toStdString());
    auto client = fixture.login(login);
    const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, newOpportunity(customer));
    CHECK(answer.status == 403);
    CHECK(answer.errorCode() == u"forbidden"_s);
    CHECK(opportunityCount(fixture) == before);
}

TEST_CASE("The customer of an opportunity must exist and be a customer", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east2"_s);
    const qint64 before = opportunityCount(fixture);

    const auto refuse = [&](const QJsonValue &customerId) {
        QJsonObject body = newOpportunity(0);
        body.insert(u"customer_id"_s, customerId);
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
        INFO("customer_id " << QJsonDocument(QJsonObject{{u"v"_s, customerId}}).toJson().toStdString() << " -> "
                            << answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorCode() == u"invalid_field"_s);
        CHECK(answer.errorField() == u"customer_id"_s);
    };
    refuse(fixture.partnerId(u"深圳锐视工业相机有限公司"_s)); // supplier only
    refuse(fixture.partnerId(u"Baltic Optics GmbH"_s));        // supplier only
    refuse(fixture.partnerId(u"VisionTek Inspection GmbH"_s)); // competitor only
    refuse(fixture.partnerId(u"华测视觉技术有限公司"_s));       // competitor and supplier
    refuse(999999);
    refuse(0);
    refuse(-4);
    refuse(u"12"_s);
    refuse(2.5);
    refuse(QJsonValue()); // null counts as missing
    CHECK(opportunityCount(fixture) == before);

    // Changing the customer of an existing opportunity is held to the same rule.
    const Answer created = ServerFixture::call(*client, "POST", u"/opportunities"_s,
                                               newOpportunity(fixture.partnerId(u"山东瑞丰纸业集团"_s)));
    REQUIRE(created.status == 201);
    const QString path = u"/opportunities/%1"_s.arg(created.json.value(u"id"_s).toInteger());
    const Answer patched = ServerFixture::call(
        *client, "PATCH", path, QJsonObject{{u"customer_id"_s, fixture.partnerId(u"Baltic Optics GmbH"_s)}}, created.etag);
    CHECK(patched.status == 400);
    CHECK(patched.errorField() == u"customer_id"_s);
    const Answer missing =
        ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"customer_id"_s, 999999}}, created.etag);
    CHECK(missing.status == 400);
    CHECK(missing.errorField() == u"customer_id"_s);
    CHECK(ServerFixture::get(*client, path).etag == "\"1\"");
}

TEST_CASE("Opportunity input is validated field by field", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 customer = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    const qint64 before = opportunityCount(fixture);

    const auto [field, value] = GENERATE(table<QString, QJsonValue>({
        {u"amount"_s, money(-1, u"CNY"_s)},
        {u"amount"_s, money(-268000000, u"CNY"_s)},
        {u"amount"_s, QJsonValue(268000000)},
        {u"amount"_s, QJsonValue(u"2680000.00"_s)},
        {u"amount"_s, QJsonObject{{u"minor"_s, u"100"_s}, {u"currency"_s, u"CNY"_s}}},
        {u"amount"_s, QJsonObject{{u"minor"_s, 12.5}, {u"currency"_s, u"CNY"_s}}},
        {u"amount"_s, QJsonObject{{u"minor"_s, 100}}},
        {u"amount"_s, QJsonObject{{u"currency"_s, u"CNY"_s}}},
        {u"amount"_s, money(100, u"cny"_s)},
        {u"amount"_s, money(100, u"EURO"_s)},
        {u"amount"_s, money(100, u"¥"_s)},
        {u"amount"_s, money(100, QString())},
        {u"amount"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, 156}}},
        {u"amount"_s, QJsonValue(QJsonArray{100, u"CNY"_s})},
        {u"amount"_s, money(9007199254740992LL, u"CNY"_s)},
        {u"kind"_s, QJsonValue(u"turnkey"_s)},
        {u"source"_s, QJsonValue(u"cold call"_s)},
        {u"stage"_s, QJsonValue(u"closed"_s)},
        {u"title"_s, QJsonValue(5)},
        {u"title"_s, QJsonValue(QString(201, u'标'))},
        {u"title"_s, QJsonValue(u"  "_s)},
        {u"expected_close"_s, QJsonValue(u"31.03.2027"_s)},
        {u"expected_close"_s, QJsonValue(u"2027-02-30"_s)},
        {u"expected_close"_s, QJsonValue(u"2027-03-31T00:00:00Z"_s)},
        {u"notes"_s, QJsonValue(QString(4001, u'n'))},
        {u"probability"_s, QJsonValue(50)},
    }));
    QJsonObject body = newOpportunity(customer);
    body.insert(field, value);
    INFO(QJsonDocument(body).toJson().toStdString());

    const Answer created = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
    CHECK(created.status == 400);
    CHECK(created.errorCode() == u"invalid_field"_s);
    CHECK(created.errorField() == field);
    CHECK(opportunityCount(fixture) == before);

    // The same value in a PATCH of an existing opportunity.
    const Answer mine = listAll(*client, params({{u"owner_id"_s, QString::number(fixture.employeeId(u"sales.east1"_s))}}));
    const QJsonObject target = mine.json.value(u"items"_s).toArray().first().toObject();
    const QString path = u"/opportunities/%1"_s.arg(target.value(u"id"_s).toInteger());
    const QByteArray etag = ApiClient::etagForVersion(target.value(u"version"_s).toInteger());
    const Answer patched = ServerFixture::call(*client, "PATCH", path, QJsonObject{{field, value}}, etag);
    CHECK(patched.status == 400);
    CHECK(patched.errorField() == field);
    CHECK(ServerFixture::get(*client, path).etag == etag);

    // Missing required fields are named too.
    for (const QString &required : {u"kind"_s, u"customer_id"_s, u"title"_s, u"source"_s, u"amount"_s}) {
        QJsonObject incomplete = newOpportunity(customer);
        incomplete.remove(required);
        const Answer answer = ServerFixture::call(*client, "POST", u"/opportunities"_s, incomplete);
        INFO("without " << required.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == required);
    }
}

TEST_CASE("Opportunity list filters", "[opportunities]")
{
    ServerFixture fixture;
    auto director = fixture.login(u"director"_s); // sees every opportunity
    const QList<Row> rows = storedOpportunities(fixture);
    REQUIRE(rows.size() > 50);

    const auto check = [&](ApiClient &client, const QUrlQuery &query, const QSet<qint64> &expected) {
        INFO("query " << query.toString().toStdString());
        REQUIRE_FALSE(expected.isEmpty()); // an empty expectation would prove nothing
        const Answer answer = listAll(client, query);
        const QList<qint64> ids = idsOf(answer.json.value(u"items"_s).toArray());
        CHECK(ids.size() == idSet(ids).size());
        CHECK(idSet(ids) == expected);
        CHECK(answer.json.value(u"total"_s).toInteger() == expected.size());
    };

    SECTION("no filter")
    {
        check(*director, {}, idsWhere(rows, [](const Row &) { return true; }));
    }

    SECTION("kind")
    {
        for (const QString &kind : Tradewind::Opportunity::kinds()) {
            const QSet<qint64> expected = idsWhere(rows, [&](const Row &r) { return r.kind == kind; });
            REQUIRE(expected.size() < rows.size());
            check(*director, params({{u"kind"_s, kind}}), expected);
        }
    }

    SECTION("stage")
    {
        for (const QString &stage : {u"lead"_s, u"proposal"_s, u"won"_s, u"lost"_s})
            check(*director, params({{u"stage"_s, stage}}), idsWhere(rows, [&](const Row &r) { return r.stage == stage; }));
    }

    SECTION("open")
    {
        const QSet<qint64> open =
            idsWhere(rows, [](const Row &r) { return !Tradewind::Opportunity::isClosedStage(r.stage); });
        REQUIRE(open.size() < rows.size());
        check(*director, params({{u"open"_s, u"true"_s}}), open);
        check(*director, params({{u"open"_s, u"true"_s}, {u"kind"_s, u"spare_parts"_s}}),
              idsWhere(rows, [](const Row &r) {
                  return !Tradewind::Opportunity::isClosedStage(r.stage) && r.kind == u"spare_parts"_s;
              }));
        // Open and a closed stage together find nothing.
        const Answer none = listAll(*director, params({{u"open"_s, u"true"_s}, {u"stage"_s, u"won"_s}}));
        CHECK(none.json.value(u"total"_s).toInteger() == 0);
    }

    SECTION("customer_id")
    {
        // The customer with the most opportunities.
        QHash<qint64, int> perCustomer;
        for (const Row &row : rows)
            ++perCustomer[row.customerId];
        const qint64 customer = std::max_element(perCustomer.keyValueBegin(), perCustomer.keyValueEnd(),
                                                 [](const auto &a, const auto &b) { return a.second < b.second; })
                                    ->first;
        check(*director, params({{u"customer_id"_s, QString::number(customer)}}),
              idsWhere(rows, [&](const Row &r) { return r.customerId == customer; }));
        const Answer nothing = listAll(*director, params({{u"customer_id"_s, u"999999"_s}}));
        CHECK(nothing.json.value(u"total"_s).toInteger() == 0);
    }

    SECTION("owner_id")
    {
        for (const QString &login : {u"sales.east1"_s, u"sales.west1"_s, u"manager.east"_s}) {
            const qint64 owner = fixture.employeeId(login);
            check(*director, params({{u"owner_id"_s, QString::number(owner)}}),
                  idsWhere(rows, [&](const Row &r) { return r.ownerId == owner; }));
        }
    }

    SECTION("q matches the title or the customer name")
    {
        for (const QString &text : {u"明华"_s, u"检测系统"_s, u"spare PARTS"_s, u"Bavaria"_s, u"Glass"_s}) {
            const QSet<qint64> expected = idsWhere(rows, [&](const Row &r) {
                return r.title.contains(text, Qt::CaseInsensitive) || r.customerName.contains(text, Qt::CaseInsensitive);
            });
            check(*director, params({{u"q"_s, text}}), expected);
        }
        // A customer-name match whose title does not mention it.
        const QSet<qint64> byCustomerOnly = idsWhere(rows, [](const Row &r) {
            return r.customerName.contains(u"Folien"_s) && !r.title.contains(u"Folien"_s);
        });
        CHECK_FALSE(byCustomerOnly.isEmpty());
        const Answer answer = listAll(*director, params({{u"q"_s, u"Folien"_s}}));
        CHECK(idSet(idsOf(answer.json.value(u"items"_s).toArray())).contains(byCustomerOnly));
        // LIKE wildcards in the text are literal.
        CHECK(listAll(*director, params({{u"q"_s, u"_"_s}})).json.value(u"total"_s).toInteger() == 0);
    }

    SECTION("filters combine and respect visibility")
    {
        auto east1 = fixture.login(u"sales.east1"_s);
        const qint64 me = fixture.employeeId(u"sales.east1"_s);
        check(*east1, {}, idsWhere(rows, [&](const Row &r) { return r.ownerId == me; }));
        check(*east1, params({{u"open"_s, u"true"_s}}),
              idsWhere(rows, [&](const Row &r) { return r.ownerId == me && !Tradewind::Opportunity::isClosedStage(r.stage); }));
        check(*east1, params({{u"kind"_s, u"system"_s}}),
              idsWhere(rows, [&](const Row &r) { return r.ownerId == me && r.kind == u"system"_s; }));
        // Someone else's opportunities stay out of reach, filter or not.
        const Answer others =
            listAll(*east1, params({{u"owner_id"_s, QString::number(fixture.employeeId(u"sales.east2"_s))}}));
        CHECK(others.json.value(u"total"_s).toInteger() == 0);
        // The text filter joins the customer, and must not change who sees what.
        const QSet<qint64> mineWithText = idsWhere(rows, [&](const Row &r) {
            return r.ownerId == me && (r.title.contains(u"系统"_s) || r.customerName.contains(u"系统"_s));
        });
        if (!mineWithText.isEmpty())
            check(*east1, params({{u"q"_s, u"系统"_s}}), mineWithText);

        auto manager = fixture.login(u"manager.east"_s);
        const QList<qint64> team{fixture.employeeId(u"manager.east"_s), me, fixture.employeeId(u"sales.east2"_s)};
        check(*manager, {}, idsWhere(rows, [&](const Row &r) { return team.contains(r.ownerId); }));
    }
}

TEST_CASE("Opportunity list sorts both ways and pages stably", "[opportunities]")
{
    ServerFixture fixture;
    auto director = fixture.login(u"director"_s);
    // One opportunity without an expected close, so that empty dates take part in the order.
    auto seller = fixture.login(u"sales.west1"_s);
    QJsonObject undated = newOpportunity(fixture.partnerId(u"Kansai Film K.K."_s));
    undated.remove(u"expected_close"_s);
    undated.insert(u"amount"_s, money(150, u"JPY"_s));
    REQUIRE(ServerFixture::call(*seller, "POST", u"/opportunities"_s, undated).status == 201);

    const QList<Row> rows = storedOpportunities(fixture);

    using Compare = std::function<int(const Row &, const Row &)>;
    const auto [key, compare] = GENERATE(table<QString, Compare>({
        {u"amount"_s, [](const Row &a, const Row &b) { return a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0; }},
        {u"title"_s, [](const Row &a, const Row &b) { return a.title.compare(b.title, Qt::CaseInsensitive); }},
        {u"expected_close"_s, [](const Row &a, const Row &b) { return a.expectedClose.compare(b.expectedClose); }},
        {u"customer"_s, [](const Row &a, const Row &b) { return a.customerName.compare(b.customerName, Qt::CaseInsensitive); }},
    }));
    const bool descending = GENERATE(false, true);
    const QString sort = (descending ? u"-"_s : QString()) + key;
    INFO("sort=" << sort.toStdString());

    // The expected order: the key, then the id, both in the requested direction.
    QList<Row> expected = rows;
    std::sort(expected.begin(), expected.end(), [&](const Row &a, const Row &b) {
        int order = compare(a, b);
        if (order == 0)
            order = a.id < b.id ? -1 : 1;
        return descending ? order > 0 : order < 0;
    });
    QList<qint64> expectedIds;
    for (const Row &row : std::as_const(expected))
        expectedIds.append(row.id);

    const Answer whole = listAll(*director, params({{u"sort"_s, sort}}));
    const QList<qint64> wholeIds = idsOf(whole.json.value(u"items"_s).toArray());
    CHECK(wholeIds == expectedIds);

    // Pages of 7 put together: the same sequence, nothing twice, nothing left out.
    QList<qint64> paged;
    qint64 total = -1;
    for (int offset = 0; offset < 1000; offset += 7) {
        const Answer page = ServerFixture::get(
            *director, u"/opportunities"_s,
            params({{u"sort"_s, sort}, {u"limit"_s, u"7"_s}, {u"offset"_s, QString::number(offset)}}));
        REQUIRE(page.status == 200);
        total = page.json.value(u"total"_s).toInteger();
        const QList<qint64> ids = idsOf(page.json.value(u"items"_s).toArray());
        REQUIRE(ids.size() <= 7);
        paged += ids;
        if (ids.size() < 7)
            break;
    }
    CHECK(total == rows.size());
    CHECK(paged.size() == idSet(paged).size());
    CHECK(paged == wholeIds);
}

TEST_CASE("Opportunity sorting by the other keys and refusing unknown ones", "[opportunities]")
{
    ServerFixture fixture;
    auto director = fixture.login(u"director"_s);
    const qint64 total = opportunityCount(fixture);

    // Keys whose values the list shows: check each page is ordered by them.
    for (const QString &key : {u"updated_at"_s, u"created_at"_s, u"stage"_s, u"owner"_s}) {
        for (const bool descending : {false, true}) {
            const QString sort = (descending ? u"-"_s : QString()) + key;
            INFO("sort=" << sort.toStdString());
            const Answer answer = listAll(*director, params({{u"sort"_s, sort}}));
            const QJsonArray items = answer.json.value(u"items"_s).toArray();
            CHECK(items.size() == total);
            // One owner's opportunities follow each other in the order of their last update.
            const QStringList fields = key == u"owner"_s ? QStringList{u"owner_name"_s, u"updated_at"_s} : QStringList{key};
            for (qsizetype i = 1; i < items.size(); ++i) {
                const qint64 previousId = items.at(i - 1).toObject().value(u"id"_s).toInteger();
                const qint64 nextId = items.at(i).toObject().value(u"id"_s).toInteger();
                int order = 0;
                for (const QString &field : fields)
                    if (order == 0)
                        order = items.at(i - 1).toObject().value(field).toString().compare(items.at(i).toObject().value(field).toString());
                if (descending)
                    CHECK((order > 0 || (order == 0 && previousId > nextId)));
                else
                    CHECK((order < 0 || (order == 0 && previousId < nextId)));
            }
        }
    }
    // The default is most recently updated first.
    const Answer byDefault = listAll(*director);
    const Answer explicitly = listAll(*director, params({{u"sort"_s, u"-updated_at"_s}}));
    CHECK(idsOf(byDefault.json.value(u"items"_s).toArray()) == idsOf(explicitly.json.value(u"items"_s).toArray()));

    for (const QString &bad : {u"owner_id"_s, u"amount_minor"_s, u"-"_s, u"o.id"_s, u"amount;drop table"_s}) {
        INFO("sort=" << bad.toStdString());
        const Answer answer = ServerFixture::get(*director, u"/opportunities"_s, params({{u"sort"_s, bad}}));
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"sort"_s);
    }
}

TEST_CASE("Opportunity updates go through If-Match and never change the owner", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    const qint64 me = fixture.employeeId(u"sales.east1"_s);
    const Answer created = ServerFixture::call(*client, "POST", u"/opportunities"_s,
                                               newOpportunity(fixture.partnerId(u"辽宁北方特钢集团"_s)));
    REQUIRE(created.status == 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    const QString path = u"/opportunities/%1"_s.arg(id);
    REQUIRE(created.etag == "\"1\"");

    fixture.advanceClock(120);
    const QJsonObject change{{u"stage"_s, u"proposal"_s}, {u"amount"_s, money(275000000, u"CNY"_s)}};
    const Answer updated = ServerFixture::call(*client, "PATCH", path, change, created.etag);
    INFO(updated.body.toStdString());
    REQUIRE(updated.status == 200);
    CHECK(updated.etag == "\"2\"");
    CHECK(updated.json.value(u"version"_s).toInteger() == 2);
    CHECK(updated.json.value(u"stage"_s).toString() == u"proposal"_s);
    CHECK(updated.json.value(u"amount"_s).toObject() == money(275000000, u"CNY"_s));
    CHECK(updated.json.value(u"title"_s).toString() == created.json.value(u"title"_s).toString());
    CHECK(updated.json.value(u"owner_id"_s).toInteger() == me);
    CHECK(updated.json.value(u"updated_at"_s).toString() == Tradewind::Wire::timestampToWire(fixture.now()));
    CHECK(updated.json.value(u"created_at"_s).toString() == created.json.value(u"created_at"_s).toString());
    CHECK(ServerFixture::get(*client, path).json == updated.json);

    SECTION("a null stage is refused rather than reset to the first stage")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"stage"_s, QJsonValue()}}, updated.etag);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"stage"_s);
        CHECK(ServerFixture::get(*client, path).json.value(u"stage"_s).toString() == u"proposal"_s);
    }

    SECTION("without If-Match: 428")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"stage"_s, u"won"_s}});
        CHECK(answer.status == 428);
        CHECK(answer.errorCode() == u"precondition_required"_s);
        CHECK(ServerFixture::get(*client, path).json.value(u"stage"_s).toString() == u"proposal"_s);
    }

    SECTION("a stale If-Match: 412 with the current ETag")
    {
        const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"stage"_s, u"won"_s}}, created.etag);
        CHECK(answer.status == 412);
        CHECK(answer.errorCode() == u"version_conflict"_s);
        CHECK(answer.etag == "\"2\"");
        CHECK(ServerFixture::get(*client, path).json.value(u"stage"_s).toString() == u"proposal"_s);
    }

    SECTION("owner_id is not a field a PATCH may send")
    {
        const qint64 other = fixture.employeeId(u"sales.east2"_s);
        for (const QJsonValue &owner : {QJsonValue(other), QJsonValue(me)}) {
            const Answer answer = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"owner_id"_s, owner}}, updated.etag);
            CHECK(answer.status == 400);
            CHECK(answer.errorField() == u"owner_id"_s);
        }
        for (const QString &readOnly : {u"owner_name"_s, u"id"_s, u"version"_s, u"customer_name"_s, u"created_at"_s}) {
            INFO(readOnly.toStdString());
            const Answer answer =
                ServerFixture::call(*client, "PATCH", path, QJsonObject{{readOnly, updated.json.value(readOnly)}}, updated.etag);
            CHECK(answer.status == 400);
            CHECK(answer.errorField() == readOnly);
        }
        CHECK(Query(fixture.server().database().connection(), u"SELECT owner_id FROM opportunities WHERE id = :id"_s)
                  .bind(u":id"_s, id)
                  .scalar()
                  .toLongLong()
              == me);
        CHECK(ServerFixture::get(*client, path).etag == "\"2\"");
    }

    SECTION("the new ETag works for the next update, the history shows both changes")
    {
        const Answer next = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"stage"_s, u"won"_s}}, updated.etag);
        REQUIRE(next.status == 200);
        CHECK(next.etag == "\"3\"");
        const Answer history = ServerFixture::get(*client, path + u"/history"_s);
        REQUIRE(history.status == 200);
        const QJsonArray items = history.json.value(u"items"_s).toArray();
        REQUIRE(items.size() == 3);
        CHECK(items.at(0).toObject().value(u"changes"_s).toObject().keys() == QStringList{u"stage"_s});
        CHECK(items.at(1).toObject().value(u"changes"_s).toObject().keys() == QStringList{u"amount"_s, u"stage"_s});
        CHECK(items.at(2).toObject().value(u"action"_s).toString() == u"create"_s);
    }

    SECTION("another salesperson cannot reach it")
    {
        auto other = fixture.login(u"sales.east2"_s);
        CHECK(ServerFixture::get(*other, path).status == 404);
        CHECK(ServerFixture::call(*other, "PATCH", path, QJsonObject{{u"stage"_s, u"lost"_s}}, updated.etag).status == 404);
        CHECK(ServerFixture::get(*client, path).etag == "\"2\"");
    }

    SECTION("unknown ids")
    {
        CHECK(ServerFixture::call(*client, "PATCH", u"/opportunities/999999"_s, change, "\"1\"").status == 404);
        CHECK(ServerFixture::get(*client, u"/opportunities/abc"_s).status == 404);
        CHECK(ServerFixture::get(*client, u"/opportunities/-1"_s).status == 404);
    }
}

TEST_CASE("Invalid opportunity list parameters are refused naming the parameter", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"manager.east"_s);

    const auto [name, value] = GENERATE(table<QString, QString>({
        {u"limit"_s, u"0"_s},
        {u"limit"_s, u"1000"_s},
        {u"limit"_s, u"201"_s},
        {u"limit"_s, u"ten"_s},
        {u"limit"_s, u""_s},
        {u"offset"_s, u"-1"_s},
        {u"offset"_s, u"1e3"_s},
        {u"offset"_s, u"99999999999"_s},
        {u"kind"_s, u"xyz"_s},
        {u"kind"_s, u"SYSTEM"_s},
        {u"stage"_s, u"closed"_s},
        {u"owner_id"_s, u"abc"_s},
        {u"owner_id"_s, u"0"_s},
        {u"owner_id"_s, u"-5"_s},
        {u"customer_id"_s, u"abc"_s},
        {u"customer_id"_s, u"1.5"_s},
        {u"open"_s, u"maybe"_s},
        {u"open"_s, u"yes"_s},
        {u"sort"_s, u"xyz"_s},
        {u"q"_s, QString(201, u'q')},
        {u"q"_s, u"a\u0001b"_s},
        {u"after"_s, u"nonsense"_s},
        {u"before"_s, u"bm9uc2Vuc2U"_s},
    }));
    INFO(name.toStdString() << "=" << value.toStdString());
    const Answer answer = ServerFixture::get(*client, u"/opportunities"_s, params({{name, value}}));
    CHECK(answer.status == 400);
    CHECK(answer.errorCode() == u"invalid_field"_s);
    CHECK(answer.errorField() == name);

    // The valid edges are accepted.
    CHECK(ServerFixture::get(*client, u"/opportunities"_s, params({{u"limit"_s, u"1"_s}})).status == 200);
    CHECK(ServerFixture::get(*client, u"/opportunities"_s, params({{u"limit"_s, u"200"_s}, {u"offset"_s, u"0"_s}})).status == 200);
    CHECK(ServerFixture::get(*client, u"/opportunities"_s, params({{u"open"_s, u"false"_s}})).status == 200);
}

TEST_CASE("Simultaneous updates with the same If-Match: exactly one wins", "[opportunities]")
{
    ServerFixture fixture;
    auto owner = fixture.login(u"sales.east1"_s);
    const Answer created = ServerFixture::call(*owner, "POST", u"/opportunities"_s,
                                               newOpportunity(fixture.partnerId(u"福建华晟纺织有限公司"_s)));
    REQUIRE(created.status == 201);
    const QString path = u"/opportunities/%1"_s.arg(created.json.value(u"id"_s).toInteger());

    constexpr int attempts = 8;
    std::vector<std::unique_ptr<ApiClient>> clients;
    QList<Tradewind::ApiReply *> replies;
    for (int i = 0; i < attempts; ++i) {
        clients.push_back(fixture.anonymous());
        clients.back()->setToken(owner->token());
    }
    for (int i = 0; i < attempts; ++i) {
        const QJsonObject change{{u"amount"_s, money(1000000 + i, u"CNY"_s)}};
        replies.append(clients.at(i)->patch(path, change, created.etag));
    }
    REQUIRE(TestSupport::waitUntil([&] {
        return std::all_of(replies.begin(), replies.end(), [](Tradewind::ApiReply *reply) { return reply->isFinished(); });
    }));
    qint64 winningAmount = -1;
    int conflicts = 0;
    for (Tradewind::ApiReply *reply : std::as_const(replies)) {
        INFO(reply->status() << ' ' << reply->rawBody().toStdString());
        if (reply->status() == 200) {
            CHECK(winningAmount == -1);
            winningAmount = reply->object().value(u"amount"_s).toObject().value(u"minor"_s).toInteger();
            CHECK(reply->etag() == "\"2\"");
        } else {
            CHECK(reply->status() == 412);
            CHECK(reply->etag() == "\"2\"");
            ++conflicts;
        }
    }
    CHECK(conflicts == attempts - 1);
    const Answer after = ServerFixture::get(*owner, path);
    CHECK(after.etag == "\"2\"");
    CHECK(after.json.value(u"amount"_s).toObject().value(u"minor"_s).toInteger() == winningAmount);
    CHECK(ServerFixture::get(*owner, path + u"/history"_s).json.value(u"items"_s).toArray().size() == 2);
}

TEST_CASE("An opportunity without an expected close date can be updated field by field", "[opportunities]")
{
    ServerFixture fixture;
    auto client = fixture.login(u"sales.east1"_s);
    QJsonObject body = newOpportunity(fixture.partnerId(u"辽宁北方特钢集团"_s));
    body.remove(u"expected_close"_s);
    const Answer created = ServerFixture::call(*client, "POST", u"/opportunities"_s, body);
    REQUIRE(created.status == 201);
    CHECK(created.json.value(u"expected_close"_s).isNull());

    const QString path = u"/opportunities/%1"_s.arg(created.json.value(u"id"_s).toInteger());
    const Answer renamed =
        ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"title"_s, u"三号冷轧线表面检测系统"_s}}, created.etag);
    INFO(renamed.body.toStdString());
    CHECK(renamed.status == 200);
    CHECK(renamed.json.value(u"title"_s).toString() == u"三号冷轧线表面检测系统"_s);
    CHECK(renamed.json.value(u"expected_close"_s).isNull());
}
