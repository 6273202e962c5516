#include "quote.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QJsonValue optionalDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(Wire::dateToWire(date)) : QJsonValue();
}

QJsonValue optionalTimestamp(const QDateTime &timestamp)
{
    return timestamp.isValid() ? QJsonValue(Wire::timestampToWire(timestamp)) : QJsonValue();
}

QJsonValue optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime timestampFrom(const QJsonValue &value)
{
    return value.isString() ? Wire::timestampFromWire(value.toString()) : QDateTime();
}

Money moneyFrom(const QJsonValue &value)
{
    return Money::fromJson(value).value_or(Money());
}

constexpr qint64 MaxId = std::numeric_limits<qint64>::max() / 2;
constexpr qint64 MaxQuantity = 1'000'000'000;

} // namespace

// ---------------------------------------------------------------------------------------------------------

Money QuoteLine::listTotal() const
{
    return unitPrice.multipliedBy(quantity);
}

Money QuoteLine::total() const
{
    return unitPrice.multipliedBy(quantity * (BasisPointsPerWhole - discountBasisPoints), BasisPointsPerWhole);
}

QJsonObject QuoteLine::toJson() const
{
    return {{u"product_id"_s, optionalId(productId)},
            {u"product_code"_s, productCode},
            {u"name_en"_s, nameEn},
            {u"name_zh"_s, nameZh},
            {u"specification"_s, specification},
            {u"quantity"_s, quantity},
            {u"unit"_s, unit},
            {u"unit_price"_s, unitPrice.toJson()},
            {u"discount_bp"_s, discountBasisPoints},
            {u"line_total"_s, unitPrice.isValid() ? total().toJson() : QJsonObject()}};
}

QuoteLine QuoteLine::fromJson(const QJsonObject &json)
{
    QuoteLine line;
    line.productId = json.value(u"product_id"_s).toInteger();
    line.productCode = json.value(u"product_code"_s).toString();
    line.nameEn = json.value(u"name_en"_s).toString();
    line.nameZh = json.value(u"name_zh"_s).toString();
    line.specification = json.value(u"specification"_s).toString();
    line.quantity = json.value(u"quantity"_s).toInteger();
    line.unit = json.value(u"unit"_s).toString();
    line.unitPrice = moneyFrom(json.value(u"unit_price"_s));
    line.discountBasisPoints = json.value(u"discount_bp"_s).toInt();
    return line;
}

// ---------------------------------------------------------------------------------------------------------

QuoteTotals QuoteTotals::of(const QList<QuoteLine> &lines, const QString &currency, int taxRateBasisPoints)
{
    QuoteTotals totals;
    totals.listTotal = totals.subtotal = Money::zero(currency);
    for (const QuoteLine &line : lines) {
        totals.listTotal += line.listTotal();
        totals.subtotal += line.total();
        totals.maxDiscountBasisPoints = std::max(totals.maxDiscountBasisPoints, line.discountBasisPoints);
    }
    totals.discount = totals.listTotal - totals.subtotal;
    totals.tax = totals.subtotal.multipliedBy(taxRateBasisPoints, BasisPointsPerWhole);
    totals.total = totals.subtotal + totals.tax;
    return totals;
}

QJsonObject QuoteTotals::toJson() const
{
    return {{u"list_total"_s, listTotal.toJson()},
            {u"discount"_s, discount.toJson()},
            {u"subtotal"_s, subtotal.toJson()},
            {u"tax"_s, tax.toJson()},
            {u"total"_s, total.toJson()},
            {u"max_discount_bp"_s, maxDiscountBasisPoints}};
}

QuoteTotals QuoteTotals::fromJson(const QJsonObject &json)
{
    QuoteTotals totals;
    totals.listTotal = moneyFrom(json.value(u"list_total"_s));
    totals.discount = moneyFrom(json.value(u"discount"_s));
    totals.subtotal = moneyFrom(json.value(u"subtotal"_s));
    totals.tax = moneyFrom(json.value(u"tax"_s));
    totals.total = moneyFrom(json.value(u"total"_s));
    totals.maxDiscountBasisPoints = json.value(u"max_discount_bp"_s).toInt();
    return totals;
}

// ---------------------------------------------------------------------------------------------------------

QJsonObject QuoteApproval::toJson() const
{
    return {{u"level"_s, level},
            {u"approver_id"_s, approverId},
            {u"approver_name"_s, approverName},
            {u"decision"_s, decision},
            {u"comment"_s, comment},
            {u"decided_at"_s, optionalTimestamp(decidedAt)}};
}

