#pragma once

#include "lookupedit.h"

namespace Tradewind {

/**
 * Finds a business partner while the user types: the server matches the text (name, folded name, city…)
 * among partners of one class.
 */
class PartnerLookupEdit : public LookupEdit
{
    Q_OBJECT

public:
    /** Roles of suggestions() items. */
    static constexpr int PartnerIdRole = IdRole;
    static constexpr int PartnerNameRole = NameRole;

    /** partnerClass: "customer", "competitor"… ("" for any partner). */
    PartnerLookupEdit(ApiClient &api, const QString &partnerClass, QWidget *parent = nullptr);

    qint64 partnerId() const { return chosenId(); }
    QString partnerName() const { return chosenName(); }
    void setPartner(qint64 partnerId, const QString &name) { choose(partnerId, name); }

protected:
    QUrlQuery searchQuery(const QString &typed) const override;
    QString suggestionText(const QJsonObject &record) const override;
    QString chosenText(const QJsonObject &record) const override;

private:
    QString m_partnerClass;
};

} // namespace Tradewind
