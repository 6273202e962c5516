#include "opportunity.h"

using namespace Qt::StringLiterals;

namespace Tradewind {

QJsonObject Opportunity::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, kind},
            {u"customer_id"_s, customerId},
            {u"customer_name"_s, customerName},
            {u"title"_s, title},
            {u"source"_s, source},
            {u"stage"_s, stage},
            {u"amount"_s, amount.toJson()},
            {u"expected_close"_s, expectedClose.isValid() ? QJsonValue(Wire::dateToWire(expectedClose)) : QJsonValue()},
            {u"owner_id"_s, ownerId},
            {u"owner_name"_s, ownerName},
            {u"notes"_s, notes},
            {u"part_family"_s, partFamily},
            {u"version"_s, version},
            {u"created_at"_s, Wire::timestampToWire(createdAt)},
            {u"updated_at"_s, Wire::timestampToWire(updatedAt)},
            {u"locked_at"_s, lockedAt.isValid() ? QJsonValue(Wire::timestampToWire(lockedAt)) : QJsonValue()},
            {u"last_follow_up_on"_s, lastFollowUpOn.isValid() ? QJsonValue(Wire::dateToWire(lastFollowUpOn)) : QJsonValue()},
            {u"stale"_s, stale},
            {u"days_since_follow_up"_s, daysSinceFollowUp},
            {u"latest_quote"_s, latestQuote ? QJsonValue(QJsonObject{{u"id"_s, latestQuote->id},
                                                                    {u"number"_s, latestQuote->number},
                                                                    {u"revision_label"_s, latestQuote->revisionLabel},
                                                                    {u"status"_s, latestQuote->status},
                                                                    {u"total"_s, latestQuote->total.toJson()}})
                                            : QJsonValue()}};
}

Opportunity Opportunity::fromJson(const QJsonObject &json)
{
    Opportunity opportunity;
    opportunity.id = json.value(u"id"_s).toInteger();
    opportunity.kind = json.value(u"kind"_s).toString();
    opportunity.customerId = json.value(u"customer_id"_s).toInteger();
    opportunity.customerName = json.value(u"customer_name"_s).toString();
    opportunity.title = json.value(u"title"_s).toString();
    opportunity.source = json.value(u"source"_s).toString();
    opportunity.stage = json.value(u"stage"_s).toString();
    opportunity.amount = Money::fromJson(json.value(u"amount"_s)).value_or(Money());
    opportunity.expectedClose = QDate::fromString(json.value(u"expected_close"_s).toString(), Qt::ISODate);
    opportunity.ownerId = json.value(u"owner_id"_s).toInteger();
    opportunity.ownerName = json.value(u"owner_name"_s).toString();
    opportunity.notes = json.value(u"notes"_s).toString();
    opportunity.partFamily = json.value(u"part_family"_s).toString();
    opportunity.version = json.value(u"version"_s).toInteger();
    opportunity.createdAt = Wire::timestampFromWire(json.value(u"created_at"_s).toString());
    opportunity.updatedAt = Wire::timestampFromWire(json.value(u"updated_at"_s).toString());
    if (json.value(u"locked_at"_s).isString())
        opportunity.lockedAt = Wire::timestampFromWire(json.value(u"locked_at"_s).toString());
    opportunity.lastFollowUpOn = QDate::fromString(json.value(u"last_follow_up_on"_s).toString(), Qt::ISODate);
    opportunity.stale = json.value(u"stale"_s).toBool();
    opportunity.daysSinceFollowUp = json.value(u"days_since_follow_up"_s).toInt();
    if (const QJsonObject quote = json.value(u"latest_quote"_s).toObject(); !quote.isEmpty()) {
        opportunity.latestQuote = LatestQuote{quote.value(u"id"_s).toInteger(), quote.value(u"number"_s).toString(),
                                              quote.value(u"revision_label"_s).toString(),
                                              quote.value(u"status"_s).toString(),
                                              Money::fromJson(quote.value(u"total"_s)).value_or(Money())};
    }
    return opportunity;
}

QStringList Opportunity::inputFields()
{
    return {u"kind"_s, u"customer_id"_s, u"title"_s, u"source"_s, u"stage"_s, u"amount"_s,
            u"expected_close"_s, u"notes"_s, u"part_family"_s};
}

std::optional<Opportunity> Opportunity::fromInput(JsonReader &reader)
{
    using P = JsonReader::Presence;
    Opportunity opportunity;
    opportunity.kind = reader.choice(u"kind"_s, P::Required, kinds()).value_or(QString());
    opportunity.customerId =
        reader.integer(u"customer_id"_s, P::Required, 1, std::numeric_limits<qint64>::max() / 2).value_or(0);
    opportunity.title = reader.string(u"title"_s, P::Required, 200).value_or(QString());
    opportunity.source = reader.choice(u"source"_s, P::Required, sources()).value_or(QString());
    opportunity.stage = reader.choice(u"stage"_s, P::Required, stages()).value_or(QString());
    opportunity.amount = reader.money(u"amount"_s, P::Required).value_or(Money());
    opportunity.expectedClose = reader.date(u"expected_close"_s, P::Optional).value_or(QDate());
    opportunity.notes = reader.string(u"notes"_s, P::Optional, 4000).value_or(QString());
    opportunity.partFamily = reader.string(u"part_family"_s, P::Optional, 100).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    return opportunity;
}

} // namespace Tradewind
