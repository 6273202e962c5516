#include "partnerlookupedit.h"

#include "replyhandling.h"

#include <QCompleter>
#include <QJsonArray>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Suggestions asked for at once: enough to pick from, few enough to come back quickly. */
constexpr int SuggestionCount = 20;

} // namespace

PartnerLookupEdit::PartnerLookupEdit(ApiClient &api, const QString &partnerClass, QWidget *parent)
    : QLineEdit(parent)
    , m_api(api)
    , m_partnerClass(partnerClass)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_searchDelay(new QTimer(this))
{
    setPlaceholderText(tr("Type to search…"));
    setClearButtonEnabled(true);
    m_completer->setObjectName(u"partnerCompleter"_s);
    // The server has already matched the text: show its answer unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(PartnerNameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &PartnerLookupEdit::search);
    connect(this, &QLineEdit::textEdited, this, &PartnerLookupEdit::edited);
    connect(this, &QLineEdit::editingFinished, this, &PartnerLookupEdit::editingDone);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        setPartner(index.data(PartnerIdRole).toLongLong(), index.data(PartnerNameRole).toString());
    });
}

PartnerLookupEdit::~PartnerLookupEdit()
{
    abandon(m_search, this);
}

void PartnerLookupEdit::setPartner(qint64 partnerId, const QString &name)
{
    m_searchDelay->stop();
    abandon(m_search, this);
    m_search = nullptr;
    const bool changed = partnerId != m_partnerId;
    m_partnerId = partnerId;
    m_partnerName = name;
    if (text() != name)
        setText(name);
    if (changed)
        Q_EMIT partnerChosen(partnerId);
}

void PartnerLookupEdit::edited(const QString &text)
{
    if (text != m_partnerName && m_partnerId != 0) {
        m_partnerId = 0; // typed over the chosen partner: choose again
        Q_EMIT partnerChosen(0);
    }
    m_searchDelay->start();
}

void PartnerLookupEdit::search()
{
    abandon(m_search, this);
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        m_search = nullptr;
        m_suggestions->clear();
        Q_EMIT suggestionsChanged();
        return;
    }
    QUrlQuery query{{u"q"_s, typed}, {u"sort"_s, u"name"_s}, {u"limit"_s, QString::number(SuggestionCount)}};
    if (!m_partnerClass.isEmpty())
        query.addQueryItem(u"class"_s, m_partnerClass);
    ApiReply *reply = m_api.get(u"/partners"_s, query);
    m_search = reply;
    whenFinished(reply, this, [this, reply, typed] {
        if (reply != m_search)
            return;
        m_search = nullptr;
        if (!reply->ok())
            return; // no suggestions this time; typing on asks again
        m_suggestions->clear();
        for (const QJsonValue &value : reply->object().value(u"items"_s).toArray()) {
            const QJsonObject partner = value.toObject();
            const QString name = partner.value(u"name"_s).toString();
            QStringList place;
            for (const QString &part : {partner.value(u"city"_s).toString(), partner.value(u"country"_s).toString()})
                if (!part.isEmpty())
                    place.append(part);
            auto *item = new QStandardItem(place.isEmpty() ? name : tr("%1 — %2").arg(name, place.join(u", "_s)));
            item->setData(partner.value(u"id"_s).toInteger(), PartnerIdRole);
            item->setData(name, PartnerNameRole);
            item->setEditable(false);
            m_suggestions->appendRow(item);
        }
        Q_EMIT suggestionsChanged();
        if (hasFocus() && text().trimmed() == typed && m_suggestions->rowCount() > 0)
            m_completer->complete();
    });
}

void PartnerLookupEdit::editingDone()
{
    if (m_partnerId > 0)
        return;
    // Typed a partner's exact name without picking it from the list: take it.
    const QString typed = text().trimmed();
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const QStandardItem *item = m_suggestions->item(row);
        if (item->data(PartnerNameRole).toString().compare(typed, Qt::CaseInsensitive) == 0) {
            setPartner(item->data(PartnerIdRole).toLongLong(), item->data(PartnerNameRole).toString());
            return;
        }
    }
}

} // namespace Tradewind
