// Widget test of the approvals inbox (Ctrl+5): quotes, milestones and contract changes waiting for the user, each
// named by its kind and counted on the module button; double-click opens the right card, the right mouse button
// approves or rejects — against a real in-process server with the demo company.

#include "approvalspage.h"
#include "clienttestsupport.h"
#include "contractcard.h"
#include "contracttesting.h"
#include "listpage.h"
#include "mainwindow.h"
#include "quotecard.h"
#include "quotecommentdialog.h"
#include "serverfixture.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

QString requestStatus(ApiClient &client, qint64 contractId, const QString &path, qint64 requestId)
{
    return ServerFixture::get(client, u"/contracts/%1/%2/%3"_s.arg(contractId).arg(path).arg(requestId))
        .json.value(u"status"_s)
        .toString();
}

qint64 inboxTotal(ApiClient &client)
{
    return ServerFixture::get(client, u"/approvals"_s).json.value(u"total"_s).toInteger();
}

/** Right-clicks the item's row in the inbox and picks the action, then returns the dialog it opened. */
QuoteCommentDialog *decideFromMenu(ApprovalsPage *inbox, const QString &kind, qint64 id, const QString &actionName)
{
    RemoteListModel *model = inbox->listPage()->model();
    REQUIRE(waitUntil([inbox, model, &kind, id] { return !model->isLoading() && inbox->rowOf(kind, id) >= 0; }));
    chooseFromContextMenu(inbox->listPage()->view(), model->index(inbox->rowOf(kind, id), 0), actionName);
    auto *dialog = visibleDialog<QuoteCommentDialog>(inbox);
    REQUIRE(dialog != nullptr);
    return dialog;
}

} // namespace

