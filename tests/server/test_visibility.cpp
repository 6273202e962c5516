// Visibility: who reaches which opportunities through the supervisor tree, and that a row out of
// reach is indistinguishable from one that does not exist.

#include "serverfixture.h"

#include "database.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 NonexistentId = 999999;

/** The demo logins that own opportunities. */
const QStringList owningLogins = {u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s, u"manager.east"_s,
                                  u"manager.west"_s};

const QStringList allLogins = {u"admin"_s,       u"director"_s,    u"manager.east"_s, u"manager.west"_s,
                               u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s,  u"finance"_s,
                               u"contracts"_s,   u"dispatcher"_s,  u"engineer1"_s};

QString opportunityPath(qint64 id)
{
    return u"/opportunities/%1"_s.arg(id);
}

QString historyPath(qint64 id)
{
    return u"/opportunities/%1/history"_s.arg(id);
}

QUrlQuery queryOf(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(key, value);
    return query;
}

/** Test-side SQL against the server's database (on the test thread's own connection). */
class Sql
{
public:
    explicit Sql(ServerFixture &server)
        : m_server(server)
    {
    }

    qint64 firstOpportunityOf(const QString &login)
    {
        return scalar(u"SELECT MIN(id) FROM opportunities WHERE owner_id = :owner"_s, m_server.employeeId(login));
    }

    qint64 countOwnedBy(const QStringList &logins)
    {
        qint64 total = 0;
        for (const QString &login : logins)
            total += scalar(u"SELECT COUNT(*) FROM opportunities WHERE owner_id = :owner"_s, m_server.employeeId(login));
        return total;
    }

    qint64 countAll() { return scalar(u"SELECT COUNT(*) FROM opportunities"_s); }

    qint64 opportunityVersion(qint64 id)
    {
        return scalar(u"SELECT version FROM opportunities WHERE id = :id"_s, id);
    }

    QByteArray opportunityEtag(qint64 id) { return Tradewind::ApiClient::etagForVersion(opportunityVersion(id)); }

    qint64 employeeVersion(qint64 id) { return scalar(u"SELECT version FROM employees WHERE id = :id"_s, id); }

    qint64 supervisorOf(qint64 id) { return scalar(u"SELECT supervisor_id FROM employees WHERE id = :id"_s, id); }

    /**
     * The closure table must be exactly what the supervisor_id chain implies: compares it with the
     * same closure computed by a recursive walk, both ways. Returns the number of differing rows.
     */
    qint64 closureDifferences()
    {
        const QString chain =
            u"WITH RECURSIVE chain(ancestor_id, descendant_id, depth) AS ("
            u"  SELECT id, id, 0 FROM employees"
            u"  UNION ALL"
            u"  SELECT e.supervisor_id, c.descendant_id, c.depth + 1 FROM chain c JOIN employees e ON e.id = c.ancestor_id"
            u"  WHERE e.supervisor_id IS NOT NULL AND c.depth < 100) "_s;
        const qint64 missing = scalar(chain + u"SELECT COUNT(*) FROM (SELECT ancestor_id, descendant_id, depth FROM chain "
                                              u"EXCEPT SELECT ancestor_id, descendant_id, depth FROM employee_tree)"_s);
        const qint64 extra = scalar(chain + u"SELECT COUNT(*) FROM (SELECT ancestor_id, descendant_id, depth FROM "
                                            u"employee_tree EXCEPT SELECT ancestor_id, descendant_id, depth FROM chain)"_s);
        return missing + extra;
    }

private:
    qint64 scalar(const QString &sql, std::optional<qint64> id = {})
    {
        QSqlDatabase db = m_server.server().database().connection();
        Tradewind::Query query(db, sql);
        if (id)
            query.bind(sql.contains(u":owner"_s) ? u":owner"_s : u":id"_s, *id);
        return query.scalar().toLongLong();
    }

    ServerFixture &m_server;
};

/** Who each demo login reaches among the owners of opportunities. */
QStringList visibleOwnersFor(const QString &login)
{
    if (login == u"director"_s)
        return owningLogins;
    if (login == u"manager.east"_s)
        return {u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s};
    if (login == u"manager.west"_s)
        return {u"manager.west"_s, u"sales.west1"_s};
    if (owningLogins.contains(login))
        return {login};
    return {};
}

