#pragma once

#include <QStringList>

namespace Tradewind::Roles {

// Wire names of the roles from the specification; an employee may hold several.
inline const QString Salesperson = QStringLiteral("salesperson");
inline const QString SalesManager = QStringLiteral("sales_manager");
inline const QString Executive = QStringLiteral("executive");
inline const QString Finance = QStringLiteral("finance");
inline const QString ContractAdmin = QStringLiteral("contract_admin");
inline const QString ServiceDispatcher = QStringLiteral("service_dispatcher");
inline const QString ServiceEngineer = QStringLiteral("service_engineer");
inline const QString SystemAdmin = QStringLiteral("system_admin");

QStringList all();

} // namespace Tradewind::Roles
