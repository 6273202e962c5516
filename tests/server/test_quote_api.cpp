// Quotes over the real HTTP API: the catalogue, pre-filling from an opportunity, totals and rounding,
// numbering, validation, similar quotes, copying, revisions, settings, and visibility of every endpoint.

#include "quotetesting.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace QuoteTesting;
using Tradewind::ApiClient;
using Tradewind::Query;

namespace {

constexpr qint64 NonexistentId = 99999999;

QJsonObject moneyJson(qint64 minor, const QString &currency)
{
    return QJsonObject{{u"minor"_s, minor}, {u"currency"_s, currency}};
}

/** A customer without any quote yet (so that demo quotes stay out of similar-quote results). */
qint64 unquotedCustomer(ServerFixture &fixture, int skip = 0)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id FROM partners WHERE (',' || classes || ',') LIKE '%,customer,%' "
                u"AND id NOT IN (SELECT customer_id FROM quotes) ORDER BY id LIMIT 1 OFFSET :skip"_s);
    query.bind(u":skip"_s, skip).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/** An open spare-parts opportunity of sales.east1 in CNY without any quote. */
qint64 unquotedSparePartsOpportunity(ServerFixture &fixture)
{
    Query query(fixture.server().database().connection(),
                u"SELECT id FROM opportunities WHERE owner_id = :owner AND kind = 'spare_parts' AND currency = 'CNY' "
                u"AND stage NOT IN ('won', 'lost') AND id NOT IN (SELECT opportunity_id FROM quotes "
                u"WHERE opportunity_id IS NOT NULL) ORDER BY id LIMIT 1"_s);
    query.bind(u":owner"_s, fixture.employeeId(u"sales.east1"_s)).exec();
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QJsonObject lineAt(const QJsonObject &quote, int index)
{
    return quote.value(u"lines"_s).toArray().at(index).toObject();
}

qint64 minorOf(const QJsonValue &money)
{
    return money.toObject().value(u"minor"_s).toInteger();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Catalogue and requested parts
// ---------------------------------------------------------------------------------------------

TEST_CASE("The product catalogue lists products with their prices, filtered and priced in a currency", "[quotes][products]")
{
    ServerFixture fixture;
    auto finance = fixture.login(u"finance"_s);
    const Answer all = ServerFixture::get(*finance, u"/products"_s, params({{u"limit"_s, u"200"_s}}));
    REQUIRE(all.status == 200);
    CHECK(all.json.value(u"total"_s).toInteger() >= 40);
    QSet<QString> kinds;
    for (const QJsonValue &value : all.json.value(u"items"_s).toArray()) {
        const QJsonObject product = value.toObject();
        kinds.insert(product.value(u"kind"_s).toString());
        CHECK_FALSE(product.value(u"name_en"_s).toString().isEmpty());
        CHECK_FALSE(product.value(u"name_zh"_s).toString().isEmpty());
        CHECK(product.value(u"prices"_s).toArray().size() >= 3);
        CHECK(product.value(u"price"_s).isNull());
    }
    CHECK(kinds == QSet<QString>{u"system"_s, u"spare_part"_s, u"service"_s});

    const Answer tubes = ServerFixture::get(*finance, u"/products"_s, params({{u"q"_s, u"X-ray tube"_s}, {u"currency"_s, u"EUR"_s}}));
    REQUIRE(tubes.status == 200);
    REQUIRE(tubes.json.value(u"total"_s).toInteger() == 1);
    const QJsonObject tube = tubes.json.value(u"items"_s).toArray().at(0).toObject();
    CHECK(tube.value(u"code"_s).toString() == u"TW-XRT-160"_s);
    CHECK(tube.value(u"price"_s).toObject().value(u"currency"_s).toString() == u"EUR"_s);
    CHECK(tube.value(u"prices"_s).toArray().contains(tube.value(u"price"_s)));

    const Answer chinese = ServerFixture::get(*finance, u"/products"_s, params({{u"q"_s, u"输送带"_s}}));
    CHECK(chinese.json.value(u"total"_s).toInteger() == 1);
    const Answer services = ServerFixture::get(*finance, u"/products"_s, params({{u"kind"_s, u"service"_s}}));
    for (const QJsonValue &value : services.json.value(u"items"_s).toArray())
        CHECK(value.toObject().value(u"kind"_s).toString() == u"service"_s);
    CHECK(ServerFixture::get(*finance, u"/products"_s, params({{u"kind"_s, u"gadget"_s}})).errorField() == u"kind"_s);
    CHECK(ServerFixture::get(*finance, u"/products"_s, params({{u"currency"_s, u"eur"_s}})).errorField() == u"currency"_s);
    CHECK(ServerFixture::get(*fixture.anonymous(), u"/products"_s).status == 401);
}

TEST_CASE("Requested parts are a sub-record of the opportunity with the product's details", "[quotes][children]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 opportunity = unquotedSparePartsOpportunity(fixture);
    const QString path = u"/opportunities/%1/requested-parts"_s.arg(opportunity);
    const qint64 before = ServerFixture::get(*east1, path).json.value(u"total"_s).toInteger();
    CHECK(before >= 2); // the demo asks for parts on every spare-parts opportunity

    const qint64 belt = scalar(fixture, u"SELECT id FROM products WHERE code = 'TW-CNV-BLT6'"_s);
    const Answer added = ServerFixture::call(*east1, "POST", path, {{u"product_id"_s, belt}, {u"quantity"_s, 45}, {u"notes"_s, u"two conveyors"_s}});
    INFO(added.body.toStdString());
    REQUIRE(added.status == 201);
    CHECK(added.json.value(u"product_code"_s).toString() == u"TW-CNV-BLT6"_s);
    CHECK(added.json.value(u"product_name_zh"_s).toString() == u"600 mm PU 输送带"_s);
    CHECK(added.json.value(u"unit"_s).toString() == u"m"_s);
    CHECK(added.json.value(u"quantity"_s).toInteger() == 45);
    CHECK(ServerFixture::get(*east1, path).json.value(u"total"_s).toInteger() == before + 1);

    CHECK(ServerFixture::call(*east1, "POST", path, {{u"product_id"_s, NonexistentId}, {u"quantity"_s, 1}}).errorField() == u"product_id"_s);
    CHECK(ServerFixture::call(*east1, "POST", path, {{u"product_id"_s, belt}, {u"quantity"_s, 0}}).errorField() == u"quantity"_s);
    CHECK(ServerFixture::call(*east1, "POST", path, {{u"product_id"_s, belt}}).errorField() == u"quantity"_s);
    CHECK(ServerFixture::get(*east2, path).status == 404);
}

// ---------------------------------------------------------------------------------------------
// Pre-filling
// ---------------------------------------------------------------------------------------------

TEST_CASE("A quote from a spare-parts opportunity is pre-filled, with the requested parts priced in its currency", "[quotes][prefill]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 opportunityId = unquotedSparePartsOpportunity(fixture);
    const QJsonObject opportunity = ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(opportunityId)).json;
    const QJsonArray requested =
        ServerFixture::get(*east1, u"/opportunities/%1/requested-parts"_s.arg(opportunityId)).json.value(u"items"_s).toArray();
    REQUIRE(requested.size() >= 2);

    const Answer answer = ServerFixture::call(*east1, "POST", u"/opportunities/%1/quotes"_s.arg(opportunityId), {});
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 201);
    const QJsonObject quote = answer.json;
    CHECK(answer.etag == "\"1\"");
    CHECK(quote.value(u"status"_s).toString() == u"draft"_s);
    CHECK(quote.value(u"revision_label"_s).toString() == u"A"_s);
    CHECK(QRegularExpression(u"^Q-2026-\\d{5}$"_s).match(quote.value(u"number"_s).toString()).hasMatch());
    CHECK(quote.value(u"opportunity_id"_s).toInteger() == opportunityId);
    CHECK(quote.value(u"customer_id"_s) == opportunity.value(u"customer_id"_s));
    CHECK(quote.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east1"_s));
    CHECK(quote.value(u"title"_s) == opportunity.value(u"title"_s));
    CHECK(quote.value(u"currency"_s).toString() == u"CNY"_s);
    CHECK(quote.value(u"language"_s).toString() == u"zh"_s);
    CHECK(quote.value(u"tax_rate_bp"_s).toInt() == 1300);
    CHECK(quote.value(u"quote_date"_s).toString() == u"2026-11-02"_s);
    CHECK(quote.value(u"valid_until"_s).toString() == u"2026-12-02"_s);
    CHECK(quote.value(u"incoterm"_s).toString() == u"DAP"_s);
    CHECK_FALSE(quote.value(u"payment_terms"_s).toString().isEmpty());
    CHECK_FALSE(quote.value(u"lead_time"_s).toString().isEmpty());
    CHECK(quote.value(u"customer_address"_s).toString().endsWith(u"中国"_s));
    // The contact: the opportunity's first contact, else the customer's primary one.
    const qint64 expectedContact = scalar(fixture, u"SELECT COALESCE((SELECT contact_id FROM opportunity_contacts WHERE "
                                                   u"opportunity_id = :id ORDER BY id LIMIT 1), (SELECT pc.id FROM "
                                                   u"partner_contacts pc JOIN opportunities o ON o.customer_id = pc.partner_id "
                                                   u"WHERE o.id = :id AND pc.is_primary = 1))"_s,
                                          opportunityId);
    CHECK(quote.value(u"contact_id"_s).toInteger() == expectedContact);
    CHECK_FALSE(quote.value(u"contact_name"_s).toString().isEmpty());

    const QJsonArray lines = quote.value(u"lines"_s).toArray();
    REQUIRE(lines.size() == requested.size());
    qint64 subtotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = lines.at(i).toObject();
        const QJsonObject part = requested.at(i).toObject();
        CHECK(line.value(u"product_id"_s) == part.value(u"product_id"_s));
        CHECK(line.value(u"product_code"_s) == part.value(u"product_code"_s));
        CHECK(line.value(u"name_zh"_s) == part.value(u"product_name_zh"_s));
        CHECK(line.value(u"quantity"_s) == part.value(u"quantity"_s));
        CHECK(line.value(u"unit"_s) == part.value(u"unit"_s));
        const qint64 catalogue = scalar(fixture, u"SELECT price_minor FROM product_prices WHERE currency = 'CNY' AND product_id = :id"_s,
                                        part.value(u"product_id"_s).toInteger());
        CHECK(line.value(u"unit_price"_s).toObject() == moneyJson(catalogue, u"CNY"_s));
        subtotal += catalogue * part.value(u"quantity"_s).toInteger();
    }
    const QJsonObject totals = quote.value(u"totals"_s).toObject();
    CHECK(minorOf(totals.value(u"subtotal"_s)) == subtotal);
    CHECK(minorOf(totals.value(u"total"_s)) == subtotal + (subtotal * 13 + 50) / 100);
}

