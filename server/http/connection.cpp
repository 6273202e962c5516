#include "connection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>

#include <algorithm>
#include <cctype>
#include <exception>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Tradewind::Http {

namespace {

/// Bounds what one connection buffers between parser runs; a full buffer stops reading from the
/// kernel, so a client that pipelines faster than it is answered is slowed down by TCP itself.
constexpr qint64 readBufferBytes = 64 * 1024;

/// What a parser callback returns to stop parsing with an error. Not 1: from on_headers_complete
/// that means "no body follows".
constexpr int rejectRequest = -1;

/// How long to keep discarding input after a final response before dropping the connection.
constexpr int maxLingerMs = 2000;

bool isHeader(const QByteArray &name, const char *lowerCaseName)
{
    return name.compare(lowerCaseName, Qt::CaseInsensitive) == 0;
}

/// The layer writes these itself; a copy from the handler would contradict them.
bool isReservedHeader(const QByteArray &name)
{
    return isHeader(name, "content-length") || isHeader(name, "connection") || isHeader(name, "date")
        || isHeader(name, "transfer-encoding");
}

/// A CR or LF in a header would let a value that echoes user input inject headers or a body.
bool isSafeHeader(const QByteArray &name, const QByteArray &value)
{
    const auto unsafe = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    return !name.isEmpty() && std::none_of(name.begin(), name.end(), unsafe)
        && std::none_of(value.begin(), value.end(), unsafe);
}

QByteArray httpDate()
{
    // IMF-fixdate (RFC 9110); the C locale keeps day and month names English.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
        .toLatin1();
}

Connection *connectionOf(http_parser *parser)
{
    return static_cast<Connection *>(parser->data);
}

/// How many more heavy requests all clients behind one address may have open than a single client.
constexpr int heavyPerAddressFactor = 4;

/**
 * Heavy and login workers yield the processor to ordinary requests: on Linux a thread has its own nice value,
 * so a card answers quickly while reports keep both cores busy. Done once per worker thread.
 */
void lowerPriorityOf(Lane lane)
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (lowered || lane == Lane::Ordinary)
        return;
    lowered = true;
    setpriority(PRIO_PROCESS, id_t(::gettid()), lane == Lane::Heavy ? 10 : 5);
#else
    Q_UNUSED(lane);
#endif
}

QByteArray addressKey(const QHostAddress &address)
{
    return "address " + address.toString().toLatin1();
}

/** Whom the per-client limit counts a request for: its session token, or its address without one. */
QByteArray clientKey(const Request &request)
{
    const QByteArray authorization = request.header("authorization");
    return authorization.isEmpty() ? addressKey(request.peer) : "token " + authorization;
}

/**
 * The percent-decoded path, except that an encoded "/" or control character stays encoded: decoding it would
 * change the path's structure ("/opportunities/1%2Fcontacts" is one segment, not "/opportunities/1/contacts")
 * or put control characters into it. Such a path names no route, and is answered like any unknown one.
 */
QString decodedPath(const QByteArray &raw)
{
    QByteArray decoded;
    decoded.reserve(raw.size());
    const auto isHex = [](char c) { return std::isxdigit(uchar(c)) != 0; };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%' || i + 2 >= raw.size() || !isHex(raw.at(i + 1)) || !isHex(raw.at(i + 2))) {
            decoded += raw.at(i);
            continue;
        }
        const uchar byte = uchar(raw.mid(i + 1, 2).toUInt(nullptr, 16));
        if (byte == '/' || byte < 0x20 || byte == 0x7f)
            decoded += '%' + raw.mid(i + 1, 2).toUpper();
        else
            decoded += char(byte);
        i += 2;
    }
    return QString::fromUtf8(decoded);
}

} // namespace

QHostAddress clientAddress(const QTcpSocket &socket)
{
    // Report IPv4 clients of a dual-stack listener as plain IPv4 addresses.
    const QHostAddress address = socket.peerAddress();
    bool isIpv4 = false;
    if (const quint32 ipv4 = address.toIPv4Address(&isIpv4); isIpv4)
        return QHostAddress(ipv4);
    return address;
}

Response errorResponse(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    Response response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    response.body = QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
    return response;
}

ServerContext::ServerContext(Server::Options options, Server::Handler handler, Server::Classifier classifier)
    : options(std::move(options))
    , handler(std::move(handler))
    , classifier(std::move(classifier))
{
    for (const Lane lane : {Lane::Ordinary, Lane::Heavy, Lane::Login}) {
        QThreadPool &lanePool = pool(lane);
        lanePool.setMaxThreadCount(std::max(1, threadsOf(lane)));
        // Worker threads must persist: the application keeps a database connection per worker thread.
        lanePool.setExpiryTimeout(-1);
    }
}

