// Availability under hostile load, on the 1M-opportunity data set: how fast a salesperson's cheap requests (the
// first page of his opportunities and a card) stay while 12 clients loop the heaviest endpoints, after 40 heavy
// requests sent and abandoned, during login floods and connection floods; how the server's memory behaves after
// reports and over a long mixed run. Cheap-request figures stand next to the same SQL run directly.
//
//   bench_load [DATABASE] [--seconds N] [--soak-minutes M]
//
// DATABASE holds the benchmark data set (built on first use, see benchdataset.h); the soak run writes to it.

#include "benchdataset.h"
#include "database.h"
#include "demodata.h"
#include "rawhttpclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using Bench::out;

struct Latencies
{
    std::mutex mutex;
    QList<qint64> nanoseconds;

    void add(qint64 ns)
    {
        const std::lock_guard lock(mutex);
        nanoseconds.append(ns);
    }
    double percentileMs(double fraction)
    {
        const std::lock_guard lock(mutex);
        if (nanoseconds.isEmpty())
            return 0;
        QList<qint64> sorted = nanoseconds;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(fraction * sorted.size()))) / 1e6;
    }
    qsizetype count()
    {
        const std::lock_guard lock(mutex);
        return nanoseconds.size();
    }
};

QString ms(double value)
{
    return Bench::milliseconds(value);
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

QString mib(qint64 kib)
{
    return QString::number(kib / 1024.0, 'f', 0) + u" MiB"_s;
}

/** A keep-alive client on its own loopback address, for one thread. */
class Client
{
public:
    Client(quint16 port, const QHostAddress &from, QByteArray token = {})
        : m_port(port)
        , m_from(from)
        , m_token(std::move(token))
    {
    }

    void setToken(const QByteArray &token) { m_token = token; }

    /** One request; its status (0: no answer) and, through elapsedNs, its latency. */
    int request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {}, qint64 *elapsedNs = nullptr,
                int timeoutMs = 120000)
    {
        QElapsedTimer timer;
        timer.start();
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (!m_http || !m_http->isConnected())
                m_http = std::make_unique<RawHttpClient>(m_port, m_from);
            QByteArray message = method + " /api/v1" + target + " HTTP/1.1\r\nHost: localhost\r\n";
            if (!m_token.isEmpty())
                message += "Authorization: Bearer " + m_token + "\r\n";
            if (!body.isEmpty())
                message += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
            message += "\r\n" + body;
            if (m_http->send(message)) {
                if (const std::optional<RawResponse> response = m_http->read(timeoutMs)) {
                    if (elapsedNs)
                        *elapsedNs = timer.nsecsElapsed();
                    m_last = *response;
                    if (response->header("connection") == "close")
                        m_http.reset();
                    return response->status;
                }
            }
            m_http.reset(); // the server closed an idle connection: once more on a new one
        }
        return 0;
    }
    const RawResponse &last() const { return m_last; }

private:
    quint16 m_port;
    QHostAddress m_from;
    QByteArray m_token;
    std::unique_ptr<RawHttpClient> m_http;
    RawResponse m_last;
};

QHostAddress loopback(int n)
{
    return QHostAddress(u"127.0.%1.%2"_s.arg(n / 250).arg(1 + n % 250));
}

QByteArray login(quint16 port, const QString &name, const QHostAddress &from)
{
    Client client(port, from);
    const int status = client.request("POST", "/session",
                                      R"({"login":")" + name.toUtf8() + R"(","password":")" + Tradewind::Demo::DemoPassword.toUtf8()
                                          + R"("})");
    if (status != 201)
        qFatal("cannot log in as %s: %d %s", qPrintable(name), status, client.last().body.constData());
    return client.last().json().value(u"token"_s).toString().toLatin1();
}

/** The heaviest requests a client can make, looped by the heavy clients. */
const QList<QByteArray> &heavyTargets()
{
    static const QList<QByteArray> targets{
        "/opportunities?limit=200&q=zz%25",
        "/opportunities?limit=200&q=%E9%94%82%E7%94%B5%E6%9E%81%E7%89%87", // 锂电极片
        "/opportunities?limit=200&sort=title&offset=400000",
        "/reports/contract-register?group_by=customer",
        "/reports/ar-ageing?group_by=customer",
        "/reports/ar-ageing/rows?limit=200",
        "/reports/payments-received?group_by=month",
        "/stats/win-rate?group_by=salesperson",
    };
    return targets;
}

/** The cheap requests of a salesperson, measured over HTTP and as the same SQL run directly. */
struct CheapLoad
{
    quint16 port;
    QString login;
    QByteArray token;
    qint64 cardId;
    Tradewind::Database *database;

