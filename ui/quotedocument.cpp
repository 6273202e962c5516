#include "quotedocument.h"

#include "amountinwords.h"
#include "formatting.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPrinter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <numbers>
#include <utility>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

// ---------------------------------------------------------------------------------------------------------
// The document's own words, in both of its languages.

struct Phrase
{
    const char16_t *en;
    const char16_t *zh;
};

namespace Words {
constexpr Phrase Quotation{u"QUOTATION", u"报价单"};
constexpr Phrase RunningTitle{u"Quotation %1", u"报价单 %1"};
constexpr Phrase QuoteNumber{u"Quotation No.", u"报价单号"};
constexpr Phrase Revision{u"Revision", u"版本"};
constexpr Phrase Date{u"Date", u"报价日期"};
constexpr Phrase ValidUntil{u"Valid until", u"有效期至"};
constexpr Phrase Currency{u"Currency", u"币种"};
constexpr Phrase Customer{u"CUSTOMER", u"客户"};
constexpr Phrase SalesContact{u"Sales contact", u"销售联系人"};
constexpr Phrase Attention{u"Attn.", u"联系人"};
constexpr Phrase Phone{u"Tel.", u"电话"};
constexpr Phrase Email{u"Email", u"邮箱"};
constexpr Phrase Web{u"Web", u"网址"};
constexpr Phrase TaxId{u"Tax ID", u"税号"};
constexpr Phrase Subject{u"Subject", u"项目"};
constexpr Phrase Dear{u"Dear %1,", u"尊敬的%1："};
constexpr Phrase DearCustomer{u"Dear Sir or Madam,", u"尊敬的客户："};
constexpr Phrase Intro{u"Thank you for your enquiry. We are pleased to submit our quotation as follows:",
                       u"感谢贵司的询价，现将我司报价呈上如下："};
constexpr Phrase ColumnNumber{u"No.", u"序号"};
constexpr Phrase ColumnCode{u"Part No.", u"产品编号"};
constexpr Phrase ColumnDescription{u"Description", u"名称及规格"};
constexpr Phrase ColumnQuantity{u"Qty", u"数量"};
constexpr Phrase ColumnUnit{u"Unit", u"单位"};
constexpr Phrase ColumnUnitPrice{u"Unit Price", u"单价"};
constexpr Phrase ColumnDiscount{u"Disc.", u"折扣"};
constexpr Phrase ColumnAmount{u"Amount", u"金额"};
constexpr Phrase ListTotal{u"Total list price", u"原价合计"};
constexpr Phrase LessDiscount{u"Less discount", u"减：折扣"};
constexpr Phrase Subtotal{u"Subtotal", u"小计"};
constexpr Phrase SubtotalBeforeTax{u"Subtotal excl. VAT", u"不含税金额"};
constexpr Phrase Vat{u"VAT %1", u"增值税 %1"};
constexpr Phrase Total{u"Total", u"合计"};
constexpr Phrase TotalWithTax{u"Total incl. VAT", u"价税合计"};
constexpr Phrase InWords{u"Amount in words", u"英文金额"};
constexpr Phrase InChinese{u"Amount in Chinese", u"大写金额"};
constexpr Phrase Terms{u"Terms and Conditions", u"商务条款"};
constexpr Phrase DeliveryTerms{u"Delivery terms", u"交货条件"};
constexpr Phrase IncotermsEdition{u"(Incoterms® 2020)", u"（Incoterms® 2020）"};
constexpr Phrase PaymentTerms{u"Payment terms", u"付款方式"};
constexpr Phrase LeadTime{u"Lead time", u"交货期"};
constexpr Phrase Validity{u"Validity", u"报价有效期"};
constexpr Phrase ValidityText{u"This quotation is valid until %1.", u"本报价有效期至%1。"};
constexpr Phrase Prices{u"Prices", u"价格说明"};
constexpr Phrase PricesText{u"All prices are in %1.", u"以上价格均以%1计。"};
constexpr Phrase PricesTaxText{u" Unit prices exclude VAT; VAT at %1 is added to the total.",
                               u"单价不含税，增值税（税率%1）计入合计。"};
constexpr Phrase Notes{u"Notes", u"备注"};
constexpr Phrase BankDetails{u"Bank Details", u"银行信息"};
constexpr Phrase Beneficiary{u"Beneficiary", u"收款单位"};
constexpr Phrase Bank{u"Bank", u"开户银行"};
constexpr Phrase Account{u"Account No.", u"账号"};
constexpr Phrase Swift{u"SWIFT", u"SWIFT 代码"};
constexpr Phrase ForCompany{u"For and on behalf of", u"供方"};
constexpr Phrase AcceptedBy{u"Accepted and confirmed by", u"需方确认"};
constexpr Phrase SignatureLine{u"Authorized signature and company stamp", u"授权代表签字（盖章）"};
constexpr Phrase Name{u"Name", u"姓名"};
constexpr Phrase SignedOn{u"Date", u"日期"};
constexpr Phrase PageOf{u"Page %1 of %2", u"第 %1 页，共 %2 页"};
constexpr Phrase Draft{u"DRAFT", u"草稿"};
constexpr Phrase DraftNotice{u"DRAFT – not valid as an offer", u"草稿 – 非正式报价"};
} // namespace Words

// ---------------------------------------------------------------------------------------------------------
// The look: colours, type sizes (points) and measures (millimetres).

const QColor Ink(0x1b, 0x22, 0x2b);
const QColor Muted(0x5c, 0x67, 0x73);
const QColor Accent(0x1f, 0x4e, 0x79);
const QColor Hairline(0xc8, 0xd0, 0xd9);
const QColor Zebra(0xf3, 0xf6, 0xf9);
const QColor TotalBackground(0xe8, 0xef, 0xf6);
const QColor White(0xff, 0xff, 0xff);
/** The watermark and the draft notice; nothing else on the page is red, which the tests rely on. */
const QColor DraftRed(0xc8, 0x1e, 0x1e);

constexpr qreal BodySize = 8.5;
constexpr qreal SmallSize = 7.5;
constexpr qreal TableSize = 8;
/** Line height as a multiple of the type size. */
constexpr qreal LineSpacing = 1.32;

