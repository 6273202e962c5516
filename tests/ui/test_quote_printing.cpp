// The printed quotation, read back from the PDF: pdftotext for the text of every page, pdffonts for font
// embedding, and pdftoppm pixels for the DRAFT watermark (which is drawn as outlines, not as text).

#include "catchqt.h"

#include <catch2/catch.hpp>

#include "amountinwords.h"
#include "quoteprinter.h"
#include "quotesamples.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Tradewind;

namespace {

/** Runs one of poppler's tools and returns what it printed. */
QString run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " comes with poppler-utils");
    REQUIRE(!program.isEmpty());
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60'000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

struct Printout
{
    QString path;
    QStringList pages; ///< the text of each page, laid out as on paper
    QString text;      ///< all pages, every run of white space made one space
};

Printout print(const QTemporaryDir &dir, const Quote &quote, const QString &name)
{
    Printout printout;
    printout.path = dir.filePath(name);
    QString error;
    const bool written = QuotePrinting::writePdf(quote, QuoteSamples::company(), printout.path, &error);
    INFO(error.toStdString());
    REQUIRE(written);
    printout.pages = run(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, printout.path, u"-"_s}).split(u'\f');
    // pdftotext ends every page with a form feed.
    if (!printout.pages.isEmpty() && printout.pages.constLast().trimmed().isEmpty())
        printout.pages.removeLast();
    printout.text = printout.pages.join(u' ').simplified();
    return printout;
}

/** The figure as the document prints it in the table: grouped thousands, the currency's decimals. */
QString figure(const Money &amount)
{
    // Grouped here independently of the application's formatting code.
    QString text = amount.toDecimalString();
    const qsizetype point = text.contains(u'.') ? text.indexOf(u'.') : text.size();
    for (qsizetype at = point - 3; at > (text.startsWith(u'-') ? 1 : 0); at -= 3)
        text.insert(at, u',');
    return text;
}

/**
 * Whether the text holds the words, wherever lines were broken: long amounts in words wrap, also after the
 * hyphen of "TWENTY-NINE".
 */
bool containsWrapped(const QString &text, const QString &words)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).remove(space).contains(QString(words).remove(space));
}

/** The text lines of a page that contain every one of the needles. */
QStringList linesWith(const QString &page, const QStringList &needles)
{
    QStringList found;
    for (const QString &line : page.split(u'\n')) {
        if (std::all_of(needles.cbegin(), needles.cend(), [&](const QString &needle) { return line.contains(needle); }))
            found.append(line);
    }
    return found;
}

/** How many pixels of the middle of page 1 are tinted red, where only the diagonal DRAFT mark can be. */
int redPixelsInTheMiddle(const QTemporaryDir &dir, const QString &pdf)
{
    const QString prefix = dir.filePath(QFileInfo(pdf).completeBaseName());
    run(u"pdftoppm"_s, {u"-r"_s, u"30"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, u"-png"_s, pdf, prefix});
    const QImage image(prefix + u".png"_s);
    REQUIRE(!image.isNull());
    int red = 0;
    for (int y = image.height() / 3; y < image.height() * 2 / 3; ++y) {
        for (int x = image.width() / 4; x < image.width() * 3 / 4; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 180 && pixel.red() - pixel.green() > 15 && pixel.red() - pixel.blue() > 15)
                ++red;
        }
    }
    return red;
}

