#include "paymentdialog.h"

#include "applicationstyle.h"
#include "contract.h"
#include "formatting.h"
#include "labels.h"
#include "moneyedit.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QStringList paymentFields = {u"received_on"_s, u"amount"_s, u"rate_micros"_s, u"method"_s,
                                   u"bank_reference"_s, u"notes"_s, u"allocations"_s};
const QStringList methods = {u"bank_transfer"_s, u"letter_of_credit"_s, u"bank_acceptance"_s, u"cash"_s, u"other"_s};
constexpr qint64 MaxRateMicros = 1'000'000'000'000;

} // namespace

std::optional<qint64> PaymentDialog::parseRate(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,6})(?:[.,](\\d{0,6}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 micros = match.captured(1).toLongLong() * 1'000'000 + match.captured(2).leftJustified(6, u'0').toLongLong();
    if (micros <= 0)
        return std::nullopt;
    return micros;
}

PaymentDialog::PaymentDialog(Workspace &workspace, const QJsonObject &contract, const QList<PlanNode> &nodes,
                             qint64 nodeId, QWidget *parent)
    : AllocationDialog(workspace, AllocationModel::Kind::Payment,
                       u"/contracts/%1/payments"_s.arg(contract.value(u"id"_s).toInteger()), contract, nodes, nodeId,
                       parent)
    , m_date(new QDateEdit(this))
    , m_amount(new MoneyEdit(this))
    , m_rateRow(new QWidget(this))
    , m_rate(new QLineEdit(m_rateRow))
    , m_rateCaption(new QLabel(m_rateRow))
    , m_converted(new QLabel(m_rateRow))
    , m_method(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(tr("Record payment received — %1").arg(contract.value(u"number"_s).toString()));

    m_date->setObjectName(u"receivedOnEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::shortDateFormat());
    m_date->setMinimumDate(QDate(2000, 1, 1));
    m_date->setDate(QDate::currentDate());
    m_amount->setObjectName(u"paymentAmountEdit"_s);
    m_amount->setCurrency(contractCurrency());
    m_rate->setObjectName(u"rateEdit"_s);
    m_rate->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^\\d{0,6}([.,]\\d{0,6})?$"_s), m_rate));
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rate->setMaximumWidth(m_rate->fontMetrics().horizontalAdvance(u"0000.000000"_s) + 20);
    m_rate->setPlaceholderText(u"7.100000"_s);
    m_converted->setObjectName(u"convertedLabel"_s);
    auto *rateLayout = new QHBoxLayout(m_rateRow);
    rateLayout->setContentsMargins(0, 0, 0, 0);
    rateLayout->setSpacing(8);
    rateLayout->addWidget(m_rateCaption);
    rateLayout->addWidget(m_rate);
    rateLayout->addWidget(m_converted, 1);
    m_method->setObjectName(u"methodCombo"_s);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_date, m_method})
        widget->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
    for (const QString &method : methods)
        m_method->addItem(Labels::paymentMethod(method), method);
    m_reference->setObjectName(u"bankReferenceEdit"_s);
    m_reference->setMaxLength(100);
    m_reference->setPlaceholderText(tr("e.g. the bank's transaction number"));
    m_notes->setObjectName(u"paymentNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 14);

    auto *form = new QWidget(this);
    QFormLayout *fields = newFormLayout();
    fields->addRow(tr("&Received on:"), m_date);
    fields->addRow(tr("&Amount:"), m_amount);
    fields->addRow(tr("E&xchange rate:"), m_rateRow);
    fields->addRow(tr("&Method:"), m_method);
    fields->addRow(tr("&Bank reference:"), m_reference);
    fields->addRow(tr("N&otes:"), m_notes);
    if (auto *rateLabel = qobject_cast<QLabel *>(fields->labelForField(m_rateRow)))
        rateLabel->setBuddy(m_rate);
    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addLayout(fields);
    layout->addWidget(allocationArea(), 1);
    setForm(form);

    registerField(u"received_on"_s, m_date);
    registerField(u"amount"_s, m_amount);
    registerField(u"rate_micros"_s, m_rate);
    registerField(u"method"_s, m_method);
    registerField(u"bank_reference"_s, m_reference);
    registerField(u"notes"_s, m_notes);
    const auto amountChanged = [this] {
        allocationTargetChanged();
        m_converted->setText(convertedText());
    };
    connect(m_amount->amountEdit(), &QLineEdit::textChanged, this, amountChanged);
    connect(m_rate, &QLineEdit::textChanged, this, amountChanged);
    connect(m_amount->currencyCombo(), &QComboBox::currentIndexChanged, this, &PaymentDialog::currencyChanged);

    if (const int row = allocations()->rowOfNode(nodeId); row >= 0 && allocations()->remaining(row).minorUnits() > 0)
        m_amount->setValue(allocations()->remaining(row));
    currencyChanged();
    loadInvoices();
    setMinimumWidth(800);
    resize(900, sizeHint().height());
}

bool PaymentDialog::isForeign() const
{
    return m_amount->currency() != contractCurrency();
}

void PaymentDialog::currencyChanged()
{
    const bool foreign = isForeign();
    m_rateRow->setEnabled(foreign);
    m_rateCaption->setText(foreign ? tr("1 %1 =").arg(m_amount->currency()) : QString());
    m_rate->setVisible(foreign);
    m_rateCaption->setVisible(foreign);
    allocationTargetChanged();
    m_converted->setText(convertedText());
}

QString PaymentDialog::convertedText() const
{
    if (!isForeign())
        return tr("Not needed: the payment is in the contract's currency (%1).").arg(contractCurrency());
    const Money target = allocationTarget();
    return target.isValid() ? tr("%1, so the payment is %2 in the contract's currency")
                                  .arg(contractCurrency(), Format::money(target))
                            : contractCurrency();
}

Money PaymentDialog::allocationTarget() const
{
    const auto amount = m_amount->value();
    if (!amount)
        return Money();
    if (!isForeign())
        return *amount;
    const auto rate = parseRate(m_rate->text());
    return rate ? convertCurrency(*amount, *rate, contractCurrency()) : Money();
}

void PaymentDialog::loadInvoices()
{
    // The invoices a part may settle, as "number (date)".
    const qint64 contractId = contract().value(u"id"_s).toInteger();
    ApiReply *reply = workspace().api().get(u"/contracts/%1/invoices"_s.arg(contractId), QUrlQuery{{u"limit"_s, u"200"_s}});
    whenFinished(reply, this, [this, reply] {
        if (!reply->ok())
            return; // the parts simply name no invoice
        QList<QPair<qint64, QString>> invoices;
        for (const QJsonValue &value : reply->object().value(u"items"_s).toArray()) {
            const QJsonObject invoice = value.toObject();
            const QString date = Format::date(QDate::fromString(invoice.value(u"issued_on"_s).toString(), Qt::ISODate));
            invoices.append({invoice.value(u"id"_s).toInteger(),
                             tr("%1 (%2)", "invoice number and date").arg(invoice.value(u"number"_s).toString(), date)});
        }
        allocations()->setInvoices(invoices);
    });
}

std::optional<FieldError> PaymentDialog::checkForm() const
{
    if (!m_amount->value())
        return FieldError{u"amount"_s, u"not an amount"_s};
    if (isForeign() && !parseRate(m_rate->text()))
        return FieldError{u"rate_micros"_s, u"not a rate"_s};
    return std::nullopt;
}

QJsonObject PaymentDialog::buildBody() const
{
    const auto amount = m_amount->value();
    QJsonObject body{{u"received_on"_s, Wire::dateToWire(m_date->date())},
                     {u"amount"_s, amount ? QJsonValue(amount->toJson()) : QJsonValue()},
                     {u"method"_s, m_method->currentData().toString()},
                     {u"bank_reference"_s, m_reference->text().trimmed()},
                     {u"notes"_s, m_notes->toPlainText().trimmed()},
                     {u"allocations"_s, allocations()->toJson()}};
    if (isForeign())
        body.insert(u"rate_micros"_s, parseRate(m_rate->text()).value_or(0));
    return body;
}

void PaymentDialog::validate(JsonReader &reader) const
{
    using P = JsonReader::Presence;
    reader.rejectUnknownFields(paymentFields);
    reader.date(u"received_on"_s, P::Required);
    const auto amount = reader.money(u"amount"_s, P::Required);
    if (reader.ok() && amount->minorUnits() <= 0)
        reader.fail(u"amount"_s, u"positive"_s);
    reader.integer(u"rate_micros"_s, isForeign() ? P::Required : P::Optional, 1, MaxRateMicros);
    reader.choice(u"method"_s, P::Required, methods);
    reader.string(u"bank_reference"_s, P::Optional, 100);
    reader.string(u"notes"_s, P::Optional, 2000);
    validateAllocations(reader);
}

QString PaymentDialog::describeFieldError(const FieldError &error) const
{
    if (error.field.startsWith(u"allocations"_s))
        return describeAllocationError(error);
    if (error.field == u"received_on"_s)
        return tr("Enter the day the money arrived; it cannot be in the future.");
    if (error.field == u"amount"_s) {
        const QString currency = m_amount->currency();
        return Money::minorDigits(currency) == 0
            ? tr("Enter the amount received as a whole number of %1.").arg(currency)
            : tr("Enter the amount received in %1, e.g. 300000.00.").arg(currency);
    }
    if (error.field == u"rate_micros"_s)
        return tr("Enter how many %1 one %2 was worth, e.g. 7.1, with at most six decimals.")
            .arg(contractCurrency(), m_amount->currency());
    if (error.field == u"method"_s)
        return tr("Choose how the payment was received.");
    if (error.field == u"bank_reference"_s)
        return tr("The bank reference may have at most 100 characters.");
    if (error.field == u"notes"_s)
        return tr("The notes may have at most 2,000 characters.");
    return RecordDialog::describeFieldError(error);
}

void PaymentDialog::loadRecord(const QJsonObject &record)
{
    Q_UNUSED(record); // payments are recorded, not edited
}

} // namespace Tradewind