constexpr qreal MarginLeft = 16;
constexpr qreal MarginRight = 16;
constexpr qreal MarginTop = 18;
constexpr qreal MarginBottom = 20;
constexpr qreal CellPaddingX = 1.4;
constexpr qreal CellPaddingY = 1.1;
constexpr qreal LogoHeight = 17;

/**
 * DejaVu Sans for Latin text and figures, Noto Sans CJK SC for Chinese. The Latin glyphs of Noto CJK are not
 * used: Qt's PDF writer cannot map its shaped figures back to text, so copied or searched amounts would be
 * lost. Both fonts are subset and embedded in the PDF.
 */
QFont documentFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns off ligatures in Qt's shaping: with them, a PDF reader finds "ﬁrmware" but
    // not "firmware". A 50th of a device pixel changes nothing else.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return font;
}

QTextCharFormat charFormat(qreal pointSize, const QColor &color = Ink, bool bold = false)
{
    QTextCharFormat format;
    format.setFont(documentFont(pointSize, bold), QTextCharFormat::FontPropertiesAll);
    format.setForeground(color);
    return format;
}

/** A run of text in one format; a paragraph is a list of runs. */
struct Run
{
    QString text;
    QTextCharFormat format;
};
using Paragraph = QList<Run>;

/**
 * Device pixels per unit of the lengths in text formats (margins, paddings, widths, images). The text layout
 * takes those lengths in screen pixels and scales them to the paint device (fonts, in points, need no
 * scaling); the factor is measured rather than recomputed so that it always agrees with the layout.
 */
qreal layoutScale(QPaintDevice *device)
{
    constexpr qreal Probe = 1000;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    probe.setDocumentMargin(0);
    QTextFrameFormat format = probe.rootFrame()->frameFormat();
    format.setLeftMargin(Probe);
    probe.rootFrame()->setFrameFormat(format);
    probe.documentLayout()->documentSize(); // lays the probe out
    const qreal scale = probe.documentLayout()->blockBoundingRect(probe.begin()).left() / Probe;
    return scale > 0 ? scale : device->logicalDpiY() / 96.0;
}

/**
 * Builds the document for one paint device, whose font metrics it is laid out with, so the layout that
 * paginates is the layout that prints. The page size is in device pixels; format lengths in layout units.
 */
class Builder
{
public:
    /** pageBreakLines: the lines (0-based) that start a new page of the line table. */
    Builder(const Quote &quote, const CompanyProfile &company, QPaintDevice *device, const QSizeF &paper,
            const QList<int> &pageBreakLines)
        : m_quote(quote)
        , m_company(company)
        , m_chinese(quote.language == Quote::LanguageChinese)
        , m_device(device)
        , m_dpi(device->logicalDpiY())
        , m_scale(layoutScale(device))
        , m_paper(paper)
        , m_locale(QLocale::English, QLocale::UnitedStates)
        , m_document(std::make_unique<QTextDocument>())
        , m_pageBreakLines(pageBreakLines)
    {
        if (!m_quote.totals.total.isValid())
            m_quote.totals = QuoteTotals::of(m_quote.lines, m_quote.currency, m_quote.taxRateBasisPoints);
    }

    /**
     * The first line of the built document's line table that the layout has split across two pages, or -1.
     * A line that starts its table's page is never reported: it is taller than a page, nothing helps.
     */
    int firstSplitLine() const
    {
        const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        const qreal pageHeight = m_paper.height();
        // Where a block's lines really are: the layout moves lines that cross a page's bottom down to the
        // next page without moving the block's own rectangle.
        const auto linesOf = [layout](const QTextBlock &block) {
            const QRectF lines = block.layout()->boundingRect();
            return lines.translated(0, layout->blockBoundingRect(block).top());
        };
        for (const auto &[table, firstLine] : m_lineTables) {
            for (int row = 2; row < table->rows(); ++row) {
                qreal top = std::numeric_limits<qreal>::max();
                qreal bottom = 0;
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    top = std::min(top, linesOf(cell.firstCursorPosition().block()).top());
                    bottom = std::max(bottom, linesOf(cell.lastCursorPosition().block()).bottom());
                }
                if (int(top / pageHeight) != int(bottom / pageHeight))
                    return firstLine + row - 1;
            }
        }
        return -1;
    }

    /**
     * Whether the totals begin a page of their own, parted from the lines they add up. Then the last line
     * should go to that page too.
     */
    bool totalsStandAlone() const
    {
        if (m_lineTables.isEmpty() || m_sections.isEmpty())
            return false;
        const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
        const QTextTable *table = m_lineTables.constLast().first;
        const QTextBlock lastLine = table->cellAt(table->rows() - 1, 0).firstCursorPosition().block();
        const qreal lastLineTop = layout->blockBoundingRect(lastLine).top();
        const qreal totals = layout->frameBoundingRect(m_sections.constFirst()).top();
        return int(totals / m_paper.height()) > int(lastLineTop / m_paper.height());
    }

    void build()
    {
        QTextDocument &document = *m_document;
        document.documentLayout()->setPaintDevice(m_device);
        document.setPageSize(m_paper);
        document.setDefaultFont(documentFont(BodySize));
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        document.setDocumentMargin(0);
        QTextFrameFormat root = document.rootFrame()->frameFormat();
        root.setLeftMargin(mm(MarginLeft));
        root.setRightMargin(mm(MarginRight));
        root.setTopMargin(mm(MarginTop));
        root.setBottomMargin(mm(MarginBottom));
        document.rootFrame()->setFrameFormat(root);

        m_cursor = QTextCursor(&document);
        // One edit block: the document is laid out once at the end rather than after every insertion.
        m_cursor.beginEditBlock();
        letterhead();
        titleBlock();
        parties();
        introduction();
        lineTable();
        totals();
        terms();
        bankDetails();
        signatures();
        m_cursor.endEditBlock();
        keepSectionsTogether();
    }

    std::unique_ptr<QTextDocument> takeDocument() { return std::move(m_document); }

