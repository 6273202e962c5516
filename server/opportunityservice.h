#pragma once

#include "opportunity.h"
#include "router.h"

namespace Tradewind::Opportunities {

/** /opportunities: each row visible by its owner through Visibility. */
void registerRoutes(Router &router);

/** An opportunity the caller may see; throws 404 when it does not exist or is out of the caller's reach. */
Opportunity loadVisible(const RequestContext &context, qint64 opportunityId);

/** Inserts an opportunity owned by ownerId (no checks, no audit); used by the demo generator too. */
qint64 insert(const QSqlDatabase &db, const Opportunity &opportunity, qint64 ownerId, const QDateTime &now);

} // namespace Tradewind::Opportunities
