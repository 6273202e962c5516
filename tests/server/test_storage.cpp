// Storage: schema migrations, connection settings, transactions, the audit trail, password hashing
// and how session tokens are kept.

#include "serverfixture.h"

#include "database.h"
#include "demodata.h"
#include "passwords.h"
#include "tradewindserver.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using Tradewind::Database;
using Tradewind::DatabaseError;
using Tradewind::Query;
using Tradewind::Transaction;

namespace {

/** Runs work on a thread of its own (and so on a connection of its own) and waits for it. */
template<typename Work>
void onOtherThread(Work work)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->start();
    REQUIRE(thread->wait(30000));
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    return Query(db, u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"_s)
        .bind(u":name"_s, table)
        .scalar()
        .isValid();
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    return Query(db, sql).scalar().toLongLong();
}

} // namespace

TEST_CASE("A new database is migrated to the latest schema version", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Database database(dir.filePath(u"fresh.db"_s));
    database.migrate();
    REQUIRE(Database::latestSchemaVersion() >= 1);
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());

    QSqlDatabase db = database.connection();
    CHECK(count(db, u"SELECT MAX(version) FROM schema_migrations"_s) == Database::latestSchemaVersion());
    // One row per migration, none skipped.
    CHECK(count(db, u"SELECT COUNT(*) FROM schema_migrations"_s) == Database::latestSchemaVersion());
    CHECK(count(db, u"SELECT MIN(version) FROM schema_migrations"_s) == 1);
    CHECK(count(db, u"SELECT COUNT(*) FROM schema_migrations WHERE description = '' OR applied_at = ''"_s) == 0);
    for (const QString &table : {u"departments"_s, u"employees"_s, u"employee_tree"_s, u"sessions"_s, u"partners"_s,
                                 u"partner_contacts"_s, u"opportunities"_s, u"audit_log"_s, u"settings"_s}) {
        INFO(table.toStdString());
        CHECK(tableExists(db, table));
    }

    // Migrating again changes nothing and keeps data.
    Query(db, u"INSERT INTO settings (key, value) VALUES ('marker', 'kept')"_s).exec();
    database.migrate();
    CHECK(count(db, u"SELECT COUNT(*) FROM schema_migrations"_s) == Database::latestSchemaVersion());
    CHECK(Query(db, u"SELECT value FROM settings WHERE key = 'marker'"_s).scalar().toString() == u"kept"_s);
}

TEST_CASE("Two servers migrating the same new file at once both succeed", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"shared.db"_s);
    for (int round = 0; round < 20; ++round) {
        INFO("round " << round);
        const QString file = path + QString::number(round);
        Database first(file);
        Database second(file);
        QString firstError;
        QString secondError;
        const auto migrate = [](Database &database, QString &error) {
            return [&database, &error] {
                try {
                    database.migrate();
                } catch (const std::exception &e) {
                    error = QString::fromUtf8(e.what());
                }
            };
        };
        std::unique_ptr<QThread> a(QThread::create(migrate(first, firstError)));
        std::unique_ptr<QThread> b(QThread::create(migrate(second, secondError)));
        a->start();
        b->start();
        REQUIRE(a->wait(30000));
        REQUIRE(b->wait(30000));
        CHECK(firstError.toStdString() == "");
        CHECK(secondError.toStdString() == "");
        CHECK(first.schemaVersion() == Database::latestSchemaVersion());
        CHECK(count(first.connection(), u"SELECT COUNT(*) FROM schema_migrations"_s) == Database::latestSchemaVersion());
    }
}

TEST_CASE("A server started on an existing database keeps its data", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"existing.db"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 opportunities = 0;
    {
        Database database(path);
        database.migrate();
        Tradewind::Demo::populate(database, now);
        opportunities = count(database.connection(), u"SELECT COUNT(*) FROM opportunities"_s);
        REQUIRE(opportunities > 0);
    }
    Tradewind::ServerConfig config;
    config.databasePath = path;
    config.logRequests = false;
    Tradewind::TradewindServer server(config);
    REQUIRE_NOTHROW(server.openDatabase());
    CHECK(server.database().schemaVersion() == Database::latestSchemaVersion());
    CHECK(count(server.database().connection(), u"SELECT COUNT(*) FROM opportunities"_s) == opportunities);
    CHECK_FALSE(Tradewind::Demo::isEmpty(server.database()));
}

