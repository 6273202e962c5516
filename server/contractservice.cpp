#include "contractservice.h"

#include "audit.h"
#include "contractplan.h"
#include "contractsettings.h"
#include "database.h"
#include "listquery.h"
#include "opportunityservice.h"
#include "partnerservice.h"
#include "productservice.h"
#include "quoteservice.h"
#include "roles.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts {

namespace {

const Sql::LineTable ContractItems{u"contract_items"_s, u"contract_id"_s};

/** The fields a PATCH may send: the input fields less what ties the contract to its origin, plus the status. */
QStringList patchFields()
{
    return {u"contract_type"_s, u"amount"_s,        u"signing_date"_s, u"delivery_terms"_s,      u"acceptance_terms"_s,
            u"payment_terms"_s, u"notes"_s,         u"items"_s,        u"status"_s,              u"termination_reason"_s};
}

/** Every column readContract() reads; more JOINs may follow before the WHERE. */
const QString SelectContracts =
    u"SELECT c.id, c.number, c.revision, c.status, c.contract_type, c.customer_id, p.name, c.opportunity_id, o.title, "
    u"c.quote_id, q.number, c.owner_id, e.name, c.currency, c.amount_minor, c.signing_date, c.delivery_terms, "
    u"c.acceptance_terms, c.payment_terms, c.notes, c.termination_reason, c.version, c.created_at, c.updated_at "
    u"FROM contracts c JOIN partners p ON p.id = c.customer_id JOIN employees e ON e.id = c.owner_id "
    u"LEFT JOIN opportunities o ON o.id = c.opportunity_id LEFT JOIN quotes q ON q.id = c.quote_id "_s;

Contract readContract(const Query &query)
{
    int column = 0;
    const auto next = [&] { return query.value(column++); };
    Contract contract;
    contract.id = next().toLongLong();
    contract.number = next().toString();
    contract.revision = next().toInt();
    contract.status = next().toString();
    contract.contractType = next().toString();
    contract.customerId = next().toLongLong();
    contract.customerName = next().toString();
    contract.opportunityId = next().toLongLong();
    contract.opportunityTitle = next().toString();
    contract.quoteId = next().toLongLong();
    contract.quoteNumber = next().toString();
    contract.ownerId = next().toLongLong();
    contract.ownerName = next().toString();
    contract.currency = next().toString();
    contract.amount = Money(next().toLongLong(), contract.currency);
    contract.signingDate = QDate::fromString(next().toString(), Qt::ISODate);
    contract.deliveryTerms = next().toString();
    contract.acceptanceTerms = next().toString();
    contract.paymentTerms = next().toString();
    contract.notes = next().toString();
    contract.terminationReason = next().toString();
    contract.version = next().toLongLong();
    contract.createdAt = Wire::timestampFromWire(next().toString());
    contract.updatedAt = Wire::timestampFromWire(next().toString());
    return contract;
}

std::optional<Contract> findVisible(const RequestContext &context, qint64 contractId)
{
    const Visibility visibility = visibilityOf(context);
    Query query(context.db, SelectContracts + u"WHERE c.id = :id AND "_s + visibility.condition());
    query.bind(u":id"_s, contractId);
    visibility.bind(query);
    query.exec();
    if (!query.next())
        return std::nullopt;
    Contract contract = readContract(query);
    contract.items = Sql::readLines(context.db, ContractItems, contract.id, contract.currency);
    Plan::summarise(contract, Plan::nodesOf(context.db, contract.id), context.now.date());
    return contract;
}

/** The contract's plan as it is now, as audits and versions keep it. */
QJsonArray planJson(const RequestContext &context, const Contract &contract)
{
    return Plan::nodesJson(contract, Plan::nodesOf(context.db, contract.id), context.now.date());
}

/** The audited form: the contract's fields with its plan beside them. */
QJsonObject auditJson(const RequestContext &context, const Contract &contract)
{
    QJsonObject json = contract.toJson();
    json.insert(u"plan"_s, planJson(context, contract));
    return json;
}

Http::Response createdResponse(const Contract &contract)
{
    Http::Response response = contractResponse(201, contract);
    response.setHeader("Location", "/api/v1/contracts/" + QByteArray::number(contract.id));
    return response;
}

// ---------------------------------------------------------------------------------------------------------
// Creation
// ---------------------------------------------------------------------------------------------------------

/** Contract::fromInput with 400 naming the field. */
Contract parsed(const QJsonObject &document)
{
    JsonReader reader(document);
    const std::optional<Contract> contract = Contract::fromInput(reader);
    requireValid(reader);
    return *contract;
}

/** 409 contract_exists when a contract already stems from the quote. */
void requireNoContractFor(const QSqlDatabase &db, qint64 quoteId)
{
    const QVariant existing = Query(db, u"SELECT id FROM contracts WHERE quote_id = :quote"_s).bind(u":quote"_s, quoteId).scalar();
    if (existing.isValid())
        throw ApiException::conflict(u"contract_exists"_s, u"This quote already has a contract"_s)
            .withDetail(u"contract_id"_s, existing.toLongLong());
}

/** 409 contract_exists when the opportunity already has a contract: won business is contracted once. */
void requireNoContractForOpportunity(const QSqlDatabase &db, qint64 opportunityId)
{
    const QVariant existing = Query(db, u"SELECT id FROM contracts WHERE opportunity_id = :id LIMIT 1"_s)
                                  .bind(u":id"_s, opportunityId)
                                  .scalar();
    if (existing.isValid())
        throw ApiException::conflict(u"contract_exists"_s, u"This opportunity already has a contract"_s)
            .withDetail(u"contract_id"_s, existing.toLongLong());
}

/**
 * Checks what a new contract refers to and returns its owner: a visible won quote of the same customer and
 * currency without a contract, a visible won opportunity of the same customer, products that exist.
 */
qint64 checkReferences(const RequestContext &context, const Contract &input)
{
    Partners::requireCustomer(context.db, input.customerId);
    Products::requireProducts(context.db, u"items"_s, input.items);
    qint64 ownerId = 0;
    if (input.opportunityId > 0) {
        std::optional<Opportunity> opportunity;
        try {
            opportunity = Opportunities::loadVisible(context, input.opportunityId);
        } catch (const ApiException &) {
            // Out of reach reads as not there, with the field named.
        }
        if (!opportunity)
            throw ApiException::invalidField(u"opportunity_id"_s, u"No opportunity has id %1"_s.arg(input.opportunityId));
        if (opportunity->customerId != input.customerId)
            throw ApiException::invalidField(u"opportunity_id"_s,
                                             u"Opportunity %1 is for another customer"_s.arg(input.opportunityId));
        if (opportunity->stage != Opportunity::StageWon)
            throw ApiException::conflict(u"not_won"_s, u"Opportunity %1 is not won: only won business becomes a contract"_s
                                                           .arg(input.opportunityId));
        requireNoContractForOpportunity(context.db, opportunity->id);
        ownerId = opportunity->ownerId;
    }
    if (input.quoteId > 0) {
        std::optional<Quote> quote;
        try {
            quote = Quotes::loadVisible(context, input.quoteId);
        } catch (const ApiException &) {
        }
        if (!quote)
            throw ApiException::invalidField(u"quote_id"_s, u"No quote has id %1"_s.arg(input.quoteId));
        if (quote->customerId != input.customerId || quote->currency != input.currency
            || (input.opportunityId > 0 && quote->opportunityId != input.opportunityId))
            throw ApiException::invalidField(u"quote_id"_s, u"Quote %1 is for another customer, currency or opportunity"_s
                                                                .arg(quote->number));
        if (quote->status != Quote::StatusWon)
            throw ApiException::conflict(u"not_won"_s, u"Quote %1 Rev %2 is %3: only a won quote becomes a contract"_s
                                                           .arg(quote->number, quote->revisionLabel(), quote->status));
        requireNoContractFor(context.db, quote->id);
        ownerId = quote->ownerId;
    }
    if (ownerId > 0)
        return ownerId;
    if (!context.caller.hasAnyRole({Roles::Salesperson, Roles::SalesManager}))
        throw ApiException::forbidden(u"Only sales staff create standalone contracts: the creator becomes the owner"_s);
    return context.caller.id;
}

/** The body of POST /quotes/{id}/contract or /opportunities/{id}/contract may set these over the carried-over ones. */
QJsonObject withOverrides(QJsonObject document, RequestContext &context)
{
    JsonReader overrides = context.optionalBody();
    return applyPatch(document, overrides,
                      {u"contract_type"_s, u"signing_date"_s, u"delivery_terms"_s, u"acceptance_terms"_s,
                       u"payment_terms"_s, u"notes"_s});
}

/** The contract type of a kind of opportunity. */
QString contractTypeFor(const QString &opportunityKind)
{
    return opportunityKind == Opportunity::KindSystem ? SettlementRule::TypeSystemProject : SettlementRule::TypeSpareParts;
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response listContracts(RequestContext &context)
{
    static const ListTable table{
        u"contracts"_s,
        u"c"_s,
        {{u"signing_date"_s, {u"c.signing_date"_s, u"c.id"_s}, u"contracts c INDEXED BY contracts_signed"_s},
         {u"updated_at"_s, {u"c.updated_at"_s, u"c.id"_s}, u"contracts c INDEXED BY contracts_updated"_s},
         {u"created_at"_s, {u"c.created_at"_s, u"c.id"_s}, u"contracts c INDEXED BY contracts_created"_s},
         // The index of the UNIQUE number.
         {u"number"_s, {u"c.number"_s, u"c.id"_s}, u"contracts c INDEXED BY sqlite_autoindex_contracts_1"_s},
         {u"status"_s, {u"c.status"_s, u"c.id"_s}, u"contracts c INDEXED BY contracts_status"_s},
         {u"amount"_s, {u"c.amount_minor"_s, u"c.id"_s}, u"contracts c INDEXED BY contracts_amount"_s},
         {u"customer"_s, {u"p.name COLLATE NOCASE"_s, u"p.id"_s, u"c.id"_s},
          u"partners p INDEXED BY partners_name CROSS JOIN contracts c INDEXED BY contracts_customer ON c.customer_id = p.id"_s,
          u"JOIN partners p ON p.id = c.customer_id"_s},
         {u"owner"_s, {u"e.name"_s, u"e.id"_s, u"c.signing_date"_s, u"c.id"_s},
          u"employees e INDEXED BY employees_name CROSS JOIN contracts c INDEXED BY contracts_owner_signed "
          u"ON c.owner_id = e.id"_s,
          u"JOIN employees e ON e.id = c.owner_id"_s}},
        u"-signing_date"_s};
    ListQuery list(context, table);
    list.whereVisible(context.caller, Visibility::Rows::Contracts);
    const auto listParameter = [&](const QString &name, const QString &column, const QStringList &allowed) {
        const QStringList values = context.textQuery(name).split(u',', Qt::SkipEmptyParts);
        QStringList placeholders;
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!allowed.contains(values.at(i)))
                throw ApiException::invalidField(name, u"Parameter '%1' must list some of: %2"_s.arg(name, allowed.join(u", "_s)));
            placeholders.append(u":%1%2"_s.arg(name).arg(i));
        }
        if (!values.isEmpty())
            list.where({column + u" IN ("_s + placeholders.join(u", "_s) + u')', [placeholders, values](Query &query) {
                            for (qsizetype i = 0; i < values.size(); ++i)
                                query.bind(placeholders.at(i), values.at(i));
                        }});
    };
    listParameter(u"status"_s, u"c.status"_s, Contract::statuses());
    listParameter(u"contract_type"_s, u"c.contract_type"_s, SettlementRule::contractTypes());
    for (const QString &column : {u"customer_id"_s, u"owner_id"_s, u"opportunity_id"_s, u"quote_id"_s}) {
        if (const qint64 id = context.idQuery(column); id > 0) {
            const auto bind = [column, id](Query &query) { query.bind(u':' + column, id); };
            list.where({u"c.%1 = :%1"_s.arg(column), bind}, {u"SELECT id FROM contracts WHERE %1 = :%1"_s.arg(column), bind});
        }
    }
    if (const qint64 department = context.idQuery(u"department_id"_s); department > 0) {
        const QString owners = u"owner_id IN (SELECT id FROM employees WHERE department_id = :department)"_s;
        const auto bind = [department](Query &query) { query.bind(u":department"_s, department); };
        list.where({u"c."_s + owners, bind}, {u"SELECT id FROM contracts WHERE "_s + owners, bind});
    }
    const QStringList ids = context.textQuery(u"ids"_s, 4000).split(u',', Qt::SkipEmptyParts);
    if (!ids.isEmpty()) {
        QStringList placeholders;
        QList<qint64> values;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const std::optional<qint64> id = plainId(ids.at(i));
            if (!id || i >= 200)
                throw ApiException::invalidField(u"ids"_s, u"Parameter 'ids' must list at most 200 contract ids"_s);
            placeholders.append(u":id%1"_s.arg(i));
            values.append(*id);
        }
        const QString listed = u"id IN ("_s + placeholders.join(u", "_s) + u')';
        const auto bind = [placeholders, values](Query &query) {
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bind(placeholders.at(i), values.at(i));
        };
        list.where({u"c."_s + listed, bind}, {u"SELECT id FROM contracts WHERE "_s + listed, bind});
    }
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        list.whereText(text, {u"contract_search"_s, {u"number"_s}, u"customer_id"_s});
    const ListQueryPage page = list.run();

    Query query(context.db, SelectContracts + u"WHERE c.id IN (SELECT value FROM json_each(:ids))"_s);
    query.bind(u":ids"_s, page.idsJson()).exec();
    QList<Contract> contracts;
    while (query.next())
        contracts.append(readContract(query));
    const QHash<qint64, QList<PlanNode>> plans =
        Plan::nodesWhere(context.db, u"c.id IN (SELECT value FROM json_each(:ids))"_s,
                         [&page](Query &plan) { plan.bind(u":ids"_s, page.idsJson()); });
    QHash<qint64, QJsonObject> rows;
    for (Contract &contract : contracts) {
        Plan::summarise(contract, plans.value(contract.id), context.now.date());
        QJsonObject json = contract.toJson();
        json.remove(u"items"_s);
        rows.insert(contract.id, json);
    }
    return jsonResponse(200, page.toJson(rows));
}