TEST_CASE("Pre-filling abroad, for a system, by a supervisor, and with fields set in the body", "[quotes][prefill]")
{
    ServerFixture fixture;
    SECTION("an export customer gets English, no tax and CIF, priced in the opportunity's currency")
    {
        auto west1 = fixture.login(u"sales.west1"_s);
        const qint64 opportunity = openOpportunity(fixture, u"sales.west1"_s, u"spare_parts"_s, u"EUR"_s);
        const Answer answer = ServerFixture::call(*west1, "POST", u"/opportunities/%1/quotes"_s.arg(opportunity), {});
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"language"_s).toString() == u"en"_s);
        CHECK(answer.json.value(u"tax_rate_bp"_s).toInt() == 0);
        CHECK(answer.json.value(u"incoterm"_s).toString() == u"CIF"_s);
        CHECK(answer.json.value(u"currency"_s).toString() == u"EUR"_s);
        REQUIRE_FALSE(answer.json.value(u"lines"_s).toArray().isEmpty());
        for (const QJsonValue &line : answer.json.value(u"lines"_s).toArray()) {
            const QJsonObject price = line.toObject().value(u"unit_price"_s).toObject();
            CHECK(price.value(u"currency"_s).toString() == u"EUR"_s);
            CHECK(price.value(u"minor"_s).toInteger() > 0);
        }
    }
    SECTION("a system opportunity without requested parts starts without lines")
    {
        auto east1 = fixture.login(u"sales.east1"_s);
        const qint64 opportunity = openOpportunity(fixture, u"sales.east1"_s, u"system"_s, u"CNY"_s);
        const Answer answer = ServerFixture::call(*east1, "POST", u"/opportunities/%1/quotes"_s.arg(opportunity), {});
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"lines"_s).toArray().isEmpty());
        CHECK(answer.json.value(u"payment_terms"_s).toString().contains(u"30%"_s));
    }
    SECTION("a manager creating it leaves the opportunity's owner as the quote's owner")
    {
        auto manager = fixture.login(u"manager.east"_s);
        const qint64 opportunity = openOpportunity(fixture, u"sales.east2"_s, u"system"_s, u"CNY"_s);
        const Answer answer = ServerFixture::call(*manager, "POST", u"/opportunities/%1/quotes"_s.arg(opportunity), {});
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"sales.east2"_s));
        CHECK(answer.json.value(u"owner_name"_s).toString() == u"刘洋"_s);
    }
    SECTION("the body sets input fields over the pre-filled ones and is validated like them")
    {
        auto east1 = fixture.login(u"sales.east1"_s);
        const qint64 opportunity = unquotedSparePartsOpportunity(fixture);
        const QString path = u"/opportunities/%1/quotes"_s.arg(opportunity);
        const Answer answer = ServerFixture::call(*east1, "POST", path, {{u"language"_s, u"en"_s}, {u"incoterm"_s, u"FCA"_s}});
        REQUIRE(answer.status == 201);
        CHECK(answer.json.value(u"language"_s).toString() == u"en"_s);
        CHECK(answer.json.value(u"incoterm"_s).toString() == u"FCA"_s);
        CHECK(ServerFixture::call(*east1, "POST", path, {{u"incoterm"_s, u"FOO"_s}}).errorField() == u"incoterm"_s);
        CHECK(ServerFixture::call(*east1, "POST", path, {{u"number"_s, u"Q-1"_s}}).errorField() == u"number"_s);
    }
    SECTION("an opportunity out of reach is not found")
    {
        auto east2 = fixture.login(u"sales.east2"_s);
        const Answer hidden = ServerFixture::call(*east2, "POST", u"/opportunities/%1/quotes"_s.arg(unquotedSparePartsOpportunity(fixture)), {});
        const Answer missing = ServerFixture::call(*east2, "POST", u"/opportunities/%1/quotes"_s.arg(NonexistentId), {});
        CHECK(hidden.status == 404);
        CHECK(hidden.body == missing.body);
    }
}

