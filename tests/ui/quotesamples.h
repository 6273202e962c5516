#pragma once

#include "quote.h"

/** Realistic quotes built locally, without a server, for the printing tests and the sample PDF generator. */
namespace Tradewind::QuoteSamples {

/** The demo company, "Tradewind Inspection Systems Co., Ltd." / "信风检测系统有限公司" in Suzhou. */
CompanyProfile company();

/**
 * A spare-parts quote to a customer abroad (language "en") or in China ("zh") with lineCount lines, each with
 * its own part number, some discounted and some with long specifications; totals computed as the server does.
 * Tax is 13 % VAT for CNY and none otherwise.
 */
Quote quote(const QString &language, int lineCount, const QString &status, const QString &currency);

} // namespace Tradewind::QuoteSamples
