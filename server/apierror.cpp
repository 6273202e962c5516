#include "apierror.h"

#include "wire.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Tradewind {

ApiException::ApiException(int status, QString code, QString message, QString field)
    : m_status(status)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_field(std::move(field))
{
}

ApiException ApiException::invalidField(const QString &field, const QString &message)
{
    return ApiException(400, u"invalid_field"_s, message, field);
}

ApiException ApiException::notFound()
{
    // One fixed answer for "does not exist" and "you may not see it", so the two cannot be told apart.
    return ApiException(404, u"not_found"_s, u"No such record"_s);
}

ApiException ApiException::forbidden(const QString &message)
{
    return ApiException(403, u"forbidden"_s, message);
}

ApiException ApiException::conflict(const QString &code, const QString &message)
{
    return ApiException(409, code, message);
}

ApiException &ApiException::withDetail(const QString &key, const QJsonValue &value)
{
    m_details.insert(key, value);
    return *this;
}

ApiException &ApiException::withHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
    return *this;
}

Http::Response ApiException::toResponse() const
{
    QJsonObject body = Wire::errorBody(m_code, m_message, m_field);
    QJsonObject error = body.value(u"error"_s).toObject();
    for (auto it = m_details.constBegin(); it != m_details.constEnd(); ++it)
        error.insert(it.key(), it.value());
    body.insert(u"error"_s, error);
    Http::Response response = jsonResponse(m_status, body);
    for (const auto &[name, value] : m_headers)
        response.setHeader(name, value);
    return response;
}

Http::Response jsonResponse(int status, const QJsonObject &body)
{
    Http::Response response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

} // namespace Tradewind
