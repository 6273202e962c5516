// Widget tests of the contracts in the client — a won quote becomes a contract by right-click with its
// generated 30/60/10 plan; finance records an invoice and a payment against the advance node; a milestone
// is submitted and approved and the due dates follow; the plan's sum check; the AR report and its
// drill-down — against a real in-process server with the demo company.

#include "allocationmodel.h"
#include "changerequestdialog.h"
#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "clienttestsupport.h"
#include "contractcard.h"
#include "contractlistpage.h"
#include "contracttermstab.h"
#include "contractversiondialog.h"
#include "formatting.h"
#include "invoicedialog.h"
#include "labels.h"
#include "listpage.h"
#include "mainwindow.h"
#include "moneyedit.h"
#include "notificationtext.h"
#include "opportunitycard.h"
#include "paymentdialog.h"
#include "plannodemodel.h"
#include "quoteactions.h"
#include "quotecommentdialog.h"
#include "quotelistpage.h"
#include "quotetesting.h"
#include "reportmodel.h"
#include "reportspage.h"
#include "reportview.h"
#include "serverfixture.h"
#include "settlementplantab.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

/**
 * A quote of sales.east1 for one of their open system opportunities, submitted, approved by manager.east and
 * won through the API: what "Create contract" starts from. amountMinor is the net price of its one line.
 */