int ServerContext::threadsOf(Lane lane) const
{
    switch (lane) {
    case Lane::Ordinary:
        return options.workerThreads;
    case Lane::Heavy:
        return options.heavyWorkerThreads;
    case Lane::Login:
        return options.loginWorkerThreads;
    }
    return 1;
}

bool ServerContext::waitForWorkers(QDeadlineTimer deadline)
{
    bool done = true;
    for (QThreadPool &lanePool : m_pools)
        done = lanePool.waitForDone(deadline.isForever() ? -1 : int(std::max<qint64>(0, deadline.remainingTime()))) && done;
    return done;
}

std::optional<Response> ServerContext::refusal(const Admission &admission) const
{
    const int lane = int(admission.lane);
    if (admission.lane == Lane::Heavy) {
        const int limit = options.maxHeavyPerClient;
        // All clients behind one address (an office's NAT) together get a few times one client's share.
        if (m_heavyPerClient.value(admission.client) >= limit
            || (admission.address != admission.client
                && m_heavyPerClient.value(admission.address) >= limit * heavyPerAddressFactor)) {
            Response response = errorResponse(429, u"too_many_heavy_requests"_s,
                                              u"You already have %1 reports or searches running; wait for them to finish"_s
                                                  .arg(limit));
            response.setHeader("Retry-After", "1");
            return response;
        }
    }
    if (admission.lane != Lane::Ordinary && m_inFlight[lane] >= threadsOf(admission.lane) + options.maxWaitingPerLane) {
        Response response = errorResponse(503, u"server_busy"_s,
                                          admission.lane == Lane::Login
                                              ? u"The server is busy with other logins; try again in a moment"_s
                                              : u"The server is busy with other reports and searches; try again in a moment"_s);
        response.setHeader("Retry-After", "2");
        return response;
    }
    return std::nullopt;
}

void ServerContext::releaseMemorySoon()
{
#ifdef __GLIBC__
    if (m_trimPending)
        return;
    m_trimPending = true;
    // Soon after the answer is written: its buffers are gone by then, and several reports share one trim.
    QTimer::singleShot(1000, [this] {
        m_trimPending = false;
        malloc_trim(0);
    });
#endif
}

void ServerContext::enter(const Admission &admission)
{
    ++m_inFlight[int(admission.lane)];
    if (admission.lane != Lane::Heavy)
        return;
    ++m_heavyPerClient[admission.client];
    if (admission.address != admission.client)
        ++m_heavyPerClient[admission.address];
}

void ServerContext::leave(const Admission &admission)
{
    --m_inFlight[int(admission.lane)];
    if (admission.lane != Lane::Heavy)
        return;
    for (const QByteArray &key : {admission.client, admission.address}) {
        const auto it = m_heavyPerClient.find(key);
        if (it != m_heavyPerClient.end() && --it.value() <= 0)
            m_heavyPerClient.erase(it);
        if (admission.address == admission.client)
            break;
    }
}

void ServerContext::setAccessLogger(Server::AccessLogger logger)
{
    const QMutexLocker locker(&m_loggerMutex);
    m_logger = std::move(logger);
}

void ServerContext::logAccess(const QByteArray &method, const QString &path, int status, qint64 elapsedMs,
                              const QByteArray &user) const
{
    const QMutexLocker locker(&m_loggerMutex);
    if (m_logger)
        m_logger(method, path, status, elapsedMs, user);
}

Connection::Connection(QTcpSocket *socket, ServerContext &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferBytes);

    m_peer = clientAddress(*m_socket);

    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;

    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimeout);
    connect(&m_requestTimer, &QTimer::timeout, this, &Connection::onRequestTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    // Also emitted when a reset or a failed TLS handshake ends the socket.
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);

    // Until the first request starts, the connection is idle (this also bounds a stalled TLS handshake).
    m_idleTimer.start(m_context.options.idleTimeoutMs);
}

std::optional<int> Connection::idleTimeLeftMs() const
{
    // Reading with nothing parsed yet: between requests (a request half-received is not idle).
    if (m_state != State::Reading || m_requestTimer.isActive())
        return std::nullopt;
    return m_idleTimer.remainingTime();
}

