#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#include "catchqt.h"

#include <catch2/catch.hpp>

#include "money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <limits>
#include <stdexcept>

using namespace Qt::StringLiterals;
using Tradewind::Money;

namespace {

constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();

const QString CNY = u"CNY"_s;
const QString USD = u"USD"_s;
const QString JPY = u"JPY"_s;
const QString KWD = u"KWD"_s;

Money cny(qint64 minor)
{
    return Money(minor, CNY);
}

QList<qint64> minorUnitsOf(const QList<Money> &parts)
{
    QList<qint64> result;
    for (const Money &part : parts)
        result.append(part.minorUnits());
    return result;
}

/** Serialises through JSON text, as the wire does, and back. */
QJsonValue throughText(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

QJsonObject moneyObject(const QJsonValue &minor, const QString &currency)
{
    return QJsonObject{{u"minor"_s, minor}, {u"currency"_s, currency}};
}

QJsonObject moneyFromText(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace

TEST_CASE("Money construction and validity", "[money]")
{
    CHECK_FALSE(Money().isValid());
    CHECK(Money().minorUnits() == 0);
    CHECK(Money().currency().isEmpty());

    const Money zero = Money::zero(CNY);
    CHECK(zero.isValid());
    CHECK(zero.minorUnits() == 0);
    CHECK(zero.currency() == CNY);

    const Money amount(123450, USD);
    CHECK(amount.minorUnits() == 123450);
    CHECK(amount.currency() == USD);
}

TEST_CASE("Money equality includes the currency", "[money]")
{
    CHECK(cny(100) == cny(100));
    CHECK_FALSE(cny(100) == cny(101));
    CHECK_FALSE(cny(100) == Money(100, USD));
}

TEST_CASE("Money arithmetic in one currency", "[money]")
{
    CHECK(cny(1050) + cny(275) == cny(1325));
    CHECK(cny(1050) - cny(2000) == cny(-950));
    CHECK(cny(-300) + cny(-200) == cny(-500));
    CHECK(-cny(1050) == cny(-1050));
    CHECK(-cny(-7) == cny(7));

    Money running = cny(100);
    running += cny(50);
    CHECK(running == cny(150));
    running -= cny(200);
    CHECK(running == cny(-50));

    CHECK(cny(99) < cny(100));
    CHECK_FALSE(cny(100) < cny(100));
    CHECK_FALSE(cny(101) < cny(100));
    CHECK(cny(-1) < cny(0));

    CHECK(cny(250).multipliedBy(3) == cny(750));
    CHECK(cny(250).multipliedBy(-2) == cny(-500));
    CHECK(cny(250).multipliedBy(0) == cny(0));

    // The currency survives the arithmetic.
    CHECK((Money(5, JPY) + Money(7, JPY)).currency() == JPY);
    CHECK(Money(5, KWD).multipliedBy(3, 2).currency() == KWD);
}

TEST_CASE("Money arithmetic across currencies throws", "[money]")
{
    const Money yuan = cny(100);
    const Money dollars(100, USD);
    CHECK_THROWS_AS(yuan + dollars, std::domain_error);
    CHECK_THROWS_AS(yuan - dollars, std::domain_error);
    CHECK_THROWS_AS(yuan < dollars, std::domain_error);
    // An invalid (currency-less) amount does not silently take on a currency either.
    CHECK_THROWS_AS(yuan + Money(), std::domain_error);

    Money target = cny(100);
    CHECK_THROWS_AS(target += dollars, std::domain_error);
    CHECK(target == cny(100));
    CHECK_THROWS_AS(target -= dollars, std::domain_error);
    CHECK(target == cny(100));
}

TEST_CASE("Money overflow throws instead of wrapping", "[money]")
{
    CHECK_THROWS_AS(cny(Max) + cny(1), std::overflow_error);
    CHECK_THROWS_AS(cny(Min) + cny(-1), std::overflow_error);
    CHECK_THROWS_AS(cny(Min) - cny(1), std::overflow_error);
    CHECK_THROWS_AS(cny(-2) - cny(Max), std::overflow_error);
    // Negating the most negative amount has no representable result.
    CHECK_THROWS_AS(-cny(Min), std::overflow_error);
    CHECK_THROWS_AS(cny(0) - cny(Min), std::overflow_error);
    CHECK_THROWS_AS(cny(Max).multipliedBy(2), std::overflow_error);
    CHECK_THROWS_AS(cny(Min).multipliedBy(-1), std::overflow_error);
    CHECK_THROWS_AS(cny(Max).multipliedBy(3, 2), std::overflow_error);
    CHECK_THROWS_AS(cny(2).multipliedBy(Max, 1), std::overflow_error);

    Money target = cny(Max);
    CHECK_THROWS_AS(target += cny(1), std::overflow_error);
    CHECK(target == cny(Max));

    // Results at the edges are still fine, and intermediate products may exceed 64 bits.
    CHECK(cny(Max - 1) + cny(1) == cny(Max));
    CHECK(cny(Min + 1) - cny(1) == cny(Min));
    CHECK(cny(-1) - cny(Max) == cny(Min));
    CHECK(cny(-1) - cny(Min) == cny(Max));
    CHECK(cny(Min) - cny(Min) == cny(0));
    CHECK(-cny(Max) == cny(Min + 1));
    CHECK(cny(Max).multipliedBy(3, 3) == cny(Max));
    CHECK(cny(Min).multipliedBy(7, 7) == cny(Min));
    CHECK(cny(Max).multipliedBy(1, 2) == cny(Max / 2 + 1)); // ...03.5 rounds up
}

TEST_CASE("multipliedBy(numerator, denominator) rounds half away from zero", "[money][rounding]")
{
    struct Case
    {
        qint64 minor;
        qint64 numerator;
        qint64 denominator;
        qint64 expected;
    };
    const Case cases[] = {
        // exact .5 in both directions
        {125, 1, 10, 13},
        {-125, 1, 10, -13},
        {5, 1, 2, 3},
        {-5, 1, 2, -3},
        {1, 1, 2, 1},
        {-1, 1, 2, -1},
        {3, 1, 2, 2},
        {-3, 1, 2, -2},
        // just below and above .5
        {124, 1, 10, 12},
        {-124, 1, 10, -12},
        {126, 1, 10, 13},
        {-126, 1, 10, -13},
        {1, 1, 3, 0},
        {-1, 1, 3, 0},
        {2, 1, 3, 1},
        {-2, 1, 3, -1},
        // signs carried by numerator or denominator
        {125, -1, 10, -13},
        {125, 1, -10, -13},
        {-125, 1, -10, 13},
        {125, -1, -10, 13},
        // 17 % of 0.50 is 0.085 -> 0.09; 13 % of 100.00 is exact
        {50, 17, 100, 9},
        {-50, 17, 100, -9},
        {10000, 13, 100, 1300},
        {0, 5, 7, 0},
        // 1/3 of 100.00 and 2/3 of it
        {10000, 1, 3, 3333},
        {10000, 2, 3, 6667},
        {-10000, 2, 3, -6667},
    };
    for (const Case &c : cases) {
        INFO(c.minor << " * " << c.numerator << " / " << c.denominator);
        CHECK(cny(c.minor).multipliedBy(c.numerator, c.denominator) == cny(c.expected));
    }

    CHECK(Tradewind::divideRoundHalfAwayFromZero(7, 2) == 4);
    CHECK(Tradewind::divideRoundHalfAwayFromZero(-7, 2) == -4);
    CHECK(Tradewind::divideRoundHalfAwayFromZero(7, -2) == -4);
    CHECK(Tradewind::divideRoundHalfAwayFromZero(-7, -2) == 4);
    CHECK(Tradewind::divideRoundHalfAwayFromZero(6, 4) == 2);
    CHECK(Tradewind::divideRoundHalfAwayFromZero(5, 4) == 1);
}

TEST_CASE("multipliedBy with a zero denominator throws", "[money][rounding]")
{
    CHECK_THROWS_AS(cny(100).multipliedBy(1, 0), std::domain_error);
    CHECK_THROWS_AS(Tradewind::divideRoundHalfAwayFromZero(1, 0), std::domain_error);
}

TEST_CASE("allocate splits exactly with the remainder on the last part", "[money][allocate]")
{
    SECTION("30/60/10 of an odd amount")
    {
        // 1000.01: 3000.3 -> 3000, 6000.6 -> 6001, and the last takes what is left (1000).
        const QList<Money> parts = cny(100001).allocate({30, 60, 10});
        REQUIRE(parts.size() == 3);
        CHECK(minorUnitsOf(parts) == QList<qint64>{30000, 60001, 10000});
        for (const Money &part : parts)
            CHECK(part.currency() == CNY);
    }
    SECTION("the last part absorbs the rounding difference")
    {
        // 0.05: 1.5 -> 2, 3 -> 3; the last part's own share (0.5) would round to 1 but only 0 is left.
        CHECK(minorUnitsOf(cny(5).allocate({30, 60, 10})) == QList<qint64>{2, 3, 0});
        // 1.00 in three: 33, 33 and the remaining 34.
        CHECK(minorUnitsOf(cny(100).allocate({1, 1, 1})) == QList<qint64>{33, 33, 34});
        // 0.02 in three: 0.67 -> 1, 0.67 -> 1, nothing left for the last.
        CHECK(minorUnitsOf(cny(2).allocate({1, 1, 1})) == QList<qint64>{1, 1, 0});
    }
    SECTION("negative amounts round away from zero")
    {
        CHECK(minorUnitsOf(cny(-5).allocate({30, 60, 10})) == QList<qint64>{-2, -3, 0});
        CHECK(minorUnitsOf(cny(-100001).allocate({30, 60, 10})) == QList<qint64>{-30000, -60001, -10000});
    }
    SECTION("the parts always sum to the amount")
    {
        const qint64 amounts[] = {1, 3, 7, 101, 99999, -99999, 123456789, -1, Max, Min};
        const QList<QList<qint64>> weightSets = {{30, 60, 10}, {1, 1, 1}, {1, 2}, {7}, {3, 0, 5, 0}, {1, 1, 1, 1, 1, 1, 1}};
        for (qint64 amount : amounts) {
            for (const QList<qint64> &weights : weightSets) {
                INFO("amount " << amount << ", " << weights.size() << " weights, first " << weights.first());
                const QList<Money> parts = cny(amount).allocate(weights);
                REQUIRE(parts.size() == weights.size());
                __int128 sum = 0;
                for (const Money &part : parts)
                    sum += part.minorUnits();
                CHECK(sum == amount);
            }
        }
    }
    SECTION("zero weights get nothing")
    {
        CHECK(minorUnitsOf(cny(1000).allocate({0, 1, 0})) == QList<qint64>{0, 1000, 0});
        CHECK(minorUnitsOf(cny(1000).allocate({1, 0})) == QList<qint64>{1000, 0});
        CHECK(minorUnitsOf(cny(999).allocate({0, 0, 3})) == QList<qint64>{0, 0, 999});
    }
    SECTION("weights that sum to zero throw")
    {
        CHECK_THROWS_AS(cny(1000).allocate({0, 0, 0}), std::domain_error);
        CHECK_THROWS_AS(cny(1000).allocate({0}), std::domain_error);
    }
    SECTION("no weights, no parts")
    {
        CHECK(cny(1000).allocate({}).isEmpty());
    }
    SECTION("a single weight takes everything")
    {
        CHECK(minorUnitsOf(cny(12345).allocate({42})) == QList<qint64>{12345});
    }
}

TEST_CASE("minorDigits follows ISO 4217", "[money]")
{
    CHECK(Money::minorDigits(JPY) == 0);
    CHECK(Money::minorDigits(u"KRW"_s) == 0);
    CHECK(Money::minorDigits(CNY) == 2);
    CHECK(Money::minorDigits(USD) == 2);
    CHECK(Money::minorDigits(u"EUR"_s) == 2);
    CHECK(Money::minorDigits(KWD) == 3);
    CHECK(Money::minorDigits(u"BHD"_s) == 3);
}

TEST_CASE("isValidCurrencyCode accepts active ISO 4217 codes only", "[money]")
{
    CHECK(Money::isValidCurrencyCode(CNY));
    CHECK(Money::isValidCurrencyCode(u"EUR"_s));
    for (const QString &code : {u"USD"_s, u"JPY"_s, u"KWD"_s, u"GBP"_s, u"CHF"_s, u"HKD"_s, u"KRW"_s, u"XOF"_s})
        CHECK(Money::isValidCurrencyCode(code));
    // Not a currency (XXX), for testing (XTS), gold, a fund, withdrawn, or made up.
    for (const QString &code : {u"XXX"_s, u"XTS"_s, u"XAU"_s, u"XDR"_s, u"DEM"_s, u"ABC"_s})
        CHECK_FALSE(Money::isValidCurrencyCode(code));
    CHECK_FALSE(Money::isValidCurrencyCode(u"cny"_s));
    CHECK_FALSE(Money::isValidCurrencyCode(u"CN"_s));
    CHECK_FALSE(Money::isValidCurrencyCode(u"CNYY"_s));
    CHECK_FALSE(Money::isValidCurrencyCode(u"C1Y"_s));
    CHECK_FALSE(Money::isValidCurrencyCode(u" CNY"_s));
    CHECK_FALSE(Money::isValidCurrencyCode(QString()));
}

TEST_CASE("toDecimalString writes plain text with the currency's digits", "[money][decimal]")
{
    CHECK(cny(123450).toDecimalString() == u"1234.50"_s);
    CHECK(cny(-123450).toDecimalString() == u"-1234.50"_s);
    CHECK(cny(5).toDecimalString() == u"0.05"_s);
    CHECK(cny(-5).toDecimalString() == u"-0.05"_s);
    CHECK(cny(0).toDecimalString() == u"0.00"_s);
    CHECK(cny(100000000).toDecimalString() == u"1000000.00"_s);
    CHECK(Money(1234, JPY).toDecimalString() == u"1234"_s);
    CHECK(Money(-1234, JPY).toDecimalString() == u"-1234"_s);
    CHECK(Money(1234567, KWD).toDecimalString() == u"1234.567"_s);
    CHECK(Money(-1, KWD).toDecimalString() == u"-0.001"_s);
    CHECK(cny(Min).toDecimalString() == u"-92233720368547758.08"_s);
    CHECK(cny(Max).toDecimalString() == u"92233720368547758.07"_s);
    CHECK(Money(Min, JPY).toDecimalString() == u"-9223372036854775808"_s);
    CHECK(Money(Min, KWD).toDecimalString() == u"-9223372036854775.808"_s);
}

TEST_CASE("fromDecimalString parses plain decimal text", "[money][decimal]")
{
    CHECK(Money::fromDecimalString(u"1234.5"_s, CNY) == cny(123450));
    CHECK(Money::fromDecimalString(u"1234.50"_s, CNY) == cny(123450));
    CHECK(Money::fromDecimalString(u"-0.01"_s, CNY) == cny(-1));
    CHECK(Money::fromDecimalString(u"-12"_s, CNY) == cny(-1200));
    CHECK(Money::fromDecimalString(u"12"_s, CNY) == cny(1200));
    CHECK(Money::fromDecimalString(u"0"_s, CNY) == cny(0));
    CHECK(Money::fromDecimalString(u"007.10"_s, CNY) == cny(710));
    CHECK(Money::fromDecimalString(u"  7.25 "_s, CNY) == cny(725));
    CHECK(Money::fromDecimalString(u"1234"_s, JPY) == Money(1234, JPY));
    CHECK(Money::fromDecimalString(u"0.1"_s, KWD) == Money(100, KWD));
    CHECK(Money::fromDecimalString(u"-1.234"_s, KWD) == Money(-1234, KWD));
}

TEST_CASE("fromDecimalString accepts surplus zero decimals only", "[money][decimal]")
{
    CHECK(Money::fromDecimalString(u"12.500"_s, CNY) == cny(1250));
    CHECK(Money::fromDecimalString(u"12.5000000"_s, CNY) == cny(1250));
    CHECK(Money::fromDecimalString(u"1234.0"_s, JPY) == Money(1234, JPY));
    CHECK(Money::fromDecimalString(u"1.2340"_s, KWD) == Money(1234, KWD));

    CHECK_FALSE(Money::fromDecimalString(u"12.501"_s, CNY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"12.5001"_s, CNY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"1234.5"_s, JPY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"1.2345"_s, KWD).has_value());
}

TEST_CASE("fromDecimalString refuses anything but plain decimal text", "[money][decimal]")
{
    const QString refused[] = {u"1,234.50"_s, u"1 234.50"_s, u"abc"_s, QString(), u""_s, u"   "_s,
                               u"12."_s, u".5"_s, u"+5"_s, u"--1"_s, u"1e3"_s, u"12.5a"_s,
                               u"¥12.50"_s, u"12,50"_s, u"0x10"_s, u"１２.５０"_s /* full-width */};
    for (const QString &text : refused) {
        INFO(text.toStdString());
        CHECK_FALSE(Money::fromDecimalString(text, CNY).has_value());
    }
    // A valid number with an invalid currency.
    CHECK_FALSE(Money::fromDecimalString(u"12.50"_s, u"cny"_s).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"12.50"_s, QString()).has_value());
    // Out of range rather than wrapped.
    CHECK_FALSE(Money::fromDecimalString(u"92233720368547758.08"_s, CNY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"-92233720368547758.09"_s, CNY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"9223372036854775808"_s, JPY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"99999999999999999999"_s, JPY).has_value());
    CHECK_FALSE(Money::fromDecimalString(u"123456789012345678901234567890"_s, CNY).has_value());
}

TEST_CASE("toDecimalString and fromDecimalString round trip", "[money][decimal]")
{
    const QString currencies[] = {CNY, JPY, KWD};
    const qint64 amounts[] = {0, 1, -1, 9, -10, 99, 100, -101, 123450, -123450, 1000000007,
                              Max, Min, Max - 1, Min + 1};
    for (const QString &currency : currencies) {
        for (qint64 amount : amounts) {
            const Money money(amount, currency);
            const QString text = money.toDecimalString();
            INFO(currency.toStdString() << ' ' << amount << " -> " << text.toStdString());
            CHECK(Money::fromDecimalString(text, currency) == money);
        }
    }
}

TEST_CASE("Money JSON form", "[money][json]")
{
    const QJsonObject json = Money(123450, CNY).toJson();
    CHECK(json.size() == 2);
    CHECK(json.value(u"minor"_s).toInteger() == 123450);
    CHECK(json.value(u"currency"_s).toString() == CNY);
}

TEST_CASE("Money JSON round trip", "[money][json]")
{
    const qint64 safe = (qint64(1) << 53) - 1;
    const Money samples[] = {cny(0), cny(123450), cny(-123450), Money(1, JPY), Money(-1234567, KWD),
                             cny(safe), cny(-safe)};
    for (const Money &money : samples) {
        INFO(money.toDecimalString().toStdString() << ' ' << money.currency().toStdString());
        CHECK(Money::fromJson(money.toJson()) == money);
        CHECK(Money::fromJson(throughText(money.toJson())) == money);
    }
    // Clients written in JavaScript send integral doubles.
    CHECK(Money::fromJson(moneyObject(QJsonValue(1250.0), CNY)) == cny(1250));
    CHECK(Money::fromJson(moneyFromText(R"({"minor": -7, "currency": "USD"})")) == Money(-7, USD));
}

TEST_CASE("Money::fromJson refuses what is not an exact integer amount", "[money][json]")
{
    SECTION("non-integers and non-numbers")
    {
        CHECK_FALSE(Money::fromJson(moneyObject(1.5, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(-0.01, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(u"1250"_s, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(true, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(QJsonValue(), CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(QJsonArray{1}, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(QJsonObject{{u"currency"_s, CNY}}).has_value());
        CHECK_FALSE(Money::fromJson(moneyFromText(R"({"minor": 12.5, "currency": "CNY"})")).has_value());
    }
    SECTION("integers a double cannot carry exactly")
    {
        const double twoTo53 = 9007199254740992.0;
        CHECK(Money::fromJson(moneyObject(twoTo53 - 1, CNY)) == cny(9007199254740991));
        CHECK(Money::fromJson(moneyObject(-(twoTo53 - 1), CNY)) == cny(-9007199254740991));
        CHECK_FALSE(Money::fromJson(moneyObject(twoTo53 * 2, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(-twoTo53 * 2, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(twoTo53 + 2, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(1e19, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(-1e19, CNY)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(1e300, CNY)).has_value());
        // 2^53 + 1 in JSON text would become 2^53 as a double: it must be refused, not altered.
        CHECK_FALSE(Money::fromJson(moneyFromText(R"({"minor": 9007199254740993, "currency": "CNY"})")).has_value());
        CHECK_FALSE(Money::fromJson(moneyFromText(R"({"minor": 9007199254740992, "currency": "CNY"})")).has_value());
        CHECK_FALSE(Money::fromJson(moneyFromText(R"({"minor": 9223372036854775807, "currency": "CNY"})")).has_value());
        CHECK_FALSE(Money::fromJson(moneyFromText(R"({"minor": 1e30, "currency": "CNY"})")).has_value());
    }
    SECTION("bad currency")
    {
        CHECK_FALSE(Money::fromJson(moneyObject(100, u"cny"_s)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(100, u"CN"_s)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(100, u"EURO"_s)).has_value());
        CHECK_FALSE(Money::fromJson(moneyObject(100, QString())).has_value());
        CHECK_FALSE(Money::fromJson(QJsonObject{{u"minor"_s, 100}}).has_value());
        CHECK_FALSE(Money::fromJson(QJsonObject{{u"minor"_s, 100}, {u"currency"_s, 156}}).has_value());
    }
    SECTION("not an object")
    {
        CHECK_FALSE(Money::fromJson(QJsonValue(100)).has_value());
        CHECK_FALSE(Money::fromJson(QJsonValue(u"12.50 CNY"_s)).has_value());
        CHECK_FALSE(Money::fromJson(QJsonValue()).has_value());
        CHECK_FALSE(Money::fromJson(QJsonArray{100, CNY}).has_value());
    }
}
