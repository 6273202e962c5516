#include "cellerrortablemodel.h"

namespace Tradewind {

void CellErrorTableModel::setCellError(int row, int column, const QString &message)
{
    clearCellError();
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    m_errorRow = row;
    m_errorColumn = column;
    m_errorMessage = message;
    Q_EMIT dataChanged(index(row, column), index(row, column));
}

void CellErrorTableModel::clearCellError()
{
    const QModelIndex previous = errorIndex();
    forgetCellError();
    if (previous.isValid())
        Q_EMIT dataChanged(previous, previous);
}

QModelIndex CellErrorTableModel::errorIndex() const
{
    return m_errorRow >= 0 ? index(m_errorRow, m_errorColumn) : QModelIndex();
}

void CellErrorTableModel::rowInserted(int row)
{
    if (m_errorRow >= row)
        ++m_errorRow;
}

void CellErrorTableModel::rowRemoved(int row)
{
    if (row == m_errorRow)
        clearCellError();
    else if (m_errorRow > row)
        --m_errorRow;
}

void CellErrorTableModel::rowEdited(int row)
{
    if (row == m_errorRow)
        clearCellError();
}

void CellErrorTableModel::forgetCellError()
{
    m_errorRow = m_errorColumn = -1;
    m_errorMessage.clear();
}

} // namespace Tradewind
