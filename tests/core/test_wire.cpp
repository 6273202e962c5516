#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#include "catchqt.h"

#include <catch2/catch.hpp>

#include "employee.h"
#include "opportunity.h"
#include "partner.h"
#include "wire.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using P = JsonReader::Presence;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    INFO(error.errorString().toStdString() << " in " << json);
    REQUIRE(document.isObject());
    return document.object();
}

/** Serialises through JSON text, as the wire does, and back. */
QJsonObject throughText(const QJsonObject &object)
{
    const QJsonDocument document = QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    REQUIRE(document.isObject());
    return document.object();
}

QString errorField(const JsonReader &reader)
{
    return reader.error() ? reader.error()->field : u"<no error>"_s;
}

QString errorMessage(const JsonReader &reader)
{
    return reader.error() ? reader.error()->message : QString();
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second, int ms)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// JsonReader
// ---------------------------------------------------------------------------------------------

TEST_CASE("JsonReader reads a required string, trimmed", "[wire][reader]")
{
    JsonReader reader(parse(R"({"name": "  Acme Co.  "})"));
    CHECK(reader.string(u"name"_s, P::Required) == u"Acme Co."_s);
    CHECK(reader.ok());
    CHECK_FALSE(reader.error().has_value());
}

TEST_CASE("JsonReader: a missing or null required field is an error naming it", "[wire][reader]")
{
    const char *documents[] = {R"({})", R"({"name": null})", R"({"other": "x"})"};
    for (const char *document : documents) {
        INFO(document);
        JsonReader reader(parse(document));
        CHECK_FALSE(reader.string(u"name"_s, P::Required).has_value());
        CHECK_FALSE(reader.ok());
        CHECK(errorField(reader) == u"name"_s);
        CHECK(errorMessage(reader).contains(u"required"_s));
        CHECK(errorMessage(reader).contains(u"name"_s));
    }
}

TEST_CASE("JsonReader: a missing or null optional field is no error", "[wire][reader]")
{
    JsonReader reader(parse(R"({"notes": null})"));
    CHECK_FALSE(reader.string(u"notes"_s, P::Optional).has_value());
    CHECK_FALSE(reader.string(u"city"_s, P::Optional).has_value());
    CHECK_FALSE(reader.integer(u"count"_s, P::Optional).has_value());
    CHECK_FALSE(reader.date(u"when"_s, P::Optional).has_value());
    CHECK_FALSE(reader.money(u"amount"_s, P::Optional).has_value());
    CHECK_FALSE(reader.stringList(u"tags"_s, P::Optional).has_value());
    CHECK_FALSE(reader.boolean(u"flag"_s, P::Optional).has_value());
    CHECK(reader.ok());
    CHECK_FALSE(reader.has(u"notes"_s));
    CHECK_FALSE(reader.has(u"city"_s));
}

TEST_CASE("JsonReader: has() tells present values from absent and null ones", "[wire][reader]")
{
    const JsonReader reader(parse(R"({"a": 0, "b": "", "c": null, "d": false})"));
    CHECK(reader.has(u"a"_s));
    CHECK(reader.has(u"b"_s));
    CHECK_FALSE(reader.has(u"c"_s));
    CHECK(reader.has(u"d"_s));
    CHECK_FALSE(reader.has(u"e"_s));
}

