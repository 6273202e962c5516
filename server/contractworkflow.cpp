#include "contractworkflow.h"

#include "approvals.h"
#include "audit.h"
#include "contractplan.h"
#include "contractservice.h"
#include "database.h"
#include "notifications.h"
#include "orgservice.h"
#include "productservice.h"
#include "roles.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Workflow {

namespace {

constexpr int MaxTermsLength = 2000;

/** A kind of request on a contract, decided by an approver. Table and column names come only from the code. */
struct RequestKind
{
    QString path;            ///< under /contracts/{id}/
    QString table;
    QString requesterColumn; ///< who asked; its JSON twin ends in _name
    QString notificationPrefix;
    QString auditAction;     ///< the contract's history entry of an approval
    QString snapshotReason;  ///< a version of the contract is kept after an approval (empty: none)
    QString subjectColumn;   ///< what the approvals inbox searches besides the contract's number and customer
    QStringList columns;     ///< read after the common columns, in this order
    /** Adds the kind's fields, read from the query from column first on, to the request's JSON. */
    std::function<void(QJsonObject &, const Query &, int first, const QString &currency)> readColumns;
    /** Validates a submission and returns the kind's columns to store. */
    std::function<Sql::Columns(const RequestContext &, const Contract &, JsonReader &)> readSubmission;
    /** Who decides besides the owner's supervisors (and executives, who are above everyone). */
    QStringList decidingRoles;
    QString decidersText;
    /** What an approval does to the contract, inside its audited change (empty: nothing beyond the decision). */
    std::function<void(RequestContext &, const Contract &, const QJsonObject &request)> applyApproval;
};

/** Every column readRequest() reads, then extraColumns; more JOINs may follow before the WHERE. */
QString selectSql(const RequestKind &kind, const QStringList &extraColumns = {})
{
    QStringList columns{u"r.id"_s,         u"r.contract_id"_s, u"r.status"_s,  u"r."_s + kind.requesterColumn,
                        u"re.name"_s,      u"r.decided_by"_s,  u"de.name"_s,   u"r.decided_at"_s,
                        u"r.comment"_s,    u"r.version"_s,     u"r.created_at"_s, u"r.updated_at"_s};
    for (const QString &column : kind.columns)
        columns.append(u"r."_s + column);
    return u"SELECT "_s + (columns + extraColumns).join(u", "_s) + u" FROM "_s + kind.table
        + u" r JOIN employees re ON re.id = r."_s + kind.requesterColumn + u" LEFT JOIN employees de ON de.id = r.decided_by "_s;
}
constexpr int CommonColumns = 12;

QJsonValue nullableText(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonObject readRequest(const RequestKind &kind, const Query &query, const QString &currency)
{
    QJsonObject request{{u"id"_s, query.value(0).toLongLong()},
                        {u"contract_id"_s, query.value(1).toLongLong()},
                        {u"status"_s, query.value(2).toString()},
                        {kind.requesterColumn, query.value(3).toLongLong()},
                        {kind.requesterColumn + u"_name"_s, query.value(4).toString()},
                        {u"decided_by"_s, query.value(5).isNull() ? QJsonValue() : QJsonValue(query.value(5).toLongLong())},
                        {u"decided_by_name"_s, query.value(6).toString()},
                        {u"decided_at"_s, nullableText(query.value(7))},
                        {u"comment"_s, query.value(8).toString()},
                        {u"version"_s, query.value(9).toLongLong()},
                        {u"created_at"_s, query.value(10).toString()},
                        {u"updated_at"_s, query.value(11).toString()}};
    kind.readColumns(request, query, CommonColumns, currency);
    return request;
}

QJsonObject loadRequest(const RequestContext &context, const RequestKind &kind, const Contract &contract, qint64 requestId)
{
    Query query(context.db, selectSql(kind) + u"WHERE r.id = :id AND r.contract_id = :contract"_s);
    query.bind(u":id"_s, requestId).bind(u":contract"_s, contract.id).exec();
    if (!query.next())
        throw ApiException::notFound();
    return readRequest(kind, query, contract.currency);
}

void notifyAbout(const RequestContext &context, const RequestKind &kind, const Contract &contract, qint64 employeeId,
                 const QString &event, const QJsonObject &request)
{
    QJsonObject details{{u"contract_id"_s, contract.id},
                        {u"number"_s, contract.number},
                        {u"customer_name"_s, contract.customerName},
                        {u"owner_id"_s, contract.ownerId},
                        {u"owner_name"_s, contract.ownerName},
                        {u"by_id"_s, context.caller.id},
                        {u"by_name"_s, context.caller.name},
                        {u"request"_s, request}};
    Notifications::notify(context.db, employeeId, kind.notificationPrefix + u'_' + event,
                          Notifications::Subject::contract(contract.id, contract.opportunityId), details, context.now);
}

// ---------------------------------------------------------------------------------------------------------
// Milestones and changes
// ---------------------------------------------------------------------------------------------------------

/** The triggers a milestone reports: signing is the contract's own date, a fixed date needs no report. */
QStringList milestoneTriggers()
{
    QStringList triggers = SettlementTrigger::all();
    triggers.removeAll(SettlementTrigger::Signing);
    triggers.removeAll(SettlementTrigger::FixedDate);
    return triggers;
}

Sql::Columns readMilestone(const RequestContext &context, const Contract &contract, JsonReader &body)
{
    using P = JsonReader::Presence;
    body.rejectUnknownFields({u"trigger"_s, u"achieved_on"_s, u"evidence"_s});
    const QString trigger = body.choice(u"trigger"_s, P::Required, milestoneTriggers()).value_or(QString());
    const QDate achievedOn = body.date(u"achieved_on"_s, P::Required).value_or(QDate());
    if (body.ok() && achievedOn > context.now.date())
        body.fail(u"achieved_on"_s, u"Field 'achieved_on' must not be after today"_s);
    const QString evidence = body.string(u"evidence"_s, P::Required, 2000).value_or(QString());
    requireValid(body);
    const bool reported = Query(context.db, u"SELECT 1 FROM milestones WHERE contract_id = :contract AND trigger = :trigger "
                                            u"AND status IN ('submitted', 'approved')"_s)
                              .bind(u":contract"_s, contract.id)
                              .bind(u":trigger"_s, trigger)
                              .scalar()
                              .isValid();
    if (reported)
        throw ApiException::conflict(u"milestone_exists"_s,
                                     u"This milestone is already reported for contract %1"_s.arg(contract.number));
    return {{u"trigger"_s, trigger}, {u"achieved_on"_s, Wire::dateToWire(achievedOn)}, {u"evidence"_s, evidence}};
}

/** A change's new items: valid quote lines in the contract's currency, of products that exist. */
QList<QuoteLine> readItems(const QSqlDatabase &db, JsonReader &body, const QJsonArray &array, const QString &currency)
{
    const QList<QuoteLine> items = QuoteLine::listFromInput(body, u"new_items"_s, array, currency);
    requireValid(body);
    Products::requireProducts(db, u"new_items"_s, items);
    return items;
}

Sql::Columns readChange(const RequestContext &context, const Contract &contract, JsonReader &body)
{
    using P = JsonReader::Presence;
    const QStringList terms{u"new_delivery_terms"_s, u"new_acceptance_terms"_s, u"new_payment_terms"_s};
    body.rejectUnknownFields(QStringList{u"reason"_s, u"new_amount"_s, u"new_items"_s} + terms);
    const QString reason = body.string(u"reason"_s, P::Required, 2000).value_or(QString());
    const std::optional<Money> amount = body.money(u"new_amount"_s, P::Optional);
    if (amount && (amount->currency() != contract.currency || amount->minorUnits() <= 0))
        body.fail(u"new_amount"_s, u"The new amount must be positive, in %1"_s.arg(contract.currency));
    const std::optional<QJsonArray> itemArray = body.array(u"new_items"_s, P::Optional, Quote::MaxLines);
    Sql::Columns columns{{u"reason"_s, reason},
                         {u"new_amount_minor"_s, amount ? QVariant(amount->minorUnits()) : QVariant()},
                         {u"from_revision"_s, contract.revision}};
    bool anyTerms = false;
    for (const QString &field : terms) {
        const std::optional<QString> text = body.string(field, P::Optional, MaxTermsLength);
        anyTerms = anyTerms || text.has_value();
        columns.append({field, text ? QVariant(*text) : QVariant()});
    }
    requireValid(body);
    if (itemArray) {
        QJsonArray items;
        for (const QuoteLine &item : readItems(context.db, body, *itemArray, contract.currency))
            items.append(item.toJson());
        columns.append({u"new_items"_s, QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))});
    }
    if (!amount && !itemArray && !anyTerms)
        throw ApiException::invalidField(u"new_amount"_s, u"A change asks for a new amount, new items or new terms"_s);
    if (amount) {
        // Refused now rather than at the approval: what is invoiced or received stays.
        Money settled = Money::zero(contract.currency);
        for (const PlanNode &node : Plan::nodesOf(context.db, contract.id))
            settled += node.settled();
        if (*amount < settled)
            throw ApiException::invalidField(u"new_amount"_s, u"%1 %2 is already invoiced or received: the amount cannot be less"_s
                                                                  .arg(settled.toDecimalString(), contract.currency));
    }
    return columns;
}