    /** Loops the page and the card from `threads` clients until stop; latencies of both together. */
    void run(std::atomic<bool> &stop, Latencies &http, int threads = 2)
    {
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                Client client(port, loopback(200 + t), token);
                const QByteArray card = "/opportunities/" + QByteArray::number(cardId);
                for (int i = 0; !stop; ++i) {
                    qint64 ns = 0;
                    const int status = client.request("GET", i % 2 ? card : QByteArray("/opportunities?limit=50"), {}, &ns);
                    if (status == 200)
                        http.add(ns);
                    QThread::msleep(20); // a person clicking, not a loop
                }
            });
        }
        for (std::thread &worker : workers)
            worker.join();
    }

    /** The first page's statements (those the server runs for it) and the card's, run directly on this thread. */
    void runSql(std::atomic<bool> &stop, Latencies &sql)
    {
        QSqlDatabase db = database->connection();
        const QList<Tradewind::SqlPart> page = Bench::opportunityListStatements(*database, login, QUrlQuery(u"limit=50"_s));
        for (int i = 0; !stop; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (i % 2) {
                Tradewind::Query card(db, u"SELECT o.*, p.name, e.name FROM opportunities o JOIN partners p ON p.id = o.customer_id "
                                          u"JOIN employees e ON e.id = o.owner_id WHERE o.id = :id"_s);
                card.bind(u":id"_s, cardId).exec();
                card.next();
            } else {
                Bench::runStatements(db, page);
            }
            sql.add(timer.nsecsElapsed());
            QThread::msleep(20);
        }
    }
};

struct Row
{
    QString scenario;
    double p50;
    double p99;
    qsizetype samples;
    double sqlP50;
    double sqlP99;
    QString note;
};

void printRows(const QList<Row> &rows)
{
    out() << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
               .arg(u"scenario (cheap: first page + card of sales.east1)"_s, -52)
               .arg(u"HTTP p50"_s, 10)
               .arg(u"HTTP p99"_s, 10)
               .arg(u"n"_s, 6)
               .arg(u"SQL p50"_s, 10)
               .arg(u"SQL p99"_s, 10)
               .arg(u"p50 ratio"_s, 9)
               .arg(u"note"_s)
        << Qt::endl;
    for (const Row &row : rows) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8")
                   .arg(row.scenario, -52)
                   .arg(ms(row.p50), 10)
                   .arg(ms(row.p99), 10)
                   .arg(row.samples, 6)
                   .arg(ms(row.sqlP50), 10)
                   .arg(ms(row.sqlP99), 10)
                   .arg(row.sqlP50 > 0 ? QString::number(row.p50 / row.sqlP50, 'f', 2) : u"-"_s, 9)
                   .arg(row.note)
            << Qt::endl;
    }
}

/** Measures the cheap requests (and the same SQL) for `seconds` while `load` runs on other threads. */
Row measure(const QString &scenario, CheapLoad &cheap, int seconds, const std::function<QString(std::atomic<bool> &)> &load)
{
    std::atomic<bool> stop = false;
    Latencies http;
    Latencies sql;
    QString note;
    std::thread loadThread([&] {
        if (load)
            note = load(stop);
    });
    QThread::msleep(load ? 1500 : 0); // let the load get going
    std::thread sqlThread([&] { cheap.runSql(stop, sql); });
    std::thread measuring([&] { cheap.run(stop, http); });
    QThread::sleep(seconds);
    stop = true;
    measuring.join();
    sqlThread.join();
    loadThread.join();
    return {scenario, http.percentileMs(0.5), http.percentileMs(0.99), http.count(), sql.percentileMs(0.5),
            sql.percentileMs(0.99), note};
}

