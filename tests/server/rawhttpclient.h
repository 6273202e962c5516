#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <memory>
#include <optional>

/** A response read off a raw socket; header names lower-cased. Status -1: the server did not speak HTTP. */
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const;
    QString errorCode() const;
    QString errorField() const;
};

/**
 * Blocking HTTP/1.1 over a plain socket, so that tests choose every byte and when it is sent. Usable from
 * any thread: the server under test runs on its own threads, so no event loop is needed here.
 */
class RawHttpClient
{
public:
    explicit RawHttpClient(quint16 port);
    /** Connects to the loopback port from a given local address (any 127.x.y.z is loopback on Linux). */
    RawHttpClient(quint16 port, const QHostAddress &from);
    /** Takes over a socket that is already connected (e.g. an encrypted one). */
    explicit RawHttpClient(std::unique_ptr<QTcpSocket> connectedSocket);

    bool isConnected() const { return m_connected; }
    QTcpSocket &socket() { return *m_socket; }

    /** Writes everything; false when the connection failed. */
    bool send(const QByteArray &bytes);
    /**
     * The next complete response (Content-Length framed), or nothing within the timeout. A response to
     * HEAD has no body whatever its Content-Length says, so the caller tells with hasBody.
     */
    std::optional<RawResponse> read(int timeoutMs = 5000, bool hasBody = true);
    /** Whether the server ends the connection within the timeout; what arrives until then is kept. */
    bool waitForClose(int timeoutMs);

private:
    bool fill(qint64 remainingMs);
    std::optional<RawResponse> take(bool hasBody);

    std::unique_ptr<QTcpSocket> m_socket;
    bool m_connected = false;
    QByteArray m_buffer;
};