private:
    QString say(const Phrase &phrase) const { return QString::fromUtf16(m_chinese ? phrase.zh : phrase.en); }
    /** A length in layout units. */
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4 / m_scale; }
    qreal points(qreal points) const { return points * m_dpi / 72 / m_scale; }
    /** The width of text in layout units. */
    qreal textWidth(const QString &text, const QTextCharFormat &format) const
    {
        return QFontMetricsF(format.font(), m_device).horizontalAdvance(text) / m_scale;
    }

    /** The name in the document's language, falling back to the other one. */
    QString localized(const QString &english, const QString &chinese) const
    {
        if (m_chinese)
            return chinese.isEmpty() ? english : chinese;
        return english.isEmpty() ? chinese : english;
    }
    QString date(const QDate &date) const
    {
        if (!date.isValid())
            return QString();
        return m_chinese ? date.toString(u"yyyy年M月d日"_s) : m_locale.toString(date, u"d MMM yyyy"_s);
    }
    /** Grouped with the currency's decimals and its code: "USD 12,345.60". */
    QString money(const Money &amount) const { return Format::money(amount, m_locale); }
    /** The same figure without the code, for the table where the header names the currency. */
    QString figure(const Money &amount) const { return Format::amount(amount, m_locale); }
    QString percent(int basisPoints) const { return Format::percent(basisPoints, m_locale); }
    QString companyName() const { return localized(m_company.nameEn, m_company.nameZh); }

    // --- Building blocks ---------------------------------------------------------------------------------

    /**
     * Space above the next table or frame: a table's top margin (the empty block before a table takes no
     * room), a frame's empty block before it (see insertFrame()).
     */
    void gap(qreal millimetres) { m_gap = millimetres; }
    qreal takeGap() { return mm(std::exchange(m_gap, 0)); }

    static QTextBlockFormat blockFormat(Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextBlockFormat format;
        format.setAlignment(alignment);
        return format;
    }

    /**
     * Writes paragraphs at cursor, which must sit in an empty block (a new cell or frame). The char format of
     * a cell's or frame's first block is the cell's or frame's own format, so it is left alone.
     *
     * Lines have a fixed height for their type size, which puts the baseline at the same place whatever the
     * font: Chinese and Latin text side by side in a table row stand on one line.
     */
    void write(QTextCursor cursor, const QList<Paragraph> &paragraphs,
               const QTextBlockFormat &format = blockFormat()) const
    {
        bool first = true;
        for (const Paragraph &paragraph : paragraphs) {
            qreal size = paragraph.isEmpty() ? BodySize : 0;
            for (const Run &run : paragraph)
                size = std::max(size, run.format.font().pointSizeF());
            QTextBlockFormat lineFormat = format;
            lineFormat.setLineHeight(points(size * LineSpacing), QTextBlockFormat::FixedHeight);
            if (first)
                cursor.setBlockFormat(lineFormat);
            else
                cursor.insertBlock(lineFormat, paragraph.isEmpty() ? QTextCharFormat() : paragraph.first().format);
            first = false;
            for (const Run &run : paragraph)
                cursor.insertText(run.text, run.format);
        }
    }

    QTextTable *insertTable(int rows, const QList<QTextLength> &widths, qreal widthPercent = 100,
                            Qt::Alignment alignment = Qt::AlignLeft)
    {
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setMargin(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, widthPercent));
        format.setColumnWidthConstraints(widths);
        format.setAlignment(alignment);
        format.setTopMargin(takeGap());
        QTextTable *table = m_cursor.insertTable(rows, int(widths.size()), format);
        continueAfter(table);
        return table;
    }

    QTextTableCellFormat cellFormat(qreal paddingX = CellPaddingX, qreal paddingY = CellPaddingY) const
    {
        QTextTableCellFormat format;
        format.setLeftPadding(mm(paddingX));
        format.setRightPadding(mm(paddingX));
        format.setTopPadding(mm(paddingY));
        format.setBottomPadding(mm(paddingY));
        return format;
    }

    void setBottomRule(QTextTableCellFormat &format, qreal widthPoints, const QColor &color) const
    {
        format.setBottomBorder(points(widthPoints));
        format.setBottomBorderBrush(color);
        format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }

    void setTopRule(QTextTableCellFormat &format, qreal widthPoints, const QColor &color) const
    {
        format.setTopBorder(points(widthPoints));
        format.setTopBorderBrush(color);
        format.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }

    /**
     * A borderless frame for the content that follows, until the cursor is moved after it. The gap above it
     * is the height of the empty block before it rather than a top margin: the layout also reserves a frame's
     * top margin at the bottom of each page, which would push a section that fits to the next page.
     */
    QTextFrame *insertFrame()
    {
        QTextBlockFormat spacing;
        spacing.setLineHeight(std::max(takeGap(), points(0.1)), QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(spacing);
        QTextFrameFormat format;
        format.setBorder(0);
        format.setMargin(0);
        format.setPadding(0);
        return m_cursor.insertFrame(format);
    }

    /**
     * Moves the cursor after frame, into the empty block that must follow a frame; that block is made
     * (almost) no height, so that the space between sections is the gaps alone.
     */
    void continueAfter(const QTextFrame *frame)
    {
        m_cursor.setPosition(frame->lastPosition() + 1);
        QTextBlockFormat format;
        format.setLineHeight(points(0.1), QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(format);
    }

    /** A frame whose content moves to the next page as a whole rather than split at the bottom of one. */
    void beginSection() { m_sections.append(insertFrame()); }
    void endSection() { continueAfter(m_sections.constLast()); }

    void sectionHeading(const Phrase &phrase)
    {
        QTextCharFormat format = charFormat(BodySize + 0.5, Accent, true);
        QTextBlockFormat block = blockFormat();
        block.setBottomMargin(mm(1.2));
        write(m_cursor, {{{say(phrase), format}}}, block);
        m_cursor.insertBlock();
    }

    // --- Sections ------------------------------------------------------------------------------------

    QImage logo() const
    {
        QByteArray data = m_company.logo;
        if (data.isEmpty()) {
            QFile file(u":/icons/tradewind-logo.svg"_s);
            if (file.open(QIODevice::ReadOnly))
                data = file.readAll();
        }
        QBuffer buffer(&data);
        QImageReader reader(&buffer);
        // Rendered at up to 600 dpi: sharp on paper without making the PDF heavy.
        const qreal pixelsPerMm = std::min<qreal>(m_dpi, 600) / 25.4;
        const QSize natural = reader.size();
        if (natural.isEmpty())
            return QImage();
        const QSize target = natural.scaled(QSize(int(45 * pixelsPerMm), int(LogoHeight * pixelsPerMm)),
                                            Qt::KeepAspectRatio);
        if (reader.format() == "svg") {
            reader.setScaledSize(target);
            return reader.read();
        }
        const QImage image = reader.read();
        return image.width() > target.width()
            ? image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation) : image;
    }

    void letterhead()
    {
        const QImage image = logo();
        const qreal logoHeight = mm(LogoHeight);
        const qreal logoWidth = image.isNull() ? 0 : logoHeight * image.width() / image.height();
        QTextTable *table = insertTable(1, {QTextLength(QTextLength::FixedLength, logoWidth + mm(4)),
                                            QTextLength(QTextLength::VariableLength, 0),
                                            QTextLength(QTextLength::PercentageLength, 40)});
        for (int column = 0; column < 3; ++column) {
            QTextTableCellFormat format = cellFormat(0, 0);
            format.setBottomPadding(mm(2.5));
            setBottomRule(format, 1.5, Accent);
            if (column == 1)
                format.setTopPadding(mm(1));
            table->cellAt(0, column).setFormat(format);
        }
        if (!image.isNull()) {
            m_document->addResource(QTextDocument::ImageResource, QUrl(u"tradewind:logo"_s), image);
            QTextImageFormat imageFormat;
            imageFormat.setName(u"tradewind:logo"_s);
            imageFormat.setWidth(logoWidth);
            imageFormat.setHeight(logoHeight);
            QTextCursor cursor = table->cellAt(0, 0).firstCursorPosition();
            cursor.insertImage(imageFormat);
        }

        const QString primaryName = companyName();
        const QString secondaryName = m_chinese ? m_company.nameEn : m_company.nameZh;
        QList<Paragraph> names = {{{primaryName, charFormat(13.5, Accent, true)}}};
        if (!secondaryName.isEmpty() && secondaryName != primaryName)
            names.append({{secondaryName, charFormat(BodySize, Muted)}});
        write(table->cellAt(0, 1).firstCursorPosition(), names);

        const QTextCharFormat small = charFormat(SmallSize, Muted);
        const QTextCharFormat smallLabel = charFormat(SmallSize, Accent, true);
        QList<Paragraph> contact;
        for (const QString &line : localized(m_company.addressEn, m_company.addressZh).split(u'\n'))
            if (!line.trimmed().isEmpty())
                contact.append({{line.trimmed(), small}});
        const auto addContact = [&](const Phrase &label, const QString &value) {
            if (!value.isEmpty())
                contact.append({{say(label) + u"  "_s, smallLabel}, {value, small}});
        };
        addContact(Words::Phone, m_company.phone);
        addContact(Words::Email, m_company.email);
        addContact(Words::Web, m_company.website);
        addContact(Words::TaxId, m_company.taxId);
        write(table->cellAt(0, 2).firstCursorPosition(), contact, blockFormat(Qt::AlignRight));
    }

    void titleBlock()
    {
        gap(4);
        const QTextFrame *frame = insertFrame();
        Paragraph title = {{say(Words::Quotation), charFormat(20, Accent, true)}};
        if (Quote::printsAsDraft(m_quote.status))
            title.append({u"     "_s + say(Words::DraftNotice), charFormat(BodySize + 0.5, DraftRed, true)});
        write(m_cursor, {title});
        continueAfter(frame);
    }

    /** The customer on the left; on the right the quote's reference data and our sales contact. */
    void parties()
    {
        gap(3);
        QTextTable *table = insertTable(1, {QTextLength(QTextLength::PercentageLength, 55),
                                            QTextLength(QTextLength::PercentageLength, 45)});
        table->cellAt(0, 0).setFormat(cellFormat(0, 0));
        table->cellAt(0, 1).setFormat(cellFormat(0, 0));
        const QTextCharFormat heading = charFormat(SmallSize, Accent, true);
        const QTextCharFormat text = charFormat(BodySize);
        const QTextCharFormat label = charFormat(BodySize, Muted);

        QList<Paragraph> customer = {{{say(Words::Customer), heading}},
                                     {{m_quote.customerName, charFormat(BodySize + 1, Ink, true)}}};
        for (const QString &line : m_quote.customerAddress.split(u'\n'))
            if (!line.trimmed().isEmpty())
                customer.append({{line.trimmed(), text}});
        if (!m_quote.contactName.isEmpty()) {
            QString who = m_quote.contactName;
            if (!m_quote.contactTitle.isEmpty())
                who += (m_chinese ? u"，"_s : u", "_s) + m_quote.contactTitle;
            customer.append({{say(Words::Attention) + u"  "_s, label}, {who, text}});
        }
        if (!m_quote.contactPhone.isEmpty())
            customer.append({{say(Words::Phone) + u"  "_s, label}, {m_quote.contactPhone, text}});
        if (!m_quote.contactEmail.isEmpty())
            customer.append({{say(Words::Email) + u"  "_s, label}, {m_quote.contactEmail, text}});
        QTextBlockFormat customerBlock = blockFormat();
        customerBlock.setRightMargin(mm(4));
        write(table->cellAt(0, 0).firstCursorPosition(), customer, customerBlock);

        QList<std::pair<Phrase, QString>> rows = {
            {Words::QuoteNumber, m_quote.number},
            {Words::Revision, u"Rev "_s + m_quote.revisionLabel()},
            {Words::Date, date(m_quote.quoteDate)},
            {Words::ValidUntil, date(m_quote.validUntil)},
            {Words::Currency, m_quote.currency},
            {Words::SalesContact, m_quote.ownerName},
        };
        if (!m_quote.ownerPhone.isEmpty())
            rows.append({Words::Phone, m_quote.ownerPhone});
        if (!m_quote.ownerEmail.isEmpty())
            rows.append({Words::Email, m_quote.ownerEmail});
        qreal labelWidth = 0;
        for (const auto &row : rows)
            labelWidth = std::max(labelWidth, textWidth(say(row.first), label));
        QTextTableFormat format;
        format.setBorder(0);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::FixedLength, labelWidth + mm(3)),
                                          QTextLength(QTextLength::VariableLength, 0)});
        QTextTable *grid = table->cellAt(0, 1).firstCursorPosition().insertTable(int(rows.size()), 2, format);
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < 2; ++column) {
                QTextTableCellFormat cell = cellFormat(0, 0.45);
                setBottomRule(cell, 0.5, Hairline);
                grid->cellAt(row, column).setFormat(cell);
            }
            const bool strong = row == 0;
            write(grid->cellAt(row, 0).firstCursorPosition(), {{{say(rows.at(row).first), label}}});
            write(grid->cellAt(row, 1).firstCursorPosition(),
                  {{{rows.at(row).second, charFormat(BodySize, Ink, strong)}}}, blockFormat(Qt::AlignRight));
        }
    }

    void introduction()
    {
        gap(4);
        QList<Paragraph> paragraphs;
        if (!m_quote.title.isEmpty()) {
            paragraphs.append({{say(Words::Subject) + (m_chinese ? u"："_s : u": "_s),
                                charFormat(BodySize + 0.5, Ink, true)},
                               {m_quote.title, charFormat(BodySize + 0.5, Ink, true)}});
        }
        const QString greeting = m_quote.contactName.isEmpty()
            ? say(Words::DearCustomer) : say(Words::Dear).arg(m_quote.contactName);
        paragraphs.append({{greeting, charFormat(BodySize)}});
        paragraphs.append({{say(Words::Intro), charFormat(BodySize)}});
        QTextBlockFormat format = blockFormat();
        format.setBottomMargin(mm(1.2));
        const QTextFrame *frame = insertFrame();
        write(m_cursor, paragraphs, format);
        continueAfter(frame);
    }

    void lineTable()
    {
        gap(1.5);
        const bool discounts = std::any_of(m_quote.lines.cbegin(), m_quote.lines.cend(),
                                           [](const QuoteLine &line) { return line.discountBasisPoints != 0; });
        const QTextCharFormat headerFormat = charFormat(TableSize, White, true);
        const QTextCharFormat text = charFormat(TableSize);
        const QTextCharFormat strong = charFormat(TableSize, Ink, true);
        const QTextCharFormat specification = charFormat(SmallSize, Muted);

        struct Column
        {
            QList<Paragraph> header;
            Qt::Alignment alignment;
            qreal width = 0; ///< 0: takes what the others leave
        };
        const QString currency = u"(%1)"_s.arg(m_quote.currency);
        QList<Column> columns = {
            {{{{say(Words::ColumnNumber), headerFormat}}}, Qt::AlignRight},
            {{{{say(Words::ColumnCode), headerFormat}}}, Qt::AlignLeft},
            {{{{say(Words::ColumnDescription), headerFormat}}}, Qt::AlignLeft},
            {{{{say(Words::ColumnQuantity), headerFormat}}}, Qt::AlignRight},
            {{{{say(Words::ColumnUnit), headerFormat}}}, Qt::AlignLeft},
            {{{{say(Words::ColumnUnitPrice), headerFormat}}, {{currency, headerFormat}}}, Qt::AlignRight},
            {{{{say(Words::ColumnDiscount), headerFormat}}}, Qt::AlignRight},
            {{{{say(Words::ColumnAmount), headerFormat}}, {{currency, headerFormat}}}, Qt::AlignRight},
        };
        enum { Number, Code, Description, Quantity, Unit, UnitPrice, Discount, Amount };

        // Every cell's text, so that the columns can be measured before the table is made.
        QList<QList<QList<Paragraph>>> cells;
        for (qsizetype i = 0; i < m_quote.lines.size(); ++i) {
            const QuoteLine &line = m_quote.lines.at(i);
            QList<Paragraph> description = {{{localized(line.nameEn, line.nameZh), text}}};
            for (const QString &specLine : line.specification.split(u'\n'))
                if (!specLine.trimmed().isEmpty())
                    description.append({{specLine.trimmed(), specification}});
            cells.append({
                {{{QString::number(i + 1), text}}},
                {{{line.productCode, text}}},
                description,
                {{{m_locale.toString(line.quantity), text}}},
                {{{line.unit, text}}},
                {{{figure(line.unitPrice), text}}},
                {{{line.discountBasisPoints ? percent(line.discountBasisPoints) : QString(), text}}},
                {{{figure(line.total()), strong}}},
            });
        }

        // Fixed columns are as wide as their widest entry, so figures never wrap or overflow; the
        // description takes the rest and wraps. A part number wider than a fifth of the page wraps too.
        const qreal padding = 2 * mm(CellPaddingX);
        const qreal available = m_paper.width() / m_scale - mm(MarginLeft + MarginRight);
        const auto widest = [&](const QList<Paragraph> &paragraphs) {
            qreal width = 0;
            for (const Paragraph &paragraph : paragraphs) {
                qreal paragraphWidth = 0;
                for (const Run &run : paragraph)
                    paragraphWidth += textWidth(run.text, run.format);
                width = std::max(width, paragraphWidth);
            }
            return width;
        };
        for (int column = 0; column < columns.size(); ++column) {
            if (column == Description)
                continue;
            qreal width = widest(columns.at(column).header);
            for (const auto &row : cells)
                width = std::max(width, widest(row.at(column)));
            if (column == Code)
                width = std::min(width, available * 0.22);
            columns[column].width = width + padding + mm(0.6);
        }
        if (!discounts) {
            columns.removeAt(Discount);
            for (auto &row : cells)
                row.removeAt(Discount);
        }
        // Should the figures be too long to leave the description 30 % of the width (amounts in the
        // quadrillions), the part number, price and amount columns give up width in proportion and their
        // figures may wrap.
        const auto shrinkable = [&columns](int column) {
            return column == Code || column == UnitPrice || column == int(columns.size()) - 1;
        };
        qreal fixedWidth = 0;
        qreal shrinkableWidth = 0;
        for (int column = 0; column < columns.size(); ++column) {
            fixedWidth += columns.at(column).width;
            if (shrinkable(column))
                shrinkableWidth += columns.at(column).width;
        }
        const qreal excess = fixedWidth - available * 0.7;
        const bool squeezed = excess > 0;
        if (squeezed) {
            const qreal factor = std::max(0.2, 1 - excess / shrinkableWidth);
            for (int column = 0; column < columns.size(); ++column)
                if (shrinkable(column))
                    columns[column].width *= factor;
        }

        QList<QTextLength> widths;
        for (const Column &column : columns)
            widths.append(column.width > 0 ? QTextLength(QTextLength::FixedLength, column.width)
                                           : QTextLength(QTextLength::VariableLength, 0));
        // One table per page (see layOut()), each with the header row; the header also repeats by itself
        // should a single line be taller than a page.
        QList<int> starts = {0};
        for (int line : m_pageBreakLines)
            if (line > starts.constLast() && line < cells.size())
                starts.append(line);
        starts.append(int(cells.size()));
        for (qsizetype chunk = 0; chunk + 1 < starts.size(); ++chunk) {
            const int first = starts.at(chunk);
            const int count = starts.at(chunk + 1) - first;
            QTextTable *table = insertTable(count + 1, widths);
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(1);
            if (chunk > 0)
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
            m_lineTables.append({table, first});

            for (int column = 0; column < columns.size(); ++column) {
                QTextTableCellFormat cell = cellFormat(CellPaddingX, CellPaddingY + 0.2);
                cell.setBackground(Accent);
                table->cellAt(0, column).setFormat(cell);
                write(table->cellAt(0, column).firstCursorPosition(), columns.at(column).header,
                      blockFormat(columns.at(column).alignment));
            }
            for (int row = 0; row < count; ++row) {
                const int line = first + row;
                for (int column = 0; column < columns.size(); ++column) {
                    QTextTableCellFormat cell = cellFormat();
                    setBottomRule(cell, 0.5, Hairline);
                    if (line % 2 == 1)
                        cell.setBackground(Zebra);
                    table->cellAt(row + 1, column).setFormat(cell);
                    QTextBlockFormat block = blockFormat(columns.at(column).alignment);
                    // Figures stay on one line; their column was measured to hold them.
                    block.setNonBreakableLines(!squeezed && column != Description && column != Code);
                    write(table->cellAt(row + 1, column).firstCursorPosition(), cells.at(line).at(column), block);
                }
            }
        }
    }

    void totals()
    {
        gap(2.5);
        beginSection();
        const QuoteTotals &totals = m_quote.totals;
        const bool taxed = m_quote.taxRateBasisPoints != 0;
        const bool discounted = totals.discount.isValid() && totals.discount.minorUnits() != 0;
        QList<std::pair<QString, Money>> rows;
        if (discounted) {
            rows.append({say(Words::ListTotal), totals.listTotal});
            rows.append({say(Words::LessDiscount), totals.discount});
        }
        if (discounted || taxed)
            rows.append({say(taxed ? Words::SubtotalBeforeTax : Words::Subtotal), totals.subtotal});
        if (taxed)
            rows.append({say(Words::Vat).arg(percent(m_quote.taxRateBasisPoints)), totals.tax});
        rows.append({say(taxed ? Words::TotalWithTax : Words::Total), totals.total});

        QTextTable *table = insertTable(int(rows.size()), {QTextLength(QTextLength::VariableLength, 0),
                                                           QTextLength(QTextLength::VariableLength, 0)},
                                        50, Qt::AlignRight);
        for (int row = 0; row < rows.size(); ++row) {
            const bool last = row + 1 == rows.size();
            for (int column = 0; column < 2; ++column) {
                QTextTableCellFormat cell = cellFormat(CellPaddingX, last ? 1.6 : 0.9);
                if (last) {
                    cell.setBackground(TotalBackground);
                    setTopRule(cell, 1.2, Accent);
                }
                table->cellAt(row, column).setFormat(cell);
            }
            const qreal size = last ? BodySize + 1.5 : BodySize;
            write(table->cellAt(row, 0).firstCursorPosition(),
                  {{{rows.at(row).first, charFormat(size, last ? Accent : Muted, last)}}});
            QTextBlockFormat right = blockFormat(Qt::AlignRight);
            right.setNonBreakableLines(true);
            write(table->cellAt(row, 1).firstCursorPosition(),
                  {{{money(rows.at(row).second), charFormat(size, Ink, last)}}}, right);
        }

        // The amount in words: English always; the Chinese uppercase form on Chinese documents and for
        // renminbi, where Chinese customers and banks expect it.
        gap(3);
        QList<std::pair<Phrase, QString>> words = {{Words::InWords, AmountInWords::english(totals.total)}};
        if (m_chinese || m_quote.currency == u"CNY")
            words.insert(m_chinese ? 0 : 1, {Words::InChinese, AmountInWords::chineseUppercase(totals.total)});
        labelledRows(words, true);
        endSection();
    }

    /** A two-column label/value table across the page. */
    void labelledRows(const QList<std::pair<Phrase, QString>> &rows, bool boxed = false)
    {
        qreal labelWidth = 0;
        const QTextCharFormat label = charFormat(BodySize, Muted);
        for (const auto &row : rows)
            labelWidth = std::max(labelWidth, textWidth(say(row.first), label));
        QTextTable *table = insertTable(int(rows.size()),
                                        {QTextLength(QTextLength::FixedLength,
                                                     std::max(labelWidth, mm(28)) + 2 * mm(CellPaddingX) + mm(2)),
                                         QTextLength(QTextLength::VariableLength, 0)});
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < 2; ++column) {
                QTextTableCellFormat cell = cellFormat(boxed ? CellPaddingX : 0, boxed ? 1.2 : 0.6);
                if (boxed) {
                    cell.setBackground(Zebra);
                    if (column == 0)
                        cell.setLeftPadding(mm(2));
                } else {
                    setBottomRule(cell, 0.5, Hairline);
                }
                table->cellAt(row, column).setFormat(cell);
            }
            write(table->cellAt(row, 0).firstCursorPosition(), {{{say(rows.at(row).first), label}}});
            QList<Paragraph> value;
            for (const QString &line : rows.at(row).second.split(u'\n'))
                value.append({{line, charFormat(BodySize, Ink, boxed)}});
            write(table->cellAt(row, 1).firstCursorPosition(), value);
        }
    }

    void terms()
    {
        gap(5);
        beginSection();
        sectionHeading(Words::Terms);
        QList<std::pair<Phrase, QString>> rows;
        if (!m_quote.incoterm.isEmpty()) {
            QString delivery = m_quote.incoterm;
            if (!m_quote.deliveryPlace.isEmpty())
                delivery += u' ' + m_quote.deliveryPlace;
            rows.append({Words::DeliveryTerms, delivery + (m_chinese ? QString() : u" "_s)
                                                   + say(Words::IncotermsEdition)});
        }
        if (!m_quote.paymentTerms.isEmpty())
            rows.append({Words::PaymentTerms, m_quote.paymentTerms});
        if (!m_quote.leadTime.isEmpty())
            rows.append({Words::LeadTime, m_quote.leadTime});
        if (m_quote.validUntil.isValid())
            rows.append({Words::Validity, say(Words::ValidityText).arg(date(m_quote.validUntil))});
        const QString currencyName =
            m_chinese ? AmountInWords::chineseCurrencyName(m_quote.currency) : m_quote.currency;
        QString prices = say(Words::PricesText).arg(currencyName);
        if (m_quote.taxRateBasisPoints != 0)
            prices += say(Words::PricesTaxText).arg(percent(m_quote.taxRateBasisPoints));
        rows.append({Words::Prices, prices});
        if (!m_quote.notes.trimmed().isEmpty())
            rows.append({Words::Notes, m_quote.notes.trimmed()});
        labelledRows(rows);
        endSection();
    }

    void bankDetails()
    {
        if (m_company.bankAccount.isEmpty())
            return;
        gap(5);
        beginSection();
        sectionHeading(Words::BankDetails);
        QList<std::pair<Phrase, QString>> rows = {{Words::Beneficiary, companyName()}};
        const QString bank = localized(m_company.bankNameEn, m_company.bankNameZh);
        if (!bank.isEmpty())
            rows.append({Words::Bank, bank});
        rows.append({Words::Account, m_company.bankAccount});
        if (!m_company.swift.isEmpty())
            rows.append({Words::Swift, m_company.swift});
        labelledRows(rows);
        endSection();
    }

    void signatures()
    {
        gap(4);
        beginSection();
        // Two signature panels with a gap between them: heading, room to sign and stamp, the line, then
        // name and date.
        QTextTable *table = insertTable(3, {QTextLength(QTextLength::PercentageLength, 46),
                                            QTextLength(QTextLength::PercentageLength, 8),
                                            QTextLength(QTextLength::PercentageLength, 46)});
        const QTextCharFormat heading = charFormat(SmallSize, Accent, true);
        const QTextCharFormat name = charFormat(BodySize, Ink, true);
        const QTextCharFormat label = charFormat(SmallSize, Muted);
        const QTextCharFormat text = charFormat(BodySize);
        const QString colon = m_chinese ? u"："_s : u": "_s;
        for (int column : {0, 2}) {
            for (int row = 0; row < 3; ++row) {
                QTextTableCellFormat cell = cellFormat(0, 0.6);
                if (row == 1) {
                    cell.setTopPadding(mm(11));
                    setBottomRule(cell, 0.8, Ink);
                }
                table->cellAt(row, column).setFormat(cell);
            }
            const bool ours = column == 0;
            write(table->cellAt(0, column).firstCursorPosition(),
                  {{{say(ours ? Words::ForCompany : Words::AcceptedBy), heading}},
                   {{ours ? companyName() : m_quote.customerName, name}}});
            write(table->cellAt(1, column).firstCursorPosition(), {{{QString(), text}}});
            const QString signer = ours ? m_quote.ownerName : m_quote.contactName;
            write(table->cellAt(2, column).firstCursorPosition(),
                  {{{say(Words::SignatureLine), label}},
                   {{say(Words::Name) + colon, label}, {signer, text}},
                   {{say(Words::SignedOn) + colon, label}}});
        }
        endSection();
    }

    /**
     * Pushes each closing section that straddles a page break to the next page, when it fits on one page;
     * each push moves the ones below, so they are checked in order after each layout.
     */
    void keepSectionsTogether()
    {
        // The layout positions frames in device pixels.
        const qreal pageHeight = m_paper.height();
        const qreal bodyHeight = pageHeight - mm(MarginTop + MarginBottom) * m_scale;
        for (QTextFrame *section : std::as_const(m_sections)) {
            m_document->pageCount(); // lays the document out
            const QRectF box = m_document->documentLayout()->frameBoundingRect(section);
            const int firstPage = int(box.top() / pageHeight);
            const int lastPage = int((box.bottom() - 1) / pageHeight);
            if (firstPage == lastPage || box.height() > bodyHeight)
                continue;
            QTextFrameFormat format = section->frameFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            section->setFrameFormat(format);
        }
    }

    Quote m_quote;
    const CompanyProfile &m_company;
    const bool m_chinese;
    QPaintDevice *m_device;
    const qreal m_dpi;
    const qreal m_scale;
    const QSizeF m_paper;
    const QLocale m_locale;
    std::unique_ptr<QTextDocument> m_document;
    QTextCursor m_cursor;
    const QList<int> m_pageBreakLines;
    QList<QTextFrame *> m_sections; ///< owned by m_document
    QList<std::pair<QTextTable *, int>> m_lineTables; ///< each page's table and its first line
    qreal m_gap = 0;
};