void Connection::closeIfIdle()
{
    if (idleTimeLeftMs())
        m_socket->disconnectFromHost();
}

void Connection::cancelRequest()
{
    if (m_state == State::Handling && m_cancelled)
        m_cancelled->store(true);
}

void Connection::abortNow()
{
    m_socket->flush();
    m_socket->abort();
}

const http_parser_settings &Connection::parserSettings()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = [](http_parser *p) { return connectionOf(p)->onMessageBegin(); };
        s.on_url = [](http_parser *p, const char *at, size_t length) { return connectionOf(p)->onUrl(at, length); };
        s.on_header_field = [](http_parser *p, const char *at, size_t length) {
            return connectionOf(p)->onHeaderField(at, length);
        };
        s.on_header_value = [](http_parser *p, const char *at, size_t length) {
            return connectionOf(p)->onHeaderValue(at, length);
        };
        s.on_headers_complete = [](http_parser *p) { return connectionOf(p)->onHeadersComplete(); };
        s.on_chunk_header = [](http_parser *p) { return connectionOf(p)->onChunkHeader(); };
        s.on_body = [](http_parser *p, const char *at, size_t length) { return connectionOf(p)->onBody(at, length); };
        s.on_message_complete = [](http_parser *p) { return connectionOf(p)->onMessageComplete(); };
        return s;
    }();
    return settings;
}

int Connection::onMessageBegin()
{
    // The first byte of a request: from now on it must complete within the request timeout.
    m_idleTimer.stop();
    m_requestTimer.start(m_context.options.requestTimeoutMs);
    return 0;
}

int Connection::countHeaderBytes(qsizetype bytes)
{
    m_headerBytes += bytes;
    if (m_headerBytes <= m_context.options.maxHeaderBytes)
        return 0;
    m_failure = Failure{431, u"header_too_large"_s,
                        u"Request headers exceed the limit of %1 bytes"_s.arg(m_context.options.maxHeaderBytes)};
    return rejectRequest;
}

int Connection::onUrl(const char *at, size_t length)
{
    m_url.append(at, qsizetype(length));
    return countHeaderBytes(qsizetype(length));
}

void Connection::takeHeader()
{
    m_headers.append({m_headerField.toLower(), m_headerValue.trimmed()});
    m_headerField.clear();
    m_headerValue.clear();
}

int Connection::onHeaderField(const char *at, size_t length)
{
    // http_parser may deliver a name or value in pieces; a name piece after a value starts the next header.
    if (!m_headerValue.isEmpty())
        takeHeader();
    // Count ": " and CRLF once per header, so that many tiny headers cannot slip under the limit.
    const qsizetype separatorBytes = m_headerField.isEmpty() ? 4 : 0;
    m_headerField.append(at, qsizetype(length));
    return countHeaderBytes(qsizetype(length) + separatorBytes);
}

int Connection::onHeaderValue(const char *at, size_t length)
{
    m_headerValue.append(at, qsizetype(length));
    return countHeaderBytes(qsizetype(length));
}

