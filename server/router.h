#pragma once

#include "context.h"

#include <functional>

namespace Tradewind {

/** Maps "METHOD /api/v1/things/{id}" patterns to handlers. */
class Router
{
public:
    using Handler = std::function<Http::Response(RequestContext &)>;
    enum class Access { Public, Authenticated };

    struct Match
    {
        const Handler *handler = nullptr;
        Access access = Access::Authenticated;
        QStringList parameters;
    };

    /** pattern segments written {name} match any one segment. */
    void add(const QByteArray &method, const QString &pattern, Handler handler, Access access = Access::Authenticated);

    /** Throws 404 for an unknown path and 405 for a known path with another method. */
    Match route(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        Handler handler;
        Access access;
    };
    QList<Route> m_routes;
};

} // namespace Tradewind
