// Builds (once) the 1,000-employee / 1M-opportunity data set (with a quote for every fourth opportunity and a
// contract for every won one) and measures the first page of the opportunity list through real HTTP, next to the
// same SQL run directly on the database, the supervisor's org tree with its per-person counts and the first page of
// the quote list (the reports have bench_reports). Then the list and search
// paths: text searches (a hit, no hit, one and two Chinese characters, Latin), first pages in other sorts, a page
// 10,000 pages deep by cursor and a salesperson's first page, each through HTTP next to the statements the list
// ran, replayed directly.
//
//   bench_opportunity_list [DATABASE] [--requests N]

#include "benchdataset.h"
#include "database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using Bench::out;
using Bench::overHttp;
using Bench::Stats;
using Bench::summarise;

namespace {

/** One list case: who asks, with which parameters. */
struct ListCase
{
    QString title;
    QString login;
    QUrlQuery query;
};

/** The statements GET /opportunities runs for the case, replayed directly on the database. */
Stats listSqlDirect(Tradewind::Database &database, const ListCase &listCase, int repetitions)
{
    const QList<Tradewind::SqlPart> statements = Bench::opportunityListStatements(database, listCase.login, listCase.query);
    QList<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        Bench::runStatements(database.connection(), statements);
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
    const std::unique_ptr<Tradewind::TradewindServer> started = Bench::openDataSet(arguments.databasePath);
    Tradewind::TradewindServer &server = *started;
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

        Tradewind::ApiReply *first = client.get(u"/opportunities"_s, QUrlQuery(u"limit=50"_s));
        TestSupport::waitFor(first, 120000);
        const qint64 visible = first->object().value(u"total"_s).toInteger();

        const Stats http = overHttp(client, u"/opportunities"_s, QUrlQuery(u"limit=50"_s), repetitions);
        const Stats sql = listSqlDirect(server.database(), {login, login, QUrlQuery(u"limit=50"_s)}, repetitions);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(login, -16)
                   .arg(visible, 13)
                   .arg(Bench::milliseconds(http.medianMs), 12)
                   .arg(Bench::milliseconds(http.p95Ms), 10)
                   .arg(Bench::milliseconds(sql.medianMs), 11)
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
                       .arg(Bench::milliseconds(stats.medianMs), 12)
                       .arg(Bench::milliseconds(stats.p95Ms), 10)
                << Qt::endl;
        }
    }

    // The list and search paths.
    QList<ListCase> cases = {
        {u"search 锂电极片 (hit)"_s, u"director"_s, QUrlQuery(u"q=锂电极片"_s)},
        {u"search 量子计算 (no hit)"_s, u"director"_s, QUrlQuery(u"q=量子计算"_s)},
        {u"search 检 (1 char)"_s, u"director"_s, QUrlQuery(u"q=检"_s)},
        {u"search 隔膜 (2 chars)"_s, u"director"_s, QUrlQuery(u"q=隔膜"_s)},
        {u"search 鑫 (1 char, none)"_s, u"director"_s, QUrlQuery(u"q=鑫"_s)},
        {u"search 恒达三号 (rare)"_s, u"director"_s, QUrlQuery(u"q=恒达三号"_s)},
        {u"search Inspection"_s, u"director"_s, QUrlQuery(u"q=Inspection"_s)},
        {u"search zz%"_s, u"director"_s, QUrlQuery(u"q=zz%25"_s)},
        {u"sort=title"_s, u"director"_s, QUrlQuery(u"sort=title"_s)},
        {u"sort=-amount"_s, u"director"_s, QUrlQuery(u"sort=-amount"_s)},
        {u"sort=customer"_s, u"director"_s, QUrlQuery(u"sort=customer"_s)},
        {u"sort=-owner"_s, u"director"_s, QUrlQuery(u"sort=-owner"_s)},
        {u"stage=won"_s, u"director"_s, QUrlQuery(u"stage=won"_s)},
        {u"sales.east1 first"_s, u"sales.east1"_s, {}},
        {u"scale.manager1 title"_s, u"scale.manager1"_s, QUrlQuery(u"sort=title"_s)},
        {u"scale.manager1 q=锂电极片"_s, u"scale.manager1"_s, QUrlQuery(u"q=锂电极片"_s)},
    };
    std::map<QString, std::unique_ptr<Tradewind::ApiClient>> clients;
    const auto clientOf = [&](const QString &login) {
        std::unique_ptr<Tradewind::ApiClient> &client = clients[login];
        if (!client)
            client = Bench::login(server, login);
        return client.get();
    };
    // Page 10,000 (rows 500,000 on) by cursor, for two sorts: the cursor comes from one offset page before it.
    for (const QString &sort : {u"-updated_at"_s, u"title"_s}) {
        Tradewind::ApiReply *reply = clientOf(u"director"_s)->get(
            u"/opportunities"_s, QUrlQuery(u"limit=50&offset=499950&sort="_s + sort));
        if (!TestSupport::waitFor(reply, 120000) || !reply->ok())
            qFatal("no deep page");
        QUrlQuery deep(u"sort="_s + sort);
        deep.addQueryItem(u"after"_s, reply->object().value(u"next"_s).toString());
        cases.append({u"page 10,000 sort="_s + sort, u"director"_s, deep});
    }
    out() << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(u"GET /opportunities"_s, -28)
               .arg(u"login"_s, -15)
               .arg(u"total"_s, 9)
               .arg(u"HTTP median"_s, 12)
               .arg(u"HTTP p95"_s, 10)
               .arg(u"SQL median"_s, 11)
               .arg(u"ratio"_s, 7)
        << Qt::endl;
    for (ListCase &listCase : cases) {
        listCase.query.addQueryItem(u"limit"_s, u"50"_s);
        auto client = clientOf(listCase.login);
        Tradewind::ApiReply *first = client->get(u"/opportunities"_s, listCase.query);
        TestSupport::waitFor(first, 120000);
        const QJsonObject answer = first->object();
        const QString total = answer.contains(u"total"_s)
            ? QString::number(answer.value(u"total"_s).toInteger()) + (answer.value(u"total_capped"_s).toBool() ? u"+"_s : QString())
            : u"-"_s;
        const Stats http = overHttp(*client, u"/opportunities"_s, listCase.query, repetitions);
        const Stats sql = listSqlDirect(server.database(), listCase, repetitions);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(listCase.title, -28)
                   .arg(listCase.login, -15)
                   .arg(total, 9)
                   .arg(Bench::milliseconds(http.medianMs), 12)
                   .arg(Bench::milliseconds(http.p95Ms), 10)
                   .arg(Bench::milliseconds(sql.medianMs), 11)
                   .arg(QString::number(http.medianMs / sql.medianMs, 'f', 2), 7)
            << Qt::endl;
    }
    server.close();
    return 0;
}
