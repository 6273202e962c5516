#include "clienttestsupport.h"

#include "documentpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QInputMethodEvent>
#include <QMenu>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Tradewind;

namespace ClientTestSupport {

SettingsSandbox::SettingsSandbox()
{
    REQUIRE(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings settings;
    settings.clear();
    settings.sync();
}

void typeText(QWidget *widget, const QString &text)
{
    bool ascii = true;
    for (const QChar ch : text)
        ascii = ascii && ch.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint position = view->visualRect(index).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, position);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, position);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, position);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, position);
}

void chooseFromContextMenu(QAbstractItemView *view, const QModelIndex &index, const QString &actionName)
{
    view->scrollTo(index);
    const QPoint position = view->visualRect(index).center();
    // The menu runs its own event loop: it is answered from a timer while it is open.
    QString problem = u"no context menu appeared"_s;
    QTimer picker;
    picker.setInterval(20);
    QObject::connect(&picker, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        picker.stop();
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions())
            if (action->objectName() == actionName)
                chosen = action;
        if (!chosen || !chosen->isEnabled()) {
            problem = chosen ? u"the action is disabled"_s : u"the menu has no such action"_s;
            menu->close();
            return;
        }
        problem.clear();
        menu->setActiveAction(chosen);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    picker.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
    const bool answered = waitUntil([&picker] { return !picker.isActive(); }, 5000);
    picker.stop();
    INFO("context menu action " << actionName.toStdString() << ": " << problem.toStdString());
    REQUIRE(answered);
    REQUIRE(problem.isEmpty());
}

bool firstPageLoaded(const RemoteListModel *model)
{
    return !model->isLoading() && model->rowCount() > 0 && model->isRowLoaded(0);
}

void loadAllRows(RemoteListModel *model)
{
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    REQUIRE(model->rowCount() <= RemoteListModel::KeptPages * RemoteListModel::PageSize);
    // Looking at a row fetches its page, as a view showing it would.
    for (int row = 0; row < model->rowCount(); row += RemoteListModel::PageSize) {
        model->index(row, 0).data();
        REQUIRE(waitUntil([model, row] { return model->isRowLoaded(row) || row >= model->rowCount(); }));
    }
    REQUIRE(model->rowCount() == model->totalCount());
    REQUIRE(model->loadedRowCount() == model->rowCount());
}

QStringList tabKeys(const MainWindow &window)
{
    QStringList keys;
    for (int i = 0; i < window.tabs()->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(window.tabs()->widget(i)))
            keys.append(page->documentKey());
    return keys;
}

void waitForCard(CardPage *card)
{
    REQUIRE(waitUntil([card] { return card->state() != CardPage::State::Loading; }));
    INFO("card error: " << card->errorText().toStdString());
    REQUIRE(card->state() == CardPage::State::Ready);
}

} // namespace ClientTestSupport
