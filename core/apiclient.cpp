#include "apiclient.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

// A read turned away for the moment is sent at most this many more times, waiting what the server asks but
// within these bounds, so that a user's report waits a few seconds at most before saying the server is busy.
constexpr int MaxRetries = 4;
constexpr int MinRetryDelayMs = 250;
constexpr int MaxRetryDelayMs = 4000;

} // namespace

ApiReply::ApiReply(const Sender &send, bool mayRetry, QObject *parent)
    : QObject(parent)
    , m_send(send)
    , m_mayRetry(mayRetry)
{
    attach(m_send());
}

void ApiReply::attach(QNetworkReply *reply)
{
    m_reply = reply;
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
    if (m_reply) {
        m_reply->abort();
    } else if (m_retryTimer && m_retryTimer->isActive()) {
        // Waiting to retry: finish now as a request that was aborted would.
        m_retryTimer->stop();
        m_status = 0;
        m_error = {ApiError::Kind::Unreachable, 0, u"unreachable"_s, u"Operation canceled"_s, {}, {}};
        finish();
    }
}

std::optional<int> ApiReply::retryDelayMs() const
{
    if (!m_mayRetry || m_retries >= MaxRetries || (m_status != 429 && m_status != 503))
        return std::nullopt;
    if (m_error.code != u"too_many_heavy_requests"_s && m_error.code != u"server_busy"_s)
        return std::nullopt;
    bool ok = false;
    const int seconds = header("Retry-After").toInt(&ok);
    // Later attempts wait longer, so that several clients turned away together do not return together.
    const int asked = ok ? seconds * 1000 : MinRetryDelayMs << m_retries;
    return std::clamp(asked, MinRetryDelayMs, MaxRetryDelayMs);
}

void ApiReply::complete()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_error = {};
    m_json = {};
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
    if (const std::optional<int> delay = retryDelayMs()) {
        ++m_retries;
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, [this] { attach(m_send()); });
        }
        m_retryTimer->start(*delay);
        return;
    }
    finish();
}

void ApiReply::finish()
{
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

    const bool withoutBody = body.isNull() && verb != "POST" && verb != "PUT" && verb != "PATCH";
    const auto sendOnce = [network = &m_network, request, verb, body, withoutBody] {
        return withoutBody ? network->sendCustomRequest(request, verb) : network->sendCustomRequest(request, verb, body);
    };
    // Only reads are sent again: repeating them changes nothing.
    auto *reply = new ApiReply(sendOnce, verb == "GET", this);
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
