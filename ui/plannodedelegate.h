#pragma once

#include <QStyledItemDelegate>

namespace Tradewind {

/**
 * Edits the cells of a PlanNodeModel in place: the trigger from the list of triggers, the due offset in a
 * spin box, the planned date with a calendar and the planned amount as people type amounts.
 */
class PlanNodeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace Tradewind
