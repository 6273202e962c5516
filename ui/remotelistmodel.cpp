#include "remotelistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Pages looked at while not loaded that are remembered for fetching: a view shows a few at most. */
constexpr qsizetype WantedPages = 4;

} // namespace

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
    m_pages.clear();
    m_total = 0;
    m_totalKnown = false;
    m_totalCapped = false;
    m_wanted.clear();
    m_parsedRow = -1;
    endResetModel();
    requestPage(0);
}

int RemoteListModel::loadedRowCount() const
{
    int rows = 0;
    for (const Page &page : m_pages)
        rows += static_cast<int>(page.rows.size());
    return rows;
}

QJsonObject RemoteListModel::rowObject(int row) const
{
    return isRowLoaded(row) ? parsed(row) : QJsonObject();
}

qint64 RemoteListModel::idAt(int row) const
{
    const auto page = m_pages.constFind(row / PageSize);
    return row >= 0 && page != m_pages.cend() ? page->ids.value(row % PageSize) : 0;
}

int RemoteListModel::rowOfId(qint64 id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        const qsizetype at = page->ids.indexOf(id);
        if (at >= 0)
            return page.key() * PageSize + static_cast<int>(at);
    }
    return -1;
}

int RemoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_total);
}

int RemoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant RemoteListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    const int pageIndex = index.row() / PageSize;
    const auto page = m_pages.constFind(pageIndex);
    if (page == m_pages.cend()) {
        want(pageIndex);
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(tr("Loading…")) : QVariant();
    }
    if (index.row() % PageSize >= page->rows.size())
        return {};
    page->lastUsed = ++m_clock;
    const QJsonObject &row = parsed(index.row());
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
        return page->ids.at(index.row() % PageSize);
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

void RemoteListModel::want(int page) const
{
    // The pages of the rows looked at last, latest last: those a view shows (it repaints only what changes).
    m_wanted.removeOne(page);
    m_wanted.append(page);
    if (m_wanted.size() > WantedPages)
        m_wanted.removeFirst();
    if (m_fetchScheduled)
        return;
    // data() is called while the view paints: the request goes out once it is done.
    m_fetchScheduled = true;
    QMetaObject::invokeMethod(const_cast<RemoteListModel *>(this), &RemoteListModel::fetchWanted, Qt::QueuedConnection);
}

void RemoteListModel::fetchWanted()
{
    m_fetchScheduled = false;
    // One request at a time; the next goes out when it is answered.
    while (!m_pending && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (!m_pages.contains(page) && qint64(page) * PageSize < m_total)
            requestPage(page);
    }
}

void RemoteListModel::requestPage(int page)
{
    QUrlQuery query = m_filters;
    int limit = PageSize;
    QString sortKey = m_sortKey;
    Fetch fetch = Fetch::ByOffset;
    const auto before = m_pages.constFind(page - 1);
    const auto after = m_pages.constFind(page + 1);
    const qint64 lastPage = (m_total - 1) / PageSize;
    if (page == 0) {
        fetch = Fetch::First;
    } else if (before != m_pages.cend() && !before->next.isEmpty()) {
        fetch = Fetch::After;
        query.addQueryItem(u"after"_s, before->next);
    } else if (after != m_pages.cend() && !after->previous.isEmpty()) {
        fetch = Fetch::Before;
        query.addQueryItem(u"before"_s, after->previous);
    } else if (page == lastPage && !m_totalCapped && !m_sortKey.isEmpty()) {
        // The end of the list is the start of the reverse order: Ctrl+End costs one page at any length.
        fetch = Fetch::Last;
        sortKey = m_sortKey.startsWith(u'-') ? m_sortKey.mid(1) : u'-' + m_sortKey;
        limit = static_cast<int>(m_total - lastPage * PageSize);
    } else {
        query.addQueryItem(u"offset"_s, QString::number(qint64(page) * PageSize));
    }
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!sortKey.isEmpty())
        query.addQueryItem(u"sort"_s, sortKey);
    ApiReply *reply = m_api->get(m_path, query);
    m_pending = reply;
    Q_EMIT loadingChanged(true);
    connect(reply, &ApiReply::finished, this, [this, reply, page, fetch] { pageArrived(reply, page, fetch); });
}

void RemoteListModel::pageArrived(ApiReply *reply, int pageIndex, Fetch fetch)
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
    const QJsonObject answer = reply->object();
    const QJsonArray items = answer.value(u"items"_s).toArray();
    const bool reversed = fetch == Fetch::Last;
    Page page;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(reversed ? items.size() - 1 - i : i).toObject();
        page.ids.append(item.value(u"id"_s).toInteger());
        page.rows.append(QJsonDocument(item).toJson(QJsonDocument::Compact));
    }
    page.next = answer.value(reversed ? u"previous"_s : u"next"_s).toString();
    page.previous = answer.value(reversed ? u"next"_s : u"previous"_s).toString();
    page.lastUsed = ++m_clock;
    const qint64 first = qint64(pageIndex) * PageSize;
    const qint64 end = first + page.rows.size();

    // Where the list ends: at the total when the answer has one (a collection answered in one piece has only its
    // items); after a page asked for by cursor without a next one; further on when the last page has a next one
    // (a capped total is a lower bound, and rows may have been added meanwhile).
    const qint64 totalBefore = m_totalKnown ? m_total : -1;
    const bool cappedBefore = m_totalCapped;
    m_totalKnown = true;
    if (answer.contains(u"total"_s)) {
        m_totalCapped = answer.value(u"total_capped"_s).toBool();
        setRowCount(answer.value(u"total"_s).toInteger());
    } else if (fetch == Fetch::First) {
        setRowCount(end);
    } else if (fetch == Fetch::After && page.next.isEmpty()) {
        m_totalCapped = false;
        setRowCount(end);
    } else if (fetch == Fetch::After && end >= m_total) {
        setRowCount(end + PageSize);
    }
    if (end > first && first < m_total) {
        m_pages.insert(pageIndex, page);
        dropLeastRecentPages();
        Q_EMIT dataChanged(index(int(first), 0), index(int(std::min(end, m_total)) - 1, columnCount() - 1));
    }
    if (m_total != totalBefore || m_totalCapped != cappedBefore)
        Q_EMIT totalCountChanged(m_total);
    fetchWanted();
}

void RemoteListModel::setRowCount(qint64 rows)
{
    if (rows > m_total) {
        beginInsertRows({}, int(m_total), int(rows) - 1);
        m_total = rows;
        endInsertRows();
    } else if (rows < m_total) {
        beginRemoveRows({}, int(rows), int(m_total) - 1);
        m_total = rows;
        for (auto page = m_pages.begin(); page != m_pages.end();)
            page = qint64(page.key()) * PageSize >= rows ? m_pages.erase(page) : std::next(page);
        m_parsedRow = -1;
        endRemoveRows();
    }
}

void RemoteListModel::dropLeastRecentPages()
{
    while (m_pages.size() > KeptPages) {
        const auto oldest = std::min_element(m_pages.cbegin(), m_pages.cend(), [](const Page &a, const Page &b) {
            return a.lastUsed < b.lastUsed;
        });
        m_pages.remove(oldest.key());
    }
    m_parsedRow = -1;
}

const QJsonObject &RemoteListModel::parsed(int row) const
{
    // The view asks for every column and role of a row in turn: one parse serves them all.
    if (row != m_parsedRow) {
        m_parsedObject = QJsonDocument::fromJson(m_pages.value(row / PageSize).rows.value(row % PageSize)).object();
        m_parsedRow = row;
    }
    return m_parsedObject;
}

} // namespace Tradewind
