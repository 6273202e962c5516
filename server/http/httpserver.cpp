#include "httpserver.h"

#include "connection.h"

#include <QFile>
#include <QHash>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Tradewind::Http {

namespace {

/// Descriptors kept free for the database, log files and the worker threads when capping connections.
constexpr int reservedDescriptors = 128;
/// The longest pause between attempts to accept while the process is out of descriptors.
constexpr int maxAcceptBackoffMs = 1000;

/**
 * Raises the soft limit of open descriptors to the hard one and returns how many connections fit under it
 * (at most wanted).
 */
int connectionsThatFit(int wanted)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        if (limit.rlim_cur < limit.rlim_max) {
            rlimit raised = limit;
            raised.rlim_cur = limit.rlim_max;
            if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        if (limit.rlim_cur != RLIM_INFINITY)
            return int(std::clamp<qint64>(qint64(limit.rlim_cur) - reservedDescriptors, 1, wanted));
    }
#endif
    return wanted;
}

/**
 * Accepts sockets on the network thread, wrapping them in TLS when configured. Keeps the connections under
 * their caps: a client over its address's share is answered 503 and closed; at the total cap the connection
 * that has waited longest for a request makes room (silent connections cannot keep anyone out), and when
 * every connection is busy the newcomer is answered 503. Out of descriptors it backs off instead of spinning.
 */
class Listener : public QTcpServer
{
public:
    Listener(ServerContext &context, std::optional<QSslConfiguration> tls, int maxConnections)
        : m_context(context)
        , m_tls(std::move(tls))
        , m_maxConnections(maxConnections)
        , m_backoff(this) // a child, so that it moves to the network thread with the listener
    {
        m_backoff.setSingleShot(true);
        connect(&m_backoff, &QTimer::timeout, this, [this] {
            if (isListening())
                resumeAccepting();
        });
        connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
            // Qt pauses accepting on any error but a temporary one; try again shortly rather than never.
            m_backoffMs = std::clamp(m_backoffMs * 2, 10, maxAcceptBackoffMs);
            qWarning("HTTP server cannot accept a connection (%d: %s); trying again in %d ms", int(error),
                     qUtf8Printable(errorString()), m_backoffMs);
            pauseAccepting();
            m_backoff.start(m_backoffMs);
        });
    }

    QList<Connection *> connections() const { return findChildren<Connection *>(Qt::FindDirectChildrenOnly); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        m_backoffMs = 0;
        QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            qWarning("HTTP server cannot take over an accepted socket: %s", qUtf8Printable(socket->errorString()));
            delete socket;
            return;
        }
        const QHostAddress peer = clientAddress(*socket);
        if (m_perAddress.value(peer) >= m_context.options.maxConnectionsPerAddress) {
            refuse(socket, u"Too many connections from your address; close some and try again"_s);
            return;
        }
        if (m_total >= m_maxConnections && !closeIdlest()) {
            refuse(socket, u"The server has as many connections as it can take; try again shortly"_s);
            return;
        }
        ++m_perAddress[peer];
        ++m_total;
        auto *connection = new Connection(socket, m_context, this);
        connect(connection, &QObject::destroyed, this, [this, peer] {
            if (--m_perAddress[peer] <= 0)
                m_perAddress.remove(peer);
            --m_total;
        });
        if (m_tls) {
            auto *tlsSocket = static_cast<QSslSocket *>(socket);
            tlsSocket->setSslConfiguration(*m_tls);
            tlsSocket->startServerEncryption();
        }
    }

private:
    /**
     * Closes the connections that have waited longest for their next request: a tenth of the waiting ones, so
     * that a flood of new connections does not rescan every connection for each newcomer. False when none waits.
     */
    bool closeIdlest()
    {
        QList<std::pair<int, Connection *>> waiting;
        for (Connection *connection : connections()) {
            if (const std::optional<int> left = connection->idleTimeLeftMs())
                waiting.append({*left, connection});
        }
        if (waiting.isEmpty())
            return false;
        const qsizetype closing = std::max<qsizetype>(1, waiting.size() / 10);
        std::partial_sort(waiting.begin(), waiting.begin() + closing, waiting.end(),
                          [](const auto &a, const auto &b) { return a.first < b.first; });
        for (qsizetype i = 0; i < closing; ++i)
            waiting.at(i).second->closeIfIdle();
        return true;
    }

    /** Tells a client that is turned away why, then closes. */
    void refuse(QTcpSocket *socket, const QString &message)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!m_tls) {
            const Response refusal = errorResponse(503, u"too_many_connections"_s, message);
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
                          "Retry-After: 5\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(refusal.body.size()) + "\r\n\r\n" + refusal.body);
        }
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    }

    ServerContext &m_context;
    const std::optional<QSslConfiguration> m_tls;
    const int m_maxConnections;
    int m_total = 0;
    QHash<QHostAddress, int> m_perAddress;
    QTimer m_backoff;
    int m_backoffMs = 0;
};

