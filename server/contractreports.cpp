#include "contractreports.h"

#include "contractservice.h"
#include "database.h"

#include <QJsonArray>
#include <QMap>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Reports {

namespace {

const QString Customer = u"customer"_s;
const QString Salesperson = u"salesperson"_s;
const QString Department = u"department"_s;
const QString Month = u"month"_s;

constexpr qint64 DefaultPage = 50;
constexpr qint64 MaxPage = 200;

/**
 * Only the open money of contracts in force is receivable: a draft is not signed yet, a terminated contract ended. Over
 * a contract's status, or its copy on the plan nodes (n.contract_status, as the nodes' partial indexes say it).
 */
QString inForce(const QString &status)
{
    return status + u" IN ('active', 'completed')"_s;
}
const QString InForce = inForce(u"c.status"_s);

const QString JoinCustomer = u" JOIN partners p ON p.id = c.customer_id"_s;
const QString JoinOwner = u" JOIN employees e ON e.id = c.owner_id"_s;

/** What the rows of every report say of their contract, read by contractJson() (needs JoinCustomer and JoinOwner). */
const QString ContractColumns = u"c.id, c.number, c.customer_id, p.name, c.owner_id, e.name, c.signing_date, c.status, "
                                u"c.contract_type, c.currency"_s;
constexpr int ContractColumnCount = 10;

QJsonObject contractJson(const Query &query, int first)
{
    return {{u"contract_id"_s, query.value(first).toLongLong()},
            {u"contract_number"_s, query.value(first + 1).toString()},
            {u"customer_id"_s, query.value(first + 2).toLongLong()},
            {u"customer_name"_s, query.value(first + 3).toString()},
            {u"owner_id"_s, query.value(first + 4).toLongLong()},
            {u"owner_name"_s, query.value(first + 5).toString()},
            {u"signing_date"_s, query.value(first + 6).toString()},
            {u"status"_s, query.value(first + 7).toString()},
            {u"contract_type"_s, query.value(first + 8).toString()},
            {u"currency"_s, query.value(first + 9).toString()}};
}

/** Minor units in a currency as money JSON; SQL NULL (a figure that does not apply) as null. */
QJsonValue moneyJson(const QVariant &minor, const QString &currency)
{
    return minor.isNull() ? QJsonValue() : QJsonValue(Money(minor.toLongLong(), currency).toJson());
}

/** The conditions every statement of a request shares, and what they bind. */
struct Scope
{
    Visibility visibility;
    QStringList conditions;
    QList<QPair<QString, QVariant>> bindings;

    /** The records the caller may see: those of contracts owned by someone the caller reaches (ownerColumn). */
    Scope(const RequestContext &context, const QString &ownerColumn)
        : visibility(context.caller, Visibility::Rows::Contracts, ownerColumn)
        , conditions{visibility.condition()}
    {
    }
    void add(const QString &condition) { conditions.append(condition); }
    void add(const QString &condition, const QString &placeholder, const QVariant &value)
    {
        conditions.append(condition);
        bindings.append({placeholder, value});
    }
    QString where() const { return u" WHERE "_s + conditions.join(u" AND "_s); }
    Statement statement(const QString &sql) const { return {sql, visibility, bindings}; }
};

/**
 * The columns of the records a report sums that it groups and narrows them by: their contract's customer, owner and
 * currency (the contract's own, or the copies the plan nodes, payments and invoices keep), and their date.
 */
struct Record
{
    QString alias;
    QString currency;
    QString date;
    QString status; ///< the contract's status (none on payments and invoices: their reports count every contract)

