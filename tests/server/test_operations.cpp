// Operations: statement time limits and cancellation, storage errors, the startup check, online backup and
// restore, and a clean stop on SIGTERM — the server as an operator runs it.

#include "serverfixture.h"

#include "database.h"
#include "demodata.h"
#include "rawhttpclient.h"
#include "testsupport.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QThread>

#include <atomic>
#include <chrono>
#include <csignal>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Tradewind::Database;
using Tradewind::DatabaseError;
using Tradewind::Query;

namespace {

/** A statement that runs for as long as it is let: it counts to a billion. */
const QString EndlessSql = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
                           u"SELECT COUNT(*) FROM n"_s;

DatabaseError::Kind kindOfFailure(const std::function<void()> &work)
{
    try {
        work();
    } catch (const DatabaseError &error) {
        return error.kind();
    }
    FAIL("the statement was not stopped");
    return DatabaseError::Kind::Other;
}

/** One request answered by the server's handler on this thread (and so on this thread's connection). */
Answer handleHere(Tradewind::TradewindServer &server, const QByteArray &method, const QString &path, const QByteArray &token,
                  const QByteArray &body = {}, bool cancelled = false)
{
    Tradewind::Http::Request request;
    request.method = method;
    request.path = u"/api/v1"_s + path;
    request.headers = {{"authorization", "Bearer " + token}};
    request.body = body;
    request.peer = QHostAddress::LocalHost;
    request.cancelled = std::make_shared<std::atomic<bool>>(cancelled);
    const Tradewind::Http::Response response = server.handle(request);
    Answer answer;
    answer.status = response.status;
    answer.body = response.body;
    answer.json = QJsonDocument::fromJson(response.body).object();
    return answer;
}

QString serverBinary()
{
    return QStringLiteral(TRADEWIND_SERVER_BINARY);
}

/** tradewind-server as a separate process, with its messages collected. */
struct ServerProcess
{
    QProcess process;