QJsonObject wonSystemQuote(ServerFixture &fixture, qint64 amountMinor = 100'000'003)
{
    auto east1 = fixture.login(u"sales.east1"_s);
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 opportunityId = QuoteTesting::openOpportunity(fixture, u"sales.east1"_s, u"system"_s, u"CNY"_s);
    const Answer created = ServerFixture::call(
        *east1, "POST", u"/opportunities/%1/quotes"_s.arg(opportunityId),
        {{u"lines"_s, QJsonArray{QuoteTesting::line(u"Online inspection system"_s, 1, amountMinor, u"CNY"_s)}}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    const qint64 quoteId = created.json.value(u"id"_s).toInteger();
    REQUIRE(QuoteTesting::act(*east1, quoteId, u"submit"_s).status == 200);
    REQUIRE(QuoteTesting::act(*manager, quoteId, u"approve"_s).status == 200);
    const Answer won = QuoteTesting::act(*east1, quoteId, u"win"_s);
    INFO(won.body.toStdString());
    REQUIRE(won.status == 200);
    return QuoteTesting::quote(*east1, quoteId);
}

/** A contract made from a fresh won quote through the API (REQUIREs 201). */
QJsonObject contractFromQuote(ServerFixture &fixture)
{
    const QJsonObject quote = wonSystemQuote(fixture);
    auto east1 = fixture.login(u"sales.east1"_s);
    const Answer created = ServerFixture::call(*east1, "POST", u"/quotes/%1/contract"_s.arg(quote.value(u"id"_s).toInteger()));
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    return created.json;
}

QList<PlanNode> serverPlan(ApiClient &client, qint64 contractId)
{
    const Answer plan = ServerFixture::get(client, u"/contracts/%1/plan"_s.arg(contractId));
    INFO(plan.body.toStdString());
    REQUIRE(plan.status == 200);
    QList<PlanNode> nodes;
    for (const QJsonValue &node : plan.json.value(u"nodes"_s).toArray())
        nodes.append(PlanNode::fromJson(node.toObject()));
    return nodes;
}

/** The contract card the window shows now (REQUIREs one) once it and its plan have loaded. */
ContractCard *currentContractCard(const MainWindow &window)
{
    REQUIRE(waitUntil([&window] { return qobject_cast<ContractCard *>(window.currentPage()) != nullptr; }));
    auto *card = qobject_cast<ContractCard *>(window.currentPage());
    waitForCard(card);
    REQUIRE(waitUntil([card] { return card->planTab()->isLoaded(); }));
    return card;
}

/** Waits until the card has reloaded after a change and its plan shows condition. */
void waitForPlan(ContractCard *card, const std::function<bool(const QList<PlanNode> &)> &condition)
{
    REQUIRE(waitUntil([card, &condition] {
        return card->state() == CardPage::State::Ready && !card->planTab()->model()->nodes().isEmpty()
            && condition(card->planTab()->model()->nodes());
    }));
}

QString factText(const CardPage *card, const QString &name)
{
    return child<QLabel>(card, name)->text();
}

/** Right-clicks the plan's node row and picks the action (REQUIREs it is there and enabled). */
void chooseNodeAction(ContractCard *card, int row, const QString &actionName)
{
    auto *tabs = child<QTabWidget>(card, u"cardTabs"_s);
    tabs->setCurrentWidget(child<QWidget>(card, u"planTab"_s));
    QTableView *table = card->planTab()->table();
    chooseFromContextMenu(table, table->model()->index(row, PlanNodeModel::NameColumn), actionName);
}

} // namespace

TEST_CASE("Contracts: a won quote becomes a contract, finance records an invoice and a payment, a milestone "
          "moves the due dates, the AR report drills down to it",
          "[contracts]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QDate today = fixture.now().date(); // the server's clock
    const QJsonObject quote = wonSystemQuote(fixture);
    const qint64 quoteId = quote.value(u"id"_s).toInteger();
    const Money total = *Money::fromJson(quote.value(u"totals"_s).toObject().value(u"total"_s));

    auto east1 = fixture.login(u"sales.east1"_s);
    MainWindow window(*east1);
    window.show();

    // Right-click the won quote in the quotes module → Create contract: the new draft opens.
    window.openDocument(u"quotes"_s);
    auto *quotes = waitForCurrentPage<QuoteListPage>(window, u"quotes"_s);
    RemoteListModel *quoteModel = quotes->listPage()->model();
    loadAllRows(quoteModel);
    const int quoteRow = quoteModel->rowOfId(quoteId);
    REQUIRE(quoteRow >= 0);
    chooseFromContextMenu(quotes->listPage()->view(), quoteModel->index(quoteRow, 0), u"createContractAction"_s);
    ContractCard *card = currentContractCard(window);
    const qint64 contractId = card->contractId();
    CHECK(card->contract().status == Contract::StatusDraft);
    CHECK(card->contract().quoteId == quoteId);
    CHECK(card->contract().amount == total);
    CHECK(card->contract().contractType == SettlementRule::TypeSystemProject);
    CHECK(card->contract().items.size() == 1);

    // The plan generated by the rule: 30 / 60 / 10, adding up exactly to the amount.
    const QList<PlanNode> generated = card->planTab()->model()->nodes();
    REQUIRE(generated.size() == 3);
    const QList<Money> expected = total.allocate({3000, 6000, 1000});
    for (int i = 0; i < 3; ++i)
        CHECK(generated.at(i).planned == expected.at(i));
    CHECK(generated.at(0).trigger == SettlementTrigger::Signing);
    CHECK(generated.at(1).trigger == SettlementTrigger::Shipment);
    CHECK(generated.at(2).trigger == SettlementTrigger::FinalAcceptance);
    CHECK(card->planTab()->model()->difference().minorUnits() == 0);
    CHECK(card->planTab()->sumText().contains(Format::money(total)));
    CHECK(factText(card, u"factReceived"_s).startsWith(Format::percent(0)));
    CHECK(factText(card, u"factAmount"_s) == Format::money(total));
    // The advance falls due 15 days after signing; the shipment has no date yet.
    CHECK(generated.at(0).dueDate() == card->contract().signingDate.addDays(15));
    CHECK_FALSE(generated.at(1).dueDate().isValid());
    CHECK(factText(card, u"factNextDue"_s).contains(Labels::planNodeName(generated.at(0).name)));
    // The contract stems from the quote.
    const Answer fromQuote =
        ServerFixture::get(*east1, u"/contracts"_s, params({{u"quote_id"_s, QString::number(quoteId)}}));
    CHECK(idsOf(fromQuote.json.value(u"items"_s).toArray()) == QList<qint64>{contractId});

    // Finance opens the contract and records the advance invoice against its node.
    auto finance = fixture.login(u"finance"_s);
    MainWindow financeWindow(*finance);
    financeWindow.show();
    financeWindow.openContract(contractId);
    ContractCard *financeCard = currentContractCard(financeWindow);
    chooseNodeAction(financeCard, 0, u"recordInvoiceAction"_s);
    auto *invoice = visibleDialog<InvoiceDialog>(financeCard);
    REQUIRE(invoice != nullptr);
    CHECK(invoice->amountEdit()->value() == expected.at(0)); // what is left to invoice on the node
    CHECK(invoice->allocations()->part(0) == expected.at(0));
    invoice->numberEdit()->setFocus();
    typeText(invoice->numberEdit(), u"INV-2026-0815"_s);
    invoice->dateEdit()->setDate(today);
    QPointer<InvoiceDialog> invoiceGuard(invoice);
    QTest::mouseClick(invoice->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([invoiceGuard] { return !invoiceGuard || !invoiceGuard->isVisible(); }));
    waitForPlan(financeCard, [&](const QList<PlanNode> &nodes) { return nodes.at(0).invoiced == expected.at(0); });
    CHECK(factText(financeCard, u"factInvoiced"_s).startsWith(Format::percent(3000)));
    CHECK(factText(financeCard, u"factReceived"_s).startsWith(Format::percent(0)));

    // … and the payment received for it.
    chooseNodeAction(financeCard, 0, u"recordPaymentAction"_s);
    auto *payment = visibleDialog<PaymentDialog>(financeCard);
    REQUIRE(payment != nullptr);
    CHECK(payment->amountEdit()->value() == expected.at(0));
    CHECK(payment->allocations()->part(0) == expected.at(0));
    REQUIRE(waitUntil([payment] { return payment->allocations()->data(payment->allocations()->index(0, AllocationModel::InvoiceColumn), AllocationModel::ChoicesRole).toList().size() == 2; }));
    payment->dateEdit()->setDate(today);
    payment->referenceEdit()->setFocus();
    typeText(payment->referenceEdit(), u"ICBC 2026110200417"_s);
    QPointer<PaymentDialog> paymentGuard(payment);
    QTest::mouseClick(payment->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([paymentGuard] { return !paymentGuard || !paymentGuard->isVisible(); }));
    INFO("payment dialog: " << (paymentGuard ? paymentGuard->messageText().toStdString() : std::string()));

    // The header and the plan follow: 30 % received, nothing outstanding on the advance.
    waitForPlan(financeCard, [&](const QList<PlanNode> &nodes) { return nodes.at(0).received == expected.at(0); });
    REQUIRE(waitUntil([financeCard] { return factText(financeCard, u"factReceived"_s).startsWith(Format::percent(3000)); }));
    CHECK(factText(financeCard, u"factReceived"_s) == u"%1 · %2"_s.arg(Format::percent(3000), Format::money(expected.at(0))));
    CHECK(child<QProgressBar>(financeCard, u"factReceivedBar"_s)->value() == 3000);
    PlanNodeModel *plan = financeCard->planTab()->model();
    CHECK(plan->data(plan->index(0, PlanNodeModel::OutstandingColumn)).toString() == Format::amount(Money::zero(u"CNY"_s)));
    CHECK(plan->data(plan->index(0, PlanNodeModel::ReceivedColumn)).toString() == Format::amount(expected.at(0)));
    ChildRecordsTab *payments = financeCard->childTab(u"payments"_s);
    REQUIRE(waitUntil([payments] { return payments->isLoaded() && payments->count() == 1; }));

    // sales.east1 reports the shipment: right-click the shipment node → Submit milestone achieved….
    card->refresh();
    REQUIRE(waitUntil([card] { return card->state() == CardPage::State::Ready && card->planTab()->isLoaded(); }));
    chooseNodeAction(card, 1, u"submitMilestoneAction"_s);
    auto *milestone = visibleDialog<ChildRecordDialog>(card);
    REQUIRE(milestone != nullptr);
    CHECK(static_cast<QComboBox *>(milestone->fieldWidget(u"trigger"_s))->currentData().toString()
          == SettlementTrigger::Shipment);
    const QDate shipped = today.addDays(-3);
    static_cast<QDateEdit *>(milestone->fieldWidget(u"achieved_on"_s))->setDate(shipped);
    auto *evidence = static_cast<QPlainTextEdit *>(milestone->fieldWidget(u"evidence"_s));
    evidence->setFocus();
    typeText(evidence, u"B/L COSU6283947150, Shanghai to Hamburg"_s);
    QPointer<ChildRecordDialog> milestoneGuard(milestone);
    QTest::mouseClick(milestone->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([milestoneGuard] { return !milestoneGuard || !milestoneGuard->isVisible(); }));

    // manager.east approves it in the Milestones tab; the shipment node falls due 30 days after it.
    auto manager = fixture.login(u"manager.east"_s);
    MainWindow managerWindow(*manager);
    managerWindow.show();
    managerWindow.openContract(contractId);
    ContractCard *managerCard = currentContractCard(managerWindow);
    ChildRecordsTab *milestones = managerCard->childTab(u"milestones"_s);
    REQUIRE(waitUntil([milestones] { return milestones->isLoaded() && milestones->count() == 1; }));
    auto *managerTabs = child<QTabWidget>(managerCard, u"cardTabs"_s);
    managerTabs->setCurrentWidget(child<QWidget>(managerCard, u"milestonesTab"_s));
    chooseFromContextMenu(milestones->listPage()->view(), milestones->listPage()->model()->index(0, 0),
                          u"milestonesApproveAction"_s);
    auto *approval = visibleDialog<QuoteCommentDialog>(managerCard);
    REQUIRE(approval != nullptr);
    QTest::mouseClick(approval->confirmButton(), Qt::LeftButton);
    waitForPlan(managerCard, [&](const QList<PlanNode> &nodes) { return nodes.at(1).achievedDate == shipped; });
    CHECK(managerCard->planTab()->model()->node(1).dueDate() == shipped.addDays(30));
    CHECK(managerCard->planTab()->model()->data(managerCard->planTab()->model()->index(1, PlanNodeModel::DueColumn)).toString()
          == Format::date(shipped.addDays(30)));
    const QList<PlanNode> stored = serverPlan(*manager, contractId);
    CHECK(stored.at(1).dueDate() == shipped.addDays(30));
    CHECK_FALSE(stored.at(2).dueDate().isValid()); // final acceptance has not happened

    // The contract comes into force: only then is its open money receivable.
    REQUIRE(ServerFixture::call(*east1, "POST", u"/contracts/%1/activate"_s.arg(contractId)).status == 200);

    // Finance looks at the receivables as of today: the customer's row shows what is open, and leads to the
    // contract.
    financeWindow.openDocument(u"reports"_s);
    auto *reports = waitForCurrentPage<ReportsPage>(financeWindow, u"reports"_s);
    ReportView *ageing = reports->showReport(u"arAgeing"_s);
    REQUIRE(ageing != nullptr);
    ageing->asOfEdit()->setDate(today);
    ageing->groupingCombo()->setCurrentIndex(ageing->groupingCombo()->findData(u"customer"_s));
    REQUIRE(waitUntil([ageing] { return ageing->isLoaded() && !ageing->isLoading(); }));
    const Answer expectedReport = ServerFixture::get(
        *finance, u"/reports/ar-ageing"_s,
        params({{u"as_of"_s, Wire::dateToWire(today)}, {u"group_by"_s, u"customer"_s}}));
    REQUIRE(expectedReport.status == 200);
    ReportModel *rows = ageing->model();
    const QString customerKey = QString::number(card->contract().customerId);
    int customerRow = -1;
    for (int row = 0; row < rows->dataRowCount(); ++row)
        if (rows->rowObject(row).value(u"key"_s).toVariant().toString() == customerKey
            && rows->rowObject(row).value(u"currency"_s).toString() == u"CNY"_s)
            customerRow = row;
    REQUIRE(customerRow >= 0);
    // At least the 70 % still to come on this contract is open for the customer.
    const Money open = rows->money(customerRow, u"total"_s);
    CHECK_FALSE(open < total - expected.at(0));
    const int totalColumn = int(rows->columns().size()) - 1;
    CHECK(rows->text(customerRow, totalColumn) == Format::amount(open));
    CHECK(rows->isTotal(rows->rowCount() - 1));
    CHECK(rows->text(rows->rowCount() - 1, 0).startsWith(u"Total"_s));

    // The contracts with money open come below the groups, a page at a time.
    ReportModel *behind = ageing->rowModel();
    CHECK_FALSE(ageing->isDrilledDown());
    CHECK(behind->available() >= 1);

    // Double-click the customer: the rows narrow to the contracts behind its figures, this one among them.
    doubleClick(ageing->table(), rows->index(customerRow, 0));
    REQUIRE(waitUntil([ageing] { return !ageing->isLoading(); }));
    CHECK(ageing->isDrilledDown());
    CHECK(ageing->rowsCaption().contains(rows->rowObject(customerRow).value(u"label"_s).toString()));
    CHECK(child<QPushButton>(ageing, u"showAllRowsButton"_s)->isVisible());
    const Answer expectedRows = ServerFixture::get(
        *finance, u"/reports/ar-ageing/rows"_s,
        params({{u"as_of"_s, Wire::dateToWire(today)}, {u"group_by"_s, u"customer"_s}, {u"group_key"_s, customerKey},
                {u"currency"_s, u"CNY"_s}}));
    REQUIRE(expectedRows.status == 200);
    CHECK(behind->available() == expectedRows.json.value(u"total"_s).toInteger());
    int contractRow = -1;
    Money sum = Money::zero(u"CNY"_s);
    for (int row = 0; row < behind->dataRowCount(); ++row) {
        CHECK(behind->rowObject(row).value(u"customer_id"_s).toInteger() == card->contract().customerId);
        sum += behind->money(row, u"total"_s);
        if (behind->rowObject(row).value(u"contract_id"_s).toInteger() == contractId)
            contractRow = row;
    }
    REQUIRE(contractRow >= 0);
    CHECK(sum == open); // the rows add up to the figure
    CHECK(behind->money(contractRow, u"total"_s) == total - expected.at(0));

    // … and the contract's row opens its card.
    doubleClick(ageing->rowTable(), behind->index(contractRow, 0));
    waitForCurrentPage<ContractCard>(financeWindow, u"contract:%1"_s.arg(contractId));

    // Back in the report, every row again.
    financeWindow.openDocument(u"reports"_s);
    QTest::mouseClick(child<QPushButton>(ageing, u"showAllRowsButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([ageing] { return !ageing->isLoading(); }));
    CHECK_FALSE(ageing->isDrilledDown());
}

TEST_CASE("Settlement plan: the sum check flags a plan that does not add up as it is typed and refuses to send it",
          "[contracts]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QJsonObject contract = contractFromQuote(fixture);
    const qint64 contractId = contract.value(u"id"_s).toInteger();
    auto admin = fixture.login(u"contracts"_s);
    TestWorkspace workspace(*admin);
    ContractCard card(workspace, contractId);
    card.resize(1300, 860);
    card.show();
    waitForCard(&card);
    SettlementPlanTab *planTab = card.planTab();
    REQUIRE(waitUntil([planTab] { return planTab->isLoaded(); }));
    PlanNodeModel *plan = planTab->model();
    REQUIRE(plan->isEditable());
    const QList<PlanNode> before = plan->nodes();
    const Money hundred(10000, plan->currency());

    // 100 off the advance: the difference shows at once, in red, and Save does not send it.
    REQUIRE(plan->setData(plan->index(0, PlanNodeModel::PlannedColumn), (before.at(0).planned - hundred).toDecimalString()));
    CHECK(planTab->hasUnsavedChanges());
    CHECK(card.hasUnsavedChanges());
    CHECK(plan->difference() == -hundred);
    CHECK(planTab->sumText().contains(Format::money(hundred)));
    CHECK_FALSE(child<QLabel>(planTab, u"planSumLabel"_s)->property("matches").toBool());
    CHECK(plan->data(plan->index(0, PlanNodeModel::ShareColumn)).toString() != Format::percent(3000));
    REQUIRE(planTab->saveButton()->isEnabled());
    QTest::mouseClick(planTab->saveButton(), Qt::LeftButton);
    CHECK_FALSE(planTab->isBusy()); // refused here, nothing sent
    CHECK(planTab->invalidField() == u"nodes"_s);
    CHECK(planTab->messageText().contains(Format::money(hundred)));
    CHECK(serverPlan(*admin, contractId).at(0).planned == before.at(0).planned);

    // Moving the 100 to the final node makes it add up: saved with If-Match, the server keeps it.
    REQUIRE(plan->setData(plan->index(2, PlanNodeModel::PlannedColumn), (before.at(2).planned + hundred).toDecimalString()));
    CHECK(plan->difference().minorUnits() == 0);
    CHECK(child<QLabel>(planTab, u"planSumLabel"_s)->property("matches").toBool());
    QTest::mouseClick(planTab->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([planTab] { return !planTab->isBusy() && !planTab->hasUnsavedChanges(); }));
    INFO(planTab->messageText().toStdString());
    const QList<PlanNode> after = serverPlan(*admin, contractId);
    CHECK(after.at(0).planned == before.at(0).planned - hundred);
    CHECK(after.at(2).planned == before.at(2).planned + hundred);

    // The contract administrator puts the contract in force: its terms are closed to editing from then on.
    CHECK(workspace.changes > 0);
    QSignalSpy reloaded(&card, &CardPage::loaded);
    card.refresh(); // as the main window does when told of the change
    REQUIRE(reloaded.wait(10000));
    auto *activate = card.activateButton();
    REQUIRE(activate->isVisible());
    REQUIRE(card.termsTab()->isEditable());
    QTest::mouseClick(activate, Qt::LeftButton);
    QMessageBox *confirm = nullptr;
    REQUIRE(waitUntil([&card, &confirm] {
        confirm = card.findChild<QMessageBox *>(u"confirmTransitionBox"_s);
        return confirm && confirm->isVisible();
    }));
    const int changesBefore = workspace.changes;
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        auto *error = card.findChild<QMessageBox *>(u"contractActionErrorBox"_s);
        INFO("refused: " << (error ? error->informativeText().toStdString() : std::string()));
        return workspace.changes > changesBefore || error;
    }));
    REQUIRE(workspace.changes > changesBefore);
    card.refresh();
    REQUIRE(waitUntil([&card] { return card.contract().status == Contract::StatusActive; }));
    CHECK_FALSE(card.termsTab()->isEditable());
    CHECK(child<QLabel>(&card, u"termsBannerText"_s)->isVisibleTo(&card));
    CHECK(card.changeButton()->isVisibleTo(&card));
    CHECK_FALSE(card.activateButton()->isVisibleTo(&card));
    CHECK(child<QLabel>(&card, u"cardStatusChip"_s)->text() == Labels::contractStatus(Contract::StatusActive));

    // A salesperson sees the plan but does not edit it.
    auto east1 = fixture.login(u"sales.east1"_s);
    TestWorkspace salesWorkspace(*east1);
    ContractCard salesCard(salesWorkspace, contractId);
    waitForCard(&salesCard);
    REQUIRE(waitUntil([&salesCard] { return salesCard.planTab()->isLoaded(); }));
    CHECK_FALSE(salesCard.planTab()->model()->isEditable());
    CHECK_FALSE(salesCard.planTab()->saveButton()->isVisibleTo(&salesCard));
}