Http::Response getContract(RequestContext &context)
{
    return contractResponse(200, loadVisible(context, context.idParameter()));
}

Http::Response createContract(RequestContext &context)
{
    JsonReader body = context.body();
    body.rejectUnknownFields(Contract::inputFields());
    requireValid(body);
    Transaction transaction(context.db);
    const Contract contract = create(context, body.object());
    transaction.commit();
    return createdResponse(contract);
}

Http::Response createFromQuote(RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract contract = create(context, withOverrides(documentFromQuote(context, context.idParameter()), context));
    transaction.commit();
    return createdResponse(contract);
}

Http::Response createFromOpportunity(RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract contract = create(context, withOverrides(documentFromOpportunity(context, context.idParameter()), context));
    transaction.commit();
    return createdResponse(contract);
}

/** The status a PATCH asks for must follow the life cycle: draft → active → completed, draft or active → terminated. */
void checkTransition(const Contract &before, const Contract &after)
{
    if (after.status == before.status)
        return;
    const bool allowed = (before.status == Contract::StatusDraft && after.status == Contract::StatusActive)
        || (before.status == Contract::StatusActive && after.status == Contract::StatusCompleted)
        || (after.status == Contract::StatusTerminated
            && (before.status == Contract::StatusDraft || before.status == Contract::StatusActive));
    if (!allowed)
        throw ApiException::conflict(u"wrong_contract_status"_s,
                                     u"Contract %1 is %2 and cannot become %3"_s.arg(before.number, before.status, after.status));
    if (after.status == Contract::StatusTerminated && after.terminationReason.isEmpty())
        throw ApiException::invalidField(u"termination_reason"_s, u"Say why the contract is terminated"_s);
}

