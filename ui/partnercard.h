#pragma once

#include "cardpage.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Tradewind {

class ListPage;

/**
 * The card of one business partner: master data, contacts, and the opportunities with this customer
 * that the user may see (the server filters them).
 */
class PartnerCard : public CardPage
{
    Q_OBJECT

public:
    PartnerCard(Workspace &workspace, qint64 partnerId, QWidget *parent = nullptr);

    QString documentKey() const override;
    QIcon icon() const override;

    qint64 partnerId() const { return m_partnerId; }
    QPushButton *editButton() const { return m_editButton; }
    QTableWidget *contactsTable() const { return m_contacts; }
    ListPage *opportunityList() const { return m_opportunities; }

    /** Opens the edit dialog on the partner as shown. */
    void edit();

protected:
    QString placeholderTitle() const override;
    void populate(const QJsonObject &record) override;
    void reloadRelated() override;

private:
    void buildBasicTab();
    void buildContactsTab();
    void buildOpportunitiesTab();

    qint64 m_partnerId;
    bool m_isCustomer = false;
    QPushButton *m_editButton;
    QHash<QString, QLabel *> m_basicValues;
    QTableWidget *m_contacts = nullptr;
    QLabel *m_noContacts = nullptr;
    ListPage *m_opportunities = nullptr;
};

} // namespace Tradewind
