// A long list in the client against a real server: scrolling through it keeps a bounded number of rows in memory,
// rows out of memory come back when scrolled to again, and Ctrl+End / Ctrl+Home jump straight to either end.

#include "clienttestsupport.h"
#include "serverfixture.h"

#include "database.h"
#include "listpage.h"
#include "opportunitylistpage.h"

#include "catchqt.h"

#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ClientTestSupport;
using Tradewind::OpportunityListPage;
using Tradewind::RemoteListModel;

namespace {

/** The director's opportunity ids in the list's default order (latest update first), from SQL. */
QList<qint64> idsInListOrder(ServerFixture &fixture)
{
    Tradewind::Query query(fixture.server().database().connection(),
                           u"SELECT id FROM opportunities ORDER BY updated_at DESC, id DESC"_s);
    query.exec();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

/** Waits until the rows the view shows are loaded, and checks them against the expected order. */
void checkVisibleRows(QTableView *view, RemoteListModel *model, const QList<qint64> &expected)
{
    const int top = view->rowAt(0);
    const int bottom = view->rowAt(view->viewport()->height() - 1);
    REQUIRE(top >= 0);
    INFO("rows " << top << " to " << bottom);
    REQUIRE(waitUntil([&] { return model->isRowLoaded(top) && (bottom < 0 || model->isRowLoaded(bottom)); }));
    for (int row = top; row <= std::max(top, bottom); ++row)
        CHECK(model->idAt(row) == expected.at(row));
}

} // namespace

TEST_CASE("A long list keeps few rows in memory however far it is scrolled, and jumps to its ends", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    fixture.addOpportunities(u"sales.west1"_s, 3000);
    const QList<qint64> expected = idsInListOrder(fixture);
    const int rows = static_cast<int>(expected.size());
    constexpr int keptRows = RemoteListModel::KeptPages * RemoteListModel::PageSize;
    REQUIRE(rows > 2 * keptRows);

    auto api = fixture.login(u"director"_s);
    TestWorkspace workspace(*api);
    OpportunityListPage page(workspace);
    page.resize(1200, 700);
    page.show();
    RemoteListModel *model = page.listPage()->model();
    QTableView *view = page.listPage()->view();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));

    // Every row counts from the start; the ones not yet fetched say so.
    CHECK(model->rowCount() == rows);
    CHECK(child<QLabel>(&page, u"listCount"_s)->text().contains(QString::number(rows)));
    CHECK_FALSE(model->isRowLoaded(rows / 2));
    CHECK(model->index(rows / 2, 0).data().toString() == u"Loading…"_s);
    view->setFocus();

    SECTION("scrolling down through the whole list, then back up")
    {
        QScrollBar *bar = view->verticalScrollBar();
        const int step = bar->pageStep();
        int most = 0;
        for (int value = 0; value <= bar->maximum(); value += step) {
            bar->setValue(value);
            checkVisibleRows(view, model, expected);
            most = std::max(most, model->loadedRowCount());
        }
        CHECK(model->isRowLoaded(rows - 1));
        CHECK(most <= keptRows);
        // The first pages were dropped on the way and come back, by cursor, when scrolled to again.
        CHECK_FALSE(model->isRowLoaded(0));
        for (int value = bar->maximum(); value >= 0; value -= 7 * step) {
            bar->setValue(value);
            checkVisibleRows(view, model, expected);
            CHECK(model->loadedRowCount() <= keptRows);
        }
    }

    SECTION("Ctrl+End fetches the last page directly, Ctrl+Home the first")
    {
        const int before = model->loadedRowCount();
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        CHECK(view->currentIndex().row() == rows - 1);
        REQUIRE(waitUntil([&] { return model->isRowLoaded(rows - 1); }));
        checkVisibleRows(view, model, expected);
        // One or two pages, not every page on the way.
        CHECK(model->loadedRowCount() <= before + 2 * RemoteListModel::PageSize);

        // Scrolling up from the end reads the pages before by cursor.
        view->scrollTo(model->index(rows - 3 * RemoteListModel::PageSize, 0), QAbstractItemView::PositionAtTop);
        checkVisibleRows(view, model, expected);

        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        CHECK(view->currentIndex().row() == 0);
        checkVisibleRows(view, model, expected);

        // A jump into the middle (dragging the scroll bar) reads that page by offset.
        view->scrollTo(model->index(rows / 2, 0), QAbstractItemView::PositionAtTop);
        checkVisibleRows(view, model, expected);
        CHECK(model->loadedRowCount() <= keptRows);
    }
}