TEST_CASE("JsonReader: an empty string is refused when required, kept when optional", "[wire][reader]")
{
    {
        JsonReader reader(parse(R"({"name": "   "})"));
        CHECK_FALSE(reader.string(u"name"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"name"_s);
        CHECK(errorMessage(reader).contains(u"empty"_s));
    }
    {
        JsonReader reader(parse(R"({"city": "   "})"));
        CHECK(reader.string(u"city"_s, P::Optional) == QString(u""_s));
        CHECK(reader.ok());
    }
}

TEST_CASE("JsonReader: wrong types are refused naming the field", "[wire][reader]")
{
    SECTION("string")
    {
        JsonReader reader(parse(R"({"name": 5})"));
        CHECK_FALSE(reader.string(u"name"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"name"_s);
        CHECK(errorMessage(reader).contains(u"must be a string"_s));
    }
    SECTION("string given an object")
    {
        JsonReader reader(parse(R"({"name": {"first": "A"}})"));
        CHECK_FALSE(reader.string(u"name"_s, P::Optional).has_value());
        CHECK(errorField(reader) == u"name"_s);
    }
    SECTION("integer given a string")
    {
        JsonReader reader(parse(R"({"count": "5"})"));
        CHECK_FALSE(reader.integer(u"count"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"count"_s);
        CHECK(errorMessage(reader).contains(u"integer"_s));
    }
    SECTION("integer given a boolean")
    {
        JsonReader reader(parse(R"({"count": true})"));
        CHECK_FALSE(reader.integer(u"count"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"count"_s);
    }
    SECTION("boolean given a string or number")
    {
        JsonReader reader(parse(R"({"flag": "true"})"));
        CHECK_FALSE(reader.boolean(u"flag"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"flag"_s);
        JsonReader numeric(parse(R"({"flag": 1})"));
        CHECK_FALSE(numeric.boolean(u"flag"_s, P::Required).has_value());
        CHECK(errorField(numeric) == u"flag"_s);
    }
    SECTION("array given an object")
    {
        JsonReader reader(parse(R"({"items": {"a": 1}})"));
        CHECK_FALSE(reader.array(u"items"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"items"_s);
        CHECK(errorMessage(reader).contains(u"list"_s));
    }
}

TEST_CASE("JsonReader: booleans", "[wire][reader]")
{
    JsonReader reader(parse(R"({"yes": true, "no": false})"));
    CHECK(reader.boolean(u"yes"_s, P::Required) == true);
    CHECK(reader.boolean(u"no"_s, P::Required) == false);
    CHECK(reader.ok());
}

TEST_CASE("JsonReader: over-long strings are refused naming the field and the limit", "[wire][reader]")
{
    JsonReader reader(parse(R"({"city": "abcdef", "code": "abcde"})"));
    CHECK(reader.string(u"code"_s, P::Required, 5) == u"abcde"_s);
    CHECK(reader.ok());
    CHECK_FALSE(reader.string(u"city"_s, P::Optional, 5).has_value());
    CHECK(errorField(reader) == u"city"_s);
    CHECK(errorMessage(reader).contains(u"'city'"_s));
    CHECK(errorMessage(reader).contains(u"5"_s));

    // The limit counts characters, and surrounding white space does not count.
    JsonReader chinese(parse(R"({"name": "  上海明辉检  "})"));
    CHECK(chinese.string(u"name"_s, P::Required, 5) == u"上海明辉检"_s);
    CHECK(chinese.ok());

    // The default limit is 200.
    const QString longText = QString(201, u'x');
    JsonReader defaults(QJsonObject{{u"a"_s, longText.left(200)}, {u"b"_s, longText}});
    CHECK(defaults.string(u"a"_s, P::Required) == longText.left(200));
    CHECK_FALSE(defaults.string(u"b"_s, P::Required).has_value());
    CHECK(errorField(defaults) == u"b"_s);
}

TEST_CASE("JsonReader: control characters are refused, multi-line texts keep tabs and line feeds", "[wire][reader]")
{
    const QJsonObject object{{u"title"_s, u"a\tb"_s}, {u"notes"_s, u"a\n\tb"_s}, {u"nul"_s, u"a\u0000b"_s},
                             {u"bell"_s, u"a\u0007b"_s}, {u"c1"_s, u"a\u0085b"_s}};
    const auto errorOf = [&](const QString &field, int maxLength) {
        JsonReader reader(object);
        reader.string(field, P::Required, maxLength);
        return reader.ok() ? QString() : reader.error()->field;
    };
    CHECK(errorOf(u"title"_s, 200) == u"title"_s);
    CHECK(errorOf(u"title"_s, JsonReader::MaxSingleLineLength + 1).isEmpty());
    CHECK(errorOf(u"notes"_s, 4000).isEmpty());
    CHECK(errorOf(u"notes"_s, 100) == u"notes"_s);
    for (const QString &field : {u"nul"_s, u"bell"_s, u"c1"_s}) {
        INFO(field.toStdString());
        CHECK(errorOf(field, 200) == field);
        CHECK(errorOf(field, 4000) == field);
    }
}

TEST_CASE("JsonReader keeps the first error", "[wire][reader]")
{
    JsonReader reader(parse(R"({"a": 1, "b": "text", "c": "ok"})"));
    CHECK_FALSE(reader.string(u"a"_s, P::Required).has_value());
    CHECK(errorField(reader) == u"a"_s);
    // Later reads do not replace the first error and yield nothing, even when valid.
    CHECK_FALSE(reader.integer(u"b"_s, P::Required).has_value());
    CHECK_FALSE(reader.string(u"c"_s, P::Required).has_value());
    reader.fail(u"z"_s, u"later"_s);
    CHECK(errorField(reader) == u"a"_s);
    CHECK_FALSE(errorMessage(reader).contains(u"later"_s));
}

TEST_CASE("JsonReader::fail records an error", "[wire][reader]")
{
    JsonReader reader(QJsonObject{});
    CHECK(reader.ok());
    reader.fail(u"field"_s, u"message"_s);
    CHECK_FALSE(reader.ok());
    REQUIRE(reader.error().has_value());
    CHECK(reader.error()->field == u"field"_s);
    CHECK(reader.error()->message == u"message"_s);
}

TEST_CASE("JsonReader::choice", "[wire][reader]")
{
    const QStringList allowed{u"system"_s, u"spare_parts"_s};
    {
        JsonReader reader(parse(R"({"kind": " spare_parts "})"));
        CHECK(reader.choice(u"kind"_s, P::Required, allowed) == u"spare_parts"_s);
        CHECK(reader.ok());
    }
    {
        JsonReader reader(parse(R"({"kind": "System"})"));
        CHECK_FALSE(reader.choice(u"kind"_s, P::Required, allowed).has_value());
        CHECK(errorField(reader) == u"kind"_s);
        CHECK(errorMessage(reader).contains(u"system, spare_parts"_s));
    }
    {
        JsonReader reader(parse(R"({"kind": ""})"));
        CHECK_FALSE(reader.choice(u"kind"_s, P::Optional, allowed).has_value());
        CHECK(errorField(reader) == u"kind"_s);
    }
    {
        JsonReader reader(parse(R"({"kind": 1})"));
        CHECK_FALSE(reader.choice(u"kind"_s, P::Required, allowed).has_value());
        CHECK(errorField(reader) == u"kind"_s);
    }
    {
        JsonReader reader(parse(R"({})"));
        CHECK_FALSE(reader.choice(u"kind"_s, P::Optional, allowed).has_value());
        CHECK(reader.ok());
        CHECK_FALSE(reader.choice(u"kind"_s, P::Required, allowed).has_value());
        CHECK(errorField(reader) == u"kind"_s);
    }
}

TEST_CASE("JsonReader::integer with ranges", "[wire][reader]")
{
    SECTION("in range, bounds inclusive")
    {
        JsonReader reader(parse(R"({"a": 42, "lo": 1, "hi": 365, "neg": -5, "f": 7.0})"));
        CHECK(reader.integer(u"a"_s, P::Required) == 42);
        CHECK(reader.integer(u"lo"_s, P::Required, 1, 365) == 1);
        CHECK(reader.integer(u"hi"_s, P::Required, 1, 365) == 365);
        CHECK(reader.integer(u"neg"_s, P::Required, -10, 10) == -5);
        CHECK(reader.integer(u"f"_s, P::Required) == 7);
        CHECK(reader.ok());
    }
    SECTION("below the minimum")
    {
        JsonReader reader(parse(R"({"days": 0})"));
        CHECK_FALSE(reader.integer(u"days"_s, P::Required, 1, 365).has_value());
        CHECK(errorField(reader) == u"days"_s);
        CHECK(errorMessage(reader).contains(u"between 1 and 365"_s));
    }
    SECTION("above the maximum")
    {
        JsonReader reader(parse(R"({"days": 366})"));
        CHECK_FALSE(reader.integer(u"days"_s, P::Required, 1, 365).has_value());
        CHECK(errorField(reader) == u"days"_s);
    }
    SECTION("negative by default refused")
    {
        JsonReader reader(parse(R"({"n": -1})"));
        CHECK_FALSE(reader.integer(u"n"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"n"_s);
    }
    SECTION("default maximum is the int32 maximum")
    {
        JsonReader reader(parse(R"({"ok": 2147483647, "big": 2147483648})"));
        CHECK(reader.integer(u"ok"_s, P::Required) == 2147483647);
        CHECK_FALSE(reader.integer(u"big"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"big"_s);
    }
    SECTION("fractions")
    {
        JsonReader reader(parse(R"({"n": 1.5})"));
        CHECK_FALSE(reader.integer(u"n"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"n"_s);
        CHECK(errorMessage(reader).contains(u"integer"_s));
    }
    SECTION("numbers far beyond 64 bits are refused")
    {
        const char *documents[] = {R"({"n": 1e30})", R"({"n": -1e30})", R"({"n": 1e300})",
                                   R"({"n": 9223372036854775808})"};
        for (const char *document : documents) {
            INFO(document);
            JsonReader reader(parse(document));
            CHECK_FALSE(reader.integer(u"n"_s, P::Required, std::numeric_limits<qint64>::min(),
                                       std::numeric_limits<qint64>::max())
                            .has_value());
            CHECK(errorField(reader) == u"n"_s);
        }
    }
    SECTION("large integers are read exactly")
    {
        // 2^53 + 1 has no double; reading it as one would silently give 2^53.
        JsonReader reader(parse(R"({"id": 9007199254740993, "max": 4611686018427387903})"));
        const qint64 limit = std::numeric_limits<qint64>::max() / 2;
        CHECK(reader.integer(u"id"_s, P::Required, 0, limit) == 9007199254740993);
        CHECK(reader.integer(u"max"_s, P::Required, 0, limit) == limit);
        CHECK(reader.ok());
    }
}

TEST_CASE("JsonReader::date takes ISO dates only", "[wire][reader]")
{
    {
        JsonReader reader(parse(R"({"d": "2026-11-29", "leap": "2024-02-29"})"));
        CHECK(reader.date(u"d"_s, P::Required) == QDate(2026, 11, 29));
        CHECK(reader.date(u"leap"_s, P::Required) == QDate(2024, 2, 29));
        CHECK(reader.ok());
    }
    const char *refused[] = {R"({"d": "2026-02-30"})",     R"({"d": "2025-02-29"})",
                             R"({"d": "2026-13-01"})",     R"({"d": "2026-2-3"})",
                             R"({"d": "29.11.2026"})",     R"({"d": "20261129"})",
                             R"({"d": "2026-11-29T10:00:00Z"})", R"({"d": 20261129})",
                             R"({"d": ""})",               R"({"d": "tomorrow"})"};
    for (const char *document : refused) {
        INFO(document);
        JsonReader reader(parse(document));
        CHECK_FALSE(reader.date(u"d"_s, P::Optional).has_value());
        CHECK(errorField(reader) == u"d"_s);
        CHECK(errorMessage(reader).contains(u"date"_s));
    }
    JsonReader missing(parse(R"({})"));
    CHECK_FALSE(missing.date(u"d"_s, P::Required).has_value());
    CHECK(errorField(missing) == u"d"_s);
}

TEST_CASE("JsonReader::money", "[wire][reader]")
{
    {
        JsonReader reader(parse(R"({"amount": {"minor": 125000, "currency": "CNY"}, "free": {"minor": 0, "currency": "USD"}})"));
        CHECK(reader.money(u"amount"_s, P::Required) == Money(125000, u"CNY"_s));
        CHECK(reader.money(u"free"_s, P::Required) == Money(0, u"USD"_s));
        CHECK(reader.ok());
    }
    {
        JsonReader reader(parse(R"({"amount": {"minor": -1, "currency": "CNY"}})"));
        CHECK_FALSE(reader.money(u"amount"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"amount"_s);
        CHECK(errorMessage(reader).contains(u"negative"_s));
    }
    const char *malformed[] = {R"({"amount": {"minor": 1.5, "currency": "CNY"}})",
                               R"({"amount": {"minor": 100, "currency": "yuan"}})",
                               R"({"amount": "1250.00"})", R"({"amount": 125000})"};
    for (const char *document : malformed) {
        INFO(document);
        JsonReader reader(parse(document));
        CHECK_FALSE(reader.money(u"amount"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"amount"_s);
        CHECK(errorMessage(reader).contains(u"must be money"_s));
    }
}

TEST_CASE("JsonReader::stringList", "[wire][reader]")
{
    const QStringList allowed{u"customer"_s, u"supplier"_s, u"competitor"_s};
    SECTION("allowed values, duplicates dropped, order kept")
    {
        JsonReader reader(parse(R"({"c": ["supplier", "customer", "supplier"]})"));
        CHECK(reader.stringList(u"c"_s, P::Required, allowed) == QStringList{u"supplier"_s, u"customer"_s});
        CHECK(reader.ok());
    }
    SECTION("an empty list is a list")
    {
        JsonReader reader(parse(R"({"c": []})"));
        CHECK(reader.stringList(u"c"_s, P::Required, allowed) == QStringList{});
        CHECK(reader.ok());
    }
    SECTION("a value not allowed")
    {
        JsonReader reader(parse(R"({"c": ["customer", "partner"]})"));
        CHECK_FALSE(reader.stringList(u"c"_s, P::Required, allowed).has_value());
        CHECK(errorField(reader) == u"c"_s);
        CHECK(errorMessage(reader).contains(u"customer, supplier, competitor"_s));
    }
    SECTION("without allowed values any strings pass")
    {
        JsonReader reader(parse(R"({"c": ["x", "y"]})"));
        CHECK(reader.stringList(u"c"_s, P::Required) == QStringList{u"x"_s, u"y"_s});
    }
    SECTION("non-string items")
    {
        JsonReader reader(parse(R"({"c": ["x", 1]})"));
        CHECK_FALSE(reader.stringList(u"c"_s, P::Required).has_value());
        CHECK(errorField(reader) == u"c"_s);
        CHECK(errorMessage(reader).contains(u"list of strings"_s));
    }
    SECTION("not a list")
    {
        JsonReader reader(parse(R"({"c": "customer"})"));
        CHECK_FALSE(reader.stringList(u"c"_s, P::Required, allowed).has_value());
        CHECK(errorField(reader) == u"c"_s);
    }
    SECTION("too many items")
    {
        JsonReader reader(parse(R"({"c": ["a", "b", "c"], "d": ["a", "b"]})"));
        CHECK(reader.stringList(u"d"_s, P::Required, {}, 2) == QStringList{u"a"_s, u"b"_s});
        CHECK_FALSE(reader.stringList(u"c"_s, P::Required, {}, 2).has_value());
        CHECK(errorField(reader) == u"c"_s);
        CHECK(errorMessage(reader).contains(u"more than 2"_s));
    }
}

TEST_CASE("JsonReader::rejectUnknownFields", "[wire][reader]")
{
    const QStringList known{u"name"_s, u"city"_s};
    {
        JsonReader reader(parse(R"({"name": "A", "city": "B"})"));
        reader.rejectUnknownFields(known);
        CHECK(reader.ok());
    }
    {
        JsonReader reader(parse(R"({"name": "A", "ctiy": "B"})"));
        reader.rejectUnknownFields(known);
        CHECK_FALSE(reader.ok());
        CHECK(errorField(reader) == u"ctiy"_s);
        CHECK(errorMessage(reader).contains(u"Unknown"_s));
    }
    {
        JsonReader reader(parse(R"({})"));
        reader.rejectUnknownFields(known);
        CHECK(reader.ok());
    }
}

TEST_CASE("JsonReader::fromBody", "[wire][reader]")
{
    SECTION("an object")
    {
        JsonReader reader = JsonReader::fromBody(QByteArray(R"({"name": "Acme"})"));
        CHECK(reader.ok());
        CHECK(reader.string(u"name"_s, P::Required) == u"Acme"_s);
        CHECK(reader.object().size() == 1);
    }
    SECTION("malformed JSON")
    {
        const QByteArray bodies[] = {QByteArray(R"({"name": )"), QByteArray("{not json}"), QByteArray(),
                                     QByteArray(R"({"a": 1,})"), QByteArray("\xff\xfe")};
        for (const QByteArray &body : bodies) {
            INFO(body.toStdString());
            JsonReader reader = JsonReader::fromBody(body);
            CHECK_FALSE(reader.ok());
            REQUIRE(reader.error().has_value());
            CHECK(reader.error()->field.isEmpty());
            CHECK(reader.error()->message.contains(u"Malformed JSON"_s));
            CHECK(reader.object().isEmpty());
        }
    }
    SECTION("JSON that is not an object")
    {
        const QByteArray bodies[] = {QByteArray("[1, 2]"), QByteArray("[]"), QByteArray(R"([{"a": 1}])")};
        for (const QByteArray &body : bodies) {
            INFO(body.toStdString());
            JsonReader reader = JsonReader::fromBody(body);
            CHECK_FALSE(reader.ok());
            REQUIRE(reader.error().has_value());
            CHECK(reader.error()->field.isEmpty());
            CHECK(reader.error()->message.contains(u"JSON object"_s));
        }
    }
    SECTION("a key twice in one object")
    {
        const QList<QPair<QByteArray, QString>> bodies{{R"({"name": "A", "name": "B"})", u"name"_s},
                                                       {R"({"a": {"b": 1, "c": [{"d": 1, "d": 2}]}})", u"d"_s},
                                                       {R"({"name": "A", "n\u0061me": "B"})", u"name"_s}};
        for (const auto &[body, key] : bodies) {
            INFO(body.toStdString());
            JsonReader reader = JsonReader::fromBody(body);
            CHECK_FALSE(reader.ok());
            REQUIRE(reader.error().has_value());
            CHECK(reader.error()->field == key);
        }
        // Keys repeating across sibling objects, or inside string values, are fine.
        CHECK(JsonReader::fromBody(R"({"a": [{"x": 1}, {"x": 2}], "b": {"x": "\"x\": 1, \"x\": 2"}})").ok());
    }
    SECTION("a bare scalar")
    {
        // Qt refuses top-level scalars while parsing; either way it is an error on the document.
        const QByteArray bodies[] = {QByteArray(R"("text")"), QByteArray("42"), QByteArray("null")};
        for (const QByteArray &body : bodies) {
            INFO(body.toStdString());
            JsonReader reader = JsonReader::fromBody(body);
            CHECK_FALSE(reader.ok());
            REQUIRE(reader.error().has_value());
            CHECK(reader.error()->field.isEmpty());
            CHECK(reader.object().isEmpty());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Wire helpers
// ---------------------------------------------------------------------------------------------

TEST_CASE("Wire::errorBody shape", "[wire]")
{
    const QJsonObject withField = Wire::errorBody(u"validation_failed"_s, u"Field 'name' is required"_s, u"name"_s);
    CHECK(withField.keys() == QStringList{u"error"_s});
    const QJsonObject error = withField.value(u"error"_s).toObject();
    CHECK(error.size() == 3);
    CHECK(error.value(u"code"_s).toString() == u"validation_failed"_s);
    CHECK(error.value(u"message"_s).toString() == u"Field 'name' is required"_s);
    CHECK(error.value(u"field"_s).toString() == u"name"_s);

    const QJsonObject withoutField = Wire::errorBody(u"not_found"_s, u"No such partner"_s);
    const QJsonObject plain = withoutField.value(u"error"_s).toObject();
    CHECK(plain.size() == 2);
    CHECK(plain.value(u"code"_s).toString() == u"not_found"_s);
    CHECK(plain.value(u"message"_s).toString() == u"No such partner"_s);
    CHECK_FALSE(plain.contains(u"field"_s));
}

TEST_CASE("Wire::page shape", "[wire]")
{
    const QJsonObject page = Wire::page(QJsonArray{QJsonObject{{u"id"_s, 1}}, QJsonObject{{u"id"_s, 2}}}, 57);
    CHECK(page.size() == 2);
    CHECK(page.value(u"items"_s).toArray().size() == 2);
    CHECK(page.value(u"items"_s).toArray().at(1).toObject().value(u"id"_s).toInteger() == 2);
    CHECK(page.value(u"total"_s).toInteger() == 57);
}

TEST_CASE("Wire dates", "[wire]")
{
    CHECK(Wire::dateToWire(QDate(2026, 11, 29)) == u"2026-11-29"_s);
    CHECK(Wire::dateToWire(QDate(2026, 1, 5)) == u"2026-01-05"_s);
    CHECK(Wire::dateToWire(QDate()).isEmpty());
}

TEST_CASE("Wire timestamps are UTC with milliseconds and round trip", "[wire][time]")
{
    const QDateTime shanghai(QDate(2026, 3, 1), QTime(8, 30, 15, 123), QTimeZone(8 * 3600));
    const QString text = Wire::timestampToWire(shanghai);
    CHECK(text == u"2026-03-01T00:30:15.123Z"_s);

    const QDateTime back = Wire::timestampFromWire(text);
    REQUIRE(back.isValid());
    CHECK(back == shanghai);
    CHECK(back.timeSpec() == Qt::UTC);
    CHECK(back.time() == QTime(0, 30, 15, 123));
    CHECK(back.date() == QDate(2026, 3, 1));

    // Whole seconds still carry milliseconds; the date may change when converting to UTC.
    const QDateTime newYork(QDate(2025, 12, 31), QTime(20, 0), QTimeZone(-5 * 3600));
    CHECK(Wire::timestampToWire(newYork) == u"2026-01-01T01:00:00.000Z"_s);
    CHECK(Wire::timestampFromWire(Wire::timestampToWire(newYork)) == newYork);

    const QDateTime inUtc = utc(2026, 6, 30, 23, 59, 59, 999);
    CHECK(Wire::timestampFromWire(Wire::timestampToWire(inUtc)) == inUtc);

    // An offset on the way in is converted to UTC.
    const QDateTime withOffset = Wire::timestampFromWire(u"2026-03-01T08:30:15.123+08:00"_s);
    CHECK(withOffset == shanghai);
    CHECK(withOffset.timeSpec() == Qt::UTC);
    CHECK(withOffset.time() == QTime(0, 30, 15, 123));

    CHECK(Wire::timestampToWire(QDateTime()).isEmpty());
    CHECK_FALSE(Wire::timestampFromWire(QString()).isValid());
    CHECK_FALSE(Wire::timestampFromWire(u"yesterday"_s).isValid());
    CHECK_FALSE(Wire::timestampFromWire(u"2026-02-30T00:00:00.000Z"_s).isValid());
}

// ---------------------------------------------------------------------------------------------
// Partner
// ---------------------------------------------------------------------------------------------

namespace {

Partner samplePartner()
{
    Partner partner;
    partner.id = 4711;
    partner.name = u"上海明辉检测设备有限公司"_s;
    partner.classes = {Partner::Customer, Partner::Competitor};
    partner.country = u"CN"_s;
    partner.city = u"上海"_s;
    partner.address = u"浦东新区张江路 88 号"_s;
    partner.industry = u"Testing equipment"_s;
    partner.creditDays = 60;
    partner.notes = u"Line one\nLine two \"quoted\""_s;
    Contact first;
    first.id = 12;
    first.name = u"王芳"_s;
    first.title = u"采购经理"_s;
    first.phone = u"+86 21 5555 0101"_s;
    first.email = u"wang.fang@example.cn"_s;
    first.primary = true;
    Contact second;
    second.id = 9007199254740993; // beyond 2^53: must not pass through a double
    second.name = u"Li Lei"_s;
    second.email = u"li@example.cn"_s;
    partner.contacts = {first, second};
    partner.version = 7;
    partner.createdAt = utc(2025, 1, 2, 3, 4, 5, 678);
    partner.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(8, 30, 15, 123), QTimeZone(8 * 3600));
    return partner;
}

void requireSameContact(const Contact &actual, const Contact &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.title == expected.title);
    CHECK(actual.phone == expected.phone);
    CHECK(actual.email == expected.email);
    CHECK(actual.primary == expected.primary);
}

void requireSamePartner(const Partner &actual, const Partner &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.name == expected.name);
    CHECK(actual.classes == expected.classes);
    CHECK(actual.country == expected.country);
    CHECK(actual.city == expected.city);
    CHECK(actual.address == expected.address);
    CHECK(actual.industry == expected.industry);
    CHECK(actual.creditDays == expected.creditDays);
    CHECK(actual.notes == expected.notes);
    REQUIRE(actual.contacts.size() == expected.contacts.size());
    for (qsizetype i = 0; i < actual.contacts.size(); ++i) {
        INFO("contact " << i);
        requireSameContact(actual.contacts.at(i), expected.contacts.at(i));
    }
    CHECK(actual.version == expected.version);
    CHECK(actual.createdAt == expected.createdAt);
    CHECK(actual.updatedAt == expected.updatedAt);
}

} // namespace

TEST_CASE("Partner JSON round trip keeps every field", "[partner][json]")
{
    const Partner partner = samplePartner();
    requireSamePartner(Partner::fromJson(partner.toJson()), partner);
    requireSamePartner(Partner::fromJson(throughText(partner.toJson())), partner);

    // An empty partner survives too (no contacts, no timestamps).
    const Partner empty;
    const Partner emptyBack = Partner::fromJson(throughText(empty.toJson()));
    requireSamePartner(emptyBack, empty);
    CHECK_FALSE(emptyBack.createdAt.isValid());
}

TEST_CASE("Partner JSON uses the wire names", "[partner][json]")
{
    const QJsonObject json = samplePartner().toJson();
    CHECK(json.value(u"credit_days"_s).toInteger() == 60);
    CHECK(json.value(u"created_at"_s).toString() == u"2025-01-02T03:04:05.678Z"_s);
    CHECK(json.value(u"updated_at"_s).toString() == u"2026-03-01T00:30:15.123Z"_s);
    CHECK(json.value(u"classes"_s).toArray() == QJsonArray{u"customer"_s, u"competitor"_s});
    const QJsonObject contact = json.value(u"contacts"_s).toArray().at(0).toObject();
    CHECK(contact.value(u"primary"_s).toBool() == true);
    CHECK(contact.value(u"email"_s).toString() == u"wang.fang@example.cn"_s);
}

namespace {

std::optional<Partner> partnerFromInput(const char *json, JsonReader &reader)
{
    reader = JsonReader(parse(json));
    return Partner::fromInput(reader);
}

} // namespace

TEST_CASE("Partner::fromInput accepts a valid document", "[partner][input]")
{
    JsonReader reader{QJsonObject()};
    const auto partner = partnerFromInput(R"({
        "name": "  ACME Co., Ltd. ",
        "classes": ["customer", "supplier", "customer"],
        "country": "de",
        "city": "München",
        "credit_days": 30,
        "contacts": [
            {"name": "Anna", "email": "anna@acme.de", "primary": true},
            {"id": 5, "name": "Bert", "phone": "+49 89 1234"}
        ]
    })", reader);
    INFO(errorField(reader).toStdString() << ": " << errorMessage(reader).toStdString());
    REQUIRE(partner.has_value());
    CHECK(reader.ok());
    CHECK(partner->name == u"ACME Co., Ltd."_s);
    CHECK(partner->classes == QStringList{u"customer"_s, u"supplier"_s});
    CHECK(partner->country == u"DE"_s);
    CHECK(partner->city == u"München"_s);
    CHECK(partner->creditDays == 30);
    CHECK(partner->address.isEmpty());
    REQUIRE(partner->contacts.size() == 2);
    CHECK(partner->contacts.at(0).name == u"Anna"_s);
    CHECK(partner->contacts.at(0).email == u"anna@acme.de"_s);
    CHECK(partner->contacts.at(0).primary);
    CHECK(partner->contacts.at(0).id == 0);
    CHECK(partner->contacts.at(1).id == 5);
    CHECK(partner->contacts.at(1).phone == u"+49 89 1234"_s);
    CHECK_FALSE(partner->contacts.at(1).primary);
}

TEST_CASE("Partner::fromInput names the offending field", "[partner][input]")
{
    struct Case
    {
        const char *json;
        QString field;
    };
    const Case cases[] = {
        {R"({"classes": ["customer"]})", u"name"_s},
        {R"({"name": "", "classes": ["customer"]})", u"name"_s},
        {R"({"name": "A"})", u"classes"_s},
        {R"({"name": "A", "classes": []})", u"classes"_s},
        {R"({"name": "A", "classes": ["partner"]})", u"classes"_s},
        {R"({"name": "A", "classes": ["customer"], "country": "CHN"})", u"country"_s},
        {R"({"name": "A", "classes": ["customer"], "country": "C1"})", u"country"_s},
        {R"({"name": "A", "classes": ["customer"], "credit_days": 366})", u"credit_days"_s},
        {R"({"name": "A", "classes": ["customer"], "credit_days": -1})", u"credit_days"_s},
        {R"({"name": "A", "classes": ["customer"], "credit_days": 1.5})", u"credit_days"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": {"name": "B"}})", u"contacts"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"name": "B"}, "C"]})", u"contacts[1]"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"name": "B"}, {"name": "C", "email": "not-an-email"}]})",
         u"contacts[1].email"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"email": "b@example.com"}]})", u"contacts[0].name"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"name": "B", "fax": "123"}]})", u"contacts[0].fax"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"name": "B", "primary": "yes"}]})",
         u"contacts[0].primary"_s},
        {R"({"name": "A", "classes": ["customer"], "contacts": [{"name": "B", "id": -3}]})", u"contacts[0].id"_s},
    };
    for (const Case &c : cases) {
        INFO(c.json);
        JsonReader reader{QJsonObject()};
        CHECK_FALSE(partnerFromInput(c.json, reader).has_value());
        CHECK_FALSE(reader.ok());
        CHECK(errorField(reader) == c.field);
    }

    // Over-long values are refused by field as well.
    QJsonObject longName{{u"name"_s, QString(201, u'x')}, {u"classes"_s, QJsonArray{u"customer"_s}}};
    JsonReader reader(longName);
    CHECK_FALSE(Partner::fromInput(reader).has_value());
    CHECK(errorField(reader) == u"name"_s);
    CHECK(errorMessage(reader).contains(u"200"_s));
}