// ---------------------------------------------------------------------------------------------
// Totals, validation, editing
// ---------------------------------------------------------------------------------------------

TEST_CASE("The server computes totals: each line rounded once, the tax rounded once, half away from zero", "[quotes][totals]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = unquotedCustomer(fixture);
    QJsonObject body = document(customer, u"CNY"_s,
                                {line(u"Odd quantity, a third off"_s, 3, 33333, u"CNY"_s, 3333),
                                 line(u"Half a fen"_s, 7, 15, u"CNY"_s, 5000), line(u"Plain"_s, 1, 100000, u"CNY"_s)});
    body.insert(u"tax_rate_bp"_s, 1300);
    // A line total from the client is ignored.
    QJsonArray lines = body.value(u"lines"_s).toArray();
    QJsonObject first = lines.at(0).toObject();
    first.insert(u"line_total"_s, moneyJson(1, u"CNY"_s));
    lines.replace(0, first);
    body.insert(u"lines"_s, lines);

    const QJsonObject quote = created(*east1, body);
    // 3 × 333.33 = 999.99, less 33.33 %: 666.693333 → 666.69
    CHECK(lineAt(quote, 0).value(u"line_total"_s).toObject() == moneyJson(66669, u"CNY"_s));
    // 7 × 0.15 = 1.05, half of it 0.525 → 0.53
    CHECK(lineAt(quote, 1).value(u"line_total"_s).toObject() == moneyJson(53, u"CNY"_s));
    CHECK(lineAt(quote, 2).value(u"line_total"_s).toObject() == moneyJson(100000, u"CNY"_s));
    const QJsonObject totals = quote.value(u"totals"_s).toObject();
    CHECK(totals.value(u"list_total"_s).toObject() == moneyJson(200104, u"CNY"_s));
    CHECK(totals.value(u"subtotal"_s).toObject() == moneyJson(166722, u"CNY"_s));
    CHECK(totals.value(u"discount"_s).toObject() == moneyJson(33382, u"CNY"_s));
    // 13 % of 1,667.22 = 216.7386 → 216.74
    CHECK(totals.value(u"tax"_s).toObject() == moneyJson(21674, u"CNY"_s));
    CHECK(totals.value(u"total"_s).toObject() == moneyJson(188396, u"CNY"_s));
    CHECK(totals.value(u"max_discount_bp"_s).toInt() == 5000);
    // Stored for lists and statistics, and the same in the list.
    const qint64 id = quote.value(u"id"_s).toInteger();
    CHECK(scalar(fixture, u"SELECT total_minor FROM quotes WHERE id = :id"_s, id) == 188396);
    CHECK(scalar(fixture, u"SELECT SUM(line_total_minor) FROM quote_lines WHERE quote_id = :id"_s, id) == 166722);
    const Answer listed = ServerFixture::get(*east1, u"/quotes"_s, params({{u"customer_id"_s, QString::number(customer)}}));
    REQUIRE(itemIds(listed) == QList<qint64>{id});
    CHECK(listed.json.value(u"items"_s).toArray().at(0).toObject().value(u"totals"_s).toObject() == totals);

    SECTION("the tax on half a fen rounds up")
    {
        const Answer answer = patch(*east1, id, {{u"lines"_s, QJsonArray{line(u"Fifty fen"_s, 1, 50, u"CNY"_s)}}});
        REQUIRE(answer.status == 200);
        // 13 % of 0.50 = 0.065 → 0.07
        CHECK(answer.json.value(u"totals"_s).toObject().value(u"tax"_s).toObject() == moneyJson(7, u"CNY"_s));
        CHECK(answer.json.value(u"totals"_s).toObject().value(u"total"_s).toObject() == moneyJson(57, u"CNY"_s));
    }
    SECTION("yen have no minor unit: a 10 % discount on ¥1,005 is ¥904.5 → ¥905")
    {
        const QJsonObject yen = created(*east1, document(customer, u"JPY"_s, {line(u"Yen"_s, 1, 1005, u"JPY"_s, 1000)}));
        CHECK(yen.value(u"totals"_s).toObject().value(u"total"_s).toObject() == moneyJson(905, u"JPY"_s));
    }
    SECTION("totals are never taken from the client")
    {
        QJsonObject withTotals = body;
        withTotals.insert(u"totals"_s, QJsonObject{{u"total"_s, moneyJson(1, u"CNY"_s)}});
        const Answer answer = create(*east1, withTotals);
        CHECK(answer.status == 400);
        CHECK(answer.errorField() == u"totals"_s);
    }
}