int Connection::onHeadersComplete()
{
    if (!m_headerField.isEmpty())
        takeHeader();
    m_method = http_method_str(static_cast<http_method>(m_parser.method));

    http_parser_url url;
    http_parser_url_init(&url);
    if (http_parser_parse_url(m_url.constData(), size_t(m_url.size()), m_parser.method == HTTP_CONNECT, &url) != 0) {
        m_failure = Failure{400, u"bad_request"_s, u"Malformed request target"_s};
        return rejectRequest;
    }
    const auto field = [&](http_parser_url_fields which) {
        if (!(url.field_set & (1 << which)))
            return QByteArray();
        return m_url.mid(url.field_data[which].off, url.field_data[which].len);
    };
    const QByteArray path = field(UF_PATH);
    m_path = path.isEmpty() ? u"/"_s : decodedPath(path);
    // In a query string (form encoding) "+" stands for a space; a real plus sign arrives as %2B.
    QByteArray query = field(UF_QUERY);
    query.replace('+', "%20");
    m_query.setQuery(QString::fromUtf8(query));

    // Refuse an oversized body before any of it is read.
    const qint64 maxBody = m_context.options.maxBodyBytes;
    if ((m_parser.flags & F_CONTENTLENGTH) && m_parser.content_length > quint64(maxBody)) {
        m_failure = Failure{413, u"payload_too_large"_s,
                            u"Request body exceeds the limit of %1 bytes"_s.arg(maxBody)};
        return rejectRequest;
    }

    // Clients that ask (curl does for larger bodies) would otherwise wait before sending the body.
    for (const auto &[name, value] : std::as_const(m_headers)) {
        if (name == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0
            && m_parser.http_major == 1 && m_parser.http_minor >= 1) {
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
    }
    return 0;
}

int Connection::onChunkHeader()
{
    // parser.content_length is the announced size of this chunk: refuse before reading it.
    const qint64 maxBody = m_context.options.maxBodyBytes;
    if (quint64(m_body.size()) + m_parser.content_length <= quint64(maxBody))
        return 0;
    m_failure = Failure{413, u"payload_too_large"_s, u"Request body exceeds the limit of %1 bytes"_s.arg(maxBody)};
    return rejectRequest;
}

int Connection::onBody(const char *at, size_t length)
{
    m_body.append(at, qsizetype(length));
    return 0;
}

int Connection::onMessageComplete()
{
    m_requestTimer.stop();
    // After an Upgrade request the rest of the stream is not HTTP, so answer it and close.
    m_keepAlive = http_should_keep_alive(&m_parser) != 0 && !m_parser.upgrade;

    Request request;
    request.method = m_method;
    request.path = m_path;
    request.query = m_query;
    request.headers = std::move(m_headers);
    request.body = std::move(m_body);
    request.peer = m_peer;
    m_completeRequest = std::move(request);

    // Stop parsing here: a pipelined request behind this one waits until this one is answered.
    http_parser_pause(&m_parser, 1);
    return 0;
}

void Connection::onReadyRead()
{
    switch (m_state) {
    case State::Reading:
        processInput();
        break;
    case State::Closing:
        // Drain, so that closing does not reset the connection and destroy the response in flight.
        m_socket->skip(m_socket->bytesAvailable());
        break;
    case State::Handling:
    case State::Writing:
        break; // leave it in the (bounded) socket buffer until the current response is out
    }
}

void Connection::processInput()
{
    while (m_state == State::Reading) {
        if (m_input.isEmpty()) {
            m_input = m_socket->readAll();
            if (m_input.isEmpty())
                return;
        }
        const size_t parsed =
            http_parser_execute(&m_parser, &parserSettings(), m_input.constData(), size_t(m_input.size()));
        m_input.remove(0, qsizetype(parsed));

        const auto error = HTTP_PARSER_ERRNO(&m_parser);
        if (error == HPE_PAUSED) {
            dispatch(*std::exchange(m_completeRequest, std::nullopt));
        } else if (error != HPE_OK) {
            if (m_failure)
                fail(*m_failure);
            else if (error == HPE_HEADER_OVERFLOW)
                fail({431, u"header_too_large"_s,
                      u"Request headers exceed the limit of %1 bytes"_s.arg(m_context.options.maxHeaderBytes)});
            else
                fail({400, u"bad_request"_s,
                      u"Malformed HTTP request: %1"_s.arg(QString::fromLatin1(http_errno_description(error)))});
        }
    }
}

void Connection::dispatch(Request request)
{
    m_elapsed.start();
    if (m_context.stopping) {
        writeResponse(errorResponse(503, u"server_stopping"_s, u"The server is shutting down; try again shortly"_s), false);
        return;
    }
    const Admission admission{m_context.classifier ? m_context.classifier(request) : Lane::Ordinary, clientKey(request),
                              addressKey(m_peer)};
    if (std::optional<Response> refusal = m_context.refusal(admission)) {
        writeResponse(std::move(*refusal), m_keepAlive);
        return;
    }

    m_state = State::Handling;
    m_admission = admission;
    m_context.enter(admission);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    request.cancelled = m_cancelled;

    // The connection stays alive until deliver() has run (see onDisconnected), so the raw pointer is safe.
    m_context.pool(admission.lane).start([this, lane = admission.lane, request = std::move(request)] {
        lowerPriorityOf(lane);
        Response response;
        try {
            // A request whose client left while it waited for a worker is not started at all.
            response = *request.cancelled ? errorResponse(503, u"request_cancelled"_s, u"Nobody waits for this answer"_s)
                                          : m_context.handler(request);
        } catch (const std::exception &e) {
            qWarning("HTTP handler for %s %s failed: %s", request.method.constData(), qUtf8Printable(request.path),
                     e.what());
            response = errorResponse(500, u"internal_error"_s, u"Internal server error"_s);
        } catch (...) {
            qWarning("HTTP handler for %s %s failed with an unknown exception", request.method.constData(),
                     qUtf8Printable(request.path));
            response = errorResponse(500, u"internal_error"_s, u"Internal server error"_s);
        }
        QMetaObject::invokeMethod(
            this, [this, response = std::move(response)]() mutable { deliver(std::move(response)); },
            Qt::QueuedConnection);
    });
}

void Connection::deliver(Response response)
{
    m_context.leave(m_admission);
    if (m_admission.lane == Lane::Heavy)
        m_context.releaseMemorySoon();
    m_cancelled.reset();
    if (m_socketGone) {
        m_context.logAccess(m_method, m_path, 499, m_elapsed.elapsed(), {});
        deleteLater();
        return;
    }
    writeResponse(std::move(response), m_keepAlive && !m_context.stopping);
}

void Connection::fail(const Failure &failure)
{
    m_requestTimer.stop();
    m_elapsed.start();
    writeResponse(errorResponse(failure.status, failure.code, failure.message), false);
}

void Connection::writeResponse(Response response, bool keepAlive)
{
    m_status = response.status;
    m_user.clear();
    m_closeAfterWrite = !keepAlive;

    const bool isHead = m_method == "HEAD";
    // 1xx, 204 and 304 responses never carry a body (RFC 9110 6.4.1).
    const bool mayHaveBody = response.status >= 200 && response.status != 204 && response.status != 304;

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + http_status_str(static_cast<http_status>(response.status)) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers)) {
        if (isHeader(name, "x-tradewind-user")) {
            m_user = value;
        } else if (isReservedHeader(name)) {
            continue;
        } else if (!isSafeHeader(name, value)) {
            qWarning("HTTP handler returned an invalid header %s; dropped", name.constData());
        } else {
            out += name + ": " + value + "\r\n";
        }
    }
    if (mayHaveBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    if (mayHaveBody && !isHead)
        out += response.body;

    m_state = State::Writing;
    // While writing, the idle timer bounds a client that stops reading.
    m_idleTimer.start(m_context.options.idleTimeoutMs);
    m_socket->write(out);
}