    void start(const QStringList &arguments)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(serverBinary(), arguments);
        REQUIRE(process.waitForStarted(10000));
    }
    /** Waits for the process to end; its exit code (-1 when it did not end or crashed). */
    int finish(int timeoutMs = 60000)
    {
        if (!process.waitForFinished(timeoutMs))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    QString messages() { return QString::fromUtf8(process.readAllStandardError()); }
    /** Waits until the server prints that it listens; its port. */
    quint16 waitUntilListening()
    {
        QByteArray seen;
        const bool listening = TestSupport::waitUntil(
            [&] {
                process.waitForReadyRead(50);
                seen += process.readAllStandardError();
                return seen.contains("listening on") || process.state() == QProcess::NotRunning;
            },
            60000);
        INFO(seen.toStdString());
        REQUIRE(listening);
        REQUIRE(process.state() == QProcess::Running);
        const qsizetype at = seen.indexOf("127.0.0.1:") + 10;
        return quint16(seen.mid(at, seen.indexOf(' ', at) - at).toUInt());
    }
};

/** A database file holding the demo company, in dir, with everything in the file itself (no write-ahead log). */
QString demoDatabaseFile(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    Database database(path);
    database.migrate();
    Tradewind::Demo::populate(database, QDateTime::currentDateTimeUtc());
    database.checkpoint();
    return path;
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

RawResponse rawPost(quint16 port, const QString &path, const QByteArray &body, const QByteArray &token = {})
{
    RawHttpClient client(port);
    REQUIRE(client.isConnected());
    REQUIRE(client.send("POST /api/v1" + path.toUtf8() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + (token.isEmpty() ? QByteArray() : "Authorization: Bearer " + token + "\r\n")
                        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body));
    const std::optional<RawResponse> response = client.read(30000);
    REQUIRE(response);
    return *response;
}

QByteArray loginToken(quint16 port, const QString &login)
{
    const RawResponse response =
        rawPost(port, u"/session"_s, R"({"login":")" + login.toUtf8() + R"(","password":"tradewind-demo"})");
    REQUIRE(response.status == 201);
    return response.json().value(u"token"_s).toString().toLatin1();
}

} // namespace

TEST_CASE("Statements stop at their time limit and when nobody waits for them", "[operations][limits]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database database(dir.filePath(u"limits.db"_s));
    database.migrate();
    QSqlDatabase db = database.connection();

    SECTION("time limit")
    {
        const Tradewind::StatementLimits limits(50ms, nullptr);
        CHECK(kindOfFailure([&] { Query(db, EndlessSql).scalar(); }) == DatabaseError::Kind::TimedOut);
        // The next statement has its own time, and the connection is fine.
        CHECK(Query(db, u"SELECT COUNT(*) FROM employees"_s).scalar().toInt() == 0);
    }

    SECTION("cancelled from another thread while running")
    {
        std::atomic<bool> cancelled = false;
        const Tradewind::StatementLimits limits(1h, &cancelled);
        std::thread canceller([&] {
            std::this_thread::sleep_for(100ms);
            cancelled = true;
        });
        CHECK(kindOfFailure([&] { Query(db, EndlessSql).scalar(); }) == DatabaseError::Kind::Cancelled);
        canceller.join();
    }

    SECTION("without limits on the thread a statement is not stopped")
    {
        CHECK(Query(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
                        u"SELECT COUNT(*) FROM n"_s)
                  .scalar()
                  .toInt()
              == 200000);
    }
}

TEST_CASE("A request past the statement time limit answers 503 and the server carries on", "[operations][limits]")
{
    ServerFixture fixture;
    // Enough contracts that a report is never a handful of instructions.
    Tradewind::Demo::generateScale(fixture.server().database(), fixture.now(), 60, 20000, {});
    const QByteArray token = fixture.login(u"director"_s)->token();

    // A second server on the same file whose statements may run no time at all: any statement beyond a thousand
    // instructions is stopped, while the tiny ones (the session lookup) still run.
    Tradewind::ServerConfig config;
    config.databasePath = fixture.databasePath();
    config.logRequests = false;
    config.clock = [&] { return fixture.now(); };
    config.statementTimeLimit = 0ms;
    Tradewind::TradewindServer strict(config);

    CHECK(handleHere(strict, "GET", u"/session"_s, token).status == 200);
    const Answer stopped = handleHere(strict, "GET", u"/reports/contract-register"_s, token);
    INFO(stopped.body.left(500).toStdString());
    CHECK(stopped.status == 503);
    CHECK(stopped.errorCode() == u"query_timeout"_s);
    CHECK(stopped.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"narrow it down"_s));

    // A request whose client has gone is stopped as well, whatever the time limit.
    const Answer cancelled = handleHere(fixture.server(), "GET", u"/reports/contract-register"_s, token, {}, true);
    CHECK(cancelled.status == 503);
    CHECK(cancelled.errorCode() == u"request_cancelled"_s);

    // Nothing is left behind: the normal server answers the same request.
    CHECK(handleHere(fixture.server(), "GET", u"/reports/contract-register"_s, token).status == 200);
}