TEST_CASE("Payment dialog: over-allocation shows at once, is refused before sending, and the server's refusal "
          "lands on the part",
          "[contracts]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QJsonObject contract = contractFromQuote(fixture);
    const qint64 contractId = contract.value(u"id"_s).toInteger();
    auto finance = fixture.login(u"finance"_s);
    TestWorkspace workspace(*finance);
    ContractCard card(workspace, contractId);
    card.show();
    waitForCard(&card);
    REQUIRE(waitUntil([&card] { return card.planTab()->isLoaded(); }));
    const QList<PlanNode> nodes = card.planTab()->model()->nodes();
    const QDate today = fixture.now().date();

    PaymentDialog *dialog = card.recordPayment(nodes.at(0).id);
    REQUIRE(dialog != nullptr);
    dialog->dateEdit()->setDate(today);
    AllocationModel *allocations = dialog->allocations();
    // More on the advance than is planned on it: red at once.
    const Money tooMuch = nodes.at(0).planned + Money(100, nodes.at(0).planned.currency());
    REQUIRE(allocations->setData(allocations->index(0, AllocationModel::AmountColumn), tooMuch.toDecimalString()));
    CHECK(allocations->isTouched());
    CHECK(allocations->data(allocations->index(0, AllocationModel::AmountColumn), Qt::ForegroundRole).isValid());
    CHECK(dialog->allocationText().contains(u"too much"_s));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    CHECK_FALSE(dialog->isBusy());
    CHECK(dialog->invalidField() == u"allocations[0].amount"_s);
    CHECK(allocations->errorIndex() == allocations->index(0, AllocationModel::AmountColumn));

    // Back within the node — but someone recorded part of it meanwhile: the server refuses, on the same cell.
    REQUIRE(allocations->setData(allocations->index(0, AllocationModel::AmountColumn), nodes.at(0).planned.toDecimalString()));
    CHECK_FALSE(allocations->errorIndex().isValid());
    const Answer other = ServerFixture::call(
        *finance, "POST", u"/contracts/%1/payments"_s.arg(contractId),
        {{u"received_on"_s, Wire::dateToWire(today)},
         {u"amount"_s, Money(50000, nodes.at(0).planned.currency()).toJson()},
         {u"method"_s, u"bank_transfer"_s},
         {u"allocations"_s, QJsonArray{QJsonObject{{u"node_id"_s, nodes.at(0).id},
                                                   {u"amount"_s, Money(50000, nodes.at(0).planned.currency()).toJson()}}}}});
    INFO(other.body.toStdString());
    REQUIRE(other.status == 201);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([dialog] { return !dialog->isBusy(); }));
    CHECK(dialog->isVisible());
    CHECK(dialog->invalidField().startsWith(u"allocations"_s));
    CHECK(allocations->errorIndex() == allocations->index(0, AllocationModel::AmountColumn));
    dialog->reject();
}

