#include "partnerdialog.h"

#include "errortext.h"
#include "labels.h"
#include "listpage.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

enum ContactColumn { NameColumn, TitleColumn, PhoneColumn, EmailColumn, PrimaryColumn, ContactColumnCount };

const QStringList contactFields = {u"name"_s, u"title"_s, u"phone"_s, u"email"_s, u"primary"_s};
constexpr int ContactIdRole = Qt::UserRole + 1;

/** Two letters, upper-cased as they are typed. */
class CountryCodeValidator : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString &input, int &position) const override
    {
        Q_UNUSED(position);
        input = input.toUpper();
        if (input.size() > 2)
            return Invalid;
        for (const QChar ch : std::as_const(input))
            if (ch.unicode() < u'A' || ch.unicode() > u'Z')
                return Invalid;
        return input.size() == 1 ? Intermediate : Acceptable;
    }
};

/** contacts[2].email → {2, "email"}; row -1 when the field is not a contact's. */
std::pair<int, QString> contactField(const QString &field)
{
    static const QRegularExpression pattern(u"^contacts\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const auto match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, QString()};
    return {match.captured(1).toInt(), match.captured(2)};
}

} // namespace

PartnerDialog::PartnerDialog(Workspace &workspace, QWidget *parent)
    : RecordDialog(workspace, u"/partners"_s, 0, {}, parent)
{
    buildForm();
    setWindowTitle(tr("New business partner"));
    // Most new partners are customers; the user unticks it for a supplier or competitor.
    m_classChecks.constFirst()->setChecked(true);
}

PartnerDialog::PartnerDialog(Workspace &workspace, const Partner &partner, const QByteArray &etag, QWidget *parent)
    : RecordDialog(workspace, u"/partners"_s, partner.id, etag, parent)
{
    buildForm();
    fill(partner);
}

