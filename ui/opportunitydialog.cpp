#include "opportunitydialog.h"

#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "partner.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Suggestions asked for at once: enough to pick from, few enough to come back quickly. */
constexpr int SuggestionCount = 20;

} // namespace

OpportunityDialog::OpportunityDialog(Workspace &workspace, QWidget *parent)
    : RecordDialog(workspace, u"/opportunities"_s, 0, {}, parent)
{
    buildForm();
    setWindowTitle(tr("New opportunity"));
    selectCombo(m_kind, Opportunity::KindSystem);
    selectCombo(m_stage, Opportunity::stages().constFirst());
    selectCombo(m_currency, u"CNY"_s);
    m_expectedClose->setDate(QDate::currentDate().addMonths(3));
}

OpportunityDialog::OpportunityDialog(Workspace &workspace, const Opportunity &opportunity, const QByteArray &etag,
                                     QWidget *parent)
    : RecordDialog(workspace, u"/opportunities"_s, opportunity.id, etag, parent)
{
    buildForm();
    fill(opportunity);
}

OpportunityDialog *OpportunityDialog::openNew(Workspace &workspace, QWidget *parent)
{
    auto *dialog = new OpportunityDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void OpportunityDialog::openEdit(Workspace &workspace, qint64 opportunityId, QWidget *parent)
{
    ApiReply *reply = workspace.api().get(u"/opportunities/%1"_s.arg(opportunityId));
    parent->setCursor(Qt::BusyCursor);
    whenFinished(reply, parent, [&workspace, reply, parent] {
        parent->unsetCursor();
        if (!reply->ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Opportunity"), ErrorText::describe(reply->error()),
                                        QMessageBox::Ok, parent);
            box->setObjectName(u"opportunityLoadErrorBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        auto *dialog = new OpportunityDialog(workspace, Opportunity::fromJson(reply->object()), reply->etag(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

bool OpportunityDialog::mayCreate(const Employee &user)
{
    return user.id == 0 || user.hasRole(Roles::Salesperson) || user.hasRole(Roles::SalesManager);
}

QStringList OpportunityDialog::standardCurrencies()
{
    return {u"CNY"_s, u"USD"_s, u"EUR"_s, u"JPY"_s, u"GBP"_s};
}

void OpportunityDialog::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(u"opportunityForm"_s);

    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"kindCombo"_s);
    for (const QString &code : Opportunity::kinds())
        m_kind->addItem(Labels::kind(code), code);

    m_customer = new QLineEdit(form);
    m_customer->setObjectName(u"customerEdit"_s);
    m_customer->setPlaceholderText(tr("Type to search customers…"));
    m_customer->setClearButtonEnabled(true);
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setObjectName(u"customerCompleter"_s);
    // The server has already matched the text (name, folded name, city…): show its answer unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(CustomerNameRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    m_customer->setCompleter(m_completer);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &OpportunityDialog::searchCustomers);
    connect(m_customer, &QLineEdit::textEdited, this, &OpportunityDialog::customerEdited);
    connect(m_customer, &QLineEdit::editingFinished, this, &OpportunityDialog::customerEditingFinished);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        setCustomer(index.data(CustomerIdRole).toLongLong(), index.data(CustomerNameRole).toString());
    });

    m_title = new QLineEdit(form);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("Project name, e.g. Line 3 online inspection system"));

    m_source = new QComboBox(form);
    m_source->setObjectName(u"sourceCombo"_s);
    m_source->addItem(tr("Choose…"), QString());
    for (const QString &code : Opportunity::sources())
        m_source->addItem(Labels::source(code), code);

    m_stage = new QComboBox(form);
    m_stage->setObjectName(u"stageCombo"_s);
    for (const QString &code : Opportunity::stages())
        m_stage->addItem(Labels::stage(code), code);

    m_amount = new QLineEdit(form);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Digits and separators only; whether the decimals suit the currency is checked on save.
    m_amount->setValidator(new QRegularExpressionValidator(QRegularExpression(u"^[0-9.,\\s\\x{00a0}\\x{202f}']*$"_s), m_amount));
    m_currency = new QComboBox(form);
    m_currency->setObjectName(u"currencyCombo"_s);
    for (const QString &code : standardCurrencies())
        m_currency->addItem(code, code);
    const auto updateAmountHint = [this] {
        const int digits = Money::minorDigits(m_currency->currentData().toString());
        m_amount->setPlaceholderText(digits > 0 ? u"0."_s + QString(digits, u'0') : u"0"_s);
    };
    connect(m_currency, &QComboBox::currentIndexChanged, this, updateAmountHint);
    updateAmountHint();
    auto *amountRow = new QHBoxLayout;
    amountRow->setSpacing(8);
    m_amount->setMinimumWidth(m_amount->fontMetrics().horizontalAdvance(u"0"_s) * 22 + 16);
    amountRow->addWidget(m_amount);
    amountRow->addWidget(m_currency);
    amountRow->addStretch(1);

    m_hasExpectedClose = new QCheckBox(form);
    m_hasExpectedClose->setObjectName(u"expectedCloseCheck"_s);
    m_hasExpectedClose->setToolTip(tr("Untick when the closing date is not known yet"));
    m_expectedClose = new QDateEdit(form);
    m_expectedClose->setObjectName(u"expectedCloseEdit"_s);
    m_expectedClose->setCalendarPopup(true);
    m_expectedClose->setDisplayFormat(Format::shortDateFormat());
    m_expectedClose->setMinimumDate(QDate(2000, 1, 1));
    m_expectedClose->setEnabled(false);
    m_expectedClose->setMinimumWidth(m_expectedClose->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
    connect(m_hasExpectedClose, &QCheckBox::toggled, m_expectedClose, &QWidget::setEnabled);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_hasExpectedClose);
    closeRow->addWidget(m_expectedClose);
    closeRow->addStretch(1);

    m_partFamily = new QLineEdit(form);
    m_partFamily->setObjectName(u"partFamilyEdit"_s);
    m_partFamily->setMaxLength(100);
    m_partFamily->setPlaceholderText(tr("e.g. Camera modules, Conveyor rollers"));
    m_partFamily->setToolTip(tr("A spare-parts opportunity is held per customer and part family"));

    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 5 + 14);

    auto *fields = new QFormLayout(form);
    m_fields = fields;
    fields->setContentsMargins(0, 0, 0, 0);
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setHorizontalSpacing(12);
    fields->setVerticalSpacing(10);
    fields->addRow(tr("&Kind:"), m_kind);
    fields->addRow(tr("C&ustomer:"), m_customer);
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("&Part family:"), m_partFamily);
    fields->addRow(tr("&Source:"), m_source);
    fields->addRow(tr("St&age:"), m_stage);
    fields->addRow(tr("A&mount:"), amountRow);
    fields->addRow(tr("&Expected close:"), closeRow);
    fields->addRow(tr("&Notes:"), m_notes);
    if (auto *amountLabel = qobject_cast<QLabel *>(fields->labelForField(amountRow)))
        amountLabel->setBuddy(m_amount);
    if (auto *closeLabel = qobject_cast<QLabel *>(fields->labelForField(closeRow)))
        closeLabel->setBuddy(m_hasExpectedClose);
    setForm(form);

    registerField(u"kind"_s, m_kind);
    registerField(u"customer_id"_s, m_customer);
    registerField(u"title"_s, m_title);
    registerField(u"source"_s, m_source);
    registerField(u"stage"_s, m_stage);
    registerField(u"amount"_s, m_amount);
    registerField(u"expected_close"_s, m_expectedClose);
    registerField(u"notes"_s, m_notes);
    registerField(u"part_family"_s, m_partFamily);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpportunityDialog::updatePartFamilyRow);
    updatePartFamilyRow();

    setMinimumWidth(600);
    resize(660, 540);
}

