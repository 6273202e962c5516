#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** How long a statement waits for another connection's write lock before giving up. */
constexpr int BusyTimeoutMs = 10000;

/** What the write-ahead log is cut back to after a checkpoint. */
constexpr qint64 JournalSizeLimitBytes = 64 * 1024 * 1024;

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

/** How many SQLite virtual-machine instructions run between two looks at the statement limits. */
constexpr int ProgressInterval = 1000;

/** SQLite's primary result code of a failed statement (-1 when Qt reported none). */
int primaryCode(const QSqlError &error)
{
    // Qt reports SQLite's extended result codes ("2067" for UNIQUE, "787" for FOREIGN KEY, ...); the
    // primary code is the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

thread_local StatementLimits *currentLimits = nullptr;
thread_local DatabaseError::Kind lastStopReason = DatabaseError::Kind::Other;

int onProgress(void *)
{
    return StatementLimits::shouldStop() ? 1 : 0;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

void execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        throw DatabaseError::fromSql(u"%1 failed: %2"_s.arg(pragma, describe(query.lastError())), query.lastError());
}

bool isBusyError(const QSqlError &error)
{
    const int primary = primaryCode(error);
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

/**
 * Switches the file to WAL. Converting a new file needs it to itself for a moment, and SQLite then
 * answers "database is locked" at once rather than waiting for the busy timeout; that happens when
 * two servers open the same new file together, so wait and retry for as long as the busy timeout.
 */
void enableWal(QSqlDatabase &db)
{
    QDeadlineTimer deadline(BusyTimeoutMs);
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(u"PRAGMA journal_mode=WAL"_s))
            return;
        if (!isBusyError(query.lastError()) || deadline.hasExpired())
            throw DatabaseError::fromSql(u"PRAGMA journal_mode=WAL failed: %1"_s.arg(describe(query.lastError())),
                                         query.lastError());
        QThread::msleep(10);
    }
}

} // namespace

DatabaseError DatabaseError::fromSql(const QString &message, const QSqlError &error)
{
    switch (primaryCode(error)) {
    case SQLITE_CONSTRAINT:
        return DatabaseError(message, Kind::Constraint);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseError(message, Kind::Busy);
    case SQLITE_INTERRUPT:
        return DatabaseError(message, lastStopReason);
    case SQLITE_FULL:
        return DatabaseError(message, Kind::StorageFull);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return DatabaseError(message, Kind::ReadOnly);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DatabaseError(message, Kind::Corrupt);
    case SQLITE_IOERR:
        return DatabaseError(message, Kind::IoError);
    case -1:
        // Without a code (an older driver), the message still tells a constraint failure.
        if (error.databaseText().contains(u"constraint failed"_s, Qt::CaseInsensitive))
            return DatabaseError(message, Kind::Constraint);
        break;
    }
    return DatabaseError(message, Kind::Other);
}

StatementLimits::StatementLimits(std::chrono::milliseconds timeLimit, const std::atomic<bool> *cancelled)
    : m_timeLimit(timeLimit)
    , m_cancelled(cancelled)
    , m_deadline(QDeadlineTimer::Forever)
    , m_outer(currentLimits)
{
    currentLimits = this;
}

StatementLimits::~StatementLimits()
{
    currentLimits = m_outer;
}

StatementLimits *StatementLimits::current()
{
    return currentLimits;
}

void StatementLimits::startStatement()
{
    if (currentLimits)
        currentLimits->m_deadline.setRemainingTime(currentLimits->m_timeLimit);
}

bool StatementLimits::shouldStop()
{
    StatementLimits *limits = currentLimits;
    if (!limits)
        return false;
    if (limits->m_cancelled && limits->m_cancelled->load(std::memory_order_relaxed))
        lastStopReason = DatabaseError::Kind::Cancelled;
    else if (limits->m_deadline.hasExpired())
        lastStopReason = DatabaseError::Kind::TimedOut;
    else
        return false;
    return true;
}

DatabaseError::Kind StatementLimits::stopReason()
{
    return lastStopReason;
}