    QString customer() const { return alias + u".customer_id"_s; }
    QString owner() const { return alias + u".owner_id"_s; }
};

const Record Contracts{u"c"_s, u"c.currency"_s, u"c.signing_date"_s, u"c.status"_s};
const Record Nodes{u"n"_s, u"n.currency"_s, u"n.signing_date"_s, u"n.contract_status"_s};

/**
 * What a report is grouped by. The statements sum per inner key and currency over the records first, then name the
 * groups (and merge salespeople into their departments) from those few sums: the customer, owner and department
 * rows are read once per group rather than once per record.
 */
struct Dimension
{
    QString inner; ///< the key per record
    QString key;   ///< the group's key and label over the inner sums g (g.k)
    QString label;
    QString joins; ///< what key and label need
    /**
     * The records' index led by the inner key gives them in group order, summed without sorting: a condition on the
     * date then must not lead the planner to the date's index (and a sort) instead.
     */
    bool keyOrdered = false;

    /** A condition's date column as the grouping needs it ("+" keeps the planner off its index). */
    QString date(const QString &column) const { return keyOrdered ? u'+' + column : column; }
};

/** Month and the totals sum per day first: the records' date index gives them in that order. */
Dimension dimensionOf(const QString &groupBy, const Record &record)
{
    if (groupBy == Customer)
        return {record.customer(), u"CAST(g.k AS TEXT)"_s, u"p.name"_s, u" JOIN partners p ON p.id = g.k"_s, true};
    if (groupBy == Salesperson)
        return {record.owner(), u"CAST(g.k AS TEXT)"_s, u"e.name"_s, u" JOIN employees e ON e.id = g.k"_s, true};
    if (groupBy == Department)
        return {record.owner(), u"COALESCE(CAST(e.department_id AS TEXT), '')"_s, u"COALESCE(d.name, '')"_s,
                u" JOIN employees e ON e.id = g.k LEFT JOIN departments d ON d.id = e.department_id"_s, true};
    if (groupBy == Month)
        return {record.date, u"substr(g.k, 1, 7)"_s, u"substr(g.k, 1, 7)"_s, QString()};
    return {record.date, u"''"_s, u"''"_s, QString()};
}

/** Records summed per inner key and currency: from (naming them) and where, the count and the sums per group. */
struct Part
{
    QString inner;
    QString currency;
    QString from;
    QString where;
    QString count;
    QStringList sums;
};

/**
 * The statement of the groups: key, label, currency, count and the sums, ordered by label; the parts' counts and sums
 * are added up per group (their sums in the report's fields' order).
 */
QString groupsSql(const Dimension &dimension, const QList<Part> &parts)
{
    QStringList selects;
    for (const Part &part : parts) {
        QStringList inner{part.inner + u" AS k"_s, part.currency + u" AS currency"_s, part.count + u" AS f0"_s};
        for (qsizetype i = 0; i < part.sums.size(); ++i)
            inner.append(part.sums.at(i) + u" AS f%1"_s.arg(i + 1));
        selects.append(u"SELECT "_s + inner.join(u", "_s) + u" FROM "_s + part.from + part.where + u" GROUP BY 1, 2"_s);
    }
    QStringList outer{dimension.key, dimension.label, u"g.currency"_s, u"SUM(g.f0)"_s};
    for (qsizetype i = 0; i < parts.constFirst().sums.size(); ++i)
        outer.append(u"SUM(g.f%1)"_s.arg(i + 1));
    return u"SELECT "_s + outer.join(u", "_s) + u" FROM ("_s + selects.join(u" UNION ALL "_s) + u") g"_s + dimension.joins
        + u" GROUP BY 1, 3 ORDER BY 2, 1, 3"_s;
}

/** The grouping asked for, one of allowed (fallback when absent). */
QString groupingOf(const RequestContext &context, const QStringList &allowed, const QString &fallback)
{
    const QString groupBy = context.textQuery(u"group_by"_s, 32);
    if (groupBy.isEmpty())
        return fallback;
    if (!allowed.contains(groupBy))
        throw ApiException::invalidField(u"group_by"_s, u"Parameter 'group_by' must be one of: %1"_s.arg(allowed.join(u", "_s)));
    return groupBy;
}

/** from and to of the period (either may be open) on a date column. */
void addPeriod(const RequestContext &context, Scope &scope, const QString &dateColumn)
{
    const QDate from = context.dateQuery(u"from"_s);
    const QDate to = context.dateQuery(u"to"_s);
    if (from.isValid() && to.isValid() && to < from)
        throw ApiException::invalidField(u"to"_s, u"The period ends before it begins"_s);
    if (from.isValid())
        scope.add(dateColumn + u" >= :from"_s, u":from"_s, Wire::dateToWire(from));
    if (to.isValid())
        scope.add(dateColumn + u" <= :to"_s, u":to"_s, Wire::dateToWire(to));
}

/** The drill-down: group_key (a key of group_by's groups) and currency narrow the rows to one group's figures. */
void addGroupFilter(const RequestContext &context, Scope &scope, const QString &groupBy, const Record &record)
{
    if (context.request.query.hasQueryItem(u"group_key"_s)) {
        const QString key = context.textQuery(u"group_key"_s, 20);
        const auto invalid = [] {
            return ApiException::invalidField(u"group_key"_s, u"Parameter 'group_key' must be the key of a group of group_by"_s);
        };
        const auto id = [&] {
            bool ok = false;
            const qint64 value = key.toLongLong(&ok);
            if (!ok || value <= 0)
                throw invalid();
            return value;
        };
        if (groupBy == Customer) {
            scope.add(record.customer() + u" = :group_key"_s, u":group_key"_s, id());
        } else if (groupBy == Salesperson) {
            scope.add(record.owner() + u" = :group_key"_s, u":group_key"_s, id());
        } else if (groupBy == Department) {
            if (key.isEmpty())
                scope.add(record.owner() + u" IN (SELECT id FROM employees WHERE department_id IS NULL)"_s);
            else
                scope.add(record.owner() + u" IN (SELECT id FROM employees WHERE department_id = :group_key)"_s, u":group_key"_s, id());
        } else if (groupBy == Month) {
            const QDate month = QDate::fromString(key + u"-01"_s, Qt::ISODate);
            if (key.size() != 7 || !month.isValid())
                throw invalid();
            scope.add(record.date + u" >= :month_start"_s, u":month_start"_s, Wire::dateToWire(month));
            scope.add(record.date + u" < :month_end"_s, u":month_end"_s, Wire::dateToWire(month.addMonths(1)));
        } else {
            throw ApiException::invalidField(u"group_key"_s, u"Parameter 'group_key' needs a group_by"_s);
        }
    }
    const QString currency = context.textQuery(u"currency"_s, 3);
    if (currency.isEmpty())
        return;
    if (!Money::isValidCurrencyCode(currency))
        throw ApiException::invalidField(u"currency"_s, u"Parameter 'currency' must be a currency code like CNY"_s);
    scope.add(record.currency + u" = :currency"_s, u":currency"_s, currency);
}

struct Page
{
    qint64 limit;
    qint64 offset;
};

Page pageOf(const RequestContext &context)
{
    return {context.intQuery(u"limit"_s, 1, MaxPage, DefaultPage),
            context.intQuery(u"offset"_s, 0, std::numeric_limits<qint32>::max(), 0)};
}

/** The statements of a page of rows: their number, and the page. */
struct RowStatements
{
    Statement count;
    Statement page;
};

/** A report: its groupings and how it builds its statements and reads its rows. */
struct Report
{
    QString name;
    QStringList groupings;
    QString defaultGrouping;
    QStringList fields; ///< the money summed per group, after key, label, currency and count
    /** The statement selecting key, label, currency, count and the fields' sums per group, ordered by label. */
    std::function<Statement(const RequestContext &, const QString &groupBy)> groups;
    /** The statements of a page of rows (LIMIT :limit OFFSET :offset). */
    std::function<RowStatements(const RequestContext &, const QString &groupBy)> rows;
    std::function<QJsonObject(const Query &)> readRow;
    /** What the answers add beside the figures (e.g. the as-of day). */
    std::function<QJsonObject(const RequestContext &)> extra;
};

const QString PageLimit = u" LIMIT :limit OFFSET :offset"_s;

// ---------------------------------------------------------------------------------------------------------
// Contract register
// ---------------------------------------------------------------------------------------------------------

/**
 * The register's scope: contracts signed in the period (on dateColumn, the signing date as the grouping needs it), of
 * the statuses asked for (a comma-separated list).
 */
Scope registerScope(const RequestContext &context, const QString &dateColumn)
{
    Scope scope(context, Contracts.owner());
    addPeriod(context, scope, dateColumn);
    const QStringList statuses = context.textQuery(u"status"_s, 100).split(u',', Qt::SkipEmptyParts);
    QStringList placeholders;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!Contract::statuses().contains(statuses.at(i)))
            throw ApiException::invalidField(u"status"_s, u"Parameter 'status' must list some of: %1"_s
                                                              .arg(Contract::statuses().join(u", "_s)));
        placeholders.append(u":status%1"_s.arg(i));
        scope.bindings.append({placeholders.constLast(), statuses.at(i)});
    }
    if (!placeholders.isEmpty())
        scope.add(u"c.status IN ("_s + placeholders.join(u", "_s) + u')');
    scope.bindings.append({u":today"_s, Wire::dateToWire(context.now.date())});
    return scope;
}

