#pragma once

#include <QAbstractTableModel>

namespace Tradewind {

/**
 * A table model with editable rows, one cell of which may be marked as refused (by local validation or by the
 * server's field error): the views show it red with the message as its tooltip. The mark stays on its row
 * while rows are inserted or removed elsewhere, and goes when its row is edited or removed.
 */
class CellErrorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /** Marks the cell; any earlier mark goes. Out-of-range cells only clear the mark. */
    void setCellError(int row, int column, const QString &message);
    void clearCellError();
    QModelIndex errorIndex() const;
    QString errorMessage() const { return m_errorMessage; }

protected:
    bool isErrorCell(const QModelIndex &index) const
    {
        return index.row() == m_errorRow && index.column() == m_errorColumn;
    }
    /** Call after inserting a row, removing a row, or editing a row. */
    void rowInserted(int row);
    void rowRemoved(int row);
    void rowEdited(int row);
    /** Drops the mark without a signal, inside a model reset. */
    void forgetCellError();

private:
    int m_errorRow = -1;
    int m_errorColumn = -1;
    QString m_errorMessage;
};

} // namespace Tradewind