/** An approved change: the plan re-spread over a new amount, new items and terms, and the next revision. */
void applyChange(RequestContext &context, const Contract &contract, const QJsonObject &change)
{
    requireOpen(contract);
    Sql::Columns columns{{u"revision"_s, contract.revision + 1}};
    if (const auto amount = Money::fromJson(change.value(u"new_amount"_s))) {
        Plan::respread(context.db, contract, *amount, u"new_amount"_s);
        columns.append({u"amount_minor"_s, amount->minorUnits()});
    }
    if (change.value(u"new_items"_s).isArray()) {
        QList<QuoteLine> items;
        for (const QJsonValue &item : change.value(u"new_items"_s).toArray())
            items.append(QuoteLine::fromJson(item.toObject()));
        writeItems(context.db, contract.id, items);
    }
    for (const QString &field : {u"delivery_terms"_s, u"acceptance_terms"_s, u"payment_terms"_s})
        if (change.value(u"new_"_s + field).isString())
            columns.append({field, change.value(u"new_"_s + field).toString()});
    updateColumns(context, contract.id, columns);
}

const RequestKind &milestones()
{
    static const RequestKind kind{
        u"milestones"_s,
        u"milestones"_s,
        u"submitted_by"_s,
        u"milestone"_s,
        u"milestone"_s,
        QString(),
        u"evidence"_s,
        {u"trigger"_s, u"achieved_on"_s, u"evidence"_s},
        [](QJsonObject &json, const Query &query, int first, const QString &) {
            json.insert(u"trigger"_s, query.value(first).toString());
            json.insert(u"achieved_on"_s, query.value(first + 1).toString());
            json.insert(u"evidence"_s, query.value(first + 2).toString());
        },
        readMilestone,
        {Roles::ContractAdmin},
        u"the owner's supervisors and contract administration"_s,
        {}};
    return kind;
}

