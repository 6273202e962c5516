#pragma once

#include "opportunity.h"
#include "quote.h"
#include "router.h"
#include "visibility.h"

namespace Tradewind::Quotes {

/**
 * /quotes (list, read, create, update, similar, copy, copy-lines, revise, revisions, history), /approvals and
 * POST /opportunities/{id}/quotes. Quotes are visible like opportunities (Visibility::Rows::Quotes over the
 * owner); a quote out of reach answers exactly like one that does not exist.
 */
void registerRoutes(Router &router);

/** The caller's reach over quotes aliased "q": the one condition every quote read uses. */
Visibility visibilityOf(const RequestContext &context);

/** A quote the caller may see, with its lines and approvals; throws 404 otherwise. */
Quote loadVisible(const RequestContext &context, qint64 quoteId);

/** The quote as a response, with its version as ETag. */
Http::Response quoteResponse(int status, const Quote &quote);

/**
 * The document of a new quote pre-filled from an opportunity: customer, contact, currency, title, language,
 * tax, dates and terms, and one line per requested part priced from the catalogue in the quote's currency.
 */
QJsonObject prefill(const RequestContext &context, const Opportunity &opportunity);

/**
 * Validates a quote document and stores it as a new draft, revision A, numbered now. The owner is the
 * opportunity's (which the caller must see), or the caller for a standalone quote. Audited; runs inside the
 * caller's transaction. Used by the demo generator too.
 */
Quote create(RequestContext &context, const QJsonObject &document);

/** Stores a quote as a new draft, revision A, numbered quote.number (no checks, no audit): the scale generator's. */
qint64 insert(const QSqlDatabase &db, const Quote &quote, qint64 ownerId, const QDateTime &now);

/**
 * Replaces what a client edits of a draft or rejected quote (409 quote_not_editable otherwise) with a complete
 * document, lines included; an edited rejected quote is a draft again. Audited; inside the caller's transaction.
 */
Quote edit(RequestContext &context, const Quote &before, const QJsonObject &document);

/**
 * Starts the next revision of a submitted, approved or rejected quote: a draft with the same number, terms and
 * lines; the old revision is superseded (and its pending approvals withdrawn) but stays readable.
 */
Quote revise(RequestContext &context, qint64 quoteId);

/** Sets columns of a quote (names from the caller's code, values bound), with a new version and update time. */
void updateColumns(const RequestContext &context, qint64 quoteId, const QList<QPair<QString, QVariant>> &columns);

/**
 * Gives a quote to a new owner, audited; a submitted one goes back to draft, its pending approvals withdrawn, because
 * its approvers were the old owner's supervisors: the new owner submits it again to their own.
 */
void changeOwner(RequestContext &context, qint64 quoteId, qint64 to);

/** Throws 409 quote_superseded when a newer revision exists: actions apply to the current revision only. */
void requireCurrent(const Quote &quote);

/** Removes the approvals still pending (withdrawn by a new revision, or not reached after a rejection). */
void withdrawPendingApprovals(const QSqlDatabase &db, qint64 quoteId);

} // namespace Tradewind::Quotes