TEST_CASE("Quote input is validated naming the field", "[quotes][validation]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = unquotedCustomer(fixture);
    const QJsonObject valid = document(customer, u"CNY"_s,
                                       {line(u"A"_s, 1, 100, u"CNY"_s), line(u"B"_s, 2, 100, u"CNY"_s), line(u"C"_s, 3, 100, u"CNY"_s)});
    REQUIRE(create(*east1, valid).status == 201);
    const qint64 countBefore = scalar(fixture, u"SELECT COUNT(*) FROM quotes"_s);
    const auto with = [&](const QString &field, const QJsonValue &value) { return withField(valid, field, value); };
    const auto withLine = [&](int index, const QString &field, const QJsonValue &value) {
        QJsonArray lines = valid.value(u"lines"_s).toArray();
        QJsonObject changed = lines.at(index).toObject();
        changed.insert(field, value);
        lines.replace(index, changed);
        return with(u"lines"_s, lines);
    };
    const qint64 otherCustomer = unquotedCustomer(fixture, 1);
    const qint64 foreignContact = scalar(fixture, u"SELECT MIN(id) FROM partner_contacts WHERE partner_id = :id"_s, otherCustomer);
    const qint64 supplier = fixture.partnerId(u"深圳锐视工业相机有限公司"_s);
    const qint64 otherCustomersOpportunity = scalar(fixture, u"SELECT MIN(id) FROM opportunities WHERE customer_id <> :id "
                                                             u"AND owner_id = (SELECT id FROM employees WHERE login = 'sales.east1')"_s,
                                                    customer);
    const qint64 westOpportunity = openOpportunity(fixture, u"sales.west1"_s, u"system"_s, u"USD"_s);
    // A billion units at nearly the largest price JSON carries exactly: beyond what a 64-bit amount holds.
    QJsonObject hugeLine = withLine(2, u"quantity"_s, 1'000'000'000);
    QJsonArray hugeLines = hugeLine.value(u"lines"_s).toArray();
    QJsonObject huge = hugeLines.at(2).toObject();
    huge.insert(u"unit_price"_s, moneyJson(9'000'000'000'000'000, u"CNY"_s));
    hugeLines.replace(2, huge);
    hugeLine.insert(u"lines"_s, hugeLines);
    struct Case
    {
        const char *what;
        QJsonObject body;
        QString field;
    };
    const QList<Case> cases = {
        {"no customer", with(u"customer_id"_s, QJsonValue::Undefined), u"customer_id"_s},
        {"a supplier is no customer", with(u"customer_id"_s, supplier), u"customer_id"_s},
        {"a contact of another partner", with(u"contact_id"_s, foreignContact), u"contact_id"_s},
        {"an opportunity of another customer", with(u"opportunity_id"_s, otherCustomersOpportunity), u"opportunity_id"_s},
        {"an opportunity out of reach", with(u"opportunity_id"_s, westOpportunity), u"opportunity_id"_s},
        {"a currency that is no code", with(u"currency"_s, u"yuan"_s), u"currency"_s},
        {"an unknown incoterm", with(u"incoterm"_s, u"FOB Shanghai"_s), u"incoterm"_s},
        {"an unknown language", with(u"language"_s, u"de"_s), u"language"_s},
        {"validity before the quote date", with(u"valid_until"_s, u"2026-11-01"_s), u"valid_until"_s},
        {"a tax rate above 100 %", with(u"tax_rate_bp"_s, 10001), u"tax_rate_bp"_s},
        {"an unknown field", with(u"owner_id"_s, 1), u"owner_id"_s},
        {"a line without quantity", withLine(2, u"quantity"_s, 0), u"lines[2].quantity"_s},
        {"a line priced in another currency", withLine(1, u"unit_price"_s, moneyJson(100, u"USD"_s)), u"lines[1].unit_price"_s},
        {"a negative price", withLine(0, u"unit_price"_s, moneyJson(-1, u"CNY"_s)), u"lines[0].unit_price"_s},
        {"a discount above 100 %", withLine(1, u"discount_bp"_s, 10001), u"lines[1].discount_bp"_s},
        {"a line without a name", withLine(2, u"name_en"_s, u""_s), u"lines[2].name_en"_s},
        {"a product that does not exist", withLine(0, u"product_id"_s, NonexistentId), u"lines[0].product_id"_s},
        {"amounts beyond the money type", hugeLine, u"lines"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Answer answer = create(*east1, c.body);
        INFO(answer.body.toStdString());
        CHECK(answer.status == 400);
        CHECK(answer.errorCode() == u"invalid_field"_s);
        CHECK(answer.errorField() == c.field);
    }
    // Hidden and nonexistent opportunities are refused with the same words.
    const Answer hidden = create(*east1, with(u"opportunity_id"_s, westOpportunity));
    const Answer missing = create(*east1, with(u"opportunity_id"_s, NonexistentId));
    CHECK(hidden.body == QString::fromUtf8(missing.body).replace(QString::number(NonexistentId), QString::number(westOpportunity)).toUtf8());
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM quotes"_s) == countBefore);

    SECTION("a standalone quote is made by sales staff, who own it")
    {
        auto finance = fixture.login(u"finance"_s);
        CHECK(create(*finance, valid).status == 403);
        auto manager = fixture.login(u"manager.west"_s);
        const QJsonObject own = created(*manager, valid);
        CHECK(own.value(u"owner_id"_s).toInteger() == fixture.employeeId(u"manager.west"_s));
    }
}

TEST_CASE("Editing needs If-Match, replaces the lines, and stops once the quote is submitted", "[quotes][edit]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const QJsonObject original = created(*east1, document(unquotedCustomer(fixture), u"USD"_s,
                                                          {line(u"One"_s, 1, 1000, u"USD"_s), line(u"Two"_s, 2, 1000, u"USD"_s)}));
    const qint64 id = original.value(u"id"_s).toInteger();
    const QString path = u"/quotes/%1"_s.arg(id);
    CHECK(ServerFixture::call(*east1, "PATCH", path, {{u"title"_s, u"x"_s}}).status == 428);
    CHECK(ServerFixture::call(*east1, "PATCH", path, {{u"title"_s, u"x"_s}}, "\"7\"").status == 412);

    const Answer edited = ServerFixture::call(*east1, "PATCH", path,
                                              {{u"title"_s, u"Spare cameras"_s}, {u"lines"_s, QJsonArray{line(u"Three"_s, 3, 500, u"USD"_s)}}},
                                              "\"1\"");
    INFO(edited.body.toStdString());
    REQUIRE(edited.status == 200);
    CHECK(edited.etag == "\"2\"");
    CHECK(edited.json.value(u"title"_s).toString() == u"Spare cameras"_s);
    CHECK(edited.json.value(u"lines"_s).toArray().size() == 1);
    CHECK(edited.json.value(u"totals"_s).toObject().value(u"total"_s).toObject() == moneyJson(1500, u"USD"_s));
    CHECK(edited.json.value(u"number"_s) == original.value(u"number"_s));
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM quote_lines WHERE quote_id = :id"_s, id) == 1);
    const QJsonArray history = ServerFixture::get(*east1, path + u"/history"_s).json.value(u"items"_s).toArray();
    REQUIRE(history.size() == 2);
    const QJsonObject change = history.at(0).toObject();
    CHECK(change.value(u"action"_s).toString() == u"update"_s);
    CHECK(change.value(u"employee_name"_s).toString() == u"陈静"_s);
    CHECK(change.value(u"changes"_s).toObject().contains(u"lines"_s));
    CHECK(change.value(u"changes"_s).toObject().value(u"title"_s).toObject().value(u"new"_s).toString() == u"Spare cameras"_s);

    REQUIRE(act(*east1, id, u"submit"_s).status == 200);
    const Answer refused = patch(*east1, id, {{u"title"_s, u"too late"_s}});
    CHECK(refused.status == 409);
    CHECK(refused.errorCode() == u"quote_not_editable"_s);
    CHECK(refused.json.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"new revision"_s));
    CHECK(quote(*east1, id).value(u"title"_s).toString() == u"Spare cameras"_s);
}

// ---------------------------------------------------------------------------------------------
// Numbering
// ---------------------------------------------------------------------------------------------

TEST_CASE("Quote numbers follow the pattern, run on without gaps or repeats, and restart each year", "[quotes][numbering]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto admin = fixture.login(u"admin"_s);
    const QJsonObject body = document(unquotedCustomer(fixture), u"CNY"_s, {line(u"A"_s, 1, 100, u"CNY"_s)});
    const qint64 highest = scalar(fixture, u"SELECT MAX(CAST(substr(number, 8) AS INTEGER)) FROM quotes WHERE number LIKE 'Q-2026-%'"_s);

    QStringList numbers;
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject quote = created(*east1, body);
        numbers.append(quote.value(u"number"_s).toString());
        ids.append(quote.value(u"id"_s).toInteger());
    }
    CHECK(numbers == QStringList{u"Q-2026-%1"_s.arg(highest + 1, 5, 10, QChar(u'0')), u"Q-2026-%1"_s.arg(highest + 2, 5, 10, QChar(u'0')),
                                 u"Q-2026-%1"_s.arg(highest + 3, 5, 10, QChar(u'0'))});
    CHECK(scalar(fixture, u"SELECT COUNT(*) FROM (SELECT number FROM quotes WHERE revision = 1 GROUP BY number HAVING COUNT(*) > 1)"_s) == 0);

    SECTION("a revision keeps the number")
    {
        REQUIRE(act(*east1, ids.at(0), u"submit"_s).status == 200);
        const Answer revised = act(*east1, ids.at(0), u"revise"_s);
        REQUIRE(revised.status == 201);
        CHECK(revised.json.value(u"number"_s).toString() == numbers.at(0));
        CHECK(revised.json.value(u"revision_label"_s).toString() == u"B"_s);
        // ...and takes no number from the sequence.
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"Q-2026-%1"_s.arg(highest + 4, 5, 10, QChar(u'0')));
    }
    SECTION("the first quote of a new year starts again at 1")
    {
        fixture.advanceClock(qint64(QDate(2026, 11, 2).daysTo(QDate(2027, 1, 1))) * 24 * 3600);
        east1 = fixture.login(u"sales.east1"_s);
        admin = fixture.login(u"admin"_s);
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"Q-2027-00001"_s);
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"Q-2027-00002"_s);

        // A pattern that prints the same text for another period skips the numbers already given.
        REQUIRE(ServerFixture::call(*admin, "PUT", u"/settings/quotes"_s,
                                    {{u"number_pattern"_s, u"Q-2027-{SEQ:5}"_s}, {u"discount_threshold_bp"_s, 1500}})
                    .status == 200);
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"Q-2027-00003"_s);
    }
    SECTION("the administrator sets the pattern")
    {
        const QJsonObject wanted{{u"number_pattern"_s, u"TW{YY}{MM}-{SEQ:3}"_s}, {u"discount_threshold_bp"_s, 2000}};
        CHECK(ServerFixture::call(*east1, "PUT", u"/settings/quotes"_s, wanted).status == 403);
        const Answer stored = ServerFixture::call(*admin, "PUT", u"/settings/quotes"_s, wanted);
        REQUIRE(stored.status == 200);
        CHECK(ServerFixture::get(*east1, u"/settings/quotes"_s).json == wanted);
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"TW2611-001"_s);
        CHECK(created(*east1, body).value(u"number"_s).toString() == u"TW2611-002"_s);

        for (const QString &bad : {u"Q-{YYYY}"_s, u"Q-{SEQ}-{SEQ}"_s, u"Q-{DD}-{SEQ}"_s, u"Q-{SEQ:0}"_s, u"Q-{YYYY-{SEQ}"_s,
                                   u"Q}-{SEQ}"_s, u"Q-{SEQ:5}-with-a-pattern-far-too-long-for-numbers"_s}) {
            INFO(bad.toStdString());
            const Answer refused = ServerFixture::call(*admin, "PUT", u"/settings/quotes"_s,
                                                       {{u"number_pattern"_s, bad}, {u"discount_threshold_bp"_s, 1500}});
            CHECK(refused.status == 400);
            CHECK(refused.errorField() == u"number_pattern"_s);
        }
        CHECK(ServerFixture::call(*admin, "PUT", u"/settings/quotes"_s, {{u"number_pattern"_s, u"Q-{SEQ}"_s}, {u"discount_threshold_bp"_s, 10001}})
                  .errorField()
              == u"discount_threshold_bp"_s);
        CHECK(ServerFixture::get(*east1, u"/settings/quotes"_s).json == wanted);
    }
}