Http::Response patchContract(RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract before = loadVisible(context, context.idParameter());
    requireVersion(context.ifMatchVersion(), before.version);
    const Contract stored = edit(context, before, context.body().object());
    transaction.commit();
    return contractResponse(200, stored);
}

Http::Response activateContract(RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract stored = edit(context, loadVisible(context, context.idParameter()), {{u"status"_s, Contract::StatusActive}});
    transaction.commit();
    return contractResponse(200, stored);
}

Http::Response contractHistory(RequestContext &context)
{
    const qint64 id = loadVisible(context, context.idParameter()).id;
    const QJsonArray items = Audit::history(context, u"contract"_s, id);
    return jsonResponse(200, Wire::page(items, items.size()));
}

QJsonObject readVersion(const Query &query)
{
    return {{u"id"_s, query.value(0).toLongLong()},
            {u"revision"_s, query.value(1).toInt()},
            {u"reason"_s, query.value(2).toString()},
            {u"snapshot"_s, QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()},
            {u"created_by"_s, query.value(4).isNull() ? QJsonValue() : QJsonValue(query.value(4).toLongLong())},
            {u"created_by_name"_s, query.value(5).toString()},
            {u"created_at"_s, query.value(6).toString()}};
}

const QString SelectVersions = u"SELECT v.id, v.revision, v.reason, v.snapshot, v.created_by, e.name, v.created_at "
                               u"FROM contract_versions v LEFT JOIN employees e ON e.id = v.created_by "_s;

