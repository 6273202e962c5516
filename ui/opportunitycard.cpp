#include "opportunitycard.h"

#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "contractactions.h"
#include "formatting.h"
#include "historyview.h"
#include "labels.h"
#include "listpage.h"
#include "opportunity.h"
#include "opportunitychildkinds.h"
#include "opportunitydialog.h"
#include "quoteactions.h"
#include "quote.h"
#include "quotelist.h"
#include "workspace.h"

#include <QContextMenuEvent>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

OpportunityCard::OpportunityCard(Workspace &workspace, qint64 opportunityId, QWidget *parent)
    : CardPage(workspace, u"/opportunities/%1"_s.arg(opportunityId), parent)
    , m_opportunityId(opportunityId)
{
    setObjectName(u"opportunityCard"_s);
    // Whoever may see an opportunity may change it; the server refuses anything else.
    m_editButton = addHeaderButton(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), u"editButton"_s);
    connect(m_editButton, &QPushButton::clicked, this, &OpportunityCard::edit);
    m_followUpButton = addHeaderButton(QIcon(u":/icons/new.svg"_s), tr("&Follow-up…"), u"followUpButton"_s);
    m_followUpButton->setToolTip(tr("Record a follow-up of this opportunity"));
    connect(m_followUpButton, &QPushButton::clicked, this, [this] { addFollowUp(); });
    m_createQuoteButton = addHeaderButton(QIcon(u":/icons/quote.svg"_s), tr("Create &quote"), u"createQuoteButton"_s);
    m_createQuoteButton->setToolTip(tr("A new quote pre-filled from this opportunity"));
    connect(m_createQuoteButton, &QPushButton::clicked, this, &OpportunityCard::createQuote);
    m_createContractButton =
        addHeaderButton(QIcon(u":/icons/contract.svg"_s), tr("Create co&ntract"), u"createContractButton"_s);
    m_createContractButton->setToolTip(tr("The contract of this won opportunity, from its won quote"));
    connect(m_createContractButton, &QPushButton::clicked, this, &OpportunityCard::createContract);
    m_createContractButton->hide(); // until the opportunity is won

    buildBasicTab();
    buildChildTabs();
    QWidget *historyPage = addTabPage(tr("History"), u"historyTab"_s);
    m_history = new HistoryView(workspace.api(), &OpportunityCard::fieldLabel, &OpportunityCard::valueText, historyPage);
    m_history->setObjectName(u"historyView"_s);
    historyPage->layout()->addWidget(m_history);
    refresh();
}

QString OpportunityCard::documentKey() const
{
    return u"opportunity:%1"_s.arg(m_opportunityId);
}

QIcon OpportunityCard::icon() const
{
    return QIcon(u":/icons/opportunity.svg"_s);
}

QString OpportunityCard::placeholderTitle() const
{
    return tr("Opportunity %1").arg(m_opportunityId);
}

QString OpportunityCard::fieldLabel(const QString &field)
{
    if (field == u"kind"_s)
        return tr("Kind");
    if (field == u"customer_name"_s)
        return tr("Customer");
    if (field == u"title"_s)
        return tr("Title");
    if (field == u"source"_s)
        return tr("Source");
    if (field == u"stage"_s)
        return tr("Stage");
    if (field == u"amount"_s)
        return tr("Amount");
    if (field == u"expected_close"_s)
        return tr("Expected close");
    if (field == u"owner_name"_s)
        return tr("Owner");
    if (field == u"notes"_s)
        return tr("Notes");
    if (field == u"part_family"_s)
        return tr("Part family");
    return {}; // ids and bookkeeping: their readable twins (customer_name, owner_name) say it
}