/**
 * The laid-out document. QTextDocument splits a table row that crosses the bottom of a page, which would
 * part a line's name from its specification; so the line table is built as one table per page, broken
 * before each line that the previous layout split, until no line is split. Likewise the last line is taken
 * to the next page when the totals would start there alone.
 */
std::unique_ptr<QTextDocument> layOut(const Quote &quote, const CompanyProfile &company, QPaintDevice *device,
                                      const QSizeF &paper)
{
    QList<int> pageBreakLines;
    for (;;) {
        Builder builder(quote, company, device, paper, pageBreakLines);
        builder.build();
        int line = builder.firstSplitLine();
        if (line < 0 && builder.totalsStandAlone())
            line = int(quote.lines.size()) - 1;
        if (line <= 0 || pageBreakLines.contains(line))
            return builder.takeDocument();
        pageBreakLines.append(line);
    }
}

// ---------------------------------------------------------------------------------------------------------
// What every page carries besides its share of the document.

class PageDecorator
{
public:
    PageDecorator(const QuoteDocument &document, const Quote &quote, const CompanyProfile &company,
                  QPaintDevice *device, const QSizeF &paper, int pageCount)
        : m_document(document)
        , m_quote(quote)
        , m_company(company)
        , m_dpi(device->logicalDpiY())
        , m_paper(paper)
        , m_pageCount(pageCount)
    {
    }

