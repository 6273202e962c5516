#pragma once

#include "allocationdialog.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Tradewind {

class MoneyEdit;

/**
 * Records a payment received (回款) on a contract: date, amount in the currency it came in (with the exchange
 * rate when that is not the contract's), method and bank reference, and the plan nodes (and invoices) it
 * settles — in the contract's currency, together not more than the payment, none more than is left on its
 * node. Over-allocation shows at once; the server's refusal lands on the part it names.
 * POST /contracts/{id}/payments.
 */
class PaymentDialog : public AllocationDialog
{
    Q_OBJECT

public:
    /** nodeId: the node right-clicked; the payment is pre-filled with what is left to receive on it. */
    PaymentDialog(Workspace &workspace, const QJsonObject &contract, const QList<PlanNode> &nodes, qint64 nodeId,
                  QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QLineEdit *rateEdit() const { return m_rate; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *referenceEdit() const { return m_reference; }
    /** "= CNY 71,234.56" under the amount while it is in another currency. */
    QString convertedText() const;

    /** "7.1234" → 7,123,400 millionths; nullopt for anything else (at most six decimals, above zero). */
    static std::optional<qint64> parseRate(const QString &text);

protected:
    Money allocationTarget() const override;
    bool allocationMustMatch() const override { return false; }
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;

private:
    bool isForeign() const;
    void currencyChanged();
    void loadInvoices();

    QDateEdit *m_date;
    MoneyEdit *m_amount;
    QWidget *m_rateRow;
    QLineEdit *m_rate;
    QLabel *m_rateCaption;
    QLabel *m_converted;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QPlainTextEdit *m_notes;
};

} // namespace Tradewind
