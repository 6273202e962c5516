#include "partnercard.h"

#include "columnwidths.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "opportunitydialog.h"
#include "opportunitylistpage.h"
#include "partner.h"
#include "partnerdialog.h"
#include "workspace.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

CardPage::Tone classTone(const QString &code)
{
    if (code == Partner::Customer)
        return CardPage::Tone::Info;
    if (code == Partner::Competitor)
        return CardPage::Tone::Warning;
    return CardPage::Tone::Neutral;
}

QString place(const QString &city, const QString &country)
{
    QStringList parts;
    if (!city.isEmpty())
        parts.append(city);
    if (!country.isEmpty())
        parts.append(country);
    return parts.join(u", "_s);
}

} // namespace

PartnerCard::PartnerCard(Workspace &workspace, qint64 partnerId, QWidget *parent)
    : CardPage(workspace, u"/partners/%1"_s.arg(partnerId), parent)
    , m_partnerId(partnerId)
{
    setObjectName(u"partnerCard"_s);
    m_editButton = addHeaderButton(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), u"editButton"_s);
    m_editButton->setVisible(PartnerDialog::mayEdit(workspace.api().currentUser()));
    connect(m_editButton, &QPushButton::clicked, this, &PartnerCard::edit);

    buildBasicTab();
    buildContactsTab();
    buildOpportunitiesTab();
    refresh();
}

QString PartnerCard::documentKey() const
{
    return u"partner:%1"_s.arg(m_partnerId);
}

QIcon PartnerCard::icon() const
{
    return QIcon(u":/icons/partner.svg"_s);
}

QString PartnerCard::placeholderTitle() const
{
    return tr("Partner %1").arg(m_partnerId);
}

void PartnerCard::buildBasicTab()
{
    QFormLayout *form = addDetailsTab(tr("Basic data"), u"basicTab"_s);
    const QList<QPair<QString, QString>> rows = {
        {tr("Name:"), u"basicName"_s},         {tr("Classes:"), u"basicClasses"_s},
        {tr("Country:"), u"basicCountry"_s},   {tr("City:"), u"basicCity"_s},
        {tr("Address:"), u"basicAddress"_s},   {tr("Industry:"), u"basicIndustry"_s},
        {tr("Credit terms:"), u"basicCreditDays"_s}, {tr("Notes:"), u"basicNotes"_s},
        {tr("Created:"), u"basicCreated"_s},   {tr("Last changed:"), u"basicUpdated"_s}};
    for (const auto &[caption, name] : rows)
        m_basicValues.insert(name, addDetailRow(form, caption, name));
}

void PartnerCard::buildContactsTab()
{
    QWidget *page = addTabPage(tr("Contacts"), u"contactsTab"_s);
    m_contacts = new QTableWidget(0, 5, page);
    m_contacts->setObjectName(u"contactsTable"_s);
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Phone"), tr("E-mail"), tr("Primary")});
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRecordTable(m_contacts);
    m_contacts->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_contacts->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_contacts->setColumnWidth(0, 180);
    m_contacts->setColumnWidth(1, 160);
    m_contacts->setColumnWidth(2, 160);
    m_noContacts = new QLabel(tr("No contacts recorded for this partner yet."), page);
    m_noContacts->setObjectName(u"noContactsLabel"_s);
    m_noContacts->setAlignment(Qt::AlignCenter);
    m_noContacts->hide();
    page->layout()->addWidget(m_contacts);
    page->layout()->addWidget(m_noContacts);
}

