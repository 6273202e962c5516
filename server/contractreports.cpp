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

/** Only the open money of contracts in force is receivable: a draft is not signed yet, a terminated contract ended. */
const QString InForce = u"c.status IN ('active', 'completed')"_s;

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

    explicit Scope(const RequestContext &context)
        : visibility(visibilityOf(context))
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
 * What a report is grouped by. The statements sum per inner key and currency over the records first, then name the
 * groups (and merge salespeople into their departments) from those few sums: the customer, owner and department
 * rows are read once per group rather than once per record.
 */
struct Dimension
{
    QString inner; ///< the key per record, over the contract c
    QString key;   ///< the group's key and label over the inner sums g (g.k)
    QString label;
    QString joins; ///< what key and label need
};

Dimension dimensionOf(const QString &groupBy, const QString &dateColumn)
{
    // "+" keeps the planner on the covering index rather than an index ordered by the key.
    if (groupBy == Customer)
        return {u"+c.customer_id"_s, u"CAST(g.k AS TEXT)"_s, u"p.name"_s, u" JOIN partners p ON p.id = g.k"_s};
    if (groupBy == Salesperson)
        return {u"+c.owner_id"_s, u"CAST(g.k AS TEXT)"_s, u"e.name"_s, u" JOIN employees e ON e.id = g.k"_s};
    if (groupBy == Department)
        return {u"+c.owner_id"_s, u"COALESCE(CAST(e.department_id AS TEXT), '')"_s, u"COALESCE(d.name, '')"_s,
                u" JOIN employees e ON e.id = g.k LEFT JOIN departments d ON d.id = e.department_id"_s};
    if (groupBy == Month)
        return {u"substr(%1, 1, 7)"_s.arg(dateColumn), u"g.k"_s, u"g.k"_s, QString()};
    return {u"''"_s, u"g.k"_s, u"g.k"_s, QString()};
}

/**
 * The statement of the groups: key, label, currency, count and the sums of the fields, ordered by label; count and
 * sums are SQL over the records of from (which names the contract c), in the report's fields' order.
 */
QString groupsSql(const Dimension &dimension, const QString &count, const QStringList &sums, const QString &from,
                  const QString &where)
{
    QStringList inner{dimension.inner + u" AS k"_s, u"c.currency AS currency"_s, count + u" AS f0"_s};
    QStringList outer{dimension.key, dimension.label, u"g.currency"_s, u"SUM(g.f0)"_s};
    for (qsizetype i = 0; i < sums.size(); ++i) {
        inner.append(sums.at(i) + u" AS f%1"_s.arg(i + 1));
        outer.append(u"SUM(g.f%1)"_s.arg(i + 1));
    }
    return u"SELECT "_s + outer.join(u", "_s) + u" FROM (SELECT "_s + inner.join(u", "_s) + u" FROM "_s + from + where
        + u" GROUP BY 1, 2) g"_s + dimension.joins + u" GROUP BY 1, 3 ORDER BY 2, 1, 3"_s;
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
void addGroupFilter(const RequestContext &context, Scope &scope, const QString &groupBy, const QString &dateColumn)
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
            scope.add(u"c.customer_id = :group_key"_s, u":group_key"_s, id());
        } else if (groupBy == Salesperson) {
            scope.add(u"c.owner_id = :group_key"_s, u":group_key"_s, id());
        } else if (groupBy == Department) {
            if (key.isEmpty())
                scope.add(u"c.owner_id IN (SELECT id FROM employees WHERE department_id IS NULL)"_s);
            else
                scope.add(u"c.owner_id IN (SELECT id FROM employees WHERE department_id = :group_key)"_s, u":group_key"_s, id());
        } else if (groupBy == Month) {
            const QDate month = QDate::fromString(key + u"-01"_s, Qt::ISODate);
            if (key.size() != 7 || !month.isValid())
                throw invalid();
            scope.add(dateColumn + u" >= :month_start"_s, u":month_start"_s, Wire::dateToWire(month));
            scope.add(dateColumn + u" < :month_end"_s, u":month_end"_s, Wire::dateToWire(month.addMonths(1)));
        } else {
            throw ApiException::invalidField(u"group_key"_s, u"Parameter 'group_key' needs a group_by"_s);
        }
    }
    const QString currency = context.textQuery(u"currency"_s, 3);
    if (currency.isEmpty())
        return;
    if (!Money::isValidCurrencyCode(currency))
        throw ApiException::invalidField(u"currency"_s, u"Parameter 'currency' must be a currency code like CNY"_s);
    scope.add(u"c.currency = :currency"_s, u":currency"_s, currency);
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

/** A report's statements for its groups, or for its rows. */
struct Statements
{
    /** The rows' count; without it, the page's last column is the count (a window over all rows). */
    std::optional<Statement> count;
    Statement main;
    QList<Statement> list() const { return count ? QList<Statement>{*count, main} : QList<Statement>{main}; }
};

