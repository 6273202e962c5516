// Widget tests of the supervisor view (the team tree): a manager reassigns opportunities by drag and drop and
// by the context menu, against a real in-process server with the demo company.

#include "clienttestsupport.h"
#include "listpage.h"
#include "mainwindow.h"
#include "opportunitycard.h"
#include "opportunitylistpage.h"
#include "orgtreemodel.h"
#include "serverfixture.h"
#include "supervisorview.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QBrush>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

const QString staleTitle = u"恒达三号酸洗线表面检测改造"_s;

qint64 count(const OrgTreeModel *model, const QModelIndex &person, int column)
{
    return model->data(person.siblingAtColumn(column)).toLongLong();
}

/** Expands a person in the view and waits until their opportunities have arrived. */
void expandPerson(SupervisorView &view, qint64 employeeId)
{
    OrgTreeModel *model = view.model();
    const QModelIndex person = model->personIndex(employeeId);
    REQUIRE(person.isValid());
    view.view()->expand(person);
    REQUIRE(waitUntil([model, employeeId] {
        return model->opportunitiesLoaded(model->personIndex(employeeId)) && !model->isLoading();
    }));
}

/** The visible reason dialog the view opened; types the reason and clicks Reassign. */
void giveReason(SupervisorView &view, const QString &reason)
{
    auto *dialog = view.findChild<QInputDialog *>(u"reassignReasonDialog"_s);
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    auto *ok = child<QPushButton>(dialog, u"reassignButton"_s);
    CHECK_FALSE(ok->isEnabled()); // the reason is required
    auto *edit = child<QLineEdit>(dialog, u"reasonEdit"_s);
    edit->setFocus();
    typeText(edit, reason);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QPointer<QInputDialog> guard(dialog);
    REQUIRE(waitUntil([&view, guard] { return !view.isBusy() && (!guard || !guard->isVisible()); }));
}

} // namespace