void PartnerCard::buildOpportunitiesTab()
{
    QWidget *page = addTabPage(tr("Opportunities"), u"opportunitiesTab"_s);
    page->layout()->setContentsMargins(0, 4, 0, 0);
    auto *model = new RemoteListModel(&workspace().api(), u"/opportunities"_s, OpportunityListPage::columns(false));
    m_opportunities = new ListPage(model, u"partnerCardOpportunities"_s, page);
    m_opportunities->setObjectName(u"partnerOpportunityList"_s);
    m_opportunities->view()->setObjectName(u"partnerOpportunityTable"_s);
    m_opportunities->setCountText([](qint64 total) { return tr("%n opportunit(y/ies)", nullptr, int(total)); });
    setDefaultColumnWidths(*m_opportunities, u"partnerCardOpportunities"_s, {48, 12, 12, 20, 13, 12});
    connect(m_opportunities, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0)
            workspace().openOpportunity(id);
    });
    auto *open = new QAction(QIcon(u":/icons/opportunity.svg"_s), tr("&Open"), this);
    connect(open, &QAction::triggered, this, [this] {
        for (qint64 id : m_opportunities->selectedIds())
            workspace().openOpportunity(id);
    });
    auto *create = new QAction(QIcon(u":/icons/new.svg"_s), tr("&New opportunity for this customer…"), this);
    connect(create, &QAction::triggered, this, [this] {
        OpportunityDialog *dialog = OpportunityDialog::openNew(workspace(), this);
        dialog->setCustomer(m_partnerId, record().value(u"name"_s).toString());
        connect(dialog, &RecordDialog::saved, this, [this](qint64 id) { workspace().openOpportunity(id); });
    });
    m_opportunities->addRowAction(create, ListPage::ActionScope::Always, [this] {
        return m_isCustomer && OpportunityDialog::mayCreate(workspace().api().currentUser());
    });
    m_opportunities->addRowAction(open, ListPage::ActionScope::AnySelection);
    page->layout()->addWidget(m_opportunities);
}

void PartnerCard::reloadRelated()
{
    RemoteListModel *model = m_opportunities->model();
    const QString customer = QString::number(m_partnerId);
    if (model->filter(u"customer_id"_s) != customer)
        model->setFilter(u"customer_id"_s, customer); // the first load
    else
        model->reload();
}

void PartnerCard::populate(const QJsonObject &record)
{
    const Partner partner = Partner::fromJson(record);
    m_isCustomer = partner.classes.contains(Partner::Customer);
    m_opportunities->updateActions();

    setHeaderTitle(partner.name);
    setSubtitle(partner.address);
    QList<Chip> chips;
    for (const QString &code : partner.classes)
        chips.append({Labels::partnerClass(code), classTone(code)});
    setChips(chips);

    QString primaryContact;
    for (const Contact &contact : partner.contacts) {
        if (!contact.primary)
            continue;
        primaryContact = contact.phone.isEmpty() ? contact.name : tr("%1 · %2").arg(contact.name, contact.phone);
        break;
    }
    setFacts({{tr("Location"), place(partner.city, partner.country), u"factLocation"_s, {}},
              {tr("Industry"), partner.industry, u"factIndustry"_s, {}},
              {tr("Credit terms"), tr("%n day(s)", nullptr, int(partner.creditDays)), u"factCreditDays"_s, {}},
              {tr("Primary contact"), primaryContact, u"factPrimaryContact"_s, {}}});

    const auto setBasic = [this](const QString &name, const QString &value) { setDetail(m_basicValues.value(name), value); };
    setBasic(u"basicName"_s, partner.name);
    setBasic(u"basicClasses"_s, Labels::partnerClasses(partner.classes));
    setBasic(u"basicCountry"_s, partner.country);
    setBasic(u"basicCity"_s, partner.city);
    setBasic(u"basicAddress"_s, partner.address);
    setBasic(u"basicIndustry"_s, partner.industry);
    setBasic(u"basicCreditDays"_s, tr("%n day(s)", nullptr, int(partner.creditDays)));
    setBasic(u"basicNotes"_s, partner.notes);
    setBasic(u"basicCreated"_s, Format::timestamp(partner.createdAt));
    setBasic(u"basicUpdated"_s, Format::timestamp(partner.updatedAt));

    m_contacts->setRowCount(0);
    for (const Contact &contact : partner.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QStringList texts = {contact.name, contact.title, contact.phone, contact.email};
        for (int column = 0; column < texts.size(); ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        auto *primary = new QTableWidgetItem;
        primary->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        primary->setCheckState(contact.primary ? Qt::Checked : Qt::Unchecked);
        m_contacts->setItem(row, 4, primary);
    }
    m_contacts->setVisible(!partner.contacts.isEmpty());
    m_noContacts->setVisible(partner.contacts.isEmpty());
    tabs()->setTabText(tabs()->indexOf(m_contacts->parentWidget()),
                       partner.contacts.isEmpty() ? tr("Contacts") : tr("Contacts (%1)").arg(partner.contacts.size()));
}

void PartnerCard::edit()
{
    if (state() != State::Ready)
        return;
    auto *dialog = new PartnerDialog(workspace(), Partner::fromJson(record()), etag(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Tradewind
