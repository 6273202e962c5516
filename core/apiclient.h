#pragma once

#include "employee.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkReply;
class QTimer;

namespace Tradewind {

/** What went wrong with a request, in a form the client can show or map to a form field. */
struct ApiError
{
    enum class Kind {
        None,
        Http,          ///< the server answered with an error status and a Tradewind error body
        Unreachable,   ///< connection refused, host not found, timeout, TLS failure
        NotTradewind,  ///< something answered, but not a Tradewind server
    };
    Kind kind = Kind::None;
    int status = 0;
    QString code;     ///< e.g. "invalid_field", "not_found", "duplicate_partner"
    QString message;  ///< the server's English message (for logs); the UI shows its own text per code
    QString field;    ///< the input field the error names, if any
    QJsonObject body; ///< the whole error object, for codes that carry details
};

/**
 * One request in flight; emits finished() exactly once, then may be deleted with deleteLater(). A read the server
 * turned away only for the moment (too many of the caller's reports at once, a busy lane) is sent again after the
 * pause the server asked for, a few times, before it finishes with that error.
 */
class ApiReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && m_error.kind == ApiError::Kind::None; }
    int status() const { return m_status; }
    const QJsonDocument &json() const { return m_json; }
    QJsonObject object() const { return m_json.object(); }
    /** The body exactly as received. */
    const QByteArray &rawBody() const { return m_body; }
    const ApiError &error() const { return m_error; }
    /** The ETag (optimistic-locking version) the server sent, quotes included. */
    QByteArray etag() const { return m_etag; }
    QByteArray header(const QByteArray &name) const;

    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    using Sender = std::function<QNetworkReply *()>;
    /** Sends with send(); with mayRetry (a read), sends again when the server asks to retry later. */
    ApiReply(const Sender &send, bool mayRetry, QObject *parent);
    void attach(QNetworkReply *reply);
    void complete();
    /** When the server asks to retry later and attempts are left: the delay before the next one. */
    std::optional<int> retryDelayMs() const;
    void finish();

    Sender m_send;
    bool m_mayRetry = false;
    int m_retries = 0;
    QTimer *m_retryTimer = nullptr;
    QPointer<QNetworkReply> m_reply;
    bool m_finished = false;
    int m_status = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    ApiError m_error;
    QByteArray m_etag;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

/**
 * Asynchronous client of the Tradewind JSON API. Never blocks: each call returns an ApiReply
 * whose finished() signal fires later on the caller's thread.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);

    /** e.g. http://127.0.0.1:8765 — "/api/v1" is added by the client. */
    void setServerUrl(const QUrl &url);
    QUrl serverUrl() const { return m_serverUrl; }

    bool isLoggedIn() const { return !m_token.isEmpty(); }
    const Employee &currentUser() const { return m_user; }
    /** Lets a caller reuse a token (tests, a restored session). */
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    /** POST /session; on success the token and user are kept for later calls. */
    ApiReply *login(const QString &login, const QString &password);
    /** DELETE /session and forget the token. */
    ApiReply *logout();

    ApiReply *get(const QString &path, const QUrlQuery &query = {});
    ApiReply *post(const QString &path, const QJsonObject &body, const QUrlQuery &query = {});
    /** PUT replacing a whole resource; with ifMatch, only when it is still the version the caller saw. */
    ApiReply *put(const QString &path, const QJsonObject &body, const QByteArray &ifMatch = {});
    /** PATCH with If-Match: the version the caller last saw. */
    ApiReply *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch, const QUrlQuery &query = {});
    ApiReply *deleteResource(const QString &path);

    /** ETag value for a version number, as the server sends it. */
    static QByteArray etagForVersion(qint64 version);

Q_SIGNALS:
    /** The server refused the token (expired or logged out elsewhere): the user must log in again. */
    void sessionExpired();

private:
    ApiReply *send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                   const QByteArray &ifMatch = {});
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager m_network;
    QUrl m_serverUrl;
    QByteArray m_token;
    Employee m_user;
};

} // namespace Tradewind
