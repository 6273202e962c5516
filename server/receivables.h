#pragma once

#include "router.h"

namespace Tradewind::Contracts::Receivables {

/**
 * Invoices (开票) and payments received (回款) of a contract, recorded by finance or an executive against its plan
 * nodes: GET/POST /contracts/{id}/invoices and /payments, GET one by /{rid}. An invoice's allocations add up to
 * its amount and no node is invoiced beyond what is planned on it; a payment in any currency is converted at its
 * rate into the contract's, its allocations add up to at most that, and no node receives (nor any invoice is
 * settled) beyond its amount: 400 over_allocated naming the allocation's field, with the node or invoice id.
 */
void registerRoutes(Router &router);

/** Records an invoice or a payment (kind "invoices" or "payments") like a POST, inside the caller's transaction. */
QJsonObject record(RequestContext &context, const QString &kind, qint64 contractId, const QJsonObject &document);

} // namespace Tradewind::Contracts::Receivables
