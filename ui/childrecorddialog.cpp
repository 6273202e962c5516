#include "childrecorddialog.h"

#include "applicationstyle.h"
#include "contactcombo.h"
#include "errortext.h"
#include "formatting.h"
#include "moneyedit.h"
#include "partnerlookupedit.h"
#include "productlookupedit.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Type = ChildField::Type;

constexpr qint64 MaxInteger = 1'000'000'000;

QString collectionPath(const ChildKind &kind, const QJsonObject &parentRecord)
{
    return u"%1/%2/%3"_s.arg(kind.parentCollection).arg(parentRecord.value(u"id"_s).toInteger()).arg(kind.path);
}

QByteArray etagOf(const QJsonObject &record)
{
    return record.isEmpty() ? QByteArray() : ApiClient::etagForVersion(record.value(u"version"_s).toInteger());
}

void selectCode(QComboBox *combo, const QString &code)
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

/** A check box switching an edit on and off, side by side. */
QWidget *switchedRow(QCheckBox *check, QWidget *edit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(check);
    layout->addWidget(edit);
    layout->addStretch(1);
    edit->setEnabled(false);
    QObject::connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    return row;
}

} // namespace

ChildRecordDialog::ChildRecordDialog(Workspace &workspace, const ChildKind &kind, const QJsonObject &parentRecord,
                                     const QJsonObject &record, QWidget *parent)
    : RecordDialog(workspace, collectionPath(kind, parentRecord), record.value(u"id"_s).toInteger(), etagOf(record),
                   parent)
    , m_kind(kind)
    , m_parentRecord(parentRecord)
    , m_parentId(parentRecord.value(u"id"_s).toInteger())
{
    setObjectName(kind.objectName + u"Dialog"_s);
    buildForm();
    // An opportunity is named by its title, a contract by its number.
    const QString parentTitle = parentRecord.value(u"title"_s).toString(parentRecord.value(u"number"_s).toString());
    const QString title = record.isEmpty() ? kind.newTitle : kind.editTitle;
    setWindowTitle(parentTitle.isEmpty() ? title : tr("%1 — %2").arg(title, parentTitle));
    if (record.isEmpty())
        applyDefaults();
    else
        loadRecord(record);
    loadContacts(parentRecord.value(u"customer_id"_s).toInteger());
}