Http::Response contractVersions(RequestContext &context)
{
    const qint64 id = loadVisible(context, context.idParameter()).id;
    Query query(context.db, SelectVersions + u"WHERE v.contract_id = :id ORDER BY v.id DESC"_s);
    query.bind(u":id"_s, id).exec();
    QJsonArray items;
    while (query.next())
        items.append(readVersion(query));
    return jsonResponse(200, Wire::page(items, items.size()));
}

/** The contract as revision {rev} last stood (its latest snapshot). */
Http::Response contractVersion(RequestContext &context)
{
    const qint64 id = loadVisible(context, context.idParameter()).id;
    Query query(context.db, SelectVersions + u"WHERE v.contract_id = :id AND v.revision = :revision ORDER BY v.id DESC LIMIT 1"_s);
    query.bind(u":id"_s, id).bind(u":revision"_s, context.idParameter(1)).exec();
    if (!query.next())
        throw ApiException::notFound();
    return jsonResponse(200, readVersion(query));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/contracts"_s, listContracts, Router::Access::Authenticated, Router::Cost::HeavyWhenSearching);
    router.add("POST", u"/api/v1/contracts"_s, createContract);
    router.add("GET", u"/api/v1/contracts/{id}"_s, getContract);
    router.add("PATCH", u"/api/v1/contracts/{id}"_s, patchContract);
    router.add("POST", u"/api/v1/contracts/{id}/activate"_s, activateContract);
    router.add("GET", u"/api/v1/contracts/{id}/history"_s, contractHistory);
    router.add("GET", u"/api/v1/contracts/{id}/versions"_s, contractVersions);
    router.add("GET", u"/api/v1/contracts/{id}/versions/{rev}"_s, contractVersion);
    router.add("POST", u"/api/v1/quotes/{id}/contract"_s, createFromQuote);
    router.add("POST", u"/api/v1/opportunities/{id}/contract"_s, createFromOpportunity);
}

