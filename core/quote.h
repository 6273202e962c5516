#pragma once

#include "wire.h"

#include <QDateTime>

namespace Tradewind {

/** One priced line of a quote (报价单明细). */
struct QuoteLine
{
    /** The catalogue product the line came from, or 0 for a free-text line. */
    qint64 productId = 0;
    QString productCode;
    QString nameEn;
    QString nameZh;
    QString specification;
    /** Whole units ("pcs", "set", "m"...). */
    qint64 quantity = 1;
    QString unit;
    Money unitPrice;
    int discountBasisPoints = 0;

    /**
     * quantity × unit price × (1 − discount), rounded once per line to the currency's minor unit, half away
     * from zero. The line total is what prints, so the quote's subtotal is exactly the sum of the printed lines.
     */
    Money total() const;
    /** The line before discount: quantity × unit price. */
    Money listTotal() const;

    QJsonObject toJson() const;
    static QuoteLine fromJson(const QJsonObject &json);
    /**
     * Validates a list of lines in the given currency, reporting the first error on reader as "field[i].name"
     * with a 1-based line number in the message.
     */
    static QList<QuoteLine> listFromInput(JsonReader &reader, const QString &field, const QJsonArray &array,
                                          const QString &currency);
};

/** The money summary of a quote, always recomputed from its lines; never trusted from a client. */
struct QuoteTotals
{
    Money listTotal;   ///< sum of quantity × unit price
    Money discount;    ///< listTotal − subtotal
    Money subtotal;    ///< sum of the line totals (net of discount)
    Money tax;         ///< subtotal × tax rate, rounded once, half away from zero
    Money total;       ///< subtotal + tax
    int maxDiscountBasisPoints = 0; ///< the largest line discount; decides the approval levels

    static QuoteTotals of(const QList<QuoteLine> &lines, const QString &currency, int taxRateBasisPoints);
    QJsonObject toJson() const;
    static QuoteTotals fromJson(const QJsonObject &json);
};

/** One approval step of a submitted quote: level 1 is the owner's supervisor, level 2 the next one up. */
struct QuoteApproval
{
    inline static const QString Pending = QStringLiteral("pending");
    inline static const QString Approved = QStringLiteral("approved");
    inline static const QString Rejected = QStringLiteral("rejected");

    int level = 1;
    qint64 approverId = 0;
    QString approverName;
    QString decision; ///< pending, approved or rejected
    QString comment;
    QDateTime decidedAt;

    QJsonObject toJson() const;
    static QuoteApproval fromJson(const QJsonObject &json);
};

/**
 * A quotation (报价单) to a customer, usually spawned from an opportunity and owned like it.
 *
 * All revisions of one quote share its number and family; each revision is its own record, and editing a
 * submitted or approved quote means creating the next revision (Rev B, C...), so what was sent stays readable.
 */
struct Quote
{
    inline static const QString StatusDraft = QStringLiteral("draft");
    inline static const QString StatusSubmitted = QStringLiteral("submitted");
    inline static const QString StatusApproved = QStringLiteral("approved");
    inline static const QString StatusRejected = QStringLiteral("rejected");
    inline static const QString StatusWon = QStringLiteral("won");
    inline static const QString StatusLost = QStringLiteral("lost");
    /** In workflow order. */
    static QStringList statuses();
    /** Draft and rejected quotes are edited in place; later states need a new revision. */
    static bool isEditableStatus(const QString &status) { return status == StatusDraft || status == StatusRejected; }
    /** Anything not yet approved prints with the DRAFT watermark. */
    static bool printsAsDraft(const QString &status)
    {
        return status == StatusDraft || status == StatusSubmitted || status == StatusRejected;
    }

    inline static const QString LanguageEnglish = QStringLiteral("en");
    inline static const QString LanguageChinese = QStringLiteral("zh");
    static QStringList languages() { return {LanguageEnglish, LanguageChinese}; }
    /** Incoterms 2020. */
    static QStringList incoterms();

    /** 1 -> "A", 2 -> "B", ... 26 -> "Z", 27 -> "AA". */
    static QString revisionLabel(int revision);

    static constexpr int MaxLines = 500;

    qint64 id = 0;
    QString number;
    int revision = 1;
    /** The id of revision A; every revision of the quote shares it. */
    qint64 familyId = 0;
    /** The next revision when this one has been revised, else 0. */
    qint64 supersededById = 0;
    QString status;

    qint64 opportunityId = 0; ///< 0 for a standalone quote
    QString opportunityTitle;
    QString opportunityKind;
    qint64 customerId = 0;
    QString customerName;
    /** Address, city and country of the customer as one block, for the printout. */
    QString customerAddress;
    qint64 contactId = 0;
    QString contactName;
    QString contactTitle;
    QString contactPhone;
    QString contactEmail;
    qint64 ownerId = 0;
    QString ownerName;
    QString ownerEmail;
    QString ownerPhone;

    QString title; ///< subject line, e.g. the project
    QString currency;
    int taxRateBasisPoints = 0;
    QDate quoteDate;
    QDate validUntil;
    QString incoterm;
    QString deliveryPlace; ///< the named place of the Incoterm, e.g. "Shanghai port"
    QString paymentTerms;
    QString leadTime;
    QString notes;
    QString language;
    QList<QuoteLine> lines;

    // Computed by the server.
    QuoteTotals totals;
    QList<QuoteApproval> approvals;
    QString lostReason;
    QDate wonOn;
    QDate lostOn;
    /** While submitted: who has to decide now (the lowest pending approval level). */
    qint64 awaitingApproverId = 0;
    QString awaitingApproverName;
    QDateTime submittedAt;
    QDateTime decidedAt;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString revisionLabel() const { return revisionLabel(revision); }

    QJsonObject toJson() const;
    static Quote fromJson(const QJsonObject &json);

    /** The fields a client may send on create or update; everything else is the server's. */
    static QStringList inputFields();
    /**
     * Validates a complete quote document: required fields, known choices, 1..MaxLines lines each in the quote's
     * currency with a positive quantity and a discount of 0..100 %, and validity not before the quote date.
     * Totals are computed from the lines.
     */
    static std::optional<Quote> fromInput(JsonReader &reader);
};

/** The company's own details for the letterhead of printed documents (configurable by an administrator). */
struct CompanyProfile
{
    QString nameEn;
    QString nameZh;
    QString addressEn;
    QString addressZh;
    QString phone;
    QString email;
    QString website;
    QString taxId;
    QString bankNameEn;
    QString bankNameZh;
    QString bankAccount;
    QString swift;
    /** A PNG or SVG logo, base64 on the wire; empty for the built-in Tradewind mark. */
    QByteArray logo;

    QJsonObject toJson() const;
    static CompanyProfile fromJson(const QJsonObject &json);
    static QStringList inputFields();
    static std::optional<CompanyProfile> fromInput(JsonReader &reader);
};

} // namespace Tradewind
