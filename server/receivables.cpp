#include "receivables.h"

#include "audit.h"
#include "contractplan.h"
#include "contractservice.h"
#include "database.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Receivables {

namespace {

constexpr int MaxAllocations = 50;
constexpr qint64 MaxRateMicros = 1'000'000'000'000;
constexpr qint64 UnitRateMicros = 1'000'000;
const QStringList PaymentMethods = {u"bank_transfer"_s, u"letter_of_credit"_s, u"bank_acceptance"_s, u"cash"_s, u"other"_s};

/** Invoices and payments, read alike: a table of records with their allocations to plan nodes. */
struct Ledger
{
    QString path;
    QString table;
    QString allocationTable;
    QString parentColumn; ///< of the allocation rows
    QString dateColumn;
    QString select;       ///< the record's columns after id, contract_id, created_by, creator, created_at
    QString allocationExtra; ///< one more allocation column (or '')
    std::function<void(QJsonObject &, const Query &, const QString &currency)> read;
};

const Ledger &invoices()
{
    static const Ledger ledger{
        u"invoices"_s,
        u"invoices"_s,
        u"invoice_allocations"_s,
        u"invoice_id"_s,
        u"issued_on"_s,
        u"r.number, r.issued_on, r.amount_minor, r.tax_minor, r.notes, "
        u"(SELECT COALESCE(SUM(pa.amount_minor), 0) FROM payment_allocations pa WHERE pa.invoice_id = r.id)"_s,
        u"''"_s,
        [](QJsonObject &json, const Query &query, const QString &currency) {
            json.insert(u"number"_s, query.value(5).toString());
            json.insert(u"issued_on"_s, query.value(6).toString());
            json.insert(u"amount"_s, Money(query.value(7).toLongLong(), currency).toJson());
            json.insert(u"tax"_s, Money(query.value(8).toLongLong(), currency).toJson());
            json.insert(u"notes"_s, query.value(9).toString());
            json.insert(u"received"_s, Money(query.value(10).toLongLong(), currency).toJson());
        }};
    return ledger;
}

const Ledger &payments()
{
    static const Ledger ledger{
        u"payments"_s,
        u"payments"_s,
        u"payment_allocations"_s,
        u"payment_id"_s,
        u"received_on"_s,
        u"r.received_on, r.amount_minor, r.currency, r.rate_micros, r.amount_contract_minor, r.method, r.bank_reference, "
        u"r.notes, (SELECT COALESCE(SUM(pa.amount_minor), 0) FROM payment_allocations pa WHERE pa.payment_id = r.id)"_s,
        u"(SELECT i.number FROM invoices i WHERE i.id = a.invoice_id)"_s,
        [](QJsonObject &json, const Query &query, const QString &currency) {
            json.insert(u"received_on"_s, query.value(5).toString());
            json.insert(u"amount"_s, Money(query.value(6).toLongLong(), query.value(7).toString()).toJson());
            json.insert(u"rate_micros"_s, query.value(8).toLongLong());
            const Money converted(query.value(9).toLongLong(), currency);
            json.insert(u"amount_contract"_s, converted.toJson());
            json.insert(u"method"_s, query.value(10).toString());
            json.insert(u"bank_reference"_s, query.value(11).toString());
            json.insert(u"notes"_s, query.value(12).toString());
            const Money allocated(query.value(13).toLongLong(), currency);
            json.insert(u"allocated"_s, allocated.toJson());
            json.insert(u"unallocated"_s, (converted - allocated).toJson());
        }};
    return ledger;
}

QString selectSql(const Ledger &ledger)
{
    return u"SELECT r.id, r.contract_id, r.created_by, e.name, r.created_at, "_s + ledger.select + u" FROM "_s + ledger.table
        + u" r LEFT JOIN employees e ON e.id = r.created_by "_s;
}

QJsonObject readRecord(const RequestContext &context, const Ledger &ledger, const Query &query, const QString &currency)
{
    QJsonObject record{{u"id"_s, query.value(0).toLongLong()},
                       {u"contract_id"_s, query.value(1).toLongLong()},
                       {u"created_by"_s, query.value(2).isNull() ? QJsonValue() : QJsonValue(query.value(2).toLongLong())},
                       {u"created_by_name"_s, query.value(3).toString()},
                       {u"created_at"_s, query.value(4).toString()}};
    ledger.read(record, query, currency);
    const bool toInvoices = ledger.allocationTable == u"payment_allocations"_s;
    Query allocations(context.db, u"SELECT a.node_id, n.name, a.amount_minor, "_s
                                      + (toInvoices ? u"a.invoice_id"_s : u"NULL"_s) + u", "_s + ledger.allocationExtra
                                      + u" FROM "_s + ledger.allocationTable + u" a JOIN plan_nodes n ON n.id = a.node_id WHERE a."_s
                                      + ledger.parentColumn + u" = :id ORDER BY a.id"_s);
    allocations.bind(u":id"_s, record.value(u"id"_s).toInteger()).exec();
    QJsonArray array;
    while (allocations.next()) {
        QJsonObject allocation{{u"node_id"_s, allocations.value(0).toLongLong()},
                               {u"node_name"_s, allocations.value(1).toString()},
                               {u"amount"_s, Money(allocations.value(2).toLongLong(), currency).toJson()}};
        if (toInvoices) {
            allocation.insert(u"invoice_id"_s, allocations.value(3).isNull() ? QJsonValue() : QJsonValue(allocations.value(3).toLongLong()));
            allocation.insert(u"invoice_number"_s, allocations.value(4).toString());
        }
        array.append(allocation);
    }
    record.insert(u"allocations"_s, array);
    return record;
}

QJsonObject loadRecord(const RequestContext &context, const Ledger &ledger, const Contract &contract, qint64 id)
{
    Query query(context.db, selectSql(ledger) + u"WHERE r.id = :id AND r.contract_id = :contract"_s);
    query.bind(u":id"_s, id).bind(u":contract"_s, contract.id).exec();
    if (!query.next())
        throw ApiException::notFound();
    return readRecord(context, ledger, query, contract.currency);
}

Http::Response listRecords(const Ledger &ledger, RequestContext &context)
{
    const Contract contract = loadVisible(context, context.idParameter());
    const Paging paging = context.paging({{ledger.dateColumn, u"r."_s + ledger.dateColumn}, {u"created_at"_s, u"r.created_at"_s}},
                                         u"-"_s + ledger.dateColumn, u"r.id"_s);
    const qint64 total = Query(context.db, u"SELECT COUNT(*) FROM "_s + ledger.table + u" WHERE contract_id = :contract"_s)
                             .bind(u":contract"_s, contract.id)
                             .scalar()
                             .toLongLong();
    Query query(context.db, selectSql(ledger) + u"WHERE r.contract_id = :contract ORDER BY "_s + paging.orderBy
                                + u" LIMIT :limit OFFSET :offset"_s);
    query.bind(u":contract"_s, contract.id).bind(u":limit"_s, paging.limit).bind(u":offset"_s, paging.offset).exec();
    QJsonArray items;
    while (query.next())
        items.append(readRecord(context, ledger, query, contract.currency));
    return jsonResponse(200, Wire::page(items, total));
}

Http::Response getRecord(const Ledger &ledger, RequestContext &context)
{
    const Contract contract = loadVisible(context, context.idParameter());
    return jsonResponse(200, loadRecord(context, ledger, contract, context.idParameter(1)));
}

// ---------------------------------------------------------------------------------------------------------
// Recording
// ---------------------------------------------------------------------------------------------------------

struct Allocation
{
    qint64 nodeId = 0;
    qint64 invoiceId = 0;
    Money amount;
};

ApiException overAllocated(const QString &field, const QString &message, const QString &idKey, qint64 id)
{
    return ApiException(400, u"over_allocated"_s, message, field).withDetail(idKey, id);
}

/** [{node_id, amount, invoice_id?}]: nodes of the plan, positive amounts in the contract's currency. */
QList<Allocation> readAllocations(const RequestContext &context, JsonReader &body, const Contract &contract,
                                  const QList<PlanNode> &nodes, bool toInvoices)
{
    using P = JsonReader::Presence;
    const QJsonArray array = body.array(u"allocations"_s, P::Required, MaxAllocations).value_or(QJsonArray());
    if (body.ok() && array.isEmpty())
        body.fail(u"allocations"_s, u"Say which plan nodes this is for"_s);
    requireValid(body);
    QStringList fields{u"node_id"_s, u"amount"_s};
    if (toInvoices)
        fields.append(u"invoice_id"_s);
    // A payment settles an invoice only on a node that invoice was raised for.
    Query invoice(context.db, u"SELECT 1 FROM invoices i JOIN invoice_allocations ia ON ia.invoice_id = i.id "
                              u"WHERE i.id = :id AND i.contract_id = :contract AND ia.node_id = :node"_s);
    QList<Allocation> allocations;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonReader reader(array.at(i).toObject());
        reader.rejectUnknownFields(fields);
        Allocation allocation;
        allocation.nodeId = reader.integer(u"node_id"_s, P::Required, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
        allocation.amount = reader.money(u"amount"_s, P::Required).value_or(Money());
        allocation.invoiceId = toInvoices
            ? reader.integer(u"invoice_id"_s, P::Optional, 1, std::numeric_limits<qint64>::max() / 2).value_or(0)
            : 0;
        const bool ofPlan = std::any_of(nodes.cbegin(), nodes.cend(), [&](const PlanNode &node) { return node.id == allocation.nodeId; });
        if (reader.ok() && !ofPlan)
            reader.fail(u"node_id"_s, u"Part %1: node %2 is not in this contract's plan"_s.arg(i + 1).arg(allocation.nodeId));
        if (reader.ok() && (allocation.amount.currency() != contract.currency || allocation.amount.minorUnits() <= 0))
            reader.fail(u"amount"_s, u"Part %1 must be positive, in %2"_s.arg(i + 1).arg(contract.currency));
        if (reader.ok() && allocation.invoiceId > 0
            && !invoice.bind(u":id"_s, allocation.invoiceId)
                    .bind(u":contract"_s, contract.id)
                    .bind(u":node"_s, allocation.nodeId)
                    .scalar()
                    .isValid())
            reader.fail(u"invoice_id"_s, u"Part %1: invoice %2 of this contract was not raised for node %3"_s.arg(i + 1)
                                             .arg(allocation.invoiceId)
                                             .arg(allocation.nodeId));
        if (!array.at(i).isObject())
            reader.fail(QString(), u"Part %1 must be an object"_s.arg(i + 1));
        if (!reader.ok()) {
            const FieldError &error = *reader.error();
            throw ApiException::invalidField(u"allocations[%1]"_s.arg(i) + (error.field.isEmpty() ? QString() : u'.' + error.field),
                                             error.message);
        }
        allocations.append(allocation);
    }
    return allocations;
}

/** No node gets more than is left on it: invoiced (or received) plus the new parts at most what is planned. */
void checkNodes(const QList<Allocation> &allocations, const QList<PlanNode> &nodes, bool received)
{
    QHash<qint64, Money> taken;
    for (const PlanNode &node : nodes)
        taken.insert(node.id, received ? node.received : node.invoiced);
    for (qsizetype i = 0; i < allocations.size(); ++i) {
        const Allocation &allocation = allocations.at(i);
        const PlanNode &node = *std::find_if(nodes.cbegin(), nodes.cend(), [&](const PlanNode &n) { return n.id == allocation.nodeId; });
        Money &sum = taken[node.id];
        sum += allocation.amount;
        if (node.planned < sum)
            throw overAllocated(u"allocations[%1].amount"_s.arg(i),
                                u"Node '%1' has %2 %3 left to %4: %5 %3 is too much"_s.arg(
                                    node.name, (node.planned - (sum - allocation.amount)).toDecimalString(), node.planned.currency(),
                                    received ? u"receive"_s : u"invoice"_s, allocation.amount.toDecimalString()),
                                u"node_id"_s, node.id);
    }
}

void insertAllocations(const QSqlDatabase &db, const Ledger &ledger, qint64 recordId, const QList<Allocation> &allocations)
{
    const bool toInvoices = ledger.allocationTable == u"payment_allocations"_s;
    for (const Allocation &allocation : allocations) {
        Sql::Columns columns{{ledger.parentColumn, recordId}, {u"node_id"_s, allocation.nodeId},
                             {u"amount_minor"_s, allocation.amount.minorUnits()}};
        if (toInvoices)
            columns.append({u"invoice_id"_s, allocation.invoiceId > 0 ? QVariant(allocation.invoiceId) : QVariant()});
        Sql::insert(db, ledger.allocationTable, columns);
    }
}

/** A date of the record: given, and not after today. */
QDate pastDate(const RequestContext &context, JsonReader &body, const QString &field)
{
    const QDate date = body.date(field, JsonReader::Presence::Required).value_or(QDate());
    if (body.ok() && date > context.now.date())
        body.fail(field, u"Field '%1' must not be after today"_s.arg(field));
    return date;
}

/** Validates an invoice; returns the columns of its row. */
Sql::Columns readInvoice(const RequestContext &context, const Contract &contract, const QList<PlanNode> &nodes,
                         JsonReader &body, QList<Allocation> &allocations)
{
    using P = JsonReader::Presence;
    body.rejectUnknownFields({u"number"_s, u"issued_on"_s, u"amount"_s, u"tax"_s, u"notes"_s, u"allocations"_s});
    const QString number = body.string(u"number"_s, P::Required, 50).value_or(QString());
    const QDate issuedOn = pastDate(context, body, u"issued_on"_s);
    const Money amount = body.money(u"amount"_s, P::Required).value_or(Money());
    if (body.ok() && (amount.currency() != contract.currency || amount.minorUnits() <= 0))
        body.fail(u"amount"_s, u"The invoice amount must be positive, in %1"_s.arg(contract.currency));
    const Money tax = body.money(u"tax"_s, P::Optional).value_or(Money::zero(contract.currency));
    if (body.ok() && (tax.currency() != contract.currency || tax.minorUnits() < 0 || amount < tax))
        body.fail(u"tax"_s, u"The tax must be in %1, from 0 up to the invoice amount"_s.arg(contract.currency));
    const QString notes = body.string(u"notes"_s, P::Optional, 2000).value_or(QString());
    requireValid(body);
    if (Query(context.db, u"SELECT 1 FROM invoices WHERE number = :number"_s).bind(u":number"_s, number).scalar().isValid())
        throw ApiException::invalidField(u"number"_s, u"An invoice numbered %1 already exists"_s.arg(number));
    allocations = readAllocations(context, body, contract, nodes, false);
    Money allocated = Money::zero(contract.currency);
    for (const Allocation &allocation : std::as_const(allocations))
        allocated += allocation.amount;
    if (allocated != amount)
        throw ApiException::invalidField(u"allocations"_s, u"The parts add up to %1, the invoice is for %2: they must be equal"_s
                                                               .arg(allocated.toDecimalString(), amount.toDecimalString()));
    checkNodes(allocations, nodes, false);
    return {{u"number"_s, number},
            {u"issued_on"_s, Wire::dateToWire(issuedOn)},
            {u"amount_minor"_s, amount.minorUnits()},
            {u"tax_minor"_s, tax.minorUnits()},
            {u"notes"_s, notes}};
}

/** Validates a payment; returns the columns of its row. */
Sql::Columns readPayment(const RequestContext &context, const Contract &contract, const QList<PlanNode> &nodes,
                         JsonReader &body, QList<Allocation> &allocations)
{
    using P = JsonReader::Presence;
    body.rejectUnknownFields({u"received_on"_s, u"amount"_s, u"rate_micros"_s, u"method"_s, u"bank_reference"_s, u"notes"_s,
                              u"allocations"_s});
    const QDate receivedOn = pastDate(context, body, u"received_on"_s);
    const Money amount = body.money(u"amount"_s, P::Required).value_or(Money());
    if (body.ok() && amount.minorUnits() <= 0)
        body.fail(u"amount"_s, u"The amount received must be positive"_s);
    const bool foreign = body.ok() && amount.currency() != contract.currency;
    const qint64 rate = body.integer(u"rate_micros"_s, foreign ? P::Required : P::Optional, 1, MaxRateMicros).value_or(UnitRateMicros);
    if (body.ok() && !foreign && rate != UnitRateMicros)
        body.fail(u"rate_micros"_s, u"A payment in %1, the contract's currency, needs no exchange rate"_s.arg(contract.currency));
    const QString method = body.choice(u"method"_s, P::Required, PaymentMethods).value_or(QString());
    const QString reference = body.string(u"bank_reference"_s, P::Optional, 100).value_or(QString());
    const QString notes = body.string(u"notes"_s, P::Optional, 2000).value_or(QString());
    requireValid(body);
    std::optional<Money> converted = amount;
    if (foreign) {
        try {
            converted = convertCurrency(amount, rate, contract.currency);
        } catch (const std::exception &) {
            converted.reset(); // beyond the money type's range
        }
    }
    if (!converted || !converted->fitsJson())
        throw ApiException::invalidField(u"amount"_s,
                                         u"The amount converted to %1 is too large"_s.arg(contract.currency));
    allocations = readAllocations(context, body, contract, nodes, true);
    Money allocated = Money::zero(contract.currency);
    QHash<qint64, Money> toInvoice;
    Query invoice(context.db, u"SELECT i.amount_minor - (SELECT COALESCE(SUM(a.amount_minor), 0) FROM payment_allocations a "
                              u"WHERE a.invoice_id = i.id), i.number FROM invoices i WHERE i.id = :id"_s);
    for (qsizetype i = 0; i < allocations.size(); ++i) {
        const Allocation &allocation = allocations.at(i);
        allocated += allocation.amount;
        if (allocation.invoiceId == 0)
            continue;
        invoice.bind(u":id"_s, allocation.invoiceId).exec();
        invoice.next();
        Money &sum = toInvoice[allocation.invoiceId];
        sum = (sum.isValid() ? sum : Money::zero(contract.currency)) + allocation.amount;
        const Money open(invoice.value(0).toLongLong(), contract.currency);
        if (open < sum)
            throw overAllocated(u"allocations[%1].invoice_id"_s.arg(i),
                                u"Invoice %1 has %2 %3 left to settle: %4 %3 is too much"_s.arg(
                                    invoice.value(1).toString(), (open - (sum - allocation.amount)).toDecimalString(),
                                    contract.currency, allocation.amount.toDecimalString()),
                                u"invoice_id"_s, allocation.invoiceId);
    }
    if (*converted < allocated)
        throw ApiException(400, u"over_allocated"_s,
                           u"The parts add up to %1 %2, more than the %3 %2 received"_s.arg(
                               allocated.toDecimalString(), contract.currency, converted->toDecimalString()),
                           u"allocations"_s);
    checkNodes(allocations, nodes, true);
    return {{u"received_on"_s, Wire::dateToWire(receivedOn)},
            {u"amount_minor"_s, amount.minorUnits()},
            {u"currency"_s, amount.currency()},
            {u"rate_micros"_s, rate},
            {u"amount_contract_minor"_s, converted->minorUnits()},
            {u"method"_s, method},
            {u"bank_reference"_s, reference},
            {u"notes"_s, notes}};
}

using Reader = Sql::Columns (*)(const RequestContext &, const Contract &, const QList<PlanNode> &, JsonReader &,
                                QList<Allocation> &);

/** One kind of record: its ledger, how its body is read, and the contract's history entry. */
struct Entry
{
    const Ledger *ledger;
    Reader read;
    QString action;
};

const QList<Entry> &entries()
{
    static const QList<Entry> list{{&invoices(), readInvoice, u"invoice"_s}, {&payments(), readPayment, u"payment"_s}};
    return list;
}

QJsonObject recordEntry(RequestContext &context, const Entry &entry, const Contract &contract, const QJsonObject &document)
{
    if (!recordsMoney(context.caller))
        throw ApiException::forbidden(u"Invoices and payments are recorded by finance"_s);
    JsonReader body(document);
    QList<Allocation> allocations;
    Sql::Columns columns = entry.read(context, contract, Plan::nodesOf(context.db, contract.id), body, allocations);
    qint64 id = 0;
    auditedChange(context, contract.id, entry.action, [&](const Contract &) {
        columns += Sql::Columns{{u"contract_id"_s, contract.id},
                                {u"created_by"_s, context.caller.id},
                                {u"created_at"_s, storedTimestamp(context.now)}};
        id = Sql::insert(context.db, entry.ledger->table, columns);
        insertAllocations(context.db, *entry.ledger, id, allocations);
    });
    const QJsonObject stored = loadRecord(context, *entry.ledger, contract, id);
    Audit::record(context, entry.ledger->table, id, u"create"_s, {}, stored);
    return stored;
}

Http::Response recordHandler(const Entry &entry, RequestContext &context)
{
    Transaction transaction(context.db);
    const Contract contract = loadVisible(context, context.idParameter());
    const QJsonObject stored = recordEntry(context, entry, contract, context.body().object());
    transaction.commit();
    Http::Response response = jsonResponse(201, stored);
    response.setHeader("Location", u"/api/v1/contracts/%1/%2/%3"_s.arg(contract.id).arg(entry.ledger->path)
                                       .arg(stored.value(u"id"_s).toInteger())
                                       .toUtf8());
    return response;
}

} // namespace

void registerRoutes(Router &router)
{
    for (const Entry &entry : entries()) {
        const Entry *described = &entry;
        const QString collection = u"/api/v1/contracts/{id}/"_s + entry.ledger->path;
        router.add("GET", collection, [described](RequestContext &context) { return listRecords(*described->ledger, context); });
        router.add("GET", collection + u"/{record_id}"_s,
                   [described](RequestContext &context) { return getRecord(*described->ledger, context); });
        router.add("POST", collection, [described](RequestContext &context) { return recordHandler(*described, context); });
    }
}

QJsonObject record(RequestContext &context, const QString &kind, qint64 contractId, const QJsonObject &document)
{
    const auto entry = std::find_if(entries().cbegin(), entries().cend(), [&](const Entry &e) { return e.ledger->path == kind; });
    Q_ASSERT(entry != entries().cend());
    return recordEntry(context, *entry, loadVisible(context, contractId), document);
}

} // namespace Tradewind::Contracts::Receivables