TEST_CASE("The server refuses a database newer than it knows", "[storage]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"future.db"_s);
    const int future = Database::latestSchemaVersion() + 1;

    SECTION("a fresh file that only records a future version")
    {
        {
            Database writer(path);
            QSqlDatabase db = writer.connection();
            Query(db, u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                      u"applied_at TEXT NOT NULL)"_s)
                .exec();
            Query(db, u"INSERT INTO schema_migrations (version, description, applied_at) "
                      u"VALUES (:v, 'from the future', '2030-01-01T00:00:00.000Z')"_s)
                .bind(u":v"_s, future)
                .exec();
        }
        Tradewind::ServerConfig config;
        config.databasePath = path;
        config.logRequests = false;
        Tradewind::TradewindServer server(config);
        REQUIRE_THROWS_AS(server.openDatabase(), DatabaseError);
        // Nothing was created in the file it refused.
        CHECK_FALSE(tableExists(server.database().connection(), u"employees"_s));

        Database direct(path);
        CHECK_THROWS_AS(direct.migrate(), DatabaseError);
        CHECK(direct.schemaVersion() == future);
    }

    SECTION("a migrated file that a newer server has moved on")
    {
        {
            Database writer(path);
            writer.migrate();
            Query(writer.connection(), u"INSERT INTO schema_migrations (version, description, applied_at) "
                                       u"VALUES (:v, 'from the future', '2030-01-01T00:00:00.000Z')"_s)
                .bind(u":v"_s, future)
                .exec();
        }
        Database database(path);
        try {
            database.migrate();
            FAIL("migrate() accepted a database of schema version " << future);
        } catch (const DatabaseError &error) {
            const QString message = QString::fromUtf8(error.what());
            INFO(message.toStdString());
            CHECK(message.contains(QString::number(future)));
            CHECK_FALSE(error.isConstraintViolation());
        }
        CHECK(count(database.connection(), u"SELECT COUNT(*) FROM schema_migrations"_s)
              == Database::latestSchemaVersion() + 1);
    }
}

TEST_CASE("Every connection uses WAL and enforces foreign keys", "[storage]")
{
    ServerFixture server(ServerFixture::Data::Empty);
    Database &database = server.server().database();
    {
        QSqlDatabase db = database.connection();
        CHECK(Query(db, u"PRAGMA journal_mode"_s).scalar().toString().toLower() == u"wal"_s);
        CHECK(Query(db, u"PRAGMA foreign_keys"_s).scalar().toInt() == 1);
        CHECK(Query(db, u"PRAGMA busy_timeout"_s).scalar().toInt() > 0);
        // After a checkpoint the log shrinks back to 64 MiB at most instead of keeping its largest size.
        CHECK(Query(db, u"PRAGMA journal_size_limit"_s).scalar().toLongLong() == 64 * 1024 * 1024);
    }

    // Another thread gets a connection of its own, set up the same way.
    QString journalMode;
    int foreignKeys = -1;
    QString connectionName;
    onOtherThread([&] {
        QSqlDatabase db = database.connection();
        connectionName = db.connectionName();
        journalMode = Query(db, u"PRAGMA journal_mode"_s).scalar().toString().toLower();
        foreignKeys = Query(db, u"PRAGMA foreign_keys"_s).scalar().toInt();
    });
    CHECK(journalMode == u"wal"_s);
    CHECK(foreignKeys == 1);
    CHECK(connectionName != database.connection().connectionName());

    // And foreign keys really are enforced.
    QSqlDatabase db = database.connection();
    try {
        Query(db, u"INSERT INTO employee_tree (ancestor_id, descendant_id, depth) VALUES (424242, 424242, 0)"_s).exec();
        FAIL("a tree row for a nonexistent employee was accepted");
    } catch (const DatabaseError &error) {
        CHECK(error.isConstraintViolation());
    }
    CHECK(count(db, u"SELECT COUNT(*) FROM employee_tree"_s) == 0);
}

