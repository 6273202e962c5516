// Widget tests of the opportunity card's sub-record tabs and the quick follow-up entry, against a real
// in-process server with the demo company.

#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "clienttestsupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "opportunitycard.h"
#include "opportunitydialog.h"
#include "opportunitylistpage.h"
#include "serverfixture.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

/** The object names of the card's tab pages, in tab order. */
QStringList tabPageNames(const OpportunityCard *card)
{
    auto *tabs = child<QTabWidget>(card, u"cardTabs"_s);
    QStringList names;
    for (int i = 0; i < tabs->count(); ++i)
        names.append(tabs->widget(i)->objectName());
    return names;
}

QString tabTitle(const OpportunityCard *card, const QString &pageName)
{
    auto *tabs = child<QTabWidget>(card, u"cardTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->objectName() == pageName)
            return tabs->tabText(i);
    return {};
}

/** Logs in, opens the opportunity list and returns the first opportunity's row. */
QJsonObject firstOpportunity(MainWindow &window)
{
    auto *list = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
    RemoteListModel *model = list->listPage()->model();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    return model->rowObject(0);
}

/** Fills the follow-up dialog as a user would and saves it; waits until the server stored it. */
void enterFollowUp(ChildRecordDialog *dialog, const QDate &date, const QString &content)
{
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    child<QDateEdit>(dialog, u"happenedOnEdit"_s)->setDate(date);
    auto *way = child<QComboBox>(dialog, u"wayCombo"_s);
    way->setCurrentIndex(way->findData(u"call"_s));
    auto *contentEdit = child<QPlainTextEdit>(dialog, u"contentEdit"_s);
    contentEdit->setFocus();
    typeText(contentEdit, content);
    typeText(child<QPlainTextEdit>(dialog, u"nextStepEdit"_s), u"Send the revised layout"_s);
    QPointer<ChildRecordDialog> guard(dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([guard] { return !guard || !guard->isVisible(); }));
    if (guard) {
        INFO("dialog message: " << guard->messageText().toStdString() << " / " << guard->fieldErrorText().toStdString());
        REQUIRE(guard->result() == QDialog::Accepted);
    }
}

} // namespace

TEST_CASE("Opportunity card: the sub-record tabs follow Basic data, each with its count", "[card]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    MainWindow window(*api);
    window.show();
    const qint64 id = firstOpportunity(window).value(u"id"_s).toInteger();
    window.openOpportunity(id);
    auto *card = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
    waitForCard(card);

    CHECK(tabPageNames(card)
          == QStringList{u"basicTab"_s, u"requestedPartsTab"_s, u"quotesTab"_s, u"contactsTab"_s, u"followUpsTab"_s,
                         u"plansTab"_s, u"competitorsTab"_s, u"tendersTab"_s, u"winsTab"_s, u"ownerChangesTab"_s,
                         u"adviceTab"_s, u"historyTab"_s});
    REQUIRE(card->childTabs().size() == 9);
    // The parts asked for are a spare-parts matter.
    auto *tabs = child<QTabWidget>(card, u"cardTabs"_s);
    const bool spareParts = card->record().value(u"kind"_s).toString() == u"spare_parts"_s;
    CHECK(tabs->isTabVisible(tabs->indexOf(child<QWidget>(card, u"requestedPartsTab"_s))) == spareParts);
    for (ChildRecordsTab *tab : card->childTabs()) {
        INFO("tab " << tab->kind().path.toStdString() << ": " << tab->listPage()->model()->rowCount());
        REQUIRE(waitUntil([tab] { return tab->isLoaded(); }));
        CHECK(tabTitle(card, tab->kind().objectName + u"Tab"_s)
              == u"%1 (%2)"_s.arg(tab->kind().title).arg(tab->count()));
    }
    // The salesperson changes are the server's: nothing to add or edit there.
    ChildRecordsTab *changes = card->childTab(u"owner-changes"_s);
    REQUIRE(changes != nullptr);
    CHECK(changes->addRecordAction() == nullptr);
    CHECK(changes->editRecordAction() == nullptr);
    // A salesperson does not advise on their own opportunity, but may answer advice.
    ChildRecordsTab *advice = card->childTab(u"advice"_s);
    REQUIRE(advice != nullptr);
    CHECK_FALSE(advice->addRecordAction()->isEnabled());
    CHECK(card->childTab(u"follow-ups"_s)->addRecordAction()->isEnabled());
    // The header tells how long ago the opportunity was last followed up.
    CHECK_FALSE(child<QLabel>(card, u"factLastFollowUp"_s)->text().isEmpty());
    CHECK(card->followUpButton()->isEnabled());
}