QuoteApproval QuoteApproval::fromJson(const QJsonObject &json)
{
    QuoteApproval approval;
    approval.level = json.value(u"level"_s).toInt();
    approval.approverId = json.value(u"approver_id"_s).toInteger();
    approval.approverName = json.value(u"approver_name"_s).toString();
    approval.decision = json.value(u"decision"_s).toString();
    approval.comment = json.value(u"comment"_s).toString();
    approval.decidedAt = timestampFrom(json.value(u"decided_at"_s));
    return approval;
}

// ---------------------------------------------------------------------------------------------------------

QStringList Quote::statuses()
{
    return {StatusDraft, StatusSubmitted, StatusApproved, StatusRejected, StatusWon, StatusLost};
}

QStringList Quote::incoterms()
{
    return {u"EXW"_s, u"FCA"_s, u"FAS"_s, u"FOB"_s, u"CFR"_s, u"CIF"_s,
            u"CPT"_s, u"CIP"_s, u"DAP"_s, u"DPU"_s, u"DDP"_s};
}

QString Quote::revisionLabel(int revision)
{
    QString label;
    for (int n = revision; n > 0; n = (n - 1) / 26)
        label.prepend(QChar(u'A' + (n - 1) % 26));
    return label;
}

QJsonObject Quote::toJson() const
{
    QJsonArray lineArray;
    for (const QuoteLine &line : lines)
        lineArray.append(line.toJson());
    QJsonArray approvalArray;
    for (const QuoteApproval &approval : approvals)
        approvalArray.append(approval.toJson());
    return {{u"id"_s, id},
            {u"number"_s, number},
            {u"revision"_s, revision},
            {u"revision_label"_s, revisionLabel()},
            {u"family_id"_s, familyId},
            {u"superseded_by_id"_s, optionalId(supersededById)},
            {u"status"_s, status},
            {u"opportunity_id"_s, optionalId(opportunityId)},
            {u"opportunity_title"_s, opportunityTitle},
            {u"opportunity_kind"_s, opportunityKind},
            {u"customer_id"_s, customerId},
            {u"customer_name"_s, customerName},
            {u"customer_address"_s, customerAddress},
            {u"contact_id"_s, optionalId(contactId)},
            {u"contact_name"_s, contactName},
            {u"contact_title"_s, contactTitle},
            {u"contact_phone"_s, contactPhone},
            {u"contact_email"_s, contactEmail},
            {u"owner_id"_s, ownerId},
            {u"owner_name"_s, ownerName},
            {u"owner_email"_s, ownerEmail},
            {u"owner_phone"_s, ownerPhone},
            {u"title"_s, title},
            {u"currency"_s, currency},
            {u"tax_rate_bp"_s, taxRateBasisPoints},
            {u"quote_date"_s, optionalDate(quoteDate)},
            {u"valid_until"_s, optionalDate(validUntil)},
            {u"incoterm"_s, incoterm},
            {u"delivery_place"_s, deliveryPlace},
            {u"payment_terms"_s, paymentTerms},
            {u"lead_time"_s, leadTime},
            {u"notes"_s, notes},
            {u"language"_s, language},
            {u"lines"_s, lineArray},
            {u"totals"_s, totals.toJson()},
            {u"approvals"_s, approvalArray},
            {u"lost_reason"_s, lostReason},
            {u"won_on"_s, optionalDate(wonOn)},
            {u"lost_on"_s, optionalDate(lostOn)},
            {u"awaiting_approver_id"_s, optionalId(awaitingApproverId)},
            {u"awaiting_approver_name"_s, awaitingApproverName},
            {u"submitted_at"_s, optionalTimestamp(submittedAt)},
            {u"decided_at"_s, optionalTimestamp(decidedAt)},
            {u"version"_s, version},
            {u"created_at"_s, optionalTimestamp(createdAt)},
            {u"updated_at"_s, optionalTimestamp(updatedAt)}};
}