    void paint(QPainter &painter, int page) const
    {
        painter.save();
        if (page > 0)
            runningHeader(painter);
        footer(painter, page);
        if (Quote::printsAsDraft(m_quote.status))
            watermark(painter);
        painter.restore();
    }

private:
    QString say(const Phrase &phrase) const
    {
        return QString::fromUtf16(m_document.isChinese() ? phrase.zh : phrase.en);
    }
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QString reference() const { return m_quote.number + u" Rev "_s + m_quote.revisionLabel(); }

    void rule(QPainter &painter, qreal y, qreal widthPoints, const QColor &color) const
    {
        painter.setPen(QPen(color, widthPoints * m_dpi / 72));
        painter.drawLine(QPointF(mm(MarginLeft), y), QPointF(m_paper.width() - mm(MarginRight), y));
    }

    void runningHeader(QPainter &painter) const
    {
        const QRectF box(mm(MarginLeft), mm(8), m_paper.width() - mm(MarginLeft + MarginRight), mm(5));
        const QString company =
            m_document.isChinese() && !m_company.nameZh.isEmpty() ? m_company.nameZh : m_company.nameEn;
        painter.setFont(documentFont(SmallSize, true));
        painter.setPen(Accent);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignBottom, company);
        painter.setFont(documentFont(SmallSize));
        painter.setPen(Muted);
        painter.drawText(box, Qt::AlignRight | Qt::AlignBottom, say(Words::RunningTitle).arg(reference()));
        rule(painter, mm(14), 0.75, Accent);
    }

    void footer(QPainter &painter, int page) const
    {
        const qreal top = m_paper.height() - mm(MarginBottom) + mm(8);
        rule(painter, top, 0.5, Hairline);
        const QRectF box(mm(MarginLeft), top + mm(1.2), m_paper.width() - mm(MarginLeft + MarginRight), mm(5));
        painter.setFont(documentFont(SmallSize));
        painter.setPen(Muted);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, reference());
        painter.drawText(box, Qt::AlignRight | Qt::AlignTop,
                         say(Words::PageOf).arg(page + 1).arg(m_pageCount));
        if (Quote::printsAsDraft(m_quote.status)) {
            painter.setFont(documentFont(SmallSize, true));
            painter.setPen(DraftRed);
            painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop, say(Words::Draft));
        }
    }

    /**
     * The large diagonal mark, drawn as outlines over the content with little opacity: it cannot be
     * overlooked, leaves the text beneath readable, and (not being text) does not end up in copied text.
     */
    void watermark(QPainter &painter) const
    {
        QPainterPath path;
        path.addText(0, 0, documentFont(100, true), say(Words::Draft));
        const QRectF bounds = path.boundingRect();
        const qreal diagonal = std::hypot(m_paper.width(), m_paper.height());
        const qreal scale = diagonal * (m_document.isChinese() ? 0.36 : 0.55) / bounds.width();
        painter.translate(m_paper.width() / 2, m_paper.height() / 2);
        painter.rotate(-std::atan2(m_paper.height(), m_paper.width()) * 180 / std::numbers::pi);
        painter.scale(scale, scale);
        painter.translate(-bounds.center());
        painter.setRenderHint(QPainter::Antialiasing);
        QColor fill = DraftRed;
        fill.setAlphaF(0.13f);
        painter.fillPath(path, fill);
        QColor outline = DraftRed;
        outline.setAlphaF(0.35f);
        painter.setPen(QPen(outline, mm(0.35) / scale));
        painter.drawPath(path);
    }

    const QuoteDocument &m_document;
    const Quote &m_quote;
    const CompanyProfile &m_company;
    const qreal m_dpi;
    const QSizeF m_paper;
    const int m_pageCount;
};

} // namespace