TEST_CASE("Create contract is offered on won quotes and won opportunities only", "[contracts]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QJsonObject quote = wonSystemQuote(fixture);
    const qint64 opportunityId = quote.value(u"opportunity_id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    TestWorkspace workspace(*east1);

    // The won opportunity's card: "Create contract" makes the contract of its won quote and opens it.
    OpportunityCard card(workspace, opportunityId);
    card.show();
    waitForCard(&card);
    REQUIRE(card.createContractButton()->isVisible());
    QTest::mouseClick(card.createContractButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&workspace] { return !workspace.openedContracts.isEmpty(); }));
    const qint64 contractId = workspace.openedContracts.constFirst();
    const Answer contract = ServerFixture::get(*east1, u"/contracts/%1"_s.arg(contractId));
    REQUIRE(contract.status == 200);
    CHECK(contract.json.value(u"quote_id"_s).toInteger() == quote.value(u"id"_s).toInteger());

    // The quote has its contract now: asking again offers to open that one.
    const QJsonObject wonQuote = QuoteTesting::quote(*east1, quote.value(u"id"_s).toInteger());
    QuoteActions actions(workspace, [&wonQuote] { return wonQuote; }, &card);
    workspace.openedContracts.clear();
    actions.trigger(QuoteActions::Operation::CreateContract);
    QMessageBox *box = nullptr;
    REQUIRE(waitUntil([&card, &box] {
        box = card.findChild<QMessageBox *>(u"contractActionErrorBox"_s);
        return box && box->isVisible();
    }));
    auto *openExisting = child<QAbstractButton>(box, u"openExistingContractButton"_s);
    QTest::mouseClick(openExisting, Qt::LeftButton);
    REQUIRE(waitUntil([&workspace] { return !workspace.openedContracts.isEmpty(); }));
    CHECK(workspace.openedContracts == QList<qint64>{contractId});

    // An opportunity still open has no such button.
    const qint64 open = QuoteTesting::openOpportunity(fixture, u"sales.east1"_s, u"system"_s, u"CNY"_s);
    OpportunityCard openCard(workspace, open);
    openCard.show();
    waitForCard(&openCard);
    CHECK_FALSE(openCard.createContractButton()->isVisible());
}

