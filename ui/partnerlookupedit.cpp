#include "partnerlookupedit.h"

#include <QCompleter>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Suggestions asked for at once: enough to pick from, few enough to come back quickly. */
constexpr int SuggestionCount = 20;

} // namespace

PartnerLookupEdit::PartnerLookupEdit(ApiClient &api, const QString &partnerClass, QWidget *parent)
    : LookupEdit(api, u"/partners"_s, parent)
    , m_partnerClass(partnerClass)
{
    lookupCompleter()->setObjectName(u"partnerCompleter"_s);
}

QUrlQuery PartnerLookupEdit::searchQuery(const QString &typed) const
{
    QUrlQuery query{{u"q"_s, typed}, {u"sort"_s, u"name"_s}, {u"limit"_s, QString::number(SuggestionCount)}};
    if (!m_partnerClass.isEmpty())
        query.addQueryItem(u"class"_s, m_partnerClass);
    return query;
}

QString PartnerLookupEdit::suggestionText(const QJsonObject &record) const
{
    const QString name = record.value(u"name"_s).toString();
    QStringList place;
    for (const QString &part : {record.value(u"city"_s).toString(), record.value(u"country"_s).toString()})
        if (!part.isEmpty())
            place.append(part);
    return place.isEmpty() ? name : tr("%1 — %2").arg(name, place.join(u", "_s));
}

QString PartnerLookupEdit::chosenText(const QJsonObject &record) const
{
    return record.value(u"name"_s).toString();
}

} // namespace Tradewind