Quote Quote::fromJson(const QJsonObject &json)
{
    Quote quote;
    quote.id = json.value(u"id"_s).toInteger();
    quote.number = json.value(u"number"_s).toString();
    quote.revision = std::max(1, json.value(u"revision"_s).toInt());
    quote.familyId = json.value(u"family_id"_s).toInteger();
    quote.supersededById = json.value(u"superseded_by_id"_s).toInteger();
    quote.status = json.value(u"status"_s).toString();
    quote.opportunityId = json.value(u"opportunity_id"_s).toInteger();
    quote.opportunityTitle = json.value(u"opportunity_title"_s).toString();
    quote.opportunityKind = json.value(u"opportunity_kind"_s).toString();
    quote.customerId = json.value(u"customer_id"_s).toInteger();
    quote.customerName = json.value(u"customer_name"_s).toString();
    quote.customerAddress = json.value(u"customer_address"_s).toString();
    quote.contactId = json.value(u"contact_id"_s).toInteger();
    quote.contactName = json.value(u"contact_name"_s).toString();
    quote.contactTitle = json.value(u"contact_title"_s).toString();
    quote.contactPhone = json.value(u"contact_phone"_s).toString();
    quote.contactEmail = json.value(u"contact_email"_s).toString();
    quote.ownerId = json.value(u"owner_id"_s).toInteger();
    quote.ownerName = json.value(u"owner_name"_s).toString();
    quote.ownerEmail = json.value(u"owner_email"_s).toString();
    quote.ownerPhone = json.value(u"owner_phone"_s).toString();
    quote.title = json.value(u"title"_s).toString();
    quote.currency = json.value(u"currency"_s).toString();
    quote.taxRateBasisPoints = json.value(u"tax_rate_bp"_s).toInt();
    quote.quoteDate = dateFrom(json.value(u"quote_date"_s));
    quote.validUntil = dateFrom(json.value(u"valid_until"_s));
    quote.incoterm = json.value(u"incoterm"_s).toString();
    quote.deliveryPlace = json.value(u"delivery_place"_s).toString();
    quote.paymentTerms = json.value(u"payment_terms"_s).toString();
    quote.leadTime = json.value(u"lead_time"_s).toString();
    quote.notes = json.value(u"notes"_s).toString();
    quote.language = json.value(u"language"_s).toString();
    for (const QJsonValue &line : json.value(u"lines"_s).toArray())
        quote.lines.append(QuoteLine::fromJson(line.toObject()));
    quote.totals = json.contains(u"totals"_s) ? QuoteTotals::fromJson(json.value(u"totals"_s).toObject())
                                             : QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints);
    for (const QJsonValue &approval : json.value(u"approvals"_s).toArray())
        quote.approvals.append(QuoteApproval::fromJson(approval.toObject()));
    quote.lostReason = json.value(u"lost_reason"_s).toString();
    quote.wonOn = dateFrom(json.value(u"won_on"_s));
    quote.lostOn = dateFrom(json.value(u"lost_on"_s));
    quote.awaitingApproverId = json.value(u"awaiting_approver_id"_s).toInteger();
    quote.awaitingApproverName = json.value(u"awaiting_approver_name"_s).toString();
    quote.submittedAt = timestampFrom(json.value(u"submitted_at"_s));
    quote.decidedAt = timestampFrom(json.value(u"decided_at"_s));
    quote.version = json.value(u"version"_s).toInteger();
    quote.createdAt = timestampFrom(json.value(u"created_at"_s));
    quote.updatedAt = timestampFrom(json.value(u"updated_at"_s));
    return quote;
}

QStringList Quote::inputFields()
{
    return {u"opportunity_id"_s, u"customer_id"_s, u"contact_id"_s,  u"title"_s,         u"currency"_s,
            u"tax_rate_bp"_s,    u"quote_date"_s,  u"valid_until"_s, u"incoterm"_s,      u"delivery_place"_s,
            u"payment_terms"_s,  u"lead_time"_s,   u"notes"_s,       u"language"_s,      u"lines"_s};
}