TEST_CASE("Partner::inputFields lists what clients may send", "[partner][input]")
{
    const QStringList fields = Partner::inputFields();
    CHECK(fields.contains(u"name"_s));
    CHECK(fields.contains(u"contacts"_s));
    CHECK(fields.contains(u"credit_days"_s));
    CHECK_FALSE(fields.contains(u"id"_s));
    CHECK_FALSE(fields.contains(u"version"_s));
    CHECK_FALSE(fields.contains(u"created_at"_s));
}

TEST_CASE("Partner::duplicateKey folds names of the same company together", "[partner][duplicates]")
{
    const auto key = &Partner::duplicateKey;

    SECTION("Latin legal forms, case and punctuation")
    {
        CHECK(key(u"ACME Co., Ltd."_s) == u"acme"_s);
        CHECK(key(u"acme"_s) == u"acme"_s);
        CHECK(key(u"Acme Inc."_s) == u"acme"_s);
        CHECK(key(u"ACME Co., Ltd."_s) == key(u"Acme Inc."_s));
        CHECK(key(u"Acme GmbH & Co. KG"_s) == u"acme"_s);
        CHECK(key(u"Siemens AG"_s) == key(u"SIEMENS"_s));
        CHECK(key(u"Siemens AG"_s) == u"siemens"_s);
        CHECK(key(u"Müller-Bau GmbH"_s) == u"müllerbau"_s);
    }
    SECTION("Chinese legal forms")
    {
        const QString base = u"上海明辉检测设备"_s;
        CHECK(key(u"上海明辉检测设备有限公司"_s) == base);
        CHECK(key(u"上海明辉检测设备股份有限公司"_s) == base);
        CHECK(key(u"上海明辉检测设备有限责任公司"_s) == base);
        CHECK(key(u"上海明辉检测设备集团有限公司"_s) == base);
        CHECK(key(base) == base);
        // White space must not matter, also between the name and its legal form.
        CHECK(key(u"上海明辉检测设备 有限公司"_s) == base);
        CHECK(key(u"上海明辉检测设备　股份有限公司"_s) == base);
        CHECK(key(u"上海明辉检测设备（集团）有限公司"_s) == base);
    }
    SECTION("legal forms are whole words, not endings")
    {
        CHECK(key(u"Costco"_s) == u"costco"_s);
        CHECK(key(u"Costco"_s) != key(u"Cost"_s));
        CHECK(key(u"Costco Inc."_s) == u"costco"_s);
        CHECK(key(u"Bagco"_s) != key(u"Bag"_s));
    }
    SECTION("a name that is only a legal form keeps something")
    {
        CHECK(key(u"Co., Ltd."_s) == u"co"_s);
        CHECK(key(u"有限公司"_s) == u"有限公司"_s);
        CHECK_FALSE(key(u"AG"_s).isEmpty());
    }
    SECTION("full-width characters fold to their ordinary forms")
    {
        CHECK(key(u"ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．"_s) == u"acme"_s);
        CHECK(key(u"ＳＩＥＭＥＮＳ"_s) == key(u"Siemens AG"_s));
        CHECK(key(u"３Ｍ"_s) == key(u"3M"_s));
        CHECK(key(u"上海明辉检测设备（集团）有限公司"_s) == key(u"上海明辉检测设备(集团)有限公司"_s));
    }
    SECTION("different companies stay apart")
    {
        CHECK(key(u"Acme"_s) != key(u"Acne"_s));
        CHECK(key(u"上海明辉检测设备有限公司"_s) != key(u"北京明辉检测设备有限公司"_s));
        CHECK(key(u"Acme Shanghai Co., Ltd."_s) != key(u"Acme"_s));
    }
}

