#include "changerequestdialog.h"

#include "applicationstyle.h"
#include "formatting.h"
#include "moneyedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QStringList changeFields = {u"reason"_s, u"new_amount"_s, u"new_delivery_terms"_s, u"new_acceptance_terms"_s,
                                  u"new_payment_terms"_s};

QPlainTextEdit *termsEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

ChangeRequestDialog::ChangeRequestDialog(Workspace &workspace, const QJsonObject &contract, QWidget *parent)
    : RecordDialog(workspace, u"/contracts/%1/changes"_s.arg(contract.value(u"id"_s).toInteger()), 0, {}, parent)
    , m_contract(contract)
    , m_currency(Money::fromJson(contract.value(u"amount"_s)).value_or(Money()).currency())
{
    setObjectName(u"changeRequestDialog"_s);
    setWindowTitle(tr("Request contract change — %1").arg(contract.value(u"number"_s).toString()));
    auto *form = new QWidget(this);
    QFormLayout *fields = newFormLayout();
    // The check boxes line up on the left: they are what the user works through.
    fields->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *intro = new QLabel(tr("Tick what changes and edit it; what is not ticked stays as it is. The change takes "
                                "effect when it is approved."),
                             form);
    intro->setWordWrap(true);
    fields->addRow(intro);

    m_amountCheck = new QCheckBox(tr("&Amount:"), form);
    m_amountCheck->setObjectName(u"newAmountCheck"_s);
    m_amount = new MoneyEdit(form);
    m_amount->setObjectName(u"newAmountEdit"_s);
    m_amount->setValue(Money::fromJson(contract.value(u"amount"_s)).value_or(Money()));
    m_amount->currencyCombo()->setEnabled(false);
    m_amount->setEnabled(false);
    connect(m_amountCheck, &QCheckBox::toggled, m_amount, &QWidget::setEnabled);
    fields->addRow(m_amountCheck, m_amount);

    const QList<std::tuple<QString, QString, QString>> terms = {
        {u"delivery_terms"_s, tr("&Delivery terms:"), u"newDeliveryTerms"_s},
        {u"acceptance_terms"_s, tr("A&cceptance terms:"), u"newAcceptanceTerms"_s},
        {u"payment_terms"_s, tr("&Payment terms:"), u"newPaymentTerms"_s}};
    for (const auto &[field, caption, name] : terms) {
        auto *check = new QCheckBox(caption, form);
        check->setObjectName(name + u"Check"_s);
        QPlainTextEdit *edit = termsEdit(name + u"Edit"_s, 2, form);
        edit->setPlainText(contract.value(field).toString());
        edit->setEnabled(false);
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        fields->addRow(check, edit);
        m_terms.append({u"new_"_s + field, check, edit});
        registerField(u"new_"_s + field, edit);
    }
    m_reason = termsEdit(u"reasonEdit"_s, 3, form);
    m_reason->setPlaceholderText(tr("Why the contract changes, e.g. the customer ordered a second inspection line"));
    fields->addRow(tr("&Reason:"), m_reason);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    setForm(form);
    registerField(u"new_amount"_s, m_amount);
    registerField(u"reason"_s, m_reason);
    setMinimumWidth(620);
    resize(680, sizeHint().height());
}

std::optional<FieldError> ChangeRequestDialog::checkForm() const
{
    if (m_amountCheck->isChecked() && !m_amount->value())
        return FieldError{u"new_amount"_s, u"not an amount"_s};
    return std::nullopt;
}

QJsonObject ChangeRequestDialog::buildBody() const
{
    QJsonObject body{{u"reason"_s, m_reason->toPlainText().trimmed()}};
    if (m_amountCheck->isChecked())
        body.insert(u"new_amount"_s, m_amount->value() ? QJsonValue(m_amount->value()->toJson()) : QJsonValue());
    for (const TermsField &terms : m_terms)
        if (terms.check->isChecked())
            body.insert(terms.field, terms.edit->toPlainText().trimmed());
    return body;
}

void ChangeRequestDialog::validate(JsonReader &reader) const
{
    using P = JsonReader::Presence;
    reader.rejectUnknownFields(changeFields);
    reader.string(u"reason"_s, P::Required, 2000);
    const auto amount = reader.money(u"new_amount"_s, P::Optional);
    if (reader.ok() && amount && (amount->currency() != m_currency || amount->minorUnits() <= 0))
        reader.fail(u"new_amount"_s, u"positive, in the contract currency"_s);
    for (const TermsField &terms : m_terms)
        reader.string(terms.field, P::Optional, 2000);
    if (reader.ok() && reader.object().size() == 1)
        reader.fail(u"new_amount"_s, u"nothing changes"_s);
}

QString ChangeRequestDialog::describeFieldError(const FieldError &error) const
{
    if (error.field == u"reason"_s)
        return tr("Say why the contract changes (at most 2,000 characters).");
    if (error.field == u"new_amount"_s) {
        if (!m_amountCheck->isChecked() && std::none_of(m_terms.cbegin(), m_terms.cend(),
                                                        [](const TermsField &terms) { return terms.check->isChecked(); }))
            return tr("Tick at least one thing that changes: the amount or some terms.");
        if (error.message.contains(u"settled"_s) || error.message.contains(u"received"_s)
            || error.message.contains(u"invoiced"_s))
            return tr("The new amount cannot be less than what is already invoiced or received.");
        return tr("Enter the new contract amount in %1, tax included.").arg(m_currency);
    }
    if (error.field.startsWith(u"new_"_s))
        return tr("The terms may have at most 2,000 characters.");
    return RecordDialog::describeFieldError(error);
}

void ChangeRequestDialog::loadRecord(const QJsonObject &record)
{
    Q_UNUSED(record); // change requests are decided, not edited
}

} // namespace Tradewind