/** A report: its groupings and how it builds its statements and reads its rows. */
struct Report
{
    QString name;
    QStringList groupings;
    QString defaultGrouping;
    QStringList fields; ///< the money summed per group, after key, label, currency and count
    /** The statement selecting key, label, currency, count and the fields' sums per group, ordered by label. */
    std::function<Statements(const RequestContext &, const QString &groupBy)> groups;
    /** The statements of a page of rows (LIMIT :limit OFFSET :offset). */
    std::function<Statements(const RequestContext &, const QString &groupBy)> rows;
    std::function<QJsonObject(const Query &)> readRow;
    /** What the answers add beside the figures (e.g. the as-of day). */
    std::function<QJsonObject(const RequestContext &)> extra;
};

const QString PageLimit = u" LIMIT :limit OFFSET :offset"_s;

// ---------------------------------------------------------------------------------------------------------
// Contract register
// ---------------------------------------------------------------------------------------------------------

/** The register's scope: contracts signed in the period, of the statuses asked for (a comma-separated list). */
Scope registerScope(const RequestContext &context)
{
    Scope scope(context);
    addPeriod(context, scope, u"c.signing_date"_s);
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

/** Outstanding and overdue (as of :today) of a contract in force; NULL otherwise. */
const QString Outstanding = u"CASE WHEN "_s + InForce + u" THEN c.amount_minor - c.received_minor END"_s;
const QString Overdue = u"CASE WHEN "_s + InForce
    + u" THEN CASE WHEN c.open_due_date < :today THEN (SELECT SUM(n.planned_minor - n.received_minor) FROM plan_nodes n "
      u"WHERE n.contract_id = c.id AND n.received_minor < n.planned_minor AND n.due_date < :today) ELSE 0 END END"_s;

Report contractRegister()
{
    Report report;
    report.name = u"contract-register"_s;
    report.groupings = {Customer, Salesperson, Department, Month};
    report.fields = {u"amount"_s, u"invoiced"_s, u"received"_s, u"outstanding"_s, u"overdue"_s};
    report.groups = [](const RequestContext &context, const QString &groupBy) {
        const Scope scope = registerScope(context);
        return Statements{std::nullopt,
                          scope.statement(groupsSql(dimensionOf(groupBy, u"c.signing_date"_s), u"COUNT(*)"_s,
                                                    {u"SUM(c.amount_minor)"_s, u"SUM(c.invoiced_minor)"_s,
                                                     u"SUM(c.received_minor)"_s, u"SUM("_s + Outstanding + u')',
                                                     u"SUM("_s + Overdue + u')'},
                                                    u"contracts c"_s, scope.where()))};
    };
    report.rows = [](const RequestContext &context, const QString &groupBy) {
        Scope scope = registerScope(context);
        addGroupFilter(context, scope, groupBy, u"c.signing_date"_s);
        return Statements{scope.statement(u"SELECT COUNT(*) FROM contracts c"_s + scope.where()),
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

/** A kind of money record in a period: payments received or invoices issued. */
struct Flow
{
    QString name;
    QString table;
    QString dateColumn;
    QStringList sums; ///< the fields' sums per group, in the contract's currency
    QString columns; ///< of a row, before the contract's
    int columnCount;
    std::function<void(QJsonObject &, const Query &, const QString &currency)> read;
};

Report moneyInPeriod(const Flow &flow)
{
    const QString dateColumn = u"r."_s + flow.dateColumn;
    const auto scopeOf = [dateColumn](const RequestContext &context) {
        Scope scope(context);
        addPeriod(context, scope, dateColumn);
        return scope;
    };
    // Over everything, the period's records lead; over a team's contracts, the contracts do.
    const auto fromOf = [flow](const Scope &scope) {
        return scope.visibility.seesEverything() ? flow.table + u" r JOIN contracts c ON c.id = r.contract_id"_s
                                                 : u"contracts c CROSS JOIN "_s + flow.table + u" r ON r.contract_id = c.id"_s;
    };
    Report report;
    report.name = flow.name;
    report.groupings = {Customer, Salesperson, Department, Month};
    report.defaultGrouping = Customer;
    report.groups = [=](const RequestContext &context, const QString &groupBy) {
        const Scope scope = scopeOf(context);
        return Statements{std::nullopt,
                          scope.statement(groupsSql(dimensionOf(groupBy, dateColumn), u"COUNT(*)"_s, flow.sums, fromOf(scope), scope.where()))};
    };
    report.rows = [=](const RequestContext &context, const QString &groupBy) {
        Scope scope = scopeOf(context);
        const qsizetype periodOnly = scope.conditions.size();
        addGroupFilter(context, scope, groupBy, dateColumn);
        // Everything in the period counts without reading a contract.
        const QString counted = scope.visibility.seesEverything() && scope.conditions.size() == periodOnly ? flow.table + u" r"_s
                                                                                                          : fromOf(scope);
        return Statements{scope.statement(u"SELECT COUNT(*) FROM "_s + counted + scope.where()),
                          scope.statement(u"SELECT "_s + flow.columns + u", "_s + ContractColumns + u" FROM "_s + fromOf(scope) + JoinCustomer
                                          + JoinOwner + scope.where() + u" ORDER BY "_s + dateColumn + u", r.id"_s + PageLimit)};
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
        {u"payments-received"_s, u"payments"_s, u"received_on"_s, {u"SUM(r.amount_contract_minor)"_s},
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
    Report report = moneyInPeriod({u"invoicing"_s, u"invoices"_s, u"issued_on"_s, {u"SUM(r.amount_minor)"_s, u"SUM(r.tax_minor)"_s},
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
 * Contracts in force signed by as_of; the bucket edges as dates: a node due on :as_of is not overdue, one due on
 * :d30 (30 days before) is 30 days overdue (SettlementPlan::ageingBucket).
 */
Scope ageingScope(const RequestContext &context)
{
    const QDate asOf = asOfDate(context);
    Scope scope(context);
    scope.add(InForce);
    scope.add(u"c.signing_date <= :as_of"_s, u":as_of"_s, Wire::dateToWire(asOf));
    for (const int days : {30, 60, 90})
        scope.bindings.append({u":d%1"_s.arg(days), Wire::dateToWire(asOf.addDays(-days))});
    return scope;
}

/**
 * What was open on each node of a contract c on :as_of: n, the node, and its open amount. As of today (or later) that
 * is what is open now, read from the nodes still open; as of a past day, what was received after it is added back.
 */
struct OpenNodes
{
    QString from;
    QString open;
};

OpenNodes openNodes(const RequestContext &context)
{
    if (asOfDate(context) >= context.now.date())
        return {u"contracts c CROSS JOIN plan_nodes n ON n.contract_id = c.id AND n.received_minor < n.planned_minor"_s,
                u"(n.planned_minor - n.received_minor)"_s};
    return {u"contracts c CROSS JOIN plan_nodes n ON n.contract_id = c.id LEFT JOIN (SELECT a.node_id, SUM(a.amount_minor) "
            u"AS later FROM payments pm JOIN payment_allocations a ON a.payment_id = pm.id WHERE pm.received_on > :as_of "
            u"GROUP BY a.node_id) l ON l.node_id = n.id"_s,
            u"(n.planned_minor - n.received_minor + COALESCE(l.later, 0))"_s};
}

QStringList bucketSums(const OpenNodes &nodes)
{
    const QString open = nodes.open;
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
    report.groups = [](const RequestContext &context, const QString &groupBy) {
        Scope scope = ageingScope(context);
        const OpenNodes nodes = openNodes(context);
        scope.add(nodes.open + u" > 0"_s);
        return Statements{std::nullopt, scope.statement(groupsSql(dimensionOf(groupBy, QString()), u"COUNT(DISTINCT c.id)"_s,
                                                                  bucketSums(nodes), nodes.from, scope.where()))};
    };
    report.rows = [](const RequestContext &context, const QString &groupBy) {
        Scope scope = ageingScope(context);
        addGroupFilter(context, scope, groupBy, QString());
        const OpenNodes nodes = openNodes(context);
        scope.add(nodes.open + u" > 0"_s);
        // The page's contracts are found first; only they are joined to their customer and owner.
        const QString page = u"SELECT c.id AS id, "_s + bucketSums(nodes).join(u", "_s) + u", COUNT(*) OVER () AS contracts FROM "_s
            + nodes.from + scope.where() + u" GROUP BY c.id ORDER BY c.signing_date, c.id"_s + PageLimit;
        return Statements{std::nullopt,
                          scope.statement(u"SELECT "_s + ContractColumns + u", b.* FROM ("_s + page
                                          + u") b JOIN contracts c ON c.id = b.id"_s + JoinCustomer + JoinOwner
                                          + u" ORDER BY c.signing_date, c.id"_s)};
    };
    report.readRow = [](const Query &query) {
        QJsonObject row = contractJson(query, 0);
        const QString currency = row.value(u"currency"_s).toString();
        for (qsizetype i = 0; i < Buckets.size(); ++i)
            row.insert(Buckets.at(i), moneyJson(query.value(ContractColumnCount + 1 + int(i)), currency));
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

Statements statementsOf(const RequestContext &context, const Report &report, bool rows)
{
    const QString groupBy = groupingOf(context, report.groupings, report.defaultGrouping);
    Statements statements = rows ? report.rows(context, groupBy) : report.groups(context, groupBy);
    if (rows) {
        const Page page = pageOf(context);
        statements.main.bindings.append({u":limit"_s, page.limit});
        statements.main.bindings.append({u":offset"_s, page.offset});
    }
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
    Query query = statementsOf(context, report, false).main.run(context.db);
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
    const Statements statements = statementsOf(context, report, true);
    qint64 total = 0;
    if (statements.count) {
        Query count = statements.count->run(context.db);
        total = count.next() ? count.value(0).toLongLong() : 0;
    }
    Query query = statements.main.run(context.db);
    QJsonArray items;
    while (query.next()) {
        items.append(report.readRow(query));
        if (!statements.count)
            total = query.value(ContractColumnCount + 1 + int(report.fields.size())).toLongLong();
    }
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
    return statementsOf(context, reportNamed(name), rows).list();
}

} // namespace Tradewind::Contracts::Reports
