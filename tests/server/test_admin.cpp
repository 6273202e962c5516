// Administration: departments, employees (one-time passwords, moves, deactivation with a successor, unlocking), the
// caller's own account (password, sessions) and the audit viewer — each with who may use it and what bad input gets.

#include "contracttesting.h"

#include "database.h"
#include "demodata.h"
#include "testsupport.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace ContractTesting;
using Tradewind::ApiClient;
using Tradewind::Demo::DemoPassword;

namespace {

qint64 sqlScalar(ServerFixture &fixture, const QString &sql)
{
    QSqlDatabase db = fixture.server().database().connection();
    return Tradewind::Query(db, sql).scalar().toLongLong();
}

/** Rows of employee_tree that differ from the supervisor chain the employees table describes. */
qint64 closureDifferences(ServerFixture &fixture)
{
    const QString chain =
        u"WITH RECURSIVE chain(ancestor_id, descendant_id, depth) AS (SELECT id, id, 0 FROM employees UNION ALL "
        u"SELECT e.supervisor_id, c.descendant_id, c.depth + 1 FROM chain c JOIN employees e ON e.id = c.ancestor_id "
        u"WHERE e.supervisor_id IS NOT NULL AND c.depth < 100) "_s;
    return sqlScalar(fixture, chain + u"SELECT COUNT(*) FROM (SELECT * FROM chain EXCEPT SELECT ancestor_id, descendant_id, "
                                      u"depth FROM employee_tree)"_s)
        + sqlScalar(fixture, chain + u"SELECT COUNT(*) FROM (SELECT ancestor_id, descendant_id, depth FROM employee_tree "
                                     u"EXCEPT SELECT * FROM chain)"_s);
}

/** A client logged in with this password; the login answer in *answer. */
std::unique_ptr<ApiClient> loginWith(ServerFixture &fixture, const QString &login, const QString &password,
                                     Answer *answer = nullptr)
{
    auto client = fixture.anonymous();
    const Answer reply = ServerFixture::call(*client, "POST", u"/session"_s, {{u"login"_s, login}, {u"password"_s, password}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 201);
    client->setToken(reply.json.value(u"token"_s).toString().toLatin1());
    if (answer)
        *answer = reply;
    return client;
}

int loginStatus(ServerFixture &fixture, const QString &login, const QString &password)
{
    auto client = fixture.anonymous();
    return ServerFixture::call(*client, "POST", u"/session"_s, {{u"login"_s, login}, {u"password"_s, password}}).status;
}

QJsonObject newEmployee(const QString &login, qint64 departmentId, qint64 supervisorId, const QStringList &roles)
{
    return {{u"login"_s, login},
            {u"name"_s, u"New %1"_s.arg(login)},
            {u"department_id"_s, departmentId},
            {u"supervisor_id"_s, supervisorId},
            {u"roles"_s, QJsonArray::fromStringList(roles)},
            {u"email"_s, login + u"@tradewind.example"_s},
            {u"phone"_s, u"+86 21 5555 0100"_s}};
}

qint64 departmentOf(ServerFixture &fixture, const QString &login)
{
    return sqlScalar(fixture, u"SELECT department_id FROM employees WHERE login = '%1'"_s.arg(login));
}

/** Creates an employee as admin (REQUIREs 201), who then sets their own password to "<login>-password!". */
qint64 hire(ServerFixture &fixture, ApiClient &admin, const QJsonObject &employee)
{
    const Answer created = ServerFixture::call(admin, "POST", u"/employees"_s, employee);
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const QString login = employee.value(u"login"_s).toString();
    auto client = loginWith(fixture, login, created.json.value(u"one_time_password"_s).toString());
    const Answer changed = ServerFixture::call(*client, "PUT", u"/account/password"_s,
                                               {{u"current_password"_s, created.json.value(u"one_time_password"_s)},
                                                {u"new_password"_s, login + u"-password!"_s}});
    REQUIRE(changed.status == 200);
    return created.json.value(u"id"_s).toInteger();
}

Answer patchWithEtag(ApiClient &client, const QString &path, const QJsonObject &changes)
{
    const Answer current = ServerFixture::get(client, path);
    REQUIRE(current.status == 200);
    return ServerFixture::call(client, "PATCH", path, changes, current.etag);
}

} // namespace

TEST_CASE("Only a system administrator may use the administration routes", "[admin][roles]")
{
    ServerFixture fixture;
    const qint64 west1 = fixture.employeeId(u"sales.west1"_s);
    const qint64 east2 = fixture.employeeId(u"sales.east2"_s);
    const qint64 department = departmentOf(fixture, u"sales.west1"_s);
    struct Route
    {
        QByteArray method;
        QString path;
        QJsonObject body;
    };
    const QList<Route> routes = {
        {"POST", u"/departments"_s, {{u"name"_s, u"Audit"_s}}},
        {"PATCH", u"/departments/%1"_s.arg(department), {{u"name"_s, u"Renamed"_s}}},
        {"POST", u"/departments/%1/deactivate"_s.arg(department), {}},
        {"POST", u"/departments/%1/activate"_s.arg(department), {}},
        {"POST", u"/employees"_s, newEmployee(u"intruder"_s, department, 0, {u"system_admin"_s})},
        {"PATCH", u"/employees/%1"_s.arg(west1), {{u"roles"_s, QJsonArray{u"system_admin"_s}}}},
        {"POST", u"/employees/%1/deactivate"_s.arg(west1), {{u"successor_id"_s, east2}}},
        {"POST", u"/employees/%1/activate"_s.arg(west1), {}},
        {"POST", u"/employees/%1/reset-password"_s.arg(west1), {}},
        {"POST", u"/employees/%1/unlock"_s.arg(west1), {}},
        {"GET", u"/audit"_s, {}},
    };
    const qint64 auditBefore = sqlScalar(fixture, u"SELECT COUNT(*) FROM audit_log"_s);
    const qint64 employeesBefore = sqlScalar(fixture, u"SELECT COUNT(*) FROM employees"_s);

    const QString login = GENERATE(u"director"_s, u"manager.east"_s, u"sales.west1"_s, u"finance"_s, u"contracts"_s,
                                   u"dispatcher"_s, u"engineer1"_s);
    auto client = fixture.login(login);
    auto anonymous = fixture.anonymous();
    for (const Route &route : routes) {
        INFO(login.toStdString() << " " << route.method.toStdString() << " " << route.path.toStdString());
        const Answer answer = ServerFixture::call(*client, route.method, route.path, route.body, "*");
        INFO(answer.body.toStdString());
        CHECK(answer.status == 403);
        CHECK(answer.errorCode() == u"forbidden"_s);
        CHECK(ServerFixture::call(*anonymous, route.method, route.path, route.body, "*").status == 401);
    }
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM audit_log"_s) == auditBefore);
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM employees"_s) == employeesBefore);
    CHECK(loginStatus(fixture, u"sales.west1"_s, DemoPassword) == 201);
    // Reading the org stays open to everyone.
    CHECK(ServerFixture::get(*client, u"/departments"_s).status == 200);
    CHECK(ServerFixture::get(*client, u"/employees"_s).status == 200);
}

TEST_CASE("Departments form a tree: created, renamed, moved without cycles, deactivated only when empty", "[admin][departments]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 salesDepartment = departmentOf(fixture, u"sales.east1"_s);

    const Answer top = ServerFixture::call(*admin, "POST", u"/departments"_s, {{u"name"_s, u"海外事业部"_s}});
    INFO(top.body.toStdString());
    REQUIRE(top.status == 201);
    const qint64 topId = top.json.value(u"id"_s).toInteger();
    CHECK(top.json.value(u"parent_id"_s).isNull());
    CHECK(top.json.value(u"active"_s).toBool());
    const Answer child =
        ServerFixture::call(*admin, "POST", u"/departments"_s, {{u"name"_s, u"欧洲区"_s}, {u"parent_id"_s, topId}});
    REQUIRE(child.status == 201);
    const qint64 childId = child.json.value(u"id"_s).toInteger();
    CHECK(child.json.value(u"parent_id"_s).toInteger() == topId);

    SECTION("rename and move, with If-Match")
    {
        const Answer renamed = patchWithEtag(*admin, u"/departments/%1"_s.arg(childId), {{u"name"_s, u"欧洲与中东区"_s}});
        REQUIRE(renamed.status == 200);
        CHECK(renamed.json.value(u"name"_s).toString() == u"欧洲与中东区"_s);
        CHECK(ServerFixture::call(*admin, "PATCH", u"/departments/%1"_s.arg(childId), {{u"name"_s, u"x"_s}}, top.etag).status
              == 412);
        const Answer moved = patchWithEtag(*admin, u"/departments/%1"_s.arg(childId), {{u"parent_id"_s, salesDepartment}});
        REQUIRE(moved.status == 200);
        CHECK(moved.json.value(u"parent_id"_s).toInteger() == salesDepartment);
        const Answer toTop = patchWithEtag(*admin, u"/departments/%1"_s.arg(childId), {{u"parent_id"_s, QJsonValue()}});
        REQUIRE(toTop.status == 200);
        CHECK(toTop.json.value(u"parent_id"_s).isNull());
        const Answer history = ServerFixture::get(*admin, u"/audit"_s,
                                                  params({{u"entity"_s, u"department"_s}, {u"row_id"_s, QString::number(childId)}}));
        REQUIRE(history.status == 200);
        CHECK(history.json.value(u"total"_s).toInteger() == 4); // created, renamed, moved twice
    }
    SECTION("cycles are refused")
    {
        for (const qint64 parent : {childId, topId}) {
            const Answer cycle = patchWithEtag(*admin, u"/departments/%1"_s.arg(topId), {{u"parent_id"_s, parent}});
            INFO(cycle.body.toStdString());
            CHECK(cycle.status == 409);
            CHECK(cycle.errorCode() == u"department_cycle"_s);
            CHECK(cycle.errorField() == u"parent_id"_s);
        }
        CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM departments WHERE id = %1 AND parent_id IS NULL"_s.arg(topId)) == 1);
    }
    SECTION("bad input names the field")
    {
        struct Case
        {
            QJsonObject body;
            QString field;
        };
        const QList<Case> cases = {
            {{}, u"name"_s},
            {{{u"name"_s, u""_s}}, u"name"_s},
            {{{u"name"_s, QString(101, u'x')}}, u"name"_s},
            {{{u"name"_s, u"A\u0001B"_s}}, u"name"_s},
            {{{u"name"_s, u"Ok"_s}, {u"parent_id"_s, 999999}}, u"parent_id"_s},
            {{{u"name"_s, u"Ok"_s}, {u"parent_id"_s, u"1"_s}}, u"parent_id"_s},
            {{{u"name"_s, u"Ok"_s}, {u"colour"_s, u"red"_s}}, u"colour"_s},
        };
        for (const Case &c : cases) {
            const Answer answer = ServerFixture::call(*admin, "POST", u"/departments"_s, c.body);
            INFO(answer.body.toStdString());
            CHECK(answer.status == 400);
            CHECK(answer.errorField() == c.field);
        }
        const Answer duplicate =
            ServerFixture::call(*admin, "POST", u"/departments"_s, {{u"name"_s, u"欧洲区"_s}, {u"parent_id"_s, topId}});
        CHECK(duplicate.status == 409);
        CHECK(duplicate.errorField() == u"name"_s);
    }
    SECTION("deactivated only when no active employee or sub-department is left in it")
    {
        const Answer busy = ServerFixture::call(*admin, "POST", u"/departments/%1/deactivate"_s.arg(salesDepartment));
        CHECK(busy.status == 409);
        CHECK(busy.errorCode() == u"department_not_empty"_s);
        const Answer withChild = ServerFixture::call(*admin, "POST", u"/departments/%1/deactivate"_s.arg(topId));
        CHECK(withChild.status == 409);
        const Answer leaf = ServerFixture::call(*admin, "POST", u"/departments/%1/deactivate"_s.arg(childId));
        REQUIRE(leaf.status == 200);
        CHECK_FALSE(leaf.json.value(u"active"_s).toBool());
        CHECK(ServerFixture::call(*admin, "POST", u"/departments/%1/deactivate"_s.arg(topId)).status == 200);
        // Nobody joins a deactivated department, and nothing is created under it.
        const Answer hired = ServerFixture::call(*admin, "POST", u"/employees"_s, newEmployee(u"li.na"_s, childId, 0, {}));
        CHECK(hired.status == 400);
        CHECK(hired.errorField() == u"department_id"_s);
        CHECK(ServerFixture::call(*admin, "POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"parent_id"_s, topId}}).status == 400);
        const Answer active = ServerFixture::get(*admin, u"/departments"_s, params({{u"active"_s, u"true"_s}}));
        CHECK_FALSE(idsOf(active.json.value(u"items"_s).toArray()).contains(topId));
        CHECK(idsOf(ServerFixture::get(*admin, u"/departments"_s).json.value(u"items"_s).toArray()).contains(topId));
        // A child comes back only under an active parent.
        CHECK(ServerFixture::call(*admin, "POST", u"/departments/%1/activate"_s.arg(childId)).status == 409);
        CHECK(ServerFixture::call(*admin, "POST", u"/departments/%1/activate"_s.arg(topId)).status == 200);
        CHECK(ServerFixture::call(*admin, "POST", u"/departments/%1/activate"_s.arg(childId)).status == 200);
    }
}

TEST_CASE("A new employee logs in with a one-time password and must change it before anything else", "[admin][account]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 managerEast = fixture.employeeId(u"manager.east"_s);
    const Answer created = ServerFixture::call(
        *admin, "POST", u"/employees"_s,
        newEmployee(u"zhang.weiwei"_s, departmentOf(fixture, u"sales.east1"_s), managerEast, {u"salesperson"_s}));
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    CHECK_FALSE(created.etag.isEmpty());
    CHECK(created.json.value(u"supervisor_id"_s).toInteger() == managerEast);
    const QString oneTime = created.json.value(u"one_time_password"_s).toString();
    CHECK(oneTime.size() == 19);
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM employees WHERE password_hash LIKE '%%1%'"_s.arg(oneTime)) == 0);
    CHECK(closureDifferences(fixture) == 0);
    // The one-time password is shown once: reading the employee never shows it again.
    const qint64 id = created.json.value(u"id"_s).toInteger();
    CHECK_FALSE(ServerFixture::get(*admin, u"/employees/%1"_s.arg(id)).json.contains(u"one_time_password"_s));

    Answer loginAnswer;
    auto client = loginWith(fixture, u"zhang.weiwei"_s, oneTime, &loginAnswer);
    CHECK(loginAnswer.json.value(u"must_change_password"_s).toBool());
    const Answer blocked = ServerFixture::get(*client, u"/partners"_s);
    CHECK(blocked.status == 403);
    CHECK(blocked.errorCode() == u"password_change_required"_s);
    CHECK(ServerFixture::get(*client, u"/account/sessions"_s).status == 403);
    const Answer session = ServerFixture::get(*client, u"/session"_s);
    REQUIRE(session.status == 200);
    CHECK(session.json.value(u"must_change_password"_s).toBool());

    struct Case
    {
        QJsonObject body;
        QString field;
        QString code;
    };
    const QList<Case> cases = {
        {{{u"current_password"_s, oneTime}, {u"new_password"_s, u"short1234"_s}}, u"new_password"_s, u"invalid_field"_s},
        {{{u"current_password"_s, oneTime}, {u"new_password"_s, oneTime}}, u"new_password"_s, u"invalid_field"_s},
        {{{u"current_password"_s, oneTime}, {u"new_password"_s, u"Zhang.WeiWei"_s}}, u"new_password"_s, u"invalid_field"_s},
        {{{u"current_password"_s, u"not the password"_s}, {u"new_password"_s, u"长城长城长城长城长城"_s}}, u"current_password"_s,
         u"wrong_password"_s},
        {{{u"new_password"_s, u"长城长城长城长城长城"_s}}, u"current_password"_s, u"invalid_field"_s},
        {{{u"current_password"_s, oneTime}}, u"new_password"_s, u"invalid_field"_s},
        {{{u"current_password"_s, oneTime}, {u"new_password"_s, 1234567890}}, u"new_password"_s, u"invalid_field"_s},
    };
    for (const Case &c : cases) {
        const Answer answer = ServerFixture::call(*client, "PUT", u"/account/password"_s, c.body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == c.field);
        CHECK(answer.errorCode() == c.code);
    }
    CHECK(ServerFixture::get(*client, u"/partners"_s).status == 403);

    // Ten characters as people count them: ten Chinese characters are enough.
    const Answer changed = ServerFixture::call(*client, "PUT", u"/account/password"_s,
                                               {{u"current_password"_s, oneTime}, {u"new_password"_s, u"长城长城长城长城长城"_s}});
    INFO(changed.body.toStdString());
    REQUIRE(changed.status == 200);
    CHECK_FALSE(changed.json.value(u"must_change_password"_s).toBool());
    CHECK(ServerFixture::get(*client, u"/partners"_s).status == 200);
    CHECK_FALSE(ServerFixture::get(*client, u"/session"_s).json.value(u"must_change_password"_s).toBool());
    CHECK(loginStatus(fixture, u"zhang.weiwei"_s, oneTime) == 401);
    Answer again;
    loginWith(fixture, u"zhang.weiwei"_s, u"长城长城长城长城长城"_s, &again);
    CHECK_FALSE(again.json.value(u"must_change_password"_s).toBool());
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM employees WHERE login = 'zhang.weiwei' AND password_hash LIKE '$argon2id$%'"_s)
          == 1);
    const Answer audit = ServerFixture::get(*admin, u"/audit"_s, params({{u"employee_id"_s, QString::number(id)}}));
    REQUIRE(audit.status == 200);
    REQUIRE(audit.json.value(u"total"_s).toInteger() == 1);
    CHECK(audit.json.value(u"items"_s).toArray().at(0).toObject().value(u"action"_s).toString() == u"change_password"_s);
}

TEST_CASE("Employees are created and edited with every field checked, naming the field", "[admin][employees]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 department = departmentOf(fixture, u"sales.east1"_s);
    const qint64 managerEast = fixture.employeeId(u"manager.east"_s);
    const QJsonObject valid = newEmployee(u"wang.fang"_s, department, managerEast, {u"salesperson"_s});
    const auto with = [&](const QString &field, const QJsonValue &value) { return withField(valid, field, value); };
    struct Case
    {
        QJsonObject body;
        QString field;
        int status = 400;
    };
    const QList<Case> cases = {
        {with(u"login"_s, QJsonValue::Undefined), u"login"_s},
        {with(u"login"_s, u"wang fang"_s), u"login"_s},
        {with(u"login"_s, u"王芳"_s), u"login"_s},
        {with(u"login"_s, u".wang"_s), u"login"_s},
        {with(u"login"_s, u"sales.east1"_s), u"login"_s, 409},
        {with(u"login"_s, u"Sales.East1"_s), u"login"_s, 409},
        {with(u"name"_s, QJsonValue::Undefined), u"name"_s},
        {with(u"name"_s, u"   "_s), u"name"_s},
        {with(u"department_id"_s, QJsonValue::Undefined), u"department_id"_s},
        {with(u"department_id"_s, 999999), u"department_id"_s},
        {with(u"supervisor_id"_s, 999999), u"supervisor_id"_s},
        {with(u"supervisor_id"_s, -1), u"supervisor_id"_s},
        {with(u"roles"_s, QJsonArray{u"emperor"_s}), u"roles"_s},
        {with(u"roles"_s, u"salesperson"_s), u"roles"_s},
        {with(u"email"_s, u"not an address"_s), u"email"_s},
        {with(u"phone"_s, QString(51, u'1')), u"phone"_s},
        {with(u"password"_s, u"chosen by the admin"_s), u"password"_s},
        {with(u"active"_s, false), u"active"_s},
    };
    const qint64 before = sqlScalar(fixture, u"SELECT COUNT(*) FROM employees"_s);
    for (const Case &c : cases) {
        const Answer answer = ServerFixture::call(*admin, "POST", u"/employees"_s, c.body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == c.status);
        CHECK(answer.errorField() == c.field);
    }
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM employees"_s) == before);

    const qint64 id = hire(fixture, *admin, valid);
    const QString path = u"/employees/%1"_s.arg(id);
    const Answer edited = patchWithEtag(*admin, path,
                                        {{u"name"_s, u"王芳"_s},
                                         {u"login"_s, u"fang.wang"_s},
                                         {u"email"_s, u"fang.wang@tradewind.example"_s},
                                         {u"phone"_s, u"+86 10 1234 5678"_s},
                                         {u"roles"_s, QJsonArray{u"salesperson"_s, u"sales_manager"_s}}});
    INFO(edited.body.toStdString());
    REQUIRE(edited.status == 200);
    CHECK(edited.json.value(u"login"_s).toString() == u"fang.wang"_s);
    CHECK(edited.json.value(u"roles"_s).toArray().size() == 2);
    CHECK(loginStatus(fixture, u"fang.wang"_s, u"wang.fang-password!"_s) == 201);
    const Answer toTop = patchWithEtag(*admin, path, {{u"supervisor_id"_s, QJsonValue()}});
    REQUIRE(toTop.status == 200);
    CHECK(toTop.json.value(u"supervisor_id"_s).isNull());
    CHECK(closureDifferences(fixture) == 0);
    for (const Case &c : {Case{{{u"login"_s, u"admin"_s}}, u"login"_s, 409}, Case{{{u"active"_s, false}}, u"active"_s},
                          Case{{{u"department_id"_s, 999999}}, u"department_id"_s},
                          Case{{{u"supervisor_id"_s, id}}, u"supervisor_id"_s, 409}}) {
        const Answer answer = patchWithEtag(*admin, path, c.body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == c.status);
        CHECK(answer.errorField() == c.field);
    }
    const Answer audit = ServerFixture::get(*admin, u"/audit"_s,
                                            params({{u"entity"_s, u"employee"_s}, {u"row_id"_s, QString::number(id)}}));
    REQUIRE(audit.status == 200);
    CHECK(audit.json.value(u"total"_s).toInteger() == 4); // created, password changed, edited, moved to the top
    const QJsonObject changes = audit.json.value(u"items"_s).toArray().at(1).toObject().value(u"changes"_s).toObject();
    CHECK(changes.value(u"login"_s).toObject() == QJsonObject{{u"old"_s, u"wang.fang"_s}, {u"new"_s, u"fang.wang"_s}});

    SECTION("the last active administrator keeps the role")
    {
        const Answer demoted = patchWithEtag(*admin, u"/employees/%1"_s.arg(fixture.employeeId(u"admin"_s)),
                                             {{u"roles"_s, QJsonArray{u"finance"_s}}});
        CHECK(demoted.status == 409);
        CHECK(demoted.errorCode() == u"last_administrator"_s);
        REQUIRE(patchWithEtag(*admin, path, {{u"roles"_s, QJsonArray{u"system_admin"_s}}}).status == 200);
        CHECK(patchWithEtag(*admin, u"/employees/%1"_s.arg(fixture.employeeId(u"admin"_s)),
                            {{u"roles"_s, QJsonArray{u"finance"_s}}})
                  .status
              == 200);
    }
}

TEST_CASE("A moved salesperson's opportunities are seen by the new manager on the next request, not by the old one",
          "[admin][visibility]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 managerEast = fixture.employeeId(u"manager.east"_s);
    const qint64 managerWest = fixture.employeeId(u"manager.west"_s);
    const qint64 id = hire(fixture, *admin,
                           newEmployee(u"zhao.lei"_s, departmentOf(fixture, u"sales.east1"_s), managerEast, {u"salesperson"_s}));
    auto salesperson = loginWith(fixture, u"zhao.lei"_s, u"zhao.lei-password!"_s);
    const Answer opportunity = ServerFixture::call(
        *salesperson, "POST", u"/opportunities"_s,
        {{u"kind"_s, u"system"_s},
         {u"customer_id"_s, sqlScalar(fixture, u"SELECT MIN(id) FROM partners WHERE classes LIKE '%customer%'"_s)},
         {u"title"_s, u"三号线在线检测改造"_s},
         {u"source"_s, u"referral"_s},
         {u"amount"_s, money(150000000)},
         {u"expected_close"_s, u"2027-06-30"_s}});
    INFO(opportunity.body.toStdString());
    REQUIRE(opportunity.status == 201);
    const QString opportunityPath = u"/opportunities/%1"_s.arg(opportunity.json.value(u"id"_s).toInteger());

    // Logged in before the move: nothing about reach may be kept in a session.
    auto east = fixture.login(u"manager.east"_s);
    auto west = fixture.login(u"manager.west"_s);
    const Answer missing = ServerFixture::get(*west, u"/opportunities/999999"_s);
    CHECK(ServerFixture::get(*east, opportunityPath).status == 200);
    CHECK(ServerFixture::get(*west, opportunityPath).status == 404);

    const Answer moved = patchWithEtag(*admin, u"/employees/%1"_s.arg(id),
                                       {{u"supervisor_id"_s, managerWest}, {u"department_id"_s, departmentOf(fixture, u"sales.west1"_s)}});
    INFO(moved.body.toStdString());
    REQUIRE(moved.status == 200);
    CHECK(closureDifferences(fixture) == 0);
    CHECK(ServerFixture::get(*west, opportunityPath).status == 200);
    const Answer eastNow = ServerFixture::get(*east, opportunityPath);
    CHECK(eastNow.status == 404);
    CHECK(eastNow.body == missing.body);
    CHECK(ServerFixture::get(*salesperson, opportunityPath).status == 200);
    const Answer westList = ServerFixture::get(*west, u"/opportunities"_s, params({{u"owner_id"_s, QString::number(id)}}));
    CHECK(westList.json.value(u"total"_s).toInteger() == 1);
    const Answer eastList = ServerFixture::get(*east, u"/opportunities"_s, params({{u"owner_id"_s, QString::number(id)}}));
    CHECK(eastList.json.value(u"total"_s).toInteger() == 0);
}

TEST_CASE("Deactivating an employee hands their open work to an active successor", "[admin][deactivate]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 east1 = fixture.employeeId(u"sales.east1"_s);
    const qint64 east2 = fixture.employeeId(u"sales.east2"_s);
    const QString path = u"/employees/%1/deactivate"_s.arg(east1);

    SECTION("bad requests change nothing")
    {
        struct Case
        {
            QJsonObject body;
            QString field;
            int status = 400;
        };
        const qint64 inactive = hire(fixture, *admin, newEmployee(u"leaving.soon"_s, departmentOf(fixture, u"sales.east1"_s), 0, {}));
        REQUIRE(ServerFixture::call(*admin, "POST", u"/employees/%1/deactivate"_s.arg(inactive), {{u"successor_id"_s, east2}})
                    .status
                == 200);
        const QList<Case> cases = {
            {{}, u"successor_id"_s},
            {{{u"successor_id"_s, east1}}, u"successor_id"_s},
            {{{u"successor_id"_s, 999999}}, u"successor_id"_s},
            {{{u"successor_id"_s, inactive}}, u"successor_id"_s},
            {{{u"successor_id"_s, u"2"_s}}, u"successor_id"_s},
            {{{u"successor_id"_s, east2}, {u"reason"_s, QString(501, u'x')}}, u"reason"_s},
            {{{u"successor_id"_s, east2}, {u"keep_contracts"_s, true}}, u"keep_contracts"_s},
        };
        for (const Case &c : cases) {
            const Answer answer = ServerFixture::call(*admin, "POST", path, c.body);
            INFO(answer.body.toStdString());
            CHECK(answer.status == c.status);
            CHECK(answer.errorField() == c.field);
        }
        const Answer manager = ServerFixture::call(*admin, "POST", u"/employees/%1/deactivate"_s.arg(fixture.employeeId(u"manager.east"_s)),
                                                   {{u"successor_id"_s, east2}});
        CHECK(manager.status == 409);
        CHECK(manager.errorCode() == u"has_subordinates"_s);
        const Answer lastAdmin = ServerFixture::call(*admin, "POST", u"/employees/%1/deactivate"_s.arg(fixture.employeeId(u"admin"_s)),
                                                     {{u"successor_id"_s, east2}});
        CHECK(lastAdmin.status == 409);
        CHECK(lastAdmin.errorCode() == u"last_administrator"_s);
        const Answer again = ServerFixture::call(*admin, "POST", u"/employees/%1/deactivate"_s.arg(inactive),
                                                 {{u"successor_id"_s, east2}});
        CHECK(again.status == 409);
        CHECK(loginStatus(fixture, u"sales.east1"_s, DemoPassword) == 201);
    }

    SECTION("open opportunities, quotes and contracts go to the successor; closed ones stay")
    {
        const QJsonObject contract = newContract(fixture, u"sales.east1"_s, u"system"_s, 500'000'00);
        const qint64 contractId = contract.value(u"id"_s).toInteger();
        auto finance = fixture.login(u"finance"_s);
        REQUIRE(post(*finance, contractId, u"invoices"_s,
                     invoice(u"INV-HANDOVER-1"_s, u"2026-10-20"_s, {{nodeId(*finance, contractId, 0), 100'000'00}}))
                    .status
                == 201);
        auto east1Client = fixture.login(u"sales.east1"_s);
        const auto count = [&](const QString &sql, qint64 owner) {
            return sqlScalar(fixture, QString(sql).replace(u":owner"_s, QString::number(owner)));
        };
        const QString openOpportunities = u"SELECT COUNT(*) FROM opportunities WHERE owner_id = :owner AND stage NOT IN ('won', 'lost')"_s;
        const QString closedOpportunities = u"SELECT COUNT(*) FROM opportunities WHERE owner_id = :owner AND stage IN ('won', 'lost')"_s;
        const QString openContracts = u"SELECT COUNT(*) FROM contracts WHERE owner_id = :owner AND status IN ('draft', 'active')"_s;
        const QString openQuotes = u"SELECT COUNT(*) FROM quotes WHERE owner_id = :owner AND superseded_by_id IS NULL AND "
                                   u"status NOT IN ('won', 'lost')"_s;
        const qint64 opportunitiesBefore = count(openOpportunities, east1);
        const qint64 closedBefore = count(closedOpportunities, east1);
        const qint64 contractsBefore = count(openContracts, east1);
        const qint64 successorOpportunities = count(openOpportunities, east2);
        REQUIRE(opportunitiesBefore > 0);
        REQUIRE(closedBefore > 0);
        REQUIRE(contractsBefore > 0);
        REQUIRE(count(openQuotes, east1) > 0);

        const Answer answer = ServerFixture::call(*admin, "POST", path, {{u"successor_id"_s, east2}, {u"reason"_s, u"调往海外事业部"_s}});
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        CHECK_FALSE(answer.json.value(u"active"_s).toBool());
        const QJsonObject handedOver = answer.json.value(u"handed_over"_s).toObject();
        CHECK(handedOver.value(u"opportunities"_s).toInteger() == opportunitiesBefore);
        CHECK(handedOver.value(u"contracts"_s).toInteger() == contractsBefore);
        CHECK(handedOver.value(u"quotes"_s).toInteger() > 0);

        CHECK(count(openOpportunities, east1) == 0);
        CHECK(count(openQuotes, east1) == 0);
        CHECK(count(openContracts, east1) == 0);
        CHECK(count(closedOpportunities, east1) == closedBefore);
        CHECK(count(openOpportunities, east2) == successorOpportunities + opportunitiesBefore);
        CHECK(sqlScalar(fixture, u"SELECT owner_id FROM contracts WHERE id = %1"_s.arg(contractId)) == east2);
        // Each move is a salesperson change record, as a reassignment is.
        CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM owner_changes WHERE from_id = %1 AND to_id = %2 AND reason = '调往海外事业部'"_s
                                     .arg(east1)
                                     .arg(east2))
              == opportunitiesBefore);
        // The copies the reports read follow the contracts exactly.
        for (const QString &table : {u"plan_nodes"_s, u"invoices"_s, u"payments"_s}) {
            INFO(table.toStdString());
            CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM %1 r JOIN contracts c ON c.id = r.contract_id "
                                     u"WHERE r.owner_id <> c.owner_id"_s
                                         .arg(table))
                  == 0);
        }
        auto successor = fixture.login(u"sales.east2"_s);
        CHECK(ServerFixture::get(*successor, u"/contracts/%1"_s.arg(contractId)).status == 200);
        const Answer register_ = ServerFixture::get(*successor, u"/reports/contract-register/rows"_s,
                                                    params({{u"from"_s, u"2000-01-01"_s}, {u"to"_s, u"2100-01-01"_s},
                                                            {u"limit"_s, u"200"_s}}));
        REQUIRE(register_.status == 200);
        CHECK(idsOf(register_.json.value(u"items"_s).toArray()).contains(contractId)
              != register_.json.value(u"items"_s).toArray().isEmpty());

        // The person is gone: sessions ended, no login, and the audit names the successor.
        CHECK(ServerFixture::get(*east1Client, u"/session"_s).status == 401);
        CHECK(loginStatus(fixture, u"sales.east1"_s, DemoPassword) == 401);
        const Answer audit = ServerFixture::get(*admin, u"/audit"_s,
                                                params({{u"entity"_s, u"employee"_s}, {u"row_id"_s, QString::number(east1)}}));
        REQUIRE(audit.status == 200);
        const QJsonObject record = audit.json.value(u"items"_s).toArray().at(0).toObject();
        CHECK(record.value(u"action"_s).toString() == u"deactivate"_s);
        CHECK(record.value(u"changes"_s).toObject().value(u"successor_id"_s).toObject().value(u"new"_s).toInteger() == east2);
        CHECK(ServerFixture::get(*admin, u"/audit"_s,
                                 params({{u"entity"_s, u"contract"_s}, {u"row_id"_s, QString::number(contractId)}}))
                  .json.value(u"items"_s)
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"action"_s)
                  .toString()
              == u"reassign"_s);

        // And may come back, with nothing handed back.
        const Answer back = ServerFixture::call(*admin, "POST", u"/employees/%1/activate"_s.arg(east1));
        CHECK(back.status == 200);
        CHECK(back.json.value(u"active"_s).toBool());
        CHECK(loginStatus(fixture, u"sales.east1"_s, DemoPassword) == 201);
        CHECK(count(openContracts, east1) == 0);
    }
}

