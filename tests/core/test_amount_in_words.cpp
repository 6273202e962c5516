#include "catchqt.h"

#include <catch2/catch.hpp>

#include "amountinwords.h"

#include <limits>

using namespace Qt::StringLiterals;
using Tradewind::Money;
namespace Words = Tradewind::AmountInWords;

namespace {

/** Parses the decimal text so the cases read like the figures on a document. */
Money money(const char *decimal, const QString &currency)
{
    const auto amount = Money::fromDecimalString(QString::fromLatin1(decimal), currency);
    REQUIRE(amount.has_value());
    return *amount;
}

Money usd(const char *decimal)
{
    return money(decimal, u"USD"_s);
}

Money cny(const char *decimal)
{
    return money(decimal, u"CNY"_s);
}

} // namespace

TEST_CASE("English amounts in words follow the commercial invoice form")
{
    CHECK(Words::english(usd("1234.50")) == u"SAY US DOLLARS ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND CENTS FIFTY ONLY");
    CHECK(Words::english(usd("0")) == u"SAY US DOLLARS ZERO ONLY");
    CHECK(Words::english(usd("0.05")) == u"SAY US DOLLARS ZERO AND CENTS FIVE ONLY");
    CHECK(Words::english(usd("10")) == u"SAY US DOLLARS TEN ONLY");
    CHECK(Words::english(usd("19")) == u"SAY US DOLLARS NINETEEN ONLY");
    CHECK(Words::english(usd("20")) == u"SAY US DOLLARS TWENTY ONLY");
    CHECK(Words::english(usd("99.99")) == u"SAY US DOLLARS NINETY-NINE AND CENTS NINETY-NINE ONLY");
    CHECK(Words::english(usd("100")) == u"SAY US DOLLARS ONE HUNDRED ONLY");
    CHECK(Words::english(usd("101.10")) == u"SAY US DOLLARS ONE HUNDRED ONE AND CENTS TEN ONLY");
    CHECK(Words::english(usd("10010")) == u"SAY US DOLLARS TEN THOUSAND TEN ONLY");
    CHECK(Words::english(usd("100000.01")) == u"SAY US DOLLARS ONE HUNDRED THOUSAND AND CENTS ONE ONLY");
    CHECK(Words::english(usd("1000000")) == u"SAY US DOLLARS ONE MILLION ONLY");
    CHECK(Words::english(usd("1000000000")) == u"SAY US DOLLARS ONE BILLION ONLY");
    CHECK(Words::english(usd("3000000000000")) == u"SAY US DOLLARS THREE TRILLION ONLY");
    CHECK(Words::english(usd("1002003004005.06"))
          == u"SAY US DOLLARS ONE TRILLION TWO BILLION THREE MILLION FOUR THOUSAND FIVE AND CENTS SIX ONLY");
    CHECK(Words::english(usd("2000015.99")) == u"SAY US DOLLARS TWO MILLION FIFTEEN AND CENTS NINETY-NINE ONLY");
    CHECK(Words::english(usd("-5")) == u"SAY MINUS US DOLLARS FIVE ONLY");
}

TEST_CASE("English amounts name the currency and its minor unit")
{
    CHECK(Words::english(cny("1234.56"))
          == u"SAY CHINESE YUAN ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND FEN FIFTY-SIX ONLY");
    CHECK(Words::english(money("250000.80", u"EUR"_s))
          == u"SAY EUROS TWO HUNDRED FIFTY THOUSAND AND CENTS EIGHTY ONLY");
    CHECK(Words::english(money("19.07", u"GBP"_s)) == u"SAY POUNDS STERLING NINETEEN AND PENCE SEVEN ONLY");
    CHECK(Words::english(money("888.88", u"HKD"_s))
          == u"SAY HONG KONG DOLLARS EIGHT HUNDRED EIGHTY-EIGHT AND CENTS EIGHTY-EIGHT ONLY");
    // The yen has no minor unit: the figure is whole yen.
    CHECK(Words::english(money("1500000", u"JPY"_s)) == u"SAY JAPANESE YEN ONE MILLION FIVE HUNDRED THOUSAND ONLY");
    // Other currencies by ISO code, with the minor units as a zero-padded fraction.
    CHECK(Words::english(money("100.50", u"CHF"_s)) == u"SAY CHF ONE HUNDRED AND 50/100 ONLY");
    CHECK(Words::english(money("10.05", u"CHF"_s)) == u"SAY CHF TEN AND 05/100 ONLY");
    CHECK(Words::english(money("1.005", u"KWD"_s)) == u"SAY KWD ONE AND 005/1000 ONLY");
    CHECK(Words::english(money("7", u"KRW"_s)) == u"SAY KRW SEVEN ONLY");
}

TEST_CASE("English amounts reach the limits of the money type")
{
    CHECK(Words::english(Money(std::numeric_limits<qint64>::max(), u"JPY"_s))
          == u"SAY JAPANESE YEN NINE QUINTILLION TWO HUNDRED TWENTY-THREE QUADRILLION THREE HUNDRED SEVENTY-TWO "
             u"TRILLION THIRTY-SIX BILLION EIGHT HUNDRED FIFTY-FOUR MILLION SEVEN HUNDRED SEVENTY-FIVE THOUSAND "
             u"EIGHT HUNDRED SEVEN ONLY");
    CHECK(Words::english(Money(std::numeric_limits<qint64>::min(), u"JPY"_s))
          == u"SAY MINUS JAPANESE YEN NINE QUINTILLION TWO HUNDRED TWENTY-THREE QUADRILLION THREE HUNDRED "
             u"SEVENTY-TWO TRILLION THIRTY-SIX BILLION EIGHT HUNDRED FIFTY-FOUR MILLION SEVEN HUNDRED SEVENTY-FIVE "
             u"THOUSAND EIGHT HUNDRED EIGHT ONLY");
}

