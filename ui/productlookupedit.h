#pragma once

#include "lookupedit.h"

namespace Tradewind {

/**
 * Finds a catalogue product while the user types its code or name (GET /products). Suggestions show code,
 * name and, when a currency is set, the catalogue price in it.
 */
class ProductLookupEdit : public LookupEdit
{
    Q_OBJECT

public:
    /** What the edit shows once a product is chosen. */
    enum class Shows { Code, Name, CodeAndName };

    ProductLookupEdit(ApiClient &api, Shows shows, QWidget *parent = nullptr);

    /** The currency whose catalogue prices the suggestions show ("" for none). */
    void setCurrency(const QString &currency) { m_currency = currency; }
    /** The language of the names shown ("en" or "zh"; "" for the user's own). */
    void setLanguage(const QString &language) { m_language = language; }

    /** The name in language ("zh" or "en"), falling back to the other one; "" follows the user's language. */
    static QString name(const QString &nameEn, const QString &nameZh, const QString &language = {});
    /** "CODE — name" for a product chosen elsewhere. */
    static QString label(const QString &code, const QString &nameEn, const QString &nameZh);

protected:
    QUrlQuery searchQuery(const QString &typed) const override;
    QString suggestionText(const QJsonObject &record) const override;
    QString chosenText(const QJsonObject &record) const override;

private:
    Shows m_shows;
    QString m_currency;
    QString m_language;
};

} // namespace Tradewind