/** Loads the PEM certificate chain and private key; returns an error message on failure. */
std::optional<QString> loadTls(const Server::Options &options, QSslConfiguration &configuration)
{
    if (!QSslSocket::supportsSsl())
        return u"TLS is not available: Qt has no TLS backend that can load OpenSSL"_s;

    QFile certificateFile(options.tlsCertificateFile);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return u"Cannot read the TLS certificate file %1: %2"_s.arg(options.tlsCertificateFile,
                                                                     certificateFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return u"The TLS certificate file %1 holds no PEM certificate"_s.arg(options.tlsCertificateFile);

    QFile keyFile(options.tlsKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly))
        return u"Cannot read the TLS key file %1: %2"_s.arg(options.tlsKeyFile, keyFile.errorString());
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return u"The TLS key file %1 holds no unencrypted PEM RSA or EC private key"_s.arg(options.tlsKeyFile);

    configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Forward-secret AEAD suites only: TLS 1.3's, and TLS 1.2's ECDHE with GCM or ChaCha20 (no CBC, no SHA-1).
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        if (name.startsWith(u"TLS_"_s) || (name.startsWith(u"ECDHE-"_s) && (name.contains(u"GCM"_s) || name.contains(u"CHACHA20"_s))))
            ciphers.append(cipher);
    }
    configuration.setCiphers(ciphers);
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return std::nullopt;
}

/**
 * glibc gives every thread that allocates its own arena (up to 8 per core), and memory freed in one is not
 * reused by the others: with a dozen workers the server kept the peak of every report per arena. Two arenas
 * keep the footprint flat (bench_load measures it). Set before the first worker thread exists.
 */
void limitMallocArenas()
{
#ifdef __GLIBC__
    static const bool limited = mallopt(M_ARENA_MAX, 2) == 1;
    Q_UNUSED(limited);
#endif
}

} // namespace

struct Server::Private
{
    Private(Options options, Handler handler, Classifier classifier)
        : context(std::move(options), std::move(handler), std::move(classifier))
    {
    }

    /** Runs work on the network thread and waits for it. */
    template<typename Work>
    void onNetworkThread(Work work)
    {
        QMetaObject::invokeMethod(listener, std::move(work), Qt::BlockingQueuedConnection);
    }

    ServerContext context;
    QThread networkThread;
    Listener *listener = nullptr; ///< lives on networkThread, which deletes it when it finishes
    quint16 port = 0;
    QString errorString;
};

Server::Server(Options options, Handler handler, Classifier classifier)
    : d(std::make_unique<Private>(std::move(options), std::move(handler), std::move(classifier)))
{
    limitMallocArenas();
    d->networkThread.setObjectName(u"Tradewind HTTP"_s);
}

Server::~Server()
{
    close();
}

bool Server::listen(const QHostAddress &address, quint16 port)
{
    if (d->listener) {
        d->errorString = u"The server is already listening"_s;
        return false;
    }

    const Options &options = d->context.options;
    std::optional<QSslConfiguration> tls;
    if (!options.tlsCertificateFile.isEmpty() || !options.tlsKeyFile.isEmpty()) {
        // A half-configured TLS setup must not silently fall back to plain HTTP.
        if (options.tlsCertificateFile.isEmpty() || options.tlsKeyFile.isEmpty()) {
            d->errorString = u"TLS needs both a certificate file and a key file"_s;
            return false;
        }
        QSslConfiguration configuration;
        if (const std::optional<QString> error = loadTls(options, configuration)) {
            d->errorString = *error;
            return false;
        }
        tls = std::move(configuration);
    }

    d->listener = new Listener(d->context, std::move(tls), connectionsThatFit(options.maxConnections));
    d->listener->moveToThread(&d->networkThread);
    // Deleted on its own thread, after the event loop has stopped, together with its connections.
    QObject::connect(&d->networkThread, &QThread::finished, d->listener, &QObject::deleteLater);
    d->networkThread.start();

    bool listening = false;
    d->onNetworkThread([&] {
        listening = d->listener->listen(address, port);
        d->port = d->listener->serverPort();
        d->errorString = listening ? QString() : d->listener->errorString();
    });

    if (!listening) {
        d->networkThread.quit();
        d->networkThread.wait();
        d->listener = nullptr;
    }
    return listening;
}

quint16 Server::serverPort() const
{
    return d->port;
}

QString Server::errorString() const
{
    return d->errorString;
}

void Server::close()
{
    if (!d->listener)
        return;

    // No new connections, and none of the open ones starts another request.
    d->context.stopping = true;
    d->onNetworkThread([this] {
        d->listener->close();
        for (Connection *connection : d->listener->connections())
            connection->closeIfIdle();
    });
    // Running requests get the grace period to finish; then their statements are stopped, and they answer.
    if (!d->context.waitForWorkers(QDeadlineTimer(d->context.options.shutdownGraceMs))) {
        d->onNetworkThread([this] {
            for (Connection *connection : d->listener->connections())
                connection->cancelRequest();
        });
        d->context.waitForWorkers(QDeadlineTimer(QDeadlineTimer::Forever));
    }
    // The answers are with their connections now; let them reach the clients, for a moment at most.
    QDeadlineTimer flushed(2000);
    for (bool busy = true; busy && !flushed.hasExpired(); QThread::msleep(busy ? 10 : 0)) {
        d->onNetworkThread([&] {
            const QList<Connection *> connections = d->listener->connections();
            busy = std::any_of(connections.cbegin(), connections.cend(), [](const Connection *c) { return c->isBusy(); });
        });
    }
    d->onNetworkThread([this] {
        for (Connection *connection : d->listener->connections())
            connection->abortNow();
    });
    d->networkThread.quit();
    d->networkThread.wait();

    d->listener = nullptr;
    d->port = 0;
    d->context.stopping = false;
}

void Server::setAccessLogger(AccessLogger logger)
{
    d->context.setAccessLogger(std::move(logger));
}

} // namespace Tradewind::Http
