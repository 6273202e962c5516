#pragma once

#include "employee.h"

#include <QDateTime>

namespace Tradewind {
class Database;
}

namespace Tradewind::Admin {

/**
 * The first administrator of a new company (tradewind-server --create-admin): an active system administrator with
 * this login and password, named after the login, in the top department (a new one, "Company", when there is none).
 * Throws ApiException, whose message says what is wrong, for a bad or taken login or a weak password. Audited as a
 * change by nobody.
 */
Employee createFirstAdministrator(Database &database, const QString &login, const QString &password, const QDateTime &now);

} // namespace Tradewind::Admin