PartnerDialog *PartnerDialog::openNew(Workspace &workspace, QWidget *parent)
{
    auto *dialog = new PartnerDialog(workspace, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PartnerDialog::openEdit(Workspace &workspace, qint64 partnerId, QWidget *parent)
{
    // Lists carry no contacts and may be stale: edit what the server has now.
    ApiReply *reply = workspace.api().get(u"/partners/%1"_s.arg(partnerId));
    parent->setCursor(Qt::BusyCursor);
    whenFinished(reply, parent, [&workspace, reply, parent] {
        parent->unsetCursor();
        if (!reply->ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Business partner"), ErrorText::describe(reply->error()),
                                        QMessageBox::Ok, parent);
            box->setObjectName(u"partnerLoadErrorBox"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        auto *dialog = new PartnerDialog(workspace, Partner::fromJson(reply->object()), reply->etag(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

bool PartnerDialog::mayEdit(const Employee &user)
{
    if (user.id == 0)
        return true; // not known yet: let the server decide
    const QStringList writers = {Roles::Salesperson, Roles::SalesManager, Roles::Executive,
                                 Roles::ContractAdmin, Roles::Finance, Roles::SystemAdmin};
    for (const QString &role : writers)
        if (user.hasRole(role))
            return true;
    return false;
}

void PartnerDialog::buildForm()
{
    auto *form = new QWidget(this);
    form->setObjectName(u"partnerForm"_s);

    m_name = new QLineEdit(form);
    m_name->setObjectName(u"partnerNameEdit"_s);
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("Full legal name, e.g. Shanghai Mingxing Packaging Co., Ltd."));

    m_classBox = new QWidget(form);
    m_classBox->setObjectName(u"partnerClassesBox"_s);
    auto *classRow = new QHBoxLayout(m_classBox);
    classRow->setContentsMargins(0, 2, 0, 2);
    classRow->setSpacing(18);
    for (const QString &code : Partner::allClasses()) {
        auto *check = new QCheckBox(Labels::partnerClass(code), m_classBox);
        check->setObjectName(u"partnerClass_%1"_s.arg(code));
        check->setProperty("classCode", code);
        classRow->addWidget(check);
        m_classChecks.append(check);
    }
    classRow->addStretch(1);

    m_country = new QLineEdit(form);
    m_country->setObjectName(u"partnerCountryEdit"_s);
    m_country->setValidator(new CountryCodeValidator(m_country));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("CN"));
    m_country->setToolTip(tr("Two-letter ISO 3166 country code, such as CN, DE or US"));
    m_country->setFixedWidth(m_country->fontMetrics().horizontalAdvance(u"WWWW"_s) + 16);
    m_city = new QLineEdit(form);
    m_city->setObjectName(u"partnerCityEdit"_s);
    m_city->setMaxLength(100);
    auto *cityCaption = new QLabel(tr("C&ity:"), form);
    cityCaption->setBuddy(m_city);
    auto *placeRow = new QHBoxLayout;
    placeRow->setSpacing(10);
    placeRow->addWidget(m_country);
    placeRow->addSpacing(8);
    placeRow->addWidget(cityCaption);
    placeRow->addWidget(m_city, 1);

    m_address = new QLineEdit(form);
    m_address->setObjectName(u"partnerAddressEdit"_s);
    m_address->setMaxLength(500);

    m_industry = new QLineEdit(form);
    m_industry->setObjectName(u"partnerIndustryEdit"_s);
    m_industry->setMaxLength(100);
    m_creditDays = new QSpinBox(form);
    m_creditDays->setObjectName(u"partnerCreditDaysSpin"_s);
    m_creditDays->setRange(0, 365);
    m_creditDays->setSuffix(tr(" days"));
    m_creditDays->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_creditDays->setMinimumWidth(m_creditDays->fontMetrics().horizontalAdvance(u"0000"_s + tr(" days")) + 40);
    auto *creditCaption = new QLabel(tr("C&redit terms:"), form);
    creditCaption->setBuddy(m_creditDays);
    auto *tradeRow = new QHBoxLayout;
    tradeRow->setSpacing(10);
    tradeRow->addWidget(m_industry, 1);
    tradeRow->addSpacing(8);
    tradeRow->addWidget(creditCaption);
    tradeRow->addWidget(m_creditDays);

    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(u"partnerNotesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 14);

    auto *fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setHorizontalSpacing(12);
    fields->setVerticalSpacing(10);
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("Classes:"), m_classBox);
    fields->addRow(tr("C&ountry:"), placeRow);
    fields->addRow(tr("&Address:"), m_address);
    fields->addRow(tr("In&dustry:"), tradeRow);
    fields->addRow(tr("No&tes:"), m_notes);
    // The country row's label is the country code's buddy.
    if (auto *countryLabel = qobject_cast<QLabel *>(fields->labelForField(placeRow)))
        countryLabel->setBuddy(m_country);
    if (auto *industryLabel = qobject_cast<QLabel *>(fields->labelForField(tradeRow)))
        industryLabel->setBuddy(m_industry);

    auto *contactsBox = new QGroupBox(tr("Contacts"), form);
    m_contacts = new QTableWidget(0, ContactColumnCount, contactsBox);
    m_contacts->setObjectName(u"contactsTable"_s);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Phone"), tr("E-mail"), tr("Primary")});
    styleRecordTable(m_contacts);
    m_contacts->setMinimumHeight(150);
    m_contacts->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(PrimaryColumn, QHeaderView::ResizeToContents);
    m_contacts->setColumnWidth(NameColumn, 150);
    m_contacts->setColumnWidth(TitleColumn, 130);
    m_contacts->setColumnWidth(PhoneColumn, 140);
    connect(m_contacts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        // One primary contact: ticking one unticks the others.
        if (item->column() != PrimaryColumn || item->checkState() != Qt::Checked)
            return;
        const QSignalBlocker blocker(m_contacts);
        for (int row = 0; row < m_contacts->rowCount(); ++row)
            if (row != item->row())
                m_contacts->item(row, PrimaryColumn)->setCheckState(Qt::Unchecked);
        m_contacts->viewport()->update();
    });

    auto *addContact = new QPushButton(tr("&Add contact"), contactsBox);
    addContact->setObjectName(u"addContactButton"_s);
    connect(addContact, &QPushButton::clicked, this, [this] {
        addContactRow(Contact());
        const int row = m_contacts->rowCount() - 1;
        m_contacts->setCurrentCell(row, NameColumn);
        m_contacts->editItem(m_contacts->item(row, NameColumn));
    });
    m_removeContact = new QPushButton(tr("&Remove contact"), contactsBox);
    m_removeContact->setObjectName(u"removeContactButton"_s);
    m_removeContact->setEnabled(false);
    connect(m_removeContact, &QPushButton::clicked, this, &PartnerDialog::removeSelectedContacts);
    connect(m_contacts, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeContact->setEnabled(!m_contacts->selectedItems().isEmpty()); });

    auto *contactButtons = new QVBoxLayout;
    contactButtons->setSpacing(8);
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(m_removeContact);
    contactButtons->addStretch(1);
    auto *contactsLayout = new QHBoxLayout(contactsBox);
    contactsLayout->setContentsMargins(12, 12, 12, 12);
    contactsLayout->setSpacing(10);
    contactsLayout->addWidget(m_contacts, 1);
    contactsLayout->addLayout(contactButtons);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addLayout(fields);
    layout->addWidget(contactsBox, 1);
    setForm(form);

    registerField(u"name"_s, m_name);
    registerField(u"classes"_s, m_classBox);
    registerField(u"country"_s, m_country);
    registerField(u"city"_s, m_city);
    registerField(u"address"_s, m_address);
    registerField(u"industry"_s, m_industry);
    registerField(u"credit_days"_s, m_creditDays);
    registerField(u"notes"_s, m_notes);
    registerField(u"contacts"_s, m_contacts);

    resize(820, 720);
}

void PartnerDialog::fill(const Partner &partner)
{
    setWindowTitle(tr("Business partner — %1").arg(partner.name));
    m_name->setText(partner.name);
    for (QCheckBox *check : std::as_const(m_classChecks))
        check->setChecked(partner.classes.contains(check->property("classCode").toString()));
    m_country->setText(partner.country);
    m_city->setText(partner.city);
    m_address->setText(partner.address);
    m_industry->setText(partner.industry);
    m_creditDays->setValue(int(partner.creditDays));
    m_notes->setPlainText(partner.notes);
    m_contacts->setRowCount(0);
    for (const Contact &contact : partner.contacts)
        addContactRow(contact);
}

void PartnerDialog::loadRecord(const QJsonObject &record)
{
    fill(Partner::fromJson(record));
}

void PartnerDialog::addContactRow(const Contact &contact)
{
    const QSignalBlocker blocker(m_contacts);
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QStringList texts = {contact.name, contact.title, contact.phone, contact.email};
    for (int column = NameColumn; column <= EmailColumn; ++column)
        m_contacts->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    m_contacts->item(row, NameColumn)->setData(ContactIdRole, contact.id);
    auto *primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    primary->setCheckState(contact.primary ? Qt::Checked : Qt::Unchecked);
    m_contacts->setItem(row, PrimaryColumn, primary);
}

void PartnerDialog::removeSelectedContacts()
{
    QList<int> rows;
    for (const QModelIndex &index : m_contacts->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_contacts->currentRow() >= 0)
        rows.append(m_contacts->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_contacts->removeRow(row);
}

bool PartnerDialog::isBlankContactRow(int row) const
{
    for (int column = NameColumn; column <= EmailColumn; ++column)
        if (!m_contacts->item(row, column)->text().trimmed().isEmpty())
            return false;
    return m_contacts->item(row, NameColumn)->data(ContactIdRole).toLongLong() == 0;
}

QJsonObject PartnerDialog::buildBody() const
{
    QJsonArray classes;
    for (const QCheckBox *check : m_classChecks)
        if (check->isChecked())
            classes.append(check->property("classCode").toString());
    QJsonArray contacts;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (isBlankContactRow(row))
            continue; // a row added and left empty is not a contact
        QJsonObject contact{{u"name"_s, m_contacts->item(row, NameColumn)->text()},
                            {u"title"_s, m_contacts->item(row, TitleColumn)->text()},
                            {u"phone"_s, m_contacts->item(row, PhoneColumn)->text()},
                            {u"email"_s, m_contacts->item(row, EmailColumn)->text().trimmed()},
                            {u"primary"_s, m_contacts->item(row, PrimaryColumn)->checkState() == Qt::Checked}};
        const qint64 id = m_contacts->item(row, NameColumn)->data(ContactIdRole).toLongLong();
        if (id > 0)
            contact.insert(u"id"_s, id);
        contacts.append(contact);
    }
    return {{u"name"_s, m_name->text()},
            {u"classes"_s, classes},
            {u"country"_s, m_country->text()},
            {u"city"_s, m_city->text()},
            {u"address"_s, m_address->text()},
            {u"industry"_s, m_industry->text()},
            {u"credit_days"_s, m_creditDays->value()},
            {u"notes"_s, m_notes->toPlainText()},
            {u"contacts"_s, contacts}};
}

void PartnerDialog::validate(JsonReader &reader) const
{
    reader.rejectUnknownFields(Partner::inputFields());
    Partner::fromInput(reader);
}

QString PartnerDialog::describeFieldError(const FieldError &error) const
{
    const QString &field = error.field;
    if (field == u"name"_s)
        return tr("Enter the partner's name (at most 200 characters).");
    if (field == u"classes"_s)
        return tr("Choose at least one: customer, supplier or competitor.");
    if (field == u"country"_s)
        return tr("Enter a two-letter country code such as CN, DE or US, or leave it empty.");
    if (field == u"city"_s)
        return tr("The city may have at most 100 characters.");
    if (field == u"address"_s)
        return tr("The address may have at most 500 characters.");
    if (field == u"industry"_s)
        return tr("The industry may have at most 100 characters.");
    if (field == u"credit_days"_s)
        return tr("Credit terms must be between 0 and 365 days.");
    if (field == u"notes"_s)
        return tr("The notes may have at most 4,000 characters.");
    const auto [index, contactColumn] = contactField(field);
    if (index >= 0) {
        const int number = index + 1;
        if (contactColumn == u"name"_s)
            return tr("Contact %1: enter a name (at most 100 characters).").arg(number);
        if (contactColumn == u"email"_s)
            return tr("Contact %1: this is not an e-mail address.").arg(number);
        if (contactColumn == u"title"_s)
            return tr("Contact %1: the title may have at most 100 characters.").arg(number);
        if (contactColumn == u"phone"_s)
            return tr("Contact %1: the phone number may have at most 50 characters.").arg(number);
        if (contactColumn == u"id"_s)
            return tr("Contact %1 no longer exists. Close this dialog and edit the partner again.").arg(number);
        return tr("Contact %1: %2").arg(number).arg(error.message);
    }
    if (field == u"contacts"_s)
        return tr("A partner can have at most 200 contacts.");
    return RecordDialog::describeFieldError(error);
}

void PartnerDialog::revealField(const FieldError &error)
{
    const auto [index, contactColumn] = contactField(error.field);
    if (index < 0)
        return;
    // The index counts the contacts sent, which skip blank rows.
    int sent = -1;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        if (isBlankContactRow(row))
            continue;
        if (++sent == index) {
            const int column = std::max(0, int(contactFields.indexOf(contactColumn)));
            m_contacts->setCurrentCell(row, column);
            m_contacts->scrollToItem(m_contacts->item(row, column));
            return;
        }
    }
}

bool PartnerDialog::handleSaveError(const ApiError &error)
{
    if (error.code != u"duplicate_partner"_s)
        return false;
    const QJsonObject existing = error.body.value(u"existing"_s).toObject();
    askAboutDuplicate(existing.value(u"id"_s).toInteger(), existing.value(u"name"_s).toString());
    return true;
}

void PartnerDialog::askAboutDuplicate(qint64 existingId, const QString &existingName)
{
    m_duplicateId = existingId;
    if (!m_duplicateBox) {
        m_duplicateBox = new QMessageBox(this);
        m_duplicateBox->setObjectName(u"duplicateMessageBox"_s);
        m_duplicateBox->setIcon(QMessageBox::Question);
        m_duplicateBox->setWindowTitle(tr("Possible duplicate"));
        m_duplicateOpen = m_duplicateBox->addButton(tr("Open existing"), QMessageBox::AcceptRole);
        m_duplicateOpen->setObjectName(u"duplicateOpenExistingButton"_s);
        m_duplicateCreate = m_duplicateBox->addButton(tr("Create anyway"), QMessageBox::DestructiveRole);
        m_duplicateCreate->setObjectName(u"duplicateCreateAnywayButton"_s);
        QAbstractButton *cancel = m_duplicateBox->addButton(tr("Cancel"), QMessageBox::RejectRole);
        cancel->setObjectName(u"duplicateCancelButton"_s);
        m_duplicateBox->setDefaultButton(qobject_cast<QPushButton *>(m_duplicateOpen));
        m_duplicateBox->setEscapeButton(cancel);
        connect(m_duplicateBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
            if (button == m_duplicateOpen) {
                workspace().openPartner(m_duplicateId);
                reject();
            } else if (button == m_duplicateCreate) {
                resend(QUrlQuery{{u"confirm_duplicate"_s, u"true"_s}});
            }
        });
    }
    m_duplicateBox->setText(tr("A business partner with nearly the same name already exists:<br><b>%1</b>")
                                .arg(existingName.toHtmlEscaped()));
    m_duplicateBox->setTextFormat(Qt::RichText);
    m_duplicateCreate->setText(isEditing() ? tr("Save anyway") : tr("Create anyway"));
    m_duplicateBox->setInformativeText(
        tr("Open the existing partner instead, or keep this name if it really is a different company."));
    showMessage(tr("“%1” already exists as a business partner.").arg(existingName));
    m_duplicateBox->open();
}

} // namespace Tradewind
