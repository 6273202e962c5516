#include "catchqt.h"

#include <catch2/catch.hpp>

#include "quote.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace Tradewind;

namespace {

QuoteLine line(qint64 quantity, qint64 unitPriceMinor, int discountBasisPoints, const QString &currency = u"CNY"_s)
{
    QuoteLine result;
    result.nameEn = u"X-ray tube"_s;
    result.quantity = quantity;
    result.unit = u"pcs"_s;
    result.unitPrice = Money(unitPriceMinor, currency);
    result.discountBasisPoints = discountBasisPoints;
    return result;
}

QJsonObject validQuote()
{
    return {{u"customer_id"_s, 7},
            {u"currency"_s, u"USD"_s},
            {u"tax_rate_bp"_s, 0},
            {u"quote_date"_s, u"2026-11-02"_s},
            {u"valid_until"_s, u"2026-12-02"_s},
            {u"incoterm"_s, u"CIF"_s},
            {u"language"_s, u"en"_s},
            {u"lines"_s,
             QJsonArray{QJsonObject{{u"name_en"_s, u"Detector board"_s},
                                    {u"quantity"_s, 3},
                                    {u"unit"_s, u"pcs"_s},
                                    {u"unit_price"_s, QJsonObject{{u"minor"_s, 1999}, {u"currency"_s, u"USD"_s}}},
                                    {u"discount_bp"_s, 1000}}}}};
}

std::optional<FieldError> errorOf(const QJsonObject &document)
{
    JsonReader reader(document);
    const auto quote = Quote::fromInput(reader);
    REQUIRE(quote.has_value() == reader.ok());
    return reader.error();
}

} // namespace

TEST_CASE("A line total is quantity × price × (1 − discount), rounded once, half away from zero")
{
    CHECK(line(3, 1999, 1000).total() == Money(5397, u"CNY"_s)); // 59.97 × 0.9 = 53.973
    CHECK(line(1, 5, 1000).total() == Money(5, u"CNY"_s));       // 0.045 -> 0.05
    CHECK(line(1, 15, 3333).total() == Money(10, u"CNY"_s));     // 0.100005 -> 0.10
    CHECK(line(7, 100, 10000).total() == Money(0, u"CNY"_s));    // free of charge
    CHECK(line(3, 1999, 1000).listTotal() == Money(5997, u"CNY"_s));
    CHECK(line(2, 1500, 0, u"JPY"_s).total() == Money(3000, u"JPY"_s));
}

TEST_CASE("Quote totals add the rounded lines and round the tax once")
{
    const QList<QuoteLine> lines{line(3, 1999, 1000), line(1, 5, 1000), line(10, 333, 0)};
    const QuoteTotals totals = QuoteTotals::of(lines, u"CNY"_s, 1300);
    CHECK(totals.listTotal == Money(5997 + 5 + 3330, u"CNY"_s));
    CHECK(totals.subtotal == Money(5397 + 5 + 3330, u"CNY"_s));
    CHECK(totals.discount == totals.listTotal - totals.subtotal);
    CHECK(totals.tax == Money(1135, u"CNY"_s)); // 87.32 × 13 % = 11.3516
    CHECK(totals.total == Money(8732 + 1135, u"CNY"_s));
    CHECK(totals.maxDiscountBasisPoints == 1000);

    const QuoteTotals empty = QuoteTotals::of({}, u"EUR"_s, 1900);
    CHECK(empty.total == Money::zero(u"EUR"_s));
    CHECK(empty.maxDiscountBasisPoints == 0);
}

TEST_CASE("Revision labels run A..Z, then AA")
{
    CHECK(Quote::revisionLabel(1) == u"A"_s);
    CHECK(Quote::revisionLabel(2) == u"B"_s);
    CHECK(Quote::revisionLabel(26) == u"Z"_s);
    CHECK(Quote::revisionLabel(27) == u"AA"_s);
    CHECK(Quote::revisionLabel(28) == u"AB"_s);
    CHECK(Quote::revisionLabel(53) == u"BA"_s);
}

TEST_CASE("Only drafts and rejected quotes are edited in place, unapproved ones print as drafts")
{
    CHECK(Quote::isEditableStatus(Quote::StatusDraft));
    CHECK(Quote::isEditableStatus(Quote::StatusRejected));
    CHECK_FALSE(Quote::isEditableStatus(Quote::StatusSubmitted));
    CHECK_FALSE(Quote::isEditableStatus(Quote::StatusApproved));
    CHECK(Quote::printsAsDraft(Quote::StatusSubmitted));
    CHECK_FALSE(Quote::printsAsDraft(Quote::StatusApproved));
    CHECK_FALSE(Quote::printsAsDraft(Quote::StatusWon));
}

TEST_CASE("A valid quote document is read with computed totals and survives a JSON round trip")
{
    JsonReader reader(validQuote());
    const auto quote = Quote::fromInput(reader);
    REQUIRE(quote.has_value());
    CHECK(quote->lines.size() == 1);
    CHECK(quote->totals.total == Money(5397, u"USD"_s));

    const Quote copy = Quote::fromJson(quote->toJson());
    CHECK(copy.toJson() == quote->toJson());
    CHECK(copy.lines.first().total() == Money(5397, u"USD"_s));
}

TEST_CASE("Invalid quote documents name the offending field")
{
    const QJsonObject valid = validQuote();
    auto withLine = [&](const char *field, const QJsonValue &value) {
        QJsonObject document = valid;
        QJsonArray lines = document.value(u"lines"_s).toArray();
        QJsonObject first = lines.first().toObject();
        if (value.isUndefined())
            first.remove(QString::fromLatin1(field));
        else
            first.insert(QString::fromLatin1(field), value);
        lines.append(first);
        document.insert(u"lines"_s, lines);
        return document;
    };
    auto with = [&](const char *field, const QJsonValue &value) {
        QJsonObject document = valid;
        document.insert(QString::fromLatin1(field), value);
        return document;
    };

    CHECK(errorOf(withLine("quantity", 0))->field == u"lines[1].quantity"_s);
    CHECK(errorOf(withLine("quantity", 0))->message.startsWith(u"Line 2:"_s));
    CHECK(errorOf(withLine("discount_bp", 10001))->field == u"lines[1].discount_bp"_s);
    CHECK(errorOf(withLine("unit_price", QJsonObject{{u"minor"_s, 1}, {u"currency"_s, u"EUR"_s}}))->field
          == u"lines[1].unit_price"_s);
    CHECK(errorOf(withLine("name_en", QJsonValue::Undefined))->field == u"lines[1].name_en"_s);
    CHECK(errorOf(withLine("colour", u"red"_s))->field == u"lines[1].colour"_s);
    CHECK(errorOf(with("valid_until", u"2026-11-01"_s))->field == u"valid_until"_s);
    CHECK(errorOf(with("incoterm", u"FOO"_s))->field == u"incoterm"_s);
    CHECK(errorOf(with("currency", u"usd"_s))->field == u"currency"_s);
    CHECK(errorOf(with("language", u"fr"_s))->field == u"language"_s);
    CHECK(errorOf(with("lines", u"none"_s))->field == u"lines"_s);
    const qint64 hugePrice = Money::MaxExactMinorUnits / 2 + 1;
    QJsonObject huge = withLine("unit_price", QJsonObject{{u"minor"_s, hugePrice}, {u"currency"_s, u"USD"_s}});
    CHECK(errorOf(huge)->field == u"lines"_s);
    CHECK_FALSE(errorOf(valid).has_value());
}
