#include "contactcombo.h"

#include "replyhandling.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

ContactCombo::ContactCombo(ApiClient &api, QWidget *parent)
    : QComboBox(parent)
    , m_api(api)
    , m_noneText(tr("Choose a contact…"))
{
    addItem(tr("Loading the customer's contacts…"), 0);
}

ContactCombo::~ContactCombo()
{
    abandon(m_reply, this);
}

void ContactCombo::setNoneText(const QString &text)
{
    m_noneText = text;
    if (!isLoading() && count() > 0 && itemData(0).toLongLong() == 0 && m_customerId > 0)
        setItemText(0, text);
}

void ContactCombo::setContact(qint64 contactId, const QString &name)
{
    int index = findData(contactId);
    if (index < 0 && contactId > 0) {
        addItem(name, contactId);
        index = count() - 1;
    }
    setCurrentIndex(std::max(index, 0));
}

void ContactCombo::load(qint64 customerId)
{
    abandon(m_reply, this);
    m_customerId = customerId;
    if (customerId <= 0)
        return;
    ApiReply *reply = m_api.get(u"/partners/%1"_s.arg(customerId));
    m_reply = reply;
    whenFinished(reply, this, [this, reply] {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        const qint64 chosen = contactId();
        const QString chosenText = currentText();
        clear();
        if (!reply->ok()) {
            addItem(tr("The customer's contacts could not be loaded"), 0);
        } else {
            addItem(m_noneText, 0);
            for (const QJsonValue &value : reply->object().value(u"contacts"_s).toArray()) {
                const QJsonObject contact = value.toObject();
                const QString name = contact.value(u"name"_s).toString();
                const QString title = contact.value(u"title"_s).toString();
                addItem(title.isEmpty() ? name : tr("%1 — %2").arg(name, title), contact.value(u"id"_s).toInteger());
            }
            if (count() == 1)
                setItemText(0, tr("The customer has no contacts yet: add them on the partner card"));
        }
        setContact(chosen, chosenText);
        Q_EMIT loaded();
    });
}

} // namespace Tradewind