Visibility visibilityOf(const RequestContext &context)
{
    return Visibility(context.caller, Visibility::Rows::Contracts, u"c.owner_id"_s);
}

Contract loadVisible(const RequestContext &context, qint64 contractId)
{
    std::optional<Contract> contract = findVisible(context, contractId);
    if (!contract)
        throw ApiException::notFound();
    return *contract;
}

Http::Response contractResponse(int status, const Contract &contract)
{
    return withVersion(jsonResponse(status, contract.toJson()), contract.version);
}

Contract auditedChange(RequestContext &context, qint64 contractId, const QString &action,
                       const std::function<void(const Contract &before)> &change)
{
    const Contract before = loadVisible(context, contractId);
    const QJsonObject beforeJson = auditJson(context, before);
    change(before);
    Plan::refreshSettled(context.db, contractId);
    const Contract after = loadVisible(context, contractId);
    Audit::record(context, u"contract"_s, contractId, action, beforeJson, auditJson(context, after));
    return after;
}

void updateColumns(const RequestContext &context, qint64 contractId, const Sql::Columns &columns)
{
    Sql::update(context.db, u"contracts"_s, contractId, columns, context.now);
}

void writeItems(const QSqlDatabase &db, qint64 contractId, const QList<QuoteLine> &items)
{
    Sql::writeLines(db, ContractItems, contractId, items);
}

void snapshot(const RequestContext &context, qint64 contractId, const QString &reason)
{
    const Contract contract = loadVisible(context, contractId);
    Sql::insert(context.db, u"contract_versions"_s,
                {{u"contract_id"_s, contractId},
                 {u"revision"_s, contract.revision},
                 {u"reason"_s, reason},
                 {u"snapshot"_s, QString::fromUtf8(QJsonDocument(QJsonObject{{u"contract"_s, contract.toJson()},
                                                                             {u"plan"_s, planJson(context, contract)}})
                                                       .toJson(QJsonDocument::Compact))},
                 {u"created_by"_s, context.caller.isAuthenticated() ? QVariant(context.caller.id) : QVariant()},
                 {u"created_at"_s, storedTimestamp(context.now)}});
}

