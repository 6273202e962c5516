#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Tradewind {

/**
 * Paints a share (collected, invoiced…) as a slim bar with its percentage beside it, so that a column of
 * contracts reads at a glance. The share of a cell comes from basisPoints (0…10000); -1 paints the cell's
 * own text instead.
 */
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using BasisPoints = std::function<int(const QModelIndex &index)>;

    explicit ProgressDelegate(BasisPoints basisPoints, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    BasisPoints m_basisPoints;
};

} // namespace Tradewind
