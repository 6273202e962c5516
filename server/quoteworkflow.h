#pragma once

#include "quote.h"
#include "router.h"
#include "statement.h"

namespace Tradewind::Quotes::Workflow {

/**
 * POST /quotes/{id}/submit, /approve, /reject, /win, /lose and GET /stats/win-rate. Each action runs on the
 * current revision of a visible quote; the functions below run inside the caller's transaction and are used
 * by the demo generator too.
 */
void registerRoutes(Router &router);

/**
 * Asks for approval: level 1 is the owner's supervisor, level 2 that supervisor's supervisor when a line's
 * discount exceeds the threshold. Without a supervisor the quote is approved at once.
 */
Quote submit(RequestContext &context, qint64 quoteId);
/** The pending level's approver agrees; the last approval writes the quote back to its opportunity. */
Quote approve(RequestContext &context, qint64 quoteId, const QString &comment);
/** The pending level's approver refuses, with a comment; the owner may edit the quote again. */
Quote reject(RequestContext &context, qint64 quoteId, const QString &comment);
/** The customer accepted an approved quote: the opportunity is won, with a win record for the quote. */
Quote win(RequestContext &context, qint64 quoteId, const QDate &wonOn, const QString &notes);
/**
 * GET /stats/win-rate's statement: won and lost current revisions the caller may see, decided (won_on or lost_on)
 * within from..to, counted and summed per group (salesperson, department, opportunity kind or opportunity source,
 * "standalone" for quotes without one), status and currency.
 */
Statement winRateStatement(const RequestContext &context);
/** The customer declined; closeOpportunity marks the opportunity lost too. */
Quote lose(RequestContext &context, qint64 quoteId, const QString &reason, bool closeOpportunity);

} // namespace Tradewind::Quotes::Workflow
