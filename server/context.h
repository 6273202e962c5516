#pragma once

#include "apierror.h"
#include "http/httpmessage.h"
#include "wire.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Tradewind {

/** The authenticated employee making a request. */
struct Caller
{
    qint64 id = 0;
    QString login;
    QString name;
    QStringList roles;
    /** Logged in with a one-time password: everything but changing it is refused until it is changed. */
    bool mustChangePassword = false;
    /** The session the request came with. */
    qint64 sessionId = 0;

    bool isAuthenticated() const { return id > 0; }
    bool hasRole(const QString &role) const { return roles.contains(role); }
    bool hasAnyRole(const QStringList &wanted) const
    {
        for (const QString &role : wanted)
            if (roles.contains(role))
                return true;
        return false;
    }
};

/** A sort order chosen from a whitelist: its key, and whether "-" asked for descending order. */
struct SortChoice
{
    QString key;
    bool descending = false;
};

/** A page request: limit/offset and the ORDER BY clause chosen from a whitelist. */
struct Paging
{
    int limit = 50;
    qint64 offset = 0;
    QString orderBy;
};

/** Everything a handler needs for one request. */
class RequestContext
{
public:
    RequestContext(const Http::Request &request, const QSqlDatabase &db, const QDateTime &now)
        : request(request)
        , db(db)
        , now(now)
    {
    }

    const Http::Request &request;
    QSqlDatabase db;
    const QDateTime now;
    Caller caller;
    QStringList pathParameters;

    /** The n-th {id} of the path; anything but plainId() digits is simply a record that does not exist (404). */
    qint64 idParameter(int n = 0) const;
    /** The body as a JSON object; malformed JSON throws 400. */
    JsonReader body() const;
    /** Like body(), but an empty body reads as an empty object. */
    JsonReader optionalBody() const;
    /** A query parameter that must be a positive id (plainId()) when present (0 when absent), else 400. */
    qint64 idQuery(const QString &name) const;
    /** A query parameter that must be "true" or "false" when present. */
    bool boolQuery(const QString &name) const;
    QString textQuery(const QString &name, int maxLength = 200) const;
    /** A query parameter that must be an ISO date like 2026-11-29 when present (invalid when absent). */
    QDate dateQuery(const QString &name) const;
    /** A whole-number query parameter within min..max (fallback when absent). */
    qint64 intQuery(const QString &name, qint64 min, qint64 max, qint64 fallback) const;
    /**
     * limit (1..200, default 50), offset, and sort: a key of sortColumns, "-" in front for descending.
     * The id is always the last sort key so that pages are stable.
     */
    Paging paging(const QList<QPair<QString, QString>> &sortColumns, const QString &defaultSort,
                  const QString &idColumn) const;
    /** The "sort" parameter (defaultSort when absent): one of keys, "-" in front for descending; 400 otherwise. */
    SortChoice sortQuery(const QStringList &keys, const QString &defaultSort) const;
    /**
     * The If-Match version, required for updates: 428 when missing, 400 when unreadable; std::nullopt for
     * "If-Match: *" (any current version, RFC 9110).
     */
    std::optional<qint64> ifMatchVersion() const;
};

/** A record id as paths and parameters spell it: decimal digits without sign, spaces or a leading zero. */
std::optional<qint64> plainId(const QString &text);

/** Throws 400 naming the field of the reader's first error, if it has one. */
void requireValid(const JsonReader &reader);

/** A LIKE pattern matching text anywhere, with LIKE's wildcards escaped (use ESCAPE '\\'). */
QString likePattern(const QString &text);

/** Sets the ETag of a response to the record's version. */
Http::Response withVersion(Http::Response response, qint64 version);

/** Throws 412 with the current ETag when the If-Match version is not the current one (any is, for "*"). */
void requireVersion(const std::optional<qint64> &expected, qint64 current);

/**
 * The record's wire document with a PATCH body laid over it, so that an update is validated by the
 * same rules as a creation. Unknown fields in the patch are refused with 400.
 */
QJsonObject applyPatch(const QJsonObject &current, JsonReader &patch, const QStringList &inputFields);

/** Timestamps as stored: UTC ISO 8601 with milliseconds, so that text order is time order. */
inline QString storedTimestamp(const QDateTime &timestamp)
{
    return Wire::timestampToWire(timestamp);
}

} // namespace Tradewind
