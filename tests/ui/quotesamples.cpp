#include "quotesamples.h"

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Tradewind::QuoteSamples {

namespace {

struct CatalogueEntry
{
    const char16_t *family;
    const char16_t *nameEn;
    const char16_t *nameZh;
    const char16_t *specification;
    const char16_t *unit;
    const char16_t *unitZh;
    qint64 priceCents; ///< in USD cents; other currencies are derived from it
};

// Spare parts of X-ray container and baggage scanners. Names stay short enough for one line of the
// description column; the specifications wrap.
constexpr std::array<CatalogueEntry, 16> Catalogue = {{
    {u"XT", u"X-ray tube 450 kV", u"X射线管 450 kV", u"Metal-ceramic, bipolar, focal spot 0.8/1.8 mm", u"pcs", u"件", 1'865'000},
    {u"HV", u"High-voltage generator", u"高压发生器", u"450 kV / 1.5 kW, oil-insulated, with interlock board", u"set", u"套", 2'390'000},
    {u"DB", u"Detector board 64 ch", u"探测器板 64 通道", u"CdWO4 scintillator, 1.6 mm pitch", u"pcs", u"件", 128'500},
    {u"DC", u"Detector controller", u"探测器控制器", u"Gigabit Ethernet, firmware 4.2", u"pcs", u"件", 342'000},
    {u"CB", u"Conveyor belt", u"输送带", u"PVC 2-ply, 1,050 mm wide, endless spliced, anti-static", u"m", u"米", 18'900},
    {u"RL", u"Conveyor roller", u"输送滚筒", u"Ø 89 mm, stainless steel", u"pcs", u"件", 6'450},
    {u"SM", u"Servo motor 1.5 kW", u"伺服电机 1.5 kW", u"400 V three-phase, IP65, with brake", u"pcs", u"件", 96'000},
    {u"PS", u"Power supply 24 V", u"开关电源 24 V", u"20 A, DIN rail", u"pcs", u"件", 21'800},
    {u"LC", u"Light curtain pair", u"光幕（一对）", u"Safety category 4, 1,200 mm protective height, M12 connectors, "
                                                  u"response time 12 ms", u"pair", u"对", 143'000},
    {u"CM", u"Collimator insert", u"准直器插件", u"Tungsten, 2 mm slit", u"pcs", u"件", 58'700},
    {u"CP", u"Control PC", u"控制计算机", u"Industrial 19\" 4U, i7, 32 GB RAM, 1 TB SSD, Windows 10 IoT", u"set", u"套", 412'000},
    {u"MN", u"Operator monitor 24\"", u"操作员显示器 24 英寸", u"1920×1200, anti-glare", u"pcs", u"件", 39'900},
    {u"ES", u"Emergency stop switch", u"急停开关", u"Mushroom head, 2 NC", u"pcs", u"件", 2'350},
    {u"FL", u"Lead curtain", u"铅帘", u"0.35 mm Pb equivalent, 800 × 600 mm", u"pcs", u"件", 27'400},
    {u"SV", u"Annual service visit", u"年度现场服务", u"Two engineers, up to three days on site, travel included", u"visit", u"次", 680'000},
    {u"KB", u"Keyboard and trackball", u"键盘及轨迹球", u"Sealed, IP65", u"set", u"套", 15'600},
}};

/** Derives prices in the quote's currency from the USD list price, with whole-unit prices for JPY. */
Money priceIn(const QString &currency, qint64 usdCents)
{
    if (currency == u"CNY")
        return Money(usdCents * 72 / 10, currency);
    if (currency == u"EUR")
        return Money(usdCents * 92 / 100, currency);
    if (currency == u"JPY")
        return Money(usdCents * 150 / 100, currency);
    return Money(usdCents, currency);
}

} // namespace

CompanyProfile company()
{
    CompanyProfile profile;
    profile.nameEn = u"Tradewind Inspection Systems Co., Ltd."_s;
    profile.nameZh = u"信风检测系统有限公司"_s;
    profile.addressEn = u"No. 88 Xinghu Street, Suzhou Industrial Park\nSuzhou, Jiangsu 215123, China"_s;
    profile.addressZh = u"中国江苏省苏州工业园区星湖街88号\n邮编 215123"_s;
    profile.phone = u"+86 512 6288 0000"_s;
    profile.email = u"sales@tradewind-inspection.com"_s;
    profile.website = u"www.tradewind-inspection.com"_s;
    profile.taxId = u"91320594MA1XYZ0421"_s;
    profile.bankNameEn = u"Bank of China, Suzhou Industrial Park Sub-branch"_s;
    profile.bankNameZh = u"中国银行苏州工业园区支行"_s;
    profile.bankAccount = u"5307 6120 8845 0091"_s;
    profile.swift = u"BKCHCNBJ95H"_s;
    return profile;
}

Quote quote(const QString &language, int lineCount, const QString &status, const QString &currency)
{
    const bool chinese = language == Quote::LanguageChinese;
    Quote quote;
    quote.id = 42;
    quote.number = u"Q-2026-00042"_s;
    quote.revision = 2;
    quote.familyId = 41;
    quote.status = status;
    quote.language = language;
    quote.currency = currency;
    quote.taxRateBasisPoints = currency == u"CNY" ? 1300 : 0;
    quote.quoteDate = QDate(2026, 3, 16);
    quote.validUntil = quote.quoteDate.addDays(30);
    quote.ownerName = chinese ? u"李伟"_s : u"Li Wei"_s;
    quote.ownerEmail = u"li.wei@tradewind-inspection.com"_s;
    quote.ownerPhone = u"+86 138 1234 5678"_s;
    if (chinese) {
        quote.customerName = u"上海洋山港务检测有限公司"_s;
        quote.customerAddress = u"上海市浦东新区临港新片区同汇路188号\n邮编 201306"_s;
        quote.contactName = u"王静"_s;
        quote.contactTitle = u"采购经理"_s;
        quote.contactPhone = u"+86 21 5828 6600"_s;
        quote.contactEmail = u"wang.jing@yangshan-inspection.cn"_s;
        quote.title = u"HX-9000 集装箱检查系统 2026 年度备件"_s;
        quote.incoterm = u"DAP"_s;
        quote.deliveryPlace = u"上海洋山港"_s;
        quote.paymentTerms = u"合同签订后预付30%，发货前付清余款"_s;
        quote.leadTime = u"收到预付款后4–6周"_s;
        quote.notes = u"备件质保期为发货之日起12个月。\n报价含标准包装及运输保险。"_s;
    } else {
        quote.customerName = u"Hanseatic Port Logistics GmbH"_s;
        quote.customerAddress = u"Am Sandtorkai 50\n20457 Hamburg\nGermany"_s;
        quote.contactName = u"Dr. Katrin Vogel"_s;
        quote.contactTitle = u"Head of Procurement"_s;
        quote.contactPhone = u"+49 40 3008 1200"_s;
        quote.contactEmail = u"k.vogel@hanseatic-port.de"_s;
        quote.title = u"Spare parts for HX-9000 container scanners, annual stock 2026"_s;
        quote.incoterm = u"CIF"_s;
        quote.deliveryPlace = u"Hamburg"_s;
        quote.paymentTerms = u"30% advance by T/T with order, 70% by T/T against copy of the bill of lading"_s;
        quote.leadTime = u"4–6 weeks after receipt of the advance payment"_s;
        quote.notes = u"Warranty on spare parts: 12 months from the date of shipment.\n"
                      u"Prices include seaworthy export packing and marine insurance."_s;
    }
    for (int i = 0; i < lineCount; ++i) {
        const CatalogueEntry &entry = Catalogue.at(std::size_t(i) % Catalogue.size());
        QuoteLine line;
        line.productId = 1000 + i;
        line.productCode = u"TW-%1-%2"_s.arg(QString::fromUtf16(entry.family)).arg(3101 + i * 7);
        line.nameEn = QString::fromUtf16(entry.nameEn);
        line.nameZh = QString::fromUtf16(entry.nameZh);
        line.specification = QString::fromUtf16(entry.specification);
        line.unit = QString::fromUtf16(chinese ? entry.unitZh : entry.unit);
        line.quantity = 1 + (i * 7) % 12 + (entry.unit == std::u16string_view(u"m") ? 40 : 0);
        // Varied prices so that the amounts differ from line to line.
        line.unitPrice = priceIn(currency, entry.priceCents + i * 1'137);
        line.discountBasisPoints = i % 5 == 3 ? 500 * (1 + i % 3) : 0;
        quote.lines.append(line);
    }
    quote.totals = QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints);
    return quote;
}

} // namespace Tradewind::QuoteSamples