/**
 * Outstanding and overdue (as of :today) of a contract in force; NULL otherwise. Nothing is overdue on a contract whose
 * open nodes fall due from today on (or on no known day), all that is open on dated nodes when they all fell due
 * before today: only a contract with open nodes due on both sides of today sums its nodes.
 */
const QString Outstanding = u"CASE WHEN "_s + InForce + u" THEN c.amount_minor - c.received_minor END"_s;
const QString Overdue = u"CASE WHEN "_s + InForce
    + u" THEN CASE WHEN c.open_due_date IS NULL OR c.open_due_date >= :today THEN 0 WHEN c.open_due_last < :today "
      u"THEN c.open_dated_minor ELSE (SELECT SUM(n.planned_minor - n.received_minor) FROM plan_nodes n "
      u"WHERE n.contract_id = c.id AND n.received_minor < n.planned_minor AND n.due_date < :today) END END"_s;

Report contractRegister()
{
    Report report;
    report.name = u"contract-register"_s;
    report.groupings = {Customer, Salesperson, Department, Month};
    report.fields = {u"amount"_s, u"invoiced"_s, u"received"_s, u"outstanding"_s, u"overdue"_s};
    report.groups = [](const RequestContext &context, const QString &groupBy) {
        const Dimension dimension = dimensionOf(groupBy, Contracts);
        const Scope scope = registerScope(context, dimension.date(Contracts.date));
        return scope.statement(groupsSql(dimension, {{dimension.inner, Contracts.currency, u"contracts c"_s, scope.where(), u"COUNT(*)"_s,
                                                      {u"SUM(c.amount_minor)"_s, u"SUM(c.invoiced_minor)"_s, u"SUM(c.received_minor)"_s,
                                                       u"SUM("_s + Outstanding + u')', u"SUM("_s + Overdue + u')'}}}));
    };
    report.rows = [](const RequestContext &context, const QString &groupBy) {
        Scope scope = registerScope(context, Contracts.date);
        addGroupFilter(context, scope, groupBy, Contracts);
        return RowStatements{scope.statement(u"SELECT COUNT(*) FROM contracts c"_s + scope.where()),
                             scope.statement(u"SELECT "_s + ContractColumns
                                             + u", c.amount_minor, c.invoiced_minor, c.received_minor, "_s + Outstanding
                                             + u", "_s + Overdue + u" FROM contracts c"_s + JoinCustomer + JoinOwner
                                             + scope.where() + u" ORDER BY c.signing_date, c.id"_s + PageLimit)};
    };
    report.readRow = [](const Query &query) {
        QJsonObject row = contractJson(query, 0);
        row.insert(u"id"_s, row.value(u"contract_id"_s));
        row.insert(u"number"_s, row.value(u"contract_number"_s));
        const QString currency = row.value(u"currency"_s).toString();
        const QStringList fields{u"amount"_s, u"invoiced"_s, u"received"_s, u"outstanding"_s, u"overdue"_s};
        for (qsizetype i = 0; i < fields.size(); ++i)
            row.insert(fields.at(i), moneyJson(query.value(ContractColumnCount + int(i)), currency));
        return row;
    };
    return report;
}