Database::Database(const QString &path)
    : m_path(path)
{
    static QAtomicInteger<int> instances;
    m_connectionPrefix = u"tradewind-%1-"_s.arg(instances.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    // Worker threads have ended by now and closed their own connections; close the one of this thread.
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

Database::ConnectionHandle::~ConnectionHandle()
{
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::connection()
{
    if (m_connections.hasLocalData())
        return QSqlDatabase::database(m_connections.localData()->name, false);

    const QString name = m_connectionPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        throw DatabaseError::fromSql(u"Cannot open database %1: %2"_s.arg(m_path, describe(db.lastError())), db.lastError());
    enableWal(db);
    execPragma(db, u"PRAGMA foreign_keys=ON"_s);
    execPragma(db, u"PRAGMA synchronous=NORMAL"_s);
    // After a checkpoint the log is cut back to this size, so that one burst of writes does not keep a huge
    // -wal file for the life of the server.
    execPragma(db, u"PRAGMA journal_size_limit=%1"_s.arg(JournalSizeLimitBytes));
    if (sqlite3 *handle = handleOf(db))
        sqlite3_progress_handler(handle, ProgressInterval, onProgress, nullptr);

    m_connections.setLocalData(new ConnectionHandle{name});
    return db;
}

void Database::checkUsable()
{
    const QString file = QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath());
    const QString readOnly = u"The database file %1 cannot be written by this process: give the server's user write access "
                             u"to the file and to its folder (the server keeps %1-wal and %1-shm beside it)"_s
                                 .arg(file);
    QStringList problems;
    try {
        QSqlDatabase db = connection();
        sqlite3 *handle = handleOf(db);
        if (handle && sqlite3_db_readonly(handle, "main") == 1)
            throw DatabaseError(u"opened read-only"_s, DatabaseError::Kind::ReadOnly);
        Query check(db, u"PRAGMA quick_check"_s);
        check.exec();
        while (check.next())
            problems.append(check.value(0).toString());
        // A real write (it leaves the file as it was) proves the whole write path, the log files included.
        Transaction transaction(db);
        const QVariant version = Query(db, u"PRAGMA user_version"_s).scalar();
        Query(db, u"PRAGMA user_version = %1"_s.arg(version.toLongLong())).exec();
        transaction.commit();
    } catch (const DatabaseError &error) {
        if (error.kind() == DatabaseError::Kind::ReadOnly)
            throw DatabaseError(readOnly + u" ("_s + QString::fromUtf8(error.what()) + u')', DatabaseError::Kind::ReadOnly);
        if (error.kind() != DatabaseError::Kind::Corrupt)
            throw;
        problems.append(QString::fromUtf8(error.what()));
    }
    if (problems != QStringList{u"ok"_s})
        throw DatabaseError(u"The database file %1 is damaged (%2). Stop here and restore the latest backup "
                            u"(see \"Backup and restore\" in the README)."_s
                                .arg(file, problems.mid(0, 3).join(u"; "_s)),
                            DatabaseError::Kind::Corrupt);
}

void Database::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        throw DatabaseError(u"%1 already exists: back up to a new file"_s.arg(QDir::toNativeSeparators(target)));
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    // VACUUM INTO copies one snapshot in a single read transaction: writers carry on (WAL), and unlike the
    // page-by-page backup API it never restarts because someone wrote meanwhile.
    Query(connection(), u"VACUUM INTO :target"_s).bind(u":target"_s, partial).exec();

    QStringList problems;
    {
        const QString name = m_connectionPrefix + u"backup-check"_s;
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            copy.setDatabaseName(partial);
            copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (copy.open()) {
                Query check(copy, u"PRAGMA quick_check"_s);
                check.exec();
                while (check.next())
                    problems.append(check.value(0).toString());
                copy.close();
            } else {
                problems.append(describe(copy.lastError()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (problems != QStringList{u"ok"_s}) {
        QFile::remove(partial);
        throw DatabaseError(u"The copy failed its check (%1)"_s.arg(problems.mid(0, 3).join(u"; "_s)),
                            DatabaseError::Kind::Corrupt);
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        throw DatabaseError(u"Cannot move the finished copy to %1"_s.arg(QDir::toNativeSeparators(target)),
                            DatabaseError::Kind::IoError);
    }
}

void Database::checkpoint()
{
    Query(connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s).scalar();
}

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw DatabaseError::fromSql(u"Cannot prepare [%1]: %2"_s.arg(sql, describe(m_query.lastError())), m_query.lastError());
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString is an empty text, not SQL NULL; NULL is bound only as an invalid QVariant.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_s));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    StatementLimits::startStatement();
    if (!m_query.exec())
        throw DatabaseError::fromSql(u"Query failed [%1]: %2"_s.arg(m_query.lastQuery(), describe(m_query.lastError())),
                                     m_query.lastError());
    return *this;
}

bool Query::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throw DatabaseError::fromSql(u"Query failed [%1]: %2"_s.arg(m_query.lastQuery(), describe(m_query.lastError())),
                                     m_query.lastError());
    return false;
}

QVariant Query::scalar()
{
    exec();
    const QVariant result = next() ? value(0) : QVariant();
    // Done with the statement: left open it would hold a read snapshot, and a later write on this
    // connection would then fail at once with "database is locked" if another connection wrote meanwhile.
    m_query.finish();
    return result;
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        throw DatabaseError::fromSql(u"Cannot begin transaction: %1"_s.arg(describe(query.lastError())), query.lastError());
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s))
        throw DatabaseError::fromSql(u"Cannot commit: %1"_s.arg(describe(query.lastError())), query.lastError());
    m_done = true;
}

} // namespace Tradewind