TEST_CASE("Quotes waiting for a deactivated approver go back to draft", "[admin][deactivate]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 managerEast = fixture.employeeId(u"manager.east"_s);
    const qint64 waiting = sqlScalar(fixture, u"SELECT COUNT(DISTINCT quote_id) FROM quote_approvals WHERE approver_id = %1 "
                                              u"AND decision = 'pending'"_s
                                                  .arg(managerEast));
    REQUIRE(waiting > 0);
    // Their team reports to the director first.
    for (const QString &login : {u"sales.east1"_s, u"sales.east2"_s})
        REQUIRE(patchWithEtag(*admin, u"/employees/%1"_s.arg(fixture.employeeId(login)),
                              {{u"supervisor_id"_s, fixture.employeeId(u"director"_s)}})
                    .status
                == 200);
    const Answer answer = ServerFixture::call(*admin, "POST", u"/employees/%1/deactivate"_s.arg(managerEast),
                                              {{u"successor_id"_s, fixture.employeeId(u"manager.west"_s)}});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    CHECK(answer.json.value(u"handed_over"_s).toObject().value(u"approvals_withdrawn"_s).toInteger() == waiting);
    CHECK(sqlScalar(fixture, u"SELECT COUNT(*) FROM quote_approvals WHERE approver_id = %1 AND decision = 'pending'"_s.arg(managerEast))
          == 0);
    CHECK(closureDifferences(fixture) == 0);
}

