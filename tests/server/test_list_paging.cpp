// The big lists at scale, over real HTTP: keyset pages by cursor in every sort and both directions, totals,
// text search that answers exactly what LIKE does (also for one- and two-character terms, kept in step with
// edits by the search index's triggers), and the query plans the lists rely on, read from EXPLAIN QUERY PLAN.

#include "serverfixture.h"

#include "database.h"
#include "listquery.h"
#include "opportunityservice.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

qint64 scalar(ServerFixture &fixture, const QString &sql)
{
    return Query(fixture.server().database().connection(), sql).scalar().toLongLong();
}

/** Every item of a list, following the next cursors from the first page; checks the page fields on the way. */
QJsonArray walkForward(ApiClient &client, const QString &path, QUrlQuery query, int limit, int *pages = nullptr)
{
    query.addQueryItem(u"limit"_s, QString::number(limit));
    QJsonArray items;
    QUrlQuery next = query;
    for (int page = 0;; ++page) {
        const Answer answer = ServerFixture::get(client, path, next);
        REQUIRE(answer.status == 200);
        // The total comes with the first page only; later pages are not counted again.
        CHECK(answer.json.contains(u"total"_s) == (page == 0));
        CHECK(answer.json.contains(u"previous"_s) == (page > 0));
        const QJsonArray pageItems = answer.json.value(u"items"_s).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        if (!answer.json.contains(u"next"_s)) {
            if (pages)
                *pages = page + 1;
            return items;
        }
        REQUIRE(pageItems.size() == limit);
        next = query;
        next.addQueryItem(u"after"_s, answer.json.value(u"next"_s).toString());
    }
}

QList<qint64> ids(const QJsonArray &items)
{
    return idsOf(items);
}

/** The ids of the visible opportunities whose title or customer name contains text, by LIKE, straight from SQL. */
QSet<qint64> likeMatches(ServerFixture &fixture, const QString &text, const QString &ownerLogin = {})
{
    Query query(fixture.server().database().connection(),
                u"SELECT o.id FROM opportunities o JOIN partners p ON p.id = o.customer_id "
                u"WHERE (o.title LIKE :text ESCAPE '\\' OR p.name LIKE :text ESCAPE '\\') "
                u"AND (:owner = '' OR o.owner_id = (SELECT id FROM employees WHERE login = :owner))"_s);
    query.bind(u":text"_s, Tradewind::likePattern(text)).bind(u":owner"_s, ownerLogin).exec();
    QSet<qint64> found;
    while (query.next())
        found.insert(query.value(0).toLongLong());
    return found;
}

QSet<qint64> asSet(const QList<qint64> &list)
{
    return QSet<qint64>(list.begin(), list.end());
}

/** The plan of the statement that chose the page's rows, for this caller and these parameters. */
QString pagePlan(ServerFixture &fixture, const QString &login, const QUrlQuery &parameters)
{
    QSqlDatabase db = fixture.server().database().connection();
    Query employee(db, u"SELECT id, name, roles FROM employees WHERE login = :login"_s);
    employee.bind(u":login"_s, login).exec();
    REQUIRE(employee.next());
    Tradewind::Http::Request request;
    request.method = "GET";
    request.path = u"/api/v1/opportunities"_s;
    request.query = parameters;
    Tradewind::RequestContext context(request, db, fixture.now());
    context.caller = {employee.value(0).toLongLong(), login, employee.value(1).toString(),
                      employee.value(2).toString().split(u',', Qt::SkipEmptyParts)};
    const Tradewind::ListQueryPage page = Tradewind::Opportunities::listQuery(context).run();
    Query explain(db, u"EXPLAIN QUERY PLAN "_s + page.pageStatement.sql);
    page.pageStatement.bind(explain);
    explain.exec();
    QStringList lines;
    while (explain.next())
        lines.append(explain.value(3).toString());
    return lines.join(u'\n');
}

/** The first table access of a plan: the loop that drives the others. */
QString drivingStep(const QString &plan)
{
    for (const QString &line : plan.split(u'\n'))
        if (line.startsWith(u"SCAN "_s) || line.startsWith(u"SEARCH "_s))
            return line;
    return {};
}

} // namespace

