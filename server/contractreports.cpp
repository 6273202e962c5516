#include "contractreports.h"

#include "contractplan.h"
#include "contractservice.h"
#include "database.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind::Contracts::Reports {

namespace {

const QString Customer = u"customer"_s;
const QString Salesperson = u"salesperson"_s;
const QString Department = u"department"_s;
const QString Month = u"month"_s;

/** What a report knows of a contract: the columns of ContractColumns, read by readContract(). */
struct ContractRow
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    qint64 ownerId = 0;
    QString ownerName;
    QString departmentKey;
    QString departmentName;
    QDate signingDate;
    QString status;
    QString contractType;
    Money amount;
};

const QString ContractColumns = u"c.id, c.number, c.customer_id, p.name, c.owner_id, e.name, "
                                u"COALESCE(CAST(e.department_id AS TEXT), ''), COALESCE(d.name, ''), c.signing_date, "
                                u"c.status, c.contract_type, c.currency, c.amount_minor"_s;
constexpr int ContractColumnCount = 13;
const QString ContractJoins = u"JOIN partners p ON p.id = c.customer_id JOIN employees e ON e.id = c.owner_id "
                              u"LEFT JOIN departments d ON d.id = e.department_id "_s;

ContractRow readContract(const Query &query, int first)
{
    ContractRow row;
    row.id = query.value(first).toLongLong();
    row.number = query.value(first + 1).toString();
    row.customerId = query.value(first + 2).toLongLong();
    row.customerName = query.value(first + 3).toString();
    row.ownerId = query.value(first + 4).toLongLong();
    row.ownerName = query.value(first + 5).toString();
    row.departmentKey = query.value(first + 6).toString();
    row.departmentName = query.value(first + 7).toString();
    row.signingDate = QDate::fromString(query.value(first + 8).toString(), Qt::ISODate);
    row.status = query.value(first + 9).toString();
    row.contractType = query.value(first + 10).toString();
    row.amount = Money(query.value(first + 12).toLongLong(), query.value(first + 11).toString());
    return row;
}