ChildRecordDialog *ChildRecordDialog::openNew(Workspace &workspace, const ChildKind &kind,
                                              const QJsonObject &parentRecord, QWidget *parent)
{
    auto *dialog = new ChildRecordDialog(workspace, kind, parentRecord, {}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

ChildRecordDialog *ChildRecordDialog::openEdit(Workspace &workspace, const ChildKind &kind,
                                               const QJsonObject &parentRecord, const QJsonObject &row, QWidget *parent)
{
    auto *dialog = new ChildRecordDialog(workspace, kind, parentRecord, row, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString ChildRecordDialog::camelCase(const QString &wireName)
{
    QString result;
    bool upper = false;
    for (const QChar ch : wireName) {
        if (ch == u'_' || ch == u'-') {
            upper = true;
            continue;
        }
        result += upper ? ch.toUpper() : ch;
        upper = false;
    }
    return result;
}

void ChildRecordDialog::setReplyTo(const QJsonObject &row)
{
    if (m_kind.replyField.isEmpty() || isEditing())
        return;
    m_presets.insert(m_kind.replyField, row.value(u"id"_s).toInteger());
    setWindowTitle(m_kind.replyTitle);
    QString text = row.value(u"text"_s).toString().simplified();
    if (text.size() > 160)
        text = text.left(157) + u"…"_s;
    const QString author = row.value(u"author_name"_s).toString(row.value(u"created_by_name"_s).toString());
    m_context->setText(tr("In reply to %1: “%2”").arg(author, text));
    m_context->show();
}

void ChildRecordDialog::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(m_kind.objectName + u"Form"_s);
    QFormLayout *layout = newFormLayout(FormSpacing::Roomy, form);

    m_context = new QLabel(form);
    m_context->setObjectName(u"replyContextLabel"_s);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_context->hide();
    layout->addRow(m_context);

    for (const ChildField &field : std::as_const(m_kind.fields)) {
        QWidget *row = nullptr;
        QWidget *widget = createFieldWidget(field, form, &row);
        m_widgets.insert(field.name, widget);
        registerField(field.name, widget);
        auto *caption = new QLabel(field.caption, form);
        caption->setBuddy(m_switches.value(field.name, widget));
        layout->addRow(caption, row ? row : widget);
    }
    setForm(form);
    setMinimumWidth(560);
    resize(620, sizeHint().height());
}

QWidget *ChildRecordDialog::createFieldWidget(const ChildField &field, QWidget *form, QWidget **row)
{
    const QString name = camelCase(field.name);
    switch (field.type) {
    case Type::Text: {
        auto *edit = new QLineEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        edit->setMaxLength(field.maxLength);
        return edit;
    }
    case Type::Multiline: {
        auto *edit = new QPlainTextEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 4 + 14);
        return edit;
    }
    case Type::Choice: {
        auto *combo = new QComboBox(form);
        combo->setObjectName(name + u"Combo"_s);
        if (!field.required && field.defaultValue.isEmpty())
            combo->addItem(tr("Choose…"), QString());
        for (const auto &[code, label] : field.choices)
            combo->addItem(label, code);
        return combo;
    }
    case Type::Date: {
        auto *edit = new QDateEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::shortDateFormat());
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
        return edit;
    }
    case Type::OptionalDate: {
        auto *check = new QCheckBox(form);
        check->setObjectName(name + u"Check"_s);
        check->setToolTip(tr("Untick when there is no date"));
        auto *edit = new QDateEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::shortDateFormat());
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
        m_switches.insert(field.name, check);
        *row = switchedRow(check, edit, form);
        return edit;
    }
    case Type::Timestamp: {
        auto *check = new QCheckBox(form);
        check->setObjectName(name + u"Check"_s);
        check->setToolTip(tr("Untick for no reminder"));
        auto *edit = new QDateTimeEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(Format::shortDateFormat() + u" HH:mm"_s);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00 00:00"_s) + 60);
        m_switches.insert(field.name, check);
        *row = switchedRow(check, edit, form);
        return edit;
    }
    case Type::Bool: {
        auto *check = new QCheckBox(form);
        check->setObjectName(name + u"Check"_s);
        return check;
    }
    case Type::Money: {
        auto *edit = new MoneyEdit(form);
        edit->setObjectName(name + u"Edit"_s);
        return edit;
    }
    case Type::PartnerRef: {
        auto *edit = new PartnerLookupEdit(workspace().api(), field.partnerClass, form);
        edit->setObjectName(name + u"Edit"_s);
        return edit;
    }
    case Type::ContactRef: {
        auto *combo = new ContactCombo(workspace().api(), form);
        combo->setObjectName(name + u"Combo"_s);
        return combo;
    }
    case Type::Integer: {
        auto *spin = new QSpinBox(form);
        spin->setObjectName(name + u"Spin"_s);
        spin->setRange(field.required ? 1 : 0, int(MaxInteger));
        spin->setGroupSeparatorShown(true);
        spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u"0,000,000,000"_s) + 40);
        spin->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        return spin;
    }
    case Type::ProductRef: {
        auto *edit = new ProductLookupEdit(workspace().api(), ProductLookupEdit::Shows::CodeAndName, form);
        edit->setObjectName(name + u"Edit"_s);
        return edit;
    }
    }
    return nullptr;
}

void ChildRecordDialog::applyDefaults()
{
    const Money amount = Money::fromJson(m_parentRecord.value(u"amount"_s)).value_or(Money());
    for (const ChildField &field : std::as_const(m_kind.fields)) {
        QWidget *widget = m_widgets.value(field.name);
        switch (field.type) {
        case Type::Choice:
            if (!field.defaultValue.isEmpty())
                selectCode(static_cast<QComboBox *>(widget), field.defaultValue);
            break;
        case Type::Date:
        case Type::OptionalDate:
            static_cast<QDateEdit *>(widget)->setDate(QDate::currentDate());
            break;
        case Type::Timestamp:
            static_cast<QDateTimeEdit *>(widget)->setDateTime(QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
            break;
        case Type::Money:
            if (amount.isValid())
                static_cast<MoneyEdit *>(widget)->setCurrency(amount.currency());
            break;
        default:
            break;
        }
    }
}

void ChildRecordDialog::loadRecord(const QJsonObject &record)
{
    for (const ChildField &field : std::as_const(m_kind.fields)) {
        QWidget *widget = m_widgets.value(field.name);
        const QJsonValue value = record.value(field.name);
        switch (field.type) {
        case Type::Text:
            static_cast<QLineEdit *>(widget)->setText(value.toString());
            break;
        case Type::Multiline:
            static_cast<QPlainTextEdit *>(widget)->setPlainText(value.toString());
            break;
        case Type::Choice:
            if (value.isString() && !value.toString().isEmpty())
                selectCode(static_cast<QComboBox *>(widget), value.toString());
            else
                static_cast<QComboBox *>(widget)->setCurrentIndex(0);
            break;
        case Type::Date:
        case Type::OptionalDate: {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (auto *check = qobject_cast<QCheckBox *>(m_switches.value(field.name)))
                check->setChecked(date.isValid());
            static_cast<QDateEdit *>(widget)->setDate(date.isValid() ? date : QDate::currentDate());
            break;
        }
        case Type::Timestamp: {
            const QDateTime timestamp = Wire::timestampFromWire(value.toString());
            static_cast<QCheckBox *>(m_switches.value(field.name))->setChecked(timestamp.isValid());
            static_cast<QDateTimeEdit *>(widget)->setDateTime(
                timestamp.isValid() ? timestamp.toLocalTime() : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0)));
            break;
        }
        case Type::Bool:
            static_cast<QCheckBox *>(widget)->setChecked(value.toBool());
            break;
        case Type::Money:
            static_cast<MoneyEdit *>(widget)->setValue(Money::fromJson(value).value_or(Money()));
            break;
        case Type::PartnerRef:
            static_cast<PartnerLookupEdit *>(widget)->setPartner(value.toInteger(),
                                                                 record.value(field.displayField).toString());
            break;
        case Type::ContactRef:
            static_cast<ContactCombo *>(widget)->setContact(value.toInteger(),
                                                            record.value(field.displayField).toString());
            break;
        case Type::Integer:
            static_cast<QSpinBox *>(widget)->setValue(int(value.toInteger()));
            break;
        case Type::ProductRef: {
            const QString prefix = field.displayField + u'_';
            static_cast<ProductLookupEdit *>(widget)->choose(
                value.toInteger(), ProductLookupEdit::label(record.value(prefix + u"code"_s).toString(),
                                                            record.value(prefix + u"name_en"_s).toString(),
                                                            record.value(prefix + u"name_zh"_s).toString()));
            break;
        }
        }
    }
}

