#pragma once

#include "context.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Tradewind::Audit {

/**
 * Records a change: who, when, which row, and for each field that differs its old and new value.
 * before is empty for a creation; after is empty for a deletion. Runs inside the caller's transaction.
 */
void record(const RequestContext &context, const QString &entity, qint64 rowId, const QString &action,
            const QJsonObject &before, const QJsonObject &after);

/** The recorded changes of one row, newest first. The caller has already checked the row is visible. */
QJsonArray history(const RequestContext &context, const QString &entity, qint64 rowId);

} // namespace Tradewind::Audit