QString statusSummary(const QMap<int, int> &statuses)
{
    QStringList parts;
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        parts.append(u"%1×%2"_s.arg(it.value()).arg(it.key()));
    return parts.join(u" "_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const auto option = [&](const QString &name, int fallback) {
        const qsizetype at = arguments.indexOf(name);
        if (at < 0 || at + 1 >= arguments.size())
            return fallback;
        const int value = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
        return value;
    };
    const int seconds = option(u"--seconds"_s, 15);
    const int soakMinutes = option(u"--soak-minutes"_s, 0);
    const Bench::Arguments parsed = Bench::parseArguments(arguments, 0);

    const std::unique_ptr<Tradewind::TradewindServer> started = Bench::openDataSet(parsed.databasePath);
    Tradewind::TradewindServer &server = *started;
    const quint16 port = server.port();
    QSqlDatabase db = server.database().connection();
    const qint64 ownerId = Tradewind::Query(db, u"SELECT id FROM employees WHERE login = 'sales.east1'"_s).scalar().toLongLong();
    const qint64 cardId =
        Tradewind::Query(db, u"SELECT MAX(id) FROM opportunities WHERE owner_id = :owner"_s).bind(u":owner"_s, ownerId).scalar().toLongLong();
    const qint64 idleKiB = residentKiB();
    out() << seconds << " s per scenario; server RSS at start " << mib(idleKiB) << Qt::endl;

    CheapLoad cheap{port, u"sales.east1"_s, login(port, u"sales.east1"_s, loopback(199)), cardId, &server.database()};
    QList<Row> rows;
    rows.append(measure(u"idle server"_s, cheap, seconds, {}));

    // 12 clients, each its own session and address, loop the heaviest endpoints without pause.
    QList<QByteArray> heavyTokens;
    for (int i = 0; i < 12; ++i)
        heavyTokens.append(login(port, u"director"_s, loopback(10 + i)));
    const auto heavyLoad = [&](std::atomic<bool> &stop) {
        std::mutex mutex;
        QMap<int, int> statuses;
        Latencies heavy;
        std::vector<std::thread> clients;
        for (int i = 0; i < 12; ++i) {
            clients.emplace_back([&, i] {
                Client client(port, loopback(10 + i), heavyTokens.at(i));
                for (int n = i; !stop; ++n) {
                    qint64 ns = 0;
                    const int status = client.request("GET", heavyTargets().at(n % heavyTargets().size()), {}, &ns);
                    if (status == 200)
                        heavy.add(ns);
                    const std::lock_guard lock(mutex);
                    ++statuses[status];
                }
            });
        }
        for (std::thread &client : clients)
            client.join();
        return u"heavy: %1; heavy p50 %2"_s.arg(statusSummary(statuses), ms(heavy.percentileMs(0.5)));
    };
    rows.append(measure(u"12 clients looping the heaviest endpoints"_s, cheap, seconds, heavyLoad));

    // 40 heavy requests sent as the director and abandoned at once; then the next cheap requests.
    {
        const QByteArray director = login(port, u"director"_s, loopback(60));
        std::vector<std::unique_ptr<RawHttpClient>> abandoned;
        for (int i = 0; i < 40; ++i) {
            abandoned.push_back(std::make_unique<RawHttpClient>(port, loopback(60)));
            abandoned.back()->send("GET /api/v1/opportunities?limit=200&q=zz%25 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                   + director + "\r\n\r\n");
        }
        abandoned.clear();
        Client client(port, loopback(201), cheap.token);
        Latencies after;
        QElapsedTimer timer;
        timer.start();
        qint64 first = 0;
        for (int i = 0; i < 20; ++i) {
            qint64 ns = 0;
            client.request("GET", i % 2 ? "/opportunities/" + QByteArray::number(cardId) : QByteArray("/opportunities?limit=50"), {}, &ns);
            if (i == 0)
                first = ns;
            after.add(ns);
        }
        rows.append({u"after 40 abandoned heavy requests (next 20 cheap)"_s, after.percentileMs(0.5), after.percentileMs(0.99),
                     after.count(), 0, 0, u"first cheap request %1"_s.arg(ms(first / 1e6))});
    }

    // Login floods: 16 threads of wrong passwords, from one address and from sixteen; a legitimate login meanwhile.
    for (const bool spread : {false, true}) {
        const auto flood = [&](std::atomic<bool> &stop) {
            std::mutex mutex;
            QMap<int, int> statuses;
            std::vector<std::thread> attackers;
            for (int i = 0; i < 16; ++i) {
                attackers.emplace_back([&, i] {
                    Client client(port, loopback(spread ? 100 + i : 100));
                    for (int n = 0; !stop; ++n) {
                        const int status = client.request("POST", "/session",
                                                          R"({"login":"director","password":"guess-)" + QByteArray::number(n) + R"("})");
                        const std::lock_guard lock(mutex);
                        ++statuses[status];
                    }
                });
            }
            QThread::msleep(2000);
            Latencies legitimate;
            for (int i = 0; i < 5; ++i) {
                Client client(port, loopback(230));
                qint64 ns = 0;
                client.request("POST", "/session",
                               R"({"login":"sales.east2","password":")" + Tradewind::Demo::DemoPassword.toUtf8() + R"("})", &ns);
                legitimate.add(ns);
            }
            for (std::thread &attacker : attackers)
                attacker.join();
            return u"guesses: %1; legitimate login p50 %2"_s.arg(statusSummary(statuses), ms(legitimate.percentileMs(0.5)));
        };
        rows.append(measure(spread ? u"login flood, 16 threads from 16 addresses"_s : u"login flood, 16 threads from one address"_s,
                            cheap, seconds, flood));
    }
    {
        Client client(port, loopback(231));
        qint64 ns = 0;
        client.request("POST", "/session", R"({"login":"sales.east2","password":")" + Tradewind::Demo::DemoPassword.toUtf8() + R"("})",
                       &ns);
        out() << "a legitimate login on the idle server: " << ms(ns / 1e6) << Qt::endl;
    }

    // Connection floods: 2,000 silent connections from one address, then from forty.
    for (const int addresses : {1, 40}) {
        const auto silent = [&](std::atomic<bool> &stop) {
            std::vector<std::unique_ptr<QTcpSocket>> sockets;
            int connected = 0;
            for (int i = 0; i < 2000; ++i) {
                auto socket = std::make_unique<QTcpSocket>();
                socket->bind(loopback(300 + i % addresses));
                socket->connectToHost(QHostAddress::LocalHost, port);
                connected += socket->waitForConnected(1000);
                sockets.push_back(std::move(socket));
            }
            // A new client (not one of the measuring keep-alive ones) connects during the flood.
            Client newcomer(port, loopback(232), cheap.token);
            qint64 ns = 0;
            const int status = newcomer.request("GET", "/opportunities?limit=50", {}, &ns);
            while (!stop)
                QThread::msleep(50);
            int refused = 0;
            int closed = 0;
            for (auto &socket : sockets) {
                socket->waitForReadyRead(1);
                refused += socket->readAll().startsWith("HTTP/1.1 503");
                closed += socket->state() != QAbstractSocket::ConnectedState || socket->waitForDisconnected(1);
            }
            return u"%1 connected, %2 refused with 503, %3 closed by the server; a new client's first page: %4 in %5"_s
                .arg(connected)
                .arg(refused)
                .arg(closed)
                .arg(status)
                .arg(ms(ns / 1e6));
        };
        rows.append(measure(u"2,000 silent connections from %1 address(es)"_s.arg(addresses), cheap, seconds, silent));
    }
    printRows(rows);

    // Memory: every report a few times as the director, then a moment of rest.
    {
        const qint64 before = residentKiB();
        qint64 peak = before;
        Client client(port, loopback(240), login(port, u"director"_s, loopback(240)));
        for (int round = 0; round < 3; ++round) {
            for (const QByteArray &target : heavyTargets()) {
                client.request("GET", target);
                peak = std::max(peak, residentKiB());
            }
        }
        QThread::msleep(3000);
        out() << Qt::endl
            << "server RSS: before reports " << mib(before) << ", highest after a report " << mib(peak)
            << ", 3 s after the last " << mib(residentKiB()) << Qt::endl;
    }

    // A long mixed run: readers, writers and reports together, RSS sampled each minute.
    if (soakMinutes > 0) {
        std::atomic<bool> stop = false;
        std::atomic<qint64> requests = 0;
        std::atomic<qint64> failures = 0;
        std::vector<std::thread> workers;
        const QByteArray writerToken = login(port, u"sales.east1"_s, loopback(250));
        QList<qint64> ownOpportunities;
        Tradewind::Query own(db, u"SELECT id FROM opportunities WHERE owner_id = :owner ORDER BY id DESC LIMIT 100"_s);
        own.bind(u":owner"_s, ownerId).exec();
        while (own.next())
            ownOpportunities.append(own.value(0).toLongLong());
        for (int w = 0; w < 6; ++w) {
            workers.emplace_back([&, w] {
                const bool writer = w < 2;
                const bool reports = w >= 4;
                Client client(port, loopback(400 + w), writer ? writerToken : reports ? heavyTokens.at(w) : cheap.token);
                for (int n = 0; !stop; ++n) {
                    int status = 0;
                    if (writer) {
                        const qint64 id = ownOpportunities.at(n % ownOpportunities.size());
                        status = client.request("POST", "/opportunities/" + QByteArray::number(id) + "/follow-ups",
                                                R"({"happened_on":"2026-11-30","way":"call","content":"Soak run call )"
                                                    + QByteArray::number(n) + R"( about the line upgrade"})");
                    } else if (reports) {
                        status = client.request("GET", heavyTargets().at(n % heavyTargets().size()));
                    } else {
                        status = client.request("GET", n % 2 ? "/opportunities/" + QByteArray::number(cardId) : QByteArray("/opportunities?limit=50"));
                        QThread::msleep(10);
                    }
                    ++requests;
                    failures += status >= 500 || status == 0;
                }
            });
        }
        out() << Qt::endl << "mixed run: 2 writers, 2 readers, 2 report loopers" << Qt::endl
            << QStringLiteral("%1 %2 %3 %4").arg(u"minute"_s, 6).arg(u"RSS"_s, 10).arg(u"requests"_s, 10).arg(u"failures"_s, 9) << Qt::endl;
        for (int minute = 0; minute <= soakMinutes; ++minute) {
            if (minute > 0)
                QThread::sleep(60);
            out() << QStringLiteral("%1 %2 %3 %4").arg(minute, 6).arg(mib(residentKiB()), 10).arg(requests.load(), 10).arg(failures.load(), 9)
                << Qt::endl;
        }
        stop = true;
        for (std::thread &worker : workers)
            worker.join();
    }
    server.close();
    return 0;
}