TEST_CASE("Reports, statistics and searches of the big lists run in the heavy lane, password hashing in its own",
          "[operations][lanes]")
{
    ServerFixture fixture(ServerFixture::Data::Empty);
    const auto lane = [&](const QByteArray &method, const QString &target) {
        const qsizetype query = target.indexOf(u'?');
        Tradewind::Http::Request request;
        request.method = method;
        request.path = target.left(query);
        if (query >= 0)
            request.query.setQuery(target.mid(query + 1));
        return fixture.server().laneOf(request);
    };
    using Tradewind::Http::Lane;
    for (const QString report : {u"contract-register"_s, u"payments-received"_s, u"invoicing"_s, u"ar-ageing"_s}) {
        INFO(report.toStdString());
        CHECK(lane("GET", u"/api/v1/reports/"_s + report) == Lane::Heavy);
        CHECK(lane("GET", u"/api/v1/reports/"_s + report + u"/rows?group_by=customer&group_key=3"_s) == Lane::Heavy);
    }
    CHECK(lane("GET", u"/api/v1/stats/win-rate?group_by=kind"_s) == Lane::Heavy);
    for (const QString list : {u"opportunities"_s, u"quotes"_s, u"contracts"_s}) {
        INFO(list.toStdString());
        CHECK(lane("GET", u"/api/v1/"_s + list + u"?q=%E9%94%82%E7%94%B5"_s) == Lane::Heavy);
        CHECK(lane("GET", u"/api/v1/"_s + list + u"?limit=50"_s) == Lane::Ordinary);
        CHECK(lane("GET", u"/api/v1/"_s + list + u"/7"_s) == Lane::Ordinary);
    }
    CHECK(lane("POST", u"/api/v1/session"_s) == Lane::Login);
    CHECK(lane("GET", u"/api/v1/session"_s) == Lane::Ordinary);
    // Everything that hashes a password waits with the logins, never in front of cards and lists.
    CHECK(lane("PUT", u"/api/v1/account/password"_s) == Lane::Login);
    CHECK(lane("POST", u"/api/v1/employees"_s) == Lane::Login);
    CHECK(lane("POST", u"/api/v1/employees/7/reset-password"_s) == Lane::Login);
    CHECK(lane("PATCH", u"/api/v1/employees/7"_s) == Lane::Ordinary);
    CHECK(lane("GET", u"/api/v1/no/such/thing"_s) == Lane::Ordinary);
}

TEST_CASE("A full disk answers 507 storage_full and saves nothing", "[operations][storage]")
{
    ServerFixture fixture;
    const QByteArray token = fixture.login(u"sales.east1"_s)->token();
    QSqlDatabase db = fixture.server().database().connection();
    const qint64 partners = Query(db, u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
    // This thread's connection may not grow the file by a single page: SQLite answers SQLITE_FULL, as on a full disk.
    REQUIRE(Query(db, u"PRAGMA freelist_count"_s).scalar().toLongLong() == 0);
    const qint64 pages = Query(db, u"PRAGMA page_count"_s).scalar().toLongLong();
    Query(db, u"PRAGMA max_page_count = %1"_s.arg(pages)).scalar();

    // More than a page of text, so that the row needs a new page wherever it goes.
    const QByteArray body = R"({"name":"Full Disk Trading Co., Ltd.","classes":["customer"],"country":"CN","notes":")"
        + QByteArray(3900, 'x') + R"(","address":")" + QByteArray(480, 'y') + R"("})";
    const Answer full = handleHere(fixture.server(), "POST", u"/partners"_s, token, body);
    INFO(full.body.toStdString());
    CHECK(full.status == 507);
    CHECK(full.errorCode() == u"storage_full"_s);
    CHECK(full.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"nothing was saved"_s));

    Query(db, u"PRAGMA max_page_count = 1073741823"_s).scalar();
    CHECK(Query(db, u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong() == partners);
}

TEST_CASE("The server refuses to start on a damaged database and says why", "[operations][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabaseFile(dir, u"damaged.db"_s);
    SECTION("pages overwritten")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        // Every other page after the schema: b-tree pages of tables and indexes alike.
        for (qint64 page = 2; page * pageSize < file.size(); page += 2) {
            file.seek(page * pageSize + 8);
            file.write(QByteArray(512, char(0xA5)));
        }
    }
    SECTION("not a database at all")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'z'));
    }

    Tradewind::ServerConfig config;
    config.databasePath = path;
    Tradewind::TradewindServer server(config);
    CHECK(kindOfFailure([&] { server.openDatabase(); }) == DatabaseError::Kind::Corrupt);

    ServerProcess process;
    process.start({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())});
    CHECK(process.finish() == 1);
    const QString messages = process.messages();
    INFO(messages.toStdString());
    CHECK(messages.contains(u"is damaged"_s));
    CHECK(messages.contains(u"restore the latest backup"_s));
}