/** Checks what both languages share: number, customer, every line, page numbers, header, totals, fonts. */
void checkPrintout(const Printout &printout, const Quote &quote, const QString &pageOf, const QStringList &header)
{
    const bool chinese = quote.language == Quote::LanguageChinese;
    const qsizetype pageCount = printout.pages.size();
    CAPTURE(pageCount);
    REQUIRE(pageCount >= 2);

    CHECK(printout.text.contains(quote.number));
    CHECK(printout.text.contains(u"Rev "_s + quote.revisionLabel()));
    CHECK(printout.text.contains(quote.customerName));

    for (qsizetype page = 0; page < pageCount; ++page) {
        CAPTURE(page);
        CHECK(printout.pages.at(page).contains(pageOf.arg(page + 1).arg(pageCount)));
    }

    // Every line once, with its code, its name in the document's language and its amount on one text line,
    // and the start of its specification right below, on the same page: no line is split across pages.
    QList<int> pagesWithLines;
    for (const QuoteLine &line : quote.lines) {
        const QString name = chinese ? line.nameZh : line.nameEn;
        const QString amount = figure(line.total());
        const QString specification = line.specification.left(12);
        CAPTURE(line.productCode, name, amount, specification);
        CHECK(printout.text.count(line.productCode) == 1);
        int linesFound = 0;
        for (qsizetype page = 0; page < pageCount; ++page) {
            const QStringList textLines = printout.pages.at(page).split(u'\n');
            for (qsizetype i = 0; i < textLines.size(); ++i) {
                const QString &text = textLines.at(i);
                if (!text.contains(line.productCode) || !text.contains(name) || !text.contains(amount))
                    continue;
                ++linesFound;
                if (!pagesWithLines.contains(int(page)))
                    pagesWithLines.append(int(page));
                CHECK((i + 1 < textLines.size() && textLines.at(i + 1).contains(specification)));
            }
        }
        CHECK(linesFound == 1);
    }
    // The table spreads over several pages, each with the column headings at its top.
    CHECK(pagesWithLines.size() >= 2);
    for (int page : std::as_const(pagesWithLines)) {
        CAPTURE(page);
        CHECK(!linesWith(printout.pages.at(page), header).isEmpty());
    }

    // Totals and the amount in words.
    CHECK(printout.text.contains(quote.currency + u' ' + figure(quote.totals.total)));
    CHECK(printout.text.contains(quote.currency + u' ' + figure(quote.totals.subtotal)));
    CHECK(containsWrapped(printout.text, AmountInWords::english(quote.totals.total)));

    // Every font is embedded: the PDF looks the same on the customer's computer.
    const QStringList fonts = run(u"pdffonts"_s, {printout.path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    CHECK(!fonts.isEmpty());
    for (const QString &font : fonts) {
        CAPTURE(font);
        // name, type, encoding, then the "emb" column.
        CHECK(font.contains(QRegularExpression(u"\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"_s)));
    }
}

} // namespace

TEST_CASE("A 60-line English quote prints every line, totals, words and page numbers")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Quote quote = QuoteSamples::quote(Quote::LanguageEnglish, 60, Quote::StatusDraft, u"USD"_s);
    REQUIRE(quote.totals.discount.minorUnits() > 0);
    const Printout printout = print(dir, quote, u"en.pdf"_s);

    checkPrintout(printout, quote, u"Page %1 of %2"_s, {u"No."_s, u"Part No."_s, u"Description"_s, u"Qty"_s,
                                                      u"Unit Price"_s, u"Amount"_s});
    CHECK(printout.text.contains(u"Less discount USD "_s + figure(quote.totals.discount)));
    CHECK(printout.text.contains(u"Total USD "_s + figure(quote.totals.total)));
    CHECK(containsWrapped(printout.text, u"Amount in words "_s + AmountInWords::english(quote.totals.total)));
    CHECK(printout.text.contains(u"CIF Hamburg"_s));
    CHECK(printout.text.contains(u"Valid until 15 Apr 2026"_s));
    // USD on an English document: no Chinese amount.
    CHECK_FALSE(printout.text.contains(u"大写"_s));

    SECTION("a draft carries the DRAFT mark on every page")
    {
        for (const QString &page : printout.pages)
            CHECK(page.contains(u"DRAFT"_s));
        CHECK(redPixelsInTheMiddle(dir, printout.path) > 300);
    }
}

TEST_CASE("A 60-line Chinese quote prints every line, 大写金额 and page numbers")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Quote quote = QuoteSamples::quote(Quote::LanguageChinese, 60, Quote::StatusSubmitted, u"CNY"_s);
    REQUIRE(quote.taxRateBasisPoints == 1300);
    const Printout printout = print(dir, quote, u"zh.pdf"_s);

    checkPrintout(printout, quote, u"第 %1 页，共 %2 页"_s,
                  {u"序号"_s, u"产品编号"_s, u"名称及规格"_s, u"数量"_s, u"单价"_s, u"金额"_s});
    // Chinese text is extracted as written (人民币, not look-alike radicals), so it can be searched and copied.
    const QString uppercase = AmountInWords::chineseUppercase(quote.totals.total);
    REQUIRE(uppercase.startsWith(u"人民币"_s));
    CHECK(containsWrapped(printout.text, u"大写金额 "_s + uppercase));
    CHECK(printout.text.contains(u"价税合计 CNY "_s + figure(quote.totals.total)));
    CHECK(printout.text.contains(u"增值税"_s));
    CHECK(printout.text.contains(u"CNY "_s + figure(quote.totals.tax)));
    CHECK(printout.text.contains(u"报价单"_s));
    CHECK(printout.text.contains(u"2026年4月15日"_s));

    const QString fonts = run(u"pdffonts"_s, {printout.path});
    CHECK(fonts.contains(u"NotoSansCJK"_s));

    SECTION("a submitted quote is still a draft: 草稿 on every page")
    {
        for (const QString &page : printout.pages)
            CHECK(page.contains(u"草稿"_s));
        CHECK(redPixelsInTheMiddle(dir, printout.path) > 300);
    }
}

