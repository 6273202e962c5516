#include "contract.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QJsonValue optionalDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(Wire::dateToWire(date)) : QJsonValue();
}

QJsonValue optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue optionalMoney(const Money &money)
{
    return money.isValid() ? QJsonValue(money.toJson()) : QJsonValue();
}

Money moneyFrom(const QJsonValue &value)
{
    return Money::fromJson(value).value_or(Money());
}

int basisPointsOf(const Money &part, const Money &whole)
{
    if (!part.isValid() || !whole.isValid() || whole.minorUnits() == 0)
        return 0;
    return int(divideRoundHalfAwayFromZero(__int128(part.minorUnits()) * BasisPointsPerWhole, whole.minorUnits()));
}

constexpr qint64 MaxId = std::numeric_limits<qint64>::max() / 2;

} // namespace

int Contract::receivedBasisPoints() const
{
    return basisPointsOf(received, amount);
}

int Contract::invoicedBasisPoints() const
{
    return basisPointsOf(invoiced, amount);
}

QJsonObject Contract::toJson() const
{
    QJsonArray itemArray;
    for (const QuoteLine &item : items)
        itemArray.append(item.toJson());
    return {{u"id"_s, id},
            {u"number"_s, number},
            {u"revision"_s, revision},
            {u"status"_s, status},
            {u"contract_type"_s, contractType},
            {u"customer_id"_s, customerId},
            {u"customer_name"_s, customerName},
            {u"opportunity_id"_s, optionalId(opportunityId)},
            {u"opportunity_title"_s, opportunityTitle},
            {u"quote_id"_s, optionalId(quoteId)},
            {u"quote_number"_s, quoteNumber},
            {u"owner_id"_s, ownerId},
            {u"owner_name"_s, ownerName},
            {u"currency"_s, currency},
            {u"amount"_s, amount.toJson()},
            {u"signing_date"_s, optionalDate(signingDate)},
            {u"delivery_terms"_s, deliveryTerms},
            {u"acceptance_terms"_s, acceptanceTerms},
            {u"payment_terms"_s, paymentTerms},
            {u"notes"_s, notes},
            {u"termination_reason"_s, terminationReason},
            {u"items"_s, itemArray},
            {u"invoiced"_s, optionalMoney(invoiced)},
            {u"received"_s, optionalMoney(received)},
            {u"outstanding"_s, optionalMoney(outstanding)},
            {u"overdue"_s, optionalMoney(overdue)},
            {u"invoiced_bp"_s, invoicedBasisPoints()},
            {u"received_bp"_s, receivedBasisPoints()},
            {u"next_due_node"_s, nextDueNodeName},
            {u"next_due_date"_s, optionalDate(nextDueDate)},
            {u"next_due_amount"_s, optionalMoney(nextDueAmount)},
            {u"version"_s, version},
            {u"created_at"_s, createdAt.isValid() ? QJsonValue(Wire::timestampToWire(createdAt)) : QJsonValue()},
            {u"updated_at"_s, updatedAt.isValid() ? QJsonValue(Wire::timestampToWire(updatedAt)) : QJsonValue()}};
}

