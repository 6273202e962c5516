#include "demoquotes.h"

#include "demoactors.h"
#include "opportunityservice.h"
#include "productservice.h"
#include "quoteservice.h"
#include "quotesettings.h"
#include "quoteworkflow.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind::Demo {

namespace {

// ---------------------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------------------

const QString Systems = u"Inspection systems"_s;
const QString Modules = u"Modules"_s;
const QString Cameras = u"Line-scan cameras"_s;
const QString Lights = u"LED lights"_s;
const QString Computers = u"Industrial PCs"_s;
const QString Lenses = u"Lenses and filters"_s;
const QString Markers = u"Encoders and markers"_s;
const QString XRay = u"X-ray"_s;
const QString Conveyors = u"Conveyors"_s;
const QString Sensors = u"Sensors"_s;
const QString Services = u"Services"_s;

struct CatalogueEntry
{
    QString code;
    QString nameEn;
    QString nameZh;
    QString specification;
    QString unit;
    QString kind;
    QString family;
    qint64 yuan; ///< the list price in whole CNY; the other currencies' prices follow from it
};

const QString S = Products::KindSystem;
const QString P = Products::KindSparePart;
const QString V = Products::KindService;

const QList<CatalogueEntry> catalogue = {
    {u"TW-SIS-2000"_s, u"Surface inspection system SIS-2000"_s, u"SIS-2000 表面检测系统"_s,
     u"Web width up to 2,000 mm; 6 × 8K line-scan cameras, LED line lighting, industrial PC, classification software"_s,
     u"set"_s, S, Systems, 1280000},
    {u"TW-SIS-4000"_s, u"Surface inspection system SIS-4000"_s, u"SIS-4000 表面检测系统"_s,
     u"Web width up to 4,000 mm; 12 × 8K line-scan cameras, LED line lighting, 2 industrial PCs, classification software"_s,
     u"set"_s, S, Systems, 1960000},
    {u"TW-GIS-3300"_s, u"Float glass inspection system GIS-3300"_s, u"GIS-3300 浮法玻璃缺陷检测系统"_s,
     u"Ribbon width 3,300 mm; bubbles, stones and tin defects from 0.1 mm"_s, u"set"_s, S, Systems, 2350000},
    {u"TW-BIS-1200"_s, u"Battery electrode inspection system BIS-1200"_s, u"BIS-1200 锂电极片在线检测系统"_s,
     u"Coating and slitting lines up to 1,200 mm, both sides"_s, u"set"_s, S, Systems, 1580000},
    {u"TW-XRI-600"_s, u"Inline X-ray inspection system XRI-600"_s, u"XRI-600 在线 X 射线检测系统"_s,
     u"160 kV tube, 0.4 mm detector pitch, belt width 600 mm"_s, u"set"_s, S, Systems, 1860000},
    {u"TW-PQS-1050"_s, u"Print quality inspection system PQS-1050"_s, u"PQS-1050 印刷品质量检测系统"_s,
     u"Sheet-fed presses up to 1,050 mm; colour deviation and register"_s, u"set"_s, S, Systems, 680000},
    {u"TW-MOD-EDGE"_s, u"Edge tracking module"_s, u"边缘跟踪模块"_s,
     u"Follows web wander of ±50 mm automatically"_s, u"set"_s, S, Modules, 86000},
    {u"TW-MOD-CLS"_s, u"Defect classification software licence"_s, u"缺陷自动分类软件许可"_s,
     u"Deep-learning classifier, 64 classes, per inspection station"_s, u"set"_s, S, Modules, 120000},
    {u"TW-MOD-MES"_s, u"MES interface module"_s, u"MES 接口模块"_s,
     u"OPC UA and database export of defect maps"_s, u"set"_s, S, Modules, 45000},
    {u"TW-CAM-LS4K"_s, u"Line-scan camera 4K GigE"_s, u"4K 线扫描相机（GigE）"_s,
     u"4,096 px, 7 µm, 80 kHz"_s, u"pcs"_s, P, Cameras, 42000},
    {u"TW-CAM-LS8K"_s, u"Line-scan camera 8K CoaXPress"_s, u"8K 线扫描相机（CoaXPress）"_s,
     u"8,192 px, 5 µm, 100 kHz"_s, u"pcs"_s, P, Cameras, 68000},
    {u"TW-CAM-AS5M"_s, u"Area-scan camera 5 MP"_s, u"500 万像素面阵相机"_s,
     u"2,448 × 2,048 px, global shutter"_s, u"pcs"_s, P, Cameras, 9800},
    {u"TW-CAB-CXP10"_s, u"CoaXPress cable 10 m"_s, u"CoaXPress 线缆 10 米"_s,
     u"DIN 1.0/2.3, rated for drag chains"_s, u"pcs"_s, P, Cameras, 1600},
    {u"TW-LED-L1200"_s, u"LED line light 1,200 mm"_s, u"1200 mm LED 线光源"_s,
     u"White 6,500 K, 1.5 Mlx, water-cooled"_s, u"pcs"_s, P, Lights, 23500},
    {u"TW-LED-L2400"_s, u"LED line light 2,400 mm"_s, u"2400 mm LED 线光源"_s,
     u"White 6,500 K, 1.5 Mlx, water-cooled"_s, u"pcs"_s, P, Lights, 41000},
    {u"TW-LED-DRV48"_s, u"LED driver 48 V"_s, u"48 V LED 驱动器"_s, u"4 channels, strobe mode"_s, u"pcs"_s, P, Lights, 5600},
    {u"TW-LED-IR850"_s, u"Infrared line light 850 nm"_s, u"850 nm 红外线光源"_s,
     u"1,200 mm, for dark coatings"_s, u"pcs"_s, P, Lights, 27800},
    {u"TW-IPC-7000"_s, u"Industrial PC IPC-7000"_s, u"IPC-7000 工控机"_s,
     u"Core i7, 64 GB RAM, 2 × 1 TB RAID 1, 19-inch 4U"_s, u"pcs"_s, P, Computers, 26000},
    {u"TW-FG-CXP4"_s, u"Frame grabber, 4 × CoaXPress"_s, u"四通道 CoaXPress 图像采集卡"_s,
     u"PCIe Gen3 x8, CXP-12"_s, u"pcs"_s, P, Computers, 18500},
    {u"TW-SSD-2T"_s, u"Industrial SSD 2 TB"_s, u"2 TB 工业级固态硬盘"_s, u"−20 to 70 °C"_s, u"pcs"_s, P, Computers, 3200},
    {u"TW-UPS-3K"_s, u"UPS 3 kVA"_s, u"3 kVA 不间断电源"_s, u"Online double conversion, 15 min"_s, u"pcs"_s, P, Computers, 8900},
    {u"TW-LEN-60"_s, u"Line-scan lens 60 mm F2.8"_s, u"60 mm F2.8 线扫描镜头"_s,
     u"M72 mount, for 8K / 5 µm sensors"_s, u"pcs"_s, P, Lenses, 12800},
    {u"TW-LEN-90"_s, u"Line-scan lens 90 mm F4"_s, u"90 mm F4 线扫描镜头"_s,
     u"M72 mount, for 8K / 5 µm sensors"_s, u"pcs"_s, P, Lenses, 14600},
    {u"TW-FLT-BP630"_s, u"Band-pass filter 630 nm"_s, u"630 nm 带通滤光片"_s, u"M72, for red lighting"_s, u"pcs"_s, P, Lenses, 2400},
    {u"TW-WIN-PROT"_s, u"Protective window"_s, u"防护窗口玻璃"_s, u"Anti-reflective, 300 × 60 mm"_s, u"pcs"_s, P, Lenses, 1900},
    {u"TW-ENC-2500"_s, u"Rotary encoder 2,500 ppr"_s, u"2500 线旋转编码器"_s,
     u"HTL, IP67, with measuring wheel"_s, u"pcs"_s, P, Markers, 4300},
    {u"TW-MRK-INK"_s, u"Inkjet defect marker"_s, u"喷墨缺陷标记器"_s, u"4 nozzles, web speed up to 10 m/s"_s, u"pcs"_s, P, Markers, 16500},
    {u"TW-MRK-LBL"_s, u"Label defect marker"_s, u"标签缺陷标记器"_s, u"Edge labels, 300 labels/min"_s, u"pcs"_s, P, Markers, 21000},
    {u"TW-XRT-160"_s, u"X-ray tube 160 kV"_s, u"160 kV X 射线管"_s, u"Metal-ceramic, 0.4 mm focal spot"_s, u"pcs"_s, P, XRay, 96000},
    {u"TW-XDB-LDA"_s, u"X-ray detector board"_s, u"X 射线探测器板"_s,
     u"Linear diode array, 0.4 mm pitch, 128 px"_s, u"pcs"_s, P, XRay, 23800},
    {u"TW-XHV-160"_s, u"High-voltage generator 160 kV"_s, u"160 kV 高压发生器"_s, u"1.2 kW, with interlock"_s, u"pcs"_s, P, XRay, 58000},
    {u"TW-XSH-PB"_s, u"Lead shielding curtain"_s, u"铅屏蔽门帘"_s, u"0.5 mm Pb equivalent, 600 mm"_s, u"pcs"_s, P, XRay, 3600},
    {u"TW-CNV-BLT6"_s, u"Conveyor belt PU, 600 mm"_s, u"600 mm PU 输送带"_s,
     u"Food grade, 2 mm, transparent to X-rays"_s, u"m"_s, P, Conveyors, 780},
    {u"TW-CNV-RLR6"_s, u"Conveyor roller 600 mm"_s, u"600 mm 输送辊"_s, u"Stainless steel, sealed bearings"_s, u"pcs"_s, P, Conveyors, 1150},
    {u"TW-CNV-MTR"_s, u"Gear motor 0.75 kW"_s, u"0.75 kW 减速电机"_s, u"With frequency converter"_s, u"pcs"_s, P, Conveyors, 6800},
    {u"TW-SNS-PE"_s, u"Photoelectric sensor"_s, u"光电传感器"_s, u"Retro-reflective, 10 m"_s, u"pcs"_s, P, Sensors, 680},
    {u"TW-SNS-PT100"_s, u"Temperature sensor PT100"_s, u"PT100 温度传感器"_s,
     u"For the camera housing cooling loop"_s, u"pcs"_s, P, Sensors, 520},
    {u"TW-SNS-EDGE"_s, u"Ultrasonic edge sensor"_s, u"超声波边缘传感器"_s, u"±0.1 mm, for web guiding"_s, u"pcs"_s, P, Sensors, 7400},
    {u"TW-SRV-INST"_s, u"Installation and commissioning"_s, u"安装调试"_s, u"Engineer on site, per day"_s, u"day"_s, V, Services, 3800},
    {u"TW-SRV-TRN"_s, u"Operator training"_s, u"操作培训"_s, u"Up to 8 participants, per day"_s, u"day"_s, V, Services, 3000},
    {u"TW-SRV-MNT"_s, u"Annual maintenance contract"_s, u"年度维护合同"_s,
     u"Two preventive visits, hotline, software updates"_s, u"year"_s, V, Services, 48000},
    {u"TW-SRV-RMT"_s, u"Remote support package"_s, u"远程支持服务包"_s, u"12 months, response within 4 hours"_s, u"year"_s, V, Services, 18000},
    {u"TW-SRV-CAL"_s, u"On-site calibration visit"_s, u"现场标定服务"_s,
     u"Calibration of cameras and lighting, with report"_s, u"visit"_s, V, Services, 9500},
};

/** List prices abroad: yuan converted at a list rate, rounded to a round figure. */
Money priceOf(const CatalogueEntry &entry, const QString &currency)
{
    // Yuan per 100 units of the currency.
    static const QHash<QString, qint64> rates = {{u"USD"_s, 680}, {u"EUR"_s, 760}, {u"JPY"_s, 5}};
    if (!rates.contains(currency))
        return Money(entry.yuan * 100, u"CNY"_s);
    const qint64 step = currency == u"JPY"_s ? 100 : entry.yuan >= 100000 ? 1000 : 10;
    const qint64 units = divideRoundHalfAwayFromZero(static_cast<__int128>(entry.yuan) * 100, rates.value(currency) * step) * step;
    return wholeAmount(units, currency);
}

const CatalogueEntry &entryOf(const QString &code)
{
    return *std::find_if(catalogue.cbegin(), catalogue.cend(), [&](const CatalogueEntry &entry) { return entry.code == code; });
}

QList<const CatalogueEntry *> entriesOf(const QStringList &families)
{
    QList<const CatalogueEntry *> entries;
    for (const CatalogueEntry &entry : catalogue)
        if (families.contains(entry.family))
            entries.append(&entry);
    return entries;
}

/** The catalogue families a spare-parts opportunity asks for, from its part family. */
QStringList familiesFor(const QString &partFamily)
{
    static const QList<QPair<QString, QString>> keywords = {{u"相机"_s, Cameras}, {u"camera"_s, Cameras},
                                                            {u"光源"_s, Lights},  {u"工控机"_s, Computers},
                                                            {u"镜头"_s, Lenses},  {u"编码器"_s, Markers}};
    for (const auto &[keyword, family] : keywords)
        if (partFamily.contains(keyword, Qt::CaseInsensitive))
            return {family};
    // Framework purchases and general spares: a bit of everything that wears.
    return {XRay, Conveyors, Sensors, Cameras};
}

QuoteLine lineOf(const CatalogueEntry &entry, const QHash<QString, qint64> &productIds, const QString &currency,
                 qint64 quantity, int discountBasisPoints)
{
    QuoteLine line;
    line.productId = productIds.value(entry.code);
    line.productCode = entry.code;
    line.nameEn = entry.nameEn;
    line.nameZh = entry.nameZh;
    line.specification = entry.specification;
    line.quantity = quantity;
    line.unit = entry.unit;
    line.unitPrice = priceOf(entry, currency);
    line.discountBasisPoints = discountBasisPoints;
    return line;
}

QHash<QString, qint64> insertCatalogue(const QSqlDatabase &db)
{
    QHash<QString, qint64> ids;
    for (const CatalogueEntry &entry : catalogue) {
        QList<Money> prices;
        for (const QString &currency : {u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s})
            prices.append(priceOf(entry, currency));
        ids.insert(entry.code, Products::insert(db, {entry.code, entry.nameEn, entry.nameZh, entry.specification, entry.unit,
                                                     entry.kind, entry.family, prices}));
    }
    return ids;
}

/** Every spare-parts opportunity asks for two to four parts of its family. */
void insertRequestedParts(const QSqlDatabase &db, const QHash<QString, qint64> &productIds)
{
    Query opportunities(db, u"SELECT id, part_family, owner_id, created_at FROM opportunities WHERE kind = 'spare_parts' ORDER BY id"_s);
    opportunities.exec();
    Query insert(db, u"INSERT INTO requested_parts (opportunity_id, product_id, quantity, notes, created_by, created_at, "
                     u"updated_at) VALUES (:opportunity, :product, :quantity, :notes, :by, :at, :at)"_s);
    while (opportunities.next()) {
        const qint64 id = opportunities.value(0).toLongLong();
        const QList<const CatalogueEntry *> entries = entriesOf(familiesFor(opportunities.value(1).toString()));
        const qsizetype count = std::min<qsizetype>(2 + id % 3, entries.size());
        for (qsizetype i = 0; i < count; ++i) {
            const CatalogueEntry &entry = *entries.at((id + i) % entries.size());
            insert.bind(u":opportunity"_s, id)
                .bind(u":product"_s, productIds.value(entry.code))
                .bind(u":quantity"_s, entry.unit == u"m"_s ? 20 + id * 7 % 40 : 1 + (id + i) % 5)
                .bind(u":notes"_s, i == 0 ? u"客户现场库存已用完，急需"_s : QString())
                .bind(u":by"_s, opportunities.value(2).toLongLong())
                .bind(u":at"_s, opportunities.value(3).toString())
                .exec();
        }
    }
}

CompanyProfile demoCompany()
{
    CompanyProfile company;
    company.nameEn = u"Tradewind Inspection Systems Co., Ltd."_s;
    company.nameZh = u"信风检测系统有限公司"_s;
    company.addressEn = u"No. 88 Jinji Lake Avenue, Suzhou Industrial Park, Suzhou, Jiangsu 215021, China"_s;
    company.addressZh = u"江苏省苏州市苏州工业园区金鸡湖大道 88 号，邮编 215021"_s;
    company.phone = u"+86 512 6288 8800"_s;
    company.email = u"sales@tradewind.example"_s;
    company.website = u"www.tradewind.example"_s;
    company.taxId = u"91320594MA1TW8800X"_s;
    company.bankNameEn = u"Bank of China, Suzhou Industrial Park Sub-branch"_s;
    company.bankNameZh = u"中国银行苏州工业园区支行"_s;
    company.bankAccount = u"5318 6688 0123 4567"_s;
    company.swift = u"BKCHCNBJ95H"_s;
    return company;
}

// ---------------------------------------------------------------------------------------------------------
// Historical quotes, made through the quote service
// ---------------------------------------------------------------------------------------------------------

/** How a demo quote's story ends. */
enum class Outcome { Draft, Submitted, SecondLevel, Approved, Rejected, Won, Lost, RevisedWon, RevisedApproved };

struct Script
{
    qint64 opportunityId = 0;
    bool standalone = false; ///< for the opportunity's customer, without the opportunity
    bool framework = false;  ///< the long one: every spare part for two lines
    QString owner{};
    Outcome outcome = Outcome::Draft;
    QDateTime createdAt{};
};

QString pick(const Quote &quote, const QString &chinese, const QString &english)
{
    return quote.language == Quote::LanguageChinese ? chinese : english;
}

/** The system a project title asks for, by keywords in it. */
const CatalogueEntry &systemFor(const QString &title)
{
    static const QList<QPair<QString, QString>> keywords = {
        {u"玻璃"_s, u"TW-GIS-3300"_s}, {u"glass"_s, u"TW-GIS-3300"_s}, {u"锂电"_s, u"TW-BIS-1200"_s},
        {u"隔膜"_s, u"TW-BIS-1200"_s}, {u"铜箔"_s, u"TW-BIS-1200"_s}, {u"印刷"_s, u"TW-PQS-1050"_s},
        {u"纸"_s, u"TW-SIS-4000"_s},   {u"Web"_s, u"TW-SIS-4000"_s},   {u"无纺布"_s, u"TW-SIS-4000"_s}};
    for (const auto &[keyword, code] : keywords)
        if (title.contains(keyword, Qt::CaseInsensitive))
            return entryOf(code);
    return entryOf(u"TW-SIS-2000"_s);
}

class QuoteStories
{
public:
    QuoteStories(const QSqlDatabase &db, const QDateTime &now, const QHash<QString, qint64> &productIds, const Actors &actors)
        : m_db(db)
        , m_now(now)
        , m_productIds(productIds)
        , m_actors(actors)
        , m_random(5052026)
    {
    }

