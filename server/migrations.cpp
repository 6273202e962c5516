// The schema, versioned in code: each migration is applied once, in order, inside one transaction,
// and recorded in schema_migrations. Never edit a released migration; add a new one.

#include "database.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "organisation, sessions, partners, opportunities, audit",
         {
             uR"(CREATE TABLE departments (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    parent_id INTEGER REFERENCES departments(id)))"_s,
             uR"(CREATE TABLE employees (
                    id INTEGER PRIMARY KEY,
                    login TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    department_id INTEGER REFERENCES departments(id),
                    supervisor_id INTEGER REFERENCES employees(id),
                    roles TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    password_hash TEXT,
                    active INTEGER NOT NULL DEFAULT 1,
                    failed_logins INTEGER NOT NULL DEFAULT 0,
                    locked_until TEXT,
                    version INTEGER NOT NULL DEFAULT 1))"_s,
             u"CREATE INDEX employees_supervisor ON employees(supervisor_id)"_s,
             // Closure table of the supervisor chain: one row per (ancestor, descendant), depth 0 for
             // oneself. Visibility is one indexed sub-select on it instead of a walk of the tree.
             uR"(CREATE TABLE employee_tree (
                    ancestor_id INTEGER NOT NULL REFERENCES employees(id),
                    descendant_id INTEGER NOT NULL REFERENCES employees(id),
                    depth INTEGER NOT NULL,
                    PRIMARY KEY (ancestor_id, descendant_id)) WITHOUT ROWID)"_s,
             u"CREATE INDEX employee_tree_descendant ON employee_tree(descendant_id, depth)"_s,
             uR"(CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    employee_id INTEGER NOT NULL REFERENCES employees(id),
                    created_at TEXT NOT NULL,
                    last_seen_at TEXT NOT NULL))"_s,
             uR"(CREATE TABLE partners (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    classes TEXT NOT NULL,
                    country TEXT NOT NULL DEFAULT '',
                    city TEXT NOT NULL DEFAULT '',
                    address TEXT NOT NULL DEFAULT '',
                    industry TEXT NOT NULL DEFAULT '',
                    credit_days INTEGER NOT NULL DEFAULT 0,
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX partners_name_key ON partners(name_key)"_s,
             u"CREATE INDEX partners_name ON partners(name COLLATE NOCASE)"_s,
             uR"(CREATE TABLE partner_contacts (
                    id INTEGER PRIMARY KEY,
                    partner_id INTEGER NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    title TEXT NOT NULL DEFAULT '',
                    phone TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    is_primary INTEGER NOT NULL DEFAULT 0))"_s,
             u"CREATE INDEX partner_contacts_partner ON partner_contacts(partner_id, position)"_s,
             uR"(CREATE TABLE opportunities (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('system', 'spare_parts')),
                    customer_id INTEGER NOT NULL REFERENCES partners(id),
                    title TEXT NOT NULL,
                    source TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    amount_minor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    expected_close TEXT,
                    owner_id INTEGER NOT NULL REFERENCES employees(id),
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 1,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL))"_s,
             u"CREATE INDEX opportunities_owner_updated ON opportunities(owner_id, updated_at)"_s,
             u"CREATE INDEX opportunities_updated ON opportunities(updated_at)"_s,
             u"CREATE INDEX opportunities_customer ON opportunities(customer_id)"_s,
             uR"(CREATE TABLE audit_log (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    employee_id INTEGER REFERENCES employees(id),
                    entity TEXT NOT NULL,
                    row_id INTEGER NOT NULL,
                    action TEXT NOT NULL,
                    changes TEXT NOT NULL))"_s,
             u"CREATE INDEX audit_log_row ON audit_log(entity, row_id)"_s,
             uR"(CREATE TABLE settings (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL))"_s,
         }},
    };
    return list;
}

} // namespace

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    Query(db, u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
              u"applied_at TEXT NOT NULL)"_s)
        .exec();
    return Query(db, u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s).scalar().toInt();
}

void Database::migrate()
{
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        throw DatabaseError(u"The database %1 has schema version %2, newer than this server knows (%3). "
                            u"Use a newer tradewind-server."_s
                                .arg(m_path)
                                .arg(current)
                                .arg(latestSchemaVersion()));
    QSqlDatabase db = connection();
    for (const Migration &migration : migrations()) {
        if (migration.version <= current)
            continue;
        Transaction transaction(db);
        // Another process may have applied it since `current` was read (two servers started on one
        // new file): the write lock is held now, so this answer is final.
        const bool appliedMeanwhile = Query(db, u"SELECT 1 FROM schema_migrations WHERE version = :v"_s)
                                          .bind(u":v"_s, migration.version)
                                          .scalar()
                                          .isValid();
        if (appliedMeanwhile)
            continue;
        for (const QString &statement : migration.statements)
            Query(db, statement).exec();
        Query(db, u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (:v, :d, :at)"_s)
            .bind(u":v"_s, migration.version)
            .bind(u":d"_s, QString::fromLatin1(migration.description))
            .bind(u":at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
            .exec();
        transaction.commit();
    }
}

} // namespace Tradewind
