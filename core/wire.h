#pragma once

#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Tradewind {

/** The first problem found in a JSON document, named by its field ("" for the document itself). */
struct FieldError
{
    QString field;
    QString message;
};

/**
 * Reads fields of a JSON object with validation, stopping at the first error.
 *
 * Shared by the server (which refuses bad input with 400 naming the field) and the client (which
 * checks a form before sending). A missing optional field yields std::nullopt without an error;
 * an explicit JSON null counts as missing.
 */
class JsonReader
{
public:
    enum class Presence { Required, Optional };

    explicit JsonReader(const QJsonObject &object);
    /**
     * Parses a request body; a body that is not a JSON object is an error on field "", one naming a key twice
     * in an object an error on that key.
     */
    static JsonReader fromBody(const QByteArray &body);

    bool ok() const { return !m_error.has_value(); }
    const std::optional<FieldError> &error() const { return m_error; }
    void fail(const QString &field, const QString &message);

    bool has(const QString &field) const;
    const QJsonObject &object() const { return m_object; }

    /** Texts of up to this many characters (names, titles, codes) are one line. */
    static constexpr int MaxSingleLineLength = 200;

    /**
     * Trimmed string; refused when longer than maxLength characters, empty when required, or holding control
     * characters (NUL and the like). Only a multi-line text — one that may be longer than MaxSingleLineLength:
     * notes, terms, reasons, addresses — may hold tabs and line feeds.
     */
    std::optional<QString> string(const QString &field, Presence presence, int maxLength = MaxSingleLineLength);
    /** A string that must be one of the allowed values. */
    std::optional<QString> choice(const QString &field, Presence presence, const QStringList &allowed);
    std::optional<qint64> integer(const QString &field, Presence presence, qint64 min = 0,
                                  qint64 max = std::numeric_limits<qint32>::max());
    std::optional<bool> boolean(const QString &field, Presence presence);
    /** ISO date "2026-11-29". */
    std::optional<QDate> date(const QString &field, Presence presence);
    std::optional<Money> money(const QString &field, Presence presence);
    /** A list of distinct strings, each one of allowed (when given). */
    std::optional<QStringList> stringList(const QString &field, Presence presence,
                                          const QStringList &allowed = {}, int maxItems = 50);
    std::optional<QJsonArray> array(const QString &field, Presence presence, int maxItems = 500);

    /** Refuses any field not in known, so that typos do not pass silently. */
    void rejectUnknownFields(const QStringList &known);

private:
    std::optional<QJsonValue> value(const QString &field, Presence presence);

    QJsonObject m_object;
    std::optional<FieldError> m_error;
};

namespace Wire {

/** {"error":{"code":...,"message":...,"field":...}} — field only when there is one. */
QJsonObject errorBody(const QString &code, const QString &message, const QString &field = {});
/** A collection page: {"items":[...], "total": N}. */
QJsonObject page(const QJsonArray &items, qint64 total);

QString dateToWire(const QDate &date);
/** UTC, ISO 8601 with milliseconds and "Z". */
QString timestampToWire(const QDateTime &timestamp);
QDateTime timestampFromWire(const QString &text);

} // namespace Wire

} // namespace Tradewind