TEST_CASE("A reset password is for one time and ends the sessions, unlocking clears the login's throttle", "[admin][account]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 west1 = fixture.employeeId(u"sales.west1"_s);
    auto west1Client = fixture.login(u"sales.west1"_s);

    const Answer reset = ServerFixture::call(*admin, "POST", u"/employees/%1/reset-password"_s.arg(west1));
    INFO(reset.body.toStdString());
    REQUIRE(reset.status == 200);
    const QString oneTime = reset.json.value(u"one_time_password"_s).toString();
    CHECK(ServerFixture::get(*west1Client, u"/session"_s).status == 401);
    CHECK(loginStatus(fixture, u"sales.west1"_s, DemoPassword) == 401);
    Answer loginAnswer;
    auto client = loginWith(fixture, u"sales.west1"_s, oneTime, &loginAnswer);
    CHECK(loginAnswer.json.value(u"must_change_password"_s).toBool());
    CHECK(ServerFixture::get(*client, u"/opportunities"_s).errorCode() == u"password_change_required"_s);
    REQUIRE(ServerFixture::call(*client, "PUT", u"/account/password"_s,
                                {{u"current_password"_s, oneTime}, {u"new_password"_s, u"west is best, 2027"_s}})
                .status
            == 200);
    CHECK(ServerFixture::get(*client, u"/opportunities"_s).status == 200);
    CHECK(ServerFixture::call(*admin, "POST", u"/employees/999999/reset-password"_s).status == 404);

    // Someone at this computer guessed until the login was held back.
    int status = 0;
    for (int attempt = 0; attempt < 12 && status != 429; ++attempt)
        status = loginStatus(fixture, u"sales.west1"_s, u"a wrong guess"_s);
    REQUIRE(status == 429);
    CHECK(loginStatus(fixture, u"sales.west1"_s, u"west is best, 2027"_s) == 429);
    const Answer unlocked = ServerFixture::call(*admin, "POST", u"/employees/%1/unlock"_s.arg(west1));
    REQUIRE(unlocked.status == 200);
    CHECK(loginStatus(fixture, u"sales.west1"_s, u"west is best, 2027"_s) == 201);
    const Answer audit = ServerFixture::get(*admin, u"/audit"_s,
                                            params({{u"entity"_s, u"employee"_s}, {u"row_id"_s, QString::number(west1)}}));
    QStringList actions;
    for (const QJsonValue &item : audit.json.value(u"items"_s).toArray())
        actions.append(item.toObject().value(u"action"_s).toString());
    CHECK(actions == QStringList{u"unlock"_s, u"change_password"_s, u"reset_password"_s});
}

