#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariant>

#include <stdexcept>

namespace Tradewind {

/** A failed SQL statement; the HTTP layer turns it into a 500 and logs the detail. */
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message, bool constraintViolation = false)
        : std::runtime_error(message.toStdString())
        , m_constraintViolation(constraintViolation)
    {
    }
    bool isConstraintViolation() const { return m_constraintViolation; }

private:
    bool m_constraintViolation;
};

/**
 * The SQLite database file. Each thread gets its own connection (created on first use and closed when
 * the thread ends), configured with WAL, foreign keys and a busy timeout.
 */
class Database
{
public:
    explicit Database(const QString &path);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** This thread's connection. */
    QSqlDatabase connection();

    /** Applies missing migrations; throws DatabaseError when the file is newer than this server. */
    void migrate();
    int schemaVersion();
    static int latestSchemaVersion();

    QString path() const { return m_path; }

private:
    /** Owned by the thread's storage: closes and removes the thread's connection when the thread ends. */
    struct ConnectionHandle
    {
        QString name;
        ~ConnectionHandle();
    };

    QString m_path;
    QString m_connectionPrefix;
    QThreadStorage<ConnectionHandle *> m_connections;
};

/** A prepared statement with named bindings; exec() throws DatabaseError instead of returning false. */
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    /** Runs the query and returns the first column of the first row (or an invalid QVariant). */
    QVariant scalar();

private:
    QSqlQuery m_query;
};

/**
 * A write transaction opened with BEGIN IMMEDIATE (so it takes the write lock up front rather than
 * failing half-way); rolls back unless commit() was called.
 */
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace Tradewind