void OpportunityDialog::updatePartFamilyRow()
{
    m_fields->setRowVisible(m_partFamily, m_kind->currentData().toString() == Opportunity::KindSpareParts);
}

void OpportunityDialog::selectCombo(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // A value this client does not know (a newer server): keep it rather than change it silently.
    combo->addItem(code, code);
    combo->setCurrentIndex(combo->count() - 1);
}

void OpportunityDialog::fill(const Opportunity &opportunity)
{
    setWindowTitle(tr("Opportunity — %1").arg(opportunity.title));
    selectCombo(m_kind, opportunity.kind);
    setCustomer(opportunity.customerId, opportunity.customerName);
    m_title->setText(opportunity.title);
    selectCombo(m_source, opportunity.source);
    selectCombo(m_stage, opportunity.stage);
    const QString currency = opportunity.amount.isValid() ? opportunity.amount.currency() : u"CNY"_s;
    selectCombo(m_currency, currency);
    m_amount->setText(opportunity.amount.isValid() ? opportunity.amount.toDecimalString() : QString());
    m_hasExpectedClose->setChecked(opportunity.expectedClose.isValid());
    m_expectedClose->setDate(opportunity.expectedClose.isValid() ? opportunity.expectedClose
                                                                 : QDate::currentDate().addMonths(3));
    m_notes->setPlainText(opportunity.notes);
    m_partFamily->setText(opportunity.partFamily);
}

void OpportunityDialog::loadRecord(const QJsonObject &record)
{
    fill(Opportunity::fromJson(record));
}

void OpportunityDialog::setCustomer(qint64 customerId, const QString &name)
{
    m_searchDelay->stop();
    abandon(m_search, this);
    m_search = nullptr;
    m_customerId = customerId;
    m_customerName = name;
    if (m_customer->text() != name)
        m_customer->setText(name);
}

void OpportunityDialog::customerEdited(const QString &text)
{
    if (text != m_customerName)
        m_customerId = 0; // typed over the chosen customer: choose again
    m_searchDelay->start();
}

