#include "newquotedialog.h"

#include "applicationstyle.h"
#include "labels.h"
#include "moneyedit.h"
#include "partner.h"
#include "partnerlookupedit.h"
#include "quote.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Validity of a new quote, in days from today. */
constexpr int ValidityDays = 30;
/** Chinese VAT on goods, the usual rate of a domestic (CNY) quote; export quotes carry none. */
constexpr int DomesticTaxRateBasisPoints = 1300;

} // namespace

NewQuoteDialog::NewQuoteDialog(Workspace &workspace, QWidget *parent)
    : RecordDialog(workspace, u"/quotes"_s, 0, {}, parent)
{
    setObjectName(u"newQuoteDialog"_s);
    setWindowTitle(tr("New quote"));
    auto *form = new QWidget(this);
    m_customer = new PartnerLookupEdit(workspace.api(), Partner::Customer, form);
    m_customer->setObjectName(u"customerEdit"_s);
    m_customer->setPlaceholderText(tr("Type to search customers…"));
    m_title = new QLineEdit(form);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("Subject, e.g. Spare cameras for line 2"));
    m_currency = new QComboBox(form);
    m_currency->setObjectName(u"currencyCombo"_s);
    for (const QString &code : MoneyEdit::standardCurrencies())
        m_currency->addItem(code, code);
    m_language = new QComboBox(form);
    m_language->setObjectName(u"languageCombo"_s);
    for (const QString &code : Quote::languages())
        m_language->addItem(Labels::quoteLanguage(code), code);
    m_incoterm = new QComboBox(form);
    m_incoterm->setObjectName(u"incotermCombo"_s);
    for (const QString &code : Quote::incoterms())
        m_incoterm->addItem(code, code);
    m_incoterm->setCurrentIndex(m_incoterm->findData(u"EXW"_s));
    // A domestic quote is in yuan and Chinese; choosing another currency suggests an export quote in English.
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        const bool domestic = m_currency->currentData().toString() == u"CNY"_s;
        m_language->setCurrentIndex(m_language->findData(domestic ? Quote::LanguageChinese : Quote::LanguageEnglish));
    });
    m_language->setCurrentIndex(m_language->findData(Quote::LanguageChinese));

    QFormLayout *layout = newFormLayout(FormSpacing::Roomy, form);
    layout->addRow(tr("C&ustomer:"), m_customer);
    layout->addRow(tr("&Subject:"), m_title);
    layout->addRow(tr("Curr&ency:"), m_currency);
    layout->addRow(tr("&Language:"), m_language);
    layout->addRow(tr("&Incoterm:"), m_incoterm);
    setForm(form);
    registerField(u"customer_id"_s, m_customer);
    registerField(u"title"_s, m_title);
    registerField(u"currency"_s, m_currency);
    registerField(u"language"_s, m_language);
    registerField(u"incoterm"_s, m_incoterm);
    saveButton()->setText(tr("Create"));
    setMinimumWidth(520);
    resize(560, sizeHint().height());
}

NewQuoteDialog *NewQuoteDialog::openNew(Workspace &workspace, QWidget *parent)
{
    auto *dialog = new NewQuoteDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::optional<FieldError> NewQuoteDialog::checkForm() const
{
    if (m_customer->partnerId() <= 0)
        return FieldError{u"customer_id"_s, u"No customer chosen"_s};
    return std::nullopt;
}

QJsonObject NewQuoteDialog::buildBody() const
{
    const QString currency = m_currency->currentData().toString();
    const QDate today = QDate::currentDate();
    return {{u"customer_id"_s, m_customer->partnerId()},
            {u"title"_s, m_title->text()},
            {u"currency"_s, currency},
            {u"tax_rate_bp"_s, currency == u"CNY"_s ? DomesticTaxRateBasisPoints : 0},
            {u"quote_date"_s, Wire::dateToWire(today)},
            {u"valid_until"_s, Wire::dateToWire(today.addDays(ValidityDays))},
            {u"incoterm"_s, m_incoterm->currentData().toString()},
            {u"language"_s, m_language->currentData().toString()}};
}

void NewQuoteDialog::validate(JsonReader &reader) const
{
    reader.rejectUnknownFields(Quote::inputFields());
    Quote::fromInput(reader);
}

QString NewQuoteDialog::describeFieldError(const FieldError &error) const
{
    if (error.field == u"customer_id"_s)
        return tr("Choose the customer from the suggestions that appear while you type. Only business partners "
                  "classed as customers can be chosen.");
    if (error.field == u"title"_s)
        return tr("The subject may have at most 200 characters.");
    return RecordDialog::describeFieldError(error);
}

void NewQuoteDialog::loadRecord(const QJsonObject &record)
{
    Q_UNUSED(record); // only creates
}

} // namespace Tradewind