// ---------------------------------------------------------------------------------------------
// Similar quotes, copies, revisions
// ---------------------------------------------------------------------------------------------

TEST_CASE("Similar quotes rank the same customer first, then shared products, then recency", "[quotes][similar]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto west1 = fixture.login(u"sales.west1"_s);
    const qint64 customer = unquotedCustomer(fixture);
    const qint64 other = unquotedCustomer(fixture, 1);
    const auto make = [&](ApiClient &client, qint64 customerId, const QString &date, const QStringList &codes) {
        QJsonArray lines;
        for (const QString &code : codes)
            lines.append(line(code, 1, 100, u"CNY"_s, 0, code));
        if (lines.isEmpty())
            lines.append(line(u"Something else"_s, 1, 100, u"CNY"_s));
        QJsonObject body = document(customerId, u"CNY"_s, lines);
        body.insert(u"quote_date"_s, date);
        body.insert(u"valid_until"_s, u"2027-06-30"_s);
        const qint64 id = created(client, body).value(u"id"_s).toInteger();
        fixture.advanceClock(60);
        return id;
    };
    const qint64 sameCustomerOld = make(*east1, customer, u"2026-01-15"_s, {});
    const qint64 threeShared = make(*east1, other, u"2026-11-01"_s, {u"T-A"_s, u"T-B"_s, u"T-C"_s, u"T-X"_s});
    const qint64 oneSharedRecent = make(*east1, other, u"2026-10-20"_s, {u"T-B"_s});
    const qint64 sameCustomerOneShared = make(*east1, customer, u"2026-10-30"_s, {u"T-C"_s});
    const qint64 unrelated = make(*east1, other, u"2026-11-01"_s, {u"T-Z"_s});
    const qint64 oneSharedOld = make(*east1, other, u"2026-04-01"_s, {u"T-A"_s});
    const qint64 westSameCustomer = make(*west1, customer, u"2026-11-01"_s, {u"T-A"_s});
    const qint64 base = make(*east1, customer, u"2026-11-02"_s, {u"T-A"_s, u"T-B"_s, u"T-C"_s, u"T-A"_s});
    const qint64 later = make(*east1, customer, u"2026-11-02"_s, {u"T-A"_s});

    const Answer answer = ServerFixture::get(*east1, u"/quotes/%1/similar"_s.arg(base));
    INFO(answer.body.toStdString());
    REQUIRE(answer.status == 200);
    const QJsonArray items = answer.json.value(u"items"_s).toArray();
    CHECK(idsOf(items) == QList<qint64>{sameCustomerOneShared, sameCustomerOld, threeShared, oneSharedRecent, oneSharedOld});
    CHECK_FALSE(idsOf(items).contains(unrelated));
    CHECK_FALSE(idsOf(items).contains(later));
    const auto item = [&](int index) { return items.at(index).toObject(); };
    // Same customer 1000, each shared product 10, recency 9 in the quote's month and one less per month.
    CHECK(item(0).value(u"score"_s).toInt() == 1000 + 10 + 9);
    CHECK(item(0).value(u"same_customer"_s).toBool());
    CHECK(item(0).value(u"shared_products"_s).toInt() == 1);
    CHECK(item(1).value(u"score"_s).toInt() == 1000);
    CHECK(item(2).value(u"score"_s).toInt() == 30 + 9);
    CHECK(item(2).value(u"shared_products"_s).toInt() == 3);
    CHECK_FALSE(item(2).value(u"same_customer"_s).toBool());
    CHECK(item(3).value(u"score"_s).toInt() == 10 + 9);
    CHECK(item(4).value(u"score"_s).toInt() == 10 + 2);
    CHECK(item(0).value(u"number"_s).toString().startsWith(u"Q-2026-"_s));
    CHECK_FALSE(item(0).contains(u"lines"_s));

    CHECK(idsOf(ServerFixture::get(*east1, u"/quotes/%1/similar"_s.arg(base), params({{u"limit"_s, u"2"_s}})).json.value(u"items"_s).toArray())
          == QList<qint64>{sameCustomerOneShared, sameCustomerOld});
    // The director sees the west quote too: same customer and a shared product, the freshest of those.
    auto director = fixture.login(u"director"_s);
    CHECK(idsOf(ServerFixture::get(*director, u"/quotes/%1/similar"_s.arg(base)).json.value(u"items"_s).toArray()).at(0) == westSameCustomer);
    CHECK(ServerFixture::get(*east1, u"/quotes/%1/similar"_s.arg(base), params({{u"limit"_s, u"0"_s}})).errorField() == u"limit"_s);

    SECTION("a revised quote is found once, as its current revision")
    {
        REQUIRE(act(*east1, threeShared, u"submit"_s).status == 200);
        const qint64 revision = act(*east1, threeShared, u"revise"_s).json.value(u"id"_s).toInteger();
        fixture.advanceClock(60);
        const qint64 newBase = make(*east1, customer, u"2026-11-02"_s, {u"T-A"_s, u"T-B"_s, u"T-C"_s});
        const QList<qint64> ids = idsOf(ServerFixture::get(*east1, u"/quotes/%1/similar"_s.arg(newBase)).json.value(u"items"_s).toArray());
        CHECK(ids.contains(revision));
        CHECK_FALSE(ids.contains(threeShared));
    }
}

