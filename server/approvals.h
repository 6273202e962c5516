#pragma once

#include "context.h"

#include <functional>

namespace Tradewind {
class Query;
}

namespace Tradewind::Approvals {

/**
 * One kind of item of the approvals inbox, defined by the module that decides it: its SELECT of the items waiting
 * for the caller's decision, with the columns kind, id, submitted_at, created_at, updated_at, number, customer,
 * owner and subject (what the inbox sorts and searches by); how to bind that SELECT; and the items themselves,
 * each with "kind" and "id", for a page's ids.
 */
struct Source
{
    QString kind;
    QString select;
    std::function<void(Query &)> bind;
    std::function<QList<QJsonObject>(const QList<qint64> &ids)> items;
};

/**
 * GET /approvals over the sources: {"items","total"} of every kind together, sorted (submitted_at, created_at,
 * updated_at, number, customer, owner), searched (q over number, customer and subject), filtered by kind.
 */
Http::Response page(RequestContext &context, const QList<Source> &sources);

} // namespace Tradewind::Approvals
