#pragma once

#include "apiclient.h"

#include <QAbstractTableModel>
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
 * A table over a server collection (GET path → {"items","total"}), fetched one page at a time as the
 * view scrolls; a collection answered in one piece ({"items"} without a total) is simply complete. Sorting and filtering are done by the server: changing either reloads from the first page.
 * Never blocks: replies arrive later, and replies for an outdated query are ignored.
 */
class RemoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;
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

    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pending != nullptr; }
    QJsonObject rowObject(int row) const { return m_rows.value(row); }
    qint64 idAt(int row) const;
    /** The row showing the record with this id, or -1. */
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The column sorted by sortKey(), and its order, for the view's sort indicator. */
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    void loadFailed(const Tradewind::ApiError &error);

private:
    void requestPage(qint64 offset);
    void pageArrived(ApiReply *reply, bool firstPage);

    ApiClient *m_api;
    QString m_path;
    QList<ListColumn> m_columns;
    QUrlQuery m_filters;
    QString m_sortKey;
    QList<QJsonObject> m_rows;
    qint64 m_total = 0;
    bool m_totalKnown = false;
    QPointer<ApiReply> m_pending;
};

} // namespace Tradewind
