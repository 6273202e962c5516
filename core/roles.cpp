#include "roles.h"

namespace Tradewind::Roles {

QStringList all()
{
    return {Salesperson, SalesManager, Executive, Finance, ContractAdmin, ServiceDispatcher, ServiceEngineer,
            SystemAdmin};
}

} // namespace Tradewind::Roles