// ---------------------------------------------------------------------------------------------------------
// Payments received and invoicing
// ---------------------------------------------------------------------------------------------------------

/**
 * A kind of money record in a period: payments received or invoices issued, each keeping its contract's customer,
 * owner and currency, so that their sums read no contract.
 */
struct Flow
{
    QString name;
    QString table;
    Record record; ///< over the record r
    QStringList sums; ///< the fields' sums per group, in the contract's currency
    QString columns; ///< of a row, before the contract's
    int columnCount;
    std::function<void(QJsonObject &, const Query &, const QString &currency)> read;
};

Report moneyInPeriod(const Flow &flow)
{
    Report report;
    report.name = flow.name;
    report.groupings = {Customer, Salesperson, Department, Month};
    report.defaultGrouping = Customer;
    report.groups = [=](const RequestContext &context, const QString &groupBy) {
        const Dimension dimension = dimensionOf(groupBy, flow.record);
        Scope scope(context, flow.record.owner());
        addPeriod(context, scope, dimension.date(flow.record.date));
        return scope.statement(
            groupsSql(dimension, {{dimension.inner, flow.record.currency, flow.table + u" r"_s, scope.where(), u"COUNT(*)"_s, flow.sums}}));
    };
    report.rows = [=](const RequestContext &context, const QString &groupBy) {
        Scope scope(context, flow.record.owner());
        // Everyone's records are paged in date order; a team's are few, found through their owners' index.
        addPeriod(context, scope, scope.visibility.seesEverything() ? flow.record.date : u'+' + flow.record.date);
        addGroupFilter(context, scope, groupBy, flow.record);
        return RowStatements{scope.statement(u"SELECT COUNT(*) FROM "_s + flow.table + u" r"_s + scope.where()),
                             scope.statement(u"SELECT "_s + flow.columns + u", "_s + ContractColumns + u" FROM "_s + flow.table
                                             + u" r JOIN contracts c ON c.id = r.contract_id"_s + JoinCustomer + JoinOwner
                                             + scope.where() + u" ORDER BY "_s + flow.record.date + u", r.id"_s + PageLimit)};
    };
    report.readRow = [flow](const Query &query) {
        QJsonObject row = contractJson(query, flow.columnCount);
        flow.read(row, query, row.value(u"currency"_s).toString());
        return row;
    };
    return report;
}

