#include "apiclient.h"

#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Tradewind {

ApiReply::ApiReply(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    connect(reply, &QNetworkReply::finished, this, &ApiReply::complete);
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : m_headers)
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void ApiReply::abort()
{
    if (m_reply)
        m_reply->abort();
}

void ApiReply::complete()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_etag = reply->rawHeader("ETag");
    m_body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool isJson = reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json"_s);
    QJsonParseError parseError;
    if (isJson)
        m_json = QJsonDocument::fromJson(m_body, &parseError);

    if (m_status == 0) {
        m_error.kind = ApiError::Kind::Unreachable;
        m_error.code = u"unreachable"_s;
        m_error.message = reply->errorString();
    } else if (!isJson || parseError.error != QJsonParseError::NoError) {
        m_error.kind = ApiError::Kind::NotTradewind;
        m_error.status = m_status;
        m_error.code = u"not_tradewind"_s;
        m_error.message = u"The server did not answer like a Tradewind server (HTTP %1)"_s.arg(m_status);
    } else if (m_status >= 400) {
        const QJsonObject error = m_json.object().value(u"error"_s).toObject();
        m_error.kind = error.isEmpty() ? ApiError::Kind::NotTradewind : ApiError::Kind::Http;
        m_error.status = m_status;
        m_error.code = error.value(u"code"_s).toString(u"not_tradewind"_s);
        m_error.message = error.value(u"message"_s).toString();
        m_error.field = error.value(u"field"_s).toString();
        m_error.body = error;
    }
    m_finished = true;
    Q_EMIT finished();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    // Keep a hard ceiling so that a silent server never leaves a request pending forever.
    m_network.setTransferTimeout(60 * 1000);
}

void ApiClient::setServerUrl(const QUrl &url)
{
    m_serverUrl = url;
}

QByteArray ApiClient::etagForVersion(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_serverUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u"/api/v1"_s + path);
    url.setQuery(query);
    return url;
}

ApiReply *ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                          const QByteArray &body, const QByteArray &ifMatch)
{
    QNetworkRequest request(urlFor(path, query));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!ifMatch.isEmpty())
        request.setRawHeader("If-Match", ifMatch);

    QNetworkReply *networkReply = body.isNull() && verb != "POST" && verb != "PUT" && verb != "PATCH"
        ? m_network.sendCustomRequest(request, verb)
        : m_network.sendCustomRequest(request, verb, body);
    auto *reply = new ApiReply(networkReply, this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->status() == 401 && !m_token.isEmpty()) {
            m_token.clear();
            Q_EMIT sessionExpired();
        }
    });
    return reply;
}

ApiReply *ApiClient::login(const QString &login, const QString &password)
{
    m_token.clear();
    const QJsonObject credentials{{u"login"_s, login}, {u"password"_s, password}};
    ApiReply *reply = send("POST", u"/session"_s, {}, QJsonDocument(credentials).toJson(QJsonDocument::Compact));
    // Connected before the caller's handlers, so the session is in place when they run.
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->ok())
            return;
        m_token = reply->object().value(u"token"_s).toString().toLatin1();
        m_user = Employee::fromJson(reply->object().value(u"user"_s).toObject());
    });
    return reply;
}

ApiReply *ApiClient::logout()
{
    ApiReply *reply = send("DELETE", u"/session"_s, {}, {});
    m_token.clear();
    m_user = Employee();
    return reply;
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return send("GET", path, query, {});
}

ApiReply *ApiClient::post(const QString &path, const QJsonObject &body, const QUrlQuery &query)
{
    return send("POST", path, query, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ApiReply *ApiClient::put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch);
}

ApiReply *ApiClient::patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch, const QUrlQuery &query)
{
    return send("PATCH", path, query, QJsonDocument(body).toJson(QJsonDocument::Compact), ifMatch);
}

ApiReply *ApiClient::deleteResource(const QString &path)
{
    return send("DELETE", path, {}, {});
}

} // namespace Tradewind
