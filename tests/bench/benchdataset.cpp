#include "benchdataset.h"

#include "database.h"
#include "demodata.h"
#include "opportunityservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

Stats summarise(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double fraction) {
        return nanoseconds.at(std::min<qsizetype>(nanoseconds.size() - 1, qsizetype(fraction * nanoseconds.size()))) / 1e6;
    };
    return {at(0.5), at(0.95)};
}

Arguments parseArguments(const QStringList &arguments, int defaultRepetitions)
{
    QStringList rest = arguments;
    int repetitions = defaultRepetitions;
    const qsizetype requestsAt = rest.indexOf(u"--requests"_s);
    if (requestsAt > 0 && requestsAt + 1 < rest.size()) {
        repetitions = std::max(1, rest.at(requestsAt + 1).toInt());
        rest.remove(requestsAt, 2);
    }
    return {rest.size() > 1 ? rest.at(1) : u"tradewind-bench.db"_s, repetitions};
}

std::unique_ptr<Tradewind::TradewindServer> openDataSet(const QString &databasePath)
{
    Tradewind::ServerConfig config;
    config.databasePath = databasePath;
    config.port = 0;
    config.logRequests = false;
    auto started = std::make_unique<Tradewind::TradewindServer>(config);
    Tradewind::TradewindServer &server = *started;
    server.openDatabase();
    const auto count = [&](const QString &table) {
        return Tradewind::Query(server.database().connection(), u"SELECT COUNT(*) FROM "_s + table).scalar().toLongLong();
    };
    if (count(u"opportunities"_s) < 1000000 || count(u"quotes"_s) < 1000000 / 4 || count(u"contracts"_s) == 0) {
        QElapsedTimer timer;
        timer.start();
        Tradewind::Demo::generateScale(server.database(), QDateTime::currentDateTimeUtc(), 1000, 1000000,
                                       [](const QString &stage, qint64 done, qint64 total) {
                                           out() << "\rgenerating " << stage << ' ' << done << '/' << total << "   " << Qt::flush;
                                       });
        out() << "\ndata set built in " << timer.elapsed() / 1000.0 << " s: " << QFileInfo(databasePath).absoluteFilePath()
              << Qt::endl;
    }
    if (!server.listen())
        qFatal("cannot listen");
    out() << "data set: " << count(u"employees"_s) << " employees, " << count(u"opportunities"_s) << " opportunities, "
          << count(u"quotes"_s) << " quotes, " << count(u"contracts"_s) << " contracts, " << count(u"invoices"_s)
          << " invoices, " << count(u"payments"_s) << " payments" << Qt::endl;
    return started;
}

std::unique_ptr<Tradewind::ApiClient> login(const Tradewind::TradewindServer &server, const QString &login)
{
    auto client = std::make_unique<Tradewind::ApiClient>();
    client->setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
    Tradewind::ApiReply *reply = client->login(login, Tradewind::Demo::DemoPassword);
    if (!TestSupport::waitFor(reply) || !reply->ok())
        qFatal("cannot log in as %s", qPrintable(login));
    return client;
}

Stats overHttp(Tradewind::ApiClient &client, const QString &path, const QUrlQuery &query, int repetitions)
{
    QList<qint64> times;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        Tradewind::ApiReply *reply = client.get(path, query);
        if (!TestSupport::waitFor(reply, 120000) || !reply->ok())
            qFatal("request failed: %s %s", qPrintable(path), reply->rawBody().constData());
        times.append(timer.nsecsElapsed());
        reply->deleteLater();
    }
    return summarise(times);
}

QList<Tradewind::SqlPart> opportunityListStatements(Tradewind::Database &database, const QString &login,
                                                    const QUrlQuery &query)
{
    QSqlDatabase db = database.connection();
    Tradewind::Query employee(db, u"SELECT id, name, roles FROM employees WHERE login = :login"_s);
    employee.bind(u":login"_s, login).exec();
    if (!employee.next())
        qFatal("no employee %s", qPrintable(login));
    Tradewind::Http::Request request;
    request.method = "GET";
    request.path = u"/api/v1/opportunities"_s;
    request.query = query;
    Tradewind::RequestContext context(request, db, QDateTime::currentDateTimeUtc());
    context.caller = {employee.value(0).toLongLong(), login, employee.value(1).toString(),
                      employee.value(2).toString().split(u',', Qt::SkipEmptyParts)};
    const Tradewind::ListQueryPage page = Tradewind::Opportunities::listQuery(context).run();
    QList<Tradewind::SqlPart> statements = page.statements;
    statements.append(Tradewind::Opportunities::pageRows(context, page));
    return statements;
}

void runStatements(const QSqlDatabase &db, const QList<Tradewind::SqlPart> &statements)
{
    for (const Tradewind::SqlPart &statement : statements) {
        Tradewind::Query query(db, statement.sql);
        if (statement.bind)
            statement.bind(query);
        query.exec();
        while (query.next()) {
        }
    }
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', 2) + u" ms"_s;
}

} // namespace Bench
