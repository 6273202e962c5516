#pragma once

#include "allocationmodel.h"
#include "recorddialog.h"

class QLabel;
class QTableView;

namespace Tradewind {

/**
 * Base of the dialogs recording money against a contract's settlement plan (invoices, payments): the
 * subclass's form on top, then the allocation table — every node with what is left, and the part of this
 * record that goes to it — and a live line saying how much is allocated of how much. Parts larger than a
 * node's remainder, and a sum that does not fit, are shown at once and refused before anything is sent;
 * the server's refusal of an allocation (over_allocated) lands on the table's cell too.
 */
class AllocationDialog : public RecordDialog
{
    Q_OBJECT

public:
    AllocationModel *allocations() const { return m_allocations; }
    QTableView *allocationTable() const { return m_table; }
    /** The live "allocated … of …" line. */
    QString allocationText() const;

protected:
    /** contract: the contract as its card loaded it; nodes: its plan; nodeId: the node right-clicked (or 0). */
    AllocationDialog(Workspace &workspace, AllocationModel::Kind kind, const QString &path, const QJsonObject &contract,
                     const QList<PlanNode> &nodes, qint64 nodeId, QWidget *parent);

    /** The table and the allocation line, for the subclass's layout. */
    QWidget *allocationArea() const { return m_area; }
    QString contractCurrency() const { return m_currency; }
    const QJsonObject &contract() const { return m_contract; }
    qint64 chosenNodeId() const { return m_nodeId; }

    /** What has to be allocated now (the invoice amount, the payment in the contract's currency); invalid: unknown. */
    virtual Money allocationTarget() const = 0;
    /** Whether the parts must add up to the target exactly (invoices) or may leave some unallocated (payments). */
    virtual bool allocationMustMatch() const = 0;

    /** Spreads the target over the nodes until the user edits a part, and updates the allocation line. */
    void allocationTargetChanged();
    /** Checks the "allocations" of reader's document: each part within its node's remainder, the sum fitting. */
    void validateAllocations(JsonReader &reader) const;
    QString describeAllocationError(const FieldError &error) const;
    void revealField(const FieldError &error) override;
    bool handleSaveError(const ApiError &error) override;

private:
    void updateAllocationText();
    /** The row of the request's allocations[index]. */
    int rowOfAllocation(const QString &field) const;

    QJsonObject m_contract;
    QString m_currency;
    qint64 m_nodeId;
    AllocationModel *m_allocations;
    QWidget *m_area;
    QTableView *m_table;
    QLabel *m_allocationText;
};

} // namespace Tradewind
