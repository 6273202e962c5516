#pragma once

#include "context.h"
#include "database.h"

#include <QHash>

namespace Tradewind::Demo {

/** The employees as callers of the services, for the demo generators. */
class Actors
{
public:
    explicit Actors(const QSqlDatabase &db);
    Caller byLogin(const QString &login) const { return m_byLogin.value(login); }
    Caller byId(qint64 id) const { return m_byId.value(id); }

private:
    QHash<qint64, Caller> m_byId;
    QHash<QString, Caller> m_byLogin;
};

/** Runs an action of a service as caller at a given moment, inside the generator's transaction. */
template <typename Action>
auto act(const QSqlDatabase &db, const Caller &caller, const QDateTime &at, Action action)
{
    static const Http::Request noRequest;
    RequestContext context(noRequest, db, at);
    context.caller = caller;
    return action(context);
}

} // namespace Tradewind::Demo