TEST_CASE("Users list their own sessions and end one or all the others", "[admin][account]")
{
    ServerFixture fixture;
    auto first = fixture.login(u"sales.east1"_s);
    fixture.advanceClock(60);
    auto second = fixture.login(u"sales.east1"_s);
    auto third = fixture.login(u"sales.east1"_s);
    auto other = fixture.login(u"sales.east2"_s);

    const Answer list = ServerFixture::get(*second, u"/account/sessions"_s);
    INFO(list.body.toStdString());
    REQUIRE(list.status == 200);
    const QJsonArray items = list.json.value(u"items"_s).toArray();
    REQUIRE(items.size() == 3);
    qint64 firstId = 0;
    int current = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject session = value.toObject();
        CHECK(session.value(u"address"_s).toString() == u"127.0.0.1"_s);
        CHECK_FALSE(session.contains(u"token"_s));
        current += session.value(u"current"_s).toBool() ? 1 : 0;
        if (session.value(u"created_at"_s).toString() < items.at(1).toObject().value(u"created_at"_s).toString())
            firstId = session.value(u"id"_s).toInteger();
    }
    CHECK(current == 1);
    REQUIRE(firstId > 0);
    // Someone else's session answers like one that does not exist.
    CHECK(ServerFixture::call(*other, "DELETE", u"/account/sessions/%1"_s.arg(firstId)).status == 404);
    CHECK(ServerFixture::get(*first, u"/session"_s).status == 200);
    REQUIRE(ServerFixture::call(*second, "DELETE", u"/account/sessions/%1"_s.arg(firstId)).status == 200);
    CHECK(ServerFixture::get(*first, u"/session"_s).status == 401);
    CHECK(ServerFixture::call(*second, "DELETE", u"/account/sessions/%1"_s.arg(firstId)).status == 404);
    CHECK(ServerFixture::call(*second, "DELETE", u"/account/sessions/01"_s).status == 404);

    const Answer ended = ServerFixture::call(*second, "POST", u"/account/sessions/end-others"_s);
    REQUIRE(ended.status == 200);
    CHECK(ended.json.value(u"ended"_s).toInteger() == 1);
    CHECK(ServerFixture::get(*third, u"/session"_s).status == 401);
    CHECK(ServerFixture::get(*second, u"/session"_s).status == 200);
    CHECK(ServerFixture::get(*other, u"/session"_s).status == 200);
    CHECK(ServerFixture::get(*second, u"/account/sessions"_s).json.value(u"total"_s).toInteger() == 1);

    // Expired sessions are not listed.
    fixture.advanceClock(31 * 60);
    auto fresh = fixture.login(u"sales.east1"_s);
    CHECK(ServerFixture::get(*fresh, u"/account/sessions"_s).json.value(u"total"_s).toInteger() == 1);
}

