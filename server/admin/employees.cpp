#include "employees.h"

#include "audit.h"
#include "contractservice.h"
#include "database.h"
#include "departments.h"
#include "opportunityservice.h"
#include "orgservice.h"
#include "passwords.h"
#include "quoteservice.h"
#include "roles.h"
#include "sessions/loginthrottle.h"
#include "settings.h"
#include "sqlrows.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tradewind::Admin {

namespace {

const QStringList EmployeeFields = {u"login"_s,         u"name"_s,  u"department_id"_s, u"supervisor_id"_s,
                                    u"roles"_s,         u"email"_s, u"phone"_s};

void requireAdministrator(const RequestContext &context)
{
    Settings::requireAdministrator(context, u"employees"_s);
}

/**
 * The body's fields laid over an employee (all of them required for a new one). supervisor_id 0 or null puts the
 * employee at the top of the tree.
 */
Employee readFields(JsonReader &body, const Employee &base, bool creating)
{
    using P = JsonReader::Presence;
    const P presence = creating ? P::Required : P::Optional;
    body.rejectUnknownFields(EmployeeFields);
    Employee employee = base;
    employee.login = body.string(u"login"_s, presence, 100).value_or(base.login);
    employee.name = body.string(u"name"_s, presence, 100).value_or(base.name);
    employee.departmentId =
        body.integer(u"department_id"_s, presence, 1, std::numeric_limits<qint64>::max() / 2).value_or(base.departmentId);
    const bool supervisorGiven = body.object().contains(u"supervisor_id"_s); // null too
    employee.supervisorId = body.integer(u"supervisor_id"_s, P::Optional, 0, std::numeric_limits<qint64>::max() / 2)
                                .value_or(supervisorGiven ? 0 : base.supervisorId);
    employee.roles = body.stringList(u"roles"_s, P::Optional, Roles::all()).value_or(base.roles);
    employee.email = body.string(u"email"_s, P::Optional, 200).value_or(base.email);
    employee.phone = body.string(u"phone"_s, P::Optional, 50).value_or(base.phone);
    requireValid(body);

    requireValidLogin(employee.login);
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+$"_s);
    if (!employee.email.isEmpty() && !emailPattern.match(employee.email).hasMatch())
        throw ApiException::invalidField(u"email"_s, u"Field 'email' must be an e-mail address like li.ming@example.com"_s);
    return employee;
}

/** Checks what an employee refers to, where it differs from before (everything, for a new one). */
void checkReferences(const QSqlDatabase &db, const Employee &employee, const Employee &before)
{
    if (employee.login != before.login) {
        // Case-insensitively, so that nobody logs in as "Li.Ming" while "li.ming" is someone else.
        const bool taken = Query(db, u"SELECT 1 FROM employees WHERE login = :login COLLATE NOCASE AND id <> :id"_s)
                               .bind(u":login"_s, employee.login)
                               .bind(u":id"_s, employee.id)
                               .scalar()
                               .isValid();
        if (taken)
            throw ApiException(409, u"login_taken"_s, u"The login %1 is taken"_s.arg(employee.login), u"login"_s);
    }
    if (employee.departmentId != before.departmentId)
        requireActiveDepartment(db, employee.departmentId, u"department_id"_s);
    if (employee.supervisorId != before.supervisorId && employee.supervisorId > 0) {
        Query supervisor(db, u"SELECT name, active FROM employees WHERE id = :id"_s);
        supervisor.bind(u":id"_s, employee.supervisorId).exec();
        if (!supervisor.next())
            throw ApiException::invalidField(u"supervisor_id"_s, u"No employee has id %1"_s.arg(employee.supervisorId));
        if (!supervisor.value(1).toBool())
            throw ApiException::invalidField(u"supervisor_id"_s,
                                             u"%1 is no longer active"_s.arg(supervisor.value(0).toString()));
    }
}

/** 409 last_administrator when employeeId is the only active administrator: the company would be locked out. */
void requireAnotherAdministrator(const QSqlDatabase &db, qint64 employeeId)
{
    const bool another = Query(db, u"SELECT 1 FROM employees WHERE active = 1 AND id <> :id AND "
                                   u"(',' || roles || ',') LIKE '%,system_admin,%'"_s)
                             .bind(u":id"_s, employeeId)
                             .scalar()
                             .isValid();
    if (!another)
        throw ApiException::conflict(u"last_administrator"_s,
                                     u"This is the only active system administrator: give someone else the role first"_s);
}

Http::Response employeeResponse(const QSqlDatabase &db, int status, qint64 id, const QJsonObject &extra = {})
{
    QJsonObject json = Org::employee(db, id).toJson();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return withVersion(jsonResponse(status, json), Org::employeeVersion(db, id));
}

Http::Response postEmployee(RequestContext &context)
{
    requireAdministrator(context);
    JsonReader body = context.body();
    const Employee wanted = readFields(body, Employee(), true);
    const QString password = Passwords::oneTime();
    const QString hash = Passwords::hash(password); // slow by design: before the write lock is taken
    Transaction transaction(context.db);
    const Employee created = createEmployee(context, wanted, hash, true);
    transaction.commit();
    // Shown once: only its hash is kept.
    return employeeResponse(context.db, 201, created.id, {{u"one_time_password"_s, password}});
}

Http::Response patchEmployee(RequestContext &context)
{
    requireAdministrator(context);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Employee before = Org::employee(context.db, id);
    requireVersion(context.ifMatchVersion(), Org::employeeVersion(context.db, id));
    JsonReader body = context.body();
    const Employee after = readFields(body, before, false);
    checkReferences(context.db, after, before);
    if (before.active && before.hasRole(Roles::SystemAdmin) && !after.hasRole(Roles::SystemAdmin))
        requireAnotherAdministrator(context.db, id);
    if (after.supervisorId != before.supervisorId)
        Org::changeSupervisor(context.db, id, after.supervisorId); // 409 supervisor_cycle
    Query(context.db, u"UPDATE employees SET login = :login, name = :name, department_id = :department, "
                      u"supervisor_id = :supervisor, roles = :roles, email = :email, phone = :phone, version = version + 1 "
                      u"WHERE id = :id"_s)
        .bind(u":login"_s, after.login)
        .bind(u":name"_s, after.name)
        .bind(u":department"_s, after.departmentId > 0 ? QVariant(after.departmentId) : QVariant())
        .bind(u":supervisor"_s, after.supervisorId > 0 ? QVariant(after.supervisorId) : QVariant())
        .bind(u":roles"_s, after.roles.join(u','))
        .bind(u":email"_s, after.email)
        .bind(u":phone"_s, after.phone)
        .bind(u":id"_s, id)
        .exec();
    Audit::record(context, u"employee"_s, id, u"update"_s, before.toJson(), Org::employee(context.db, id).toJson());
    transaction.commit();
    return employeeResponse(context.db, 200, id);
}

/** What a deactivated employee's successor received. */
struct Handover
{
    qint64 opportunities = 0;
    qint64 quotes = 0;
    qint64 contracts = 0;
    qint64 approvalsWithdrawn = 0;

