#pragma once

#include "clock.h"
#include "database.h"
#include "http/httpserver.h"
#include "router.h"
#include "sessions/loginthrottle.h"

#include <QHostAddress>

#include <chrono>
#include <memory>

namespace Tradewind {

struct ServerConfig
{
    QString databasePath;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765;
    Http::Server::Options http;
    Clock clock = systemClock();
    bool logRequests = true;
    /** How long one SQL statement of a request may run before it is stopped and the request answered 503. */
    std::chrono::milliseconds statementTimeLimit{10000};
};

/** The Tradewind server: database, API routes and the HTTP layer, put together. */
class TradewindServer
{
public:
    explicit TradewindServer(ServerConfig config);
    ~TradewindServer();

    /**
     * Opens the database, checks that it can be written and is not damaged, and migrates it; throws DatabaseError
     * (a read-only or damaged file, a database newer than this server) with a message for the operator.
     */
    void openDatabase();
    /** Starts serving; false with errorString() when the address cannot be used. */
    bool listen();
    /** Stops serving (see Http::Server::close()) and checkpoints the database's write-ahead log. */
    void close();

    quint16 port() const;
    QString errorString() const;
    Database &database() { return m_database; }
    const Clock &clock() const { return m_config.clock; }

    /** Answers one request; called on the HTTP layer's worker threads. */
    Http::Response handle(const Http::Request &request);
    /** The lane a request runs in (by its route's cost); called on the HTTP layer's network thread. */
    Http::Lane laneOf(const Http::Request &request) const { return m_router.laneOf(request); }

private:
    ServerConfig m_config;
    Database m_database;
    Sessions::LoginThrottle m_loginThrottle;
    Router m_router;
    std::unique_ptr<Http::Server> m_http;
};

} // namespace Tradewind
