#pragma once

#include "quote.h"

class QPagedPaintDevice;

namespace Tradewind {

/**
 * The printed quotation (报价单) that is mailed to the customer: letterhead with logo, customer block, quote
 * number, revision, date and validity, the line table with its header repeated on every page, totals with
 * the amount in words, terms, bank details, signature blocks, "Page 1 of 3" footers and, until the quote is
 * approved, a DRAFT watermark on every page.
 *
 * The document is written in the quote's language (en or zh), not in the language of the user interface, so
 * its labels come from a two-language table in the implementation rather than from tr().
 */
class QuoteDocument
{
public:
    QuoteDocument(const Quote &quote, const CompanyProfile &company);

    /**
     * Lays the quote out for the device's paper (any size and orientation; A4 portrait is what the printing
     * helpers set up) and paints every page, or the page range a QPrinter asks for. The device's margins
     * are ignored: the document keeps its own. Returns false when painting on the device cannot start.
     */
    bool print(QPagedPaintDevice *device) const;

    /** "Quotation Q-2026-00042 Rev B" / "报价单 Q-2026-00042 Rev B", for PDF metadata and print jobs. */
    QString title() const;

    bool isChinese() const;

private:
    Quote m_quote;
    CompanyProfile m_company;
};

} // namespace Tradewind