void ChildRecordDialog::loadContacts(qint64 customerId)
{
    for (const ChildField &field : std::as_const(m_kind.fields))
        if (field.type == Type::ContactRef)
            static_cast<ContactCombo *>(m_widgets.value(field.name))->load(customerId);
}

const ChildField *ChildRecordDialog::fieldNamed(const QString &name) const
{
    for (const ChildField &field : m_kind.fields)
        if (field.name == name)
            return &field;
    return nullptr;
}

std::optional<FieldError> ChildRecordDialog::checkForm() const
{
    for (const ChildField &field : m_kind.fields) {
        QWidget *widget = m_widgets.value(field.name);
        if (field.type == Type::Money) {
            const auto *edit = static_cast<const MoneyEdit *>(widget);
            if ((field.required && edit->isEmpty()) || (!edit->isEmpty() && !edit->value()))
                return FieldError{field.name, u"Not an amount of the chosen currency"_s};
        } else if (field.type == Type::PartnerRef) {
            const auto *edit = static_cast<const PartnerLookupEdit *>(widget);
            if (edit->partnerId() <= 0 && (field.required || !edit->text().trimmed().isEmpty()))
                return FieldError{field.name, u"No partner chosen"_s};
        } else if (field.type == Type::ProductRef) {
            const auto *edit = static_cast<const ProductLookupEdit *>(widget);
            if (edit->chosenId() <= 0 && (field.required || !edit->text().trimmed().isEmpty()))
                return FieldError{field.name, u"No product chosen"_s};
        } else if (field.type == Type::ContactRef) {
            const auto *combo = static_cast<const QComboBox *>(widget);
            if (field.required && combo->currentData().toLongLong() <= 0)
                return FieldError{field.name, u"No contact chosen"_s};
        }
    }
    return std::nullopt;
}

QJsonObject ChildRecordDialog::buildBody() const
{
    QJsonObject body = m_presets;
    for (const ChildField &field : m_kind.fields) {
        QWidget *widget = m_widgets.value(field.name);
        const auto *check = qobject_cast<const QCheckBox *>(m_switches.value(field.name));
        switch (field.type) {
        case Type::Text:
            body.insert(field.name, static_cast<const QLineEdit *>(widget)->text());
            break;
        case Type::Multiline:
            body.insert(field.name, static_cast<const QPlainTextEdit *>(widget)->toPlainText());
            break;
        case Type::Choice: {
            const QString code = static_cast<const QComboBox *>(widget)->currentData().toString();
            body.insert(field.name, code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code));
            break;
        }
        case Type::Date:
            body.insert(field.name, Wire::dateToWire(static_cast<const QDateEdit *>(widget)->date()));
            break;
        case Type::OptionalDate:
            body.insert(field.name, check->isChecked()
                                        ? QJsonValue(Wire::dateToWire(static_cast<const QDateEdit *>(widget)->date()))
                                        : QJsonValue(QJsonValue::Null));
            break;
        case Type::Timestamp:
            body.insert(field.name,
                        check->isChecked() ? QJsonValue(Wire::timestampToWire(
                                                 static_cast<const QDateTimeEdit *>(widget)->dateTime().toUTC()))
                                           : QJsonValue(QJsonValue::Null));
            break;
        case Type::Bool:
            body.insert(field.name, static_cast<const QCheckBox *>(widget)->isChecked());
            break;
        case Type::Money: {
            const auto money = static_cast<const MoneyEdit *>(widget)->value();
            body.insert(field.name, money ? QJsonValue(money->toJson()) : QJsonValue(QJsonValue::Null));
            break;
        }
        case Type::PartnerRef: {
            const qint64 id = static_cast<const PartnerLookupEdit *>(widget)->partnerId();
            body.insert(field.name, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
            break;
        }
        case Type::ContactRef: {
            const qint64 id = static_cast<const QComboBox *>(widget)->currentData().toLongLong();
            body.insert(field.name, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
            break;
        }
        case Type::Integer:
            body.insert(field.name, static_cast<const QSpinBox *>(widget)->value());
            break;
        case Type::ProductRef: {
            const qint64 id = static_cast<const ProductLookupEdit *>(widget)->chosenId();
            body.insert(field.name, id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null));
            break;
        }
        }
    }
    return body;
}