TEST_CASE("The approvals inbox lists quotes, milestones and contract changes, opens their cards and decides them",
          "[approvals]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    const QJsonObject contract = ContractTesting::newContract(fixture, u"sales.east1"_s, u"system"_s, 1'000'000'00);
    const qint64 contractId = contract.value(u"id"_s).toInteger();
    auto east1 = fixture.login(u"sales.east1"_s);
    const Answer milestone = ContractTesting::post(*east1, contractId, u"milestones"_s,
                                                   {{u"trigger"_s, u"shipment"_s}, {u"achieved_on"_s, u"2026-10-28"_s},
                                                    {u"evidence"_s, u"B/L COSU123"_s}});
    REQUIRE(milestone.status == 201);
    const qint64 milestoneId = milestone.json.value(u"id"_s).toInteger();
    const Answer change = ContractTesting::post(*east1, contractId, u"changes"_s,
                                                {{u"reason"_s, u"Second line added"_s},
                                                 {u"new_amount"_s, ContractTesting::money(1'200'000'00)}});
    REQUIRE(change.status == 201);
    const qint64 changeId = change.json.value(u"id"_s).toInteger();
    auto manager = fixture.login(u"manager.east"_s);
    const QJsonArray quotes =
        ServerFixture::get(*manager, u"/approvals"_s, params({{u"kind"_s, u"quote"_s}})).json.value(u"items"_s).toArray();
    REQUIRE_FALSE(quotes.isEmpty()); // the demo leaves quotes waiting for manager.east
    const qint64 quoteId = quotes.at(0).toObject().value(u"id"_s).toInteger();

    // The module button counts everything waiting, requests included; Ctrl+5 opens the inbox.
    MainWindow window(*manager);
    window.show();
    REQUIRE(waitUntil([&window] { return window.approvalsAction()->isVisible(); }));
    const qint64 waiting = inboxTotal(*manager);
    REQUIRE(waitUntil([&window, waiting] { return window.pendingApprovals() == waiting; }));
    CHECK(window.approvalsAction()->iconText().contains(QString::number(waiting)));
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto *inbox = waitForCurrentPage<ApprovalsPage>(window, u"approvals"_s);
    RemoteListModel *model = inbox->listPage()->model();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    loadAllRows(model);
    CHECK(model->rowCount() == waiting);

    // Each kind says what it is and where it belongs.
    const int milestoneRow = inbox->rowOf(u"milestone"_s, milestoneId);
    const int changeRow = inbox->rowOf(u"contract_change"_s, changeId);
    const int quoteRow = inbox->rowOf(u"quote"_s, quoteId);
    REQUIRE(milestoneRow >= 0);
    REQUIRE(changeRow >= 0);
    REQUIRE(quoteRow >= 0);
    CHECK(model->index(milestoneRow, 0).data().toString() == ApprovalsPage::kindLabel(u"milestone"_s));
    CHECK(model->index(changeRow, 0).data().toString() == ApprovalsPage::kindLabel(u"contract_change"_s));
    CHECK(model->index(quoteRow, 0).data().toString() == ApprovalsPage::kindLabel(u"quote"_s));
    CHECK(model->index(milestoneRow, 1).data().toString() == contract.value(u"number"_s).toString());
    CHECK(model->index(changeRow, 3).data().toString() == u"Second line added"_s);

    // The kind filter narrows the list to one kind.
    inbox->kindFilter()->setCurrentIndex(inbox->kindFilter()->findData(u"milestone"_s));
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    loadAllRows(model);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->rowObject(row).value(u"kind"_s).toString() == u"milestone"_s);
    inbox->kindFilter()->setCurrentIndex(0);
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    loadAllRows(model);

    // Double-click opens the right card: the contract of a request, the quote of a quote.
    doubleClick(inbox->listPage()->view(), model->index(inbox->rowOf(u"milestone"_s, milestoneId), 1));
    waitForCurrentPage<ContractCard>(window, u"contract:%1"_s.arg(contractId));
    window.approvalsAction()->trigger();
    waitForCurrentPage<ApprovalsPage>(window, u"approvals"_s);
    doubleClick(inbox->listPage()->view(), model->index(inbox->rowOf(u"quote"_s, quoteId), 1));
    waitForCurrentPage<QuoteCard>(window, u"quote:%1"_s.arg(quoteId));
    window.approvalsAction()->trigger();
    waitForCurrentPage<ApprovalsPage>(window, u"approvals"_s);

    // The right mouse button approves the milestone and rejects the change, each asking for the comment first.
    QuoteCommentDialog *approval = decideFromMenu(inbox, u"milestone"_s, milestoneId, u"approveApprovalAction"_s);
    CHECK(approval->objectName() == u"approveRequestDialog"_s);
    QTest::mouseClick(approval->confirmButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return requestStatus(*manager, contractId, u"milestones"_s, milestoneId) == u"approved"_s; }));
    REQUIRE(waitUntil([inbox, model, milestoneId] { return !model->isLoading() && inbox->rowOf(u"milestone"_s, milestoneId) < 0; }));

    QuoteCommentDialog *rejection = decideFromMenu(inbox, u"contract_change"_s, changeId, u"rejectApprovalAction"_s);
    CHECK_FALSE(rejection->confirmButton()->isEnabled()); // a rejection says why
    rejection->textEdit()->setFocus();
    typeText(rejection->textEdit(), u"Not this quarter"_s);
    QTest::mouseClick(rejection->confirmButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return requestStatus(*manager, contractId, u"changes"_s, changeId) == u"rejected"_s; }));
    REQUIRE(waitUntil([inbox, model, changeId] { return !model->isLoading() && inbox->rowOf(u"contract_change"_s, changeId) < 0; }));
    REQUIRE(waitUntil([&window, waiting] { return window.pendingApprovals() == waiting - 2; }));

    // A quote is approved from the same menu.
    QuoteCommentDialog *quoteApproval = decideFromMenu(inbox, u"quote"_s, quoteId, u"approveApprovalAction"_s);
    QTest::mouseClick(quoteApproval->confirmButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return QuoteTesting::quote(*manager, quoteId).value(u"awaiting_approver_id"_s).toInteger()
            != fixture.employeeId(u"manager.east"_s);
    }));
    REQUIRE(waitUntil([inbox, model, quoteId] { return !model->isLoading() && inbox->rowOf(u"quote"_s, quoteId) < 0; }));
}
