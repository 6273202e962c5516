#include "firststart.h"

#include "database.h"
#include "departments.h"
#include "employees.h"
#include "passwords.h"
#include "roles.h"

using namespace Qt::StringLiterals;

namespace Tradewind::Admin {

Employee createFirstAdministrator(Database &database, const QString &login, const QString &password, const QDateTime &now)
{
    requireValidLogin(login);
    if (const QString weakness = Passwords::weakness(password, login); !weakness.isEmpty())
        throw ApiException::invalidField(u"password"_s, weakness);
    const QString hash = Passwords::hash(password);

    static const Http::Request noRequest;
    QSqlDatabase db = database.connection();
    RequestContext context(noRequest, db, now); // no caller: the audit records the change as nobody's
    Transaction transaction(db);
    qint64 departmentId = Query(db, u"SELECT id FROM departments WHERE parent_id IS NULL AND active = 1 ORDER BY id LIMIT 1"_s)
                              .scalar()
                              .toLongLong();
    if (departmentId == 0)
        departmentId = createDepartment(context, u"Company"_s, 0).id;
    Employee administrator;
    administrator.login = login;
    administrator.name = login;
    administrator.departmentId = departmentId;
    administrator.roles = {Roles::SystemAdmin};
    const Employee created = createEmployee(context, administrator, hash, false);
    transaction.commit();
    return created;
}

} // namespace Tradewind::Admin
