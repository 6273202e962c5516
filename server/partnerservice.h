#pragma once

#include "partner.h"
#include "router.h"

namespace Tradewind::Partners {

/** /partners: shared master data with duplicate detection. */
void registerRoutes(Router &router);

/** One partner with its contacts; throws 404 when there is none. */
Partner load(const QSqlDatabase &db, qint64 partnerId);

/** Throws 400 on field customer_id unless the partner exists and is classed as a customer. */
void requireCustomer(const QSqlDatabase &db, qint64 customerId);

/** Inserts a partner and its contacts (no duplicate check, no audit); used by the demo generator too. */
qint64 insert(const QSqlDatabase &db, const Partner &partner, const QDateTime &now);

} // namespace Tradewind::Partners