#ifdef Q_OS_UNIX
TEST_CASE("The server refuses to start on a database it cannot write and says why", "[operations][startup]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"readonly.db"_s);
    {
        Database database(path);
        database.migrate();
        database.checkpoint();
    }
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    REQUIRE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner | QFile::ReadOther
                                                  | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));

    ServerProcess process;
    // Root may write whatever the permissions say, so the server runs as nobody when the test runs as root.
    if (::geteuid() == 0) {
        process.process.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    process.start({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())});
    const int exitCode = process.finish();
    const QString messages = process.messages();
    INFO(messages.toStdString());
    REQUIRE(exitCode != 99);
    CHECK(exitCode == 1);
    CHECK(messages.contains(u"cannot be written"_s));
    CHECK(messages.contains(u"write access"_s));
}
#endif

TEST_CASE("A busy port is reported before the demo company is written", "[operations][startup]")
{
    QTcpServer occupant;
    REQUIRE(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"demo.db"_s);

    ServerProcess process;
    process.start({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(occupant.serverPort()), u"--demo"_s});
    CHECK(process.finish() == 1);
    const QString messages = process.messages();
    INFO(messages.toStdString());
    CHECK(messages.contains(u"Cannot listen"_s));
    CHECK_FALSE(messages.contains(u"demo company"_s));
    Database database(path);
    CHECK(Tradewind::Demo::isEmpty(database));
}