void Connection::onBytesWritten()
{
    if (m_state != State::Writing)
        return;
    if (m_socket->bytesToWrite() > 0) {
        m_idleTimer.start(m_context.options.idleTimeoutMs);
        return;
    }
    finishResponse();
}

void Connection::finishResponse()
{
    m_context.logAccess(m_method, m_path, m_status, m_elapsed.elapsed(), m_user);
    if (m_closeAfterWrite || m_context.stopping) {
        closeGracefully();
        return;
    }
    m_state = State::Reading;
    resetRequest();
    http_parser_pause(&m_parser, 0);
    m_idleTimer.start(m_context.options.idleTimeoutMs);
    processInput();
}

void Connection::resetRequest()
{
    m_url.clear();
    m_headerField.clear();
    m_headerValue.clear();
    m_headers.clear();
    m_headerBytes = 0;
    m_body.clear();
    m_method.clear();
    m_path.clear();
    m_query.clear();
}

void Connection::closeGracefully()
{
    m_state = State::Closing;
    m_requestTimer.stop();
    m_input.clear();
    m_idleTimer.start(std::min(m_context.options.idleTimeoutMs, maxLingerMs));
    if (qobject_cast<QSslSocket *>(m_socket)) {
        // TLS needs its own close_notify exchange, which disconnectFromHost() does after the flush.
        m_socket->disconnectFromHost();
        return;
    }
    // Half-close: the client sees the end of the response at once, while input that is still arriving
    // (an oversized body) is drained instead of making the kernel answer it with a reset.
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
    m_socket->skip(m_socket->bytesAvailable());
}

void Connection::onIdleTimeout()
{
    if (m_state == State::Reading)
        m_socket->disconnectFromHost();
    else
        m_socket->abort(); // a client that stopped reading our response, or lingered too long
}

void Connection::onRequestTimeout()
{
    if (m_state == State::Reading)
        fail({408, u"request_timeout"_s,
              u"Request not completed within %1 ms"_s.arg(m_context.options.requestTimeoutMs)});
}

void Connection::onDisconnected()
{
    m_idleTimer.stop();
    m_requestTimer.stop();
    if (m_state == State::Handling) {
        m_socketGone = true; // a worker still holds a pointer to this connection
        m_cancelled->store(true); // and nobody waits for what it computes
    } else {
        m_state = State::Closing; // no longer a connection waiting for a request
        deleteLater();
    }
}

} // namespace Tradewind::Http
