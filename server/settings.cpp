#include "settings.h"

#include "audit.h"
#include "database.h"
#include "roles.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tradewind::Settings {

QJsonObject read(const QSqlDatabase &db, const QString &key)
{
    const QVariant stored = Query(db, u"SELECT value FROM settings WHERE key = :key"_s).bind(u":key"_s, key).scalar();
    return stored.isValid() ? QJsonDocument::fromJson(stored.toString().toUtf8()).object() : QJsonObject();
}

void write(const RequestContext &context, const QString &key, const QJsonObject &before, const QJsonObject &after)
{
    Query(context.db, u"INSERT INTO settings (key, value) VALUES (:key, :value) "
                      u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
        .bind(u":key"_s, key)
        .bind(u":value"_s, QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)))
        .exec();
    Audit::record(context, u"settings"_s, 0, u"update"_s, before, after);
}

void requireAdministrator(const RequestContext &context, const QString &what)
{
    if (!context.caller.hasRole(Roles::SystemAdmin))
        throw ApiException::forbidden(u"Only a system administrator may change %1"_s.arg(what));
}

} // namespace Tradewind::Settings