/** Every opportunity of a list answer, fetched page by page as the client would. */
QJsonArray listAll(Tradewind::ApiClient &client, QUrlQuery query, qint64 *total)
{
    QJsonArray items;
    qint64 offset = 0;
    for (;;) {
        QUrlQuery page = query;
        page.addQueryItem(u"limit"_s, u"200"_s);
        page.addQueryItem(u"offset"_s, QString::number(offset));
        const Answer answer = ServerFixture::get(client, u"/opportunities"_s, page);
        INFO(answer.body.left(500).toStdString());
        REQUIRE(answer.status == 200);
        *total = answer.json.value(u"total"_s).toInteger(-1);
        const QJsonArray pageItems = answer.json.value(u"items"_s).toArray();
        for (const QJsonValue &item : pageItems)
            items.append(item);
        offset += pageItems.size();
        if (pageItems.isEmpty() || offset >= *total)
            break;
    }
    return items;
}

QSet<qint64> ownerIdsOf(const QJsonArray &items)
{
    QSet<qint64> owners;
    for (const QJsonValue &item : items)
        owners.insert(item.toObject().value(u"owner_id"_s).toInteger());
    return owners;
}

QSet<QString> loginsOf(const QJsonArray &items)
{
    QSet<QString> logins;
    for (const QJsonValue &item : items)
        logins.insert(item.toObject().value(u"login"_s).toString());
    return logins;
}

} // namespace

TEST_CASE("Every role reaches exactly its own and its subordinates' opportunities by id", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);

    QHash<QString, qint64> opportunityOf;
    for (const QString &owner : owningLogins) {
        opportunityOf.insert(owner, sql.firstOpportunityOf(owner));
        REQUIRE(opportunityOf.value(owner) > 0);
    }
    REQUIRE(sql.opportunityVersion(NonexistentId) == 0);

    QByteArray referenceNotFound;
    for (const QString &login : allLogins) {
        INFO("caller " << login.toStdString());
        auto client = server.login(login);
        const QStringList visible = visibleOwnersFor(login);

        const Answer missingGet = ServerFixture::get(*client, opportunityPath(NonexistentId));
        const Answer missingHistory = ServerFixture::get(*client, historyPath(NonexistentId));
        const Answer missingPatch = ServerFixture::call(*client, "PATCH", opportunityPath(NonexistentId),
                                                        QJsonObject{{u"notes"_s, u"probe"_s}},
                                                        Tradewind::ApiClient::etagForVersion(1));
        REQUIRE(missingGet.status == 404);
        REQUIRE(missingGet.errorCode() == u"not_found"_s);
        REQUIRE(missingHistory.status == 404);
        REQUIRE(missingPatch.status == 404);
        CHECK(missingHistory.body == missingGet.body);
        CHECK(missingPatch.body == missingGet.body);
        // The same for everyone: the answer does not depend on who asks.
        if (referenceNotFound.isEmpty())
            referenceNotFound = missingGet.body;
        CHECK(missingGet.body == referenceNotFound);
        // A path id that is not a number is just another record that does not exist.
        CHECK(ServerFixture::get(*client, u"/opportunities/abc"_s).body == referenceNotFound);

        for (const QString &owner : owningLogins) {
            INFO("opportunity owned by " << owner.toStdString());
            const qint64 id = opportunityOf.value(owner);
            const qint64 versionBefore = sql.opportunityVersion(id);
            const Answer got = ServerFixture::get(*client, opportunityPath(id));
            const Answer history = ServerFixture::get(*client, historyPath(id));

            if (visible.contains(owner)) {
                CHECK(got.status == 200);
                CHECK(got.json.value(u"id"_s).toInteger() == id);
                CHECK(got.json.value(u"owner_id"_s).toInteger() == server.employeeId(owner));
                CHECK(got.etag == sql.opportunityEtag(id));
                CHECK(history.status == 200);
                CHECK(history.json.value(u"items"_s).isArray());
                const Answer patched = ServerFixture::call(*client, "PATCH", opportunityPath(id),
                                                           QJsonObject{{u"notes"_s, u"seen by "_s + login}},
                                                           sql.opportunityEtag(id));
                INFO(patched.body.toStdString());
                // Whether a supervisor may also edit is a matter of permissions, not visibility;
                // the owner certainly may.
                CHECK(patched.status != 404);
                if (owner == login)
                    CHECK(patched.status == 200);
            } else {
                CHECK(got.status == 404);
                CHECK(got.body == missingGet.body);
                CHECK(got.etag.isEmpty());
                CHECK(history.status == 404);
                CHECK(history.body == missingHistory.body);

                const Answer patched = ServerFixture::call(*client, "PATCH", opportunityPath(id),
                                                           QJsonObject{{u"notes"_s, u"hidden write by "_s + login}},
                                                           sql.opportunityEtag(id));
                CHECK(patched.status == 404);
                CHECK(patched.body == missingPatch.body);
                // Neither a stale nor a missing If-Match tells a hidden row from a missing one
                // (a 412 would carry the current ETag, a 428 would confirm the row exists).
                const Answer stale = ServerFixture::call(*client, "PATCH", opportunityPath(id),
                                                         QJsonObject{{u"notes"_s, u"x"_s}}, "\"9999\"");
                CHECK(stale.status == 404);
                CHECK(stale.body == missingPatch.body);
                CHECK(stale.etag.isEmpty());
                const Answer noIfMatch =
                    ServerFixture::call(*client, "PATCH", opportunityPath(id), QJsonObject{{u"notes"_s, u"x"_s}});
                CHECK(noIfMatch.status == 404);
                CHECK(noIfMatch.body == missingPatch.body);
                CHECK(sql.opportunityVersion(id) == versionBefore);
            }
        }
    }
}