QString OpportunityCard::valueText(const QString &field, const QJsonValue &value)
{
    if (field == u"amount"_s)
        return Format::money(Money::fromJson(value).value_or(Money()));
    if (field == u"kind"_s)
        return Labels::kind(value.toString());
    if (field == u"stage"_s)
        return Labels::stage(value.toString());
    if (field == u"source"_s)
        return Labels::source(value.toString());
    if (field == u"expected_close"_s)
        return Format::date(QDate::fromString(value.toString(), Qt::ISODate));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

void OpportunityCard::buildBasicTab()
{
    QFormLayout *form = addDetailsTab(tr("Basic data"), u"basicTab"_s);
    const QList<QPair<QString, QString>> rows = {
        {tr("Title:"), u"basicTitle"_s},     {tr("Customer:"), u"basicCustomer"_s},
        {tr("Kind:"), u"basicKind"_s},       {tr("Source:"), u"basicSource"_s},
        {tr("Stage:"), u"basicStage"_s},     {tr("Amount:"), u"basicAmount"_s},
        {tr("Expected close:"), u"basicExpectedClose"_s}, {tr("Owner:"), u"basicOwner"_s},
        {tr("Part family:"), u"basicPartFamily"_s}, {tr("Last follow-up:"), u"basicLastFollowUp"_s},
        {tr("Notes:"), u"basicNotes"_s},     {tr("Created:"), u"basicCreated"_s},
        {tr("Last changed:"), u"basicUpdated"_s}};
    for (const auto &[caption, name] : rows)
        m_basicValues.insert(name, addDetailRow(form, caption, name));
    m_basicForm = form;
}

void OpportunityCard::buildChildTabs()
{
    for (const ChildKind &kind : OpportunityChildKinds::all()) {
        QWidget *page = addTabPage(kind.title, kind.objectName + u"Tab"_s);
        page->layout()->setContentsMargins(0, 4, 0, 0);
        auto *tab = new ChildRecordsTab(workspace(), kind, m_opportunityId, page);
        page->layout()->addWidget(tab);
        m_childTabs.append(tab);
        connect(tab, &ChildRecordsTab::countChanged, this, [this, tab] { updateChildTabTitle(tab); });
        // The quotes follow the parts asked for: what the customer wants, then what was offered.
        if (kind.path == u"requested-parts"_s)
            buildQuotesTab();
    }
}

void OpportunityCard::buildQuotesTab()
{
    QWidget *page = addTabPage(tr("Quotes"), u"quotesTab"_s);
    page->layout()->setContentsMargins(0, 4, 0, 0);
    m_quotes = new QuoteList(workspace(), QuoteList::Kind::OfOpportunity, m_opportunityId, page);
    page->layout()->addWidget(m_quotes);
    connect(m_quotes->listPage()->model(), &RemoteListModel::totalCountChanged, this, [this, page](qint64 total) {
        tabs()->setTabText(tabs()->indexOf(page), tr("Quotes (%1)").arg(total));
    });
}

void OpportunityCard::createQuote()
{
    if (state() == State::Ready)
        QuoteActions::createFromOpportunity(workspace(), m_opportunityId, this);
}

void OpportunityCard::createContract()
{
    if (state() == State::Ready && record().value(u"stage"_s).toString() == Opportunity::StageWon)
        ContractActions::createFromOpportunity(workspace(), m_opportunityId, this);
}

QMenu *OpportunityCard::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"opportunityCardMenu"_s);
    const bool ready = state() == State::Ready;
    QAction *edit = menu->addAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this, &OpportunityCard::edit);
    edit->setEnabled(ready);
    QAction *followUp = menu->addAction(QIcon(u":/icons/new.svg"_s), tr("Add &follow-up…"), this,
                                        [this] { addFollowUp(); });
    followUp->setEnabled(ready);
    menu->addSeparator();
    QAction *quote = menu->addAction(QIcon(u":/icons/quote.svg"_s), tr("Create &quote"), this,
                                     &OpportunityCard::createQuote);
    quote->setObjectName(u"createQuoteAction"_s);
    quote->setEnabled(ready);
    QAction *contract = menu->addAction(QIcon(u":/icons/contract.svg"_s), tr("Create co&ntract"), this,
                                        &OpportunityCard::createContract);
    contract->setObjectName(u"createContractAction"_s);
    contract->setEnabled(ready && record().value(u"stage"_s).toString() == Opportunity::StageWon
                         && ContractActions::mayCreate(workspace().api().currentUser()));
    return menu;
}

void OpportunityCard::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void OpportunityCard::updateChildTabTitle(ChildRecordsTab *tab)
{
    const int index = tabs()->indexOf(tab->parentWidget());
    if (index < 0)
        return;
    tabs()->setTabText(index, tab->isLoaded() ? tr("%1 (%2)").arg(tab->kind().title).arg(tab->count())
                                              : tab->kind().title);
}

ChildRecordsTab *OpportunityCard::childTab(const QString &path) const
{
    for (ChildRecordsTab *tab : m_childTabs)
        if (tab->kind().path == path)
            return tab;
    return nullptr;
}

ChildRecordDialog *OpportunityCard::addFollowUp()
{
    if (state() != State::Ready)
        return nullptr;
    ChildRecordsTab *tab = childTab(u"follow-ups"_s);
    return tab ? tab->addRecord() : nullptr;
}

void OpportunityCard::setBasic(const QString &objectName, const QString &value)
{
    setDetail(m_basicValues.value(objectName), value);
}

void OpportunityCard::reloadRelated()
{
    m_history->load(resourcePath() + u"/history"_s);
    m_quotes->reload();
    for (ChildRecordsTab *tab : std::as_const(m_childTabs))
        tab->reload();
}

