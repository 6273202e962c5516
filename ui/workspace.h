#pragma once

#include <QUrlQuery>
#include <QtGlobal>

namespace Tradewind {

class ApiClient;

/**
 * What pages and cards need from the window that hosts them: the server connection, and a way to open
 * other documents (so that every related row leads to its card).
 */
class Workspace
{
public:
    virtual ~Workspace() = default;

    virtual ApiClient &api() = 0;
    virtual void openPartner(qint64 partnerId) = 0;
    virtual void openOpportunity(qint64 opportunityId) = 0;
    virtual void openQuote(qint64 quoteId) = 0;
    virtual void openContract(qint64 contractId) = 0;
    /** Tells open lists and cards that a record changed, so they refresh. */
    virtual void recordChanged() = 0;
};

} // namespace Tradewind