TEST_CASE("Opportunity lists hold exactly the rows within reach", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    REQUIRE(sql.countAll() > 0);

    for (const QString &login : allLogins) {
        INFO("caller " << login.toStdString());
        auto client = server.login(login);
        const QStringList visible = visibleOwnersFor(login);
        QSet<qint64> expectedOwners;
        for (const QString &owner : visible)
            expectedOwners.insert(server.employeeId(owner));
        const qint64 expectedTotal = login == u"director"_s ? sql.countAll() : sql.countOwnedBy(visible);

        qint64 total = -1;
        const QJsonArray items = listAll(*client, {}, &total);
        CHECK(total == expectedTotal);
        CHECK(items.size() == expectedTotal);
        const QSet<qint64> owners = ownerIdsOf(items);
        // Every listed row is within reach, and every owner within reach shows up.
        CHECK(owners == expectedOwners);

        QSet<qint64> ids;
        for (const QJsonValue &item : items)
            ids.insert(item.toObject().value(u"id"_s).toInteger());
        CHECK(ids.size() == items.size());
    }
}

TEST_CASE("A salesperson's list holds only their own rows, also across pages", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    auto client = server.login(u"sales.east1"_s);
    const qint64 self = server.employeeId(u"sales.east1"_s);
    const qint64 own = sql.countOwnedBy({u"sales.east1"_s});
    REQUIRE(own > 5);

    const Answer first = ServerFixture::get(*client, u"/opportunities"_s, queryOf({{u"limit"_s, u"5"_s}}));
    REQUIRE(first.status == 200);
    CHECK(first.json.value(u"total"_s).toInteger() == own);
    const QJsonArray page = first.json.value(u"items"_s).toArray();
    CHECK(page.size() == 5);
    for (const QJsonValue &item : page)
        CHECK(item.toObject().value(u"owner_id"_s).toInteger() == self);

    const Answer last = ServerFixture::get(*client, u"/opportunities"_s,
                                           queryOf({{u"limit"_s, u"5"_s}, {u"offset"_s, QString::number(own - 2)}}));
    REQUIRE(last.status == 200);
    CHECK(last.json.value(u"items"_s).toArray().size() == 2);
    CHECK(last.json.value(u"total"_s).toInteger() == own);

    const Answer beyond = ServerFixture::get(*client, u"/opportunities"_s,
                                             queryOf({{u"offset"_s, QString::number(own)}}));
    REQUIRE(beyond.status == 200);
    CHECK(beyond.json.value(u"items"_s).toArray().isEmpty());
    CHECK(beyond.json.value(u"total"_s).toInteger() == own);
}

