#pragma once

#include "apiclient.h"

#include <QComboBox>
#include <QPointer>

namespace Tradewind {

/**
 * Chooses one of a customer's contacts (as kept on the partner card). The contacts are loaded without
 * blocking; a contact chosen before they arrive stays chosen, even when it is no longer in the list.
 */
class ContactCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit ContactCombo(ApiClient &api, QWidget *parent = nullptr);
    ~ContactCombo() override;

    /** Loads the contacts of this customer (GET /partners/{id}). */
    void load(qint64 customerId);
    bool isLoading() const { return m_reply != nullptr; }
    qint64 customerId() const { return m_customerId; }

    /** The chosen contact, or 0. */
    qint64 contactId() const { return currentData().toLongLong(); }
    void setContact(qint64 contactId, const QString &name);
    /** The first entry, standing for no contact (default "Choose a contact…"). */
    void setNoneText(const QString &text);

Q_SIGNALS:
    void loaded();

private:
    ApiClient &m_api;
    qint64 m_customerId = 0;
    QString m_noneText;
    QPointer<ApiReply> m_reply;
};

} // namespace Tradewind
