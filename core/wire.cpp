#include "wire.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Tradewind {

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{
}

namespace {

/** A JSON string token (quotes included) as text; keys with escapes are decoded like any string. */
QString decodedString(const QByteArray &token)
{
    if (!token.contains('\\'))
        return QString::fromUtf8(token.mid(1, token.size() - 2));
    return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
}

/**
 * The first key that appears twice in one object of a well-formed JSON text, if any. QJsonDocument keeps the
 * last of them silently, so the text itself is scanned: a key is a string where an object expects a name.
 */
std::optional<QString> duplicateKey(const QByteArray &json)
{
    QList<QSet<QString>> objectKeys; // one entry per open object
    QByteArray containers;           // '{' or '[' per open container
    bool expectingKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        switch (json.at(i)) {
        case '"': {
            qsizetype end = i + 1;
            while (json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (expectingKey) {
                const QString key = decodedString(json.mid(i, end - i + 1));
                if (objectKeys.last().contains(key))
                    return key;
                objectKeys.last().insert(key);
                expectingKey = false;
            }
            i = end;
            break;
        }
        case '{':
            containers.append('{');
            objectKeys.append(QSet<QString>());
            expectingKey = true;
            break;
        case '[':
            containers.append('[');
            break;
        case '}':
            objectKeys.removeLast();
            Q_FALLTHROUGH();
        case ']':
            containers.chop(1);
            break;
        case ',':
            expectingKey = containers.endsWith('{');
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

/** Control characters (C0, DEL, C1) a text may not hold; multi-line texts keep tabs and line feeds. */
bool hasForbiddenControl(const QString &text, bool multiLine)
{
    for (const QChar c : text) {
        if (c.category() != QChar::Other_Control)
            continue;
        if (!(multiLine && (c == u'\t' || c == u'\n')))
            return true;
    }
    return false;
}

} // namespace

JsonReader JsonReader::fromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    JsonReader reader{QJsonObject()};
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(QString(), u"Malformed JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    } else if (!document.isObject()) {
        reader.fail(QString(), u"The request body must be a JSON object"_s);
    } else if (const std::optional<QString> key = duplicateKey(body)) {
        reader.fail(*key, u"Field '%1' appears more than once"_s.arg(*key));
    } else {
        reader.m_object = document.object();
    }
    return reader;
}

void JsonReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = FieldError{field, message};
}

bool JsonReader::has(const QString &field) const
{
    return m_object.contains(field) && !m_object.value(field).isNull();
}

std::optional<QJsonValue> JsonReader::value(const QString &field, Presence presence)
{
    if (m_error)
        return std::nullopt;
    if (!has(field)) {
        if (presence == Presence::Required)
            fail(field, u"Field '%1' is required"_s.arg(field));
        return std::nullopt;
    }
    return m_object.value(field);
}

std::optional<QString> JsonReader::string(const QString &field, Presence presence, int maxLength)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    if (!raw->isString()) {
        fail(field, u"Field '%1' must be a string"_s.arg(field));
        return std::nullopt;
    }
    const QString text = raw->toString().trimmed();
    if (hasForbiddenControl(text, maxLength > MaxSingleLineLength)) {
        fail(field, maxLength > MaxSingleLineLength
                        ? u"Field '%1' must not contain control characters other than tabs and line breaks"_s.arg(field)
                        : u"Field '%1' must be one line without control characters"_s.arg(field));
        return std::nullopt;
    }
    if (text.size() > maxLength) {
        fail(field, u"Field '%1' is longer than %2 characters"_s.arg(field).arg(maxLength));
        return std::nullopt;
    }
    if (text.isEmpty() && presence == Presence::Required) {
        fail(field, u"Field '%1' must not be empty"_s.arg(field));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> JsonReader::choice(const QString &field, Presence presence, const QStringList &allowed)
{
    const auto text = string(field, presence, 64);
    if (text && !allowed.contains(*text)) {
        fail(field, u"Field '%1' must be one of: %2"_s.arg(field, allowed.join(u", "_s)));
        return std::nullopt;
    }
    return text;
}

std::optional<qint64> JsonReader::integer(const QString &field, Presence presence, qint64 min, qint64 max)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    // Check the range before converting (converting a double beyond qint64 is undefined). Qt keeps JSON
    // integers exact, so take the value from toInteger() rather than through a double.
    const double number = raw->toDouble();
    if (!raw->isDouble() || number != std::trunc(number) || !(std::abs(number) < 0x1p63)) {
        fail(field, u"Field '%1' must be an integer"_s.arg(field));
        return std::nullopt;
    }
    const qint64 result = raw->toInteger();
    if (result < min || result > max) {
        fail(field, u"Field '%1' must be between %2 and %3"_s.arg(field).arg(min).arg(max));
        return std::nullopt;
    }
    return result;
}

std::optional<bool> JsonReader::boolean(const QString &field, Presence presence)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    if (!raw->isBool()) {
        fail(field, u"Field '%1' must be true or false"_s.arg(field));
        return std::nullopt;
    }
    return raw->toBool();
}

