#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QString>

#include <functional>
#include <memory>

namespace Tradewind::Http {

/**
 * The one interface between Tradewind and the HTTP protocol.
 *
 * Accepts HTTP/1.1 (keep-alive) on its own network thread and runs the handler on a pool of
 * worker threads, so a slow request never holds up a cheap one. Requests over the limits are
 * answered by the layer itself (413, 431, 400) without being read into memory, and idle or
 * slow-sending connections are closed.
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
        int workerThreads = 8;
        QString tlsCertificateFile;        ///< PEM; TLS is on when both files are set
        QString tlsKeyFile;
    };

    /** Called on a worker thread; must be thread-safe. Exceptions become a 500. */
    using Handler = std::function<Response(const Request &)>;

    Server(Options options, Handler handler);
    ~Server();

    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;

    /** Starts listening; returns false and sets errorString() on failure. Port 0 picks a free port. */
    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;

    /** Stops accepting, waits for running handlers and closes every connection. */
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
