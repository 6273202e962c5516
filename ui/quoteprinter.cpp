#include "quoteprinter.h"

#include "quotedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRawFont>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Tradewind::QuotePrinting {

namespace {

namespace Key {
const QString PrinterName = u"printing/printerName"_s;
const QString PageSize = u"printing/pageSize"_s;
const QString Orientation = u"printing/orientation"_s;
const QString Duplex = u"printing/duplex"_s;
const QString Copies = u"printing/copies"_s;
const QString PdfFolder = u"printing/pdfFolder"_s;
} // namespace Key

/** Gives the dialogs' strings their translation context. */
class Text
{
    Q_DECLARE_TR_FUNCTIONS(QuotePrinting)

public:
    static QString previewTitle(const QString &document) { return tr("Print Preview – %1").arg(document); }
    static QString exportTitle() { return tr("Export Quotation as PDF"); }
    static QString pdfFilter() { return tr("PDF documents (*.pdf)"); }
    static QString exportFailed(const QString &reason) { return tr("The PDF could not be written:\n%1").arg(reason); }
    static QString cannotPaint() { return tr("The document could not be drawn."); }
};

/** A4 portrait, unless the user printed on something else last time. */
void restoreSettings(QPrinter &printer)
{
    const QSettings settings;
    const QString printerName = settings.value(Key::PrinterName).toString();
    if (!printerName.isEmpty() && QPrinterInfo::availablePrinterNames().contains(printerName))
        printer.setPrinterName(printerName);
    const auto pageSize = QPageSize::PageSizeId(settings.value(Key::PageSize, int(QPageSize::A4)).toInt());
    printer.setPageSize(QPageSize(pageSize));
    printer.setPageOrientation(
        QPageLayout::Orientation(settings.value(Key::Orientation, int(QPageLayout::Portrait)).toInt()));
    printer.setDuplex(QPrinter::DuplexMode(settings.value(Key::Duplex, int(QPrinter::DuplexNone)).toInt()));
    printer.setCopyCount(std::max(1, settings.value(Key::Copies, 1).toInt()));
}

void saveSettings(const QPrinter &printer)
{
    QSettings settings;
    // Printing to a file has no printer name; the physical printer chosen before stays the default.
    if (printer.outputFormat() == QPrinter::NativeFormat && !printer.printerName().isEmpty())
        settings.setValue(Key::PrinterName, printer.printerName());
    settings.setValue(Key::PageSize, int(printer.pageLayout().pageSize().id()));
    settings.setValue(Key::Orientation, int(printer.pageLayout().orientation()));
    settings.setValue(Key::Duplex, int(printer.duplex()));
    settings.setValue(Key::Copies, printer.copyCount());
}

/**
 * For each code point of the CJK radical and stroke blocks, the unified ideograph that has the same glyph in
 * Noto Sans CJK SC (⼈ U+2F08 and 人 U+4EBA, ⺠ U+2EA0 and 民 U+6C11...).
 */
const QHash<char16_t, char16_t> &ideographsOfRadicals()
{
    static const QHash<char16_t, char16_t> map = [] {
        QHash<char16_t, char16_t> result;
        const QRawFont font = QRawFont::fromFont(QFont(u"Noto Sans CJK SC"_s));
        if (!font.isValid())
            return result;
        const auto glyphsOf = [&font](char16_t first, char16_t last) {
            QString text;
            for (char16_t codePoint = first; codePoint <= last; ++codePoint)
                text += QChar(codePoint);
            return font.glyphIndexesForString(text);
        };
        constexpr char16_t FirstIdeograph = 0x4e00;
        QHash<quint32, char16_t> ideographOfGlyph;
        const QList<quint32> ideographs = glyphsOf(FirstIdeograph, 0x9fff);
        for (qsizetype i = 0; i < ideographs.size(); ++i)
            if (ideographs.at(i) != 0 && !ideographOfGlyph.contains(ideographs.at(i)))
                ideographOfGlyph.insert(ideographs.at(i), char16_t(FirstIdeograph + i));
        const std::pair<char16_t, char16_t> radicalBlocks[] = {{0x2e80, 0x2fdf}, {0x31c0, 0x31ef}};
        for (const auto &[first, last] : radicalBlocks) {
            const QList<quint32> glyphs = glyphsOf(first, last);
            for (qsizetype i = 0; i < glyphs.size(); ++i)
                if (const auto ideograph = ideographOfGlyph.constFind(glyphs.at(i));
                    glyphs.at(i) != 0 && ideograph != ideographOfGlyph.cend())
                    result.insert(char16_t(first + i), *ideograph);
        }
        return result;
    }();
    return map;
}

/** Rewrites the 4-digit destination "<hhhh>" at offset in place when it names a radical or a control. */
void repairDestination(QByteArray &pdf, qsizetype offset)
{
    if (offset < 0 || offset + 5 >= pdf.size() || pdf.at(offset) != '<' || pdf.at(offset + 5) != '>')
        return;
    bool ok = false;
    const uint codePoint = pdf.mid(offset + 1, 4).toUInt(&ok, 16);
    if (!ok)
        return;
    char16_t better = 0;
    if (codePoint < 0x20)
        better = u' ';
    else if (codePoint <= 0xffff)
        better = ideographsOfRadicals().value(char16_t(codePoint));
    if (better != 0)
        pdf.replace(offset + 1, 4, QByteArray::number(uint(better), 16).toUpper().rightJustified(4, '0'));
}

/**
 * Qt's PDF writer maps each embedded glyph back to the lowest code point that has it, so Chinese text copied
 * or extracted from the PDF reads ⼈⺠币 (Kangxi and supplementary radicals) instead of 人民币, and spaces
 * read as tabs. This corrects the ToUnicode maps in place: each fix has the same length, so the PDF's object
 * offsets stay valid. Only single-glyph destinations are touched.
 */
void repairToUnicodeMaps(QByteArray &pdf)
{
    enum class Section { None, Ranges, Chars } section = Section::None;
    for (qsizetype begin = pdf.indexOf("begincmap"); begin >= 0; begin = pdf.indexOf("begincmap", begin)) {
        const qsizetype end = pdf.indexOf("endcmap", begin);
        if (end < 0)
            return;
        for (qsizetype lineStart = begin; lineStart < end;) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart);
            if (line.contains("beginbfrange")) {
                section = Section::Ranges;
            } else if (line.contains("beginbfchar")) {
                section = Section::Chars;
            } else if (line.contains("endbfrange") || line.contains("endbfchar")) {
                section = Section::None;
            } else if (section == Section::Ranges) {
                // "<first> <last> [<dst> <dst> ...]", or "<first> <last> <dst>" which maps a run of
                // consecutive code points and can only be fixed when the run is one glyph long.
                if (const qsizetype bracket = line.indexOf('['); bracket >= 0) {
                    for (qsizetype at = line.indexOf('<', bracket); at >= 0; at = line.indexOf('<', at + 1))
                        repairDestination(pdf, lineStart + at);
                } else {
                    const QList<QByteArray> tokens = line.simplified().split(' ');
                    if (tokens.size() == 3 && tokens.at(0) == tokens.at(1))
                        repairDestination(pdf, lineStart + line.lastIndexOf('<'));
                }
            } else if (section == Section::Chars) {
                repairDestination(pdf, lineStart + line.lastIndexOf('<'));
            }
            lineStart = lineEnd + 1;
        }
        begin = end;
    }
}