TEST_CASE("Supervisor view: a stale opportunity dragged from east1 to east2 changes hands", "[team]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    auto east1 = fixture.login(u"sales.east1"_s);
    auto east2 = fixture.login(u"sales.east2"_s);
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 east2Id = fixture.employeeId(u"sales.east2"_s);

    // sales.east1 has the stale opportunity in their list; sales.east2 may not see it.
    TestWorkspace east1Workspace(*east1);
    OpportunityListPage east1List(east1Workspace);
    RemoteListModel *east1Model = east1List.listPage()->model();
    loadAllRows(east1Model);
    qint64 id = 0;
    for (int row = 0; row < east1Model->rowCount(); ++row)
        if (east1Model->rowObject(row).value(u"title"_s).toString() == staleTitle)
            id = east1Model->idAt(row);
    REQUIRE(id > 0);
    const QString path = u"/opportunities/%1"_s.arg(id);
    REQUIRE(ServerFixture::get(*east1, path).status == 200);
    REQUIRE(ServerFixture::get(*east2, path).status == 404);

    TestWorkspace workspace(*manager);
    SupervisorView view(workspace);
    view.resize(1000, 700);
    view.show();
    CHECK(view.documentKey() == u"team"_s);
    OrgTreeModel *model = view.model();
    REQUIRE(waitUntil([model] { return model->isLoaded() && !model->isLoading(); }));
    INFO("message: " << view.messageText().toStdString());

    // Expanded down to the people, with their counts; east1 has stale ones.
    QModelIndex east1Person = model->personIndex(east1Id);
    QModelIndex east2Person = model->personIndex(east2Id);
    REQUIRE(east1Person.isValid());
    REQUIRE(east2Person.isValid());
    CHECK(view.view()->isExpanded(east1Person.parent()));
    CHECK_FALSE(view.view()->isExpanded(east1Person));
    CHECK(model->data(east1Person).toString() == u"陈静"_s);
    CHECK_FALSE(model->opportunitiesLoaded(east1Person)); // fetched only when opened
    const qint64 east1Open = count(model, east1Person, OrgTreeModel::OpenColumn);
    const qint64 east2Open = count(model, east2Person, OrgTreeModel::OpenColumn);
    const qint64 east1Stale = count(model, east1Person, OrgTreeModel::StaleColumn);
    CHECK(east1Stale > 0);

    expandPerson(view, east1Id);
    expandPerson(view, east2Id);
    east1Person = model->personIndex(east1Id);
    CHECK(model->rowCount(east1Person) == east1Open);
    QModelIndex row = model->opportunityIndex(id);
    REQUIRE(row.isValid());
    CHECK(row.parent() == east1Person);
    // Stale rows stand out, with the days since the last follow-up.
    const QJsonObject opportunity = model->rowObject(row);
    CHECK(model->data(row, OrgTreeModel::StaleRole).toBool());
    CHECK(model->data(row, Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    CHECK(model->data(row.siblingAtColumn(OrgTreeModel::FollowUpColumn), Qt::FontRole).value<QFont>().bold());
    const int days = opportunity.value(u"days_since_follow_up"_s).toInt();
    CHECK(days > 30);
    CHECK(model->data(row.siblingAtColumn(OrgTreeModel::FollowUpColumn)).toString().contains(QString::number(days)));

    // Drag the row onto 刘洋 (sales.east2): the drop asks for the reason.
    view.view()->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    std::unique_ptr<QMimeData> mime(model->mimeData(view.view()->selectionModel()->selectedIndexes()));
    REQUIRE(mime != nullptr);
    CHECK(OrgTreeModel::opportunityIds(mime.get()) == QList<qint64>{id});
    east2Person = model->personIndex(east2Id);
    CHECK_FALSE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, east1Person)); // already theirs
    REQUIRE(model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, east2Person));
    REQUIRE(model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, east2Person));
    auto *dialog = view.findChild<QInputDialog *>(u"reassignReasonDialog"_s);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->labelText().contains(staleTitle));
    CHECK(dialog->labelText().contains(u"刘洋"_s));
    CHECK(ServerFixture::get(*manager, path).json.value(u"owner_id"_s).toInteger() == east1Id); // nothing sent yet
    const QString reason = u"Chen Jing takes over the north region"_s;
    giveReason(view, reason);
    CHECK(view.messageText().isEmpty());
    CHECK(workspace.changes == 1);

    // The server shows the new owner and the change record.
    const Answer after = ServerFixture::get(*manager, path);
    REQUIRE(after.status == 200);
    CHECK(after.json.value(u"owner_id"_s).toInteger() == east2Id);
    const QJsonArray changes = ServerFixture::get(*manager, path + u"/owner-changes"_s).json.value(u"items"_s).toArray();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().toObject().value(u"reason"_s).toString() == reason);
    CHECK(changes.first().toObject().value(u"from_id"_s).toInteger() == east1Id);

    // The tree follows at once: the row moved under east2, and the counts changed.
    REQUIRE(waitUntil([model, id, east2Id] {
        return !model->isLoading() && model->opportunityIndex(id).parent() == model->personIndex(east2Id);
    }));
    east1Person = model->personIndex(east1Id);
    east2Person = model->personIndex(east2Id);
    CHECK(count(model, east1Person, OrgTreeModel::OpenColumn) == east1Open - 1);
    CHECK(count(model, east1Person, OrgTreeModel::StaleColumn) == east1Stale - 1);
    CHECK(count(model, east2Person, OrgTreeModel::OpenColumn) == east2Open + 1);
    CHECK(model->rowCount(east1Person) == east1Open - 1);
    CHECK(view.view()->isExpanded(east1Person)); // the user's tree stays as it was

    // sales.east1 can no longer see it, and their list loses it; sales.east2 opens it.
    CHECK(ServerFixture::get(*east1, path).status == 404);
    east1Model->reload();
    loadAllRows(east1Model);
    CHECK(east1Model->rowOfId(id) == -1);
    CHECK(east1Model->totalCount() > 0);

    TestWorkspace east2Workspace(*east2);
    OpportunityCard card(east2Workspace, id);
    card.show();
    waitForCard(&card);
    CHECK(card.title() == staleTitle);
}