TEST_CASE("Contract change: an approved amount change re-spreads the unpaid nodes, every version stays readable",
          "[contracts]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QJsonObject contract = contractFromQuote(fixture);
    const qint64 contractId = contract.value(u"id"_s).toInteger();
    const Money amount = *Money::fromJson(contract.value(u"amount"_s));
    auto east1 = fixture.login(u"sales.east1"_s);
    auto finance = fixture.login(u"finance"_s);
    REQUIRE(ServerFixture::call(*east1, "POST", u"/contracts/%1/activate"_s.arg(contractId)).status == 200);
    const QList<PlanNode> before = serverPlan(*finance, contractId);
    const QDate today = fixture.now().date();
    const QJsonArray advance{QJsonObject{{u"node_id"_s, before.at(0).id}, {u"amount"_s, before.at(0).planned.toJson()}}};
    const Answer paid = ServerFixture::call(*finance, "POST", u"/contracts/%1/payments"_s.arg(contractId),
                                            {{u"received_on"_s, Wire::dateToWire(today)},
                                             {u"amount"_s, before.at(0).planned.toJson()},
                                             {u"method"_s, u"bank_transfer"_s},
                                             {u"allocations"_s, advance}});
    INFO(paid.body.toStdString());
    REQUIRE(paid.status == 201);

    // The owner asks for 100,000.00 more.
    TestWorkspace salesWorkspace(*east1);
    ContractCard salesCard(salesWorkspace, contractId);
    salesCard.show();
    waitForCard(&salesCard);
    REQUIRE(salesCard.changeButton()->isVisible());
    QTest::mouseClick(salesCard.changeButton(), Qt::LeftButton);
    auto *request = visibleDialog<ChangeRequestDialog>(&salesCard);
    REQUIRE(request != nullptr);
    const Money more(10'000'000, amount.currency());
    request->amountCheck()->setChecked(true);
    request->amountEdit()->setValue(amount + more);
    request->reasonEdit()->setFocus();
    typeText(request->reasonEdit(), u"Second camera station added"_s);
    QPointer<ChangeRequestDialog> requestGuard(request);
    QTest::mouseClick(request->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([requestGuard] { return !requestGuard || !requestGuard->isVisible(); }));

    // manager.east approves it in the Changes tab.
    auto manager = fixture.login(u"manager.east"_s);
    TestWorkspace managerWorkspace(*manager);
    ContractCard card(managerWorkspace, contractId);
    card.show();
    waitForCard(&card);
    ChildRecordsTab *changes = card.childTab(u"changes"_s);
    REQUIRE(waitUntil([changes] { return changes->isLoaded() && changes->count() == 1; }));
    changes->listPage()->view()->selectRow(0);
    REQUIRE(card.approveAction(u"changes"_s)->isEnabled());
    card.approveAction(u"changes"_s)->trigger();
    auto *approval = visibleDialog<QuoteCommentDialog>(&card);
    REQUIRE(approval != nullptr);
    QTest::mouseClick(approval->confirmButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return serverPlan(*manager, contractId).size() == 3 && managerWorkspace.changes > 0; }));
    QSignalSpy reloaded(&card, &CardPage::loaded);
    card.refresh();
    REQUIRE(reloaded.wait(10000));
    REQUIRE(waitUntil([&card] { return card.planTab()->isLoaded() && !card.planTab()->model()->nodes().isEmpty(); }));
    waitForPlan(&card, [&](const QList<PlanNode> &nodes) { return SettlementPlan::total(nodes, amount.currency()) == amount + more; });

    // What is received stays on the advance; the rest follows the open nodes.
    const QList<PlanNode> after = card.planTab()->model()->nodes();
    CHECK(after.at(0).planned == before.at(0).planned);
    CHECK(after.at(1).planned + after.at(2).planned == before.at(1).planned + before.at(2).planned + more);
    CHECK(before.at(1).planned < after.at(1).planned);
    CHECK(card.contract().amount == amount + more);
    CHECK(card.contract().revision == 2);
    CHECK(factText(&card, u"factAmount"_s) == Format::money(amount + more));

    // The versions: the one signed keeps the old amount and plan.
    ListPage *versions = card.versionList();
    RemoteListModel *versionModel = versions->model();
    REQUIRE(waitUntil([versionModel] { return !versionModel->isLoading() && versionModel->rowCount() >= 2; }));
    int first = -1;
    for (int row = 0; row < versionModel->rowCount(); ++row)
        if (versionModel->rowObject(row).value(u"revision"_s).toInt() == 1)
            first = row;
    REQUIRE(first >= 0);
    ContractVersionDialog signedVersion(versionModel->rowObject(first), &card);
    CHECK(signedVersion.planModel()->amount() == amount);
    CHECK(signedVersion.planModel()->nodes().at(1).planned == before.at(1).planned);
}