bool repairPdfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray pdf = file.readAll();
    file.close();
    repairToUnicodeMaps(pdf);
    QSaveFile output(path);
    return output.open(QIODevice::WriteOnly) && output.write(pdf) == pdf.size() && output.commit();
}

} // namespace

QString defaultFileName(const Quote &quote)
{
    static const QRegularExpression refused(u"[\\\\/:*?\"<>|\\s]+"_s);
    QString name = quote.number + u"-Rev"_s + quote.revisionLabel();
    name.replace(refused, u"-"_s);
    return name + u".pdf"_s;
}

void preview(QWidget *parent, const Quote &quote, const CompanyProfile &company)
{
    const QuoteDocument document(quote, company);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    printer.setCreator(u"Tradewind"_s);
    restoreSettings(printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Text::previewTitle(document.title()));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &dialog](QPrinter *target) {
        if (!document.print(target))
            QMessageBox::warning(&dialog, dialog.windowTitle(), Text::cannotPaint());
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveSettings(printer);
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty())
        repairPdfFile(printer.outputFileName());
}

QString exportPdf(QWidget *parent, const Quote &quote, const CompanyProfile &company)
{
    QSettings settings;
    const QString folder =
        settings.value(Key::PdfFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    QString path = QFileDialog::getSaveFileName(parent, Text::exportTitle(),
                                                QDir(folder).filePath(defaultFileName(quote)), Text::pdfFilter());
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    QString error;
    if (!writePdf(quote, company, path, &error)) {
        QMessageBox::warning(parent, Text::exportTitle(), Text::exportFailed(error));
        return QString();
    }
    settings.setValue(Key::PdfFolder, QFileInfo(path).absolutePath());
    return path;
}

bool writePdf(const Quote &quote, const CompanyProfile &company, const QString &path, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QuoteDocument document(quote, company);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        // The resolution of QPrinter::HighResolution, so that an exported PDF paginates like the preview.
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(document.title());
        writer.setCreator(u"Tradewind"_s);
        if (!document.print(&writer))
            return fail(Text::cannotPaint());
    }
    repairToUnicodeMaps(pdf);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace Tradewind::QuotePrinting