namespace {

/** Reads one line; errors are reported on the quote's reader as "lines[i].field" with a 1-based line number. */
std::optional<QuoteLine> lineFromInput(JsonReader &quoteReader, const QString &field, int index,
                                       const QJsonValue &value, const QString &currency)
{
    using P = JsonReader::Presence;
    const QString prefix = u"%1[%2]"_s.arg(field).arg(index);
    if (!value.isObject()) {
        quoteReader.fail(prefix, u"Line %1 must be an object"_s.arg(index + 1));
        return std::nullopt;
    }
    JsonReader reader(value.toObject());
    reader.rejectUnknownFields({u"product_id"_s, u"product_code"_s, u"name_en"_s, u"name_zh"_s, u"specification"_s,
                                u"quantity"_s, u"unit"_s, u"unit_price"_s, u"discount_bp"_s, u"line_total"_s});
    QuoteLine line;
    line.productId = reader.integer(u"product_id"_s, P::Optional, 1, MaxId).value_or(0);
    line.productCode = reader.string(u"product_code"_s, P::Optional, 40).value_or(QString());
    line.nameEn = reader.string(u"name_en"_s, P::Optional, 200).value_or(QString());
    line.nameZh = reader.string(u"name_zh"_s, P::Optional, 200).value_or(QString());
    line.specification = reader.string(u"specification"_s, P::Optional, 1000).value_or(QString());
    line.quantity = reader.integer(u"quantity"_s, P::Required, 1, MaxQuantity).value_or(0);
    line.unit = reader.string(u"unit"_s, P::Required, 20).value_or(QString());
    line.unitPrice = reader.money(u"unit_price"_s, P::Required).value_or(Money());
    line.discountBasisPoints =
        int(reader.integer(u"discount_bp"_s, P::Optional, 0, BasisPointsPerWhole).value_or(0));
    if (reader.ok() && line.nameEn.isEmpty() && line.nameZh.isEmpty())
        reader.fail(u"name_en"_s, u"A line needs a product name in English or Chinese"_s);
    if (reader.ok() && line.unitPrice.currency() != currency)
        reader.fail(u"unit_price"_s,
                    u"The unit price is in %1 but the quote is in %2"_s.arg(line.unitPrice.currency(), currency));
    if (!reader.ok()) {
        const FieldError &error = *reader.error();
        quoteReader.fail(prefix + u'.' + error.field, u"Line %1: %2"_s.arg(index + 1).arg(error.message));
        return std::nullopt;
    }
    return line;
}

/**
 * Every amount must survive the trip back to a client: the lines' sum, and so each line, within JSON's exact
 * integers, and computing it must not overflow the money type.
 */
bool totalsFitJson(const QList<QuoteLine> &lines, const QString &currency)
{
    try {
        const QuoteTotals totals = QuoteTotals::of(lines, currency, 0);
        return totals.listTotal.fitsJson() && totals.subtotal.fitsJson();
    } catch (const std::overflow_error &) {
        return false;
    }
}

} // namespace

QList<QuoteLine> QuoteLine::listFromInput(JsonReader &reader, const QString &field, const QJsonArray &array,
                                          const QString &currency)
{
    QList<QuoteLine> lines;
    for (int i = 0; reader.ok() && i < array.size(); ++i) {
        if (auto line = lineFromInput(reader, field, i, array.at(i), currency))
            lines.append(*line);
    }
    if (reader.ok() && !totalsFitJson(lines, currency))
        reader.fail(field, u"The amounts of these lines are too large"_s);
    return lines;
}

std::optional<Quote> Quote::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    Quote quote;
    quote.opportunityId = reader.integer(u"opportunity_id"_s, P::Optional, 1, MaxId).value_or(0);
    quote.customerId = reader.integer(u"customer_id"_s, P::Required, 1, MaxId).value_or(0);
    quote.contactId = reader.integer(u"contact_id"_s, P::Optional, 1, MaxId).value_or(0);
    quote.title = reader.string(u"title"_s, P::Optional, 200).value_or(QString());
    quote.currency = reader.string(u"currency"_s, P::Required, 3).value_or(QString());
    if (reader.ok() && !Money::isValidCurrencyCode(quote.currency))
        reader.fail(u"currency"_s, u"Field 'currency' must be an ISO 4217 code like CNY"_s);
    quote.taxRateBasisPoints = int(reader.integer(u"tax_rate_bp"_s, P::Optional, 0, BasisPointsPerWhole).value_or(0));
    quote.quoteDate = reader.date(u"quote_date"_s, P::Required).value_or(QDate());
    quote.validUntil = reader.date(u"valid_until"_s, P::Required).value_or(QDate());
    if (reader.ok() && quote.validUntil < quote.quoteDate)
        reader.fail(u"valid_until"_s, u"The quote cannot expire before its date"_s);
    quote.incoterm = reader.choice(u"incoterm"_s, P::Required, incoterms()).value_or(QString());
    quote.deliveryPlace = reader.string(u"delivery_place"_s, P::Optional, 200).value_or(QString());
    quote.paymentTerms = reader.string(u"payment_terms"_s, P::Optional, 1000).value_or(QString());
    quote.leadTime = reader.string(u"lead_time"_s, P::Optional, 200).value_or(QString());
    quote.notes = reader.string(u"notes"_s, P::Optional, 4000).value_or(QString());
    quote.language = reader.choice(u"language"_s, P::Required, languages()).value_or(QString());
    const QJsonArray lineArray = reader.array(u"lines"_s, P::Optional, MaxLines).value_or(QJsonArray());
    quote.lines = QuoteLine::listFromInput(reader, u"lines"_s, lineArray, quote.currency);
    if (!reader.ok())
        return std::nullopt;
    quote.totals = QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints);
    // The lines fit (listFromInput checked them); the tax may still take the total beyond JSON's exact integers.
    if (!quote.totals.total.fitsJson()) {
        reader.fail(u"lines"_s, u"The quote's total is too large"_s);
        return std::nullopt;
    }
    return quote;
}