TEST_CASE("Keyset pages join up in every sort and both directions, with the total on the first page", "[paging]")
{
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.west1"_s, 400);
    auto director = fixture.login(u"director"_s);
    const qint64 total = scalar(fixture, u"SELECT COUNT(*) FROM opportunities"_s);

    const QString key = GENERATE(u"updated_at"_s, u"created_at"_s, u"title"_s, u"customer"_s, u"owner"_s, u"stage"_s,
                                 u"amount"_s, u"expected_close"_s);
    const bool descending = GENERATE(false, true);
    const QString sort = (descending ? u"-"_s : QString()) + key;
    INFO("sort=" << sort.toStdString());

    // The same order as offset pages give (which the other tests check against the data).
    QList<qint64> byOffset;
    for (int offset = 0; offset < total; offset += 200) {
        const Answer page = ServerFixture::get(*director, u"/opportunities"_s,
                                               params({{u"sort"_s, sort}, {u"limit"_s, u"200"_s},
                                                       {u"offset"_s, QString::number(offset)}}));
        REQUIRE(page.status == 200);
        CHECK(page.json.value(u"total"_s).toInteger() == total);
        byOffset += ids(page.json.value(u"items"_s).toArray());
    }
    REQUIRE(byOffset.size() == total);

    int pages = 0;
    const QList<qint64> forward = ids(walkForward(*director, u"/opportunities"_s, params({{u"sort"_s, sort}}), 37, &pages));
    CHECK(pages == (total + 36) / 37);
    CHECK(forward == byOffset);

    // The reverse order's first page is this order's last one, and its cursor leads back through this order.
    const QString reversed = descending ? key : u'-' + key;
    const Answer last = ServerFixture::get(*director, u"/opportunities"_s, params({{u"sort"_s, reversed}, {u"limit"_s, u"37"_s}}));
    REQUIRE(last.status == 200);
    QList<qint64> tail = ids(last.json.value(u"items"_s).toArray());
    std::reverse(tail.begin(), tail.end());
    CHECK(tail == byOffset.mid(byOffset.size() - 37));
    QList<qint64> backward = tail;
    QString before = last.json.value(u"next"_s).toString();
    while (!before.isEmpty()) {
        const Answer page = ServerFixture::get(*director, u"/opportunities"_s,
                                               params({{u"sort"_s, sort}, {u"limit"_s, u"37"_s}, {u"before"_s, before}}));
        REQUIRE(page.status == 200);
        CHECK_FALSE(page.json.contains(u"total"_s));
        CHECK(page.json.contains(u"next"_s));
        backward = ids(page.json.value(u"items"_s).toArray()) + backward;
        before = page.json.value(u"previous"_s).toString();
    }
    CHECK(backward == byOffset);
}

TEST_CASE("Cursors are checked: another sort's, a mangled one, or one with offset is refused", "[paging]")
{
    ServerFixture fixture;
    auto director = fixture.login(u"director"_s);
    const Answer first = ServerFixture::get(*director, u"/opportunities"_s, params({{u"sort"_s, u"title"_s}, {u"limit"_s, u"5"_s}}));
    REQUIRE(first.status == 200);
    const QString next = first.json.value(u"next"_s).toString();
    REQUIRE(!next.isEmpty());
    // The cursor is a position, not a direction: it serves both orders of its key.
    CHECK(ServerFixture::get(*director, u"/opportunities"_s, params({{u"sort"_s, u"-title"_s}, {u"after"_s, next}})).status == 200);

    const auto refused = [&](const QUrlQuery &query, const QString &field) {
        const Answer answer = ServerFixture::get(*director, u"/opportunities"_s, query);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == field);
    };
    refused(params({{u"sort"_s, u"amount"_s}, {u"after"_s, next}}), u"after"_s);
    refused(params({{u"sort"_s, u"title"_s}, {u"before"_s, next.left(next.size() - 3)}}), u"before"_s);
    refused(params({{u"sort"_s, u"title"_s}, {u"after"_s, next}, {u"before"_s, next}}), u"before"_s);
    refused(params({{u"sort"_s, u"title"_s}, {u"after"_s, next}, {u"offset"_s, u"5"_s}}), u"offset"_s);
    refused(params({{u"sort"_s, u"title"_s}, {u"after"_s, u""_s}}), u"after"_s);
}