Contract Contract::fromJson(const QJsonObject &json)
{
    Contract contract;
    contract.id = json.value(u"id"_s).toInteger();
    contract.number = json.value(u"number"_s).toString();
    contract.revision = std::max(1, json.value(u"revision"_s).toInt());
    contract.status = json.value(u"status"_s).toString();
    contract.contractType = json.value(u"contract_type"_s).toString();
    contract.customerId = json.value(u"customer_id"_s).toInteger();
    contract.customerName = json.value(u"customer_name"_s).toString();
    contract.opportunityId = json.value(u"opportunity_id"_s).toInteger();
    contract.opportunityTitle = json.value(u"opportunity_title"_s).toString();
    contract.quoteId = json.value(u"quote_id"_s).toInteger();
    contract.quoteNumber = json.value(u"quote_number"_s).toString();
    contract.ownerId = json.value(u"owner_id"_s).toInteger();
    contract.ownerName = json.value(u"owner_name"_s).toString();
    contract.currency = json.value(u"currency"_s).toString();
    contract.amount = moneyFrom(json.value(u"amount"_s));
    contract.signingDate = QDate::fromString(json.value(u"signing_date"_s).toString(), Qt::ISODate);
    contract.deliveryTerms = json.value(u"delivery_terms"_s).toString();
    contract.acceptanceTerms = json.value(u"acceptance_terms"_s).toString();
    contract.paymentTerms = json.value(u"payment_terms"_s).toString();
    contract.notes = json.value(u"notes"_s).toString();
    contract.terminationReason = json.value(u"termination_reason"_s).toString();
    for (const QJsonValue &item : json.value(u"items"_s).toArray())
        contract.items.append(QuoteLine::fromJson(item.toObject()));
    contract.invoiced = moneyFrom(json.value(u"invoiced"_s));
    contract.received = moneyFrom(json.value(u"received"_s));
    contract.outstanding = moneyFrom(json.value(u"outstanding"_s));
    contract.overdue = moneyFrom(json.value(u"overdue"_s));
    contract.nextDueNodeName = json.value(u"next_due_node"_s).toString();
    contract.nextDueDate = QDate::fromString(json.value(u"next_due_date"_s).toString(), Qt::ISODate);
    contract.nextDueAmount = moneyFrom(json.value(u"next_due_amount"_s));
    contract.version = json.value(u"version"_s).toInteger();
    contract.createdAt = Wire::timestampFromWire(json.value(u"created_at"_s).toString());
    contract.updatedAt = Wire::timestampFromWire(json.value(u"updated_at"_s).toString());
    return contract;
}

QStringList Contract::inputFields()
{
    return {u"contract_type"_s, u"customer_id"_s,    u"opportunity_id"_s,   u"quote_id"_s,
            u"amount"_s,        u"signing_date"_s,   u"delivery_terms"_s,   u"acceptance_terms"_s,
            u"payment_terms"_s, u"notes"_s,          u"items"_s};
}

std::optional<Contract> Contract::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    Contract contract;
    contract.contractType =
        reader.choice(u"contract_type"_s, P::Required, SettlementRule::contractTypes()).value_or(QString());
    contract.customerId = reader.integer(u"customer_id"_s, P::Required, 1, MaxId).value_or(0);
    contract.opportunityId = reader.integer(u"opportunity_id"_s, P::Optional, 1, MaxId).value_or(0);
    contract.quoteId = reader.integer(u"quote_id"_s, P::Optional, 1, MaxId).value_or(0);
    contract.amount = reader.money(u"amount"_s, P::Required).value_or(Money());
    if (reader.ok() && contract.amount.minorUnits() <= 0)
        reader.fail(u"amount"_s, u"The contract amount must be positive"_s);
    contract.currency = contract.amount.currency();
    contract.signingDate = reader.date(u"signing_date"_s, P::Required).value_or(QDate());
    contract.deliveryTerms = reader.string(u"delivery_terms"_s, P::Optional, 2000).value_or(QString());
    contract.acceptanceTerms = reader.string(u"acceptance_terms"_s, P::Optional, 2000).value_or(QString());
    contract.paymentTerms = reader.string(u"payment_terms"_s, P::Optional, 2000).value_or(QString());
    contract.notes = reader.string(u"notes"_s, P::Optional, 4000).value_or(QString());
    const QJsonArray itemArray = reader.array(u"items"_s, P::Optional, Quote::MaxLines).value_or(QJsonArray());
    contract.items = QuoteLine::listFromInput(reader, u"items"_s, itemArray, contract.currency);
    if (!reader.ok())
        return std::nullopt;
    return contract;
}

Money convertCurrency(const Money &from, qint64 rateMicros, const QString &targetCurrency)
{
    // minor_target = minor_from × rate / 10^6 × 10^(digits_target − digits_from)
    const int shift = Money::minorDigits(targetCurrency) - Money::minorDigits(from.currency());
    __int128 numerator = __int128(from.minorUnits()) * rateMicros;
    __int128 denominator = 1'000'000;
    for (int i = 0; i < shift; ++i)
        numerator *= 10;
    for (int i = 0; i > shift; --i)
        denominator *= 10;
    return Money(divideRoundHalfAwayFromZero(numerator, denominator), targetCurrency);
}

} // namespace Tradewind
