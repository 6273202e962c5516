// Times the first view of every report on the 1,000-employee / 1M-opportunity / 120k-contract data set (built on
// first use, like bench_opportunity_list): the contract register (its totals, its first page of contracts, grouped
// by customer, salesperson, department and month, and the drill-down into one customer's figures), payments
// received, invoicing, the receivables ageing as of today and 90 days ago (groups and first page of rows), and the
// win rate by salesperson, department, kind and source — through real HTTP for the director, finance, manager.east
// and a regional manager, next to the same SQL statements run directly on the database (wall time, and the CPU time
// of the thread running them, which a busy machine does not inflate), with the size of the answer and how much the
// process's peak resident memory grew while answering.
//
//   bench_reports [DATABASE] [--requests N] [--plans]
//
// With --plans it prints the query plan of every statement instead of timing them.

#include "benchdataset.h"
#include "contractreports.h"
#include "database.h"
#include "quoteworkflow.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <ctime>

using namespace Qt::StringLiterals;
using Bench::milliseconds;
using Bench::out;
using Bench::Stats;

namespace {

/** One first view: a report's groups or rows (or the win rate) with the query the client sends. */
struct Case
{
    QString title;
    QString report; ///< a contract report's name, or "win-rate"
    bool rows;
    QUrlQuery query;

