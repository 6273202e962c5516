#pragma once

#include "money.h"

#include <QString>

/**
 * Amounts written out in words, as commercial documents state them next to the figures so that the
 * amount cannot be misread or altered.
 */
namespace Tradewind::AmountInWords {

/**
 * The English form of commercial invoices, in capitals: "SAY US DOLLARS ONE THOUSAND TWO HUNDRED
 * THIRTY-FOUR AND CENTS FIFTY ONLY". CNY, USD, EUR, GBP, JPY and HKD have their unit names; any other
 * currency is named by its ISO code with the minor units as a fraction ("SAY CHF TEN AND 05/100 ONLY").
 */
QString english(const Money &amount);

/**
 * The Chinese uppercase amount (大写金额) as the People's Bank of China payment rules write it:
 * "人民币壹仟贰佰叁拾肆元伍角整", "壹万零伍元整", "零元整". Other currencies get their Chinese name as the prefix
 * (美元, 欧元, 英镑, 日元, 港币) or else their ISO code, with the same numerals and units.
 */
QString chineseUppercase(const Money &amount);

/** The name Chinese documents give a currency: 人民币, 美元, 欧元, 英镑, 日元, 港币, else the ISO code. */
QString chineseCurrencyName(const QString &currency);

} // namespace Tradewind::AmountInWords