TEST_CASE("Copying lines appends another quote's lines in the same currency", "[quotes][copy]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = unquotedCustomer(fixture);
    const qint64 target = created(*east1, document(customer, u"CNY"_s, {line(u"Own"_s, 1, 1000, u"CNY"_s)})).value(u"id"_s).toInteger();
    const qint64 source = created(*east1, document(customer, u"CNY"_s,
                                                   {line(u"Camera"_s, 2, 5000, u"CNY"_s, 1000, u"TW-CAM-LS4K"_s),
                                                    line(u"Lens"_s, 1, 3000, u"CNY"_s)}))
                              .value(u"id"_s)
                              .toInteger();
    const QString path = u"/quotes/%1/copy-lines"_s.arg(target);

    const Answer copied = ServerFixture::call(*east1, "POST", path, {{u"from"_s, source}});
    INFO(copied.body.toStdString());
    REQUIRE(copied.status == 200);
    const QJsonArray lines = copied.json.value(u"lines"_s).toArray();
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).toObject().value(u"name_en"_s).toString() == u"Own"_s);
    CHECK(lines.at(1).toObject().value(u"product_code"_s).toString() == u"TW-CAM-LS4K"_s);
    CHECK(lines.at(1).toObject().value(u"discount_bp"_s).toInt() == 1000);
    CHECK(copied.json.value(u"totals"_s).toObject().value(u"subtotal"_s).toObject() == moneyJson(1000 + 9000 + 3000, u"CNY"_s));
    CHECK(copied.json.value(u"version"_s).toInteger() == 2);
    CHECK(quote(*east1, source).value(u"lines"_s).toArray().size() == 2);

    const qint64 dollars = created(*east1, document(customer, u"USD"_s, {line(u"Dollar"_s, 1, 1000, u"USD"_s)})).value(u"id"_s).toInteger();
    const Answer otherCurrency = ServerFixture::call(*east1, "POST", path, {{u"from"_s, dollars}});
    CHECK(otherCurrency.status == 400);
    CHECK(otherCurrency.errorField() == u"from"_s);
    CHECK(ServerFixture::call(*east1, "POST", path, {}).errorField() == u"from"_s);

    // A quote out of reach is refused like one that does not exist.
    auto west1 = fixture.login(u"sales.west1"_s);
    const qint64 westQuote = created(*west1, document(customer, u"CNY"_s, {line(u"West"_s, 1, 100, u"CNY"_s)})).value(u"id"_s).toInteger();
    const Answer hidden = ServerFixture::call(*east1, "POST", path, {{u"from"_s, westQuote}});
    const Answer missing = ServerFixture::call(*east1, "POST", path, {{u"from"_s, NonexistentId}});
    CHECK(hidden.status == 400);
    CHECK(hidden.errorField() == u"from"_s);
    CHECK(hidden.body == QString::fromUtf8(missing.body).replace(QString::number(NonexistentId), QString::number(westQuote)).toUtf8());

    REQUIRE(act(*east1, target, u"submit"_s).status == 200);
    const Answer notEditable = ServerFixture::call(*east1, "POST", path, {{u"from"_s, source}});
    CHECK(notEditable.status == 409);
    CHECK(notEditable.errorCode() == u"quote_not_editable"_s);
}

