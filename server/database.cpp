#include "database.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** How long a statement waits for another connection's write lock before giving up. */
constexpr int BusyTimeoutMs = 10000;

QString describe(const QSqlError &error)
{
    return error.text().trimmed();
}

bool isConstraintError(const QSqlError &error)
{
    // Qt reports SQLite's extended result codes ("2067" for UNIQUE, "787" for FOREIGN KEY, ...); the
    // primary code is the low byte, and every constraint failure has primary code SQLITE_CONSTRAINT (19).
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok)
        return (code & 0xff) == 19;
    return error.databaseText().contains(u"constraint failed"_s, Qt::CaseInsensitive);
}

void execPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(pragma))
        throw DatabaseError(u"%1 failed: %2"_s.arg(pragma, describe(query.lastError())));
}

bool isBusyError(const QSqlError &error)
{
    bool ok = false;
    const int primary = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (primary == 5 /* SQLITE_BUSY */ || primary == 6 /* SQLITE_LOCKED */);
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
            throw DatabaseError(u"PRAGMA journal_mode=WAL failed: %1"_s.arg(describe(query.lastError())));
        QThread::msleep(10);
    }
}

} // namespace

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
        throw DatabaseError(u"Cannot open database %1: %2"_s.arg(m_path, describe(db.lastError())));
    enableWal(db);
    execPragma(db, u"PRAGMA foreign_keys=ON"_s);
    execPragma(db, u"PRAGMA synchronous=NORMAL"_s);

    m_connections.setLocalData(new ConnectionHandle{name});
    return db;
}

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw DatabaseError(u"Cannot prepare [%1]: %2"_s.arg(sql, describe(m_query.lastError())));
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
    if (!m_query.exec())
        throw DatabaseError(u"Query failed [%1]: %2"_s.arg(m_query.lastQuery(), describe(m_query.lastError())),
                            isConstraintError(m_query.lastError()));
    return *this;
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
        throw DatabaseError(u"Cannot begin transaction: %1"_s.arg(describe(query.lastError())));
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
        throw DatabaseError(u"Cannot commit: %1"_s.arg(describe(query.lastError())));
    m_done = true;
}

} // namespace Tradewind