Report paymentsReceived()
{
    Report report = moneyInPeriod(
        {u"payments-received"_s, u"payments"_s, {u"r"_s, u"r.contract_currency"_s, u"r.received_on"_s, QString()},
         {u"SUM(r.amount_contract_minor)"_s},
         u"r.id, r.received_on, r.amount_minor, r.currency, r.rate_micros, r.amount_contract_minor, r.method"_s, 7,
         [](QJsonObject &row, const Query &query, const QString &currency) {
             row.insert(u"id"_s, query.value(0).toLongLong());
             row.insert(u"received_on"_s, query.value(1).toString());
             row.insert(u"received_amount"_s, Money(query.value(2).toLongLong(), query.value(3).toString()).toJson());
             row.insert(u"rate_micros"_s, query.value(4).toLongLong());
             row.insert(u"amount"_s, Money(query.value(5).toLongLong(), currency).toJson());
             row.insert(u"method"_s, query.value(6).toString());
         }});
    report.fields = {u"amount"_s};
    return report;
}

Report invoicing()
{
    Report report = moneyInPeriod({u"invoicing"_s, u"invoices"_s, {u"r"_s, u"r.currency"_s, u"r.issued_on"_s, QString()},
                                   {u"SUM(r.amount_minor)"_s, u"SUM(r.tax_minor)"_s},
                                   u"r.id, r.issued_on, r.number, r.amount_minor, r.tax_minor"_s, 5,
                                   [](QJsonObject &row, const Query &query, const QString &currency) {
                                       row.insert(u"id"_s, query.value(0).toLongLong());
                                       row.insert(u"issued_on"_s, query.value(1).toString());
                                       row.insert(u"number"_s, query.value(2).toString());
                                       row.insert(u"amount"_s, Money(query.value(3).toLongLong(), currency).toJson());
                                       row.insert(u"tax"_s, Money(query.value(4).toLongLong(), currency).toJson());
                                   }});
    report.fields = {u"amount"_s, u"tax"_s};
    return report;
}

