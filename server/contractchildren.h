#pragma once

#include "contract.h"
#include "router.h"

namespace Tradewind::Contracts::Children {

/**
 * The execution records of a contract kept by its keepers (Contracts::isKeeper): /contracts/{id}/stocking
 * (备货: item, quantity, ready date, status) and /contracts/{id}/shipments (发货: date, items, carrier, tracking
 * number, destination), each with GET, POST and PATCH; visible exactly when the contract is.
 */
void registerRoutes(Router &router);

/** Creates a stocking line or a shipment (kindPath "stocking" or "shipments") like a POST, in the caller's transaction. */
QJsonObject create(RequestContext &context, const QString &kindPath, const Contract &contract, const QJsonObject &document);

} // namespace Tradewind::Contracts::Children
