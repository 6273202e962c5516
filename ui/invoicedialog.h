#pragma once

#include "allocationdialog.h"

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Tradewind {

class MoneyEdit;

/**
 * Records an invoice (开票) issued against a contract: its number, date, amount (tax included) and the tax in
 * it, and the plan nodes it bills — the parts add up to the invoice amount, none more than is left to invoice
 * on its node. POST /contracts/{id}/invoices.
 */
class InvoiceDialog : public AllocationDialog
{
    Q_OBJECT

public:
    /** nodeId: the node right-clicked; the invoice is pre-filled with what is left to invoice on it. */
    InvoiceDialog(Workspace &workspace, const QJsonObject &contract, const QList<PlanNode> &nodes, qint64 nodeId,
                  QWidget *parent = nullptr);

    QLineEdit *numberEdit() const { return m_number; }
    QDateEdit *dateEdit() const { return m_date; }
    MoneyEdit *amountEdit() const { return m_amount; }
    MoneyEdit *taxEdit() const { return m_tax; }

protected:
    Money allocationTarget() const override;
    bool allocationMustMatch() const override { return true; }
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;

private:
    QLineEdit *m_number;
    QDateEdit *m_date;
    MoneyEdit *m_amount;
    MoneyEdit *m_tax;
    QPlainTextEdit *m_notes;
};

} // namespace Tradewind
