#pragma once

#include "settlement.h"

#include "cellerrortablemodel.h"

namespace Tradewind {

/**
 * How an invoice or a payment is spread over a contract's settlement nodes: one row per node with its
 * planned amount, what is already invoiced (or received), what remains, and the part of this invoice (or
 * payment) that goes to it — edited in place. A payment row may also name the invoice it settles. A part
 * larger than the node's remainder shows in red; allocated() gives the live sum. Until the user edits a
 * part, distribute() spreads an amount over the remainders, the chosen node first.
 */
class AllocationModel : public CellErrorTableModel
{
    Q_OBJECT

public:
    enum class Kind { Invoice, Payment };
    enum Column { NodeColumn, PlannedColumn, DoneColumn, RemainingColumn, InvoiceColumn, AmountColumn, ColumnCount };
    /** Role of the InvoiceColumn: the invoices to choose from, as a QVariantList of {id, label} maps. */
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    AllocationModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setNodes(const QList<PlanNode> &nodes, const QString &currency);
    /** The invoices a payment row may name: id and label ("INV-2026-001"). */
    void setInvoices(const QList<QPair<qint64, QString>> &invoices);
    QString currency() const { return m_currency; }
    const PlanNode &node(int row) const { return m_nodes.at(row); }
    int rowOfNode(qint64 nodeId) const;

    /** Planned minus invoiced (for invoices) or minus received (for payments). */
    Money remaining(int row) const;
    Money part(int row) const { return m_parts.at(row); }
    qint64 invoiceId(int row) const { return m_invoiceIds.at(row); }
    void setPart(int row, const Money &amount);
    /** The sum of the parts. */
    Money allocated() const;
    /** Whether the user has edited a part (distribute() then leaves the parts alone). */
    bool isTouched() const { return m_touched; }
    /** Spreads amount over the remainders, firstNodeId's first, then in plan order (until touched). */
    void distribute(const Money &amount, qint64 firstNodeId);

    /** The rows with a part, in order: what allocations[i] of the request refers to. */
    QList<int> allocatedRows() const;
    /** [{node_id, amount}] (payments: and invoice_id when named) for the rows with a part. */
    QJsonArray toJson() const;


    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** A part or invoice changed (by the user or by distribute()). */
    void allocationChanged();

private:
    QString invoiceLabel(qint64 id) const;

    Kind m_kind;
    QString m_currency;
    QList<PlanNode> m_nodes;
    QList<Money> m_parts;
    QList<qint64> m_invoiceIds;
    QList<QPair<qint64, QString>> m_invoices;
    bool m_touched = false;
};

} // namespace Tradewind