QJsonObject contractJson(const ContractRow &row)
{
    return {{u"contract_id"_s, row.id},
            {u"contract_number"_s, row.number},
            {u"customer_id"_s, row.customerId},
            {u"customer_name"_s, row.customerName},
            {u"owner_id"_s, row.ownerId},
            {u"owner_name"_s, row.ownerName},
            {u"currency"_s, row.amount.currency()}};
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

/** The key and label of the group a record of the contract, dated date, falls in. */
QPair<QString, QString> groupOf(const QString &groupBy, const ContractRow &contract, const QDate &date)
{
    if (groupBy == Customer)
        return {QString::number(contract.customerId), contract.customerName};
    if (groupBy == Salesperson)
        return {QString::number(contract.ownerId), contract.ownerName};
    if (groupBy == Department)
        return {contract.departmentKey, contract.departmentName};
    const QString month = date.toString(u"yyyy-MM"_s);
    return {month, month};
}

/** Sums of money fields per group and currency, ordered by label; and the totals per currency. */
class Groups
{
public:
    explicit Groups(const QStringList &fields)
        : m_fields(fields)
    {
    }

    void add(const QPair<QString, QString> &group, const QString &currency, qint64 contractId, const QList<Money> &values)
    {
        Sums &row = accumulate(m_rows[group.second + u'\x1f' + group.first + u'\x1f' + currency], group, currency, values);
        if (!row.seen.contains(contractId)) {
            row.seen.insert(contractId);
            row.contractIds.append(contractId);
        }
        accumulate(m_totals[currency], {}, currency, values);
    }

    QJsonArray rows() const { return json(m_rows, true); }
    QJsonArray totals() const { return json(m_totals, false); }

private:
    struct Sums
    {
        QString key;
        QString label;
        QString currency;
        qint64 count = 0;
        QList<Money> values;
        QList<qint64> contractIds;
        QSet<qint64> seen;
    };

    Sums &accumulate(Sums &sums, const QPair<QString, QString> &group, const QString &currency, const QList<Money> &values) const
    {
        if (sums.values.isEmpty())
            sums = {group.first, group.second, currency, 0, QList<Money>(m_fields.size(), Money::zero(currency)), {}, {}};
        ++sums.count;
        for (qsizetype i = 0; i < values.size(); ++i)
            sums.values[i] += values.at(i);
        return sums;
    }

    QJsonArray json(const QMap<QString, Sums> &groups, bool withGroup) const
    {
        QJsonArray array;
        for (const Sums &sums : groups) {
            QJsonObject row{{u"currency"_s, sums.currency}, {u"count"_s, sums.count}};
            for (qsizetype i = 0; i < m_fields.size(); ++i)
                row.insert(m_fields.at(i), sums.values.at(i).toJson());
            if (withGroup) {
                row.insert(u"key"_s, sums.key);
                row.insert(u"label"_s, sums.label);
                QJsonArray ids;
                for (const qint64 id : sums.contractIds)
                    ids.append(id);
                row.insert(u"contract_ids"_s, ids);
            }
            array.append(row);
        }
        return array;
    }

    QStringList m_fields;
    QMap<QString, Sums> m_rows;
    QMap<QString, Sums> m_totals;
};

/** The contracts condition of every report: visible, and the extra conditions; placeholders bound by the binder. */
struct Scope
{
    QStringList conditions;
    QList<QPair<QString, QVariant>> bindings;
    Visibility visibility;

    explicit Scope(const RequestContext &context)
        : conditions{visibilityOf(context).condition()}
        , visibility(visibilityOf(context))
    {
    }
    void add(const QString &condition, const QString &placeholder, const QVariant &value)
    {
        conditions.append(condition);
        bindings.append({placeholder, value});
    }
    QString where() const { return conditions.join(u" AND "_s); }
    void bind(Query &query) const
    {
        visibility.bind(query);
        for (const auto &[placeholder, value] : bindings)
            query.bind(placeholder, value);
    }
};

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

QJsonObject report(const QJsonArray &rows, const QJsonArray &totals, const QString &groupBy)
{
    return {{u"rows"_s, rows}, {u"totals"_s, totals}, {u"group_by"_s, groupBy}};
}

// ---------------------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------------------

Http::Response contractRegister(RequestContext &context)
{
    const QString groupBy = groupingOf(context, {Customer, Salesperson, Department, Month}, QString());
    Scope scope(context);
    addPeriod(context, scope, u"c.signing_date"_s);
    const QString status = context.textQuery(u"status"_s, 32);
    if (!status.isEmpty() && !Contract::statuses().contains(status))
        throw ApiException::invalidField(u"status"_s, u"Parameter 'status' must be one of: %1"_s.arg(Contract::statuses().join(u", "_s)));
    if (!status.isEmpty())
        scope.add(u"c.status = :status"_s, u":status"_s, status);
    const auto bind = [&](Query &query) { scope.bind(query); };
    const QHash<qint64, QList<PlanNode>> plans = Plan::nodesWhere(context.db, scope.where(), bind);
    Query query(context.db, u"SELECT "_s + ContractColumns + u" FROM contracts c "_s + ContractJoins + u"WHERE "_s + scope.where()
                                + u" ORDER BY c.signing_date, c.id"_s);
    bind(query);
    query.exec();
    const QStringList fields{u"amount"_s, u"invoiced"_s, u"received"_s, u"outstanding"_s, u"overdue"_s};
    Groups groups(fields);
    QJsonArray contracts;
    while (query.next()) {
        const ContractRow row = readContract(query, 0);
        Contract contract;
        contract.currency = row.amount.currency();
        contract.amount = row.amount;
        Plan::summarise(contract, plans.value(row.id), context.now.date());
        const QList<Money> values{contract.amount, contract.invoiced, contract.received, contract.outstanding, contract.overdue};
        groups.add(groupBy.isEmpty() ? QPair<QString, QString>() : groupOf(groupBy, row, row.signingDate), contract.currency,
                   row.id, values);
        if (!groupBy.isEmpty())
            continue;
        QJsonObject json = contractJson(row);
        json.insert(u"id"_s, row.id);
        json.insert(u"number"_s, row.number);
        json.insert(u"signing_date"_s, Wire::dateToWire(row.signingDate));
        json.insert(u"status"_s, row.status);
        json.insert(u"contract_type"_s, row.contractType);
        for (qsizetype i = 0; i < fields.size(); ++i)
            json.insert(fields.at(i), values.at(i).toJson());
        contracts.append(json);
    }
    return jsonResponse(200, report(groupBy.isEmpty() ? contracts : groups.rows(), groups.totals(), groupBy));
}

/** A kind of money record in a period: payments received or invoices issued. */
struct Flow
{
    QString table;
    QString dateColumn;
    QString columns; ///< the record's columns before the contract's
    int columnCount;
    QStringList fields; ///< the money summed per group
    /** The record's money in the contract's currency (fields) and its JSON detail. */
    std::function<QPair<QList<Money>, QJsonObject>(const Query &, const QString &currency)> read;
};

Http::Response moneyInPeriod(RequestContext &context, const Flow &flow)
{
    const QString groupBy = groupingOf(context, {Customer, Salesperson, Department, Month}, Customer);
    Scope scope(context);
    addPeriod(context, scope, u"r."_s + flow.dateColumn);
    Query query(context.db, u"SELECT "_s + flow.columns + u", "_s + ContractColumns + u" FROM "_s + flow.table
                                + u" r JOIN contracts c ON c.id = r.contract_id "_s + ContractJoins + u"WHERE "_s + scope.where()
                                + u" ORDER BY r."_s + flow.dateColumn + u", r.id"_s);
    scope.bind(query);
    query.exec();
    Groups groups(flow.fields);
    QJsonArray details;
    while (query.next()) {
        const ContractRow contract = readContract(query, flow.columnCount);
        const auto [values, detail] = flow.read(query, contract.amount.currency());
        const QDate date = QDate::fromString(detail.value(flow.dateColumn).toString(), Qt::ISODate);
        groups.add(groupOf(groupBy, contract, date), contract.amount.currency(), contract.id, values);
        QJsonObject json = contractJson(contract);
        for (auto it = detail.constBegin(); it != detail.constEnd(); ++it)
            json.insert(it.key(), it.value());
        details.append(json);
    }
    QJsonObject answer = report(groups.rows(), groups.totals(), groupBy);
    answer.insert(u"details"_s, details);
    return jsonResponse(200, answer);
}

Http::Response paymentsReceived(RequestContext &context)
{
    static const Flow flow{u"payments"_s,
                           u"received_on"_s,
                           u"r.id, r.received_on, r.amount_minor, r.currency, r.rate_micros, r.amount_contract_minor, r.method"_s,
                           7,
                           {u"amount"_s},
                           [](const Query &query, const QString &currency) {
                               const Money amount(query.value(5).toLongLong(), currency);
                               return QPair<QList<Money>, QJsonObject>{
                                   {amount},
                                   {{u"id"_s, query.value(0).toLongLong()},
                                    {u"received_on"_s, query.value(1).toString()},
                                    {u"received_amount"_s, Money(query.value(2).toLongLong(), query.value(3).toString()).toJson()},
                                    {u"rate_micros"_s, query.value(4).toLongLong()},
                                    {u"amount"_s, amount.toJson()},
                                    {u"method"_s, query.value(6).toString()}}};
                           }};
    return moneyInPeriod(context, flow);
}

Http::Response invoicing(RequestContext &context)
{
    static const Flow flow{u"invoices"_s,
                           u"issued_on"_s,
                           u"r.id, r.issued_on, r.number, r.amount_minor, r.tax_minor"_s,
                           5,
                           {u"amount"_s, u"tax"_s},
                           [](const Query &query, const QString &currency) {
                               const Money amount(query.value(3).toLongLong(), currency);
                               const Money tax(query.value(4).toLongLong(), currency);
                               return QPair<QList<Money>, QJsonObject>{{amount, tax},
                                                                       {{u"id"_s, query.value(0).toLongLong()},
                                                                        {u"issued_on"_s, query.value(1).toString()},
                                                                        {u"number"_s, query.value(2).toString()},
                                                                        {u"amount"_s, amount.toJson()},
                                                                        {u"tax"_s, tax.toJson()}}};
                           }};
    return moneyInPeriod(context, flow);
}

Http::Response arAgeing(RequestContext &context)
{
    const QString groupBy = groupingOf(context, {Customer, Salesperson, Department}, Customer);
    const QDate queried = context.dateQuery(u"as_of"_s);
    const QDate asOf = queried.isValid() ? queried : context.now.date();
    Scope scope(context);
    scope.conditions.append(u"c.status IN ('draft', 'active', 'completed')"_s);
    scope.add(u"c.signing_date <= :as_of"_s, u":as_of"_s, Wire::dateToWire(asOf));
    const auto bind = [&](Query &query) { scope.bind(query); };
    const QHash<qint64, QList<PlanNode>> plans = Plan::nodesWhere(context.db, scope.where(), bind, asOf);
    Query query(context.db, u"SELECT "_s + ContractColumns + u" FROM contracts c "_s + ContractJoins + u"WHERE "_s + scope.where()
                                + u" ORDER BY c.id"_s);
    bind(query);
    query.exec();
    const QStringList buckets{u"not_due"_s, u"d1_30"_s, u"d31_60"_s, u"d61_90"_s, u"over_90"_s};
    Groups groups(buckets + QStringList{u"total"_s});
    while (query.next()) {
        const ContractRow contract = readContract(query, 0);
        const QString currency = contract.amount.currency();
        for (const PlanNode &node : plans.value(contract.id)) {
            const Money outstanding = node.outstanding();
            if (!(Money::zero(currency) < outstanding))
                continue;
            const QDate due = node.dueDate();
            const auto bucket = due.isValid() ? SettlementPlan::ageingBucket(due, asOf) : SettlementPlan::AgeingBucket::NotDue;
            QList<Money> values(buckets.size(), Money::zero(currency));
            values[static_cast<int>(bucket)] = outstanding;
            values.append(outstanding);
            groups.add(groupOf(groupBy, contract, asOf), currency, contract.id, values);
        }
    }
    QJsonObject answer = report(groups.rows(), groups.totals(), groupBy);
    answer.insert(u"as_of"_s, Wire::dateToWire(asOf));
    return jsonResponse(200, answer);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reports/contract-register"_s, contractRegister);
    router.add("GET", u"/api/v1/reports/payments-received"_s, paymentsReceived);
    router.add("GET", u"/api/v1/reports/invoicing"_s, invoicing);
    router.add("GET", u"/api/v1/reports/ar-ageing"_s, arAgeing);
}

} // namespace Tradewind::Contracts::Reports
