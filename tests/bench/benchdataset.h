#pragma once

// What the benchmarks share: the 1,000-employee / 1M-opportunity data set in a server on a loopback port, logins to
// it, and latencies summarised as median and 95th percentile.

#include "apiclient.h"
#include "listquery.h"
#include "tradewindserver.h"

#include <QTextStream>

#include <memory>

namespace Bench {

QTextStream &out();

struct Stats
{
    double medianMs = 0;
    double p95Ms = 0;
};

Stats summarise(QList<qint64> nanoseconds);

/** The benchmark's arguments: [DATABASE] [--requests N]. */
struct Arguments
{
    QString databasePath;
    int repetitions;
};
Arguments parseArguments(const QStringList &arguments, int defaultRepetitions);

/**
 * A server on the data set (building it on first use: a few minutes), listening on a free loopback port, without
 * a request log; prints what the data set holds.
 */
std::unique_ptr<Tradewind::TradewindServer> openDataSet(const QString &databasePath);

/** A client logged in to server as login (the demo password). */
std::unique_ptr<Tradewind::ApiClient> login(const Tradewind::TradewindServer &server, const QString &login);

/** GET path?query, repetitions times in a row; fails the benchmark on an error. */
Stats overHttp(Tradewind::ApiClient &client, const QString &path, const QUrlQuery &query, int repetitions);

/**
 * The statements GET /opportunities with query runs for login (the list's own, then reading the page's rows), to be
 * replayed directly on the database next to the same request over HTTP.
 */
QList<Tradewind::SqlPart> opportunityListStatements(Tradewind::Database &database, const QString &login,
                                                    const QUrlQuery &query);

/** Runs the statements once on db, reading every row. */
void runStatements(const QSqlDatabase &db, const QList<Tradewind::SqlPart> &statements);

/** "12.34 ms" */
QString milliseconds(double value);

} // namespace Bench
