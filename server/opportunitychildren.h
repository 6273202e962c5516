#pragma once

#include "router.h"

namespace Tradewind::Opportunities::Children {

/**
 * The sub-record collections of an opportunity's card: /opportunities/{id}/<kind> and
 * /opportunities/{id}/<kind>/{child_id} for contacts, follow-ups, plans, competitors, tenders, wins,
 * owner-changes (read-only) and advice. All of them come from one table-driven description; a child is
 * visible exactly when its parent opportunity is.
 */
void registerRoutes(Router &router);

/** Sets opportunities.last_follow_up_on to the latest happened_on of its follow-ups (no other change). */
void refreshLastFollowUp(const QSqlDatabase &db, qint64 opportunityId);

} // namespace Tradewind::Opportunities::Children
