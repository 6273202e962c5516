#include "quotelinedelegate.h"

#include "moneyedit.h"
#include "productlookupedit.h"
#include "quotelinemodel.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Tradewind {

QuoteLineDelegate::QuoteLineDelegate(ApiClient &api, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_api(api)
{
}

QWidget *QuoteLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const auto *model = qobject_cast<const QuoteLineModel *>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case QuoteLineModel::CodeColumn:
    case QuoteLineModel::ProductColumn: {
        const bool code = index.column() == QuoteLineModel::CodeColumn;
        auto *edit = new ProductLookupEdit(m_api, code ? ProductLookupEdit::Shows::Code : ProductLookupEdit::Shows::Name,
                                           parent);
        edit->setObjectName(code ? u"lineCodeEditor"_s : u"lineProductEditor"_s);
        edit->setCurrency(model->currency());
        edit->setLanguage(model->language());
        edit->setMaxLength(code ? 40 : 200);
        edit->setFrame(false);
        // Picking a product is the whole edit: the line fills at once.
        connect(edit, &LookupEdit::chosen, this, [this, edit](qint64 id) {
            if (id <= 0)
                return;
            auto *self = const_cast<QuoteLineDelegate *>(this);
            Q_EMIT self->commitData(edit);
            Q_EMIT self->closeEditor(edit, QAbstractItemDelegate::NoHint);
        });
        return edit;
    }
    case QuoteLineModel::QuantityColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(u"lineQuantityEditor"_s);
        spin->setRange(1, 1'000'000'000);
        spin->setGroupSeparatorShown(true);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setFrame(false);
        return spin;
    }
    case QuoteLineModel::UnitPriceColumn: {
        // The money editor's reading of amounts; the currency is the quote's, named in the header.
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"linePriceEditor"_s);
        edit->setValidator(MoneyEdit::createValidator(edit));
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setFrame(false);
        return edit;
    }
    case QuoteLineModel::DiscountColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setObjectName(u"lineDiscountEditor"_s);
        spin->setRange(0, 100);
        spin->setDecimals(2);
        spin->setSuffix(u" %"_s);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setFrame(false);
        return spin;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setMaxLength(index.column() == QuoteLineModel::UnitColumn ? 20 : 1000);
        return editor;
    }
    }
}

void QuoteLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *lookup = qobject_cast<ProductLookupEdit *>(editor))
        lookup->setText(value.toString());
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(int(value.toLongLong()));
    else if (auto *percent = qobject_cast<QDoubleSpinBox *>(editor))
        percent->setValue(value.toDouble());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void QuoteLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *lines = qobject_cast<QuoteLineModel *>(model);
    if (auto *lookup = qobject_cast<ProductLookupEdit *>(editor)) {
        if (lines && lookup->chosenId() > 0 && !lookup->chosenRecord().isEmpty())
            lines->applyProduct(index.row(), lookup->chosenRecord());
        else
            model->setData(index, lookup->text());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (lines && index.column() == QuoteLineModel::UnitPriceColumn) {
        // Text that is not an amount of the currency leaves the price as it was.
        const QString text = static_cast<QLineEdit *>(editor)->text();
        if (const auto price = MoneyEdit::parse(text.trimmed().isEmpty() ? u"0"_s : text, lines->currency()))
            model->setData(index, price->toDecimalString());
    } else if (auto *percent = qobject_cast<QDoubleSpinBox *>(editor)) {
        percent->interpretText();
        model->setData(index, percent->value());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void QuoteLineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

} // namespace Tradewind
