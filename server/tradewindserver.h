#pragma once

#include "clock.h"
#include "database.h"
#include "http/httpserver.h"
#include "router.h"

#include <QHostAddress>

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
};

/** The Tradewind server: database, API routes and the HTTP layer, put together. */
class TradewindServer
{
public:
    explicit TradewindServer(ServerConfig config);
    ~TradewindServer();

    /** Opens and migrates the database; throws DatabaseError (e.g. a database newer than this server). */
    void openDatabase();
    /** Starts serving; false with errorString() when the address cannot be used. */
    bool listen();
    void close();

    quint16 port() const;
    QString errorString() const;
    Database &database() { return m_database; }
    const Clock &clock() const { return m_config.clock; }

    /** Answers one request; called on the HTTP layer's worker threads. */
    Http::Response handle(const Http::Request &request);

private:
    ServerConfig m_config;
    Database m_database;
    Router m_router;
    std::unique_ptr<Http::Server> m_http;
};

} // namespace Tradewind