TEST_CASE("Copying a quote makes a new draft with a new number", "[quotes][copy]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 approved = scalar(fixture, u"SELECT MIN(id) FROM quotes WHERE status = 'approved' AND superseded_by_id IS NULL "
                                            u"AND owner_id = :id"_s,
                                   fixture.employeeId(u"sales.east1"_s));
    REQUIRE(approved > 0);
    const QJsonObject source = quote(*east1, approved);
    const Answer copy = act(*east1, approved, u"copy"_s);
    INFO(copy.body.toStdString());
    REQUIRE(copy.status == 201);
    CHECK(copy.json.value(u"number"_s) != source.value(u"number"_s));
    CHECK(copy.json.value(u"revision"_s).toInt() == 1);
    CHECK(copy.json.value(u"status"_s).toString() == u"draft"_s);
    CHECK(copy.json.value(u"approvals"_s).toArray().isEmpty());
    CHECK(copy.json.value(u"quote_date"_s).toString() == u"2026-11-02"_s);
    for (const QString &field : {u"customer_id"_s, u"opportunity_id"_s, u"contact_id"_s, u"currency"_s, u"incoterm"_s,
                                 u"payment_terms"_s, u"language"_s, u"lines"_s, u"totals"_s})
        CHECK(copy.json.value(field) == source.value(field));
    CHECK(quote(*east1, approved).value(u"status"_s).toString() == u"approved"_s);
}

TEST_CASE("A new revision keeps the number and the old one stays readable and unchanged", "[quotes][revisions]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const QJsonObject original = created(*east1, document(unquotedCustomer(fixture), u"EUR"_s,
                                                          {line(u"Tube"_s, 2, 950000, u"EUR"_s, 500)}));
    const qint64 id = original.value(u"id"_s).toInteger();

    const Answer draftRevision = act(*east1, id, u"revise"_s);
    CHECK(draftRevision.status == 409);
    CHECK(draftRevision.errorCode() == u"quote_not_revisable"_s);

    REQUIRE(act(*east1, id, u"submit"_s).status == 200);
    REQUIRE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(id));
    const QJsonObject submitted = quote(*east1, id);
    fixture.advanceClock(24 * 3600);
    east1 = fixture.login(u"sales.east1"_s); // the next day: new sessions
    manager = fixture.login(u"manager.east"_s);
    const Answer revised = act(*east1, id, u"revise"_s);
    INFO(revised.body.toStdString());
    REQUIRE(revised.status == 201);
    const qint64 revisionId = revised.json.value(u"id"_s).toInteger();
    CHECK(revised.json.value(u"number"_s) == original.value(u"number"_s));
    CHECK(revised.json.value(u"revision"_s).toInt() == 2);
    CHECK(revised.json.value(u"revision_label"_s).toString() == u"B"_s);
    CHECK(revised.json.value(u"family_id"_s).toInteger() == id);
    CHECK(revised.json.value(u"status"_s).toString() == u"draft"_s);
    CHECK(revised.json.value(u"lines"_s) == original.value(u"lines"_s));
    CHECK(revised.json.value(u"quote_date"_s).toString() == u"2026-11-03"_s);

    // Revision A: readable, unchanged but for the link to B, its pending approval withdrawn.
    QJsonObject old = quote(*east1, id);
    CHECK(old.value(u"superseded_by_id"_s).toInteger() == revisionId);
    CHECK(old.value(u"status"_s).toString() == u"submitted"_s);
    CHECK(old.value(u"lines"_s) == submitted.value(u"lines"_s));
    CHECK(old.value(u"totals"_s) == submitted.value(u"totals"_s));
    CHECK(old.value(u"approvals"_s).toArray().isEmpty());
    CHECK_FALSE(itemIds(ServerFixture::get(*manager, u"/approvals"_s)).contains(id));

    const Answer revisions = ServerFixture::get(*east1, u"/quotes/%1/revisions"_s.arg(revisionId));
    REQUIRE(revisions.status == 200);
    CHECK(itemIds(revisions) == QList<qint64>{id, revisionId});
    CHECK(itemIds(ServerFixture::get(*east1, u"/quotes/%1/revisions"_s.arg(id))) == QList<qint64>{id, revisionId});
    const QString number = original.value(u"number"_s).toString();
    CHECK(itemIds(ServerFixture::get(*east1, u"/quotes"_s, params({{u"q"_s, number}}))) == QList<qint64>{revisionId});
    CHECK(itemIds(ServerFixture::get(*east1, u"/quotes"_s, params({{u"q"_s, number}, {u"all_revisions"_s, u"true"_s}, {u"sort"_s, u"created_at"_s}})))
          == QList<qint64>{id, revisionId});

    // Only the current revision takes actions.
    for (const QString &action : {u"revise"_s, u"submit"_s, u"win"_s}) {
        INFO(action.toStdString());
        const Answer refused = act(*east1, id, action);
        CHECK(refused.status == 409);
        CHECK(refused.errorCode() == u"quote_superseded"_s);
    }
    CHECK(patch(*east1, id, {{u"title"_s, u"x"_s}}).errorCode() == u"quote_superseded"_s);
    CHECK(act(*manager, id, u"approve"_s).errorCode() == u"quote_superseded"_s);
    CHECK(quote(*east1, id).value(u"version"_s) == old.value(u"version"_s));
    // Its history tells what happened.
    const QJsonArray history = ServerFixture::get(*east1, u"/quotes/%1/history"_s.arg(id)).json.value(u"items"_s).toArray();
    CHECK(history.at(0).toObject().value(u"action"_s).toString() == u"revise"_s);
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

