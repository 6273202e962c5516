#include "plannodedelegate.h"

#include "formatting.h"
#include "labels.h"
#include "moneyedit.h"
#include "plannodemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Tradewind {

QWidget *PlanNodeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case PlanNodeModel::TriggerColumn: {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"nodeTriggerEditor"_s);
        for (const QString &trigger : SettlementTrigger::all())
            combo->addItem(Labels::settlementTrigger(trigger), trigger);
        return combo;
    }
    case PlanNodeModel::OffsetColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(u"nodeOffsetEditor"_s);
        spin->setRange(-365, 3650);
        spin->setSuffix(tr(" days"));
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        spin->setFrame(false);
        return spin;
    }
    case PlanNodeModel::PlannedDateColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(u"nodePlannedDateEditor"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::shortDateFormat());
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setFrame(false);
        return edit;
    }
    case PlanNodeModel::PlannedColumn: {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"nodePlannedEditor"_s);
        edit->setValidator(MoneyEdit::createValidator(edit));
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setFrame(false);
        return edit;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->setObjectName(u"nodeNameEditor"_s);
            edit->setMaxLength(100);
        }
        return editor;
    }
    }
}

void PlanNodeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(value.toInt());
    else if (auto *date = qobject_cast<QDateEdit *>(editor))
        date->setDate(value.toDate());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void PlanNodeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value());
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date());
    } else if (index.column() == PlanNodeModel::PlannedColumn) {
        // An amount as people type it; text that is not one leaves the amount as it was.
        const auto *plan = qobject_cast<const PlanNodeModel *>(model);
        const QString text = static_cast<QLineEdit *>(editor)->text();
        if (const auto amount = MoneyEdit::parse(text.trimmed().isEmpty() ? u"0"_s : text, plan ? plan->currency() : QString()))
            model->setData(index, amount->toDecimalString());
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanNodeDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    Q_UNUSED(index);
    editor->setGeometry(option.rect);
}

} // namespace Tradewind