TEST_CASE("Filters cannot reach past visibility", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);

    SECTION("owner_id of someone outside the subtree gives an empty list, not 403")
    {
        struct Case
        {
            QString caller;
            QString owner;
        };
        const QList<Case> cases = {{u"sales.east1"_s, u"sales.west1"_s}, {u"sales.east1"_s, u"sales.east2"_s},
                                   {u"sales.east1"_s, u"manager.east"_s}, {u"manager.east"_s, u"manager.west"_s},
                                   {u"manager.east"_s, u"sales.west1"_s}, {u"manager.west"_s, u"sales.east1"_s},
                                   {u"finance"_s, u"sales.east1"_s},      {u"admin"_s, u"manager.west"_s}};
        for (const Case &c : cases) {
            INFO(c.caller.toStdString() << " filtering by " << c.owner.toStdString());
            REQUIRE(sql.countOwnedBy({c.owner}) > 0);
            auto client = server.login(c.caller);
            const Answer answer = ServerFixture::get(
                *client, u"/opportunities"_s, queryOf({{u"owner_id"_s, QString::number(server.employeeId(c.owner))}}));
            CHECK(answer.status == 200);
            CHECK(answer.json.value(u"total"_s).toInteger() == 0);
            CHECK(answer.json.value(u"items"_s).toArray().isEmpty());
        }
    }

    SECTION("owner_id within the subtree narrows to that owner")
    {
        auto client = server.login(u"manager.east"_s);
        const qint64 east2 = server.employeeId(u"sales.east2"_s);
        const Answer answer =
            ServerFixture::get(*client, u"/opportunities"_s, queryOf({{u"owner_id"_s, QString::number(east2)}}));
        REQUIRE(answer.status == 200);
        CHECK(answer.json.value(u"total"_s).toInteger() == sql.countOwnedBy({u"sales.east2"_s}));
        CHECK(ownerIdsOf(answer.json.value(u"items"_s).toArray()) == QSet<qint64>{east2});
    }

    SECTION("customer_id and text search count only reachable rows")
    {
        // A customer of sales.west1: what sales.east1 sees for it is only east1's own share.
        QSqlDatabase db = server.server().database().connection();
        const qint64 west1 = server.employeeId(u"sales.west1"_s);
        const qint64 east1 = server.employeeId(u"sales.east1"_s);
        Tradewind::Query pick(db, u"SELECT o.customer_id, o.title FROM opportunities o WHERE o.owner_id = :owner "
                                  u"ORDER BY o.id LIMIT 1"_s);
        pick.bind(u":owner"_s, west1).exec();
        REQUIRE(pick.next());
        const qint64 customer = pick.value(0).toLongLong();
        const QString title = pick.value(1).toString();
        const qint64 ownShare = Tradewind::Query(db, u"SELECT COUNT(*) FROM opportunities WHERE owner_id = :owner "
                                                     u"AND customer_id = :customer"_s)
                                    .bind(u":owner"_s, east1)
                                    .bind(u":customer"_s, customer)
                                    .scalar()
                                    .toLongLong();
        const qint64 titleShare =
            Tradewind::Query(db, u"SELECT COUNT(*) FROM opportunities o JOIN partners p ON p.id = o.customer_id "
                                 u"WHERE o.owner_id = :owner AND (o.title LIKE :text OR p.name LIKE :text)"_s)
                .bind(u":owner"_s, east1)
                .bind(u":text"_s, u"%"_s + title + u"%"_s)
                .scalar()
                .toLongLong();

        auto client = server.login(u"sales.east1"_s);
        const Answer byCustomer =
            ServerFixture::get(*client, u"/opportunities"_s, queryOf({{u"customer_id"_s, QString::number(customer)}}));
        REQUIRE(byCustomer.status == 200);
        CHECK(byCustomer.json.value(u"total"_s).toInteger() == ownShare);
        for (const QJsonValue &item : byCustomer.json.value(u"items"_s).toArray())
            CHECK(item.toObject().value(u"owner_id"_s).toInteger() == east1);

        const Answer byText = ServerFixture::get(*client, u"/opportunities"_s, queryOf({{u"q"_s, title}}));
        REQUIRE(byText.status == 200);
        CHECK(byText.json.value(u"total"_s).toInteger() == titleShare);
        for (const QJsonValue &item : byText.json.value(u"items"_s).toArray())
            CHECK(item.toObject().value(u"owner_id"_s).toInteger() == east1);
    }
}