TEST_CASE("A Chinese quote in another currency states the amount in Chinese as well")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Quote quote = QuoteSamples::quote(Quote::LanguageChinese, 5, Quote::StatusApproved, u"USD"_s);
    const Printout printout = print(dir, quote, u"zh-usd.pdf"_s);
    const QString uppercase = AmountInWords::chineseUppercase(quote.totals.total);
    REQUIRE(uppercase.startsWith(u"美元"_s));
    CHECK(printout.text.contains(uppercase));
    CHECK(containsWrapped(printout.text, AmountInWords::english(quote.totals.total)));
}

TEST_CASE("Approved quotes print without the draft mark")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &language : Quote::languages()) {
        for (const QString &status : {Quote::StatusApproved, Quote::StatusWon}) {
            CAPTURE(language, status);
            const Quote quote = QuoteSamples::quote(language, 20, status, language == u"zh" ? u"CNY"_s : u"EUR"_s);
            const Printout printout = print(dir, quote, language + status + u".pdf"_s);
            CHECK(printout.text.contains(quote.number));
            CHECK_FALSE(printout.text.contains(u"DRAFT"_s, Qt::CaseInsensitive));
            CHECK_FALSE(printout.text.contains(u"草稿"_s));
            CHECK(redPixelsInTheMiddle(dir, printout.path) == 0);
        }
    }
}

TEST_CASE("Writing a PDF reports failure and names files after the quote")
{
    const Quote quote = QuoteSamples::quote(Quote::LanguageEnglish, 1, Quote::StatusDraft, u"USD"_s);
    QString error;
    CHECK_FALSE(QuotePrinting::writePdf(quote, QuoteSamples::company(), u"/nonexistent-folder/quote.pdf"_s, &error));
    CHECK(!error.isEmpty());

    CHECK(QuotePrinting::defaultFileName(quote) == u"Q-2026-00042-RevB.pdf");
    Quote odd = quote;
    odd.number = u"Q/2026 7:1"_s;
    odd.revision = 28;
    CHECK(QuotePrinting::defaultFileName(odd) == u"Q-2026-7-1-RevAB.pdf");
}

TEST_CASE("The print preview shows the quote and keeps the printer settings between prints")
{
    QSettings().remove(u"printing"_s);
    const Quote quote = QuoteSamples::quote(Quote::LanguageEnglish, 60, Quote::StatusDraft, u"USD"_s);

    // First print: A4 portrait by default; the user prints on Letter, landscape, two copies.
    int previewPages = 0;
    QPageLayout shownLayout;
    const auto printWith = [&](const std::function<void(QPrinter &)> &choose) {
        QTimer::singleShot(0, [&] {
            // No REQUIRE in here: an exception must not unwind through the dialog's event loop.
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                FAIL_CHECK("no print preview dialog");
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
                return;
            }
            if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
                preview->updatePreview();
                previewPages = preview->pageCount();
            }
            shownLayout = dialog->printer()->pageLayout();
            choose(*dialog->printer());
            // What the dialog does once it has printed.
            dialog->accept();
        });
        QuotePrinting::preview(nullptr, quote, QuoteSamples::company());
    };
    printWith([](QPrinter &printer) {
        printer.setPageSize(QPageSize(QPageSize::Letter));
        printer.setPageOrientation(QPageLayout::Landscape);
        printer.setCopyCount(2);
    });
    CHECK(previewPages >= 2);
    CHECK(shownLayout.pageSize().id() == QPageSize::A4);
    CHECK(shownLayout.orientation() == QPageLayout::Portrait);

    // The next print starts from those settings.
    QPrinter next;
    printWith([&next](QPrinter &printer) {
        next.setPageLayout(printer.pageLayout());
        next.setCopyCount(printer.copyCount());
    });
    CHECK(shownLayout.pageSize().id() == QPageSize::Letter);
    CHECK(shownLayout.orientation() == QPageLayout::Landscape);
    CHECK(next.copyCount() == 2);
    QSettings().remove(u"printing"_s);
}
