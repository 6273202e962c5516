#pragma once

#include "httpserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <http_parser.h>

#include <atomic>
#include <optional>

class QTcpSocket;

namespace Tradewind::Http {

/** What the admission of a request counts: its lane, its client (see clientKey) and the client's address. */
struct Admission
{
    Lane lane = Lane::Ordinary;
    QByteArray client;
    QByteArray address;
};

/** What all connections of one Server share. Owned by the Server, which outlives its connections. */
class ServerContext
{
public:
    ServerContext(Server::Options options, Server::Handler handler, Server::Classifier classifier);

    const Server::Options options;
    const Server::Handler handler;
    const Server::Classifier classifier;
    /// Set by Server::close(): in-flight requests are answered, but no new request is started.
    std::atomic<bool> stopping = false;

    QThreadPool &pool(Lane lane) { return m_pools[int(lane)]; }
    /** Waits for every lane's running and queued requests, for at most the deadline; true when all are done. */
    bool waitForWorkers(QDeadlineTimer deadline);

    /**
     * Admission of a request on the network thread: nullopt when it may start (then enter() it, and leave() it
     * when it is answered), else the answer to give instead (503 when its lane is full, 429 when its client
     * has too many heavy requests open).
     */
    std::optional<Response> refusal(const Admission &admission) const;
    void enter(const Admission &admission);
    void leave(const Admission &admission);
    /**
     * Network thread: a heavy request was answered. The memory it freed goes back to the system shortly
     * afterwards, so that the server's size returns to idle after reports instead of keeping their peak.
     */
    void releaseMemorySoon();

    void setAccessLogger(Server::AccessLogger logger);
    void logAccess(const QByteArray &method, const QString &path, int status, qint64 elapsedMs,
                   const QByteArray &user) const;

private:
    static constexpr int LaneCount = 3;
    int threadsOf(Lane lane) const;

    // The logger may be replaced from the owner's thread while the network thread logs.
    mutable QMutex m_loggerMutex;
    Server::AccessLogger m_logger;
    // Network thread only.
    int m_inFlight[LaneCount] = {};
    QHash<QByteArray, int> m_heavyPerClient;
    bool m_trimPending = false;
    // Destroyed first, waiting for the tasks that use the members above.
    QThreadPool m_pools[LaneCount];
};

/** The address of a socket's client, an IPv4 client of a dual-stack listener as plain IPv4. */
QHostAddress clientAddress(const QTcpSocket &socket);

/** An error answer of the layer itself: {"error":{"code","message"}}. */
Response errorResponse(int status, const QString &code, const QString &message);

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

    /** Server shutdown: true while a request of this connection is being handled or answered. */
    bool isBusy() const { return m_state == State::Handling || m_state == State::Writing; }
    /** Waiting for its next request (or its first): how long until it would be closed anyway; else nullopt. */
    std::optional<int> idleTimeLeftMs() const;
    /** Server shutdown, or room for a new client: a connection waiting for its next request is closed now. */
    void closeIfIdle();
    /** Server shutdown: the request being handled is to stop (its answer is still sent). */
    void cancelRequest();
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
    // The request with the workers: what it was admitted as (for ServerContext::leave), its cancellation flag.
    Admission m_admission;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
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
