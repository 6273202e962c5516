#pragma once

#include "router.h"
#include "settlement.h"

namespace Tradewind::ContractSettings {

/** The next contract number by the company's pattern (default C-{YYYY}-{SEQ:4}); see Numbering::next(). */
QString nextNumber(const QSqlDatabase &db, const QDate &day);

/** The company's settlement rules, one per contract type (SettlementRule::defaults() until an admin sets them). */
QList<SettlementRule> settlementRules(const QSqlDatabase &db);
/** The rule for a contract type. */
SettlementRule ruleFor(const QSqlDatabase &db, const QString &contractType);

/** GET/PUT /settings/contracts (number pattern) and /settings/settlement-rules; PUT for administrators. */
void registerRoutes(Router &router);

} // namespace Tradewind::ContractSettings
