#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

namespace Tradewind::Http {

/** The pools of worker threads a request can run on, so that one kind of work cannot take every worker. */
enum class Lane {
    Ordinary, ///< cards, first pages of lists, writes: everything not named below
    Heavy,    ///< reports, searches and other requests that may scan many rows
    Login,    ///< password verification, deliberately slow
};

/**
 * The one interface between Tradewind and the HTTP protocol.
 *
 * Accepts HTTP/1.1 (keep-alive) on its own network thread and runs the handler on worker threads in three
 * lanes (see Lane), so that neither a flood of heavy requests nor one of logins holds up cheap requests.
 * Requests over the limits are answered by the layer itself (413, 431, 400) without being read into
 * memory; idle or slow-sending connections are closed; connections are capped in total and per client
 * address; and a request whose client has gone is marked cancelled (Request::cancelled) so that its work
 * can stop.
 */
class Server
{
public:
    struct Options
    {
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        int maxHeaderBytes = 16 * 1024;
        int idleTimeoutMs = 30 * 1000;     ///< keep-alive connection with no request in progress
        int requestTimeoutMs = 30 * 1000;  ///< from the first byte of a request until it is complete
        int workerThreads = 8;             ///< the Ordinary lane
        int heavyWorkerThreads = 2;        ///< the Heavy lane
        int loginWorkerThreads = 2;        ///< the Login lane
        int maxWaitingPerLane = 32;        ///< Heavy and Login requests waiting for a worker beyond which 503
        int maxHeavyPerClient = 2;         ///< Heavy requests one client (session token, else address) may have open
        int maxConnections = 1000;         ///< lowered to what the descriptor limit allows
        int maxConnectionsPerAddress = 256; ///< room for an office behind one address (a client opens up to 6)
        int shutdownGraceMs = 10 * 1000;   ///< close() lets running requests finish this long before stopping them
        QString tlsCertificateFile;        ///< PEM; TLS is on when both files are set
        QString tlsKeyFile;
    };

    /** Called on a worker thread; must be thread-safe. Exceptions become a 500. */
    using Handler = std::function<Response(const Request &)>;
    /** Chooses the lane of a request; called on the network thread, so it must be quick and thread-safe. */
    using Classifier = std::function<Lane(const Request &)>;

    Server(Options options, Handler handler, Classifier classifier = {});
    ~Server();

    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    /** Starts listening; returns false and sets errorString() on failure. Port 0 picks a free port. */
    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;

    /**
     * Stops accepting, lets running requests finish for up to Options::shutdownGraceMs (then cancels them),
     * sends their answers, and closes every connection.
     */
    void close();

    /** Called once per request after the response is sent: method, path, status, elapsed ms, and the
     *  value of the handler's "X-Tradewind-User" response header (which is stripped before sending). */
    using AccessLogger = std::function<void(const QByteArray &method, const QString &path, int status,
                                            qint64 elapsedMs, const QByteArray &user)>;
    void setAccessLogger(AccessLogger logger);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tradewind::Http
