#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <memory>

namespace Tradewind::Http {

/** One parsed HTTP request, handed to the application handler on a worker thread. */
struct Request
{
    QByteArray method;              ///< upper case, e.g. "GET"
    QString path;                   ///< decoded path without the query, e.g. "/api/v1/partners/3"
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names in lower case, in arrival order
    QByteArray body;
    QHostAddress peer;
    /// Becomes true when nobody waits for the answer any more: the client left, or the server is stopping.
    std::shared_ptr<const std::atomic<bool>> cancelled = std::make_shared<std::atomic<bool>>(false);

    /** The first header with this (lower-case) name, or an empty array. */
    QByteArray header(const QByteArray &lowerCaseName) const
    {
        for (const auto &[name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

/** What the handler answers; the HTTP layer adds Content-Length, Connection and Date. */
struct Response
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

} // namespace Tradewind::Http
