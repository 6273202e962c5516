#include "rawhttpclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key == name)
            return value;
    return {};
}

bool RawResponse::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &header) { return header.first == name; });
}

QJsonObject RawResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RawResponse::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString RawResponse::errorField() const
{
    return json().value(u"error"_s).toObject().value(u"field"_s).toString();
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_socket(std::make_unique<QTcpSocket>())
{
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    m_connected = m_socket->waitForConnected(3000);
}

RawHttpClient::RawHttpClient(quint16 port, const QHostAddress &from)
    : m_socket(std::make_unique<QTcpSocket>())
{
    if (!m_socket->bind(from))
        return;
    m_socket->connectToHost(u"127.0.0.1"_s, port);
    m_connected = m_socket->waitForConnected(3000);
}

RawHttpClient::RawHttpClient(std::unique_ptr<QTcpSocket> connectedSocket)
    : m_socket(std::move(connectedSocket))
    , m_connected(m_socket->state() == QAbstractSocket::ConnectedState)
{
}

bool RawHttpClient::send(const QByteArray &bytes)
{
    if (m_socket->write(bytes) != bytes.size())
        return false;
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(3000))
            return false;
    }
    return true;
}

std::optional<RawResponse> RawHttpClient::read(int timeoutMs, bool hasBody)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (std::optional<RawResponse> response = take(hasBody))
            return response;
        if (!fill(deadline.remainingTime()))
            return take(hasBody);
    }
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->state() != QAbstractSocket::UnconnectedState) {
        if (!fill(deadline.remainingTime()))
            break;
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

bool RawHttpClient::fill(qint64 remainingMs)
{
    if (m_socket->bytesAvailable() == 0) {
        if (remainingMs <= 0 || m_socket->state() != QAbstractSocket::ConnectedState
            || !m_socket->waitForReadyRead(int(remainingMs)))
            return false;
    }
    m_buffer += m_socket->readAll();
    return true;
}

std::optional<RawResponse> RawHttpClient::take(bool hasBody)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
        return RawResponse{-1, {}, m_buffer};
    RawResponse response;
    response.status = statusLine.at(1).toInt();
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        response.headers.append({name, value});
        if (name == "content-length" && hasBody)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() < bodyStart + contentLength)
        return std::nullopt;
    response.body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);
    return response;
}