TEST_CASE("The company profile is read by everyone and set by the administrator", "[quotes][settings]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    auto admin = fixture.login(u"admin"_s);
    const Answer demo = ServerFixture::get(*east1, u"/settings/company-profile"_s);
    REQUIRE(demo.status == 200);
    CHECK(demo.json.value(u"name_en"_s).toString() == u"Tradewind Inspection Systems Co., Ltd."_s);
    CHECK(demo.json.value(u"name_zh"_s).toString() == u"信风检测系统有限公司"_s);
    CHECK(demo.json.value(u"address_en"_s).toString().contains(u"Suzhou"_s));

    QJsonObject wanted = demo.json;
    wanted.insert(u"phone"_s, u"+86 512 0000 0000"_s);
    wanted.insert(u"logo"_s, QString::fromLatin1(QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>").toBase64()));
    CHECK(ServerFixture::call(*east1, "PUT", u"/settings/company-profile"_s, wanted).status == 403);
    const Answer stored = ServerFixture::call(*admin, "PUT", u"/settings/company-profile"_s, wanted);
    INFO(stored.body.toStdString());
    REQUIRE(stored.status == 200);
    CHECK(ServerFixture::get(*east1, u"/settings/company-profile"_s).json == wanted);

    QJsonObject nameless = wanted;
    nameless.insert(u"name_en"_s, u""_s);
    CHECK(ServerFixture::call(*admin, "PUT", u"/settings/company-profile"_s, nameless).errorField() == u"name_en"_s);
    QJsonObject badLogo = wanted;
    badLogo.insert(u"logo"_s, u"!!!"_s);
    CHECK(ServerFixture::call(*admin, "PUT", u"/settings/company-profile"_s, badLogo).errorField() == u"logo"_s);
    QJsonObject unknown = wanted;
    unknown.insert(u"fax"_s, u"1"_s);
    CHECK(ServerFixture::call(*admin, "PUT", u"/settings/company-profile"_s, unknown).errorField() == u"fax"_s);
    CHECK(ServerFixture::get(*east1, u"/settings/company-profile"_s).json == wanted);
}

// ---------------------------------------------------------------------------------------------
// Visibility
// ---------------------------------------------------------------------------------------------

TEST_CASE("Every quote endpoint answers a quote out of reach exactly like one that does not exist", "[quotes][visibility]")
{
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 customer = unquotedCustomer(fixture);
    const QJsonObject own = created(*east1, document(customer, u"CNY"_s, {line(u"Secret line"_s, 1, 4242, u"CNY"_s)}));
    const qint64 id = own.value(u"id"_s).toInteger();

    struct Endpoint
    {
        QByteArray verb;
        QString suffix;
        QJsonObject body;
    };
    const QList<Endpoint> endpoints = {
        {"GET", u""_s, {}},
        {"GET", u"/similar"_s, {}},
        {"GET", u"/revisions"_s, {}},
        {"GET", u"/history"_s, {}},
        {"PATCH", u""_s, {{u"title"_s, u"x"_s}}},
        {"POST", u"/copy-lines"_s, {{u"from"_s, id}}},
        {"POST", u"/copy"_s, {}},
        {"POST", u"/revise"_s, {}},
        {"POST", u"/submit"_s, {}},
        {"POST", u"/approve"_s, {{u"comment"_s, u"ok"_s}}},
        {"POST", u"/reject"_s, {{u"comment"_s, u"no"_s}}},
        {"POST", u"/win"_s, {{u"notes"_s, u""_s}}},
        {"POST", u"/lose"_s, {{u"reason"_s, u"price"_s}}},
    };
    const auto call = [](ApiClient &client, const Endpoint &endpoint, qint64 quoteId) {
        return ServerFixture::call(client, endpoint.verb, u"/quotes/%1%2"_s.arg(quoteId).arg(endpoint.suffix), endpoint.body, "\"1\"");
    };

    const QStringList hiddenFrom = {u"sales.east2"_s, u"manager.west"_s, u"sales.west1"_s, u"finance"_s, u"contracts"_s, u"admin"_s};
    for (const QString &login : hiddenFrom) {
        auto client = fixture.login(login);
        for (const Endpoint &endpoint : endpoints) {
            INFO(login.toStdString() << ' ' << endpoint.verb.toStdString() << ' ' << endpoint.suffix.toStdString());
            const Answer hidden = call(*client, endpoint, id);
            const Answer missing = call(*client, endpoint, NonexistentId);
            CHECK(hidden.status == 404);
            CHECK(hidden.body == missing.body);
        }
        CHECK_FALSE(itemIds(ServerFixture::get(*client, u"/quotes"_s, params({{u"limit"_s, u"200"_s}}))).contains(id));
        CHECK(ServerFixture::get(*client, u"/quotes"_s, params({{u"customer_id"_s, QString::number(customer)}})).json.value(u"total"_s).toInteger() == 0);
        CHECK(ServerFixture::get(*client, u"/quotes"_s, params({{u"q"_s, u"Test quote"_s}})).json.value(u"total"_s).toInteger() == 0);
    }
    CHECK(quote(*east1, id).value(u"version"_s).toInteger() == 1);

    // Reading works for the owner, the supervisors and the executive.
    for (const QString &login : {u"sales.east1"_s, u"manager.east"_s, u"director"_s}) {
        INFO(login.toStdString());
        auto client = fixture.login(login);
        for (const Endpoint &endpoint : endpoints.mid(0, 4))
            CHECK(call(*client, endpoint, id).status == 200);
        CHECK(itemIds(ServerFixture::get(*client, u"/quotes"_s, params({{u"customer_id"_s, QString::number(customer)}}))) == QList<qint64>{id});
    }
}

TEST_CASE("Quote lists hold exactly the quotes within reach, filtered and sorted", "[quotes][visibility]")
{
    ServerFixture fixture;
    const QList<QPair<QString, QString>> reach = {
        {u"sales.east1"_s, u"owner_id = (SELECT id FROM employees WHERE login = 'sales.east1')"_s},
        {u"manager.east"_s, u"owner_id IN (SELECT descendant_id FROM employee_tree WHERE ancestor_id = "
                            u"(SELECT id FROM employees WHERE login = 'manager.east'))"_s},
        {u"director"_s, u"1 = 1"_s},
        {u"finance"_s, u"0 = 1"_s}};
    for (const auto &[login, condition] : reach) {
        INFO(login.toStdString());
        auto client = fixture.login(login);
        const qint64 expected = scalar(fixture, u"SELECT COUNT(*) FROM quotes WHERE superseded_by_id IS NULL AND "_s + condition);
        const Answer page = ServerFixture::get(*client, u"/quotes"_s, params({{u"limit"_s, u"200"_s}}));
        REQUIRE(page.status == 200);
        CHECK(page.json.value(u"total"_s).toInteger() == expected);
        CHECK(page.json.value(u"items"_s).toArray().size() == expected);
        const qint64 allRevisions = scalar(fixture, u"SELECT COUNT(*) FROM quotes WHERE "_s + condition);
        CHECK(ServerFixture::get(*client, u"/quotes"_s, params({{u"all_revisions"_s, u"true"_s}})).json.value(u"total"_s).toInteger()
              == allRevisions);
    }
    auto manager = fixture.login(u"manager.east"_s);
    const Answer won = ServerFixture::get(*manager, u"/quotes"_s, params({{u"status"_s, u"won,lost"_s}, {u"sort"_s, u"-total"_s}}));
    REQUIRE(won.status == 200);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue &value : won.json.value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        CHECK((item.value(u"status"_s).toString() == u"won"_s || item.value(u"status"_s).toString() == u"lost"_s));
        CHECK_FALSE(item.contains(u"lines"_s));
        const qint64 total = minorOf(item.value(u"totals"_s).toObject().value(u"total"_s));
        CHECK(total <= previous);
        previous = total;
    }
    CHECK(won.json.value(u"total"_s).toInteger() > 0);
    const qint64 east2 = fixture.employeeId(u"sales.east2"_s);
    for (const QJsonValue &value : ServerFixture::get(*manager, u"/quotes"_s, params({{u"owner_id"_s, QString::number(east2)}})).json.value(u"items"_s).toArray())
        CHECK(value.toObject().value(u"owner_id"_s).toInteger() == east2);
    CHECK(ServerFixture::get(*manager, u"/quotes"_s, params({{u"status"_s, u"done"_s}})).errorField() == u"status"_s);
    CHECK(ServerFixture::get(*manager, u"/quotes"_s, params({{u"sort"_s, u"colour"_s}})).errorField() == u"sort"_s);
}
