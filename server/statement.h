#pragma once

#include "visibility.h"

namespace Tradewind {

/**
 * An SQL statement with what it binds: the caller's visibility and named values. The reports build theirs as these,
 * so that the benchmark runs exactly the same SQL directly, next to the same request over HTTP.
 */
struct Statement
{
    QString sql;
    Visibility visibility;
    QList<QPair<QString, QVariant>> bindings;

    /** Prepares, binds and runs the statement. */
    Query run(const QSqlDatabase &db) const
    {
        Query query(db, sql);
        visibility.bind(query);
        for (const auto &[placeholder, value] : bindings)
            query.bind(placeholder, value);
        query.exec();
        return query;
    }
};

} // namespace Tradewind