TEST_CASE("Totals stay exact through inserts, stage changes and reassignments", "[paging]")
{
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.east2"_s, 120);
    auto director = fixture.login(u"director"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const auto total = [](ApiClient &client, const QUrlQuery &query) {
        const Answer answer = ServerFixture::get(client, u"/opportunities"_s, query);
        REQUIRE(answer.status == 200);
        CHECK_FALSE(answer.json.contains(u"total_capped"_s));
        return answer.json.value(u"total"_s).toInteger();
    };
    const auto check = [&] {
        CHECK(total(*director, {}) == scalar(fixture, u"SELECT COUNT(*) FROM opportunities"_s));
        CHECK(total(*director, params({{u"stage"_s, u"won"_s}})) == scalar(fixture, u"SELECT COUNT(*) FROM opportunities WHERE stage = 'won'"_s));
        CHECK(total(*director, params({{u"open"_s, u"true"_s}, {u"kind"_s, u"system"_s}}))
              == scalar(fixture, u"SELECT COUNT(*) FROM opportunities WHERE stage NOT IN ('won', 'lost') AND kind = 'system'"_s));
        const qint64 east2 = fixture.employeeId(u"sales.east2"_s);
        CHECK(total(*manager, params({{u"owner_id"_s, QString::number(east2)}}))
              == scalar(fixture, u"SELECT COUNT(*) FROM opportunities WHERE owner_id = %1"_s.arg(east2)));
        CHECK(total(*manager, {})
              == scalar(fixture, u"SELECT COUNT(*) FROM opportunities WHERE owner_id IN (SELECT descendant_id FROM "
                                 u"employee_tree WHERE ancestor_id = %1)"_s.arg(fixture.employeeId(u"manager.east"_s))));
    };
    check();

    const qint64 moved = scalar(fixture, u"SELECT id FROM opportunities WHERE lock_key = 'scale:7'"_s);
    REQUIRE(ServerFixture::call(*manager, "POST", u"/opportunities/%1/reassign"_s.arg(moved),
                                {{u"to"_s, fixture.employeeId(u"sales.east1"_s)}, {u"reason"_s, u"workload"_s}})
                .status
            == 200);
    Query(fixture.server().database().connection(), u"UPDATE opportunities SET stage = 'won' WHERE id % 3 = 0"_s).exec();
    fixture.addOpportunities(u"sales.east1"_s, 30);
    check();
}

TEST_CASE("Text search finds exactly what LIKE finds, at every length and for every reach", "[search]")
{
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.east1"_s, 300);
    const QString login = GENERATE(u"director"_s, u"sales.east1"_s);
    auto client = fixture.login(login);
    const QString owner = login == u"director"_s ? QString() : login;

    const QString text = GENERATE(u"冷轧带钢"_s,          // a frequent title phrase
                                  u"检"_s, u"隔膜"_s,       // one and two Chinese characters, frequent
                                  u"焊"_s, u"量子"_s,       // one and two characters found nowhere
                                  u"量子计算"_s,            // no hit
                                  u"FLOAT glass"_s, u"e, l"_s, u"ine 3"_s, // Latin, any case, across words
                                  u"改造 1"_s,              // Chinese then digits
                                  u"恒达"_s, u"Steel"_s,    // customer names
                                  u"%"_s, u"_"_s, u"\"x"_s, u"a'b"_s, u"\\"_s); // characters LIKE and FTS5 treat specially
    INFO("q=" << text.toStdString() << " as " << login.toStdString());
    const QSet<qint64> expected = likeMatches(fixture, text, owner);
    const QList<qint64> found = ids(walkForward(*client, u"/opportunities"_s, params({{u"q"_s, text}}), 200));
    CHECK(found.size() == asSet(found).size());
    CHECK(asSet(found) == expected);
    const Answer first = ServerFixture::get(*client, u"/opportunities"_s, params({{u"q"_s, text}}));
    CHECK(first.json.value(u"total"_s).toInteger() == expected.size());
}

TEST_CASE("The search index follows edits of titles and customer names", "[search]")
{
    ServerFixture fixture;
    auto seller = fixture.login(u"sales.east1"_s);
    auto director = fixture.login(u"director"_s);
    const auto search = [&](const QString &text) {
        return asSet(ids(walkForward(*director, u"/opportunities"_s, params({{u"q"_s, text}}), 200)));
    };
    const Answer created = ServerFixture::call(*seller, "POST", u"/opportunities"_s,
                                               {{u"kind"_s, u"system"_s},
                                                {u"customer_id"_s, fixture.partnerId(u"江苏恒达钢铁有限公司"_s)},
                                                {u"title"_s, u"鞍钢四号线鳞片检测"_s},
                                                {u"source"_s, u"tender"_s},
                                                {u"amount"_s, QJsonObject{{u"minor"_s, 100000}, {u"currency"_s, u"CNY"_s}}}});
    REQUIRE(created.status == 201);
    const qint64 id = created.json.value(u"id"_s).toInteger();
    CHECK(search(u"鳞片"_s).contains(id));
    CHECK(search(u"鞍钢四号"_s) == QSet<qint64>{id});

    const Answer renamed = ServerFixture::call(*seller, "PATCH", u"/opportunities/%1"_s.arg(id),
                                               {{u"title"_s, u"宝钢五号线 Scale Pit 检测"_s}}, created.etag);
    REQUIRE(renamed.status == 200);
    CHECK(search(u"鞍钢"_s).isEmpty());
    CHECK(search(u"scale pit"_s) == QSet<qint64>{id});
    CHECK(search(u"鳞"_s).isEmpty());
    CHECK(search(u"宝"_s).contains(id));
}

TEST_CASE("Quotes and contracts are searched by number, title and customer like opportunities", "[search]")
{
    ServerFixture fixture;
    auto director = fixture.login(u"director"_s);
    QSqlDatabase db = fixture.server().database().connection();
    const auto like = [&](const QString &sql, const QString &text) {
        Query query(db, sql);
        query.bind(u":text"_s, Tradewind::likePattern(text)).exec();
        QSet<qint64> found;
        while (query.next())
            found.insert(query.value(0).toLongLong());
        return found;
    };
    for (const QString &text : {u"Q-"_s, u"2026"_s, u"检测"_s, u"恒"_s, u"a"_s, u"C-2"_s, u"无此号"_s}) {
        INFO("q=" << text.toStdString());
        CHECK(asSet(ids(walkForward(*director, u"/quotes"_s, params({{u"q"_s, text}}), 7)))
              == like(u"SELECT q.id FROM quotes q JOIN partners p ON p.id = q.customer_id WHERE q.superseded_by_id IS NULL "
                      u"AND (q.number LIKE :text ESCAPE '\\' OR q.title LIKE :text ESCAPE '\\' OR p.name LIKE :text ESCAPE '\\')"_s,
                      text));
        CHECK(asSet(ids(walkForward(*director, u"/contracts"_s, params({{u"q"_s, text}}), 7)))
              == like(u"SELECT c.id FROM contracts c JOIN partners p ON p.id = c.customer_id "
                      u"WHERE c.number LIKE :text ESCAPE '\\' OR p.name LIKE :text ESCAPE '\\'"_s,
                      text));
    }
}

TEST_CASE("A frequent term's total is capped and flagged, and its pages still join up", "[search]")
{
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.west1"_s, 70000);
    auto director = fixture.login(u"director"_s);
    const Answer first = ServerFixture::get(*director, u"/opportunities"_s, params({{u"q"_s, u"line 3"_s}, {u"limit"_s, u"200"_s}}));
    REQUIRE(first.status == 200);
    const qint64 matching = likeMatches(fixture, u"line 3"_s).size();
    REQUIRE(matching > 0);
    // A few thousand Latin titles hold "line 3": counted exactly.
    CHECK(first.json.value(u"total"_s).toInteger() == matching);
    CHECK_FALSE(first.json.contains(u"total_capped"_s));

    // Counted from the search index alone, from the rows with another filter, and by scanning for a short term.
    const auto total = [&](const QUrlQuery &query) {
        const Answer answer = ServerFixture::get(*director, u"/opportunities"_s, query);
        REQUIRE(answer.status == 200);
        return std::pair{answer.json.value(u"total"_s).toInteger(), answer.json.value(u"total_capped"_s).toBool()};
    };
    CHECK(total(params({{u"q"_s, u"detection, LINE 3"_s}})) == std::pair{qint64(likeMatches(fixture, u"detection, line 3"_s).size()), false});
    CHECK(total(params({{u"q"_s, u"冷轧带钢表面"_s}})) == std::pair{qint64(10000), true});
    const qint64 wonRolling = scalar(fixture, u"SELECT COUNT(*) FROM opportunities WHERE title LIKE '%冷轧带钢表面%' AND stage = 'won'"_s);
    REQUIRE(wonRolling < 10000);
    CHECK(total(params({{u"q"_s, u"冷轧带钢表面"_s}, {u"stage"_s, u"won"_s}})) == std::pair{wonRolling, false});

    const Answer frequent = ServerFixture::get(*director, u"/opportunities"_s, params({{u"q"_s, u"检测"_s}}));
    REQUIRE(frequent.status == 200);
    CHECK(frequent.json.value(u"total"_s).toInteger() == 10000);
    CHECK(frequent.json.value(u"total_capped"_s).toBool());
    CHECK(likeMatches(fixture, u"检测"_s).size() > 50000);
    CHECK(asSet(ids(frequent.json.value(u"items"_s).toArray())).size() == 50);
}

TEST_CASE("List plans: sort indexes for wide reaches, the caller's own rows for narrow ones, partners never first", "[plan]")
{
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.west1"_s, 20000);

    // The director's pages walk the sort order's index: no sorting of the whole table.
    const QList<QPair<QString, QString>> sorts = {
        {u"-updated_at"_s, u"opportunities_updated"_s}, {u"title"_s, u"opportunities_title"_s},
        {u"-amount"_s, u"opportunities_amount"_s},      {u"stage"_s, u"opportunities_stage"_s},
        {u"expected_close"_s, u"opportunities_expected_close"_s}, {u"-created_at"_s, u"opportunities_created"_s},
        {u"customer"_s, u"partners_name"_s},            {u"-owner"_s, u"employees_name"_s}};
    for (const auto &[sort, index] : sorts) {
        const QString plan = pagePlan(fixture, u"director"_s, params({{u"sort"_s, sort}}));
        INFO("sort=" << sort.toStdString() << "\n" << plan.toStdString());
        CHECK(plan.contains(index));
        CHECK_FALSE(plan.contains(u"TEMP B-TREE"_s));
    }

    // A salesperson's few rows are read through their own and sorted, not searched for along the whole order.
    for (const QString &sort : {u"-updated_at"_s, u"title"_s, u"customer"_s}) {
        const QString plan = pagePlan(fixture, u"sales.east1"_s, params({{u"sort"_s, sort}}));
        INFO("sort=" << sort.toStdString() << "\n" << plan.toStdString());
        CHECK(drivingStep(plan).startsWith(u"SEARCH o USING INTEGER PRIMARY KEY"_s));
        CHECK(plan.contains(u"INDEX opportunities_owner_"_s));
        CHECK(plan.contains(u"(owner_id=?)"_s));
    }

    // A search is driven by the opportunities (their search index when the term is rare, the sort order when it
    // is frequent), with the matching partners looked up on the side: never partners first.
    for (const QString &text : {u"光伏玻璃检测线改造 1234"_s, u"检测"_s, u"恒达"_s}) {
        const QString plan = pagePlan(fixture, u"director"_s, params({{u"q"_s, text}}));
        INFO("q=" << text.toStdString() << "\n" << plan.toStdString());
        const QString driver = drivingStep(plan);
        CHECK((driver.startsWith(u"SEARCH o USING INTEGER PRIMARY KEY"_s) || driver.startsWith(u"SCAN o USING INDEX"_s)));
        CHECK_FALSE(plan.contains(u"SCAN p USING"_s));
        CHECK_FALSE(plan.contains(u"SEARCH o USING INDEX opportunities_customer"_s));
    }
    CHECK(pagePlan(fixture, u"director"_s, params({{u"q"_s, u"光伏玻璃检测线改造 1234"_s}})).contains(u"opportunity_search"_s));
    CHECK(drivingStep(pagePlan(fixture, u"director"_s, params({{u"q"_s, u"检测"_s}}))) == u"SCAN o USING INDEX opportunities_updated"_s);
}
