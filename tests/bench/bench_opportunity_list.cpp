// Builds (once) the 1,000-employee / 1M-opportunity data set (with a quote for every fourth opportunity and a
// contract for every won one) and measures the first page of the opportunity list through real HTTP, next to the
// same SQL run directly on the database, the supervisor's org tree with its per-person counts and the first page of
// the quote list (the reports have bench_reports).
//
//   bench_opportunity_list [DATABASE] [--requests N]

#include "benchdataset.h"
#include "database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using Bench::out;
using Bench::overHttp;
using Bench::Stats;
using Bench::summarise;

namespace {

/** The statements the server runs for GET /opportunities?limit=50 (count, then the first page). */
Stats directSql(Tradewind::Database &database, qint64 callerId, bool everything, int repetitions)
{
    const QString visibility = everything
        ? u"1 = 1"_s
        : u"o.owner_id IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = :caller)"_s;
    QList<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        Tradewind::Query count(database.connection(), u"SELECT COUNT(*) FROM opportunities o WHERE "_s + visibility);
        if (!everything)
            count.bind(u":caller"_s, callerId);
        count.scalar();
        Tradewind::Query page(database.connection(),
                              u"SELECT o.id, o.kind, o.customer_id, p.name, o.title, o.source, o.stage, o.amount_minor, "
                              u"o.currency, o.expected_close, o.owner_id, e.name, o.notes, o.version, o.created_at, "
                              u"o.updated_at FROM opportunities o JOIN partners p ON p.id = o.customer_id "
                              u"JOIN employees e ON e.id = o.owner_id WHERE o.id IN (SELECT o.id FROM opportunities o "
                              u"WHERE "_s
                                  + visibility
                                  + u" ORDER BY o.updated_at DESC, o.id DESC LIMIT 50 OFFSET 0) "
                                    u"ORDER BY o.updated_at DESC, o.id DESC"_s);
        if (!everything)
            page.bind(u":caller"_s, callerId);
        page.exec();
        while (page.next()) {
        }
        times.append(timer.nsecsElapsed());
    }
    return summarise(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::Arguments arguments = Bench::parseArguments(app.arguments(), 30);
    const int repetitions = arguments.repetitions;
    Tradewind::ServerConfig config;
    config.databasePath = arguments.databasePath;
    config.port = 0;
    config.logRequests = false;
    Tradewind::TradewindServer server(config);
    Bench::openDataSet(server, arguments.databasePath);
    out() << repetitions << " requests each" << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(u"login"_s, -16)
               .arg(u"rows visible"_s, 13)
               .arg(u"HTTP median"_s, 12)
               .arg(u"HTTP p95"_s, 10)
               .arg(u"SQL median"_s, 11)
               .arg(u"ratio"_s, 7)
        << Qt::endl;

    QList<QPair<QString, Stats>> trees;
    QList<QPair<QString, Stats>> quotes;
    for (const QString &login : {u"scale.manager1"_s, u"manager.east"_s, u"director"_s}) {
        const auto logged = Bench::login(server, login);
        Tradewind::ApiClient &client = *logged;
        const qint64 callerId = client.currentUser().id;
        const bool everything = client.currentUser().hasRole(u"executive"_s);

        Tradewind::ApiReply *first = client.get(u"/opportunities"_s, QUrlQuery(u"limit=50"_s));
        TestSupport::waitFor(first, 120000);
        const qint64 visible = first->object().value(u"total"_s).toInteger();

        const Stats http = overHttp(client, u"/opportunities"_s, QUrlQuery(u"limit=50"_s), repetitions);
        const Stats sql = directSql(server.database(), callerId, everything, repetitions);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(login, -16)
                   .arg(visible, 13)
                   .arg(QString::number(http.medianMs, 'f', 2) + u" ms"_s, 12)
                   .arg(QString::number(http.p95Ms, 'f', 2) + u" ms"_s, 10)
                   .arg(QString::number(sql.medianMs, 'f', 2) + u" ms"_s, 11)
                   .arg(QString::number(http.medianMs / sql.medianMs, 'f', 2), 7)
            << Qt::endl;
        trees.append({login, overHttp(client, u"/org/tree"_s, {}, repetitions)});
        quotes.append({login, overHttp(client, u"/quotes"_s, QUrlQuery(u"limit=50"_s), repetitions)});
    }

    // The supervisor's tree (the caller's subtree with open and stale counts per person), quotes.
    for (const auto &[title, timings] : {std::pair{u"GET /org/tree"_s, trees}, std::pair{u"GET /quotes"_s, quotes}}) {
        out() << Qt::endl << QStringLiteral("%1 %2 %3").arg(title, -16).arg(u"HTTP median"_s, 12).arg(u"HTTP p95"_s, 10) << Qt::endl;
        for (const auto &[login, stats] : timings) {
            out() << QStringLiteral("%1 %2 %3")
                       .arg(login, -16)
                       .arg(QString::number(stats.medianMs, 'f', 2) + u" ms"_s, 12)
                       .arg(QString::number(stats.p95Ms, 'f', 2) + u" ms"_s, 10)
                << Qt::endl;
        }
    }
    server.close();
    return 0;
}