TEST_CASE("Notifications about milestones and contract changes read as sentences", "[contracts]")
{
    Notification submitted;
    submitted.kind = u"milestone_submitted"_s;
    submitted.details = {{u"contract_id"_s, 7},
                         {u"number"_s, u"C-2026-0007"_s},
                         {u"customer_name"_s, u"江苏恒达钢铁有限公司"_s},
                         {u"by_name"_s, u"陈静"_s},
                         {u"request"_s, QJsonObject{{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-10-30"_s}}}};
    CHECK(NotificationText::line(submitted)
          == u"陈静 reports Shipment achieved on %1 for C-2026-0007 (江苏恒达钢铁有限公司): please confirm"_s.arg(
              Format::date(QDate(2026, 10, 30))));
    CHECK(NotificationText::heading(submitted.kind) == u"Milestone waiting for your confirmation"_s);

    Notification rejected;
    rejected.kind = u"contract_change_rejected"_s;
    rejected.details = {{u"contract_id"_s, 7},
                        {u"number"_s, u"C-2026-0007"_s},
                        {u"by_name"_s, u"李明"_s},
                        {u"request"_s, QJsonObject{{u"comment"_s, u"Amount too low"_s}}}};
    CHECK(NotificationText::line(rejected) == u"李明 rejected the change of C-2026-0007: Amount too low"_s);
}
