#pragma once

#include <QStyledItemDelegate>

namespace Tradewind {

class ApiClient;

/**
 * Edits the cells of a QuoteLineModel in place: code and product name look the catalogue up while typing
 * (choosing a product fills the whole line, priced in the quote's currency), the quantity in a spin box,
 * the unit price in the money editor and the discount as a percentage.
 */
class QuoteLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QuoteLineDelegate(ApiClient &api, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    ApiClient &m_api;
};

} // namespace Tradewind
