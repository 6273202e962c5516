#pragma once

#include "quote.h"

class QWidget;

/**
 * Printing and PDF export of quotes (the document itself is QuoteDocument). The printer, paper size,
 * orientation, duplex mode and number of copies the user last printed with are kept in QSettings and offered
 * again the next time; the folder of the last export likewise.
 */
namespace Tradewind::QuotePrinting {

/** Print preview (QPrintPreviewDialog) of the quote; printer choice and settings persist in QSettings. */
void preview(QWidget *parent, const Quote &quote, const CompanyProfile &company);
/** Asks for a file name (default "<number>-Rev<label>.pdf") and writes the PDF; returns the path or empty. */
QString exportPdf(QWidget *parent, const Quote &quote, const CompanyProfile &company);
/** Writes the PDF without asking (tests, the sample generator); false with errorMessage on failure. */
bool writePdf(const Quote &quote, const CompanyProfile &company, const QString &path, QString *errorMessage = nullptr);

/** "Q-2026-00042-RevB.pdf", with any character that file systems refuse replaced by "-". */
QString defaultFileName(const Quote &quote);

} // namespace Tradewind::QuotePrinting
