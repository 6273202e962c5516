#pragma once

#include "context.h"
#include "http/httpserver.h"

#include <functional>

namespace Tradewind {

/** Maps "METHOD /api/v1/things/{id}" patterns to handlers. */
class Router
{
public:
    using Handler = std::function<Http::Response(RequestContext &)>;
    enum class Access {
        Public,
        Authenticated, ///< a session whose user has no one-time password left to change
        PasswordChange ///< a session, also while its user must still change a one-time password
    };

    /** What a route's requests cost, which decides the lane they run in (see Http::Lane). */
    enum class Cost {
        Light,              ///< cards, pages of lists, writes
        HeavyWhenSearching, ///< a big list, where a text search (q) may look at many rows
        Heavy,              ///< reports and statistics over many rows
        Login,              ///< password verification, slow by design
    };

    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::Authenticated;
        QStringList parameters;
        Cost cost = Cost::Light;
    };

    /** pattern segments written {name} match any one segment. */
    void add(const QByteArray &method, const QString &pattern, Handler handler, Access access = Access::Authenticated,
             Cost cost = Cost::Light);

    /** The lane a request runs in, from its route's cost (Ordinary for a request that matches no route). */
    Http::Lane laneOf(const Http::Request &request) const;

    /** Throws 404 for an unknown path and 405 for a known path with another method. */
    Match route(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
        Access access;
        Cost cost;
    };
    QList<Route> m_routes;
};

} // namespace Tradewind