    QString path() const
    {
        return report == u"win-rate"_s ? u"/stats/win-rate"_s : u"/reports/"_s + report + (rows ? u"/rows"_s : QString());
    }
};

/** A field of /proc/self/status in kB (VmRSS, VmHWM). */
qint64 statusKb(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

/** The machine's load average over the last 1, 5 and 15 minutes: a shared machine's wall times depend on it. */
QString loadAverage()
{
    QFile loadavg(u"/proc/loadavg"_s);
    if (!loadavg.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' '));
}

/** Lets VmHWM start again from the current resident size (Linux clear_refs). */
void resetPeak()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

qint64 threadCpuNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/** The statements the server runs for the case, as the request in context would. */
QList<Tradewind::Statement> statementsOf(const Tradewind::RequestContext &context, const Case &test)
{
    return test.report == u"win-rate"_s ? QList<Tradewind::Statement>{Tradewind::Quotes::Workflow::winRateStatement(context)}
                                        : Tradewind::Contracts::Reports::statementsFor(context, test.report, test.rows);
}

Tradewind::RequestContext contextOf(Tradewind::TradewindServer &server, const Tradewind::Caller &caller, const Case &test,
                                    Tradewind::Http::Request &request)
{
    request.method = "GET";
    request.path = u"/api/v1"_s + test.path();
    request.query = test.query;
    Tradewind::RequestContext context(request, server.database().connection(), QDateTime::currentDateTimeUtc());
    context.caller = caller;
    return context;
}

/**
 * The statements the server runs for the case, run directly: prepared, bound, every row stepped through. Wall time,
 * and in cpu the CPU time they took.
 */
Stats directSql(Tradewind::TradewindServer &server, const Tradewind::Caller &caller, const Case &test, int repetitions,
                Stats &cpu)
{
    Tradewind::Http::Request request;
    QList<qint64> times;
    QList<qint64> cpuTimes;
    for (int i = 0; i < repetitions; ++i) {
        const Tradewind::RequestContext context = contextOf(server, caller, test, request);
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNanoseconds();
        for (const Tradewind::Statement &statement : statementsOf(context, test)) {
            Tradewind::Query query = statement.run(context.db);
            while (query.next())
                query.value(0);
        }
        times.append(timer.nsecsElapsed());
        cpuTimes.append(threadCpuNanoseconds() - cpuStart);
    }
    cpu = Bench::summarise(cpuTimes);
    return Bench::summarise(times);
}

/** The query plan of each of the case's statements, indented as SQLite nests it. */
void printPlans(Tradewind::TradewindServer &server, const Tradewind::Caller &caller, const Case &test)
{
    Tradewind::Http::Request request;
    const Tradewind::RequestContext context = contextOf(server, caller, test, request);
    for (Tradewind::Statement statement : statementsOf(context, test)) {
        statement.sql.prepend(u"EXPLAIN QUERY PLAN "_s);
        Tradewind::Query plan = statement.run(context.db);
        QHash<qint64, int> depths;
        while (plan.next()) {
            const int depth = depths.value(plan.value(1).toLongLong(), -1) + 1;
            depths.insert(plan.value(0).toLongLong(), depth);
            out() << "    " << QString(depth * 2, u' ') << plan.value(3).toString() << Qt::endl;
        }
        out() << "    --" << Qt::endl;
    }
}

QUrlQuery withItem(QUrlQuery query, const QString &name, const QString &value)
{
    query.addQueryItem(name, value);
    return query;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList argumentList = app.arguments();
    const bool plans = argumentList.removeAll(u"--plans"_s) > 0;
    const Bench::Arguments arguments = Bench::parseArguments(argumentList, 10);
    const std::unique_ptr<Tradewind::TradewindServer> started = Bench::openDataSet(arguments.databasePath);
    Tradewind::TradewindServer &server = *started;
    out() << arguments.repetitions << " requests each; peak RSS growth of the whole process during them; load average "
          << loadAverage() << Qt::endl;

    // What the client asks first: the last 12 months, pages of 100, contracts in force.
    const QDate today = QDate::currentDate();
    QUrlQuery period;
    period.addQueryItem(u"from"_s, Tradewind::Wire::dateToWire(today.addYears(-1).addDays(1)));
    period.addQueryItem(u"to"_s, Tradewind::Wire::dateToWire(today));
    period.addQueryItem(u"limit"_s, u"100"_s);
    const QUrlQuery inForce = withItem(period, u"status"_s, u"active,completed"_s);
    const auto by = [](const QUrlQuery &query, const QString &groupBy) { return withItem(query, u"group_by"_s, groupBy); };
    const QUrlQuery today100 = withItem(QUrlQuery(u"limit=100"_s), u"as_of"_s, Tradewind::Wire::dateToWire(today));
    const QUrlQuery past100 = withItem(QUrlQuery(u"limit=100"_s), u"as_of"_s, Tradewind::Wire::dateToWire(today.addDays(-90)));
    const QList<Case> cases{
        {u"register: totals"_s, u"contract-register"_s, false, inForce},
        {u"register: rows"_s, u"contract-register"_s, true, inForce},
        {u"register by customer"_s, u"contract-register"_s, false, by(inForce, u"customer"_s)},
        {u"register by salesperson"_s, u"contract-register"_s, false, by(inForce, u"salesperson"_s)},
        {u"register by department"_s, u"contract-register"_s, false, by(inForce, u"department"_s)},
        {u"register by month"_s, u"contract-register"_s, false, by(inForce, u"month"_s)},
        {u"register: drill-down"_s, u"contract-register"_s, true, QUrlQuery()}, // the first customer's, filled in per login
        {u"payments by customer"_s, u"payments-received"_s, false, by(period, u"customer"_s)},
        {u"payments: rows"_s, u"payments-received"_s, true, period},
        {u"invoicing by customer"_s, u"invoicing"_s, false, by(period, u"customer"_s)},
        {u"invoicing: rows"_s, u"invoicing"_s, true, period},
        {u"ageing today"_s, u"ar-ageing"_s, false, by(today100, u"customer"_s)},
        {u"ageing today: rows"_s, u"ar-ageing"_s, true, today100},
        {u"ageing -90 days"_s, u"ar-ageing"_s, false, by(past100, u"customer"_s)},
        {u"ageing -90 d: rows"_s, u"ar-ageing"_s, true, past100},
        {u"win rate by person"_s, u"win-rate"_s, false, QUrlQuery(u"group_by=salesperson"_s)},
        {u"win rate by dept."_s, u"win-rate"_s, false, QUrlQuery(u"group_by=department"_s)},
        {u"win rate by kind"_s, u"win-rate"_s, false, QUrlQuery(u"group_by=kind"_s)},
        {u"win rate by source"_s, u"win-rate"_s, false, QUrlQuery(u"group_by=source"_s)},
    };

    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                 .arg(u"report"_s, -22)
                 .arg(u"login"_s, -14)
                 .arg(u"rows"_s, 7)
                 .arg(u"HTTP median"_s, 11)
                 .arg(u"HTTP p95"_s, 10)
                 .arg(u"SQL median"_s, 10)
                 .arg(u"ratio"_s, 5)
                 .arg(u"answer"_s, 9)
                 .arg(u"peak RSS"_s, 9)
          << QStringLiteral(" %1 |").arg(u"SQL CPU"_s, 10) << Qt::endl;
    for (const QString &login : {u"director"_s, u"finance"_s, u"manager.east"_s, u"scale.manager1"_s}) {
        const auto client = Bench::login(server, login);
        const Tradewind::Employee user = client->currentUser();
        const Tradewind::Caller caller{user.id, user.login, user.name, user.roles};
        for (Case test : cases) {
            if (test.title == u"register: drill-down"_s) {
                Tradewind::ApiReply *groups = client->get(u"/reports/contract-register"_s, by(inForce, u"customer"_s));
                TestSupport::waitFor(groups, 120000);
                const QJsonObject first = groups->object().value(u"rows"_s).toArray().at(0).toObject();
                test.query = withItem(withItem(by(inForce, u"customer"_s), u"group_key"_s, first.value(u"key"_s).toString()),
                                      u"currency"_s, first.value(u"currency"_s).toString());
                groups->deleteLater();
            }
            if (plans) {
                out() << test.title << " — " << login << Qt::endl;
                printPlans(server, caller, test);
                continue;
            }
            Tradewind::ApiReply *probe = client->get(test.path(), test.query);
            if (!TestSupport::waitFor(probe, 120000) || !probe->ok())
                qFatal("%s failed: %s", qPrintable(test.path()), probe->rawBody().constData());
            const qint64 answerBytes = probe->rawBody().size();
            const QJsonObject answer = probe->object();
            const qint64 rows = answer.contains(u"total"_s) ? answer.value(u"total"_s).toInteger()
                                                             : answer.value(u"items"_s).toArray().size();
            probe->deleteLater();

            resetPeak();
            const qint64 before = statusKb("VmRSS");
            const Stats http = Bench::overHttp(*client, test.path(), test.query, arguments.repetitions);
            const qint64 peakGrowth = statusKb("VmHWM") - before;
            Stats cpu;
            const Stats sql = directSql(server, caller, test, arguments.repetitions, cpu);
            out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |")
                         .arg(test.title, -22)
                         .arg(login, -14)
                         .arg(rows, 7)
                         .arg(milliseconds(http.medianMs), 11)
                         .arg(milliseconds(http.p95Ms), 10)
                         .arg(milliseconds(sql.medianMs), 10)
                         .arg(QString::number(http.medianMs / sql.medianMs, 'f', 2), 5)
                         .arg(QString::number(answerBytes / 1024.0, 'f', 1) + u" KB"_s, 9)
                         .arg(QString::number(peakGrowth / 1024.0, 'f', 1) + u" MB"_s, 9)
                  << QStringLiteral(" %1 |").arg(milliseconds(cpu.medianMs), 10) << Qt::endl;
        }
    }
    out() << "load average " << loadAverage() << Qt::endl;
    server.close();
    return 0;
}