// ---------------------------------------------------------------------------------------------------------
// Accounts receivable ageing
// ---------------------------------------------------------------------------------------------------------

const QStringList Buckets{u"not_due"_s, u"d1_30"_s, u"d31_60"_s, u"d61_90"_s, u"over_90"_s, u"total"_s};

QDate asOfDate(const RequestContext &context)
{
    const QDate queried = context.dateQuery(u"as_of"_s);
    return queried.isValid() ? queried : context.now.date();
}

/**
 * Records (contracts or plan nodes, after record) of contracts in force signed by as_of (on dateColumn, the signing
 * date as the grouping needs it); the bucket edges as dates: a node due on :as_of is not overdue, one due on :d30
 * (30 days before) is 30 days overdue (SettlementPlan::ageingBucket).
 */
Scope ageingScope(const RequestContext &context, const Record &record, const QString &dateColumn)
{
    const QDate asOf = asOfDate(context);
    Scope scope(context, record.owner());
    scope.add(inForce(record.status));
    scope.add(dateColumn + u" <= :as_of"_s, u":as_of"_s, Wire::dateToWire(asOf));
    for (const int days : {30, 60, 90})
        scope.bindings.append({u":d%1"_s.arg(days), Wire::dateToWire(asOf.addDays(-days))});
    return scope;
}

/**
 * A contract c had money open on :as_of when something is open on it now or it received something after that day
 * (every payment is allocated to its nodes).
 */
const QString OpenOnAsOf = u"(c.open_minor > 0 OR c.received_last_on > :as_of)"_s;

/**
 * What a node n with a payment after :as_of received after it: all it received when its first payment came after that
 * day too; only a node paid on both sides of the day sums its allocations.
 */
const QString ReceivedAfter = u"CASE WHEN n.received_first_on > :as_of THEN n.received_minor ELSE (SELECT SUM(a.amount_minor) "
                              u"FROM payment_allocations a JOIN payments pm ON pm.id = a.payment_id "
                              u"WHERE a.node_id = n.id AND pm.received_on > :as_of) END"_s;
const QString PaidAfter = u"n.received_last_on > :as_of"_s;

/** The buckets' sums of an amount open on :as_of on a node n. */
QStringList bucketSums(const QString &open)
{
    return {u"SUM(CASE WHEN n.due_date IS NULL OR n.due_date >= :as_of THEN %1 ELSE 0 END)"_s.arg(open),
            u"SUM(CASE WHEN n.due_date < :as_of AND n.due_date >= :d30 THEN %1 ELSE 0 END)"_s.arg(open),
            u"SUM(CASE WHEN n.due_date < :d30 AND n.due_date >= :d60 THEN %1 ELSE 0 END)"_s.arg(open),
            u"SUM(CASE WHEN n.due_date < :d60 AND n.due_date >= :d90 THEN %1 ELSE 0 END)"_s.arg(open),
            u"SUM(CASE WHEN n.due_date < :d90 THEN %1 ELSE 0 END)"_s.arg(open),
            u"SUM(%1)"_s.arg(open)};
}