const RequestKind &changes()
{
    static const RequestKind kind{
        u"changes"_s,
        u"contract_changes"_s,
        u"requested_by"_s,
        u"contract_change"_s,
        u"change"_s,
        u"change"_s,
        u"reason"_s,
        {u"reason"_s, u"new_amount_minor"_s, u"new_items"_s, u"new_delivery_terms"_s, u"new_acceptance_terms"_s,
         u"new_payment_terms"_s, u"from_revision"_s},
        [](QJsonObject &json, const Query &query, int first, const QString &currency) {
            json.insert(u"reason"_s, query.value(first).toString());
            json.insert(u"new_amount"_s, query.value(first + 1).isNull()
                                             ? QJsonValue()
                                             : QJsonValue(Money(query.value(first + 1).toLongLong(), currency).toJson()));
            json.insert(u"new_items"_s, query.value(first + 2).isNull()
                                            ? QJsonValue()
                                            : QJsonValue(QJsonDocument::fromJson(query.value(first + 2).toString().toUtf8()).array()));
            json.insert(u"new_delivery_terms"_s, nullableText(query.value(first + 3)));
            json.insert(u"new_acceptance_terms"_s, nullableText(query.value(first + 4)));
            json.insert(u"new_payment_terms"_s, nullableText(query.value(first + 5)));
            json.insert(u"from_revision"_s, query.value(first + 6).toInt());
        },
        readChange,
        {},
        u"the owner's supervisors"_s,
        applyChange};
    return kind;
}

