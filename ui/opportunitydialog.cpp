#include "opportunitydialog.h"

#include "applicationstyle.h"
#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "moneyedit.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Tradewind {

OpportunityDialog::OpportunityDialog(Workspace &workspace, QWidget *parent)
    : RecordDialog(workspace, u"/opportunities"_s, 0, {}, parent)
{
    buildForm();
    setWindowTitle(tr("New opportunity"));
    selectCombo(m_kind, Opportunity::KindSystem);
    selectCombo(m_stage, Opportunity::stages().constFirst());
    m_amount->setCurrency(u"CNY"_s);
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

void OpportunityDialog::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(u"opportunityForm"_s);

    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"kindCombo"_s);
    for (const QString &code : Opportunity::kinds())
        m_kind->addItem(Labels::kind(code), code);

    m_customer = new PartnerLookupEdit(workspace().api(), Partner::Customer, form);
    m_customer->setObjectName(u"customerEdit"_s);
    m_customer->setPlaceholderText(tr("Type to search customers…"));
    m_customer->lookupCompleter()->setObjectName(u"customerCompleter"_s);
    connect(m_customer, &PartnerLookupEdit::suggestionsChanged, this, &OpportunityDialog::customerSuggestionsChanged);

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

    m_amount = new MoneyEdit(form);

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

    QFormLayout *fields = newFormLayout(FormSpacing::Roomy, form);
    m_fields = fields;
    fields->addRow(tr("&Kind:"), m_kind);
    fields->addRow(tr("C&ustomer:"), m_customer);
    fields->addRow(tr("&Title:"), m_title);
    fields->addRow(tr("&Part family:"), m_partFamily);
    fields->addRow(tr("&Source:"), m_source);
    fields->addRow(tr("St&age:"), m_stage);
    fields->addRow(tr("A&mount:"), m_amount);
    fields->addRow(tr("&Expected close:"), closeRow);
    fields->addRow(tr("&Notes:"), m_notes);
    if (auto *amountLabel = qobject_cast<QLabel *>(fields->labelForField(m_amount)))
        amountLabel->setBuddy(m_amount->amountEdit());
    if (auto *closeLabel = qobject_cast<QLabel *>(fields->labelForField(closeRow)))
        closeLabel->setBuddy(m_hasExpectedClose);
    setForm(form);

    registerField(u"kind"_s, m_kind);
    registerField(u"customer_id"_s, m_customer);
    registerField(u"title"_s, m_title);
    registerField(u"source"_s, m_source);
    registerField(u"stage"_s, m_stage);
    registerField(u"amount"_s, m_amount->amountEdit());
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
    m_amount->setCurrency(opportunity.amount.isValid() ? opportunity.amount.currency() : u"CNY"_s);
    m_amount->setValue(opportunity.amount);
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
    m_customer->setPartner(customerId, name);
}

std::optional<FieldError> OpportunityDialog::checkForm() const
{
    if (customerId() <= 0)
        return FieldError{u"customer_id"_s, u"No customer chosen"_s};
    if (!m_amount->value())
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
    if (customerId() > 0)
        body.insert(u"customer_id"_s, customerId());
    if (const auto money = m_amount->value())
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
        const QString currency = m_amount->currency();
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