Contract create(RequestContext &context, const QJsonObject &document)
{
    const Contract input = parsed(document);
    const qint64 ownerId = checkReferences(context, input);
    const auto optionalId = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    const qint64 id = Sql::insert(context.db, u"contracts"_s,
                                  {{u"number"_s, ContractSettings::nextNumber(context.db, input.signingDate)},
                                   {u"status"_s, Contract::StatusDraft},
                                   {u"contract_type"_s, input.contractType},
                                   {u"customer_id"_s, input.customerId},
                                   {u"opportunity_id"_s, optionalId(input.opportunityId)},
                                   {u"quote_id"_s, optionalId(input.quoteId)},
                                   {u"owner_id"_s, ownerId},
                                   {u"currency"_s, input.currency},
                                   {u"amount_minor"_s, input.amount.minorUnits()},
                                   {u"signing_date"_s, Wire::dateToWire(input.signingDate)},
                                   {u"delivery_terms"_s, input.deliveryTerms},
                                   {u"acceptance_terms"_s, input.acceptanceTerms},
                                   {u"payment_terms"_s, input.paymentTerms},
                                   {u"notes"_s, input.notes},
                                   {u"created_at"_s, storedTimestamp(context.now)},
                                   {u"updated_at"_s, storedTimestamp(context.now)}});
    writeItems(context.db, id, input.items);
    Plan::insertGenerated(context.db, id,
                          SettlementPlan::generate(ContractSettings::ruleFor(context.db, input.contractType), input.amount,
                                                   input.signingDate));
    Plan::refreshSettled(context.db, id);
    const Contract stored = loadVisible(context, id);
    Audit::record(context, u"contract"_s, id, u"create"_s, {}, auditJson(context, stored));
    snapshot(context, id, u"created"_s);
    return stored;
}

QJsonObject documentFromQuote(const RequestContext &context, qint64 quoteId)
{
    const Quote quote = Quotes::loadVisible(context, quoteId);
    if (quote.status != Quote::StatusWon)
        throw ApiException::conflict(u"not_won"_s, u"Quote %1 Rev %2 is %3: only a won quote becomes a contract"_s
                                                       .arg(quote.number, quote.revisionLabel(), quote.status));
    requireNoContractFor(context.db, quote.id);
    QJsonArray items;
    for (const QuoteLine &line : quote.lines)
        items.append(line.toJson());
    QStringList delivery{quote.incoterm + (quote.deliveryPlace.isEmpty() ? QString() : u' ' + quote.deliveryPlace)};
    if (!quote.leadTime.isEmpty())
        delivery.append(quote.leadTime);
    QJsonObject document{{u"contract_type"_s, contractTypeFor(quote.opportunityKind)},
                         {u"customer_id"_s, quote.customerId},
                         {u"quote_id"_s, quote.id},
                         {u"amount"_s, quote.totals.total.toJson()},
                         {u"signing_date"_s, Wire::dateToWire(context.now.date())},
                         {u"delivery_terms"_s, delivery.join(u"; "_s)},
                         {u"payment_terms"_s, quote.paymentTerms},
                         {u"items"_s, items}};
    if (quote.opportunityId > 0)
        document.insert(u"opportunity_id"_s, quote.opportunityId);
    return document;
}

QJsonObject documentFromOpportunity(const RequestContext &context, qint64 opportunityId)
{
    const Opportunity opportunity = Opportunities::loadVisible(context, opportunityId);
    if (opportunity.stage != Opportunity::StageWon)
        throw ApiException::conflict(u"not_won"_s, u"Opportunity %1 is %2: only won business becomes a contract"_s
                                                       .arg(opportunity.title, opportunity.stage));
    if (opportunity.latestQuote && opportunity.latestQuote->status == Quote::StatusWon)
        return documentFromQuote(context, opportunity.latestQuote->id);
    requireNoContractForOpportunity(context.db, opportunity.id);
    return {{u"contract_type"_s, contractTypeFor(opportunity.kind)},
            {u"customer_id"_s, opportunity.customerId},
            {u"opportunity_id"_s, opportunity.id},
            {u"amount"_s, opportunity.amount.toJson()},
            {u"signing_date"_s, Wire::dateToWire(context.now.date())}};
}