TEST_CASE("Constraint failures are told apart from other database errors", "[storage]")
{
    ServerFixture server(ServerFixture::Data::Empty);
    QSqlDatabase db = server.server().database().connection();
    Query(db, u"INSERT INTO departments (id, name) VALUES (1, 'Head office')"_s).exec();

    const auto violation = [&](const QString &sql) -> std::optional<bool> {
        try {
            Query(db, sql).exec();
        } catch (const DatabaseError &error) {
            INFO(error.what());
            return error.isConstraintViolation();
        }
        return std::nullopt;
    };
    // One of each kind SQLite has.
    CHECK(violation(u"INSERT INTO departments (id, name) VALUES (1, 'Again')"_s) == true);          // primary key
    CHECK(violation(u"INSERT INTO departments (name) VALUES (NULL)"_s) == true);                   // NOT NULL
    CHECK(violation(u"INSERT INTO departments (name, parent_id) VALUES ('Orphan', 77)"_s) == true); // foreign key
    CHECK(violation(u"INSERT INTO employees (login, name) VALUES ('a', 'A'), ('a', 'B')"_s) == true); // UNIQUE
    CHECK(violation(u"INSERT INTO opportunities (kind, customer_id, title, source, stage, amount_minor, currency, "
                    u"owner_id, created_at, updated_at) VALUES ('neither', 1, 't', 's', 'lead', 1, 'CNY', 1, '', '')"_s)
          == true); // CHECK
    // Failures of another kind are not, even when their message happens to say "constraint".
    CHECK(violation(u"SELECT json_extract('{}', 'constraint')"_s) == false);
    CHECK(violation(u"SELECT abs(-9223372036854775807 - 1)"_s) == false);
    CHECK_THROWS_AS(Query(db, u"SELECT * FROM no_such_table"_s), DatabaseError);
}

TEST_CASE("A transaction rolls back unless committed", "[storage]")
{
    ServerFixture server(ServerFixture::Data::Empty);
    Database &database = server.server().database();
    QSqlDatabase db = database.connection();
    const QString countSql = u"SELECT COUNT(*) FROM settings WHERE key = :key"_s;
    const auto has = [&](const QString &key) {
        return Query(db, countSql).bind(u":key"_s, key).scalar().toLongLong() == 1;
    };

    {
        Transaction transaction(db);
        Query(db, u"INSERT INTO settings (key, value) VALUES ('dropped', '1')"_s).exec();
        REQUIRE(has(u"dropped"_s));
    }
    CHECK_FALSE(has(u"dropped"_s));

    try {
        Transaction transaction(db);
        Query(db, u"INSERT INTO settings (key, value) VALUES ('thrown', '1')"_s).exec();
        throw std::runtime_error("failure half-way");
    } catch (const std::runtime_error &) {
    }
    CHECK_FALSE(has(u"thrown"_s));

    // Rolled back means finished: a new transaction can start and commit on the same connection.
    {
        Transaction transaction(db);
        Query(db, u"INSERT INTO settings (key, value) VALUES ('kept', '1')"_s).exec();
        // Not visible to other connections before the commit.
        qint64 seenElsewhere = -1;
        onOtherThread([&] {
            seenElsewhere = Query(database.connection(), u"SELECT COUNT(*) FROM settings WHERE key = 'kept'"_s)
                                .scalar()
                                .toLongLong();
        });
        CHECK(seenElsewhere == 0);
        transaction.commit();
    }
    CHECK(has(u"kept"_s));
    qint64 seenAfterCommit = -1;
    onOtherThread([&] {
        seenAfterCommit =
            Query(database.connection(), u"SELECT COUNT(*) FROM settings WHERE key = 'kept'"_s).scalar().toLongLong();
    });
    CHECK(seenAfterCommit == 1);

    // A failed statement inside a transaction rolls back the statements before it, too.
    try {
        Transaction transaction(db);
        Query(db, u"INSERT INTO settings (key, value) VALUES ('first', '1')"_s).exec();
        Query(db, u"INSERT INTO settings (key, value) VALUES ('kept', 'duplicate key')"_s).exec();
        transaction.commit();
        FAIL("a duplicate primary key was accepted");
    } catch (const DatabaseError &error) {
        CHECK(error.isConstraintViolation());
    }
    CHECK_FALSE(has(u"first"_s));
    CHECK(Query(db, u"SELECT value FROM settings WHERE key = 'kept'"_s).scalar().toString() == u"1"_s);
}