// ---------------------------------------------------------------------------------------------
// Opportunity
// ---------------------------------------------------------------------------------------------

namespace {

Opportunity sampleOpportunity()
{
    Opportunity opportunity;
    opportunity.id = 31;
    opportunity.kind = Opportunity::KindSpareParts;
    opportunity.customerId = 4711;
    opportunity.customerName = u"上海明辉检测设备有限公司"_s;
    opportunity.title = u"Spare pumps for line 3"_s;
    opportunity.source = u"exhibition"_s;
    opportunity.stage = u"negotiation"_s;
    opportunity.amount = Money(-1, u"CNY"_s) + Money(1250001, u"CNY"_s);
    opportunity.expectedClose = QDate(2026, 11, 29);
    opportunity.ownerId = 8;
    opportunity.ownerName = u"张伟"_s;
    opportunity.notes = u"Needs \"urgent\" delivery\n"_s;
    opportunity.version = 3;
    opportunity.createdAt = utc(2026, 1, 15, 9, 0, 0, 1);
    opportunity.updatedAt = utc(2026, 2, 1, 17, 45, 30, 500);
    opportunity.partFamily = u"真空泵"_s;
    opportunity.lockedAt = utc(2026, 1, 15, 9, 0, 0, 1);
    opportunity.lastFollowUpOn = QDate(2026, 1, 30);
    opportunity.stale = true;
    opportunity.daysSinceFollowUp = 17;
    return opportunity;
}

void requireSameOpportunity(const Opportunity &actual, const Opportunity &expected)
{
    CHECK(actual.id == expected.id);
    CHECK(actual.kind == expected.kind);
    CHECK(actual.customerId == expected.customerId);
    CHECK(actual.customerName == expected.customerName);
    CHECK(actual.title == expected.title);
    CHECK(actual.source == expected.source);
    CHECK(actual.stage == expected.stage);
    CHECK(actual.amount == expected.amount);
    CHECK(actual.expectedClose == expected.expectedClose);
    CHECK(actual.ownerId == expected.ownerId);
    CHECK(actual.ownerName == expected.ownerName);
    CHECK(actual.notes == expected.notes);
    CHECK(actual.version == expected.version);
    CHECK(actual.createdAt == expected.createdAt);
    CHECK(actual.updatedAt == expected.updatedAt);
    CHECK(actual.partFamily == expected.partFamily);
    CHECK(actual.lockedAt == expected.lockedAt);
    CHECK(actual.lastFollowUpOn == expected.lastFollowUpOn);
    CHECK(actual.stale == expected.stale);
    CHECK(actual.daysSinceFollowUp == expected.daysSinceFollowUp);
}

std::optional<Opportunity> opportunityFromInput(const QJsonObject &json, JsonReader &reader)
{
    reader = JsonReader(json);
    return Opportunity::fromInput(reader);
}

QJsonObject validOpportunityInput()
{
    return parse(R"({
        "kind": "system",
        "customer_id": 4711,
        "title": "  New test line  ",
        "source": "tender",
        "stage": "lead",
        "amount": {"minor": 250000000, "currency": "CNY"},
        "expected_close": "2026-12-31",
        "notes": "first contact at the fair"
    })");
}

} // namespace