TEST_CASE("The audit viewer filters by person, record and days, a page at a time", "[admin][audit]")
{
    ServerFixture fixture;
    auto admin = fixture.login(u"admin"_s);
    const qint64 adminId = fixture.employeeId(u"admin"_s);
    const qint64 department = departmentOf(fixture, u"sales.east1"_s);
    const auto audit = [&](const QList<std::pair<QString, QString>> &items) {
        QUrlQuery query;
        for (const auto &[name, value] : items)
            query.addQueryItem(name, value);
        const Answer answer = ServerFixture::get(*admin, u"/audit"_s, query);
        INFO(answer.body.toStdString());
        REQUIRE(answer.status == 200);
        return answer.json;
    };
    const QString admins = QString::number(adminId);
    // The demo company's settings were made by the administrator too.
    const qint64 before = audit({{u"employee_id"_s, admins}}).value(u"total"_s).toInteger();
    const Answer created = ServerFixture::call(*admin, "POST", u"/departments"_s, {{u"name"_s, u"Audit trail"_s}});
    REQUIRE(created.status == 201);
    fixture.advanceClock(2 * 24 * 3600);
    admin = fixture.login(u"admin"_s);
    REQUIRE(patchWithEtag(*admin, u"/departments/%1"_s.arg(department), {{u"name"_s, u"华东销售一部"_s}}).status == 200);
    const QString today = fixture.now().date().toString(Qt::ISODate);
    const QString twoDaysAgo = fixture.now().date().addDays(-2).toString(Qt::ISODate);

    const QJsonObject byAdmin = audit({{u"employee_id"_s, admins}});
    CHECK(byAdmin.value(u"total"_s).toInteger() == before + 2);
    const QJsonObject newest = byAdmin.value(u"items"_s).toArray().at(0).toObject();
    CHECK(newest.value(u"entity"_s).toString() == u"department"_s);
    CHECK(newest.value(u"row_id"_s).toInteger() == department);
    CHECK(newest.value(u"employee_name"_s).toString() == u"系统管理员"_s);
    CHECK(newest.value(u"changes"_s).toObject().contains(u"name"_s));
    CHECK(audit({{u"entity"_s, u"department"_s}, {u"row_id"_s, QString::number(department)}}).value(u"total"_s).toInteger() == 1);
    CHECK(audit({{u"employee_id"_s, admins}, {u"from"_s, today}}).value(u"total"_s).toInteger() == 1);
    CHECK(audit({{u"employee_id"_s, admins}, {u"to"_s, twoDaysAgo}}).value(u"total"_s).toInteger() == before + 1);
    CHECK(audit({{u"employee_id"_s, admins}, {u"from"_s, twoDaysAgo}, {u"to"_s, twoDaysAgo}})
              .value(u"items"_s)
              .toArray()
              .at(0)
              .toObject()
              .value(u"row_id"_s)
              .toInteger()
          == created.json.value(u"id"_s).toInteger());
    // Records of the demo's history are there too, a page at a time.
    const QJsonObject page = audit({{u"limit"_s, u"5"_s}, {u"offset"_s, u"5"_s}, {u"sort"_s, u"at"_s}});
    CHECK(page.value(u"items"_s).toArray().size() == 5);
    CHECK(page.value(u"total"_s).toInteger() == sqlScalar(fixture, u"SELECT COUNT(*) FROM audit_log"_s));

    struct Case
    {
        QList<std::pair<QString, QString>> query;
        QString field;
    };
    const QList<Case> cases = {
        {{{u"employee_id"_s, u"01"_s}}, u"employee_id"_s},
        {{{u"row_id"_s, u"5"_s}}, u"row_id"_s},
        {{{u"entity"_s, u"Contract; DROP"_s}}, u"entity"_s},
        {{{u"from"_s, u"2026-13-01"_s}}, u"from"_s},
        {{{u"from"_s, today}, {u"to"_s, twoDaysAgo}}, u"to"_s},
        {{{u"limit"_s, u"201"_s}}, u"limit"_s},
        {{{u"sort"_s, u"name"_s}}, u"sort"_s},
    };
    for (const Case &c : cases) {
        QUrlQuery query;
        for (const auto &[name, value] : c.query)
            query.addQueryItem(name, value);
        const Answer answer = ServerFixture::get(*admin, u"/audit"_s, query);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == c.field);
    }
    CHECK(ServerFixture::get(*fixture.login(u"sales.east1"_s), u"/audit"_s).status == 403);
}
