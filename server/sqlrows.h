#pragma once

#include "quote.h"

#include <QDateTime>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>

namespace Tradewind::Sql {

/** Column names (always from the caller's code) with the values to bind for them. */
using Columns = QList<QPair<QString, QVariant>>;

/** INSERT INTO table (the columns) VALUES (their values); returns the new row's id. */
qint64 insert(const QSqlDatabase &db, const QString &table, const Columns &columns);

/** Sets the columns of one row. */
void set(const QSqlDatabase &db, const QString &table, qint64 id, const Columns &columns);

/** Sets the columns of one row with a new version and update time. */
void update(const QSqlDatabase &db, const QString &table, qint64 id, const Columns &columns, const QDateTime &now);

/**
 * Priced lines of a document (a quote's lines, a contract's items), stored in position order in table, each
 * row naming its document in parentColumn.
 */
struct LineTable
{
    QString table;
    QString parentColumn;
};

/** Replaces the document's lines. */
void writeLines(const QSqlDatabase &db, const LineTable &lineTable, qint64 parentId, const QList<QuoteLine> &lines);
/** The document's lines, priced in its currency. */
QList<QuoteLine> readLines(const QSqlDatabase &db, const LineTable &lineTable, qint64 parentId, const QString &currency);

} // namespace Tradewind::Sql