TEST_CASE("Opportunity JSON round trip keeps every field", "[opportunity][json]")
{
    const Opportunity opportunity = sampleOpportunity();
    requireSameOpportunity(Opportunity::fromJson(opportunity.toJson()), opportunity);
    requireSameOpportunity(Opportunity::fromJson(throughText(opportunity.toJson())), opportunity);

    const QJsonObject json = opportunity.toJson();
    CHECK(json.value(u"expected_close"_s).toString() == u"2026-11-29"_s);
    CHECK(json.value(u"amount"_s).toObject().value(u"minor"_s).toInteger() == 1250000);
    CHECK(json.value(u"customer_id"_s).toInteger() == 4711);
    CHECK(json.value(u"last_follow_up_on"_s).toString() == u"2026-01-30"_s);
    CHECK(json.value(u"stale"_s).toBool());

    // Without amount and date they stay unset rather than becoming zero or a default date.
    const Opportunity empty;
    const Opportunity emptyBack = Opportunity::fromJson(throughText(empty.toJson()));
    requireSameOpportunity(emptyBack, empty);
    CHECK_FALSE(emptyBack.amount.isValid());
    CHECK_FALSE(emptyBack.expectedClose.isValid());
}

TEST_CASE("Opportunity::fromInput accepts a valid document", "[opportunity][input]")
{
    JsonReader reader{QJsonObject()};
    const auto opportunity = opportunityFromInput(validOpportunityInput(), reader);
    INFO(errorField(reader).toStdString() << ": " << errorMessage(reader).toStdString());
    REQUIRE(opportunity.has_value());
    CHECK(opportunity->kind == u"system"_s);
    CHECK(opportunity->customerId == 4711);
    CHECK(opportunity->title == u"New test line"_s);
    CHECK(opportunity->source == u"tender"_s);
    CHECK(opportunity->stage == u"lead"_s);
    CHECK(opportunity->amount == Money(250000000, u"CNY"_s));
    CHECK(opportunity->expectedClose == QDate(2026, 12, 31));
    CHECK(opportunity->notes == u"first contact at the fair"_s);

    QJsonObject staged = validOpportunityInput();
    staged.insert(u"stage"_s, u"won"_s);
    staged.remove(u"expected_close"_s);
    const auto won = opportunityFromInput(staged, reader);
    REQUIRE(won.has_value());
    CHECK(won->stage == u"won"_s);
    CHECK(Opportunity::isClosedStage(won->stage));
    CHECK_FALSE(won->expectedClose.isValid());
}

