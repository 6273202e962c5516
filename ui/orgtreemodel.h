#pragma once

#include "apiclient.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace Tradewind {

/**
 * The supervisor's team as a tree: department → person (open and stale counts) → that person's open
 * opportunities. People and counts come from GET /org/tree; a person's opportunities are fetched when the
 * person is first expanded (canFetchMore/fetchMore). Never blocks: replies land later, and replies for an
 * outdated request are dropped.
 *
 * Opportunity rows can be dragged (several at once) and dropped on a person: the model does not move them
 * itself but emits reassignRequested(), so the view can ask for the reason and tell the server.
 */
class OrgTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind { Department, Person, Opportunity };
    enum Column { NameColumn, CustomerColumn, StageColumn, OpenColumn, StaleColumn, FollowUpColumn, ColumnCount };

    /** NodeKind of the row, as int. */
    static constexpr int KindRole = Qt::UserRole + 1;
    /** Id of the department, employee or opportunity (qint64). */
    static constexpr int IdRole = Qt::UserRole + 2;
    /** The row's server object (QJsonObject). */
    static constexpr int RowObjectRole = Qt::UserRole + 3;
    /** Whether an opportunity row is stale (bool). */
    static constexpr int StaleRole = Qt::UserRole + 4;

    /** Mime type of dragged opportunity rows: JSON {"ids":[…],"owners":[…]}. */
    static QString mimeType();
    /** The opportunity ids carried by mime data of mimeType() (empty for anything else). */
    static QList<qint64> opportunityIds(const QMimeData *data);

    explicit OrgTreeModel(ApiClient *api, QObject *parent = nullptr);
    ~OrgTreeModel() override;

    /**
     * Fetches the tree again. When the same people are still in the same departments the rows stay where they
     * are (expanded people stay expanded) and only counts change; opportunities already loaded are reloaded.
     */
    void reload();

    bool isLoading() const;
    /** True once the tree has arrived at least once. */
    bool isLoaded() const { return m_loaded; }
    /** True while a person's opportunities are being fetched. */
    bool isLoadingOpportunities(const QModelIndex &person) const;
    /** True once a person's opportunities have arrived. */
    bool opportunitiesLoaded(const QModelIndex &person) const;

    NodeKind kind(const QModelIndex &index) const;
    qint64 id(const QModelIndex &index) const;
    QJsonObject rowObject(const QModelIndex &index) const;
    /** Column 0 index of the person with this employee id, or invalid. */
    QModelIndex personIndex(qint64 employeeId) const;
    /** Column 0 index of a loaded opportunity row, or invalid. */
    QModelIndex opportunityIndex(qint64 opportunityId) const;
    /** Every department row (column 0), parents before children. */
    QModelIndexList departmentIndexes() const;
    /** Every person row (column 0) in tree order. */
    QModelIndexList personIndexes() const;
    /** The person a drop on index lands on: the person row itself, or the owner of an opportunity row. */
    QModelIndex dropTarget(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /** Emits reassignRequested() for the dragged opportunities not yet owned by the person dropped on. */
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /** The tree (people and counts) has arrived. */
    void treeLoaded();
    void loadFailed(const Tradewind::ApiError &error);
    /** A person's opportunities have arrived. */
    void opportunitiesLoaded(qint64 employeeId);
    /** The user dropped these opportunities on this employee. */
    void reassignRequested(const QList<qint64> &opportunityIds, qint64 toEmployeeId);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void treeArrived(ApiReply *reply);
    void rebuild(const QJsonArray &departments, const QJsonArray &employees);
    bool updateInPlace(const QJsonArray &employees);
    void loadOpportunities(Node *person);
    void opportunityPageArrived(qint64 employeeId, ApiReply *reply);
    void mergeOpportunities(Node *person, const QList<QJsonObject> &rows);
    /** Sums the people's counts into their departments; notify: emit dataChanged for the sums that changed. */
    void updateDepartmentCounts(bool notify);

    ApiClient *m_api;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_people;
    QPointer<ApiReply> m_treeReply;
    QString m_structure; ///< departments and people of the current tree, to tell a count change from a new tree
    bool m_loaded = false;
};

} // namespace Tradewind