Contract edit(RequestContext &context, const Contract &before, const QJsonObject &changes)
{
    JsonReader patch(changes);
    QJsonObject merged = applyPatch(before.toJson(), patch, patchFields());
    const QString status = merged.value(u"status"_s).toString();
    if (!Contract::statuses().contains(status))
        throw ApiException::invalidField(u"status"_s, u"Field 'status' must be one of: %1"_s.arg(Contract::statuses().join(u", "_s)));
    JsonReader reasonReader(merged);
    const QString reason = reasonReader.string(u"termination_reason"_s, JsonReader::Presence::Optional, 1000).value_or(QString());
    requireValid(reasonReader);
    Contract input = parsed(merged);
    input.status = status;
    input.terminationReason = reason;
    checkTransition(before, input);
    if (input.currency != before.currency)
        throw ApiException::invalidField(u"amount"_s, u"Contract %1 is in %2 and stays in it"_s.arg(before.number, before.currency));
    const bool termsChanged = input.contractType != before.contractType || input.amount != before.amount
        || input.signingDate != before.signingDate || input.deliveryTerms != before.deliveryTerms
        || input.acceptanceTerms != before.acceptanceTerms || input.paymentTerms != before.paymentTerms
        || patch.has(u"items"_s);
    if (termsChanged && before.status != Contract::StatusDraft)
        throw ApiException::conflict(u"contract_not_editable"_s,
                                     u"Contract %1 is %2: its amount, items and terms change through a contract change"_s
                                         .arg(before.number, before.status));
    if (!isKeeper(context, before.ownerId))
        throw ApiException::forbidden(u"Only the owner, their supervisors and contract administrators edit a contract"_s);
    return auditedChange(context, before.id, u"update"_s, [&](const Contract &) {
        if (input.contractType != before.contractType) {
            const QList<PlanNode> nodes = Plan::nodesOf(context.db, before.id);
            if (std::any_of(nodes.cbegin(), nodes.cend(), [](const PlanNode &node) { return node.settled().minorUnits() > 0; }))
                throw ApiException::conflict(u"plan_settled"_s, u"Part of the plan is invoiced or paid: the contract type "
                                                                u"can no longer change"_s);
            Query(context.db, u"DELETE FROM plan_nodes WHERE contract_id = :id"_s).bind(u":id"_s, before.id).exec();
            Plan::insertGenerated(context.db, before.id,
                                  SettlementPlan::generate(ContractSettings::ruleFor(context.db, input.contractType),
                                                           input.amount, input.signingDate));
        } else if (input.amount != before.amount) {
            Plan::respread(context.db, before, input.amount, u"amount"_s);
        }
        if (patch.has(u"items"_s))
            writeItems(context.db, before.id, input.items);
        updateColumns(context, before.id,
                      {{u"status"_s, input.status},
                       {u"contract_type"_s, input.contractType},
                       {u"amount_minor"_s, input.amount.minorUnits()},
                       {u"signing_date"_s, Wire::dateToWire(input.signingDate)},
                       {u"delivery_terms"_s, input.deliveryTerms},
                       {u"acceptance_terms"_s, input.acceptanceTerms},
                       {u"payment_terms"_s, input.paymentTerms},
                       {u"notes"_s, input.notes},
                       {u"termination_reason"_s, input.terminationReason}});
    });
}

void requireOpen(const Contract &contract)
{
    if (contract.status != Contract::StatusDraft && contract.status != Contract::StatusActive)
        throw ApiException::conflict(u"contract_closed"_s,
                                     u"Contract %1 is %2: it no longer changes"_s.arg(contract.number, contract.status));
}

bool isKeeper(const RequestContext &context, qint64 ownerId)
{
    return context.caller.id == ownerId || context.caller.hasRole(Roles::ContractAdmin)
        || Visibility::isAbove(context.db, context.caller, ownerId);
}

bool recordsMoney(const Caller &caller)
{
    return caller.hasAnyRole({Roles::Finance, Roles::Executive});
}

} // namespace Tradewind::Contracts