TEST_CASE("Opportunity::fromInput names the offending field", "[opportunity][input]")
{
    struct Case
    {
        QString field;
        QJsonValue value; // undefined = remove the field
        QString expectedField;
    };
    const Case cases[] = {
        {u"kind"_s, u"bogus"_s, u"kind"_s},
        {u"kind"_s, QJsonValue(QJsonValue::Undefined), u"kind"_s},
        {u"customer_id"_s, 0, u"customer_id"_s},
        {u"customer_id"_s, u"4711"_s, u"customer_id"_s},
        {u"customer_id"_s, QJsonValue(QJsonValue::Undefined), u"customer_id"_s},
        {u"title"_s, u"   "_s, u"title"_s},
        {u"title"_s, QString(201, u't'), u"title"_s},
        {u"source"_s, u"cold_call"_s, u"source"_s},
        {u"stage"_s, u"closed"_s, u"stage"_s},
        {u"amount"_s, QJsonObject{{u"minor"_s, -100}, {u"currency"_s, u"CNY"_s}}, u"amount"_s},
        {u"amount"_s, QJsonObject{{u"minor"_s, 100}, {u"currency"_s, u"RMB1"_s}}, u"amount"_s},
        {u"amount"_s, QJsonValue(QJsonValue::Undefined), u"amount"_s},
        {u"expected_close"_s, u"2026-13-01"_s, u"expected_close"_s},
        {u"notes"_s, QString(4001, u'n'), u"notes"_s},
    };
    for (const Case &c : cases) {
        INFO(c.field.toStdString() << " -> expected error on " << c.expectedField.toStdString());
        QJsonObject input = validOpportunityInput();
        if (c.value.isUndefined())
            input.remove(c.field);
        else
            input.insert(c.field, c.value);
        JsonReader reader{QJsonObject()};
        CHECK_FALSE(opportunityFromInput(input, reader).has_value());
        CHECK(errorField(reader) == c.expectedField);
    }

    JsonReader reader{QJsonObject()};
    QJsonObject negative = validOpportunityInput();
    negative.insert(u"amount"_s, QJsonObject{{u"minor"_s, -1}, {u"currency"_s, u"CNY"_s}});
    CHECK_FALSE(opportunityFromInput(negative, reader).has_value());
    CHECK(errorMessage(reader).contains(u"negative"_s));
}