Report arAgeing()
{
    Report report;
    report.name = u"ar-ageing"_s;
    report.groupings = {Customer, Salesperson, Department};
    report.defaultGrouping = Customer;
    report.fields = Buckets;
    // What was open on a node on as_of is what is open on it now plus what it received after that day: the groups add
    // up the contracts with money open then, what their nodes have open now, and what the nodes received since, each
    // summed alone in group order.
    report.groups = [](const RequestContext &context, const QString &groupBy) {
        const Dimension contracts = dimensionOf(groupBy, Contracts);
        Scope scope = ageingScope(context, Contracts, contracts.date(Contracts.date));
        scope.add(OpenOnAsOf);
        const Dimension nodes = dimensionOf(groupBy, Nodes);
        Scope open = ageingScope(context, Nodes, Nodes.date);
        open.add(u"n.received_minor < n.planned_minor"_s);
        Scope received = ageingScope(context, Nodes, Nodes.date);
        received.add(u"n.received_minor > 0 AND "_s + PaidAfter);
        const QStringList none(Buckets.size(), u"0"_s);
        // The three scopes bind the same.
        return scope.statement(
            groupsSql(contracts, {{contracts.inner, Contracts.currency, u"contracts c"_s, scope.where(), u"COUNT(*)"_s, none},
                                  {nodes.inner, Nodes.currency, u"plan_nodes n"_s, open.where(), u"0"_s,
                                   bucketSums(u"(n.planned_minor - n.received_minor)"_s)},
                                  {nodes.inner, Nodes.currency, u"plan_nodes n"_s, received.where(), u"0"_s,
                                   bucketSums(u'(' + ReceivedAfter + u')')}}));
    };
    report.rows = [](const RequestContext &context, const QString &groupBy) {
        Scope scope = ageingScope(context, Contracts, Contracts.date);
        scope.add(OpenOnAsOf);
        addGroupFilter(context, scope, groupBy, Contracts);
        // The page's contracts are found first; only their nodes are read.
        const QString page = u"SELECT c.id AS id FROM contracts c"_s + scope.where() + u" ORDER BY c.signing_date, c.id"_s + PageLimit;
        return RowStatements{scope.statement(u"SELECT COUNT(*) FROM contracts c"_s + scope.where()),
                             scope.statement(u"SELECT "_s + ContractColumns + u", "_s
                                             + bucketSums(u"(n.planned_minor - n.received_minor + CASE WHEN "_s + PaidAfter
                                                          + u" THEN "_s + ReceivedAfter + u" ELSE 0 END)"_s)
                                                   .join(u", "_s)
                                             + u" FROM ("_s + page + u") b JOIN contracts c ON c.id = b.id"_s + JoinCustomer + JoinOwner
                                             + u" JOIN plan_nodes n ON n.contract_id = c.id GROUP BY c.id ORDER BY c.signing_date, c.id"_s)};
    };
    report.readRow = [](const Query &query) {
        QJsonObject row = contractJson(query, 0);
        const QString currency = row.value(u"currency"_s).toString();
        for (qsizetype i = 0; i < Buckets.size(); ++i)
            row.insert(Buckets.at(i), moneyJson(query.value(ContractColumnCount + int(i)), currency));
        return row;
    };
    report.extra = [](const RequestContext &context) { return QJsonObject{{u"as_of"_s, Wire::dateToWire(asOfDate(context))}}; };
    return report;
}

const QList<Report> &reports()
{
    static const QList<Report> list{contractRegister(), paymentsReceived(), invoicing(), arAgeing()};
    return list;
}

const Report &reportNamed(const QString &name)
{
    const auto found = std::find_if(reports().cbegin(), reports().cend(), [&](const Report &report) { return report.name == name; });
    Q_ASSERT(found != reports().cend());
    return *found;
}

Statement groupsStatement(const RequestContext &context, const Report &report)
{
    return report.groups(context, groupingOf(context, report.groupings, report.defaultGrouping));
}

RowStatements rowStatements(const RequestContext &context, const Report &report)
{
    RowStatements statements = report.rows(context, groupingOf(context, report.groupings, report.defaultGrouping));
    const Page page = pageOf(context);
    statements.page.bindings.append({u":limit"_s, page.limit});
    statements.page.bindings.append({u":offset"_s, page.offset});
    return statements;
}