TEST_CASE("Opportunity card: a follow-up added through the dialog shows in its tab", "[card]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    MainWindow window(*api);
    window.show();
    const qint64 id = firstOpportunity(window).value(u"id"_s).toInteger();
    window.openOpportunity(id);
    auto *card = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
    waitForCard(card);
    ChildRecordsTab *followUps = card->childTab(u"follow-ups"_s);
    REQUIRE(followUps != nullptr);
    REQUIRE(waitUntil([followUps] { return followUps->isLoaded(); }));
    const qint64 before = followUps->count();

    QTest::mouseClick(card->followUpButton(), Qt::LeftButton);
    auto *dialog = visibleDialog<ChildRecordDialog>(card);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->kind().path == u"follow-ups"_s);
    const QString content = u"Visited the plant manager; trial of the camera module agreed"_s;
    enterFollowUp(dialog, fixture.now().date(), content);

    REQUIRE(waitUntil([followUps, before] { return followUps->count() == before + 1; }));
    RemoteListModel *model = followUps->listPage()->model();
    REQUIRE(waitUntil([model, before] { return !model->isLoading() && model->rowCount() == before + 1; }));
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row)
        found = found || model->rowObject(row).value(u"content"_s).toString() == content;
    CHECK(found);
    CHECK(tabTitle(card, u"followUpsTab"_s) == u"Follow-ups (%1)"_s.arg(before + 1));
    // The card was refreshed: the follow-up is today's.
    REQUIRE(waitUntil([card] { return child<QLabel>(card, u"factLastFollowUp"_s)->text() == u"Today"_s; }));
}

TEST_CASE("Opportunity list: Add follow-up on the selected row opens the follow-up dialog", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    MainWindow window(*api);
    window.show();
    auto *list = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
    RemoteListModel *model = list->listPage()->model();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model) && model->rowCount() >= 2; }));
    QTableView *table = list->listPage()->view();

    table->clearSelection();
    CHECK_FALSE(list->addFollowUpAction()->isEnabled());
    table->selectAll();
    CHECK_FALSE(list->addFollowUpAction()->isEnabled()); // one opportunity at a time
    table->clearSelection();
    table->selectRow(1);
    REQUIRE(list->addFollowUpAction()->isEnabled());

    const qint64 id = model->idAt(1);
    const qint64 before = ServerFixture::get(*api, u"/opportunities/%1/follow-ups"_s.arg(id)).json.value(u"total"_s).toInteger();
    list->addFollowUpAction()->trigger();
    auto *dialog = visibleDialog<ChildRecordDialog>(list);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->opportunityId() == id);
    CHECK(dialog->windowTitle().contains(model->rowObject(1).value(u"title"_s).toString()));
    enterFollowUp(dialog, fixture.now().date(), u"Called about the spare cameras"_s);
    const Answer after = ServerFixture::get(*api, u"/opportunities/%1/follow-ups"_s.arg(id));
    REQUIRE(after.status == 200);
    CHECK(after.json.value(u"total"_s).toInteger() == before + 1);
}

TEST_CASE("Opportunity card: advice the server refuses is explained in the dialog", "[card]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    TestWorkspace workspace(*api);
    const QJsonArray items = ServerFixture::get(*api, u"/opportunities"_s).json.value(u"items"_s).toArray();
    REQUIRE_FALSE(items.isEmpty());
    const qint64 id = items.first().toObject().value(u"id"_s).toInteger();
    OpportunityCard card(workspace, id);
    card.show();
    waitForCard(&card);
    ChildRecordsTab *advice = card.childTab(u"advice"_s);
    REQUIRE(advice != nullptr);
    // The owner does not advise themselves: the action is greyed out, and the server refuses it anyway.
    CHECK_FALSE(advice->addRecordAction()->isEnabled());
    ChildRecordDialog *dialog = advice->addRecord();
    REQUIRE(dialog != nullptr);
    auto *text = child<QPlainTextEdit>(dialog, u"textEdit"_s);
    text->setFocus();
    typeText(text, u"Call the customer before Friday"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([dialog] { return !dialog->isBusy() && !dialog->messageText().isEmpty(); }));
    CHECK(dialog->isVisible());
    CHECK(dialog->messageText() == advice->kind().forbiddenText);
}

TEST_CASE("Opportunity dialog: the lock refusal names the holder", "[dialog]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    // An open opportunity of sales.east1 (陈静)…
    auto east1 = fixture.login(u"sales.east1"_s);
    QJsonObject held;
    for (const QJsonValue &value : ServerFixture::get(*east1, u"/opportunities"_s, params({{u"kind"_s, u"system"_s}, {u"limit"_s, u"200"_s}}))
                                       .json.value(u"items"_s)
                                       .toArray()) {
        const QJsonObject row = value.toObject();
        if (!Opportunity::isClosedStage(row.value(u"stage"_s).toString())) {
            held = row;
            break;
        }
    }
    REQUIRE_FALSE(held.isEmpty());

    // …which sales.east2 tries to open again for the same customer and project.
    auto east2 = fixture.login(u"sales.east2"_s);
    TestWorkspace workspace(*east2);
    OpportunityDialog dialog(workspace);
    dialog.show();
    dialog.setCustomer(held.value(u"customer_id"_s).toInteger(), held.value(u"customer_name"_s).toString());
    child<QLineEdit>(&dialog, u"titleEdit"_s)->setText(held.value(u"title"_s).toString());
    auto *source = child<QComboBox>(&dialog, u"sourceCombo"_s);
    source->setCurrentIndex(source->findData(u"referral"_s));
    child<QLineEdit>(&dialog, u"amountEdit"_s)->setText(u"100000"_s);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&dialog] { return !dialog.isBusy() && !dialog.messageText().isEmpty(); }));
    INFO(dialog.messageText().toStdString());
    CHECK(dialog.isVisible());
    CHECK(dialog.messageText().contains(held.value(u"owner_name"_s).toString()));
    CHECK(dialog.messageText().contains(u"since"_s));
}
