#include "quoteservice.h"

#include "approvals.h"
#include "audit.h"
#include "contractworkflow.h"
#include "database.h"
#include "listquery.h"
#include "opportunityservice.h"
#include "partnerservice.h"
#include "productservice.h"
#include "quotesettings.h"
#include "roles.h"
#include "sqlrows.h"
#include "visibility.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tradewind::Quotes {

namespace {

constexpr qint64 MaxId = std::numeric_limits<qint64>::max() / 2;
constexpr int DefaultValidityDays = 30;
/** Chinese VAT on goods, the default tax of a quote in CNY. */
constexpr int ChineseVatBasisPoints = 1300;

using Columns = Sql::Columns;

const Sql::LineTable QuoteLines{u"quote_lines"_s, u"quote_id"_s};

/** Every column readQuote() reads, then extraColumns; more JOINs may follow before the WHERE. */
QString selectQuotesSql(const QString &extraColumns = {})
{
    return u"SELECT q.id, q.number, q.revision, q.family_id, q.superseded_by_id, q.status, q.opportunity_id, o.title, "
           u"o.kind, q.customer_id, p.name, p.address, p.city, p.country, q.contact_id, c.name, c.title, c.phone, "
           u"c.email, q.owner_id, e.name, e.email, e.phone, q.title, q.currency, q.tax_rate_bp, q.quote_date, "
           u"q.valid_until, q.incoterm, q.delivery_place, q.payment_terms, q.lead_time, q.notes, q.language, "
           u"q.list_total_minor, q.subtotal_minor, q.tax_minor, q.total_minor, q.max_discount_bp, q.lost_reason, "
           u"q.won_on, q.lost_on, q.submitted_at, q.decided_at, q.version, q.created_at, q.updated_at, "
           u"wa.approver_id, wae.name"_s
        + (extraColumns.isEmpty() ? QString() : u", "_s + extraColumns)
        + u" FROM quotes q JOIN partners p ON p.id = q.customer_id JOIN employees e ON e.id = q.owner_id "
          u"LEFT JOIN opportunities o ON o.id = q.opportunity_id LEFT JOIN partner_contacts c ON c.id = q.contact_id "
          // Who decides now: the lowest level still pending.
          u"LEFT JOIN quote_approvals wa ON wa.id = (SELECT a.id FROM quote_approvals a WHERE a.quote_id = q.id "
          u"AND a.decision = 'pending' ORDER BY a.level LIMIT 1) "
          u"LEFT JOIN employees wae ON wae.id = wa.approver_id "_s;
}
/** The index of the first of selectQuotesSql()'s extra columns. */
constexpr int QuoteColumns = 49;

bool isChina(const QString &country)
{
    return country.compare(u"CN"_s, Qt::CaseInsensitive) == 0 || country.compare(u"China"_s, Qt::CaseInsensitive) == 0
        || country == u"中国"_s;
}

/** The customer's address block of the letter: address, the city when the address does not name it, the country. */
QString addressBlock(const QString &address, const QString &city, const QString &country, const QString &language)
{
    QStringList lines;
    if (!address.isEmpty())
        lines.append(address);
    if (!city.isEmpty() && !address.contains(city))
        lines.append(city);
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    if (isChina(country) && language == Quote::LanguageChinese)
        lines.append(u"中国"_s);
    else if (territory != QLocale::AnyTerritory)
        lines.append(QLocale::territoryToString(territory));
    else if (!country.isEmpty())
        lines.append(country);
    return lines.join(u'\n');
}

Quote readQuote(const Query &query)
{
    int column = 0;
    const auto next = [&] { return query.value(column++); };
    const auto date = [](const QVariant &value) { return QDate::fromString(value.toString(), Qt::ISODate); };
    const auto timestamp = [](const QVariant &value) {
        return value.isNull() ? QDateTime() : Wire::timestampFromWire(value.toString());
    };
    Quote quote;
    quote.id = next().toLongLong();
    quote.number = next().toString();
    quote.revision = next().toInt();
    quote.familyId = next().toLongLong();
    quote.supersededById = next().toLongLong();
    quote.status = next().toString();
    quote.opportunityId = next().toLongLong();
    quote.opportunityTitle = next().toString();
    quote.opportunityKind = next().toString();
    quote.customerId = next().toLongLong();
    quote.customerName = next().toString();
    const QString address = next().toString();
    const QString city = next().toString();
    const QString country = next().toString();
    quote.contactId = next().toLongLong();
    quote.contactName = next().toString();
    quote.contactTitle = next().toString();
    quote.contactPhone = next().toString();
    quote.contactEmail = next().toString();
    quote.ownerId = next().toLongLong();
    quote.ownerName = next().toString();
    quote.ownerEmail = next().toString();
    quote.ownerPhone = next().toString();
    quote.title = next().toString();
    quote.currency = next().toString();
    quote.taxRateBasisPoints = next().toInt();
    quote.quoteDate = date(next());
    quote.validUntil = date(next());
    quote.incoterm = next().toString();
    quote.deliveryPlace = next().toString();
    quote.paymentTerms = next().toString();
    quote.leadTime = next().toString();
    quote.notes = next().toString();
    quote.language = next().toString();
    quote.customerAddress = addressBlock(address, city, country, quote.language);
    quote.totals.listTotal = Money(next().toLongLong(), quote.currency);
    quote.totals.subtotal = Money(next().toLongLong(), quote.currency);
    quote.totals.tax = Money(next().toLongLong(), quote.currency);
    quote.totals.total = Money(next().toLongLong(), quote.currency);
    quote.totals.discount = quote.totals.listTotal - quote.totals.subtotal;
    quote.totals.maxDiscountBasisPoints = next().toInt();
    quote.lostReason = next().toString();
    quote.wonOn = date(next());
    quote.lostOn = date(next());
    quote.submittedAt = timestamp(next());
    quote.decidedAt = timestamp(next());
    quote.version = next().toLongLong();
    quote.createdAt = timestamp(next());
    quote.updatedAt = timestamp(next());
    quote.awaitingApproverId = next().toLongLong();
    quote.awaitingApproverName = next().toString();
    Q_ASSERT(column == QuoteColumns);
    return quote;
}

void readLinesAndApprovals(const QSqlDatabase &db, Quote &quote)
{
    quote.lines = Sql::readLines(db, QuoteLines, quote.id, quote.currency);
    Query approvals(db, u"SELECT a.level, a.approver_id, e.name, a.decision, a.comment, a.decided_at FROM quote_approvals a "
                        u"JOIN employees e ON e.id = a.approver_id WHERE a.quote_id = :id ORDER BY a.level"_s);
    approvals.bind(u":id"_s, quote.id).exec();
    while (approvals.next()) {
        QuoteApproval approval;
        approval.level = approvals.value(0).toInt();
        approval.approverId = approvals.value(1).toLongLong();
        approval.approverName = approvals.value(2).toString();
        approval.decision = approvals.value(3).toString();
        approval.comment = approvals.value(4).toString();
        if (!approvals.value(5).isNull())
            approval.decidedAt = Wire::timestampFromWire(approvals.value(5).toString());
        quote.approvals.append(approval);
    }
}

std::optional<Quote> findVisible(const RequestContext &context, qint64 quoteId)
{
    const Visibility visibility = visibilityOf(context);
    Query query(context.db, selectQuotesSql() + u"WHERE q.id = :id AND "_s + visibility.condition());
    query.bind(u":id"_s, quoteId);
    visibility.bind(query);
    query.exec();
    if (!query.next())
        return std::nullopt;
    Quote quote = readQuote(query);
    readLinesAndApprovals(context.db, quote);
    return quote;
}

/** A quote in lists: everything but its lines and approvals. */
QJsonObject summaryJson(const Quote &quote)
{
    QJsonObject json = quote.toJson();
    json.remove(u"lines"_s);
    json.remove(u"approvals"_s);
    return json;
}

// ---------------------------------------------------------------------------------------------------------
// Validation and storage
// ---------------------------------------------------------------------------------------------------------

/** Quote::fromInput with 400 naming the field. */
Quote parsed(const QJsonObject &document)
{
    JsonReader reader(document);
    const std::optional<Quote> quote = Quote::fromInput(reader);
    requireValid(reader);
    return *quote;
}

/** What a quote refers to must exist, and its opportunity be visible and of the same customer. */
void checkReferences(const RequestContext &context, const Quote &quote, const Quote *before)
{
    const bool customerChanged = !before || quote.customerId != before->customerId;
    if (customerChanged)
        Partners::requireCustomer(context.db, quote.customerId);
    if (quote.contactId > 0 && (customerChanged || quote.contactId != before->contactId)) {
        const bool ofCustomer = Query(context.db, u"SELECT 1 FROM partner_contacts WHERE id = :id AND partner_id = :customer"_s)
                                    .bind(u":id"_s, quote.contactId)
                                    .bind(u":customer"_s, quote.customerId)
                                    .scalar()
                                    .isValid();
        if (!ofCustomer)
            throw ApiException::invalidField(u"contact_id"_s, u"Field 'contact_id' must be a contact of the customer"_s);
    }
    if (quote.opportunityId > 0 && (customerChanged || quote.opportunityId != before->opportunityId)) {
        std::optional<Opportunity> opportunity;
        try {
            opportunity = Opportunities::loadVisible(context, quote.opportunityId);
        } catch (const ApiException &) {
            // Out of reach reads as not there, with the field named.
        }
        if (!opportunity)
            throw ApiException::invalidField(u"opportunity_id"_s, u"No opportunity has id %1"_s.arg(quote.opportunityId));
        if (opportunity->customerId != quote.customerId)
            throw ApiException::invalidField(u"opportunity_id"_s,
                                             u"Opportunity %1 is for another customer"_s.arg(quote.opportunityId));
        if (!before && Opportunity::isClosedStage(opportunity->stage))
            throw ApiException::conflict(u"opportunity_closed"_s,
                                         u"Opportunity %1 is already %2"_s.arg(quote.opportunityId).arg(opportunity->stage));
    }
    Products::requireProducts(context.db, u"lines"_s, quote.lines);
}

/** The quote's columns a client edits, and the totals computed from its lines. */
Columns contentColumns(const Quote &quote)
{
    const auto optionalId = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    return {{u"opportunity_id"_s, optionalId(quote.opportunityId)},
            {u"customer_id"_s, quote.customerId},
            {u"contact_id"_s, optionalId(quote.contactId)},
            {u"title"_s, quote.title},
            {u"currency"_s, quote.currency},
            {u"tax_rate_bp"_s, quote.taxRateBasisPoints},
            {u"quote_date"_s, Wire::dateToWire(quote.quoteDate)},
            {u"valid_until"_s, Wire::dateToWire(quote.validUntil)},
            {u"incoterm"_s, quote.incoterm},
            {u"delivery_place"_s, quote.deliveryPlace},
            {u"payment_terms"_s, quote.paymentTerms},
            {u"lead_time"_s, quote.leadTime},
            {u"notes"_s, quote.notes},
            {u"language"_s, quote.language},
            {u"list_total_minor"_s, quote.totals.listTotal.minorUnits()},
            {u"subtotal_minor"_s, quote.totals.subtotal.minorUnits()},
            {u"tax_minor"_s, quote.totals.tax.minorUnits()},
            {u"total_minor"_s, quote.totals.total.minorUnits()},
            {u"max_discount_bp"_s, quote.totals.maxDiscountBasisPoints}};
}

/** Stores a new draft revision; familyId 0 starts a new family (revision A is its own family). */
qint64 insertQuote(const QSqlDatabase &db, const Quote &quote, const QString &number, int revision, qint64 familyId,
                   qint64 ownerId, const QDateTime &now)
{
    Columns columns = contentColumns(quote);
    columns += Columns{{u"number"_s, number},
                       {u"revision"_s, revision},
                       {u"family_id"_s, familyId},
                       {u"status"_s, Quote::StatusDraft},
                       {u"owner_id"_s, ownerId},
                       {u"created_at"_s, storedTimestamp(now)},
                       {u"updated_at"_s, storedTimestamp(now)}};
    const qint64 id = Sql::insert(db, u"quotes"_s, columns);
    if (familyId == 0)
        Query(db, u"UPDATE quotes SET family_id = id WHERE id = :id"_s).bind(u":id"_s, id).exec();
    Sql::writeLines(db, QuoteLines, id, quote.lines);
    return id;
}

/** Replaces what a client edits, lines included; an edited rejected quote is a draft again. Audited. */
Quote storeContent(RequestContext &context, const Quote &before, const Quote &input)
{
    Columns columns = contentColumns(input);
    columns.append({u"status"_s, Quote::StatusDraft});
    updateColumns(context, before.id, columns);
    Sql::writeLines(context.db, QuoteLines, before.id, input.lines);
    const Quote stored = loadVisible(context, before.id);
    Audit::record(context, u"quote"_s, before.id, u"update"_s, before.toJson(), stored.toJson());
    return stored;
}

void requireEditable(const Quote &quote)
{
    requireCurrent(quote);
    if (!Quote::isEditableStatus(quote.status))
        throw ApiException::conflict(u"quote_not_editable"_s,
                                     u"Quote %1 Rev %2 is %3 and can no longer be changed: create a new revision to change it"_s
                                         .arg(quote.number, quote.revisionLabel(), quote.status));
}

/** The source's document dated today, valid for as long as the source was: a copy or the next revision. */
QJsonObject redatedDocument(const Quote &source, const QDate &today)
{
    QJsonObject document = source.toJson();
    document.insert(u"quote_date"_s, Wire::dateToWire(today));
    document.insert(u"valid_until"_s, Wire::dateToWire(today.addDays(source.quoteDate.daysTo(source.validUntil))));
    return document;
}

qint64 ownerOfNewQuote(const RequestContext &context, const Quote &quote)
{
    if (quote.opportunityId > 0) {
        return Query(context.db, u"SELECT owner_id FROM opportunities WHERE id = :id"_s)
            .bind(u":id"_s, quote.opportunityId)
            .scalar()
            .toLongLong();
    }
    if (!context.caller.hasAnyRole({Roles::Salesperson, Roles::SalesManager}))
        throw ApiException::forbidden(u"Only sales staff create standalone quotes: the creator becomes the owner"_s);
    return context.caller.id;
}

// ---------------------------------------------------------------------------------------------------------
// Pre-filling from an opportunity
// ---------------------------------------------------------------------------------------------------------

/** The opportunity's first contact of its customer, else the customer's primary contact, else none. */
QJsonValue prefillContact(const QSqlDatabase &db, const Opportunity &opportunity, const Partner &customer)
{
    const QVariant named = Query(db, u"SELECT oc.contact_id FROM opportunity_contacts oc JOIN partner_contacts pc "
                                     u"ON pc.id = oc.contact_id WHERE oc.opportunity_id = :id AND pc.partner_id = :customer "
                                     u"ORDER BY oc.id LIMIT 1"_s)
                               .bind(u":id"_s, opportunity.id)
                               .bind(u":customer"_s, customer.id)
                               .scalar();
    if (named.isValid())
        return named.toLongLong();
    for (const Contact &contact : customer.contacts)
        if (contact.primary)
            return contact.id;
    return QJsonValue();
}

/** One line per requested part, priced from the catalogue in the currency (0 where it has no such price). */
QJsonArray requestedLines(const QSqlDatabase &db, qint64 opportunityId, const QString &currency)
{
    Query parts(db, u"SELECT p.id, p.code, p.name_en, p.name_zh, p.specification, r.quantity, p.unit, "
                    u"COALESCE(pp.price_minor, 0) FROM requested_parts r JOIN products p ON p.id = r.product_id "
                    u"LEFT JOIN product_prices pp ON pp.product_id = p.id AND pp.currency = :currency "
                    u"WHERE r.opportunity_id = :id ORDER BY r.created_at, r.id"_s);
    parts.bind(u":id"_s, opportunityId).bind(u":currency"_s, currency).exec();
    QJsonArray lines;
    while (parts.next()) {
        QuoteLine line;
        line.productId = parts.value(0).toLongLong();
        line.productCode = parts.value(1).toString();
        line.nameEn = parts.value(2).toString();
        line.nameZh = parts.value(3).toString();
        line.specification = parts.value(4).toString();
        line.quantity = parts.value(5).toLongLong();
        line.unit = parts.value(6).toString();
        line.unitPrice = Money(parts.value(7).toLongLong(), currency);
        lines.append(line.toJson());
    }
    return lines;
}

// ---------------------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------------------

Http::Response createdResponse(const Quote &quote)
{
    Http::Response response = quoteResponse(201, quote);
    response.setHeader("Location", "/api/v1/quotes/" + QByteArray::number(quote.id));
    return response;
}

/** The quote list: filters, sort, page. */
Http::Response listQuotes(RequestContext &context)
{
    static const ListTable table{
        u"quotes"_s,
        u"q"_s,
        {{u"updated_at"_s, {u"q.updated_at"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_updated"_s},
         {u"created_at"_s, {u"q.created_at"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_created"_s},
         // The index of UNIQUE (number, revision).
         {u"number"_s, {u"q.number"_s, u"q.revision"_s, u"q.id"_s}, u"quotes q INDEXED BY sqlite_autoindex_quotes_1"_s},
         {u"quote_date"_s, {u"q.quote_date"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_quote_date"_s},
         {u"valid_until"_s, {u"q.valid_until"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_valid_until"_s},
         {u"status"_s, {u"q.status"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_status"_s},
         {u"total"_s, {u"q.total_minor"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_total"_s},
         {u"title"_s, {u"q.title COLLATE NOCASE"_s, u"q.id"_s}, u"quotes q INDEXED BY quotes_title"_s},
         {u"customer"_s, {u"p.name COLLATE NOCASE"_s, u"p.id"_s, u"q.id"_s},
          u"partners p INDEXED BY partners_name CROSS JOIN quotes q INDEXED BY quotes_customer ON q.customer_id = p.id"_s,
          u"JOIN partners p ON p.id = q.customer_id"_s},
         {u"owner"_s, {u"e.name"_s, u"e.id"_s, u"q.updated_at"_s, u"q.id"_s},
          u"employees e INDEXED BY employees_name CROSS JOIN quotes q INDEXED BY quotes_owner_updated ON q.owner_id = e.id"_s,
          u"JOIN employees e ON e.id = q.owner_id"_s}},
        u"-updated_at"_s};
    ListQuery list(context, table);
    list.whereVisible(context.caller, Visibility::Rows::Quotes);
    const QStringList statuses = context.textQuery(u"status"_s).split(u',', Qt::SkipEmptyParts);
    QStringList statusPlaceholders;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!Quote::statuses().contains(statuses.at(i)))
            throw ApiException::invalidField(u"status"_s, u"Parameter 'status' must list some of: %1"_s
                                                              .arg(Quote::statuses().join(u", "_s)));
        statusPlaceholders.append(u":status%1"_s.arg(i));
    }
    if (!statuses.isEmpty())
        list.where({u"q.status IN ("_s + statusPlaceholders.join(u", "_s) + u')', [statuses](Query &query) {
                        for (qsizetype i = 0; i < statuses.size(); ++i)
                            query.bind(u":status%1"_s.arg(i), statuses.at(i));
                    }});
    if (!context.boolQuery(u"all_revisions"_s))
        list.where({u"q.superseded_by_id IS NULL"_s});
    for (const QString &column : {u"opportunity_id"_s, u"customer_id"_s, u"owner_id"_s}) {
        if (const qint64 id = context.idQuery(column); id > 0) {
            const auto bind = [column, id](Query &query) { query.bind(u':' + column, id); };
            list.where({u"q.%1 = :%1"_s.arg(column), bind}, {u"SELECT id FROM quotes WHERE %1 = :%1"_s.arg(column), bind});
        }
    }
    const QString text = context.textQuery(u"q"_s);
    if (!text.isEmpty())
        list.whereText(text, {u"quote_search"_s, {u"number"_s, u"title"_s}, u"customer_id"_s});
    const ListQueryPage page = list.run();

    // As for opportunities: the page's rows with everything shown.
    Query query(context.db, selectQuotesSql() + u"WHERE q.id IN (SELECT value FROM json_each(:ids))"_s);
    query.bind(u":ids"_s, page.idsJson()).exec();
    QHash<qint64, QJsonObject> rows;
    while (query.next()) {
        const Quote quote = readQuote(query);
        rows.insert(quote.id, summaryJson(quote));
    }
    return jsonResponse(200, page.toJson(rows));
}

/** The quotes waiting for the caller's decision now: the caller approves the lowest level still pending. */
Approvals::Source approvalSource(const RequestContext &context)
{
    const Visibility visibility = visibilityOf(context);
    Approvals::Source source;
    source.kind = u"quote"_s;
    source.select = u"SELECT 'quote' AS kind, q.id AS id, q.submitted_at AS submitted_at, q.created_at AS created_at, "
                    u"q.updated_at AS updated_at, q.number AS number, p.name AS customer, e.name AS owner, "
                    u"q.title AS subject FROM quotes q JOIN partners p ON p.id = q.customer_id "
                    u"JOIN employees e ON e.id = q.owner_id WHERE q.superseded_by_id IS NULL AND q.id IN "
                    u"(SELECT a.quote_id FROM quote_approvals a WHERE a.approver_id = :caller AND a.decision = 'pending' "
                    u"AND NOT EXISTS (SELECT 1 FROM quote_approvals b WHERE b.quote_id = a.quote_id "
                    u"AND b.decision = 'pending' AND b.level < a.level)) AND "_s
        + visibility.condition();
    source.bind = [visibility, caller = context.caller.id](Query &query) {
        visibility.bind(query);
        query.bind(u":caller"_s, caller);
    };
    source.items = [&context, visibility](const QList<qint64> &ids) {
        QStringList placeholders;
        for (qsizetype i = 0; i < ids.size(); ++i)
            placeholders.append(u":id%1"_s.arg(i));
        Query query(context.db, selectQuotesSql() + u"WHERE q.id IN ("_s + placeholders.join(u", "_s) + u") AND "_s
                                    + visibility.condition());
        for (qsizetype i = 0; i < ids.size(); ++i)
            query.bind(placeholders.at(i), ids.at(i));
        visibility.bind(query);
        query.exec();
        QList<QJsonObject> items;
        while (query.next()) {
            QJsonObject item = summaryJson(readQuote(query));
            item.insert(u"kind"_s, u"quote"_s);
            items.append(item);
        }
        return items;
    };
    return source;
}

/** Everything waiting for the caller's decision: quotes, and contracts' milestones and changes. */
Http::Response listApprovals(RequestContext &context)
{
    return Approvals::page(context, QList<Approvals::Source>{approvalSource(context)}
                                        + Contracts::Workflow::approvalSources(context));
}

Http::Response getQuote(RequestContext &context)
{
    return quoteResponse(200, loadVisible(context, context.idParameter()));
}

Http::Response createQuote(RequestContext &context)
{
    JsonReader body = context.body();
    body.rejectUnknownFields(Quote::inputFields());
    requireValid(body);
    Transaction transaction(context.db);
    const Quote quote = create(context, body.object());
    transaction.commit();
    return createdResponse(quote);
}

Http::Response createFromOpportunity(RequestContext &context)
{
    Transaction transaction(context.db);
    const Opportunity opportunity = Opportunities::loadVisible(context, context.idParameter());
    // The body may set any input field over what was pre-filled.
    JsonReader overrides = context.optionalBody();
    QJsonObject document = applyPatch(prefill(context, opportunity), overrides, Quote::inputFields());
    document.insert(u"opportunity_id"_s, opportunity.id);
    const Quote quote = create(context, document);
    transaction.commit();
    return createdResponse(quote);
}

Http::Response patchQuote(RequestContext &context)
{
    Transaction transaction(context.db);
    const Quote before = loadVisible(context, context.idParameter());
    requireVersion(context.ifMatchVersion(), before.version);
    JsonReader patch = context.body();
    const Quote stored = edit(context, before, applyPatch(before.toJson(), patch, Quote::inputFields()));
    transaction.commit();
    return quoteResponse(200, stored);
}

Http::Response copyLines(RequestContext &context)
{
    JsonReader body = context.body();
    body.rejectUnknownFields({u"from"_s});
    const qint64 from = body.integer(u"from"_s, JsonReader::Presence::Required, 1, MaxId).value_or(0);
    requireValid(body);
    Transaction transaction(context.db);
    const Quote target = loadVisible(context, context.idParameter());
    const std::optional<Quote> source = findVisible(context, from);
    if (!source)
        throw ApiException::invalidField(u"from"_s, u"No quote has id %1"_s.arg(from));
    if (source->currency != target.currency)
        throw ApiException::invalidField(u"from"_s, u"Quote %1 is priced in %2, this one in %3: its lines cannot be copied"_s
                                                        .arg(source->number, source->currency, target.currency));
    QJsonObject document = target.toJson();
    QJsonArray lines = document.value(u"lines"_s).toArray();
    for (const QuoteLine &line : source->lines)
        lines.append(line.toJson());
    document.insert(u"lines"_s, lines);
    const Quote stored = edit(context, target, document);
    transaction.commit();
    return quoteResponse(200, stored);
}

Http::Response copyQuote(RequestContext &context)
{
    Transaction transaction(context.db);
    const Quote source = loadVisible(context, context.idParameter());
    const Quote quote = create(context, redatedDocument(source, context.now.date()));
    transaction.commit();
    return createdResponse(quote);
}

Http::Response reviseQuote(RequestContext &context)
{
    Transaction transaction(context.db);
    const Quote quote = revise(context, context.idParameter());
    transaction.commit();
    return createdResponse(quote);
}

Http::Response quoteRevisions(RequestContext &context)
{
    const Quote quote = loadVisible(context, context.idParameter());
    const Visibility visibility = visibilityOf(context);
    Query query(context.db, selectQuotesSql() + u"WHERE q.family_id = :family AND "_s + visibility.condition()
                                + u" ORDER BY q.revision"_s);
    query.bind(u":family"_s, quote.familyId);
    visibility.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next())
        items.append(summaryJson(readQuote(query)));
    return jsonResponse(200, Wire::page(items, items.size()));
}

Http::Response quoteHistory(RequestContext &context)
{
    const qint64 id = loadVisible(context, context.idParameter()).id;
    const QJsonArray items = Audit::history(context, u"quote"_s, id);
    return jsonResponse(200, Wire::page(items, items.size()));
}

/**
 * Earlier quotes of other families the caller may see, sharing the customer or products. The score orders
 * them: the same customer outweighs any number of shared product codes (10 each, up to 99), which outweigh
 * recency (9 for the month of the quote, one less per month older).
 */
Http::Response similarQuotes(RequestContext &context)
{
    const Quote base = loadVisible(context, context.idParameter());
    const int limit = static_cast<int>(context.intQuery(u"limit"_s, 1, 50, 10));
    const Visibility visibility = visibilityOf(context);
    Query query(context.db,
                selectQuotesSql(u"s.same_customer, s.shared, s.score"_s)
                    + u"JOIN (SELECT c.id, c.same_customer, c.shared, c.same_customer * 1000 + MIN(c.shared, 99) * 10 "
                      u"+ MIN(9, MAX(0, 9 - CAST((julianday(:base_date) - julianday(c.quote_date)) / 30 AS INTEGER))) "
                      u"AS score FROM (SELECT q.id, q.quote_date, q.customer_id = :customer AS same_customer, "
                      u"(SELECT COUNT(DISTINCT l.product_code) FROM quote_lines l WHERE l.quote_id = q.id AND "
                      u"l.product_code IN (SELECT b.product_code FROM quote_lines b WHERE b.quote_id = :base "
                      u"AND b.product_code <> '')) AS shared FROM quotes q WHERE q.family_id <> :family "
                      u"AND q.superseded_by_id IS NULL AND q.created_at <= :created AND "_s
                    + visibility.condition()
                    + u") c WHERE c.same_customer OR c.shared > 0) s ON s.id = q.id "
                      u"ORDER BY s.score DESC, q.quote_date DESC, q.id DESC LIMIT :limit"_s);
    query.bind(u":base_date"_s, Wire::dateToWire(base.quoteDate))
        .bind(u":customer"_s, base.customerId)
        .bind(u":base"_s, base.id)
        .bind(u":family"_s, base.familyId)
        .bind(u":created"_s, storedTimestamp(base.createdAt))
        .bind(u":limit"_s, limit);
    visibility.bind(query);
    query.exec();
    QJsonArray items;
    while (query.next()) {
        QJsonObject item = summaryJson(readQuote(query));
        item.insert(u"same_customer"_s, query.value(QuoteColumns).toBool());
        item.insert(u"shared_products"_s, query.value(QuoteColumns + 1).toInt());
        item.insert(u"score"_s, query.value(QuoteColumns + 2).toInt());
        items.append(item);
    }
    return jsonResponse(200, Wire::page(items, items.size()));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/quotes"_s, listQuotes, Router::Access::Authenticated, Router::Cost::HeavyWhenSearching);
    router.add("POST", u"/api/v1/quotes"_s, createQuote);
    router.add("GET", u"/api/v1/quotes/{id}"_s, getQuote);
    router.add("PATCH", u"/api/v1/quotes/{id}"_s, patchQuote);
    router.add("GET", u"/api/v1/quotes/{id}/similar"_s, similarQuotes);
    router.add("POST", u"/api/v1/quotes/{id}/copy-lines"_s, copyLines);
    router.add("POST", u"/api/v1/quotes/{id}/copy"_s, copyQuote);
    router.add("POST", u"/api/v1/quotes/{id}/revise"_s, reviseQuote);
    router.add("GET", u"/api/v1/quotes/{id}/revisions"_s, quoteRevisions);
    router.add("GET", u"/api/v1/quotes/{id}/history"_s, quoteHistory);
    router.add("POST", u"/api/v1/opportunities/{id}/quotes"_s, createFromOpportunity);
    router.add("GET", u"/api/v1/approvals"_s, listApprovals);
}

Visibility visibilityOf(const RequestContext &context)
{
    return Visibility(context.caller, Visibility::Rows::Quotes, u"q.owner_id"_s);
}

Quote loadVisible(const RequestContext &context, qint64 quoteId)
{
    std::optional<Quote> quote = findVisible(context, quoteId);
    if (!quote)
        throw ApiException::notFound();
    return *quote;
}

Http::Response quoteResponse(int status, const Quote &quote)
{
    return withVersion(jsonResponse(status, quote.toJson()), quote.version);
}

QJsonObject prefill(const RequestContext &context, const Opportunity &opportunity)
{
    const Partner customer = Partners::load(context.db, opportunity.customerId);
    const bool domestic = isChina(customer.country);
    const bool system = opportunity.kind == Opportunity::KindSystem;
    const QString currency = opportunity.amount.currency();
    const QDate today = context.now.date();
    QString paymentTerms;
    QString leadTime;
    if (domestic) {
        paymentTerms = system ? u"合同签订后预付 30%，发货前付 60%，最终验收合格后付 10%。"_s : u"款到发货（发货前 100% 付款）。"_s;
        leadTime = system ? u"收到预付款后 12–16 周"_s : u"收到货款后 2–4 周"_s;
    } else {
        paymentTerms = system ? u"30% advance payment by T/T with the order, 60% before shipment, 10% after final acceptance."_s
                              : u"100% by T/T before shipment."_s;
        leadTime = system ? u"12–16 weeks after receipt of the advance payment"_s : u"2–4 weeks after receipt of payment"_s;
    }
    return {{u"opportunity_id"_s, opportunity.id},
            {u"customer_id"_s, opportunity.customerId},
            {u"contact_id"_s, prefillContact(context.db, opportunity, customer)},
            {u"title"_s, opportunity.title},
            {u"currency"_s, currency},
            {u"tax_rate_bp"_s, currency == u"CNY"_s ? ChineseVatBasisPoints : 0},
            {u"quote_date"_s, Wire::dateToWire(today)},
            {u"valid_until"_s, Wire::dateToWire(today.addDays(DefaultValidityDays))},
            // Delivered to the site at home; by sea to the customer's port abroad.
            {u"incoterm"_s, domestic ? u"DAP"_s : u"CIF"_s},
            {u"delivery_place"_s, customer.city},
            {u"payment_terms"_s, paymentTerms},
            {u"lead_time"_s, leadTime},
            {u"language"_s, domestic ? Quote::LanguageChinese : Quote::LanguageEnglish},
            {u"lines"_s, requestedLines(context.db, opportunity.id, currency)}};
}

qint64 insert(const QSqlDatabase &db, const Quote &quote, qint64 ownerId, const QDateTime &now)
{
    return insertQuote(db, quote, quote.number, 1, 0, ownerId, now);
}

Quote create(RequestContext &context, const QJsonObject &document)
{
    const Quote input = parsed(document);
    checkReferences(context, input, nullptr);
    const qint64 ownerId = ownerOfNewQuote(context, input);
    const QString number = QuoteSettings::nextNumber(context.db, context.now.date());
    const qint64 id = insertQuote(context.db, input, number, 1, 0, ownerId, context.now);
    const Quote stored = loadVisible(context, id);
    Audit::record(context, u"quote"_s, id, u"create"_s, {}, stored.toJson());
    return stored;
}

Quote edit(RequestContext &context, const Quote &before, const QJsonObject &document)
{
    requireEditable(before);
    const Quote input = parsed(document);
    checkReferences(context, input, &before);
    return storeContent(context, before, input);
}

Quote revise(RequestContext &context, qint64 quoteId)
{
    const Quote old = loadVisible(context, quoteId);
    requireCurrent(old);
    if (old.status == Quote::StatusDraft)
        throw ApiException::conflict(u"quote_not_revisable"_s, u"A draft is edited as it is: it needs no new revision"_s);
    if (old.status == Quote::StatusWon || old.status == Quote::StatusLost)
        throw ApiException::conflict(u"quote_not_revisable"_s,
                                     u"Quote %1 is %2: a closed quote gets no new revision"_s.arg(old.number, old.status));
    withdrawPendingApprovals(context.db, old.id);
    const Quote input = parsed(redatedDocument(old, context.now.date()));
    const qint64 id = insertQuote(context.db, input, old.number, old.revision + 1, old.familyId, old.ownerId, context.now);
    updateColumns(context, old.id, {{u"superseded_by_id"_s, id}});
    Audit::record(context, u"quote"_s, old.id, u"revise"_s, old.toJson(), loadVisible(context, old.id).toJson());
    const Quote stored = loadVisible(context, id);
    Audit::record(context, u"quote"_s, id, u"create"_s, {}, stored.toJson());
    return stored;
}

void updateColumns(const RequestContext &context, qint64 quoteId, const QList<QPair<QString, QVariant>> &columns)
{
    Sql::update(context.db, u"quotes"_s, quoteId, columns, context.now);
}

void requireCurrent(const Quote &quote)
{
    if (quote.supersededById > 0)
        throw ApiException::conflict(u"quote_superseded"_s,
                                     u"Quote %1 Rev %2 has been replaced by a newer revision: work on that one"_s
                                         .arg(quote.number, quote.revisionLabel()));
}

void changeOwner(RequestContext &context, qint64 quoteId, qint64 to)
{
    const Quote before = loadVisible(context, quoteId);
    QList<QPair<QString, QVariant>> columns{{u"owner_id"_s, to}};
    if (before.status == Quote::StatusSubmitted) {
        withdrawPendingApprovals(context.db, quoteId);
        columns.append({u"status"_s, Quote::StatusDraft});
        columns.append({u"submitted_at"_s, QVariant()});
    }
    updateColumns(context, quoteId, columns);
    Audit::record(context, u"quote"_s, quoteId, u"reassign"_s, before.toJson(), loadVisible(context, quoteId).toJson());
}

void withdrawPendingApprovals(const QSqlDatabase &db, qint64 quoteId)
{
    Query(db, u"DELETE FROM quote_approvals WHERE quote_id = :id AND decision = 'pending'"_s).bind(u":id"_s, quoteId).exec();
}

} // namespace Tradewind::Quotes
