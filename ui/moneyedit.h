#pragma once

#include "money.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QValidator;

namespace Tradewind {

/**
 * An amount of money as people type it ("1,250,000.50") next to its currency. The text is read exactly,
 * without floating point; whether its decimals suit the currency is checked by value().
 */
class MoneyEdit : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    /** The currencies always offered. */
    static QStringList standardCurrencies();

    /** The amount typed, or nullopt when the text is empty or not an amount of the chosen currency. */
    std::optional<Money> value() const;
    bool isEmpty() const;
    /** Shows amount (an invalid Money empties the field and keeps the currency). */
    void setValue(const Money &amount);
    QString currency() const;
    void setCurrency(const QString &currency);

    /** Reads an amount as people type it ("1,250,000.50"), exactly; nullopt when it is not one of currency. */
    static std::optional<Money> parse(const QString &text, const QString &currency);
    /** Lets through digits and separators only (for any line edit taking an amount). */
    static QValidator *createValidator(QObject *parent);

    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyCombo() const { return m_currency; }

private:
    QLineEdit *m_amount;
    QComboBox *m_currency;
};

} // namespace Tradewind