TEST_CASE("Moving an employee to another supervisor changes visibility on the next request", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    const qint64 west1 = server.employeeId(u"sales.west1"_s);
    const qint64 managerEast = server.employeeId(u"manager.east"_s);
    const qint64 managerWest = server.employeeId(u"manager.west"_s);
    const qint64 west1Opportunity = sql.firstOpportunityOf(u"sales.west1"_s);

    // Everyone is logged in before the move: nothing about reach may be cached in a session.
    auto admin = server.login(u"admin"_s);
    auto east = server.login(u"manager.east"_s);
    auto west = server.login(u"manager.west"_s);
    auto salesWest = server.login(u"sales.west1"_s);
    const Answer missing = ServerFixture::get(*east, opportunityPath(NonexistentId));

    REQUIRE(ServerFixture::get(*east, opportunityPath(west1Opportunity)).status == 404);
    REQUIRE(ServerFixture::get(*west, opportunityPath(west1Opportunity)).status == 200);

    const Answer before = ServerFixture::get(*admin, u"/employees/%1"_s.arg(west1));
    REQUIRE(before.status == 200);
    REQUIRE_FALSE(before.etag.isEmpty());
    CHECK(before.json.value(u"supervisor_id"_s).toInteger() == managerWest);

    const Answer moved = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(west1),
                                             QJsonObject{{u"supervisor_id"_s, managerEast}}, before.etag);
    INFO(moved.body.toStdString());
    REQUIRE(moved.status == 200);
    CHECK(moved.json.value(u"supervisor_id"_s).toInteger() == managerEast);
    CHECK(moved.etag != before.etag);
    CHECK(sql.closureDifferences() == 0);

    const Answer eastNow = ServerFixture::get(*east, opportunityPath(west1Opportunity));
    CHECK(eastNow.status == 200);
    CHECK(eastNow.json.value(u"owner_id"_s).toInteger() == west1);
    const Answer westNow = ServerFixture::get(*west, opportunityPath(west1Opportunity));
    CHECK(westNow.status == 404);
    CHECK(westNow.body == missing.body);
    CHECK(ServerFixture::get(*salesWest, opportunityPath(west1Opportunity)).status == 200);

    qint64 total = -1;
    const QJsonArray eastItems = listAll(*east, {}, &total);
    CHECK(total == sql.countOwnedBy({u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s}));
    CHECK(ownerIdsOf(eastItems).contains(west1));
    const QJsonArray westItems = listAll(*west, {}, &total);
    CHECK(total == sql.countOwnedBy({u"manager.west"_s}));
    CHECK_FALSE(ownerIdsOf(westItems).contains(west1));

    const Answer subtree = ServerFixture::get(*east, u"/employees"_s, queryOf({{u"subtree"_s, u"true"_s}}));
    REQUIRE(subtree.status == 200);
    CHECK(loginsOf(subtree.json.value(u"items"_s).toArray())
          == QSet<QString>{u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s});

    // And back again, with the new ETag.
    const Answer back = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(west1),
                                            QJsonObject{{u"supervisor_id"_s, managerWest}}, moved.etag);
    REQUIRE(back.status == 200);
    CHECK(sql.closureDifferences() == 0);
    CHECK(ServerFixture::get(*east, opportunityPath(west1Opportunity)).body == missing.body);
    CHECK(ServerFixture::get(*west, opportunityPath(west1Opportunity)).status == 200);
}