// ---------------------------------------------------------------------------------------------------------

QJsonObject CompanyProfile::toJson() const
{
    return {{u"name_en"_s, nameEn},           {u"name_zh"_s, nameZh},
            {u"address_en"_s, addressEn},     {u"address_zh"_s, addressZh},
            {u"phone"_s, phone},              {u"email"_s, email},
            {u"website"_s, website},          {u"tax_id"_s, taxId},
            {u"bank_name_en"_s, bankNameEn},  {u"bank_name_zh"_s, bankNameZh},
            {u"bank_account"_s, bankAccount}, {u"swift"_s, swift},
            {u"logo"_s, QString::fromLatin1(logo.toBase64())}};
}

CompanyProfile CompanyProfile::fromJson(const QJsonObject &json)
{
    CompanyProfile profile;
    profile.nameEn = json.value(u"name_en"_s).toString();
    profile.nameZh = json.value(u"name_zh"_s).toString();
    profile.addressEn = json.value(u"address_en"_s).toString();
    profile.addressZh = json.value(u"address_zh"_s).toString();
    profile.phone = json.value(u"phone"_s).toString();
    profile.email = json.value(u"email"_s).toString();
    profile.website = json.value(u"website"_s).toString();
    profile.taxId = json.value(u"tax_id"_s).toString();
    profile.bankNameEn = json.value(u"bank_name_en"_s).toString();
    profile.bankNameZh = json.value(u"bank_name_zh"_s).toString();
    profile.bankAccount = json.value(u"bank_account"_s).toString();
    profile.swift = json.value(u"swift"_s).toString();
    profile.logo = QByteArray::fromBase64(json.value(u"logo"_s).toString().toLatin1());
    return profile;
}

QStringList CompanyProfile::inputFields()
{
    return {u"name_en"_s, u"name_zh"_s, u"address_en"_s, u"address_zh"_s, u"phone"_s, u"email"_s, u"website"_s,
            u"tax_id"_s, u"bank_name_en"_s, u"bank_name_zh"_s, u"bank_account"_s, u"swift"_s, u"logo"_s};
}

std::optional<CompanyProfile> CompanyProfile::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    CompanyProfile profile;
    profile.nameEn = reader.string(u"name_en"_s, P::Required, 200).value_or(QString());
    profile.nameZh = reader.string(u"name_zh"_s, P::Optional, 200).value_or(QString());
    profile.addressEn = reader.string(u"address_en"_s, P::Optional, 500).value_or(QString());
    profile.addressZh = reader.string(u"address_zh"_s, P::Optional, 500).value_or(QString());
    profile.phone = reader.string(u"phone"_s, P::Optional, 60).value_or(QString());
    profile.email = reader.string(u"email"_s, P::Optional, 200).value_or(QString());
    profile.website = reader.string(u"website"_s, P::Optional, 200).value_or(QString());
    profile.taxId = reader.string(u"tax_id"_s, P::Optional, 60).value_or(QString());
    profile.bankNameEn = reader.string(u"bank_name_en"_s, P::Optional, 200).value_or(QString());
    profile.bankNameZh = reader.string(u"bank_name_zh"_s, P::Optional, 200).value_or(QString());
    profile.bankAccount = reader.string(u"bank_account"_s, P::Optional, 60).value_or(QString());
    profile.swift = reader.string(u"swift"_s, P::Optional, 20).value_or(QString());
    // A logo of up to 256 KiB, base64 on the wire.
    const QString logoText = reader.string(u"logo"_s, P::Optional, 360'000).value_or(QString());
    profile.logo = QByteArray::fromBase64(logoText.toLatin1());
    if (reader.ok() && !logoText.isEmpty() && profile.logo.isEmpty())
        reader.fail(u"logo"_s, u"Field 'logo' must be base64-encoded PNG or SVG data"_s);
    if (!reader.ok())
        return std::nullopt;
    return profile;
}

} // namespace Tradewind
