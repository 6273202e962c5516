#include "moneyedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Tradewind {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QWidget(parent)
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
{
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Digits and separators only; whether the decimals suit the currency is checked by value().
    m_amount->setValidator(createValidator(m_amount));
    m_amount->setMinimumWidth(m_amount->fontMetrics().horizontalAdvance(u"0"_s) * 22 + 16);
    m_currency->setObjectName(u"currencyCombo"_s);
    for (const QString &code : standardCurrencies())
        m_currency->addItem(code, code);
    const auto updateHint = [this] {
        const int digits = Money::minorDigits(currency());
        m_amount->setPlaceholderText(digits > 0 ? u"0."_s + QString(digits, u'0') : u"0"_s);
    };
    connect(m_currency, &QComboBox::currentIndexChanged, this, updateHint);
    setCurrency(u"CNY"_s);
    updateHint();
    setFocusProxy(m_amount);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_amount);
    layout->addWidget(m_currency);
    layout->addStretch(1);
}

QStringList MoneyEdit::standardCurrencies()
{
    return {u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"GBP"_s};
}

bool MoneyEdit::isEmpty() const
{
    return m_amount->text().trimmed().isEmpty();
}

QValidator *MoneyEdit::createValidator(QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(u"^[0-9.,\\s\\x{00a0}\\x{202f}']*$"_s), parent);
}

std::optional<Money> MoneyEdit::value() const
{
    return parse(m_amount->text(), currency());
}

std::optional<Money> MoneyEdit::parse(const QString &typed, const QString &currency)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar space : {QChar(u' '), QChar(0x00a0), QChar(0x202f), QChar(u'\'')})
        text.remove(space);
    // Accept the grouping people type ("1,250,000.00"); the wire form uses a plain '.'.
    const QLocale locale;
    if (locale.decimalPoint() == u"."_s) {
        text.remove(u',');
    } else if (text.contains(locale.decimalPoint())) {
        text.remove(locale.groupSeparator());
        text.replace(locale.decimalPoint(), u"."_s);
    }
    return Money::fromDecimalString(text, currency);
}

void MoneyEdit::setValue(const Money &amount)
{
    if (amount.isValid())
        setCurrency(amount.currency());
    m_amount->setText(amount.isValid() ? amount.toDecimalString() : QString());
}

QString MoneyEdit::currency() const
{
    return m_currency->currentData().toString();
}

void MoneyEdit::setCurrency(const QString &currency)
{
    int index = m_currency->findData(currency);
    if (index < 0 && !currency.isEmpty()) {
        // A currency this client does not offer (a newer server): keep it rather than change it silently.
        m_currency->addItem(currency, currency);
        index = m_currency->count() - 1;
    }
    if (index >= 0)
        m_currency->setCurrentIndex(index);
}

} // namespace Tradewind
