#include "lookupedit.h"

#include "replyhandling.h"

#include <QCompleter>
#include <QJsonArray>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tradewind {

LookupEdit::LookupEdit(ApiClient &api, const QString &path, QWidget *parent)
    : QLineEdit(parent)
    , m_api(api)
    , m_path(path)
    , m_suggestions(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_suggestions, this))
    , m_searchDelay(new QTimer(this))
{
    setPlaceholderText(tr("Type to search…"));
    setClearButtonEnabled(true);
    // The server has already matched the text: show its answer unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LookupEdit::search);
    connect(this, &QLineEdit::textEdited, this, &LookupEdit::edited);
    connect(this, &QLineEdit::editingFinished, this, &LookupEdit::editingDone);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        choose(index.data(IdRole).toLongLong(), index.data(NameRole).toString(), index.data(RecordRole).toJsonObject());
    });
}

LookupEdit::~LookupEdit()
{
    abandon(m_search, this);
}

void LookupEdit::choose(qint64 id, const QString &name, const QJsonObject &record)
{
    m_searchDelay->stop();
    abandon(m_search, this);
    m_search = nullptr;
    const bool changed = id != m_chosenId;
    m_chosenId = id;
    m_chosenName = name;
    m_chosenRecord = record;
    if (text() != name)
        setText(name);
    if (changed || !record.isEmpty())
        Q_EMIT chosen(id);
}

void LookupEdit::edited(const QString &text)
{
    if (text != m_chosenName && m_chosenId != 0) {
        m_chosenId = 0; // typed over the chosen record: choose again
        m_chosenRecord = {};
        Q_EMIT chosen(0);
    }
    m_searchDelay->start();
}

void LookupEdit::search()
{
    abandon(m_search, this);
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        m_search = nullptr;
        m_suggestions->clear();
        Q_EMIT suggestionsChanged();
        return;
    }
    ApiReply *reply = m_api.get(m_path, searchQuery(typed));
    m_search = reply;
    whenFinished(reply, this, [this, reply, typed] {
        if (reply != m_search)
            return;
        m_search = nullptr;
        if (!reply->ok())
            return; // no suggestions this time; typing on asks again
        m_suggestions->clear();
        for (const QJsonValue &value : reply->object().value(u"items"_s).toArray()) {
            const QJsonObject record = value.toObject();
            auto *item = new QStandardItem(suggestionText(record));
            item->setData(record.value(u"id"_s).toInteger(), IdRole);
            item->setData(chosenText(record), NameRole);
            item->setData(record, RecordRole);
            item->setEditable(false);
            m_suggestions->appendRow(item);
        }
        Q_EMIT suggestionsChanged();
        if (hasFocus() && text().trimmed() == typed && m_suggestions->rowCount() > 0)
            m_completer->complete();
    });
}

void LookupEdit::editingDone()
{
    if (m_chosenId > 0)
        return;
    // Typed a record's exact name without picking it from the list: take it.
    const QString typed = text().trimmed();
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const QStandardItem *item = m_suggestions->item(row);
        if (item->data(NameRole).toString().compare(typed, Qt::CaseInsensitive) == 0) {
            choose(item->data(IdRole).toLongLong(), item->data(NameRole).toString(),
                   item->data(RecordRole).toJsonObject());
            return;
        }
    }
}

} // namespace Tradewind