    QJsonObject toJson() const
    {
        return {{u"opportunities"_s, opportunities},
                {u"quotes"_s, quotes},
                {u"contracts"_s, contracts},
                {u"approvals_withdrawn"_s, approvalsWithdrawn}};
    }
};

QList<qint64> idsOf(const QSqlDatabase &db, const QString &sql, qint64 employeeId)
{
    Query query(db, sql);
    query.bind(u":employee"_s, employeeId).exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

qint64 quotesOwnedBy(const QSqlDatabase &db, qint64 employeeId)
{
    return Query(db, u"SELECT COUNT(*) FROM quotes WHERE owner_id = :employee"_s).bind(u":employee"_s, employeeId).scalar().toLongLong();
}

/**
 * Gives the person's open work to the successor: open opportunities (each with every revision of its quotes, a
 * salesperson change record and notices), the other quote families still open, and contracts in draft or in force (their
 * copies of the owner refreshed for the reports). Quotes waiting for the person's approval go back to draft, for their
 * owners to submit to their supervisors as they are now.
 */
Handover handOver(const RequestContext &context, const Employee &person, const Employee &successor, const QString &reason)
{
    // The handover is the company's act, not a look at the records: the administrator moves work they need not see.
    RequestContext company(context.request, context.db, context.now);
    company.caller = context.caller;
    company.caller.roles.append(Roles::Executive);
    const QSqlDatabase &db = context.db;
    Handover handover;
    const qint64 quotesBefore = quotesOwnedBy(db, person.id);

    for (const qint64 id : idsOf(db, u"SELECT id FROM opportunities WHERE owner_id = :employee AND stage NOT IN ('won', 'lost') "
                                     u"ORDER BY id"_s,
                                 person.id)) {
        Opportunities::changeOwner(company, Opportunities::loadVisible(company, id), successor.id, successor.name, reason);
        ++handover.opportunities;
    }
    for (const qint64 id : idsOf(db, u"SELECT id FROM quotes WHERE owner_id = :employee AND family_id IN (SELECT family_id "
                                     u"FROM quotes WHERE owner_id = :employee AND superseded_by_id IS NULL AND status NOT IN "
                                     u"('won', 'lost')) ORDER BY id"_s,
                                 person.id))
        Quotes::changeOwner(company, id, successor.id);
    handover.quotes = quotesBefore - quotesOwnedBy(db, person.id);

    for (const qint64 id : idsOf(db, u"SELECT id FROM contracts WHERE owner_id = :employee AND status IN ('draft', 'active') "
                                     u"ORDER BY id"_s,
                                 person.id)) {
        // auditedChange refreshes the copies of the owner on the plan, invoices and payments (Plan::refreshSettled).
        Contracts::auditedChange(company, id, u"reassign"_s, [&](const Contract &) {
            Contracts::updateColumns(company, id, {{u"owner_id"_s, successor.id}});
        });
        ++handover.contracts;
    }

    for (const qint64 id : idsOf(db, u"SELECT DISTINCT quote_id FROM quote_approvals WHERE approver_id = :employee AND "
                                     u"decision = 'pending' ORDER BY quote_id"_s,
                                 person.id)) {
        const Quote before = Quotes::loadVisible(company, id);
        Quotes::withdrawPendingApprovals(db, id);
        Quotes::updateColumns(company, id, {{u"status"_s, Quote::StatusDraft}, {u"submitted_at"_s, QVariant()}});
        Audit::record(company, u"quote"_s, id, u"approver_deactivated"_s, before.toJson(),
                      Quotes::loadVisible(company, id).toJson());
        ++handover.approvalsWithdrawn;
    }
    return handover;
}

Http::Response deactivate(RequestContext &context)
{
    using P = JsonReader::Presence;
    requireAdministrator(context);
    const qint64 id = context.idParameter();
    JsonReader body = context.body();
    body.rejectUnknownFields({u"successor_id"_s, u"reason"_s});
    const qint64 successorId =
        body.integer(u"successor_id"_s, P::Required, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
    QString reason = body.string(u"reason"_s, P::Optional, 500).value_or(QString());
    requireValid(body);

    Transaction transaction(context.db);
    const Employee before = Org::employee(context.db, id);
    if (!before.active)
        throw ApiException::conflict(u"employee_inactive"_s, u"%1 is already deactivated"_s.arg(before.name));
    if (successorId == id)
        throw ApiException::invalidField(u"successor_id"_s, u"The successor must be someone else"_s);
    Query successorQuery(context.db, u"SELECT 1 FROM employees WHERE id = :id AND active = 1"_s);
    if (!successorQuery.bind(u":id"_s, successorId).scalar().isValid())
        throw ApiException::invalidField(u"successor_id"_s, u"No active employee has id %1"_s.arg(successorId));
    const Employee successor = Org::employee(context.db, successorId);
    const qint64 reports = Query(context.db, u"SELECT COUNT(*) FROM employees WHERE supervisor_id = :id AND active = 1"_s)
                               .bind(u":id"_s, id)
                               .scalar()
                               .toLongLong();
    if (reports > 0)
        throw ApiException::conflict(u"has_subordinates"_s,
                                     u"%1 employees still report to %2: give them another supervisor first"_s.arg(reports).arg(
                                         before.name))
            .withDetail(u"subordinates"_s, reports);
    if (before.hasRole(Roles::SystemAdmin))
        requireAnotherAdministrator(context.db, id);
    if (reason.isEmpty())
        reason = u"%1 left; %2 takes over"_s.arg(before.name, successor.name);

    const Handover handover = handOver(context, before, successor, reason);
    Query(context.db, u"UPDATE employees SET active = 0, version = version + 1 WHERE id = :id"_s).bind(u":id"_s, id).exec();
    Query(context.db, u"DELETE FROM sessions WHERE employee_id = :id"_s).bind(u":id"_s, id).exec();
    QJsonObject after = Org::employee(context.db, id).toJson();
    after.insert(u"successor_id"_s, successorId);
    after.insert(u"handed_over"_s, handover.toJson());
    Audit::record(context, u"employee"_s, id, u"deactivate"_s, before.toJson(), after);
    transaction.commit();
    return employeeResponse(context.db, 200, id, {{u"handed_over"_s, handover.toJson()}});
}

Http::Response activate(RequestContext &context)
{
    requireAdministrator(context);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Employee before = Org::employee(context.db, id);
    if (!before.active) {
        // Where they were may have changed meanwhile: their department and supervisor must be there to come back to.
        if (before.departmentId > 0)
            requireActiveDepartment(context.db, before.departmentId, u"department_id"_s);
        if (before.supervisorId > 0 && !Org::employee(context.db, before.supervisorId).active)
            throw ApiException::conflict(u"supervisor_inactive"_s,
                                         u"%1 is deactivated: give %2 another supervisor first"_s.arg(before.supervisorName,
                                                                                                     before.name));
        Query(context.db, u"UPDATE employees SET active = 1, version = version + 1 WHERE id = :id"_s).bind(u":id"_s, id).exec();
        Audit::record(context, u"employee"_s, id, u"activate"_s, before.toJson(), Org::employee(context.db, id).toJson());
    }
    transaction.commit();
    return employeeResponse(context.db, 200, id);
}

Http::Response resetPassword(RequestContext &context)
{
    requireAdministrator(context);
    const qint64 id = context.idParameter();
    const QString password = Passwords::oneTime();
    const QString hash = Passwords::hash(password);
    Transaction transaction(context.db);
    const Employee employee = Org::employee(context.db, id);
    if (!employee.active)
        throw ApiException::conflict(u"employee_inactive"_s, u"%1 is deactivated"_s.arg(employee.name));
    Query(context.db, u"UPDATE employees SET password_hash = :hash, must_change_password = 1 WHERE id = :id"_s)
        .bind(u":hash"_s, hash)
        .bind(u":id"_s, id)
        .exec();
    // Whoever knew the old password is logged out.
    Query(context.db, u"DELETE FROM sessions WHERE employee_id = :id"_s).bind(u":id"_s, id).exec();
    Audit::record(context, u"employee"_s, id, u"reset_password"_s, {}, {});
    transaction.commit();
    return jsonResponse(200, QJsonObject{{u"one_time_password"_s, password}, {u"must_change_password"_s, true}});
}

Http::Response unlock(RequestContext &context, Sessions::LoginThrottle &throttle)
{
    requireAdministrator(context);
    const qint64 id = context.idParameter();
    Transaction transaction(context.db);
    const Employee employee = Org::employee(context.db, id);
    throttle.forget(employee.login);
    Audit::record(context, u"employee"_s, id, u"unlock"_s, {}, {});
    transaction.commit();
    return jsonResponse(200, QJsonObject{{u"unlocked"_s, true}});
}

} // namespace

void registerEmployeeRoutes(Router &router, Sessions::LoginThrottle &throttle)
{
    router.add("POST", u"/api/v1/employees"_s, postEmployee, Router::Access::Authenticated, Router::Cost::Login);
    router.add("PATCH", u"/api/v1/employees/{id}"_s, patchEmployee);
    router.add("POST", u"/api/v1/employees/{id}/deactivate"_s, deactivate);
    router.add("POST", u"/api/v1/employees/{id}/activate"_s, activate);
    // Hashing a password is slow by design: these run in the login lane.
    router.add("POST", u"/api/v1/employees/{id}/reset-password"_s, resetPassword, Router::Access::Authenticated,
               Router::Cost::Login);
    router.add("POST", u"/api/v1/employees/{id}/unlock"_s,
               [&throttle](RequestContext &context) { return unlock(context, throttle); });
}

Employee createEmployee(RequestContext &context, const Employee &employee, const QString &passwordHash, bool oneTime)
{
    Employee none;
    none.departmentId = -1; // everything is checked for a new employee
    none.supervisorId = -1;
    checkReferences(context.db, employee, none);
    const qint64 id = Sql::insert(context.db, u"employees"_s,
                                  {{u"login"_s, employee.login},
                                   {u"name"_s, employee.name},
                                   {u"department_id"_s, employee.departmentId},
                                   {u"supervisor_id"_s, employee.supervisorId > 0 ? QVariant(employee.supervisorId) : QVariant()},
                                   {u"roles"_s, employee.roles.join(u',')},
                                   {u"email"_s, employee.email},
                                   {u"phone"_s, employee.phone},
                                   {u"password_hash"_s, passwordHash},
                                   {u"must_change_password"_s, oneTime}});
    Org::addToTree(context.db, id, employee.supervisorId);
    const Employee created = Org::employee(context.db, id);
    Audit::record(context, u"employee"_s, id, u"create"_s, {}, created.toJson());
    return created;
}

void requireValidLogin(const QString &login)
{
    // Logins are typed at every login, on any keyboard: letters, digits and . _ - @ only.
    static const QRegularExpression loginPattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$"_s);
    if (!loginPattern.match(login).hasMatch())
        throw ApiException::invalidField(u"login"_s, u"A login is made of up to 100 Latin letters, digits and . _ - @, "
                                                     u"starting with a letter or digit"_s);
}

bool hasActiveAdministrator(const QSqlDatabase &db)
{
    return Query(db, u"SELECT 1 FROM employees WHERE active = 1 AND (',' || roles || ',') LIKE '%,system_admin,%'"_s)
        .scalar()
        .isValid();
}

} // namespace Tradewind::Admin