TEST_CASE("A change of an opportunity is recorded with old and new values and who made it", "[storage]")
{
    ServerFixture server;
    const qint64 east1 = server.employeeId(u"sales.east1"_s);
    const qint64 id = Query(server.server().database().connection(),
                            u"SELECT MIN(id) FROM opportunities WHERE owner_id = :owner AND stage = 'lead'"_s)
                          .bind(u":owner"_s, east1)
                          .scalar()
                          .toLongLong();
    REQUIRE(id > 0);
    auto client = server.login(u"sales.east1"_s);
    const QString path = u"/opportunities/%1"_s.arg(id);

    const Answer empty = ServerFixture::get(*client, path + u"/history"_s);
    REQUIRE(empty.status == 200);
    const qint64 entriesBefore = empty.json.value(u"items"_s).toArray().size();

    const Answer before = ServerFixture::get(*client, path);
    REQUIRE(before.status == 200);
    const QString oldNotes = before.json.value(u"notes"_s).toString();
    const QString newNotes = u"Customer asked for a second site visit"_s;
    REQUIRE(oldNotes != newNotes);

    server.advanceClock(10 * 60); // within the session's idle limit
    const Answer patched = ServerFixture::call(*client, "PATCH", path,
                                               QJsonObject{{u"notes"_s, newNotes}, {u"stage"_s, u"qualified"_s}},
                                               before.etag);
    INFO(patched.body.toStdString());
    REQUIRE(patched.status == 200);

    const Answer history = ServerFixture::get(*client, path + u"/history"_s);
    REQUIRE(history.status == 200);
    const QJsonArray items = history.json.value(u"items"_s).toArray();
    REQUIRE(items.size() == entriesBefore + 1);
    CHECK(history.json.value(u"total"_s).toInteger() == items.size());
    const QJsonObject entry = items.first().toObject();
    INFO(QJsonDocument(entry).toJson().toStdString());
    CHECK(entry.value(u"action"_s).toString() == u"update"_s);
    CHECK(entry.value(u"employee_id"_s).toInteger() == east1);
    CHECK(entry.value(u"employee_name"_s).toString() == u"陈静"_s);
    CHECK(Tradewind::Wire::timestampFromWire(entry.value(u"at"_s).toString()) == server.now());

    const QJsonObject changes = entry.value(u"changes"_s).toObject();
    CHECK(changes.value(u"notes"_s).toObject().value(u"old"_s).toString() == oldNotes);
    CHECK(changes.value(u"notes"_s).toObject().value(u"new"_s).toString() == newNotes);
    CHECK(changes.value(u"stage"_s).toObject().value(u"old"_s).toString() == u"lead"_s);
    CHECK(changes.value(u"stage"_s).toObject().value(u"new"_s).toString() == u"qualified"_s);
    // Only what the user changed: not untouched fields, not bookkeeping.
    CHECK_FALSE(changes.contains(u"title"_s));
    CHECK_FALSE(changes.contains(u"amount"_s));
    CHECK_FALSE(changes.contains(u"version"_s));
    CHECK_FALSE(changes.contains(u"updated_at"_s));
    CHECK(changes.size() == 2);

    // A second change comes first (newest first); a PATCH that changes nothing adds no entry.
    const Answer second = ServerFixture::call(*client, "PATCH", path, QJsonObject{{u"title"_s, u"Renamed project"_s}},
                                              patched.etag);
    REQUIRE(second.status == 200);
    const Answer noChange = ServerFixture::call(*client, "PATCH", path,
                                                QJsonObject{{u"title"_s, u"Renamed project"_s}}, second.etag);
    REQUIRE(noChange.status == 200);
    const QJsonArray after = ServerFixture::get(*client, path + u"/history"_s).json.value(u"items"_s).toArray();
    REQUIRE(after.size() == entriesBefore + 2);
    const QJsonObject newest = after.first().toObject().value(u"changes"_s).toObject();
    CHECK(newest.value(u"title"_s).toObject().value(u"old"_s).toString() == before.json.value(u"title"_s).toString());
    CHECK(newest.value(u"title"_s).toObject().value(u"new"_s).toString() == u"Renamed project"_s);
    CHECK(after.at(1).toObject().value(u"changes"_s).toObject().contains(u"notes"_s));
}

