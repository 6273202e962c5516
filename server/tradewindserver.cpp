#include "tradewindserver.h"

#include "admin/auditlog.h"
#include "admin/departments.h"
#include "admin/employees.h"
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
#include "sessions/account.h"
#include "sessions/sessions.h"

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

/** Text from a client as it may appear in the log: control characters escaped, so that no one forges lines. */
QString loggable(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            escaped += u"\\x{%1}"_s.arg(c.unicode(), 0, 16);
        else if (c == u'\\')
            escaped += u"\\\\"_s;
        else
            escaped += c;
    }
    return escaped;
}

/** The answer to a failed statement, by what failed: the client learns what it can do, the log the detail. */
Http::Response databaseErrorResponse(const DatabaseError &error, std::chrono::milliseconds timeLimit)
{
    using Kind = DatabaseError::Kind;
    switch (error.kind()) {
    case Kind::Constraint:
        return ApiException::conflict(u"constraint_violation"_s, u"The change conflicts with other records"_s).toResponse();
    case Kind::Busy:
        return ApiException(503, u"database_busy"_s, u"The database is busy with other changes; try again in a moment"_s)
            .withHeader("Retry-After", "1")
            .toResponse();
    case Kind::TimedOut:
        return ApiException(503, u"query_timeout"_s,
                            u"The request needed more than %1 seconds and was stopped; narrow it down (a filter, a shorter "
                            u"period) or try again later"_s
                                .arg(std::max<qint64>(1, std::chrono::duration_cast<std::chrono::seconds>(timeLimit).count())))
            .withHeader("Retry-After", "5")
            .toResponse();
    case Kind::Cancelled:
        return ApiException(503, u"request_cancelled"_s, u"The request was stopped: the server is shutting down"_s).toResponse();
    case Kind::StorageFull:
        return ApiException(507, u"storage_full"_s,
                            u"The server's disk is full, so nothing was saved; tell your administrator"_s)
            .toResponse();
    case Kind::ReadOnly:
        return ApiException(503, u"database_read_only"_s,
                            u"The server cannot write its database, so nothing was saved; tell your administrator"_s)
            .toResponse();
    case Kind::Corrupt:
        return ApiException(500, u"database_corrupt"_s,
                            u"The server's database is damaged; tell your administrator, who restores it from a backup"_s)
            .toResponse();
    case Kind::IoError:
        return ApiException(500, u"storage_error"_s,
                            u"The server could not read or write its database; tell your administrator"_s)
            .toResponse();
    case Kind::Other:
        break;
    }
    return ApiException(500, u"internal_error"_s, u"The server could not complete the request"_s).toResponse();
}

} // namespace

TradewindServer::TradewindServer(ServerConfig config)
    : m_config(std::move(config))
    , m_database(m_config.databasePath)
{
    m_router.add("GET", u"/api/v1"_s, serverInfo, Router::Access::Public);
    Sessions::registerRoutes(m_router, m_loginThrottle);
    Sessions::registerAccountRoutes(m_router, m_loginThrottle);
    Org::registerRoutes(m_router);
    Admin::registerDepartmentRoutes(m_router);
    Admin::registerEmployeeRoutes(m_router, m_loginThrottle);
    Admin::registerAuditRoutes(m_router);
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
    m_database.checkUsable();
    m_database.migrate();
}

bool TradewindServer::listen()
{
    m_http = std::make_unique<Http::Server>(
        m_config.http, [this](const Http::Request &request) { return handle(request); },
        [this](const Http::Request &request) { return laneOf(request); });
    if (m_config.logRequests) {
        m_http->setAccessLogger([](const QByteArray &method, const QString &path, int status, qint64 elapsedMs,
                                   const QByteArray &user) {
            // One multi-argument arg(): chained ones would expand a "%1" that the path itself contains.
            logLine(u"%1 %2 %3 %4ms %5"_s.arg(QString::fromLatin1(method), loggable(path), QString::number(status),
                                             QString::number(elapsedMs),
                                             user.isEmpty() ? u"-"_s : loggable(QString::fromUtf8(user))));
        });
    }
    return m_http->listen(m_config.address, m_config.port);
}

void TradewindServer::close()
{
    if (!m_http)
        return;
    m_http->close();
    m_http.reset();
    try {
        m_database.checkpoint();
    } catch (const DatabaseError &error) {
        logLine(u"cannot checkpoint the database on shutdown: %1"_s.arg(QString::fromUtf8(error.what())));
    }
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
    const StatementLimits limits(m_config.statementTimeLimit, request.cancelled.get());
    try {
        RequestContext context(request, m_database.connection(), m_config.clock());
        const Router::Match match = m_router.route(request.method, request.path);
        if (match.access != Router::Access::Public) {
            context.caller = Sessions::authenticate(context);
            login = context.caller.login;
            if (context.caller.mustChangePassword && match.access != Router::Access::PasswordChange)
                throw ApiException(403, u"password_change_required"_s,
                                   u"Choose a new password first: the one you logged in with was for one time only"_s);
        }
        context.pathParameters = match.parameters;
        response = (*match.handler)(context);
    } catch (const ApiException &error) {
        response = error.toResponse();
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Cancelled)
            logLine(u"database error on %1 %2: %3"_s.arg(QString::fromLatin1(request.method), loggable(request.path),
                                                          loggable(QString::fromUtf8(error.what()))));
        response = databaseErrorResponse(error, m_config.statementTimeLimit);
    } catch (const std::exception &error) {
        logLine(u"error on %1 %2: %3"_s.arg(QString::fromLatin1(request.method), loggable(request.path),
                                            loggable(QString::fromUtf8(error.what()))));
        response = ApiException(500, u"internal_error"_s, u"The server could not complete the request"_s).toResponse();
    }
    if (!login.isEmpty() && response.status != 401)
        response.setHeader("X-Tradewind-User", login.toUtf8());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace Tradewind
