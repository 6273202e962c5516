#pragma once

#include "context.h"

#include <QJsonObject>

namespace Tradewind::Settings {

/** A company-wide setting as stored (a JSON object), empty when it was never set. */
QJsonObject read(const QSqlDatabase &db, const QString &key);

/** Stores a setting and audits the change, inside the caller's transaction. */
void write(const RequestContext &context, const QString &key, const QJsonObject &before, const QJsonObject &after);

/** Throws 403 unless the caller is a system administrator; what names the setting in the message. */
void requireAdministrator(const RequestContext &context, const QString &what);

} // namespace Tradewind::Settings
