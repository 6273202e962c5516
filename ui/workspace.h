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
    /**
     * Shows the contract list narrowed to filter (query parameters of GET /contracts, e.g. customer_id), with
     * description saying what it shows ("Contracts of 江苏恒达钢铁有限公司") — the drill-down of report rows.
     */
    virtual void openContracts(const QUrlQuery &filter, const QString &description) = 0;
    /** Tells open lists and cards that a record changed, so they refresh. */
    virtual void recordChanged() = 0;
};

} // namespace Tradewind
