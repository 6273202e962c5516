#include "orgtreemodel.h"

#include "formatting.h"
#include "labels.h"
#include "replyhandling.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** A person's open opportunities are fetched in pages of this size until all have arrived. */
constexpr int OpportunityPageSize = 200;

// The warning tone of the card's "Stale" chip: a warm background and dark orange text.
const QColor staleBackground(0xff, 0xf1, 0xdf);
const QColor staleText(0x9a, 0x4b, 0x00);
const QColor inactiveText(0x75, 0x75, 0x75);

} // namespace

struct OrgTreeModel::Node
{
    NodeKind kind = NodeKind::Department;
    qint64 id = 0;
    QJsonObject data;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    // Departments: the sums over everyone in and below them.
    qint64 openCount = 0;
    qint64 staleCount = 0;

    // People: their opportunities, fetched on demand.
    bool loaded = false;
    QPointer<ApiReply> pending;
    QList<QJsonObject> incoming;

    Node *append(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = static_cast<int>(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    void renumber()
    {
        for (std::size_t i = 0; i < children.size(); ++i)
            children[i]->row = static_cast<int>(i);
    }

    qint64 personOpenCount() const { return data.value(u"open_count"_s).toInteger(); }
    qint64 personStaleCount() const { return data.value(u"stale_count"_s).toInteger(); }
    bool active() const { return data.value(u"active"_s).toBool(true); }
};

QString OrgTreeModel::mimeType()
{
    return u"application/x-tradewind-opportunities"_s;
}

QList<qint64> OrgTreeModel::opportunityIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    const QJsonArray array = QJsonDocument::fromJson(data->data(mimeType())).object().value(u"ids"_s).toArray();
    for (const QJsonValue &value : array)
        if (value.toInteger() > 0)
            ids.append(value.toInteger());
    return ids;
}

OrgTreeModel::OrgTreeModel(ApiClient *api, QObject *parent)
    : QAbstractItemModel(parent)
    , m_api(api)
    , m_root(std::make_unique<Node>())
{
}

OrgTreeModel::~OrgTreeModel()
{
    abandon(m_treeReply, this);
    for (Node *person : std::as_const(m_people))
        abandon(person->pending, this);
}

void OrgTreeModel::reload()
{
    const bool wasLoading = isLoading();
    abandon(m_treeReply, this);
    ApiReply *reply = m_api->get(u"/org/tree"_s);
    m_treeReply = reply;
    whenFinished(reply, this, [this, reply] { treeArrived(reply); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

bool OrgTreeModel::isLoading() const
{
    if (m_treeReply)
        return true;
    for (const Node *person : std::as_const(m_people))
        if (person->pending)
            return true;
    return false;
}

bool OrgTreeModel::isLoadingOpportunities(const QModelIndex &person) const
{
    const Node *node = nodeOf(person);
    return node && node->kind == NodeKind::Person && node->pending;
}

bool OrgTreeModel::opportunitiesLoaded(const QModelIndex &person) const
{
    const Node *node = nodeOf(person);
    return node && node->kind == NodeKind::Person && node->loaded;
}

void OrgTreeModel::treeArrived(ApiReply *reply)
{
    if (reply != m_treeReply)
        return;
    m_treeReply = nullptr;
    if (!reply->ok()) {
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(reply->error());
        return;
    }
    const QJsonArray departments = reply->object().value(u"departments"_s).toArray();
    const QJsonArray employees = reply->object().value(u"employees"_s).toArray();

    // The same departments with the same people in them: only the counts (and names) change.
    QString structure;
    for (const QJsonValue &value : departments) {
        const QJsonObject department = value.toObject();
        structure += u"d%1:%2;"_s.arg(department.value(u"id"_s).toInteger()).arg(department.value(u"parent_id"_s).toInteger());
    }
    for (const QJsonValue &value : employees) {
        const QJsonObject employee = value.toObject();
        structure += u"e%1:%2;"_s.arg(employee.value(u"id"_s).toInteger()).arg(employee.value(u"department_id"_s).toInteger());
    }
    if (!m_loaded || structure != m_structure || !updateInPlace(employees)) {
        m_structure = structure;
        rebuild(departments, employees);
    }
    m_loaded = true;
    if (!isLoading())
        Q_EMIT loadingChanged(false);
    Q_EMIT treeLoaded();
}

void OrgTreeModel::rebuild(const QJsonArray &departments, const QJsonArray &employees)
{
    beginResetModel();
    for (Node *person : std::as_const(m_people))
        abandon(person->pending, this);
    m_people.clear();
    m_root = std::make_unique<Node>();

    // Departments hang under their parent when the parent is part of the answer, else at the top.
    std::vector<std::unique_ptr<Node>> owned;
    QHash<qint64, Node *> departmentNodes;
    QHash<qint64, qint64> parents;
    for (const QJsonValue &value : departments) {
        const QJsonObject department = value.toObject();
        const qint64 id = department.value(u"id"_s).toInteger();
        if (id <= 0 || departmentNodes.contains(id))
            continue;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Department;
        node->id = id;
        node->data = department;
        departmentNodes.insert(id, node.get());
        parents.insert(id, department.value(u"parent_id"_s).toInteger());
        owned.push_back(std::move(node));
    }
    for (std::unique_ptr<Node> &node : owned) {
        Node *parent = departmentNodes.value(parents.value(node->id));
        // A (corrupt) cycle would leave departments unreachable: never hang under one's own descendant.
        int steps = 0;
        for (qint64 up = parents.value(node->id); parent && up > 0; up = parents.value(up)) {
            if (up == node->id || ++steps > departmentNodes.size()) {
                parent = nullptr;
                break;
            }
        }
        (parent ? parent : m_root.get())->append(std::move(node));
    }

    for (const QJsonValue &value : employees) {
        const QJsonObject employee = value.toObject();
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Person;
        node->id = employee.value(u"id"_s).toInteger();
        node->data = employee;
        Node *department = departmentNodes.value(employee.value(u"department_id"_s).toInteger());
        Node *added = (department ? department : m_root.get())->append(std::move(node));
        m_people.insert(added->id, added);
    }

    // People first within a department, then its sub-departments; empty departments are left out.
    const std::function<bool(Node *)> tidy = [&tidy](Node *node) {
        std::stable_partition(node->children.begin(), node->children.end(),
                              [](const std::unique_ptr<Node> &child) { return child->kind == NodeKind::Person; });
        std::erase_if(node->children, [&tidy](const std::unique_ptr<Node> &child) {
            return child->kind == NodeKind::Department && !tidy(child.get());
        });
        node->renumber();
        return !node->children.empty();
    };
    tidy(m_root.get());

    // A manager's own department hangs under a chain of departments above it with nobody in them (sales
    // centre, head office): start the tree where it branches or where people are.
    while (m_root->children.size() == 1 && m_root->children.front()->kind == NodeKind::Department) {
        Node *only = m_root->children.front().get();
        const bool hasPeople = std::any_of(only->children.begin(), only->children.end(),
                                           [](const std::unique_ptr<Node> &child) { return child->kind == NodeKind::Person; });
        if (hasPeople)
            break;
        auto lifted = std::move(only->children);
        m_root->children.clear();
        for (std::unique_ptr<Node> &child : lifted)
            m_root->append(std::move(child));
    }
    updateDepartmentCounts(false);
    endResetModel();
}

bool OrgTreeModel::updateInPlace(const QJsonArray &employees)
{
    for (const QJsonValue &value : employees)
        if (!m_people.contains(value.toObject().value(u"id"_s).toInteger()))
            return false;
    for (const QJsonValue &value : employees) {
        const QJsonObject employee = value.toObject();
        Node *person = m_people.value(employee.value(u"id"_s).toInteger());
        if (person->data != employee) {
            person->data = employee;
            // One row at a time, from column 0: the tree view then also rechecks whether it has children.
            Q_EMIT dataChanged(indexOf(person, 0), indexOf(person, ColumnCount - 1));
        }
        if (person->loaded || person->pending)
            loadOpportunities(person);
    }
    updateDepartmentCounts(true);
    return true;
}

void OrgTreeModel::updateDepartmentCounts(bool notify)
{
    const std::function<void(Node *)> sum = [this, notify, &sum](Node *node) {
        qint64 open = 0;
        qint64 stale = 0;
        for (const std::unique_ptr<Node> &child : node->children) {
            if (child->kind == NodeKind::Department) {
                sum(child.get());
                open += child->openCount;
                stale += child->staleCount;
            } else if (child->kind == NodeKind::Person) {
                open += child->personOpenCount();
                stale += child->personStaleCount();
            }
        }
        if (notify && node->kind == NodeKind::Department && node != m_root.get()
            && (open != node->openCount || stale != node->staleCount)) {
            node->openCount = open;
            node->staleCount = stale;
            Q_EMIT dataChanged(indexOf(node, OpenColumn), indexOf(node, StaleColumn));
        }
        node->openCount = open;
        node->staleCount = stale;
    };
    sum(m_root.get());
}

void OrgTreeModel::loadOpportunities(Node *person)
{
    const bool wasLoading = isLoading();
    abandon(person->pending, this);
    person->incoming.clear();
    const qint64 employeeId = person->id;
    const auto request = [this, employeeId](qint64 offset) {
        const QUrlQuery query{{u"owner_id"_s, QString::number(employeeId)},
                              {u"open"_s, u"true"_s},
                              {u"limit"_s, QString::number(OpportunityPageSize)},
                              {u"offset"_s, QString::number(offset)}};
        return m_api->get(u"/opportunities"_s, query);
    };
    ApiReply *reply = request(0);
    person->pending = reply;
    whenFinished(reply, this, [this, employeeId, reply] { opportunityPageArrived(employeeId, reply); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void OrgTreeModel::opportunityPageArrived(qint64 employeeId, ApiReply *reply)
{
    Node *person = m_people.value(employeeId);
    if (!person || person->pending != reply)
        return;
    person->pending = nullptr;
    if (!reply->ok()) {
        person->incoming.clear();
        if (!isLoading())
            Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(reply->error());
        return;
    }
    const QJsonArray items = reply->object().value(u"items"_s).toArray();
    for (const QJsonValue &item : items)
        person->incoming.append(item.toObject());
    const qint64 total = reply->object().value(u"total"_s).toInteger();
    if (!items.isEmpty() && person->incoming.size() < total) {
        const QUrlQuery query{{u"owner_id"_s, QString::number(employeeId)},
                              {u"open"_s, u"true"_s},
                              {u"limit"_s, QString::number(OpportunityPageSize)},
                              {u"offset"_s, QString::number(person->incoming.size())}};
        ApiReply *next = m_api->get(u"/opportunities"_s, query);
        person->pending = next;
        whenFinished(next, this, [this, employeeId, next] { opportunityPageArrived(employeeId, next); });
        return;
    }
    const QList<QJsonObject> rows = std::exchange(person->incoming, {});
    mergeOpportunities(person, rows);
    person->loaded = true;
    // Whether the person has children may have changed with the rows.
    Q_EMIT dataChanged(indexOf(person, 0), indexOf(person, ColumnCount - 1));
    if (!isLoading())
        Q_EMIT loadingChanged(false);
    Q_EMIT opportunitiesLoaded(employeeId);
}

void OrgTreeModel::mergeOpportunities(Node *person, const QList<QJsonObject> &rows)
{
    // Rows that stay keep their place (and selection); gone ones are removed, new ones added at the end.
    QHash<qint64, QJsonObject> incoming;
    QList<qint64> order;
    for (const QJsonObject &row : rows) {
        const qint64 id = row.value(u"id"_s).toInteger();
        if (!incoming.contains(id))
            order.append(id);
        incoming.insert(id, row);
    }
    const QModelIndex parent = indexOf(person);
    for (int i = static_cast<int>(person->children.size()) - 1; i >= 0; --i) {
        if (incoming.contains(person->children[i]->id))
            continue;
        beginRemoveRows(parent, i, i);
        person->children.erase(person->children.begin() + i);
        person->renumber();
        endRemoveRows();
    }
    QSet<qint64> present;
    for (const std::unique_ptr<Node> &child : person->children) {
        present.insert(child->id);
        const QJsonObject row = incoming.value(child->id);
        if (child->data != row) {
            child->data = row;
            Q_EMIT dataChanged(indexOf(child.get(), 0), indexOf(child.get(), ColumnCount - 1));
        }
    }
    QList<qint64> added;
    for (const qint64 id : std::as_const(order))
        if (!present.contains(id))
            added.append(id);
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(person->children.size());
    beginInsertRows(parent, first, first + static_cast<int>(added.size()) - 1);
    for (const qint64 id : std::as_const(added)) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Opportunity;
        node->id = id;
        node->data = incoming.value(id);
        node->loaded = true;
        person->append(std::move(node));
    }
    endInsertRows();
}

OrgTreeModel::Node *OrgTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex OrgTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

OrgTreeModel::NodeKind OrgTreeModel::kind(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->kind : NodeKind::Department;
}

qint64 OrgTreeModel::id(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->id : 0;
}

QJsonObject OrgTreeModel::rowObject(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? node->data : QJsonObject();
}

QModelIndex OrgTreeModel::personIndex(qint64 employeeId) const
{
    return indexOf(m_people.value(employeeId));
}

QModelIndex OrgTreeModel::opportunityIndex(qint64 opportunityId) const
{
    for (const Node *person : std::as_const(m_people))
        for (const std::unique_ptr<Node> &child : person->children)
            if (child->id == opportunityId)
                return indexOf(child.get());
    return {};
}

QModelIndexList OrgTreeModel::departmentIndexes() const
{
    QModelIndexList indexes;
    const std::function<void(const Node *)> walk = [this, &indexes, &walk](const Node *node) {
        for (const std::unique_ptr<Node> &child : node->children) {
            if (child->kind != NodeKind::Department)
                continue;
            indexes.append(indexOf(child.get()));
            walk(child.get());
        }
    };
    walk(m_root.get());
    return indexes;
}

QModelIndexList OrgTreeModel::personIndexes() const
{
    QModelIndexList indexes;
    const std::function<void(const Node *)> walk = [this, &indexes, &walk](const Node *node) {
        for (const std::unique_ptr<Node> &child : node->children) {
            if (child->kind == NodeKind::Person)
                indexes.append(indexOf(child.get()));
            else if (child->kind == NodeKind::Department)
                walk(child.get());
        }
    };
    walk(m_root.get());
    return indexes;
}

QModelIndex OrgTreeModel::dropTarget(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (node && node->kind == NodeKind::Opportunity)
        node = node->parent;
    if (!node || node->kind != NodeKind::Person || !node->active())
        return {};
    return indexOf(node);
}

QModelIndex OrgTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node || row < 0 || column < 0 || column >= ColumnCount || row >= static_cast<int>(node->children.size()))
        return {};
    return createIndex(row, column, node->children[row].get());
}

QModelIndex OrgTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int OrgTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return node ? static_cast<int>(node->children.size()) : 0;
}

int OrgTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool OrgTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    if (!node)
        return false;
    // Before they are fetched, the count from the tree tells whether a person has open opportunities.
    if (node->kind == NodeKind::Person && !node->loaded)
        return node->personOpenCount() > 0;
    return !node->children.empty();
}

QVariant OrgTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const int column = index.column();
    switch (role) {
    case KindRole:
        return static_cast<int>(node->kind);
    case IdRole:
        return node->id;
    case RowObjectRole:
        return node->data;
    case StaleRole:
        return node->kind == NodeKind::Opportunity && node->data.value(u"stale"_s).toBool();
    case Qt::TextAlignmentRole:
        if (column == OpenColumn || column == StaleColumn || column == FollowUpColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }

    switch (node->kind) {
    case NodeKind::Department:
        if (role == Qt::DisplayRole) {
            if (column == NameColumn)
                return node->data.value(u"name"_s).toString();
            if (column == OpenColumn)
                return node->openCount;
            if (column == StaleColumn)
                return node->staleCount;
        }
        if (role == Qt::FontRole && column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ForegroundRole && column == StaleColumn && node->staleCount > 0)
            return QBrush(staleText);
        return {};
    case NodeKind::Person: {
        const qint64 stale = node->personStaleCount();
        if (role == Qt::DisplayRole) {
            if (column == NameColumn)
                return node->active() ? node->data.value(u"name"_s).toString()
                                      : tr("%1 (inactive)").arg(node->data.value(u"name"_s).toString());
            if (column == OpenColumn)
                return node->personOpenCount();
            if (column == StaleColumn)
                return stale;
        }
        if (role == Qt::ToolTipRole && column == NameColumn) {
            QStringList roles;
            for (const QJsonValue &value : node->data.value(u"roles"_s).toArray())
                roles.append(value.toString());
            return tr("%1 (%2), %3").arg(node->data.value(u"name"_s).toString(), node->data.value(u"login"_s).toString(),
                                         Labels::roles(roles));
        }
        if (role == Qt::ToolTipRole && column == StaleColumn)
            return tr("%n open opportunit(y/ies) without a recent follow-up", nullptr, int(stale));
        if (role == Qt::ForegroundRole && !node->active())
            return QBrush(inactiveText);
        if (role == Qt::ForegroundRole && column == StaleColumn && stale > 0)
            return QBrush(staleText);
        if (role == Qt::FontRole && column == StaleColumn && stale > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    case NodeKind::Opportunity: {
        const bool stale = node->data.value(u"stale"_s).toBool();
        const int days = node->data.value(u"days_since_follow_up"_s).toInt();
        if (role == Qt::DisplayRole) {
            switch (column) {
            case NameColumn:
                return node->data.value(u"title"_s).toString();
            case CustomerColumn:
                return node->data.value(u"customer_name"_s).toString();
            case StageColumn:
                return Labels::stage(node->data.value(u"stage"_s).toString());
            case FollowUpColumn:
                return tr("%n day(s)", nullptr, days);
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole) {
            if (column == FollowUpColumn || column == NameColumn) {
                const QDate last = QDate::fromString(node->data.value(u"last_follow_up_on"_s).toString(), Qt::ISODate);
                const QString when = last.isValid() ? tr("Last follow-up on %1").arg(Format::date(last))
                                                    : tr("No follow-up yet (opened %n day(s) ago)", nullptr, days);
                return stale ? tr("%1 — stale").arg(when) : when;
            }
            return data(index, Qt::DisplayRole);
        }
        if (role == Qt::DecorationRole && column == NameColumn)
            return QIcon(u":/icons/opportunity.svg"_s);
        if (role == Qt::BackgroundRole && stale)
            return QBrush(staleBackground);
        if (role == Qt::ForegroundRole && stale && column == FollowUpColumn)
            return QBrush(staleText);
        if (role == Qt::FontRole && stale && column == FollowUpColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    }
    return {};
}

QVariant OrgTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == OpenColumn || section == StaleColumn || section == FollowUpColumn
                                        ? Qt::AlignRight
                                        : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == FollowUpColumn)
        return tr("Days since the last follow-up (or since the opportunity was opened, when there is none)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Team");
    case CustomerColumn:
        return tr("Customer");
    case StageColumn:
        return tr("Stage");
    case OpenColumn:
        return tr("Open");
    case StaleColumn:
        return tr("Stale");
    case FollowUpColumn:
        return tr("Since follow-up");
    default:
        return {};
    }
}

Qt::ItemFlags OrgTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Opportunity)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (dropTarget(index).isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

bool OrgTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node && node->kind == NodeKind::Person && !node->loaded && !node->pending && node->personOpenCount() > 0;
}

void OrgTreeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadOpportunities(nodeOf(parent));
}

QStringList OrgTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *OrgTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray ids;
    QJsonArray owners;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeOf(index);
        if (!node || node->kind != NodeKind::Opportunity || seen.contains(node->id))
            continue;
        seen.insert(node->id);
        ids.append(node->id);
        owners.append(node->parent->id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(QJsonObject{{u"ids"_s, ids}, {u"owners"_s, owners}}).toJson(QJsonDocument::Compact));
    return data;
}

Qt::DropActions OrgTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OrgTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

namespace {

/** The dragged ids whose owner is not the employee dropped on. */
QList<qint64> idsToMove(const QMimeData *data, const QString &mimeType, qint64 target)
{
    QList<qint64> moving;
    if (!data || !data->hasFormat(mimeType))
        return moving;
    const QJsonObject payload = QJsonDocument::fromJson(data->data(mimeType)).object();
    const QJsonArray ids = payload.value(u"ids"_s).toArray();
    const QJsonArray owners = payload.value(u"owners"_s).toArray();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i).toInteger();
        if (id > 0 && owners.at(i).toInteger() != target && !moving.contains(id))
            moving.append(id);
    }
    return moving;
}

} // namespace

bool OrgTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action == Qt::IgnoreAction)
        return false;
    const QModelIndex target = dropTarget(parent);
    return target.isValid() && !idsToMove(data, mimeType(), id(target)).isEmpty();
}

bool OrgTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 target = id(dropTarget(parent));
    // The rows move when the server has agreed: the reload after the reassignment puts them under their new owner.
    Q_EMIT reassignRequested(idsToMove(data, mimeType(), target), target);
    return true;
}

} // namespace Tradewind
