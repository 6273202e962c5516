#include "tradewindserver.h"

#include "contractchildren.h"
#include "contractplan.h"
#include "contractreports.h"
#include "contractservice.h"
#include "contractsettings.h"
#include "contractworkflow.h"
#include "notifications.h"
#include "opportunitychildren.h"
#include "opportunityservice.h"
#include "orgservice.h"
#include "partnerservice.h"
#include "productservice.h"
#include "quoteservice.h"
#include "quotesettings.h"
#include "quoteworkflow.h"
#include "receivables.h"
#include "sessions.h"

#include <QMutex>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

Http::Response serverInfo(RequestContext &)
{
    // The client checks this to tell a Tradewind server from anything else listening on the address.
    return jsonResponse(200, QJsonObject{{u"product"_s, u"tradewind"_s}, {u"api_version"_s, 1}});
}

void logLine(const QString &line)
{
    static QTextStream err(stderr);
    static QMutex mutex;
    QMutexLocker locker(&mutex);
    err << line << Qt::endl;
}

} // namespace

TradewindServer::TradewindServer(ServerConfig config)
    : m_config(std::move(config))
    , m_database(m_config.databasePath)
{
    m_router.add("GET", u"/api/v1"_s, serverInfo, Router::Access::Public);
    Sessions::registerRoutes(m_router);
    Org::registerRoutes(m_router);
    Partners::registerRoutes(m_router);
    Opportunities::registerRoutes(m_router);
    Notifications::registerRoutes(m_router);
    Opportunities::Children::registerRoutes(m_router);
    Products::registerRoutes(m_router);
    Quotes::registerRoutes(m_router);
    Quotes::Workflow::registerRoutes(m_router);
    QuoteSettings::registerRoutes(m_router);
    Contracts::registerRoutes(m_router);
    Contracts::Plan::registerRoutes(m_router);
    Contracts::Children::registerRoutes(m_router);
    Contracts::Workflow::registerRoutes(m_router);
    Contracts::Receivables::registerRoutes(m_router);
    Contracts::Reports::registerRoutes(m_router);
    ContractSettings::registerRoutes(m_router);
}

TradewindServer::~TradewindServer()
{
    close();
}

void TradewindServer::openDatabase()
{
    m_database.migrate();
}

bool TradewindServer::listen()
{
    m_http = std::make_unique<Http::Server>(m_config.http, [this](const Http::Request &request) { return handle(request); });
    if (m_config.logRequests) {
        m_http->setAccessLogger([](const QByteArray &method, const QString &path, int status, qint64 elapsedMs,
                                   const QByteArray &user) {
            logLine(u"%1 %2 %3 %4ms %5"_s.arg(QString::fromLatin1(method), path)
                        .arg(status)
                        .arg(elapsedMs)
                        .arg(user.isEmpty() ? u"-"_s : QString::fromUtf8(user)));
        });
    }
    return m_http->listen(m_config.address, m_config.port);
}

void TradewindServer::close()
{
    if (m_http)
        m_http->close();
}

quint16 TradewindServer::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

QString TradewindServer::errorString() const
{
    return m_http ? m_http->errorString() : QString();
}

Http::Response TradewindServer::handle(const Http::Request &request)
{
    Http::Response response;
    QString login;
    try {
        RequestContext context(request, m_database.connection(), m_config.clock());
        const Router::Match match = m_router.route(request.method, request.path);
        if (match.access == Router::Access::Authenticated) {
            context.caller = Sessions::authenticate(context);
            login = context.caller.login;
        }
        context.pathParameters = match.parameters;
        response = (*match.handler)(context);
    } catch (const ApiException &error) {
        response = error.toResponse();
    } catch (const DatabaseError &error) {
        logLine(u"database error on %1 %2: %3"_s.arg(QString::fromLatin1(request.method), request.path,
                                                      QString::fromUtf8(error.what())));
        response = error.isConstraintViolation()
            ? ApiException::conflict(u"constraint_violation"_s, u"The change conflicts with other records"_s).toResponse()
            : ApiException(500, u"internal_error"_s, u"The server could not complete the request"_s).toResponse();
    } catch (const std::exception &error) {
        logLine(u"error on %1 %2: %3"_s.arg(QString::fromLatin1(request.method), request.path, QString::fromUtf8(error.what())));
        response = ApiException(500, u"internal_error"_s, u"The server could not complete the request"_s).toResponse();
    }
    if (!login.isEmpty() && response.status != 401)
        response.setHeader("X-Tradewind-User", login.toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace Tradewind
