#pragma once

#include "apiclient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <functional>

namespace Tradewind {

/** One column of a remote list: how to show a row object, and the server's sort key (empty: not sortable). */
struct ListColumn
{
    QString header;
    std::function<QVariant(const QJsonObject &row)> display;
    QString sortKey;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    /** The text colour of a row's cell (a status in its colour); empty: the view's own. */
    std::function<QVariant(const QJsonObject &row)> foreground = {};
};

/**
 * A table over a server collection (GET path → {"items","total","next","previous"}): as many rows as the server
 * counts, each page fetched when one of its rows is first looked at (data()) and shown as loading until it
 * arrives. Pages next to a loaded one are fetched by its cursor, the last one in reverse order (Ctrl+End is
 * immediate at any length) and others by offset. Only KeptPages pages are held, as compact JSON; the ones looked
 * at least recently are dropped and fetched again when needed, so memory stays bounded however far the user
 * scrolls. A capped total (a frequent search term) is a lower bound the list grows past as it is scrolled. A
 * collection answered in one piece ({"items"} without a total) is simply complete. Sorting and filtering are done
 * by the server: changing either reloads from the first page. Never blocks: replies arrive later, and replies for
 * an outdated query are ignored.
 */
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;
    /** Pages held at most. */
    static constexpr int KeptPages = 24;
    /** Role returning the whole row object (QJsonObject) of a row. */
    static constexpr int RowObjectRole = Qt::UserRole + 1;
    /** Role returning the row's id (qint64). */
    static constexpr int IdRole = Qt::UserRole + 2;

    RemoteListModel(ApiClient *api, const QString &path, QList<ListColumn> columns, QObject *parent = nullptr);

    /** Sets a query parameter (empty value removes it) and reloads. */
    void setFilter(const QString &name, const QString &value);
    QString filter(const QString &name) const;
    /** Server sort key, "-" in front for descending; reloads. */
    void setSortKey(const QString &sortKey);
    QString sortKey() const { return m_sortKey; }

    /** Drops what is loaded and fetches the first page again. */
    void reload();

    /** The rows the server counts (at least that many when isTotalCapped()). */
    qint64 totalCount() const { return m_total; }
    bool isTotalCapped() const { return m_totalCapped; }
    bool isLoading() const { return m_pending != nullptr; }
    bool isRowLoaded(int row) const { return m_pages.contains(row / PageSize); }
    /** Rows held in memory now. */
    int loadedRowCount() const;
    /** The row's object; empty while the row is not loaded. */
    QJsonObject rowObject(int row) const;
    /** The row's id; 0 while the row is not loaded. */
    qint64 idAt(int row) const;
    /** The loaded row showing the record with this id, or -1. */
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The column sorted by sortKey(), and its order, for the view's sort indicator. */
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void loadFailed(const Tradewind::ApiError &error);

private:
    /** One page of rows: ids, the rows as compact JSON, the cursors around it, when it was last looked at. */
    struct Page
    {
        QList<qint64> ids;
        QList<QByteArray> rows;
        QString next;
        QString previous;
        mutable quint64 lastUsed = 0;
    };

    /** How a page is asked for: the first (with the total), next to a loaded one, the last (reversed), by offset. */
    enum class Fetch { First, After, Before, Last, ByOffset };

    /** Notes that the page was looked at while not loaded; the most recent such page is fetched next. */
    void want(int page) const;
    void fetchWanted();
    void requestPage(int page);
    void pageArrived(ApiReply *reply, int pageIndex, Fetch fetch);
    void setRowCount(qint64 rows);
    void dropLeastRecentPages();
    const QJsonObject &parsed(int row) const;

    ApiClient *m_api;
    QString m_path;
    QList<ListColumn> m_columns;
    QUrlQuery m_filters;
    QString m_sortKey;
    QHash<int, Page> m_pages;
    qint64 m_total = 0;
    /** Whether an answer to the current query has said how many rows there are. */
    bool m_totalKnown = false;
    bool m_totalCapped = false;
    QPointer<ApiReply> m_pending;
    mutable quint64 m_clock = 0;
    mutable QList<int> m_wanted;
    mutable bool m_fetchScheduled = false;
    mutable int m_parsedRow = -1;
    mutable QJsonObject m_parsedObject;
};

} // namespace Tradewind