TEST_CASE("Supervisor view: several opportunities reassigned at once through Reassign to…", "[team]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 east2Id = fixture.employeeId(u"sales.east2"_s);
    TestWorkspace workspace(*manager);
    SupervisorView view(workspace);
    view.show();
    OrgTreeModel *model = view.model();
    REQUIRE(waitUntil([model] { return model->isLoaded() && !model->isLoading(); }));
    expandPerson(view, east2Id);
    const QModelIndex east2Person = model->personIndex(east2Id);
    REQUIRE(model->rowCount(east2Person) >= 2);
    const qint64 first = model->id(model->index(0, 0, east2Person));
    const qint64 second = model->id(model->index(1, 0, east2Person));
    const qint64 east1Open = count(model, model->personIndex(east1Id), OrgTreeModel::OpenColumn);

    QItemSelectionModel *selection = view.view()->selectionModel();
    selection->select(model->index(0, 0, east2Person), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(model->index(1, 0, east2Person), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QList<qint64> selected = view.selectedOpportunityIds();
    std::sort(selected.begin(), selected.end());
    CHECK(selected == (first < second ? QList<qint64>{first, second} : QList<qint64>{second, first}));

    std::unique_ptr<QMenu> menu(view.createContextMenu(&view));
    auto *reassignMenu = menu->findChild<QMenu *>(u"reassignMenu"_s);
    REQUIRE(reassignMenu != nullptr);
    CHECK(reassignMenu->isEnabled());
    QAction *toSelf = nullptr;
    QAction *toEast1 = nullptr;
    for (QAction *action : reassignMenu->actions()) {
        if (action->objectName() == u"reassignTo_sales.east2"_s)
            toSelf = action;
        if (action->objectName() == u"reassignTo_sales.east1"_s)
            toEast1 = action;
    }
    REQUIRE(toSelf != nullptr);
    REQUIRE(toEast1 != nullptr);
    CHECK_FALSE(toSelf->isEnabled()); // they are east2's already
    REQUIRE(toEast1->isEnabled());
    CHECK(toEast1->text() == u"陈静"_s);
    toEast1->trigger();
    auto *dialog = view.findChild<QInputDialog *>(u"reassignReasonDialog"_s);
    REQUIRE(dialog != nullptr);
    CHECK(dialog->labelText().contains(u"2"_s));
    giveReason(view, u"Balancing the workload"_s);
    CHECK(view.messageText().isEmpty());

    for (const qint64 id : {first, second})
        CHECK(ServerFixture::get(*manager, u"/opportunities/%1"_s.arg(id)).json.value(u"owner_id"_s).toInteger() == east1Id);
    REQUIRE(waitUntil([model, east1Id, east1Open] {
        return !model->isLoading() && model->data(model->personIndex(east1Id).siblingAtColumn(OrgTreeModel::OpenColumn)).toLongLong() == east1Open + 2;
    }));
    // east2's rows were reloaded: neither is under them any more.
    CHECK(model->opportunityIndex(first).parent() != model->personIndex(east2Id));
    CHECK(model->opportunityIndex(second).parent() != model->personIndex(east2Id));
    CHECK(model->rowCount(model->personIndex(east2Id)) == count(model, model->personIndex(east2Id), OrgTreeModel::OpenColumn));
}

TEST_CASE("Supervisor view: the server's refusal is shown readably", "[team]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto manager = fixture.login(u"manager.east"_s);
    const qint64 east1Id = fixture.employeeId(u"sales.east1"_s);
    const qint64 westId = fixture.employeeId(u"sales.west1"_s);
    TestWorkspace workspace(*manager);
    SupervisorView view(workspace);
    view.show();
    OrgTreeModel *model = view.model();
    REQUIRE(waitUntil([model] { return model->isLoaded() && !model->isLoading(); }));
    CHECK_FALSE(model->personIndex(westId).isValid()); // another manager's team is not in the tree
    expandPerson(view, east1Id);
    const QModelIndex east1Person = model->personIndex(east1Id);
    REQUIRE(model->rowCount(east1Person) > 0);
    const qint64 id = model->id(model->index(0, 0, east1Person));

    // Someone outside the manager's team: the server says 403.
    REQUIRE(view.reassign({id}, westId) != nullptr);
    giveReason(view, u"Moving west"_s);
    CHECK(view.messageText().contains(u"Your role does not allow this."_s));
    CHECK(workspace.changes == 0);
    CHECK(ServerFixture::get(*manager, u"/opportunities/%1"_s.arg(id)).json.value(u"owner_id"_s).toInteger() == east1Id);
}

TEST_CASE("Main window: the Team module is offered to managers only", "[team]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    {
        auto salesperson = fixture.login(u"sales.east1"_s);
        MainWindow window(*salesperson);
        CHECK(window.findChild<QAction *>(u"teamAction"_s) == nullptr);
        CHECK(window.openDocument(u"team"_s) == nullptr);
    }
    auto manager = fixture.login(u"manager.east"_s);
    MainWindow window(*manager);
    window.show();
    auto *team = child<QAction>(&window, u"teamAction"_s);
    CHECK(team->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
    team->trigger();
    auto *page = waitForCurrentPage<SupervisorView>(window, u"team"_s);
    REQUIRE(waitUntil([page] { return page->model()->isLoaded(); }));
    CHECK(page->model()->personIndex(fixture.employeeId(u"sales.east2"_s)).isValid());
}