TEST_CASE("Moving a manager moves their whole team", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    const qint64 managerEast = server.employeeId(u"manager.east"_s);
    const qint64 managerWest = server.employeeId(u"manager.west"_s);
    const qint64 west1Opportunity = sql.firstOpportunityOf(u"sales.west1"_s);
    const qint64 managerWestOpportunity = sql.firstOpportunityOf(u"manager.west"_s);

    auto admin = server.login(u"admin"_s);
    auto east = server.login(u"manager.east"_s);
    auto director = server.login(u"director"_s);

    const Answer before = ServerFixture::get(*admin, u"/employees/%1"_s.arg(managerWest));
    REQUIRE(before.status == 200);
    const Answer moved = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(managerWest),
                                             QJsonObject{{u"supervisor_id"_s, managerEast}}, before.etag);
    INFO(moved.body.toStdString());
    REQUIRE(moved.status == 200);
    CHECK(sql.closureDifferences() == 0);

    // Two levels down now: manager.west directly, sales.west1 through manager.west.
    CHECK(ServerFixture::get(*east, opportunityPath(managerWestOpportunity)).status == 200);
    CHECK(ServerFixture::get(*east, opportunityPath(west1Opportunity)).status == 200);
    qint64 total = -1;
    listAll(*east, {}, &total);
    CHECK(total == sql.countAll());
    CHECK(ServerFixture::get(*director, opportunityPath(west1Opportunity)).status == 200);

    // To the top of the tree (no supervisor): out of manager.east's reach again, team included.
    const Answer top = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(managerWest),
                                           QJsonObject{{u"supervisor_id"_s, 0}}, moved.etag);
    INFO(top.body.toStdString());
    REQUIRE(top.status == 200);
    CHECK(top.json.value(u"supervisor_id"_s).isNull());
    CHECK(sql.supervisorOf(managerWest) == 0);
    CHECK(sql.closureDifferences() == 0);
    CHECK(ServerFixture::get(*east, opportunityPath(west1Opportunity)).status == 404);
    CHECK(ServerFixture::get(*east, opportunityPath(managerWestOpportunity)).status == 404);
    // The executive role reaches everything regardless of the tree.
    CHECK(ServerFixture::get(*director, opportunityPath(west1Opportunity)).status == 200);
}

TEST_CASE("A supervisor change that would make a cycle is refused with 409", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    const qint64 managerEast = server.employeeId(u"manager.east"_s);
    const qint64 director = server.employeeId(u"director"_s);
    auto admin = server.login(u"admin"_s);
    auto east = server.login(u"manager.east"_s);
    const qint64 east1Opportunity = sql.firstOpportunityOf(u"sales.east1"_s);

    struct Case
    {
        const char *description;
        QString employee;
        QString newSupervisor;
    };
    const QList<Case> cases = {
        {"under a direct subordinate", u"manager.east"_s, u"sales.east1"_s},
        {"under oneself", u"manager.east"_s, u"manager.east"_s},
        {"under someone two levels down", u"director"_s, u"sales.east2"_s},
    };
    for (const Case &c : cases) {
        INFO(c.description);
        const qint64 id = server.employeeId(c.employee);
        const qint64 versionBefore = sql.employeeVersion(id);
        const qint64 supervisorBefore = sql.supervisorOf(id);
        const Answer current = ServerFixture::get(*admin, u"/employees/%1"_s.arg(id));
        REQUIRE(current.status == 200);
        const Answer answer = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(id),
                                                  QJsonObject{{u"supervisor_id"_s, server.employeeId(c.newSupervisor)}},
                                                  current.etag);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 409);
        CHECK(answer.errorCode() == u"supervisor_cycle"_s);
        CHECK(sql.employeeVersion(id) == versionBefore);
        CHECK(sql.supervisorOf(id) == supervisorBefore);
        CHECK(sql.closureDifferences() == 0);
    }
    CHECK(sql.supervisorOf(managerEast) == director);
    CHECK(ServerFixture::get(*east, opportunityPath(east1Opportunity)).status == 200);
}

TEST_CASE("Only a system administrator may change employees", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    const qint64 west1 = server.employeeId(u"sales.west1"_s);
    const qint64 managerEast = server.employeeId(u"manager.east"_s);
    const qint64 managerWest = server.employeeId(u"manager.west"_s);
    const qint64 versionBefore = sql.employeeVersion(west1);

    for (const QString &login : {u"director"_s, u"manager.east"_s, u"manager.west"_s, u"sales.west1"_s, u"finance"_s}) {
        INFO("caller " << login.toStdString());
        auto client = server.login(login);
        const Answer current = ServerFixture::get(*client, u"/employees/%1"_s.arg(west1));
        REQUIRE(current.status == 200);
        const Answer answer = ServerFixture::call(*client, "PATCH", u"/employees/%1"_s.arg(west1),
                                                  QJsonObject{{u"supervisor_id"_s, managerEast}}, current.etag);
        CHECK(answer.status == 403);
        CHECK(answer.errorCode() == u"forbidden"_s);
    }
    CHECK(sql.employeeVersion(west1) == versionBefore);
    CHECK(sql.supervisorOf(west1) == managerWest);
    CHECK(sql.closureDifferences() == 0);
}