void OpportunityCard::populate(const QJsonObject &record)
{
    const Opportunity opportunity = Opportunity::fromJson(record);

    setHeaderTitle(opportunity.title);
    const Tone stageTone = opportunity.stage == Opportunity::StageWon    ? Tone::Success
                           : opportunity.stage == Opportunity::StageLost ? Tone::Muted
                                                                         : Tone::Info;
    QList<Chip> chips{{Labels::stage(opportunity.stage), stageTone}};
    if (record.value(u"stale"_s).toBool())
        chips.append({tr("Stale"), Tone::Warning});
    setChips(chips);
    m_createContractButton->setVisible(opportunity.stage == Opportunity::StageWon
                                       && ContractActions::mayCreate(workspace().api().currentUser()));

    // "3 days ago" counts from the last follow-up, or from the creation when there is none yet.
    const QDate lastFollowUp = QDate::fromString(record.value(u"last_follow_up_on"_s).toString(), Qt::ISODate);
    const int days = record.value(u"days_since_follow_up"_s).toInt();
    QString followUpText;
    if (lastFollowUp.isValid())
        followUpText = days <= 0 ? tr("Today") : tr("%n day(s) ago", nullptr, days);
    else if (record.contains(u"days_since_follow_up"_s))
        followUpText = tr("None yet (opened %n day(s) ago)", nullptr, days);

    const QString amount = Format::money(opportunity.amount);
    const QString expectedClose =
        opportunity.expectedClose.isValid() ? Format::date(opportunity.expectedClose) : tr("Not set");
    const qint64 customerId = opportunity.customerId;
    setFacts({{tr("Customer"), opportunity.customerName, u"customerLink"_s,
               [this, customerId] { workspace().openPartner(customerId); }},
              {tr("Amount"), amount, u"factAmount"_s, {}},
              {tr("Expected close"), expectedClose, u"factExpectedClose"_s, {}},
              {tr("Owner"), opportunity.ownerName, u"factOwner"_s, {}},
              {tr("Kind"), Labels::kind(opportunity.kind), u"factKind"_s, {}},
              {tr("Source"), Labels::source(opportunity.source), u"factSource"_s, {}},
              {tr("Last follow-up"), followUpText, u"factLastFollowUp"_s, {}},
              latestQuoteFact(opportunity.latestQuote)});

    setBasic(u"basicTitle"_s, opportunity.title);
    setBasic(u"basicCustomer"_s, opportunity.customerName);
    setBasic(u"basicKind"_s, Labels::kind(opportunity.kind));
    setBasic(u"basicSource"_s, Labels::source(opportunity.source));
    setBasic(u"basicStage"_s, Labels::stage(opportunity.stage));
    setBasic(u"basicAmount"_s, amount);
    setBasic(u"basicExpectedClose"_s, expectedClose);
    setBasic(u"basicOwner"_s, opportunity.ownerName);
    const QString partFamily = record.value(u"part_family"_s).toString();
    setBasic(u"basicPartFamily"_s, partFamily);
    m_basicForm->setRowVisible(m_basicValues.value(u"basicPartFamily"_s),
                               opportunity.kind == Opportunity::KindSpareParts || !partFamily.isEmpty());
    setBasic(u"basicLastFollowUp"_s, lastFollowUp.isValid()
                                         ? tr("%1 (%2)").arg(Format::date(lastFollowUp), followUpText)
                                         : followUpText);
    setBasic(u"basicNotes"_s, opportunity.notes);
    setBasic(u"basicCreated"_s, Format::timestamp(opportunity.createdAt));
    setBasic(u"basicUpdated"_s, Format::timestamp(opportunity.updatedAt));

    for (ChildRecordsTab *tab : std::as_const(m_childTabs)) {
        tab->setParentRecord(record);
        const bool applies = !tab->kind().appliesTo || tab->kind().appliesTo(record);
        tabs()->setTabVisible(tabs()->indexOf(tab->parentWidget()), applies);
    }
}

CardPage::Fact OpportunityCard::latestQuoteFact(const std::optional<Opportunity::LatestQuote> &latest)
{
    // The latest approved (or won) quote: what the customer was offered, one click from its card.
    if (!latest || latest->id <= 0)
        return {tr("Latest approved quote"), QString(), u"latestQuoteLink"_s, {}};
    const qint64 quoteId = latest->id;
    const QString reference = Labels::quoteReference(latest->number, latest->revisionLabel);
    const QString total = Format::money(latest->total);
    // An approved quote is what the caption says; a won one says so.
    return {tr("Latest approved quote"),
            latest->status == Quote::StatusWon ? tr("%1 · %2 (won)").arg(reference, total)
                                               : tr("%1 · %2").arg(reference, total),
            u"latestQuoteLink"_s, [this, quoteId] { workspace().openQuote(quoteId); }};
}

void OpportunityCard::edit()
{
    if (state() != State::Ready)
        return;
    auto *dialog = new OpportunityDialog(workspace(), Opportunity::fromJson(record()), etag(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Tradewind