/** Whether the caller decides the kind's requests on the contract: a deciding role, or above its owner. */
bool mayDecide(const RequestKind &kind, const RequestContext &context, const Contract &contract)
{
    return context.caller.hasAnyRole(kind.decidingRoles) || Visibility::isAbove(context.db, context.caller, contract.ownerId);
}

/**
 * The kind's requests waiting for the caller's decision, for the approvals inbox: submitted by someone else on a
 * contract the caller reaches and decides (mayDecide() as SQL: a deciding role, or above the owner).
 */
Approvals::Source approvalSource(const RequestContext &context, const RequestKind &kind)
{
    const Visibility visibility = visibilityOf(context);
    const std::optional<Visibility> deciders =
        context.caller.hasAnyRole(kind.decidingRoles) ? std::nullopt : std::optional(Visibility::below(context.caller, u"c.owner_id"_s));
    const QString contractJoins = u"JOIN contracts c ON c.id = r.contract_id JOIN partners p ON p.id = c.customer_id "
                                  u"JOIN employees oe ON oe.id = c.owner_id "_s;
    const QString waiting = u"r.status = 'submitted' AND r."_s + kind.requesterColumn + u" <> :caller AND "_s
        + visibility.condition() + (deciders ? u" AND "_s + deciders->condition() : QString());
    Approvals::Source source;
    source.kind = kind.notificationPrefix;
    source.select = u"SELECT '"_s + kind.notificationPrefix
        + u"' AS kind, r.id AS id, r.created_at AS submitted_at, r.created_at AS created_at, "
          u"r.updated_at AS updated_at, c.number AS number, p.name AS customer, oe.name AS owner, r."_s
        + kind.subjectColumn + u" AS subject FROM "_s + kind.table + u" r "_s + contractJoins + u"WHERE "_s + waiting;
    source.bind = [visibility, deciders, caller = context.caller.id](Query &query) {
        visibility.bind(query);
        if (deciders)
            deciders->bind(query);
        query.bind(u":caller"_s, caller);
    };
    source.items = [&context, &kind, contractJoins, visibility](const QList<qint64> &ids) {
        QStringList placeholders;
        for (qsizetype i = 0; i < ids.size(); ++i)
            placeholders.append(u":id%1"_s.arg(i));
        const QStringList contractColumns{u"c.currency"_s, u"c.number"_s, u"c.customer_id"_s, u"p.name"_s, u"c.owner_id"_s,
                                          u"oe.name"_s};
        Query query(context.db, selectSql(kind, contractColumns) + contractJoins + u"WHERE r.id IN ("_s
                                    + placeholders.join(u", "_s) + u") AND "_s + visibility.condition());
        for (qsizetype i = 0; i < ids.size(); ++i)
            query.bind(placeholders.at(i), ids.at(i));
        visibility.bind(query);
        query.exec();
        QList<QJsonObject> items;
        const int first = CommonColumns + int(kind.columns.size());
        while (query.next()) {
            QJsonObject item = readRequest(kind, query, query.value(first).toString());
            item.insert(u"kind"_s, kind.notificationPrefix);
            item.insert(u"submitted_at"_s, item.value(u"created_at"_s));
            item.insert(u"contract_number"_s, query.value(first + 1).toString());
            item.insert(u"customer_id"_s, query.value(first + 2).toLongLong());
            item.insert(u"customer_name"_s, query.value(first + 3).toString());
            item.insert(u"owner_id"_s, query.value(first + 4).toLongLong());
            item.insert(u"owner_name"_s, query.value(first + 5).toString());
            items.append(item);
        }
        return items;
    };
    return source;
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response requestResponse(int status, const QJsonObject &request)
{
    return withVersion(jsonResponse(status, request), request.value(u"version"_s).toInteger());
}

Http::Response listRequests(const RequestKind &kind, RequestContext &context)
{
    const Contract contract = loadVisible(context, context.idParameter());
    const Paging paging = context.paging({{u"created_at"_s, u"r.created_at"_s}, {u"status"_s, u"r.status"_s}}, u"-created_at"_s,
                                         u"r.id"_s);
    const qint64 total = Query(context.db, u"SELECT COUNT(*) FROM "_s + kind.table + u" WHERE contract_id = :contract"_s)
                             .bind(u":contract"_s, contract.id)
                             .scalar()
                             .toLongLong();
    Query query(context.db, selectSql(kind) + u"WHERE r.contract_id = :contract ORDER BY "_s + paging.orderBy
                                + u" LIMIT :limit OFFSET :offset"_s);
    query.bind(u":contract"_s, contract.id).bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readRequest(kind, query, contract.currency));
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getRequest(const RequestKind &kind, RequestContext &context)
{
    const Contract contract = loadVisible(context, context.idParameter());
    return requestResponse(200, loadRequest(context, kind, contract, context.idParameter(1)));
}

const RequestKind &kindAt(const QString &path)
{
    return path == milestones().path ? milestones() : changes();
}

QJsonObject submitRequest(RequestContext &context, const RequestKind &kind, const Contract &contract, const QJsonObject &document)
{
    if (!isKeeper(context, contract.ownerId))
        throw ApiException::forbidden(u"Only the contract's owner, their supervisors and contract administrators ask for this"_s);
    requireOpen(contract);
    JsonReader body(document);
    Sql::Columns columns = kind.readSubmission(context, contract, body);
    columns += Sql::Columns{{u"contract_id"_s, contract.id},
                            {u"status"_s, u"submitted"_s},
                            {kind.requesterColumn, context.caller.id},
                            {u"created_at"_s, storedTimestamp(context.now)},
                            {u"updated_at"_s, storedTimestamp(context.now)}};
    const qint64 id = Sql::insert(context.db, kind.table, columns);
    const QJsonObject stored = loadRequest(context, kind, contract, id);
    Audit::record(context, kind.table, id, u"create"_s, {}, stored);
    if (const qint64 approver = Org::supervisorOf(context.db, contract.ownerId); approver > 0 && approver != context.caller.id)
        notifyAbout(context, kind, contract, approver, u"submitted"_s, stored);
    return stored;
}

QJsonObject decideRequest(RequestContext &context, const RequestKind &kind, const Contract &contract, qint64 requestId,
                          bool approve, const QString &comment)
{
    const QJsonObject before = loadRequest(context, kind, contract, requestId);
    if (before.value(u"status"_s).toString() != u"submitted"_s)
        throw ApiException::conflict(u"request_decided"_s, u"This request is %1 already"_s.arg(before.value(u"status"_s).toString()));
    const qint64 requester = before.value(kind.requesterColumn).toInteger();
    if (requester == context.caller.id)
        throw ApiException::forbidden(u"Nobody decides their own request"_s);
    if (!mayDecide(kind, context, contract))
        throw ApiException::forbidden(u"This is decided by %1"_s.arg(kind.decidersText));
    const auto decide = [&] {
        Sql::update(context.db, kind.table, requestId,
                    {{u"status"_s, approve ? u"approved"_s : u"rejected"_s},
                     {u"decided_by"_s, context.caller.id},
                     {u"decided_at"_s, storedTimestamp(context.now)},
                     {u"comment"_s, comment}},
                    context.now);
    };
    if (approve) {
        auditedChange(context, contract.id, kind.auditAction, [&](const Contract &current) {
            decide();
            if (kind.applyApproval)
                kind.applyApproval(context, current, before);
        });
        if (!kind.snapshotReason.isEmpty())
            snapshot(context, contract.id, kind.snapshotReason);
    } else {
        decide();
    }
    const QJsonObject after = loadRequest(context, kind, contract, requestId);
    Audit::record(context, kind.table, requestId, approve ? u"approve"_s : u"reject"_s, before, after);
    notifyAbout(context, kind, contract, requester, approve ? u"approved"_s : u"rejected"_s, after);
    return after;
}

Http::Response submitHandler(const RequestKind &kind, RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract contract = loadVisible(context, context.idParameter());
    const QJsonObject stored = submitRequest(context, kind, contract, context.body().object());
    transaction.commit();
    Http::Response response = requestResponse(201, stored);
    response.setHeader("Location", u"/api/v1/contracts/%1/%2/%3"_s.arg(contract.id).arg(kind.path)
                                       .arg(stored.value(u"id"_s).toInteger())
                                       .toUtf8());
    return response;
}

Http::Response decideHandler(const RequestKind &kind, RequestContext &context, bool approve)
{
    JsonReader body = context.optionalBody();
    body.rejectUnknownFields({u"comment"_s});
    const QString comment =
        body.string(u"comment"_s, approve ? JsonReader::Presence::Optional : JsonReader::Presence::Required, 2000).value_or(QString());
    requireValid(body);
    Transaction transaction(context.db);
    const Contract contract = loadVisible(context, context.idParameter());
    const QJsonObject after = decideRequest(context, kind, contract, context.idParameter(1), approve, comment);
    transaction.commit();
    return requestResponse(200, after);
}

} // namespace

