#pragma once

#include "http/httpmessage.h"

#include <QJsonObject>
#include <QString>

#include <exception>

namespace Tradewind {

/**
 * An error answer of the API. Thrown anywhere in a handler; the router turns it into
 * {"error":{"code","message","field"?, ...details}} with the status and headers it carries.
 */
class ApiException : public std::exception
{
public:
    ApiException(int status, QString code, QString message, QString field = {});

    static ApiException invalidField(const QString &field, const QString &message);
    static ApiException notFound();
    static ApiException forbidden(const QString &message);
    static ApiException conflict(const QString &code, const QString &message);

    /** Adds details to the error object (e.g. the existing partner of a duplicate). */
    ApiException &withDetail(const QString &key, const QJsonValue &value);
    ApiException &withHeader(const QByteArray &name, const QByteArray &value);

    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    const char *what() const noexcept override { return "ApiException"; }

    Http::Response toResponse() const;

private:
    int m_status;
    QString m_code;
    QString m_message;
    QString m_field;
    QJsonObject m_details;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

/** A JSON response with the right content type. */
Http::Response jsonResponse(int status, const QJsonObject &body);

} // namespace Tradewind