TEST_CASE("Chinese uppercase amounts follow the payment rules")
{
    CHECK(Words::chineseUppercase(cny("1234.50")) == u"人民币壹仟贰佰叁拾肆元伍角整");
    CHECK(Words::chineseUppercase(cny("1234.56")) == u"人民币壹仟贰佰叁拾肆元伍角陆分");
    CHECK(Words::chineseUppercase(cny("10005")) == u"人民币壹万零伍元整");
    CHECK(Words::chineseUppercase(cny("0")) == u"人民币零元整");
    CHECK(Words::chineseUppercase(cny("0.05")) == u"人民币伍分");
    CHECK(Words::chineseUppercase(cny("0.50")) == u"人民币伍角整");
    CHECK(Words::chineseUppercase(cny("0.55")) == u"人民币伍角伍分");
    CHECK(Words::chineseUppercase(cny("1")) == u"人民币壹元整");
    CHECK(Words::chineseUppercase(cny("10")) == u"人民币壹拾元整");
    CHECK(Words::chineseUppercase(cny("15")) == u"人民币壹拾伍元整");
    CHECK(Words::chineseUppercase(cny("110")) == u"人民币壹佰壹拾元整");
    CHECK(Words::chineseUppercase(cny("10010")) == u"人民币壹万零壹拾元整");
    CHECK(Words::chineseUppercase(cny("20300")) == u"人民币贰万零叁佰元整");
    CHECK(Words::chineseUppercase(cny("100000.01")) == u"人民币壹拾万元零壹分");
    CHECK(Words::chineseUppercase(cny("1000000000")) == u"人民币壹拾亿元整");
    // The examples of the payment rules (支付结算办法): a 零 for inner zeros, after a zero 元 digit, and
    // for a zero 角 before 分.
    CHECK(Words::chineseUppercase(cny("1004.56")) == u"人民币壹仟零肆元伍角陆分");
    CHECK(Words::chineseUppercase(cny("1680.32")) == u"人民币壹仟陆佰捌拾元零叁角贰分");
    CHECK(Words::chineseUppercase(cny("107000.53")) == u"人民币壹拾万柒仟元零伍角叁分");
    CHECK(Words::chineseUppercase(cny("1409.50")) == u"人民币壹仟肆佰零玖元伍角整");
    CHECK(Words::chineseUppercase(cny("6007.14")) == u"人民币陆仟零柒元壹角肆分");
    CHECK(Words::chineseUppercase(cny("325.04")) == u"人民币叁佰贰拾伍元零肆分");
    CHECK(Words::chineseUppercase(cny("-100")) == u"人民币负壹佰元整");
}

TEST_CASE("Chinese uppercase amounts across the 万 and 亿 sections")
{
    CHECK(Words::chineseUppercase(cny("10000")) == u"人民币壹万元整");
    CHECK(Words::chineseUppercase(cny("110000")) == u"人民币壹拾壹万元整");
    // A zero 万 digit before a non-zero 仟 needs no 零 (the rules allow either; 107000.53 above is the same).
    CHECK(Words::chineseUppercase(cny("1001000")) == u"人民币壹佰万壹仟元整");
    CHECK(Words::chineseUppercase(cny("1000100")) == u"人民币壹佰万零壹佰元整");
    CHECK(Words::chineseUppercase(cny("10000000")) == u"人民币壹仟万元整");
    CHECK(Words::chineseUppercase(cny("100010000")) == u"人民币壹亿零壹万元整");
    CHECK(Words::chineseUppercase(cny("100001000")) == u"人民币壹亿零壹仟元整");
    CHECK(Words::chineseUppercase(cny("110000000")) == u"人民币壹亿壹仟万元整");
    CHECK(Words::chineseUppercase(cny("101000000")) == u"人民币壹亿零壹佰万元整");
    CHECK(Words::chineseUppercase(cny("123456789.12")) == u"人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分");
    CHECK(Words::chineseUppercase(cny("1000000000000")) == u"人民币壹万亿元整");
    CHECK(Words::chineseUppercase(cny("1000100000000")) == u"人民币壹万零壹亿元整");
    CHECK(Words::chineseUppercase(cny("2000000000001")) == u"人民币贰万亿零壹元整");
}

TEST_CASE("Chinese uppercase amounts of other currencies")
{
    CHECK(Words::chineseUppercase(usd("1234.50")) == u"美元壹仟贰佰叁拾肆元伍角整");
    CHECK(Words::chineseUppercase(money("0.01", u"EUR"_s)) == u"欧元壹分");
    CHECK(Words::chineseUppercase(money("20", u"GBP"_s)) == u"英镑贰拾元整");
    CHECK(Words::chineseUppercase(money("150000", u"JPY"_s)) == u"日元壹拾伍万元整");
    CHECK(Words::chineseUppercase(money("0", u"JPY"_s)) == u"日元零元整");
    CHECK(Words::chineseUppercase(money("3.30", u"HKD"_s)) == u"港币叁元叁角整");
    CHECK(Words::chineseUppercase(money("5", u"CHF"_s)) == u"CHF伍元整");
    CHECK(Words::chineseUppercase(money("1.005", u"KWD"_s)) == u"KWD壹元零伍厘");
    CHECK(Words::chineseUppercase(money("1.500", u"KWD"_s)) == u"KWD壹元伍角整");
}