void ChildRecordDialog::validate(JsonReader &reader) const
{
    QStringList known = m_presets.keys();
    for (const ChildField &field : m_kind.fields)
        known.append(field.name);
    reader.rejectUnknownFields(known);
    for (const ChildField &field : m_kind.fields) {
        if (!reader.ok())
            return;
        const auto presence = field.required ? JsonReader::Presence::Required : JsonReader::Presence::Optional;
        switch (field.type) {
        case Type::Text:
        case Type::Multiline:
            reader.string(field.name, presence, field.maxLength);
            break;
        case Type::Choice: {
            QStringList codes;
            for (const auto &choice : field.choices)
                codes.append(choice.first);
            reader.choice(field.name, presence, codes);
            break;
        }
        case Type::Date:
        case Type::OptionalDate:
            reader.date(field.name, presence);
            break;
        case Type::Timestamp: {
            const QJsonValue value = reader.object().value(field.name);
            if (value.isNull() || value.isUndefined()) {
                if (field.required)
                    reader.fail(field.name, u"Missing"_s);
            } else if (!Wire::timestampFromWire(value.toString()).isValid()) {
                reader.fail(field.name, u"Not a timestamp"_s);
            }
            break;
        }
        case Type::Bool:
            reader.boolean(field.name, presence);
            break;
        case Type::Money:
            reader.money(field.name, presence);
            break;
        case Type::PartnerRef:
        case Type::ContactRef:
        case Type::ProductRef:
            reader.integer(field.name, presence, 1, std::numeric_limits<qint64>::max());
            break;
        case Type::Integer:
            reader.integer(field.name, presence, field.required ? 1 : 0, MaxInteger);
            break;
        }
    }
    for (const QString &preset : m_presets.keys())
        if (reader.ok())
            reader.integer(preset, JsonReader::Presence::Optional, 1, std::numeric_limits<qint64>::max());
}

QString ChildRecordDialog::describeFieldError(const FieldError &error) const
{
    const ChildField *field = fieldNamed(error.field);
    if (!field)
        return RecordDialog::describeFieldError(error);
    if (!field->hint.isEmpty())
        return field->hint;
    switch (field->type) {
    case Type::Text:
    case Type::Multiline:
        return field->required ? tr("Fill in this field (at most %n character(s)).", nullptr, field->maxLength)
                               : tr("At most %n character(s) are allowed here.", nullptr, field->maxLength);
    case Type::Choice:
        return tr("Choose one of the offered values.");
    case Type::Date:
        return tr("Enter a valid date.");
    case Type::OptionalDate:
    case Type::Timestamp:
        return tr("Enter a valid date, or untick the field.");
    case Type::Bool:
        break;
    case Type::Money: {
        const QString currency = static_cast<const MoneyEdit *>(m_widgets.value(field->name))->currency();
        const int digits = Money::minorDigits(currency);
        if (digits == 0)
            return tr("Enter the amount as a whole number of %1, e.g. 1250000.").arg(currency);
        return tr("Enter the amount as a plain number, e.g. 1250000.50, with at most %n decimal place(s) for %1.",
                  nullptr, digits)
            .arg(currency);
    }
    case Type::PartnerRef:
        return tr("Choose the business partner from the suggestions that appear while you type.");
    case Type::ContactRef:
        return tr("Choose one of the customer's contacts. Contacts are kept on the customer's partner card.");
    case Type::Integer:
        return field->required ? tr("Enter a whole number of at least 1.") : tr("Enter a whole number.");
    case Type::ProductRef:
        return tr("Choose the product from the suggestions that appear while you type its code or name.");
    }
    return RecordDialog::describeFieldError(error);
}

bool ChildRecordDialog::handleSaveError(const ApiError &error)
{
    if ((error.status == 403 || error.code == u"forbidden"_s) && !m_kind.forbiddenText.isEmpty()) {
        showMessage(m_kind.forbiddenText);
        return true;
    }
    return false;
}

} // namespace Tradewind