TEST_CASE("Opportunity stages and kinds", "[opportunity]")
{
    CHECK(Opportunity::stages().constFirst() == u"lead"_s);
    CHECK(Opportunity::isClosedStage(u"won"_s));
    CHECK(Opportunity::isClosedStage(u"lost"_s));
    CHECK_FALSE(Opportunity::isClosedStage(u"negotiation"_s));
    CHECK_FALSE(Opportunity::isClosedStage(u"lead"_s));
    CHECK(Opportunity::kinds() == QStringList{u"system"_s, u"spare_parts"_s});
    CHECK_FALSE(Opportunity::inputFields().contains(u"owner_id"_s));
    CHECK(Opportunity::inputFields().contains(u"part_family"_s));
    CHECK_FALSE(Opportunity::inputFields().contains(u"stale"_s));
}

// ---------------------------------------------------------------------------------------------
// Employee and Department
// ---------------------------------------------------------------------------------------------

TEST_CASE("Employee and Department JSON round trip", "[employee][json]")
{
    Employee employee;
    employee.id = 8;
    employee.login = u"zhang.wei"_s;
    employee.name = u"张伟"_s;
    employee.departmentId = 3;
    employee.departmentName = u"Sales East"_s;
    employee.supervisorId = 2;
    employee.supervisorName = u"Li Na"_s;
    employee.roles = {u"salesperson"_s, u"sales_manager"_s};
    employee.email = u"zhang.wei@example.cn"_s;
    employee.phone = u"+86 21 5555 0188"_s;
    employee.active = false;

    const Employee back = Employee::fromJson(throughText(employee.toJson()));
    CHECK(back.id == employee.id);
    CHECK(back.login == employee.login);
    CHECK(back.name == employee.name);
    CHECK(back.departmentId == employee.departmentId);
    CHECK(back.departmentName == employee.departmentName);
    CHECK(back.supervisorId == employee.supervisorId);
    CHECK(back.supervisorName == employee.supervisorName);
    CHECK(back.roles == employee.roles);
    CHECK(back.email == employee.email);
    CHECK(back.phone == employee.phone);
    CHECK(back.active == false);
    CHECK(back.hasRole(u"sales_manager"_s));
    CHECK_FALSE(back.hasRole(u"finance"_s));

    // The top of the tree has no supervisor: null on the wire, 0 in memory.
    Employee top;
    top.id = 1;
    const QJsonObject topJson = top.toJson();
    CHECK(topJson.value(u"supervisor_id"_s).isNull());
    CHECK(topJson.value(u"department_id"_s).isNull());
    const Employee topBack = Employee::fromJson(throughText(topJson));
    CHECK(topBack.supervisorId == 0);
    CHECK(topBack.active == true);

    // A missing "active" defaults to true.
    CHECK(Employee::fromJson(QJsonObject{{u"id"_s, 5}}).active);

    Department department{3, u"Sales East"_s, 1};
    const Department departmentBack = Department::fromJson(throughText(department.toJson()));
    CHECK(departmentBack.id == 3);
    CHECK(departmentBack.name == u"Sales East"_s);
    CHECK(departmentBack.parentId == 1);
    const Department root{1, u"Company"_s, 0};
    CHECK(root.toJson().value(u"parent_id"_s).isNull());
    CHECK(Department::fromJson(throughText(root.toJson())).parentId == 0);
}
