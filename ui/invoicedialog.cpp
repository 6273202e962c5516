#include "invoicedialog.h"

#include "applicationstyle.h"
#include "formatting.h"
#include "labels.h"
#include "moneyedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QStringList invoiceFields = {u"number"_s, u"issued_on"_s, u"amount"_s, u"tax"_s, u"notes"_s, u"allocations"_s};

} // namespace

InvoiceDialog::InvoiceDialog(Workspace &workspace, const QJsonObject &contract, const QList<PlanNode> &nodes,
                             qint64 nodeId, QWidget *parent)
    : AllocationDialog(workspace, AllocationModel::Kind::Invoice,
                       u"/contracts/%1/invoices"_s.arg(contract.value(u"id"_s).toInteger()), contract, nodes, nodeId,
                       parent)
    , m_number(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_amount(new MoneyEdit(this))
    , m_tax(new MoneyEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(u"invoiceDialog"_s);
    setWindowTitle(tr("Record invoice — %1").arg(contract.value(u"number"_s).toString()));

    m_number->setObjectName(u"invoiceNumberEdit"_s);
    m_number->setMaxLength(50);
    m_number->setPlaceholderText(tr("As printed on the invoice"));
    m_date->setObjectName(u"issuedOnEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::shortDateFormat());
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setDate(QDate::currentDate());
    m_date->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
    m_amount->setObjectName(u"invoiceAmountEdit"_s);
    m_tax->setObjectName(u"invoiceTaxEdit"_s);
    // Invoices are in the contract's currency: the plan is.
    for (MoneyEdit *edit : {m_amount, m_tax}) {
        edit->setCurrency(contractCurrency());
        edit->currencyCombo()->setEnabled(false);
    }
    m_tax->amountEdit()->setPlaceholderText(tr("included in the amount"));
    m_notes->setObjectName(u"invoiceNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 14);

    auto *form = new QWidget(this);
    QFormLayout *fields = newFormLayout();
    fields->addRow(tr("Invoice &number:"), m_number);
    fields->addRow(tr("&Issued on:"), m_date);
    fields->addRow(tr("&Amount (tax included):"), m_amount);
    fields->addRow(tr("&Tax in it:"), m_tax);
    fields->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(fields);
    layout->addWidget(allocationArea(), 1);
    setForm(form);

    registerField(u"number"_s, m_number);
    registerField(u"issued_on"_s, m_date);
    registerField(u"amount"_s, m_amount);
    registerField(u"tax"_s, m_tax);
    registerField(u"notes"_s, m_notes);
    connect(m_amount->amountEdit(), &QLineEdit::textChanged, this, &InvoiceDialog::allocationTargetChanged);

    // From a node: what is left to invoice on it.
    if (const int row = allocations()->rowOfNode(nodeId); row >= 0 && allocations()->remaining(row).minorUnits() > 0)
        m_amount->setValue(allocations()->remaining(row));
    allocationTargetChanged();
    setMinimumWidth(720);
    resize(820, sizeHint().height());
}

Money InvoiceDialog::allocationTarget() const
{
    return m_amount->value().value_or(Money());
}

std::optional<FieldError> InvoiceDialog::checkForm() const
{
    if (!m_amount->value())
        return FieldError{u"amount"_s, u"not an amount"_s};
    if (!m_tax->isEmpty() && !m_tax->value())
        return FieldError{u"tax"_s, u"not an amount"_s};
    return std::nullopt;
}

QJsonObject InvoiceDialog::buildBody() const
{
    const auto tax = m_tax->value();
    return {{u"number"_s, m_number->text().trimmed()},
            {u"issued_on"_s, Wire::dateToWire(m_date->date())},
            {u"amount"_s, m_amount->value() ? QJsonValue(m_amount->value()->toJson()) : QJsonValue()},
            {u"tax"_s, tax ? QJsonValue(tax->toJson()) : QJsonValue(Money::zero(contractCurrency()).toJson())},
            {u"notes"_s, m_notes->toPlainText().trimmed()},
            {u"allocations"_s, allocations()->toJson()}};
}

void InvoiceDialog::validate(JsonReader &reader) const
{
    using P = JsonReader::Presence;
    reader.rejectUnknownFields(invoiceFields);
    reader.string(u"number"_s, P::Required, 50);
    reader.date(u"issued_on"_s, P::Required);
    const auto amount = reader.money(u"amount"_s, P::Required);
    if (reader.ok() && (amount->currency() != contractCurrency() || amount->minorUnits() <= 0))
        reader.fail(u"amount"_s, u"positive, in the contract currency"_s);
    const auto tax = reader.money(u"tax"_s, P::Optional);
    if (reader.ok() && tax && (tax->currency() != contractCurrency() || tax->minorUnits() < 0 || *amount < *tax))
        reader.fail(u"tax"_s, u"0 up to the amount"_s);
    reader.string(u"notes"_s, P::Optional, 2000);
    validateAllocations(reader);
}

QString InvoiceDialog::describeFieldError(const FieldError &error) const
{
    if (error.field.startsWith(u"allocations"_s))
        return describeAllocationError(error);
    if (error.field == u"number"_s)
        return error.message.contains(u"exist"_s) || error.message.contains(u"duplicate"_s)
            ? tr("An invoice with this number is already recorded.")
            : tr("Enter the invoice number (at most 50 characters).");
    if (error.field == u"issued_on"_s)
        return tr("Enter the date of the invoice; it cannot be in the future.");
    if (error.field == u"amount"_s)
        return tr("Enter the invoice amount in %1, tax included, e.g. 300000.00.").arg(contractCurrency());
    if (error.field == u"tax"_s)
        return tr("Enter the tax in %1: at least 0 and not more than the amount, or leave it empty.").arg(contractCurrency());
    if (error.field == u"notes"_s)
        return tr("The notes may have at most 2,000 characters.");
    return RecordDialog::describeFieldError(error);
}

void InvoiceDialog::loadRecord(const QJsonObject &record)
{
    Q_UNUSED(record); // invoices are recorded, not edited
}

} // namespace Tradewind
