#pragma once

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariant>

#include <atomic>
#include <chrono>
#include <stdexcept>

class QSqlError;

namespace Tradewind {

/** A failed SQL statement; the HTTP layer answers it by its kind and logs the detail. */
class DatabaseError : public std::runtime_error
{
public:
    /** What went wrong, as far as the answer to the client is concerned. */
    enum class Kind {
        Other,
        Constraint,  ///< a UNIQUE, FOREIGN KEY or CHECK constraint refused the change
        Busy,        ///< another connection held the lock for longer than the busy timeout
        TimedOut,    ///< the statement ran past its time limit and was stopped
        Cancelled,   ///< the statement was stopped because nobody waits for its answer any more
        StorageFull, ///< the disk (or the file size limit) is full
        ReadOnly,    ///< the file or its directory cannot be written
        Corrupt,     ///< the file is damaged or not a database
        IoError,     ///< the operating system failed to read or write the file
    };

    explicit DatabaseError(const QString &message, Kind kind = Kind::Other)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
    {
    }
    /** The error of a failed statement, its kind read from SQLite's result code. */
    static DatabaseError fromSql(const QString &message, const QSqlError &error);

    Kind kind() const { return m_kind; }
    bool isConstraintViolation() const { return m_kind == Kind::Constraint; }

private:
    Kind m_kind;
};

/**
 * The limits of the statements this thread runs while it exists: each statement may run for at most
 * timeLimit, and all of them stop as soon as *cancelled becomes true (the client went away, or the server
 * is shutting down). A stopped statement throws DatabaseError of kind TimedOut or Cancelled. Without a
 * StatementLimits on the thread (migrations, demo data, backups), statements run unlimited.
 */
class StatementLimits
{
public:
    StatementLimits(std::chrono::milliseconds timeLimit, const std::atomic<bool> *cancelled);
    ~StatementLimits();

    StatementLimits(const StatementLimits &) = delete;
    StatementLimits &operator=(const StatementLimits &) = delete;

    std::chrono::milliseconds timeLimit() const { return m_timeLimit; }

    /** The limits of this thread, or nullptr. */
    static StatementLimits *current();
    /** A statement starts on this thread: its time limit runs from now. */
    static void startStatement();
    /** Called by SQLite every few thousand instructions: true stops the running statement. */
    static bool shouldStop();
    /** Why the last statement of this thread was stopped (TimedOut or Cancelled). */
    static DatabaseError::Kind stopReason();

private:
    std::chrono::milliseconds m_timeLimit;
    const std::atomic<bool> *m_cancelled;
    QDeadlineTimer m_deadline;
    DatabaseError::Kind m_stopReason = DatabaseError::Kind::Other;
    StatementLimits *m_outer;
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

    /**
     * Refuses (DatabaseError of kind ReadOnly or Corrupt, with a message saying what to do) a file that this
     * process cannot write, or whose structure SQLite's quick_check finds damaged.
     */
    void checkUsable();

    /**
     * Writes a consistent copy of the database as it is at one moment to target (which must not exist), while
     * other connections go on reading and writing: the copy is made in one read transaction, written to a
     * temporary file beside target, checked, and then renamed into place.
     */
    void backupTo(const QString &target);

    /** Moves everything in the write-ahead log into the database file and truncates the log (on shutdown). */
    void checkpoint();

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
    /** The next row; false at the end. Throws DatabaseError when SQLite fails (or stops) on the way. */
    bool next();
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
