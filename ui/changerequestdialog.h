#pragma once

#include "recorddialog.h"

class QCheckBox;
class QPlainTextEdit;

namespace Tradewind {

class MoneyEdit;

/**
 * Requests a change of a contract (合同变更): a new amount and/or new delivery, acceptance or payment terms,
 * each ticked to change it and shown with its current value to edit, and the reason. What is not ticked stays
 * as it is. The request waits for approval; an approved amount change re-spreads the unpaid part of the plan.
 * POST /contracts/{id}/changes.
 */
class ChangeRequestDialog : public RecordDialog
{
    Q_OBJECT

public:
    ChangeRequestDialog(Workspace &workspace, const QJsonObject &contract, QWidget *parent = nullptr);

    QCheckBox *amountCheck() const { return m_amountCheck; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;

private:
    struct TermsField
    {
        QString field;
        QCheckBox *check;
        QPlainTextEdit *edit;
    };

    QJsonObject m_contract;
    QString m_currency;
    QCheckBox *m_amountCheck;
    MoneyEdit *m_amount;
    QList<TermsField> m_terms;
    QPlainTextEdit *m_reason;
};

} // namespace Tradewind
