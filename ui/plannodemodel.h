#pragma once

#include "settlement.h"

#include "cellerrortablemodel.h"

namespace Tradewind {

/**
 * A contract's settlement plan (结算计划) as a table: each node's name, trigger, due offset, planned date and
 * amount (with its share of the contract amount), then what happened — achieved and due dates, invoiced,
 * received and outstanding — with overdue nodes in red. Name, trigger, offset, planned date and amount are
 * edited in place when the plan is editable; the dependent cells (share, due date, outstanding) follow every
 * edit at once, and total() / difference() give the live sum check against the contract amount. One cell can
 * carry a refusal (local or from the server), shown in red with its explanation as tool tip.
 */
class PlanNodeModel : public CellErrorTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TriggerColumn,
        OffsetColumn,
        PlannedDateColumn,
        PlannedColumn,
        ShareColumn,
        AchievedColumn,
        DueColumn,
        InvoicedColumn,
        ReceivedColumn,
        OutstandingColumn,
        ColumnCount
    };
    /** Role returning the node's id (qint64, 0 for a node not saved yet). */
    static constexpr int NodeIdRole = Qt::UserRole + 1;

    explicit PlanNodeModel(QObject *parent = nullptr);

    /**
     * Shows nodes as the server sent them (not an edit): overdue says which ones the server counts as overdue
     * (on its own clock); amount is the contract amount the plan must add up to.
     */
    void setPlan(const QList<PlanNode> &nodes, const QList<bool> &overdue, const Money &amount);
    const QList<PlanNode> &nodes() const { return m_nodes; }
    const PlanNode &node(int row) const { return m_nodes.at(row); }
    Money amount() const { return m_amount; }
    QString currency() const { return m_amount.currency(); }
    /** The sum of the planned amounts as edited now. */
    Money total() const;
    /** total() − amount(): zero when the plan adds up. */
    Money difference() const;
    bool isOverdue(int row) const;

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /** Inserts a node at row (appends for row < 0): a fixed date a month out, taking what is left unplanned. */
    int insertNode(int row = -1);
    /** Only nodes with nothing invoiced or received can go. */
    bool canRemove(int row) const;
    bool removeNode(int row);

    /** First widths of the columns in average characters, for the tables showing plans. */
    static QList<int> columnWidths() { return {22, 16, 11, 12, 15, 7, 11, 12, 14, 14, 14}; }
    /** The column holding a node field ("planned", "planned_date"…), or -1. */
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The user changed the plan (not setPlan()). */
    void nodesEdited();

private:
    bool isEditableColumn(int column) const;
    void edited(int row);

    QList<PlanNode> m_nodes;
    /** The nodes as loaded, by id: whether the server's overdue flag still holds after an edit. */
    QHash<qint64, PlanNode> m_loaded;
    QHash<qint64, bool> m_serverOverdue;
    Money m_amount;
    bool m_editable = false;
};

} // namespace Tradewind