TEST_CASE("A new company starts with --create-admin, and without an administrator the server says how to make one",
          "[operations][startup][admin]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"company.db"_s);
    const QString password = u"Erste Schritte, 2027!"_s;
    const auto run = [&](const QStringList &arguments, const QString &environmentPassword, QString *messages) {
        ServerProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"TRADEWIND_ADMIN_PASSWORD"_s);
        if (!environmentPassword.isNull())
            environment.insert(u"TRADEWIND_ADMIN_PASSWORD"_s, environmentPassword);
        process.process.setProcessEnvironment(environment);
        // Not a terminal: the password is never read from a pipe.
        process.process.setStandardInputFile(QProcess::nullDevice());
        process.start(arguments);
        const int exitCode = process.finish();
        *messages = process.messages();
        return exitCode;
    };
    QString messages;

    // An empty database is not served: nobody could log in to set the company up.
    CHECK(run({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(freePort())}, {}, &messages) == 1);
    INFO(messages.toStdString());
    CHECK(messages.contains(u"no active system administrator"_s));
    CHECK(messages.contains(u"--create-admin LOGIN"_s));
    CHECK(messages.contains(u"TRADEWIND_ADMIN_PASSWORD"_s));

    const QStringList create{u"--database"_s, path, u"--create-admin"_s, u"it.admin"_s};
    CHECK(run(create, {}, &messages) == 1);
    CHECK(messages.contains(u"TRADEWIND_ADMIN_PASSWORD"_s));
    CHECK(run(create, u"too short"_s, &messages) == 1);
    CHECK(messages.contains(u"at least 10 characters"_s));
    CHECK(run({u"--database"_s, path, u"--create-admin"_s, u"administrator"_s}, u"ADMINISTRATOR"_s, &messages) == 1);
    CHECK(messages.contains(u"may not be the login"_s));
    CHECK(run({u"--database"_s, path, u"--create-admin"_s, u"it admin"_s}, password, &messages) == 1);
    CHECK(messages.contains(u"login"_s));
    {
        Database database(path);
        CHECK(Query(database.connection(), u"SELECT COUNT(*) FROM employees"_s).scalar().toInt() == 0);
    }

    REQUIRE(run(create, password, &messages) == 0);
    CHECK(messages.contains(u"Administrator it.admin created"_s));
    CHECK(run(create, password, &messages) == 1);
    CHECK(messages.contains(u"taken"_s));
    {
        Database database(path);
        QSqlDatabase db = database.connection();
        CHECK(Query(db, u"SELECT COUNT(*) FROM employees WHERE login = 'it.admin' AND roles = 'system_admin' AND active = 1 "
                        u"AND must_change_password = 0 AND department_id = (SELECT id FROM departments WHERE parent_id IS NULL)"_s)
                  .scalar()
                  .toInt()
              == 1);
        CHECK(Query(db, u"SELECT COUNT(*) FROM departments"_s).scalar().toInt() == 1);
        CHECK(Query(db, u"SELECT COUNT(*) FROM audit_log WHERE employee_id IS NULL AND action = 'create'"_s).scalar().toInt() == 2);
    }

    // Now the server starts, and the administrator logs in with the password given.
    ServerProcess server;
    server.start({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:0"_s});
    const quint16 port = server.waitUntilListening();
    const RawResponse login = rawPost(port, u"/session"_s, R"({"login":"it.admin","password":"Erste Schritte, 2027!"})");
    CHECK(login.status == 201);
    CHECK_FALSE(login.json().value(u"must_change_password"_s).toBool());
    server.process.terminate();
    CHECK(server.finish(30000) == 0);
}

TEST_CASE("An online backup under write load is consistent and restores", "[operations][backup]")
{
    ServerFixture fixture;
    const QString backup = QDir(QFileInfo(fixture.databasePath()).path()).filePath(u"backup.db"_s);
    QSqlDatabase db = fixture.server().database().connection();
    const qint64 before = Query(db, u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
    const qint64 lastIdBefore = Query(db, u"SELECT MAX(id) FROM partners"_s).scalar().toLongLong();

    // Writers create partners over HTTP all the time the backup runs.
    std::atomic<bool> writing = true;
    std::atomic<int> written = 0;
    std::vector<std::thread> writers;
    const QByteArray token = fixture.login(u"sales.east1"_s)->token();
    for (int w = 0; w < 3; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; writing; ++i) {
                const QByteArray name = "Backup Load " + QByteArray::number(w) + "-" + QByteArray::number(i) + " GmbH";
                const RawResponse response = rawPost(fixture.port(), u"/partners"_s,
                                                     R"({"name":")" + name + R"(","classes":["customer"],"country":"DE"})",
                                                     token);
                if (response.status == 201)
                    ++written;
            }
        });
    }
    REQUIRE(TestSupport::waitUntil([&] { return written >= 20; }, 60000));

    ServerProcess process;
    process.start({u"--database"_s, fixture.databasePath(), u"--backup"_s, backup});
    const int exitCode = process.finish(120000);
    const QString messages = process.messages();
    const int writtenDuringBackup = written;
    REQUIRE(TestSupport::waitUntil([&] { return written >= writtenDuringBackup + 10; }, 60000));
    writing = false;
    for (std::thread &writer : writers)
        writer.join();
    INFO(messages.toStdString());
    REQUIRE(exitCode == 0);
    CHECK(messages.contains(u"Backup of"_s));
    CHECK_FALSE(QFileInfo::exists(backup + u".partial"_s));

    // Restore as the README says: a server started on the copy.
    Tradewind::ServerConfig config;
    config.databasePath = backup;
    config.port = 0;
    config.logRequests = false;
    Tradewind::TradewindServer restored(config);
    restored.openDatabase(); // includes quick_check
    QSqlDatabase copy = restored.database().connection();
    CHECK(Query(copy, u"PRAGMA integrity_check"_s).scalar().toString() == u"ok"_s);
    CHECK(Query(copy, u"PRAGMA foreign_key_check"_s).scalar().isNull());
    const qint64 inCopy = Query(copy, u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong();
    CHECK(inCopy >= before + 20);
    CHECK(inCopy < Query(db, u"SELECT COUNT(*) FROM partners"_s).scalar().toLongLong());
    // The audit trail of the copy matches its partners exactly: one snapshot, not a mix of moments.
    CHECK(Query(copy, u"SELECT COUNT(*) FROM partners p WHERE p.id > :last AND NOT EXISTS (SELECT 1 FROM audit_log a "
                      u"WHERE a.entity = 'partner' AND a.action = 'create' AND a.row_id = p.id)"_s)
              .bind(u":last"_s, lastIdBefore)
              .scalar()
              .toLongLong()
          == 0);
    CHECK(Query(copy, u"SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'partner' AND a.action = 'create' "
                      u"AND NOT EXISTS (SELECT 1 FROM partners p WHERE p.id = a.row_id)"_s)
              .scalar()
              .toLongLong()
          == 0);
    REQUIRE(restored.listen());
    CHECK(loginToken(restored.port(), u"sales.east1"_s).size() > 20);

    // A backup never overwrites a file.
    ServerProcess again;
    again.start({u"--database"_s, fixture.databasePath(), u"--backup"_s, backup});
    CHECK(again.finish() == 1);
    CHECK(again.messages().contains(u"already exists"_s));
}

