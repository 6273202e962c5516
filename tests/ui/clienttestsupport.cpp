#include "clienttestsupport.h"

#include "documentpage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QInputMethodEvent>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

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

bool firstPageLoaded(const RemoteListModel *model)
{
    return !model->isLoading() && model->rowCount() > 0;
}

void loadAllRows(RemoteListModel *model)
{
    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    for (int round = 0; round < 20 && model->rowCount() < model->totalCount(); ++round) {
        const int before = model->rowCount();
        model->fetchMore();
        REQUIRE(waitUntil([model, before] { return !model->isLoading() && model->rowCount() > before; }));
    }
    REQUIRE(model->rowCount() == model->totalCount());
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
