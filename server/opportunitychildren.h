#pragma once

#include "opportunity.h"
#include "router.h"

namespace Tradewind::Opportunities::Children {

/**
 * The sub-record collections of an opportunity's card: /opportunities/{id}/<kind> and
 * /opportunities/{id}/<kind>/{child_id} for contacts, follow-ups, plans, competitors, tenders, wins,
 * owner-changes (read-only), advice and requested-parts. All of them come from one table-driven
 * description; a child is visible exactly when its parent opportunity is.
 */
void registerRoutes(Router &router);

/**
 * Creates a sub-record of the kind at kindPath (e.g. "wins") under parent as the consequence of another action
 * (a quote won): validated, audited and followed up exactly like a POST, inside the caller's transaction.
 * Validation errors name the sub-record's fields.
 */
QJsonObject create(RequestContext &context, const QString &kindPath, const Opportunity &parent, const QJsonObject &document);

/** Sets opportunities.last_follow_up_on to the latest happened_on of its follow-ups (no other change). */
void refreshLastFollowUp(const QSqlDatabase &db, qint64 opportunityId);

} // namespace Tradewind::Opportunities::Children