#ifdef Q_OS_UNIX
TEST_CASE("SIGTERM lets the request in progress finish, checkpoints and exits 0", "[operations][shutdown]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = demoDatabaseFile(dir, u"stop.db"_s);
    ServerProcess server;
    server.start({u"--database"_s, path, u"--listen"_s, u"127.0.0.1:0"_s});
    const quint16 port = server.waitUntilListening();
    const QByteArray token = loginToken(port, u"sales.east1"_s);

    // Hold the write lock, so that the next write request is still in progress when the signal arrives.
    Database holder(path);
    QSqlDatabase db = holder.connection();
    auto lock = std::make_unique<Tradewind::Transaction>(db);
    std::optional<RawResponse> answer;
    std::thread client([&] {
        answer = rawPost(port, u"/partners"_s, R"({"name":"Stopped Politely Ltd.","classes":["customer"],"country":"GB"})",
                         token);
    });
    QThread::msleep(300);
    ::kill(pid_t(server.process.processId()), SIGTERM);
    QThread::msleep(300);
    lock.reset(); // rolled back: the server's write goes ahead
    client.join();
    REQUIRE(answer);
    CHECK(answer->status == 201);

    const int exitCode = server.finish(30000);
    const QString messages = server.messages();
    INFO(messages.toStdString());
    CHECK(exitCode == 0);
    CHECK(messages.contains(u"stopped"_s));
    CHECK(QFileInfo(path + u"-wal"_s).size() == 0);
    CHECK(Query(db, u"SELECT COUNT(*) FROM partners WHERE name = 'Stopped Politely Ltd.'"_s).scalar().toInt() == 1);
}

TEST_CASE("Control characters from clients never reach the log as such", "[operations][log]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ServerProcess server;
    server.start({u"--database"_s, demoDatabaseFile(dir, u"log.db"_s), u"--listen"_s, u"127.0.0.1:0"_s});
    const quint16 port = server.waitUntilListening();
    RawHttpClient client(port);
    REQUIRE(client.send("GET /api/v1/x%0D%0A127.0.0.1%20GET%20/api/v1/forged%20200 HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    REQUIRE(client.read());
    RawHttpClient second(port);
    REQUIRE(second.send("GET /api/v1/partners?q=%0A HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    REQUIRE(second.read());
    server.process.terminate();
    REQUIRE(server.finish(30000) == 0);
    const QString messages = server.messages();
    INFO(messages.toStdString());
    // The request is one line, its line break still encoded; no line of the log comes from the client.
    CHECK(messages.contains(u"GET /api/v1/x%0D%0A127.0.0.1 GET /api/v1/forged 200 404"_s));
    for (const QString &line : messages.split(u'\n')) {
        CHECK_FALSE(line.startsWith(u"127.0.0.1"_s));
        CHECK_FALSE(std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }));
    }
}
#endif