void OpportunityDialog::searchCustomers()
{
    abandon(m_search, this);
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty()) {
        m_search = nullptr;
        m_suggestions->clear();
        Q_EMIT customerSuggestionsChanged();
        return;
    }
    const QUrlQuery query{{u"q"_s, text},
                          {u"class"_s, Partner::Customer},
                          {u"sort"_s, u"name"_s},
                          {u"limit"_s, QString::number(SuggestionCount)}};
    ApiReply *reply = workspace().api().get(u"/partners"_s, query);
    m_search = reply;
    whenFinished(reply, this, [this, reply, text] {
        if (reply != m_search)
            return;
        m_search = nullptr;
        if (!reply->ok())
            return; // no suggestions this time; typing on asks again
        m_suggestions->clear();
        for (const QJsonValue &value : reply->object().value(u"items"_s).toArray()) {
            const QJsonObject partner = value.toObject();
            const QString name = partner.value(u"name"_s).toString();
            QStringList place;
            for (const QString &part : {partner.value(u"city"_s).toString(), partner.value(u"country"_s).toString()})
                if (!part.isEmpty())
                    place.append(part);
            auto *item = new QStandardItem(place.isEmpty() ? name : tr("%1 — %2").arg(name, place.join(u", "_s)));
            item->setData(partner.value(u"id"_s).toInteger(), CustomerIdRole);
            item->setData(name, CustomerNameRole);
            item->setEditable(false);
            m_suggestions->appendRow(item);
        }
        Q_EMIT customerSuggestionsChanged();
        if (m_customer->hasFocus() && m_customer->text().trimmed() == text && m_suggestions->rowCount() > 0)
            m_completer->complete();
    });
}

void OpportunityDialog::customerEditingFinished()
{
    if (m_customerId > 0)
        return;
    // Typed a customer's exact name without picking it from the list: take it.
    const QString text = m_customer->text().trimmed();
    for (int row = 0; row < m_suggestions->rowCount(); ++row) {
        const QStandardItem *item = m_suggestions->item(row);
        if (item->data(CustomerNameRole).toString().compare(text, Qt::CaseInsensitive) == 0) {
            setCustomer(item->data(CustomerIdRole).toLongLong(), item->data(CustomerNameRole).toString());
            return;
        }
    }
}

std::optional<Money> OpportunityDialog::amount() const
{
    QString text = m_amount->text().trimmed();
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
    return Money::fromDecimalString(text, m_currency->currentData().toString());
}

std::optional<FieldError> OpportunityDialog::checkForm() const
{
    if (m_customerId <= 0)
        return FieldError{u"customer_id"_s, u"No customer chosen"_s};
    if (m_amount->text().trimmed().isEmpty() || !amount())
        return FieldError{u"amount"_s, u"Not an amount of the chosen currency"_s};
    return std::nullopt;
}

QJsonObject OpportunityDialog::buildBody() const
{
    QJsonObject body{{u"kind"_s, m_kind->currentData().toString()},
                     {u"title"_s, m_title->text()},
                     {u"source"_s, m_source->currentData().toString()},
                     {u"stage"_s, m_stage->currentData().toString()},
                     {u"expected_close"_s, m_hasExpectedClose->isChecked()
                                               ? QJsonValue(Wire::dateToWire(m_expectedClose->date()))
                                               : QJsonValue(QJsonValue::Null)},
                     {u"notes"_s, m_notes->toPlainText()},
                     {u"part_family"_s, m_kind->currentData().toString() == Opportunity::KindSpareParts
                                            ? m_partFamily->text()
                                            : QString()}};
    if (m_customerId > 0)
        body.insert(u"customer_id"_s, m_customerId);
    if (const auto money = amount())
        body.insert(u"amount"_s, money->toJson());
    return body;
}

void OpportunityDialog::validate(JsonReader &reader) const
{
    reader.rejectUnknownFields(Opportunity::inputFields());
    Opportunity::fromInput(reader);
}

QString OpportunityDialog::describeFieldError(const FieldError &error) const
{
    const QString &field = error.field;
    if (field == u"kind"_s)
        return tr("Choose the kind of opportunity.");
    if (field == u"customer_id"_s)
        return tr("Choose the customer from the suggestions that appear while you type. Only business partners "
                  "classed as customers can be chosen.");
    if (field == u"title"_s)
        return tr("Enter the project name (at most 200 characters).");
    if (field == u"source"_s)
        return tr("Choose where the opportunity came from.");
    if (field == u"stage"_s)
        return tr("Choose the stage.");
    if (field == u"amount"_s) {
        const QString currency = m_currency->currentData().toString();
        const int digits = Money::minorDigits(currency);
        if (digits == 0)
            return tr("Enter the estimated amount as a whole number of %1, e.g. 1250000.").arg(currency);
        return tr("Enter the estimated amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) "
                  "for %1.",
                  nullptr, digits)
            .arg(currency);
    }
    if (field == u"expected_close"_s)
        return tr("Enter a valid date, or untick the expected close.");
    if (field == u"notes"_s)
        return tr("The notes may have at most 4,000 characters.");
    if (field == u"part_family"_s)
        return tr("Enter the part family (at most 100 characters).");
    return RecordDialog::describeFieldError(error);
}

} // namespace Tradewind