TEST_CASE("A supervisor that does not exist is refused naming the field", "[visibility]")
{
    ServerFixture server;
    Sql sql(server);
    const qint64 west1 = server.employeeId(u"sales.west1"_s);
    auto admin = server.login(u"admin"_s);
    const Answer current = ServerFixture::get(*admin, u"/employees/%1"_s.arg(west1));
    REQUIRE(current.status == 200);
    const Answer answer = ServerFixture::call(*admin, "PATCH", u"/employees/%1"_s.arg(west1),
                                              QJsonObject{{u"supervisor_id"_s, NonexistentId}}, current.etag);
    CHECK(answer.status == 400);
    CHECK(answer.errorField() == u"supervisor_id"_s);
    CHECK(sql.supervisorOf(west1) == server.employeeId(u"manager.west"_s));
    CHECK(sql.closureDifferences() == 0);
}

TEST_CASE("The employee list with subtree=true holds the caller and everyone below", "[visibility]")
{
    ServerFixture server;
    struct Case
    {
        QString caller;
        QSet<QString> expected;
    };
    const QList<Case> cases = {
        {u"manager.east"_s, {u"manager.east"_s, u"sales.east1"_s, u"sales.east2"_s}},
        {u"manager.west"_s, {u"manager.west"_s, u"sales.west1"_s}},
        {u"sales.east1"_s, {u"sales.east1"_s}},
        {u"dispatcher"_s, {u"dispatcher"_s, u"engineer1"_s}},
        {u"admin"_s, {u"admin"_s}},
        {u"director"_s,
         {u"director"_s, u"manager.east"_s, u"manager.west"_s, u"sales.east1"_s, u"sales.east2"_s, u"sales.west1"_s,
          u"finance"_s, u"contracts"_s, u"dispatcher"_s, u"engineer1"_s}},
    };
    for (const Case &c : cases) {
        INFO("caller " << c.caller.toStdString());
        auto client = server.login(c.caller);
        const Answer answer = ServerFixture::get(*client, u"/employees"_s, queryOf({{u"subtree"_s, u"true"_s}}));
        REQUIRE(answer.status == 200);
        const QJsonArray items = answer.json.value(u"items"_s).toArray();
        CHECK(loginsOf(items) == c.expected);
        CHECK(items.size() == c.expected.size());
        CHECK(answer.json.value(u"total"_s).toInteger() == c.expected.size());
    }

    // Without subtree the directory holds everyone, for every caller.
    auto client = server.login(u"sales.east1"_s);
    const Answer all = ServerFixture::get(*client, u"/employees"_s, queryOf({{u"subtree"_s, u"false"_s}}));
    REQUIRE(all.status == 200);
    CHECK(all.json.value(u"total"_s).toInteger() == allLogins.size());
    CHECK(loginsOf(all.json.value(u"items"_s).toArray()) == QSet<QString>(allLogins.begin(), allLogins.end()));
}

TEST_CASE("GET /departments lists the departments with their parents", "[visibility]")
{
    ServerFixture server;
    auto client = server.login(u"sales.east1"_s);
    const Answer answer = ServerFixture::get(*client, u"/departments"_s);
    REQUIRE(answer.status == 200);
    const QJsonArray items = answer.json.value(u"items"_s).toArray();
    CHECK(answer.json.value(u"total"_s).toInteger() == items.size());
    REQUIRE(items.size() == 8);

    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &item : items)
        byName.insert(item.toObject().value(u"name"_s).toString(), item.toObject());
    REQUIRE(byName.contains(u"华东销售部"_s));
    REQUIRE(byName.contains(u"销售中心"_s));
    REQUIRE(byName.contains(u"总经理办公室"_s));
    CHECK(byName.value(u"华东销售部"_s).value(u"parent_id"_s).toInteger()
          == byName.value(u"销售中心"_s).value(u"id"_s).toInteger());
    CHECK(byName.value(u"总经理办公室"_s).value(u"parent_id"_s).isNull());

    // sales.east1's own department is among them.
    const Answer self = ServerFixture::get(*client, u"/session"_s);
    const qint64 department = self.json.value(u"user"_s).toObject().value(u"department_id"_s).toInteger();
    CHECK(byName.value(u"华东销售部"_s).value(u"id"_s).toInteger() == department);

    auto anonymous = server.anonymous();
    CHECK(ServerFixture::get(*anonymous, u"/departments"_s).status == 401);
}
