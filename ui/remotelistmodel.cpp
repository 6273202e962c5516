#include "remotelistmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Tradewind {

RemoteListModel::RemoteListModel(ApiClient *api, const QString &path, QList<ListColumn> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_path(path)
    , m_columns(std::move(columns))
{
}

void RemoteListModel::setFilter(const QString &name, const QString &value)
{
    if (m_filters.queryItemValue(name) == value && (m_filters.hasQueryItem(name) || value.isEmpty()))
        return;
    m_filters.removeAllQueryItems(name);
    if (!value.isEmpty())
        m_filters.addQueryItem(name, value);
    reload();
}

QString RemoteListModel::filter(const QString &name) const
{
    return m_filters.queryItemValue(name);
}

void RemoteListModel::setSortKey(const QString &sortKey)
{
    if (sortKey == m_sortKey)
        return;
    m_sortKey = sortKey;
    reload();
}

void RemoteListModel::reload()
{
    if (m_pending) {
        // The answer to the outdated query must not land in the new list.
        ApiReply *outdated = m_pending;
        m_pending = nullptr;
        outdated->disconnect(this);
        outdated->abort();
        outdated->deleteLater();
    }
    beginResetModel();
    m_rows.clear();
    m_totalKnown = false;
    endResetModel();
    requestPage(0);
}

qint64 RemoteListModel::idAt(int row) const
{
    return m_rows.value(row).value(u"id"_s).toInteger();
}

int RemoteListModel::rowOfId(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).value(u"id"_s).toInteger() == id)
            return static_cast<int>(row);
    return -1;
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return m_columns.at(index.column()).display(row);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(m_columns.at(index.column()).alignment);
    case Qt::ForegroundRole: {
        const ListColumn &column = m_columns.at(index.column());
        return column.foreground ? column.foreground(row) : QVariant();
    }
    case RowObjectRole:
        return row;
    case IdRole:
        return row.value(u"id"_s).toInteger();
    default:
        return {};
    }
}

QVariant RemoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(m_columns.at(section).alignment);
    return {};
}

bool RemoteListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_totalKnown && m_rows.size() < m_total && !m_pending;
}

void RemoteListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_rows.size());
}

void RemoteListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || m_columns.at(column).sortKey.isEmpty())
        return;
    const QString key = m_columns.at(column).sortKey;
    setSortKey(order == Qt::DescendingOrder ? u'-' + key : key);
}

int RemoteListModel::sortColumn() const
{
    const QString key = m_sortKey.startsWith(u'-') ? m_sortKey.mid(1) : m_sortKey;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (!key.isEmpty() && m_columns.at(i).sortKey == key)
            return static_cast<int>(i);
    return -1;
}

Qt::SortOrder RemoteListModel::sortOrder() const
{
    return m_sortKey.startsWith(u'-') ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void RemoteListModel::requestPage(qint64 offset)
{
    QUrlQuery query = m_filters;
    query.addQueryItem(u"limit"_s, QString::number(PageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    if (!m_sortKey.isEmpty())
        query.addQueryItem(u"sort"_s, m_sortKey);
    ApiReply *reply = m_api->get(m_path, query);
    m_pending = reply;
    Q_EMIT loadingChanged(true);
    connect(reply, &ApiReply::finished, this, [this, reply, offset] { pageArrived(reply, offset == 0); });
}

void RemoteListModel::pageArrived(ApiReply *reply, bool firstPage)
{
    reply->deleteLater();
    if (reply != m_pending)
        return;
    m_pending = nullptr;
    Q_EMIT loadingChanged(false);
    if (!reply->ok()) {
        Q_EMIT loadFailed(reply->error());
        return;
    }
    const QJsonArray items = reply->object().value(u"items"_s).toArray();
    const QJsonValue totalValue = reply->object().value(u"total"_s);
    const qint64 total = totalValue.isUndefined() ? m_rows.size() + items.size() : totalValue.toInteger();
    if (!items.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
        for (const QJsonValue &item : items)
            m_rows.append(item.toObject());
        endInsertRows();
    }
    // If rows were added or removed on the server meanwhile, the list simply ends where the data ends.
    const bool changed = !m_totalKnown || total != m_total;
    m_total = items.isEmpty() && !firstPage ? m_rows.size() : total;
    m_totalKnown = true;
    if (changed)
        Q_EMIT totalCountChanged(m_total);
}

} // namespace Tradewind