QuoteDocument::QuoteDocument(const Quote &quote, const CompanyProfile &company)
    : m_quote(quote)
    , m_company(company)
{
}

bool QuoteDocument::isChinese() const
{
    return m_quote.language == Quote::LanguageChinese;
}

QString QuoteDocument::title() const
{
    const Phrase &phrase = Words::RunningTitle;
    return QString::fromUtf16(isChinese() ? phrase.zh : phrase.en)
        .arg(m_quote.number + u" Rev "_s + m_quote.revisionLabel());
}

bool QuoteDocument::print(QPagedPaintDevice *device) const
{
    // Work in paper coordinates whatever margins the device has: the document keeps its own margins.
    const QPageLayout layout = device->pageLayout();
    const qreal pixelsPerPoint = device->logicalDpiY() / 72.0;
    const QSizeF paper = layout.fullRectPoints().size() * pixelsPerPoint;
    const QPointF origin = layout.paintRectPoints().topLeft() * pixelsPerPoint;

    const std::unique_ptr<QTextDocument> document = layOut(m_quote, m_company, device, paper);
    const int pageCount = document->pageCount();
    const PageDecorator decorator(*this, m_quote, m_company, device, paper, pageCount);

    int firstPage = 0;
    int lastPage = pageCount - 1;
    if (auto *printer = dynamic_cast<QPrinter *>(device); printer && printer->printRange() == QPrinter::PageRange) {
        firstPage = std::clamp(printer->fromPage() - 1, 0, lastPage);
        lastPage = std::clamp(printer->toPage() - 1, firstPage, lastPage);
    }

    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.translate(-origin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Ink);
    for (int page = firstPage; page <= lastPage; ++page) {
        if (page > firstPage)
            device->newPage();
        const QRectF pageRect(0, page * paper.height(), paper.width(), paper.height());
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), paper));
        painter.translate(0, -pageRect.top());
        context.clip = pageRect;
        document->documentLayout()->draw(&painter, context);
        painter.restore();
        decorator.paint(painter, page);
    }
    return painter.end();
}

} // namespace Tradewind
