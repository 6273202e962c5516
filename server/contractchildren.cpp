#include "contractchildren.h"

#include "childrecords.h"
#include "contractservice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Children {

namespace {

using namespace ChildRecords;

void authorizeKeeper(const RequestContext &context, const Parent &contract, const QJsonObject &, const QJsonObject &)
{
    if (!isKeeper(context, contract.ownerId))
        throw ApiException::forbidden(u"Only the contract's owner, their supervisors and contract administrators keep its "
                                      u"stocking and shipments"_s);
}

const QList<Kind> &kinds()
{
    static const QList<Kind> list = [] {
        Kind stocking{u"stocking"_s, u"stocking"_s};
        Field quantity{u"quantity"_s, Type::Integer, u"quantity"_s};
        quantity.required = true;
        stocking.fields = {text(u"item"_s, 200, true), quantity, date(u"ready_date"_s, false),
                           choice(u"status"_s, {u"planned"_s, u"in_production"_s, u"ready"_s, u"shipped"_s}, u"planned"_s),
                           text(u"notes"_s, 2000)};
        stocking.sortColumns = {{u"ready_date"_s, u"c.ready_date"_s}};
        stocking.defaultSort = u"created_at"_s;
        stocking.authorize = authorizeKeeper;

        Kind shipments{u"shipments"_s, u"shipments"_s};
        Field shippedOn = date(u"shipped_on"_s, true);
        shippedOn.notInFuture = true;
        shipments.fields = {shippedOn, text(u"items"_s, 2000, true), text(u"carrier"_s, 200), text(u"tracking_number"_s, 100),
                            text(u"destination"_s, 200), text(u"notes"_s, 2000)};
        shipments.sortColumns = {{u"shipped_on"_s, u"c.shipped_on"_s}};
        shipments.defaultSort = u"-shipped_on"_s;
        shipments.authorize = authorizeKeeper;
        return QList<Kind>{stocking, shipments};
    }();
    return list;
}

const ParentType &parentType()
{
    static const ParentType contracts{u"/api/v1/contracts"_s, u"contract_id"_s, [](const RequestContext &context, qint64 id) {
                                          const Contract contract = loadVisible(context, id);
                                          return Parent{contract.id, contract.ownerId};
                                      }};
    return contracts;
}

} // namespace

void registerRoutes(Router &router)
{
    ChildRecords::registerRoutes(router, parentType(), kinds());
}

QJsonObject create(RequestContext &context, const QString &kindPath, const Contract &contract, const QJsonObject &document)
{
    const auto kind = std::find_if(kinds().cbegin(), kinds().cend(), [&](const Kind &k) { return k.path == kindPath; });
    Q_ASSERT(kind != kinds().cend());
    return ChildRecords::create(context, parentType(), *kind, {contract.id, contract.ownerId}, document);
}

} // namespace Tradewind::Contracts::Children
