// Builds (once) the 1,000-employee / 1M-opportunity data set (with a quote for every fourth opportunity and a
// contract for every won one) and measures the first page of the opportunity list through real HTTP, next to the
// same SQL run directly on the database, the supervisor's org tree with its per-person counts, the first page of
// the quote list and the accounts-receivable ageing report over every visible contract.
//
//   bench_opportunity_list [DATABASE] [--requests N]

#include "apiclient.h"
#include "database.h"
#include "demodata.h"
#include "testsupport.h"
#include "tradewindserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Stats
{
    double medianMs;
    double p95Ms;
};

Stats summarise(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double fraction) {
        return nanoseconds.at(std::min<qsizetype>(nanoseconds.size() - 1, qsizetype(fraction * nanoseconds.size()))) / 1e6;
    };
    return {at(0.5), at(0.95)};
}

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

Stats overHttp(Tradewind::ApiClient &client, const QString &path, const QUrlQuery &query, int repetitions)
{
    QList<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        Tradewind::ApiReply *reply = client.get(path, query);
        if (!TestSupport::waitFor(reply, 120000) || !reply->ok())
            qFatal("request failed: %s", reply->rawBody().constData());
        times.append(timer.nsecsElapsed());
        reply->deleteLater();
    }
    return summarise(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    int repetitions = 30;
    const qsizetype requestsAt = arguments.indexOf(u"--requests"_s);
    if (requestsAt > 0 && requestsAt + 1 < arguments.size()) {
        repetitions = std::max(1, arguments.at(requestsAt + 1).toInt());
        arguments.remove(requestsAt, 2);
    }
    const QString path = arguments.size() > 1 ? arguments.at(1) : u"tradewind-bench.db"_s;

    Tradewind::ServerConfig config;
    config.databasePath = path;
    config.port = 0;
    config.logRequests = false;
    Tradewind::TradewindServer server(config);
    server.openDatabase();
    const qint64 existing =
        Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM opportunities"_s).scalar().toLongLong();
    const qint64 existingQuotes =
        Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM quotes"_s).scalar().toLongLong();
    const qint64 existingContracts =
        Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM contracts"_s).scalar().toLongLong();
    if (existing < 1000000 || existingQuotes < 1000000 / 4 || existingContracts == 0) {
        QElapsedTimer timer;
        timer.start();
        Tradewind::Demo::generateScale(server.database(), QDateTime::currentDateTimeUtc(), 1000, 1000000,
                                       [](const QString &stage, qint64 done, qint64 total) {
                                           out << "\rgenerating " << stage << ' ' << done << '/' << total << "   "
                                               << Qt::flush;
                                       });
        out << "\ndata set built in " << timer.elapsed() / 1000.0 << " s: " << QFileInfo(path).absoluteFilePath() << Qt::endl;
    }
    if (!server.listen())
        qFatal("cannot listen");

    const auto employees = Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM employees"_s).scalar();
    const auto opportunities = Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM opportunities"_s).scalar();
    const auto quoteCount = Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM quotes"_s).scalar();
    const auto contractCount = Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM contracts"_s).scalar();
    out << "data set: " << employees.toLongLong() << " employees, " << opportunities.toLongLong() << " opportunities, "
        << quoteCount.toLongLong() << " quotes, " << contractCount.toLongLong() << " contracts; "
        << repetitions << " requests each" << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(u"login"_s, -16)
               .arg(u"rows visible"_s, 13)
               .arg(u"HTTP median"_s, 12)
               .arg(u"HTTP p95"_s, 10)
               .arg(u"SQL median"_s, 11)
               .arg(u"ratio"_s, 7)
        << Qt::endl;

    QList<QPair<QString, Stats>> trees;
    QList<QPair<QString, Stats>> quotes;
    QList<QPair<QString, Stats>> ageing;
    for (const QString &login : {u"scale.manager1"_s, u"manager.east"_s, u"director"_s}) {
        Tradewind::ApiClient client;
        client.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        Tradewind::ApiReply *reply = client.login(login, Tradewind::Demo::DemoPassword);
        if (!TestSupport::waitFor(reply) || !reply->ok())
            qFatal("cannot log in as %s", qPrintable(login));
        const qint64 callerId = client.currentUser().id;
        const bool everything = client.currentUser().hasRole(u"executive"_s);

        Tradewind::ApiReply *first = client.get(u"/opportunities"_s, QUrlQuery(u"limit=50"_s));
        TestSupport::waitFor(first, 120000);
        const qint64 visible = first->object().value(u"total"_s).toInteger();

        const Stats http = overHttp(client, u"/opportunities"_s, QUrlQuery(u"limit=50"_s), repetitions);
        const Stats sql = directSql(server.database(), callerId, everything, repetitions);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(login, -16)
                   .arg(visible, 13)
                   .arg(QString::number(http.medianMs, 'f', 2) + u" ms"_s, 12)
                   .arg(QString::number(http.p95Ms, 'f', 2) + u" ms"_s, 10)
                   .arg(QString::number(sql.medianMs, 'f', 2) + u" ms"_s, 11)
                   .arg(QString::number(http.medianMs / sql.medianMs, 'f', 2), 7)
            << Qt::endl;
        trees.append({login, overHttp(client, u"/org/tree"_s, {}, repetitions)});
        quotes.append({login, overHttp(client, u"/quotes"_s, QUrlQuery(u"limit=50"_s), repetitions)});
        ageing.append({login, overHttp(client, u"/reports/ar-ageing"_s, QUrlQuery(u"group_by=customer"_s), repetitions)});
    }

    // The supervisor's tree (the caller's subtree with open and stale counts per person), quotes, the ageing.
    for (const auto &[title, timings] : {std::pair{u"GET /org/tree"_s, trees}, std::pair{u"GET /quotes"_s, quotes},
                                         std::pair{u"GET /reports/ar-ageing"_s, ageing}}) {
        out << Qt::endl << QStringLiteral("%1 %2 %3").arg(title, -16).arg(u"HTTP median"_s, 12).arg(u"HTTP p95"_s, 10) << Qt::endl;
        for (const auto &[login, stats] : timings) {
            out << QStringLiteral("%1 %2 %3")
                       .arg(login, -16)
                       .arg(QString::number(stats.medianMs, 'f', 2) + u" ms"_s, 12)
                       .arg(QString::number(stats.p95Ms, 'f', 2) + u" ms"_s, 10)
                << Qt::endl;
        }
    }
    server.close();
    return 0;
}
