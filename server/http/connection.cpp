#include "connection.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>

#include <algorithm>
#include <exception>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
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

Response errorResponse(int status, const QString &code, const QString &message)
{
    const QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    Response response;
    response.status = status;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8"));
    response.body = QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
    return response;
}

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

} // namespace

ServerContext::ServerContext(Server::Options options, Server::Handler handler, QThreadPool *pool)
    : options(std::move(options))
    , handler(std::move(handler))
    , pool(pool)
{
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

    // Report IPv4 clients of a dual-stack listener as plain IPv4 addresses.
    m_peer = m_socket->peerAddress();
    bool isIpv4 = false;
    if (const quint32 ipv4 = m_peer.toIPv4Address(&isIpv4); isIpv4)
        m_peer = QHostAddress(ipv4);

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
    m_path = path.isEmpty() ? u"/"_s : QString::fromUtf8(QByteArray::fromPercentEncoding(path));
    m_query.setQuery(QString::fromUtf8(field(UF_QUERY)));

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
    if (m_context.stopping) {
        m_state = State::Closing;
        m_socket->abort();
        return;
    }
    m_state = State::Handling;
    m_elapsed.start();

    // The connection stays alive until deliver() has run (see onDisconnected), so the raw pointer is safe.
    m_context.pool->start([this, request = std::move(request)] {
        Response response;
        try {
            response = m_context.handler(request);
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
    if (m_socketGone) {
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
    if (m_state == State::Handling)
        m_socketGone = true; // a worker still holds a pointer to this connection
    else
        deleteLater();
}

} // namespace Tradewind::Http