QJsonObject withExtra(const RequestContext &context, const Report &report, QJsonObject answer)
{
    if (report.extra) {
        const QJsonObject extra = report.extra(context);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            answer.insert(it.key(), it.value());
    }
    return answer;
}

/**
 * A page of the groups (key, label, currency, count and the sums), the number of groups, and the totals per currency
 * over all of them; ungrouped, only the totals.
 */
Http::Response groupsAnswer(RequestContext &context, const Report &report)
{
    const QString groupBy = groupingOf(context, report.groupings, report.defaultGrouping);
    const Page page = pageOf(context);
    Query query = groupsStatement(context, report).run(context.db);
    struct Sums
    {
        qint64 count = 0;
        QList<Money> values;
    };
    QMap<QString, Sums> totals;
    QJsonArray rows;
    qint64 groups = 0;
    constexpr int FirstField = 4;
    while (query.next()) {
        const QString currency = query.value(2).toString();
        const qint64 count = query.value(3).toLongLong();
        Sums &sums = totals[currency];
        if (sums.values.isEmpty())
            sums.values = QList<Money>(report.fields.size(), Money::zero(currency));
        sums.count += count;
        for (qsizetype i = 0; i < report.fields.size(); ++i)
            sums.values[i] += Money(query.value(FirstField + int(i)).toLongLong(), currency);
        if (groupBy.isEmpty())
            continue;
        const qint64 index = groups++;
        if (index < page.offset || index >= page.offset + page.limit)
            continue;
        QJsonObject row{{u"key"_s, query.value(0).toString()},
                        {u"label"_s, query.value(1).toString()},
                        {u"currency"_s, currency},
                        {u"count"_s, count}};
        for (qsizetype i = 0; i < report.fields.size(); ++i)
            row.insert(report.fields.at(i), moneyJson(query.value(FirstField + int(i)), currency));
        rows.append(row);
    }
    QJsonArray totalsJson;
    for (auto it = totals.constBegin(); it != totals.constEnd(); ++it) {
        QJsonObject total{{u"currency"_s, it.key()}, {u"count"_s, it->count}};
        for (qsizetype i = 0; i < report.fields.size(); ++i)
            total.insert(report.fields.at(i), it->values.at(i).toJson());
        totalsJson.append(total);
    }
    return jsonResponse(200, withExtra(context, report,
                                       {{u"group_by"_s, groupBy}, {u"rows"_s, rows}, {u"total"_s, groups}, {u"totals"_s, totalsJson}}));
}

/** A page of the records behind the figures, with their number. */
Http::Response rowsAnswer(RequestContext &context, const Report &report)
{
    const RowStatements statements = rowStatements(context, report);
    Query count = statements.count.run(context.db);
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    Query query = statements.page.run(context.db);
    QJsonArray items;
    while (query.next())
        items.append(report.readRow(query));
    return jsonResponse(200, withExtra(context, report, Wire::page(items, total)));
}

} // namespace

void registerRoutes(Router &router)
{
    for (const Report &report : reports()) {
        const Report *described = &report;
        const QString path = u"/api/v1/reports/"_s + report.name;
        router.add(
            "GET", path, [described](RequestContext &context) { return groupsAnswer(context, *described); },
            Router::Access::Authenticated, Router::Cost::Heavy);
        router.add(
            "GET", path + u"/rows"_s, [described](RequestContext &context) { return rowsAnswer(context, *described); },
            Router::Access::Authenticated, Router::Cost::Heavy);
    }
}

QList<Statement> statementsFor(const RequestContext &context, const QString &name, bool rows)
{
    const Report &report = reportNamed(name);
    if (!rows)
        return {groupsStatement(context, report)};
    const RowStatements statements = rowStatements(context, report);
    return {statements.count, statements.page};
}

} // namespace Tradewind::Contracts::Reports
