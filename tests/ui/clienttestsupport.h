// Helpers shared by the widget tests of the client: a settings sandbox, a recording workspace, finding
// widgets, typing and clicking as a user would, and waiting for lists, tabs and cards.
#pragma once

#include "apiclient.h"
#include "cardpage.h"
#include "mainwindow.h"
#include "remotelistmodel.h"
#include "testsupport.h"
#include "workspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

class QAbstractItemView;

namespace ClientTestSupport {

using TestSupport::waitUntil;

/** A settings store of its own for one test: open tabs and column widths must not leak between tests. */
class SettingsSandbox
{
public:
    SettingsSandbox();

private:
    QTemporaryDir m_dir;
};

/** A host for pages and dialogs that only records what they ask it to open. */
class TestWorkspace : public Tradewind::Workspace
{
public:
    explicit TestWorkspace(Tradewind::ApiClient &api)
        : m_api(api)
    {
    }

    Tradewind::ApiClient &api() override { return m_api; }
    void openPartner(qint64 partnerId) override { openedPartners.append(partnerId); }
    void openOpportunity(qint64 opportunityId) override { openedOpportunities.append(opportunityId); }
    void openQuote(qint64 quoteId) override { openedQuotes.append(quoteId); }
    void openContract(qint64 contractId) override { openedContracts.append(contractId); }
    void recordChanged() override { ++changes; }

    QList<qint64> openedPartners;
    QList<qint64> openedOpportunities;
    QList<qint64> openedQuotes;
    QList<qint64> openedContracts;
    int changes = 0;

private:
    Tradewind::ApiClient &m_api;
};

/** The child of parent with this object name; the test stops when there is none. */
template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    INFO("looking for " << name.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

/** The one visible dialog of type T under parent, or nullptr. */
template<typename T>
T *visibleDialog(const QObject *parent)
{
    for (T *dialog : parent->findChildren<T *>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

/** Types text as a user would: key by key for ASCII, through the input method for Chinese. */
void typeText(QWidget *widget, const QString &text);

/** Press, release, double-click, release, as the window system delivers a double-click. */
void doubleClick(QAbstractItemView *view, const QModelIndex &index);

/**
 * Right-clicks the row of index and picks the context menu's action with this object name, as a user would
 * (REQUIREs that the menu showed it, enabled).
 */
void chooseFromContextMenu(QAbstractItemView *view, const QModelIndex &index, const QString &actionName);

/** True once the first answer to the model's current query has arrived. */
bool firstPageLoaded(const Tradewind::RemoteListModel *model);

/** Fetches every page the server counts (for tests that are not about paging: a few pages at most). */
void loadAllRows(Tradewind::RemoteListModel *model);

/** The document keys of the window's tabs, in order. */
QStringList tabKeys(const Tradewind::MainWindow &window);

/** Waits until the window shows the document with this key as its current tab and returns that page. */
template<typename T>
T *waitForCurrentPage(const Tradewind::MainWindow &window, const QString &key)
{
    INFO("waiting for tab " << key.toStdString());
    REQUIRE(waitUntil([&window, &key] { return window.currentPage() && window.currentPage()->documentKey() == key; }));
    auto *page = qobject_cast<T *>(window.currentPage());
    REQUIRE(page != nullptr);
    return page;
}

/** Waits until the card has loaded its record (REQUIREs that it did not fail). */
void waitForCard(Tradewind::CardPage *card);

} // namespace ClientTestSupport
