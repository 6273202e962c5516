#include "productlookupedit.h"

#include "formatting.h"

#include <QCompleter>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

constexpr int SuggestionCount = 20;

} // namespace

ProductLookupEdit::ProductLookupEdit(ApiClient &api, Shows shows, QWidget *parent)
    : LookupEdit(api, u"/products"_s, parent)
    , m_shows(shows)
{
    lookupCompleter()->setObjectName(u"productCompleter"_s);
    setPlaceholderText(tr("Type a product code or name…"));
}

QString ProductLookupEdit::name(const QString &nameEn, const QString &nameZh, const QString &language)
{
    const bool chinese = language.isEmpty() ? QLocale().language() == QLocale::Chinese : language == u"zh"_s;
    if (chinese)
        return nameZh.isEmpty() ? nameEn : nameZh;
    return nameEn.isEmpty() ? nameZh : nameEn;
}

QString ProductLookupEdit::label(const QString &code, const QString &nameEn, const QString &nameZh)
{
    const QString productName = name(nameEn, nameZh);
    if (code.isEmpty())
        return productName;
    return productName.isEmpty() ? code : tr("%1 — %2").arg(code, productName);
}

QUrlQuery ProductLookupEdit::searchQuery(const QString &typed) const
{
    QUrlQuery query{{u"q"_s, typed}, {u"limit"_s, QString::number(SuggestionCount)}};
    if (!m_currency.isEmpty())
        query.addQueryItem(u"currency"_s, m_currency);
    return query;
}

QString ProductLookupEdit::suggestionText(const QJsonObject &record) const
{
    QString text = label(record.value(u"code"_s).toString(), record.value(u"name_en"_s).toString(),
                         record.value(u"name_zh"_s).toString());
    const QString specification = record.value(u"specification"_s).toString().simplified();
    if (!specification.isEmpty())
        text = tr("%1 (%2)").arg(text, specification.size() > 40 ? specification.left(39) + u'…' : specification);
    if (const auto price = Money::fromJson(record.value(u"price"_s)))
        text = tr("%1 · %2").arg(text, Format::money(*price));
    return text;
}

QString ProductLookupEdit::chosenText(const QJsonObject &record) const
{
    const QString code = record.value(u"code"_s).toString();
    const QString nameEn = record.value(u"name_en"_s).toString();
    const QString nameZh = record.value(u"name_zh"_s).toString();
    switch (m_shows) {
    case Shows::Code:
        return code;
    case Shows::Name:
        return name(nameEn, nameZh, m_language);
    case Shows::CodeAndName:
        break;
    }
    return label(code, nameEn, nameZh);
}

} // namespace Tradewind