    void tell(const Script &script);

private:
    /** The moment of the next step, a few days on but never after now. */
    QDateTime later(int minDays, int maxDays)
    {
        m_at = std::min(m_at.addDays(m_random.bounded(minDays, maxDays + 1)).addSecs(m_random.bounded(8 * 3600)),
                        m_now.addSecs(-3600));
        return m_at;
    }
    int someDiscount() { return QList<int>{0, 0, 300, 500, 800, 1000}.at(m_random.bounded(6)); }
    QJsonArray linesFor(const Script &script, const Opportunity &opportunity, const QJsonArray &requested);
    Quote create(const Script &script);
    Quote submit(const Quote &quote) { return ownerDoes(quote, Quotes::Workflow::submit); }
    Quote approveAll(Quote quote);
    Quote reject(const Quote &quote, const QString &comment);
    Quote reviseWith(const Quote &quote, const std::function<void(QJsonObject &)> &change);
    Quote ownerDoes(const Quote &quote, Quote (*action)(RequestContext &, qint64));

    QSqlDatabase m_db;
    QDateTime m_now;
    QHash<QString, qint64> m_productIds;
    const Actors &m_actors;
    QRandomGenerator m_random;
    QDateTime m_at;
};

QJsonArray QuoteStories::linesFor(const Script &script, const Opportunity &opportunity, const QJsonArray &requested)
{
    const QString currency = opportunity.amount.currency();
    QList<QuoteLine> lines;
    if (script.framework) {
        for (const QString &site : {u"Line 1"_s, u"Line 2"_s}) {
            for (const CatalogueEntry *entry : entriesOf({Cameras, Lights, Computers, Lenses, Markers, XRay, Conveyors, Sensors})) {
                QuoteLine line = lineOf(*entry, m_productIds, currency, entry->unit == u"m"_s ? 40 : 1 + m_random.bounded(4), 500);
                line.specification += u" — "_s + site;
                lines.append(line);
            }
        }
        lines.append(lineOf(entryOf(u"TW-SRV-MNT"_s), m_productIds, currency, 1, 0));
        lines.append(lineOf(entryOf(u"TW-SRV-CAL"_s), m_productIds, currency, 2, 0));
    } else if (opportunity.kind == Opportunity::KindSystem) {
        lines.append(lineOf(systemFor(opportunity.title), m_productIds, currency, 1, someDiscount()));
        const QList<const CatalogueEntry *> modules = entriesOf({Modules});
        for (int i = 0, count = 1 + m_random.bounded(3); i < count; ++i)
            lines.append(lineOf(*modules.at((opportunity.id + i) % modules.size()), m_productIds, currency, 1, someDiscount()));
        lines.append(lineOf(entryOf(u"TW-SRV-INST"_s), m_productIds, currency, 10 + m_random.bounded(21), 0));
        lines.append(lineOf(entryOf(u"TW-SRV-TRN"_s), m_productIds, currency, 2 + m_random.bounded(4), 0));
        if (m_random.bounded(2) == 0)
            lines.append(lineOf(entryOf(u"TW-SRV-MNT"_s), m_productIds, currency, 1, 0));
    } else {
        for (const QJsonValue &line : requested)
            lines.append(QuoteLine::fromJson(line.toObject()));
        const QList<const CatalogueEntry *> extras = entriesOf(familiesFor(opportunity.partFamily) + QStringList{Sensors});
        for (int i = 0, count = m_random.bounded(4); i < count; ++i)
            lines.append(lineOf(*extras.at(m_random.bounded(extras.size())), m_productIds, currency, 1 + m_random.bounded(6),
                                someDiscount()));
    }
    if (script.outcome == Outcome::SecondLevel)
        lines.first().discountBasisPoints = 1800;
    if (script.outcome == Outcome::RevisedWon)
        lines.first().discountBasisPoints = 2500;
    QJsonArray json;
    for (const QuoteLine &line : std::as_const(lines))
        json.append(line.toJson());
    return json;
}

Quote QuoteStories::create(const Script &script)
{
    m_at = script.createdAt;
    return act(m_db, m_actors.byLogin(script.owner), m_at, [&](RequestContext &context) {
        const Opportunity opportunity = Opportunities::loadVisible(context, script.opportunityId);
        QJsonObject document = Quotes::prefill(context, opportunity);
        document.insert(u"lines"_s, linesFor(script, opportunity, document.value(u"lines"_s).toArray()));
        if (script.standalone) {
            document.remove(u"opportunity_id"_s);
            document.insert(u"title"_s, document.value(u"language"_s).toString() == Quote::LanguageChinese
                                            ? opportunity.customerName.left(4) + u"备件补充报价"_s
                                            : u"Spare parts"_s);
        }
        return Quotes::create(context, document);
    });
}

Quote QuoteStories::ownerDoes(const Quote &quote, Quote (*action)(RequestContext &, qint64))
{
    return act(m_db, m_actors.byId(quote.ownerId), later(0, 2), [&](RequestContext &context) { return action(context, quote.id); });
}

Quote QuoteStories::approveAll(Quote quote)
{
    while (quote.status == Quote::StatusSubmitted) {
        const QString comment = m_random.bounded(2) == 0 ? QString() : pick(quote, u"同意"_s, u"Agreed"_s);
        quote = act(m_db, m_actors.byId(quote.awaitingApproverId), later(0, 2), [&](RequestContext &context) {
            return Quotes::Workflow::approve(context, quote.id, comment);
        });
    }
    return quote;
}

Quote QuoteStories::reject(const Quote &quote, const QString &comment)
{
    return act(m_db, m_actors.byId(quote.awaitingApproverId), later(1, 2), [&](RequestContext &context) {
        return Quotes::Workflow::reject(context, quote.id, comment);
    });
}

/** The next revision, changed and submitted again. */
Quote QuoteStories::reviseWith(const Quote &quote, const std::function<void(QJsonObject &)> &change)
{
    const Quote revision = ownerDoes(quote, Quotes::revise);
    return act(m_db, m_actors.byId(quote.ownerId), later(0, 1), [&](RequestContext &context) {
        QJsonObject document = revision.toJson();
        change(document);
        return Quotes::Workflow::submit(context, Quotes::edit(context, revision, document).id);
    });
}

void QuoteStories::tell(const Script &script)
{
    Quote quote = create(script);
    if (script.outcome == Outcome::Draft)
        return;
    quote = submit(quote);
    switch (script.outcome) {
    case Outcome::Draft:
    case Outcome::Submitted:
        return;
    case Outcome::SecondLevel: {
        const QString comment = pick(quote, u"折扣较高，请王总审批"_s, u"High discount: for the director's decision"_s);
        act(m_db, m_actors.byId(quote.awaitingApproverId), later(0, 1),
            [&](RequestContext &context) { return Quotes::Workflow::approve(context, quote.id, comment); });
        return;
    }
    case Outcome::Rejected:
        reject(quote, pick(quote, u"交货期不满足客户停机检修计划，请与生产部确认后重新提交。"_s,
                           u"The lead time misses the customer's shutdown; please confirm with production and resubmit."_s));
        return;
    case Outcome::RevisedWon:
        quote = reject(quote, pick(quote, u"折扣超出授权范围，请控制在 12% 以内重新报价。"_s,
                                   u"The discount is beyond our authority; please requote within 12 %."_s));
        quote = reviseWith(quote, [](QJsonObject &document) {
            QJsonArray lines = document.value(u"lines"_s).toArray();
            QJsonObject first = lines.at(0).toObject();
            first.insert(u"discount_bp"_s, 1200);
            lines.replace(0, first);
            document.insert(u"lines"_s, lines);
        });
        break;
    case Outcome::RevisedApproved:
        quote = reviseWith(approveAll(quote), [&](QJsonObject &document) {
            document.insert(u"lead_time"_s, pick(quote, u"收到预付款后 8–10 周（加急）"_s, u"8–10 weeks after the advance payment (expedited)"_s));
        });
        break;
    case Outcome::Approved:
    case Outcome::Won:
    case Outcome::Lost:
        break;
    }
    quote = approveAll(quote);
    if (script.outcome == Outcome::Won || script.outcome == Outcome::RevisedWon) {
        const QString notes = pick(quote, u"客户已回传盖章合同"_s, u"Purchase order received"_s);
        const QDateTime at = later(5, 20);
        act(m_db, m_actors.byId(quote.ownerId), at,
            [&](RequestContext &context) { return Quotes::Workflow::win(context, quote.id, at.date(), notes); });
    } else if (script.outcome == Outcome::Lost) {
        const QString reason = pick(quote, u"客户选择了价格更低的竞争对手方案"_s, u"The customer chose a cheaper competitor"_s);
        const bool close = m_random.bounded(2) == 0;
        act(m_db, m_actors.byId(quote.ownerId), later(5, 20),
            [&](RequestContext &context) { return Quotes::Workflow::lose(context, quote.id, reason, close); });
    }
}

/** Days before now a story of this outcome begins: older for closed deals, recent for what is still open. */
int daysAgo(Outcome outcome, QRandomGenerator &random)
{
    switch (outcome) {
    case Outcome::Draft:
        return random.bounded(2, 7);
    case Outcome::Submitted:
        return random.bounded(3, 7);
    case Outcome::SecondLevel:
        return random.bounded(4, 9);
    case Outcome::Rejected:
        return random.bounded(10, 41);
    case Outcome::Approved:
        return random.bounded(15, 91);
    case Outcome::RevisedApproved:
        return random.bounded(30, 121);
    case Outcome::Lost:
        return random.bounded(40, 301);
    case Outcome::Won:
    case Outcome::RevisedWon:
        return random.bounded(60, 331);
    }
    return 0;
}

struct OpenOpportunity
{
    qint64 id;
    QString kind;
    QDateTime createdAt;
};

QList<OpenOpportunity> openOpportunitiesOf(const QSqlDatabase &db, const QString &login)
{
    Query query(db, u"SELECT o.id, o.kind, o.created_at FROM opportunities o JOIN employees e ON e.id = o.owner_id "
                    u"WHERE e.login = :login AND o.stage NOT IN ('won', 'lost') ORDER BY o.id"_s);
    query.bind(u":login"_s, login).exec();
    QList<OpenOpportunity> open;
    while (query.next())
        open.append({query.value(0).toLongLong(), query.value(1).toString(), Wire::timestampFromWire(query.value(2).toString())});
    return open;
}

/**
 * Nine stories per salesperson on their open opportunities. sales.east1 keeps their first three open spare-parts
 * opportunities without a quote, but has quoted the same customers and parts before (standalone quotes), so
 * that "copy from a similar quote" has something to find.
 */
QList<Script> scripts(const QSqlDatabase &db, const QDateTime &now)
{
    using O = Outcome;
    const QList<QPair<QString, QList<Outcome>>> plans = {
        {u"sales.east1"_s, {O::Won, O::Approved, O::Submitted, O::Rejected, O::RevisedWon, O::Lost, O::Draft, O::SecondLevel, O::Approved}},
        {u"sales.east2"_s, {O::Submitted, O::Won, O::Lost, O::Approved, O::RevisedApproved, O::Rejected, O::Draft, O::Won, O::Approved}},
        {u"sales.west1"_s, {O::Won, O::Lost, O::Approved, O::RevisedWon, O::Submitted, O::Rejected, O::Draft, O::Won, O::Lost}}};
    const QList<QPair<Outcome, Outcome>> earlierQuotes = {{O::Won, O::Lost}, {O::Approved, O::Won}, {O::Won, O::Rejected}};
    QRandomGenerator random(3112026);
    QList<Script> result;
    const auto add = [&](Script script, const OpenOpportunity &opportunity) {
        script.createdAt = std::max(now.addDays(-daysAgo(script.outcome, random)).addSecs(-random.bounded(6 * 3600)),
                                    opportunity.createdAt.addDays(1));
        result.append(script);
    };
    for (const auto &[owner, outcomes] : plans) {
        QList<OpenOpportunity> open = openOpportunitiesOf(db, owner);
        if (owner == u"sales.east1"_s) {
            for (const auto &earlier : earlierQuotes) {
                const auto fresh = std::find_if(open.begin(), open.end(), [](const OpenOpportunity &o) {
                    return o.kind == Opportunity::KindSpareParts;
                });
                if (fresh == open.end())
                    break;
                add({fresh->id, true, false, owner, earlier.first}, *fresh);
                add({fresh->id, true, false, owner, earlier.second}, *fresh);
                open.erase(fresh);
            }
        }
        bool framework = owner != u"sales.east1"_s;
        for (qsizetype i = 0; i < outcomes.size() && i < open.size(); ++i) {
            const bool spareParts = open.at(i).kind == Opportunity::KindSpareParts;
            add({open.at(i).id, false, framework && spareParts, owner, outcomes.at(i)}, open.at(i));
            framework = framework && !spareParts;
        }
    }
    std::sort(result.begin(), result.end(), [](const Script &a, const Script &b) { return a.createdAt < b.createdAt; });
    return result;
}

} // namespace