void registerRoutes(Router &router)
{
    for (const RequestKind *kind : {&milestones(), &changes()}) {
        const QString collection = u"/api/v1/contracts/{id}/"_s + kind->path;
        const QString item = collection + u"/{request_id}"_s;
        router.add("GET", collection, [kind](RequestContext &context) { return listRequests(*kind, context); });
        router.add("POST", collection, [kind](RequestContext &context) { return submitHandler(*kind, context); });
        router.add("GET", item, [kind](RequestContext &context) { return getRequest(*kind, context); });
        router.add("POST", item + u"/approve"_s, [kind](RequestContext &context) { return decideHandler(*kind, context, true); });
        router.add("POST", item + u"/reject"_s, [kind](RequestContext &context) { return decideHandler(*kind, context, false); });
    }
}

QList<Approvals::Source> approvalSources(const RequestContext &context)
{
    return {approvalSource(context, milestones()), approvalSource(context, changes())};
}

QJsonObject submit(RequestContext &context, const QString &kind, qint64 contractId, const QJsonObject &document)
{
    return submitRequest(context, kindAt(kind), loadVisible(context, contractId), document);
}

QJsonObject decide(RequestContext &context, const QString &kind, qint64 contractId, qint64 requestId, bool approve,
                   const QString &comment)
{
    return decideRequest(context, kindAt(kind), loadVisible(context, contractId), requestId, approve, comment);
}

} // namespace Tradewind::Contracts::Workflow
