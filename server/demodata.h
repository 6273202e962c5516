#pragma once

#include "clock.h"
#include "database.h"

#include <functional>

namespace Tradewind::Demo {

/** The password of every demo login (documented in the README). */
inline const QString DemoPassword = QStringLiteral("tradewind-demo");

/** Reports progress of long generations: what is being made, and done out of total. */
using Progress = std::function<void(const QString &stage, qint64 done, qint64 total)>;

/** True when the database holds no employees yet. */
bool isEmpty(Database &database);

/**
 * Fills an empty database with the demo company: departments, the documented logins, partners,
 * opportunities of both kinds, the product catalogue, quotes and contracts in every state, dated relative to now.
 * Deterministic for a given "now".
 */
void populate(Database &database, const QDateTime &now);

/**
 * Grows the demo company to a benchmark data set: employees in total (new sales departments,
 * managers and salespeople under the director) and that many opportunities in total, spread over all
 * salespeople, a quote for every fourth opportunity and a contract for every won one. Populates the
 * demo company first when the database is empty.
 */
void generateScale(Database &database, const QDateTime &now, int employees, qint64 opportunities,
                   const Progress &progress);

} // namespace Tradewind::Demo
