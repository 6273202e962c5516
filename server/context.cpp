#include "context.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Tradewind {

std::optional<qint64> plainId(const QString &text)
{
    // Only the one spelling of an id: no sign, spaces or leading zeros ("+1", " 1", "01" name nothing).
    static const QRegularExpression digits(u"^[1-9][0-9]{0,17}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

qint64 RequestContext::idParameter(int n) const
{
    const std::optional<qint64> id = plainId(pathParameters.value(n));
    if (!id)
        throw ApiException::notFound();
    return *id;
}

JsonReader RequestContext::body() const
{
    JsonReader reader = JsonReader::fromBody(request.body);
    if (!reader.ok())
        throw ApiException(400, u"malformed_json"_s, reader.error()->message, reader.error()->field);
    return reader;
}

JsonReader RequestContext::optionalBody() const
{
    return request.body.trimmed().isEmpty() ? JsonReader(QJsonObject()) : body();
}

qint64 RequestContext::idQuery(const QString &name) const
{
    if (!request.query.hasQueryItem(name))
        return 0;
    const std::optional<qint64> id = plainId(request.query.queryItemValue(name, QUrl::FullyDecoded));
    if (!id)
        throw ApiException::invalidField(name, u"Parameter '%1' must be a positive id"_s.arg(name));
    return *id;
}

bool RequestContext::boolQuery(const QString &name) const
{
    const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.isEmpty() || value == u"false"_s || value == u"0"_s)
        return false;
    if (value == u"true"_s || value == u"1"_s)
        return true;
    throw ApiException::invalidField(name, u"Parameter '%1' must be true or false"_s.arg(name));
}

QString RequestContext::textQuery(const QString &name, int maxLength) const
{
    const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    if (value.size() > maxLength)
        throw ApiException::invalidField(name, u"Parameter '%1' is longer than %2 characters"_s.arg(name).arg(maxLength));
    return value;
}

QDate RequestContext::dateQuery(const QString &name) const
{
    const QString value = textQuery(name, 10);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!value.isEmpty() && !date.isValid())
        throw ApiException::invalidField(name, u"Parameter '%1' must be a date like 2026-11-29"_s.arg(name));
    return date;
}

qint64 RequestContext::intQuery(const QString &name, qint64 min, qint64 max, qint64 fallback) const
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = request.query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        throw ApiException::invalidField(name, u"Parameter '%1' must be a whole number from %2 to %3"_s
                                                   .arg(name)
                                                   .arg(min)
                                                   .arg(max));
    return value;
}

SortChoice RequestContext::sortQuery(const QStringList &keys, const QString &defaultSort) const
{
    QString sort = textQuery(u"sort"_s, 64);
    if (sort.isEmpty())
        sort = defaultSort;
    const bool descending = sort.startsWith(u'-');
    const QString key = descending ? sort.mid(1) : sort;
    if (!keys.contains(key))
        throw ApiException::invalidField(u"sort"_s, u"Parameter 'sort' must be one of %1, with '-' in front for "
                                                    u"descending order"_s
                                                        .arg(keys.join(u", "_s)));
    return {key, descending};
}

Paging RequestContext::paging(const QList<QPair<QString, QString>> &sortColumns, const QString &defaultSort,
                              const QString &idColumn) const
{
    Paging paging;
    paging.limit = static_cast<int>(intQuery(u"limit"_s, 1, 200, 50));
    paging.offset = intQuery(u"offset"_s, 0, std::numeric_limits<qint32>::max(), 0);

    QStringList keys;
    for (const auto &sortColumn : sortColumns)
        keys.append(sortColumn.first);
    const SortChoice sort = sortQuery(keys, defaultSort);
    const QString column = sortColumns.at(keys.indexOf(sort.key)).second;
    const QString direction = sort.descending ? u" DESC"_s : u" ASC"_s;
    paging.orderBy = column + direction + u", "_s + idColumn + direction;
    return paging;
}

std::optional<qint64> RequestContext::ifMatchVersion() const
{
    const QByteArray ifMatch = request.header("if-match").trimmed();
    if (ifMatch.isEmpty())
        throw ApiException(428, u"precondition_required"_s,
                           u"Updates need an If-Match header with the version last read (its ETag)"_s);
    if (ifMatch == "*")
        return std::nullopt; // RFC 9110: whatever version is current
    QByteArray value = ifMatch;
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
        value = value.mid(1, value.size() - 2);
    bool ok = false;
    const qint64 version = value.toLongLong(&ok);
    if (!ok || version <= 0)
        throw ApiException::invalidField(u"If-Match"_s, u"The If-Match header must be an ETag this server sent"_s);
    return version;
}

void requireValid(const JsonReader &reader)
{
    if (!reader.ok())
        throw ApiException::invalidField(reader.error()->field, reader.error()->message);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

namespace {

QByteArray etagFor(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

} // namespace

Http::Response withVersion(Http::Response response, qint64 version)
{
    response.setHeader("ETag", etagFor(version));
    return response;
}

void requireVersion(const std::optional<qint64> &expected, qint64 current)
{
    if (expected && *expected != current)
        throw ApiException(412, u"version_conflict"_s, u"Someone else changed this record since you read it; reload it"_s)
            .withHeader("ETag", etagFor(current));
}

QJsonObject applyPatch(const QJsonObject &current, JsonReader &patch, const QStringList &inputFields)
{
    patch.rejectUnknownFields(inputFields);
    if (!patch.ok())
        throw ApiException::invalidField(patch.error()->field, patch.error()->message);
    QJsonObject merged = current;
    for (auto it = patch.object().constBegin(); it != patch.object().constEnd(); ++it)
        merged.insert(it.key(), it.value());
    return merged;
}

} // namespace Tradewind
