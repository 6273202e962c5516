#pragma once

#include "apiclient.h"

#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>

class QCompleter;
class QStandardItem;
class QStandardItemModel;
class QTimer;

namespace Tradewind {

/**
 * A line edit that finds a server record while the user types: the server matches the text (GET path with
 * the query searchQuery() builds) and its answer pops up as suggestions, without blocking typing. Picking a
 * suggestion chooses its record; typing over a chosen record forgets it until one is picked again (or its
 * exact name is typed). Subclasses say what to ask and how a suggestion reads.
 */
class LookupEdit : public QLineEdit
{
    Q_OBJECT

public:
    /** Roles of suggestions() items. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** The text the edit shows once the record is chosen. */
    static constexpr int NameRole = Qt::UserRole + 2;
    /** The whole record as the server listed it (QJsonObject). */
    static constexpr int RecordRole = Qt::UserRole + 3;

    ~LookupEdit() override;

    qint64 chosenId() const { return m_chosenId; }
    QString chosenName() const { return m_chosenName; }
    /** The chosen record as listed, or empty when it was set by id and name only. */
    QJsonObject chosenRecord() const { return m_chosenRecord; }
    void choose(qint64 id, const QString &name, const QJsonObject &record = {});

    QCompleter *lookupCompleter() const { return m_completer; }
    QStandardItemModel *suggestions() const { return m_suggestions; }
    bool isSearching() const { return m_search != nullptr; }

Q_SIGNALS:
    void suggestionsChanged();
    /** A record was chosen (id > 0) or forgotten (0). */
    void chosen(qint64 id);

protected:
    LookupEdit(ApiClient &api, const QString &path, QWidget *parent = nullptr);

    /** The query for the typed text (q, sort, limit…). */
    virtual QUrlQuery searchQuery(const QString &typed) const = 0;
    /** The line a record shows in the suggestions. */
    virtual QString suggestionText(const QJsonObject &record) const = 0;
    /** The text the edit shows once record is chosen. */
    virtual QString chosenText(const QJsonObject &record) const = 0;

private:
    void edited(const QString &text);
    void search();
    void editingDone();

    ApiClient &m_api;
    QString m_path;
    qint64 m_chosenId = 0;
    QString m_chosenName;
    QJsonObject m_chosenRecord;
    QStandardItemModel *m_suggestions;
    QCompleter *m_completer;
    QTimer *m_searchDelay;
    QPointer<ApiReply> m_search;
};

} // namespace Tradewind
