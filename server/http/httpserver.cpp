#include "httpserver.h"

#include "connection.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QThreadPool>

#include <optional>

using namespace Qt::StringLiterals;

namespace Tradewind::Http {

namespace {

/** Accepts sockets on the network thread, wrapping them in TLS when configured. */
class Listener : public QTcpServer
{
public:
    Listener(ServerContext &context, std::optional<QSslConfiguration> tls)
        : m_context(context)
        , m_tls(std::move(tls))
    {
    }

    void closeConnections()
    {
        const QList<Connection *> connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
        for (Connection *connection : connections)
            connection->abortNow();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = m_tls ? new QSslSocket : new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            qWarning("HTTP server cannot take over an accepted socket: %s", qUtf8Printable(socket->errorString()));
            delete socket;
            return;
        }
        new Connection(socket, m_context, this);
        if (m_tls) {
            auto *tlsSocket = static_cast<QSslSocket *>(socket);
            tlsSocket->setSslConfiguration(*m_tls);
            tlsSocket->startServerEncryption();
        }
    }

private:
    ServerContext &m_context;
    const std::optional<QSslConfiguration> m_tls;
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
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return std::nullopt;
}

} // namespace

struct Server::Private
{
    Private(Options options, Handler handler)
        : context(std::move(options), std::move(handler), &pool)
    {
    }

    ServerContext context;
    QThreadPool pool; ///< destroyed before the context its tasks use
    QThread networkThread;
    Listener *listener = nullptr; ///< lives on networkThread, which deletes it when it finishes
    quint16 port = 0;
    QString errorString;
};

Server::Server(Options options, Handler handler)
    : d(std::make_unique<Private>(std::move(options), std::move(handler)))
{
    d->pool.setMaxThreadCount(d->context.options.workerThreads);
    // Worker threads must persist: the application keeps a database connection per worker thread.
    d->pool.setExpiryTimeout(-1);
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

    d->listener = new Listener(d->context, std::move(tls));
    d->listener->moveToThread(&d->networkThread);
    // Deleted on its own thread, after the event loop has stopped, together with its connections.
    QObject::connect(&d->networkThread, &QThread::finished, d->listener, &QObject::deleteLater);
    d->networkThread.start();

    bool listening = false;
    QMetaObject::invokeMethod(
        d->listener,
        [&] {
            listening = d->listener->listen(address, port);
            d->port = d->listener->serverPort();
            d->errorString = listening ? QString() : d->listener->errorString();
        },
        Qt::BlockingQueuedConnection);

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

    d->context.stopping = true;
    QMetaObject::invokeMethod(d->listener, [this] { d->listener->close(); }, Qt::BlockingQueuedConnection);
    d->pool.waitForDone();
    // Runs after the responses of the handlers just waited for have been handed to their sockets.
    QMetaObject::invokeMethod(d->listener, [this] { d->listener->closeConnections(); }, Qt::BlockingQueuedConnection);
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