std::optional<QDate> JsonReader::date(const QString &field, Presence presence)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    const QDate result = QDate::fromString(raw->toString(), Qt::ISODate);
    if (!raw->isString() || !result.isValid() || raw->toString().size() != 10) {
        fail(field, u"Field '%1' must be a date like 2026-12-31"_s.arg(field));
        return std::nullopt;
    }
    return result;
}

std::optional<Money> JsonReader::money(const QString &field, Presence presence)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    const auto result = Money::fromJson(*raw);
    if (!result) {
        fail(field, u"Field '%1' must be money like {\"minor\": 1250, \"currency\": \"CNY\"}"_s.arg(field));
        return std::nullopt;
    }
    if (result->minorUnits() < 0) {
        fail(field, u"Field '%1' must not be negative"_s.arg(field));
        return std::nullopt;
    }
    return result;
}

std::optional<QStringList> JsonReader::stringList(const QString &field, Presence presence,
                                                  const QStringList &allowed, int maxItems)
{
    const auto items = array(field, presence, maxItems);
    if (!items)
        return std::nullopt;
    QStringList result;
    for (const QJsonValue &item : *items) {
        if (!item.isString() || (!allowed.isEmpty() && !allowed.contains(item.toString()))) {
            fail(field, allowed.isEmpty() ? u"Field '%1' must be a list of strings"_s.arg(field)
                                          : u"Field '%1' may only contain: %2"_s.arg(field, allowed.join(u", "_s)));
            return std::nullopt;
        }
        if (!result.contains(item.toString()))
            result.append(item.toString());
    }
    return result;
}

std::optional<QJsonArray> JsonReader::array(const QString &field, Presence presence, int maxItems)
{
    const auto raw = value(field, presence);
    if (!raw)
        return std::nullopt;
    if (!raw->isArray()) {
        fail(field, u"Field '%1' must be a list"_s.arg(field));
        return std::nullopt;
    }
    if (raw->toArray().size() > maxItems) {
        fail(field, u"Field '%1' has more than %2 entries"_s.arg(field).arg(maxItems));
        return std::nullopt;
    }
    return raw->toArray();
}

void JsonReader::rejectUnknownFields(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            fail(it.key(), u"Unknown field '%1'"_s.arg(it.key()));
            return;
        }
    }
}

namespace Wire {

QJsonObject errorBody(const QString &code, const QString &message, const QString &field)
{
    QJsonObject error{{u"code"_s, code}, {u"message"_s, message}};
    if (!field.isEmpty())
        error.insert(u"field"_s, field);
    return QJsonObject{{u"error"_s, error}};
}

QJsonObject page(const QJsonArray &items, qint64 total)
{
    return QJsonObject{{u"items"_s, items}, {u"total"_s, total}};
}

QString dateToWire(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString timestampToWire(const QDateTime &timestamp)
{
    return timestamp.isValid() ? timestamp.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFromWire(const QString &text)
{
    QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
    return result.isValid() ? result.toUTC() : result;
}

} // namespace Wire

} // namespace Tradewind
