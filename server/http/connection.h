#pragma once

#include "httpserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <http_parser.h>

#include <atomic>
#include <optional>

class QTcpSocket;
class QThreadPool;

namespace Tradewind::Http {

/** What all connections of one Server share. Owned by the Server, which outlives its connections. */
class ServerContext
{
public:
    ServerContext(Server::Options options, Server::Handler handler, QThreadPool *pool);

    const Server::Options options;
    const Server::Handler handler;
    QThreadPool *const pool;
    /// Set by Server::close(): in-flight requests are answered, but no new request is started.
    std::atomic<bool> stopping = false;

    void setAccessLogger(Server::AccessLogger logger);
    void logAccess(const QByteArray &method, const QString &path, int status, qint64 elapsedMs,
                   const QByteArray &user) const;

private:
    // The logger may be replaced from the owner's thread while the network thread logs.
    mutable QMutex m_loggerMutex;
    Server::AccessLogger m_logger;
};

/**
 * One accepted socket on the network thread: parses requests with http_parser, hands each complete
 * request to the worker pool and writes the answers back, one request at a time.
 */
class Connection : public QObject
{
    Q_OBJECT

public:
    /** Takes ownership of the (already connected, possibly still handshaking) socket. */
    Connection(QTcpSocket *socket, ServerContext &context, QObject *parent);

    /** Server shutdown: push out what is already written and drop the connection. */
    void abortNow();

private:
    enum class State {
        Reading,  ///< parsing the next request (or idle between requests)
        Handling, ///< a request is with the worker pool; further input waits in the socket
        Writing,  ///< the response is being flushed
        Closing,  ///< after a final response: discarding input until the peer closes
    };

    struct Failure
    {
        int status;
        QString code;
        QString message;
    };

    static const http_parser_settings &parserSettings();

    int onMessageBegin();
    int onUrl(const char *at, size_t length);
    int onHeaderField(const char *at, size_t length);
    int onHeaderValue(const char *at, size_t length);
    int onHeadersComplete();
    int onChunkHeader();
    int onBody(const char *at, size_t length);
    int onMessageComplete();

    int countHeaderBytes(qsizetype bytes);
    void takeHeader();

    void onReadyRead();
    void onBytesWritten();
    void onIdleTimeout();
    void onRequestTimeout();
    void onDisconnected();

    void processInput();
    void dispatch(Request request);
    void deliver(Response response);
    void fail(const Failure &failure);
    void writeResponse(Response response, bool keepAlive);
    void finishResponse();
    void resetRequest();
    void closeGracefully();

    QTcpSocket *const m_socket;
    ServerContext &m_context;
    QHostAddress m_peer;

    State m_state = State::Reading;
    bool m_socketGone = false; ///< disconnected while Handling: delete once the worker answers

    http_parser m_parser;
    QByteArray m_input; ///< read from the socket but not yet parsed (the start of a pipelined request)

    // The request being parsed.
    QByteArray m_url;
    QByteArray m_headerField;
    QByteArray m_headerValue;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qsizetype m_headerBytes = 0;
    QByteArray m_body;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    std::optional<Failure> m_failure;       ///< set by a callback that rejects the request
    std::optional<Request> m_completeRequest; ///< set by onMessageComplete, dispatched after parsing stops
    bool m_keepAlive = true;

    // The response being written, for the access log.
    QElapsedTimer m_elapsed;
    int m_status = 0;
    QByteArray m_user;
    bool m_closeAfterWrite = false;

    QTimer m_idleTimer;
    QTimer m_requestTimer;
};

} // namespace Tradewind::Http