void populateQuotes(const QSqlDatabase &db, const QDateTime &now)
{
    const QHash<QString, qint64> productIds = insertCatalogue(db);
    insertRequestedParts(db, productIds);
    const Actors actors(db);
    act(db, actors.byLogin(u"admin"_s), now.addDays(-400),
        [](RequestContext &context) { QuoteSettings::storeCompanyProfile(context, demoCompany()); });
    QuoteStories stories(db, now, productIds, actors);
    for (const Script &script : scripts(db, now))
        stories.tell(script);
}

void generateScaleQuotes(const QSqlDatabase &db, qint64 quoteTarget, const Progress &progress)
{
    QHash<QString, qint64> productIds;
    Query products(db, u"SELECT code, id FROM products"_s);
    products.exec();
    while (products.next())
        productIds.insert(products.value(0).toString(), products.value(1).toLongLong());
    const QList<const CatalogueEntry *> parts = entriesOf({Cameras, Lights, Computers, Lenses, Markers, XRay, Conveyors, Sensors});

    const qint64 total = std::max<qint64>(0, quoteTarget - Query(db, u"SELECT COUNT(*) FROM quotes"_s).scalar().toLongLong());
    Query opportunities(db, u"SELECT id, customer_id, owner_id, currency, created_at, title FROM opportunities o "
                            u"WHERE id % 4 = 0 AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.opportunity_id = o.id) "
                            u"ORDER BY id LIMIT :total"_s);
    opportunities.bind(u":total"_s, total).exec();
    qint64 done = 0;
    while (opportunities.next()) {
        const qint64 id = opportunities.value(0).toLongLong();
        const QDateTime createdAt = Wire::timestampFromWire(opportunities.value(4).toString()).addDays(1);
        Quote quote;
        quote.opportunityId = id;
        quote.customerId = opportunities.value(1).toLongLong();
        quote.currency = opportunities.value(3).toString();
        quote.title = opportunities.value(5).toString();
        quote.language = quote.currency == u"CNY"_s ? Quote::LanguageChinese : Quote::LanguageEnglish;
        quote.taxRateBasisPoints = quote.currency == u"CNY"_s ? 1300 : 0;
        quote.quoteDate = createdAt.date();
        quote.validUntil = quote.quoteDate.addDays(30);
        quote.incoterm = quote.currency == u"CNY"_s ? u"DAP"_s : u"CIF"_s;
        for (qint64 i = 0; i < 3; ++i)
            quote.lines.append(lineOf(*parts.at((id + i * 5) % parts.size()), productIds, quote.currency, 1 + i, 0));
        quote.totals = QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints);
        quote.number = QuoteSettings::nextNumber(db, quote.quoteDate);
        Quotes::insert(db, quote, opportunities.value(2).toLongLong(), createdAt);
        if (progress && ++done % 10000 == 0)
            progress(u"quotes"_s, done, total);
    }
    if (progress)
        progress(u"quotes"_s, total, total);
}

} // namespace Tradewind::Demo
