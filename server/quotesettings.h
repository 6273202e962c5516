#pragma once

#include "quote.h"
#include "router.h"

namespace Tradewind::QuoteSettings {

/** How quotes are numbered and when a second approval level is needed. */
struct Rules
{
    /** {YYYY}, {YY} and {MM} of the creation date, and {SEQ} or {SEQ:n} (zero-padded to n digits) exactly once. */
    QString numberPattern = QStringLiteral("Q-{YYYY}-{SEQ:5}");
    /** A line discount above this needs the approver's own supervisor too. */
    int discountThresholdBasisPoints = 1500;
};
Rules rules(const QSqlDatabase &db);

/**
 * The next quote number by the company's pattern for a quote created on `day`. The sequence restarts for
 * each period the pattern names (a year with {YYYY}, a month with {MM}); a number is never handed out twice,
 * even after the pattern changed. Runs inside the caller's write transaction.
 */
QString nextNumber(const QSqlDatabase &db, const QDate &day);

/** The letterhead of printed quotes (empty until an administrator sets it). */
CompanyProfile companyProfile(const QSqlDatabase &db);
/** Stores the company profile, audited, inside the caller's transaction (no role check). */
void storeCompanyProfile(const RequestContext &context, const CompanyProfile &profile);

/** GET/PUT /settings/company-profile and /settings/quotes. */
void registerRoutes(Router &router);

} // namespace Tradewind::QuoteSettings