TEST_CASE("Passwords are hashed with Argon2id and a random salt", "[storage]")
{
    const QString password = u"correct horse battery staple"_s;
    const QString first = Tradewind::Passwords::hash(password);
    const QString second = Tradewind::Passwords::hash(password);

    // PHC string: $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>
    static const QRegularExpression phc(u"^\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"_s);
    INFO(first.toStdString());
    CHECK(phc.match(first).hasMatch());
    CHECK(phc.match(second).hasMatch());
    CHECK_FALSE(first.contains(password));

    // Different salts, so different strings for the same password; both verify.
    CHECK(first != second);
    CHECK(first.section(u'$', 4, 4) != second.section(u'$', 4, 4));
    CHECK(Tradewind::Passwords::verify(password, first));
    CHECK(Tradewind::Passwords::verify(password, second));

    CHECK_FALSE(Tradewind::Passwords::verify(u"correct horse battery stapl"_s, first));
    CHECK_FALSE(Tradewind::Passwords::verify(password + u" "_s, first));
    CHECK_FALSE(Tradewind::Passwords::verify(QString(), first));
    CHECK_FALSE(Tradewind::Passwords::verify(password, QString()));
    CHECK_FALSE(Tradewind::Passwords::verify(password, u"not a hash"_s));
    CHECK_FALSE(Tradewind::Passwords::verify(password, first.left(first.size() - 4)));

    // Not ASCII: verified on its UTF-8 bytes.
    const QString chinese = u"天行健，君子以自强不息"_s;
    const QString chineseHash = Tradewind::Passwords::hash(chinese);
    CHECK(Tradewind::Passwords::verify(chinese, chineseHash));
    CHECK_FALSE(Tradewind::Passwords::verify(chinese.left(5), chineseHash));
}

TEST_CASE("Demo passwords are stored only as hashes", "[storage]")
{
    ServerFixture server;
    QSqlDatabase db = server.server().database().connection();
    Query query(db, u"SELECT login, password_hash FROM employees"_s);
    query.exec();
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString hash = query.value(1).toString();
        INFO(query.value(0).toString().toStdString());
        CHECK(hash.startsWith(u"$argon2id$"_s));
        CHECK_FALSE(hash.contains(Tradewind::Demo::DemoPassword));
        CHECK(Tradewind::Passwords::verify(Tradewind::Demo::DemoPassword, hash));
    }
    CHECK(rows == 11);
}

TEST_CASE("Session tokens are random and stored only as digests", "[storage]")
{
    const QByteArray token = Tradewind::Passwords::newToken();
    CHECK(token.size() == 43);
    CHECK(QRegularExpression(u"^[A-Za-z0-9_-]{43}$"_s).match(QString::fromLatin1(token)).hasMatch());
    CHECK(Tradewind::Passwords::newToken() != token);
    CHECK(Tradewind::Passwords::tokenDigest(token)
          == QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));

    ServerFixture server;
    auto east = server.login(u"sales.east1"_s);
    auto west = server.login(u"sales.west1"_s);
    const QList<QByteArray> tokens = {east->token(), west->token()};
    REQUIRE(ServerFixture::get(*east, u"/session"_s).status == 200);

    QSqlDatabase db = server.server().database().connection();
    QStringList digests;
    Query query(db, u"SELECT * FROM sessions"_s);
    query.exec();
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int column = 0; column < 4; ++column) {
            const QString value = query.value(column).toString();
            for (const QByteArray &t : tokens) {
                CHECK_FALSE(value.contains(QString::fromLatin1(t)));
                // Nor in any other encoding of the same bytes.
                CHECK_FALSE(value.contains(QString::fromLatin1(t.toHex())));
            }
        }
        digests.append(query.value(u"token_hash"_s).toString());
    }
    CHECK(rows == 2);
    for (const QByteArray &t : tokens)
        CHECK(digests.contains(QString::fromLatin1(QCryptographicHash::hash(t, QCryptographicHash::Sha256).toHex())));

    // Not anywhere in the database files either.
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile file(server.databasePath() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &t : tokens)
            CHECK_FALSE(bytes.contains(t));
    }
}
