#include "router.h"


using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler, Access access, Cost cost)
{
    m_routes.append(Route{method, splitPath(pattern), std::move(handler), access, cost});
}

Http::Lane Router::laneOf(const Http::Request &request) const
{
    Match match;
    try {
        match = route(request.method, request.path);
    } catch (const ApiException &) {
        return Http::Lane::Ordinary; // answered at once with 404 or 405
    }
    switch (match.cost) {
    case Cost::Light:
        return Http::Lane::Ordinary;
    case Cost::HeavyWhenSearching:
        return request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed().isEmpty() ? Http::Lane::Ordinary
                                                                                             : Http::Lane::Heavy;
    case Cost::Heavy:
        return Http::Lane::Heavy;
    case Cost::Login:
        return Http::Lane::Login;
    }
    return Http::Lane::Ordinary;
}

Router::Match Router::route(const QByteArray &method, const QString &path) const
{
    const QStringList segments = splitPath(path);
    bool pathKnown = false;
    QStringList allowed;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList parameters;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (expected.startsWith(u'{'))
                parameters.append(segments.at(i));
            else
                matches = expected == segments.at(i);
        }
        if (!matches)
            continue;
        pathKnown = true;
        allowed.append(QString::fromLatin1(route.method));
        if (route.method == method)
            return Match{&route.handler, route.access, parameters, route.cost};
    }
    if (pathKnown)
        throw ApiException(405, u"method_not_allowed"_s, u"Use one of: %1"_s.arg(allowed.join(u", "_s)))
            .withHeader("Allow", allowed.join(u", "_s).toLatin1());
    throw ApiException::notFound();
}

} // namespace Tradewind
