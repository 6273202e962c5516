#pragma once

#include "database.h"
#include "listquery.h"
#include "opportunity.h"
#include "router.h"

#include <functional>

namespace Tradewind::Opportunities {

/** /opportunities (with lock, staleness and reassignment) and /settings/stale-rule. */
void registerRoutes(Router &router);

/** GET /opportunities as a list query, before it runs (its plans are checked by tests and benchmarks). */
ListQuery listQuery(const RequestContext &context);
/** The statement reading the rows of a page of that list, with everything the list shows. */
SqlPart pageRows(const RequestContext &context, const ListQueryPage &page);

/** An opportunity the caller may see; throws 404 when it does not exist or is out of the caller's reach. */
Opportunity loadVisible(const RequestContext &context, qint64 opportunityId);

/**
 * Carries the outcome of another record over to its opportunity (a quote approved, won or lost; a win recorded):
 * change() adjusts amount and stage, and a real change is stored with a new version and audited. Applies whatever
 * the caller's reach over the opportunity: the caller was allowed the action that has this consequence.
 * Returns the opportunity as it is now.
 */
Opportunity writeBack(RequestContext &context, qint64 opportunityId, const std::function<void(Opportunity &)> &change);

/**
 * Moves an opportunity, with every revision of its quotes, to a new owner inside the caller's transaction: writes the
 * salesperson change record, tells both people and audits it. The caller has checked who may move it to whom; the
 * context must reach the opportunity and its quotes.
 */
void changeOwner(RequestContext &context, const Opportunity &before, qint64 to, const QString &toName, const QString &reason);

/** Inserts an opportunity owned by ownerId, locked at now (no checks, no audit); used by the demo generator too. */
qint64 insert(const QSqlDatabase &db, const Opportunity &opportunity, qint64 ownerId, const QDateTime &now);

/**
 * The lock key: system = customer + normalised title, spare parts = customer + normalised part family
 * (the title when no family is given). Case, width, spaces and punctuation are folded.
 */
QString lockKey(const QString &kind, qint64 customerId, const QString &title, const QString &partFamily);

/** The company's staleness rule: days without a follow-up, per kind. */
struct StaleRule
{
    int systemDays = 30;
    int sparePartsDays = 14;
};
StaleRule staleRule(const QSqlDatabase &db);

/**
 * SQL over an opportunity aliased "o": true when it is open and stale. Placeholders are bound by bindStale().
 * A plain comparison of date texts, so lists stay one query.
 */
QString staleCondition();
/** SQL over "o": whole days since the last follow-up (or creation); placeholder :stale_today. */
QString daysSinceFollowUpExpression();
/** Binds staleCondition()'s placeholders, and :stale_today when the query also uses the days expression. */
void bindStale(Query &query, const StaleRule &rule, const QDate &today, bool withDays);

} // namespace Tradewind::Opportunities
