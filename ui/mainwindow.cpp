#include "mainwindow.h"

#include "apiclient.h"
#include "documentpage.h"
#include "labels.h"
#include "language.h"
#include "notificationbell.h"
#include "notificationcenter.h"
#include "notificationtext.h"
#include "opportunitycard.h"
#include "opportunitylistpage.h"
#include "partnercard.h"
#include "partnerlistpage.h"
#include "roles.h"
#include "supervisorview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QString partnersKey = u"partners"_s;
const QString opportunitiesKey = u"opportunities"_s;
const QString teamKey = u"team"_s;

/** The supervisor view is for those who lead a team: sales managers and executives. */
bool maySupervise(const Employee &user)
{
    return user.hasRole(Roles::SalesManager) || user.hasRole(Roles::Executive);
}

/**
 * The bell at the right of the menu bar, polling for notifications; news shows in the status bar and, where
 * the desktop has a tray (not offscreen), as a tray message.
 */
void setUpNotifications(MainWindow &window, ApiClient &api)
{
    auto *center = new NotificationCenter(api, &window);
    center->setObjectName(u"notificationCenter"_s);
    auto *bell = new NotificationBell(*center, window, &window);
    window.menuBar()->setCornerWidget(bell, Qt::TopRightCorner);
    QSystemTrayIcon *tray = nullptr;
    if (QGuiApplication::platformName() != u"offscreen"_s && QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = new QSystemTrayIcon(QIcon(u":/icons/tradewind.svg"_s), &window);
        tray->setToolTip(MainWindow::tr("Tradewind"));
        tray->show();
        QObject::connect(tray, &QSystemTrayIcon::messageClicked, bell, [&window, bell] {
            window.showNormal();
            window.raise();
            window.activateWindow();
            bell->showPanel();
        });
    }
    const qint64 selfId = api.currentUser().id;
    QObject::connect(center, &NotificationCenter::newNotifications, &window,
                     [&window, tray, selfId](const NotificationList &news) {
        const int count = static_cast<int>(news.size());
        const QString first = NotificationText::line(news.constFirst(), selfId);
        const QString title = count == 1 ? NotificationText::heading(news.constFirst().kind)
                                         : MainWindow::tr("%n new notification(s)", nullptr, count);
        window.statusBar()->showMessage(count == 1 ? first : title, 15000);
        if (tray)
            tray->showMessage(title, count == 1 ? first : first + u" …"_s, QSystemTrayIcon::Information, 10000);
    });
    center->start();
}

} // namespace

MainWindow::MainWindow(ApiClient &api, QWidget *parent)
    : QMainWindow(parent)
    , m_api(api)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Tradewind — %1").arg(api.currentUser().name));
    m_tabs->setObjectName(u"documentTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    setCentralWidget(m_tabs);

    const Employee &user = api.currentUser();
    auto *userLabel = new QLabel(tr("%1 (%2)").arg(user.name, Labels::roles(user.roles)), this);
    userLabel->setObjectName(u"userLabel"_s);
    auto *serverLabel = new QLabel(tr("Server: %1").arg(api.serverUrl().toDisplayString()), this);
    serverLabel->setObjectName(u"serverLabel"_s);
    statusBar()->addPermanentWidget(userLabel);
    statusBar()->addPermanentWidget(serverLabel);

    connect(&m_api, &ApiClient::sessionExpired, this, [this] {
        QMessageBox::information(this, tr("Session ended"), tr("Your session has ended. Please log in again."));
        m_logoutRequested = true;
        close();
    });

    createActions();
    setUpNotifications(*this, m_api);
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto *modules = new QToolBar(tr("Modules"), this);
    modules->setObjectName(u"modulesToolBar"_s);
    modules->setMovable(false);
    modules->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    modules->setIconSize(QSize(28, 28));
    addToolBar(Qt::LeftToolBarArea, modules);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));

    QAction *partners = goMenu->addAction(QIcon(u":/icons/partners.svg"_s), tr("Business &partners"),
                                          this, [this] { openDocument(partnersKey); });
    partners->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    partners->setIconText(tr("Partners"));
    QAction *opportunities = goMenu->addAction(QIcon(u":/icons/opportunities.svg"_s), tr("&Opportunities"),
                                               this, [this] { openDocument(opportunitiesKey); });
    opportunities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    opportunities->setIconText(tr("Opportunities"));
    modules->addAction(partners);
    modules->addAction(opportunities);
    if (maySupervise(m_api.currentUser())) {
        QAction *team = goMenu->addAction(QIcon(u":/icons/team.svg"_s), tr("&Team"), this, [this] { openDocument(teamKey); });
        team->setObjectName(u"teamAction"_s);
        team->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
        team->setIconText(tr("Team"));
        team->setToolTip(tr("Your team's open opportunities; reassign them"));
        modules->addAction(team);
    }

    QAction *refresh = viewMenu->addAction(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this, [this] {
        if (DocumentPage *page = currentPage())
            page->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *closeTabAction = viewMenu->addAction(tr("&Close tab"), this, [this] {
        if (m_tabs->currentIndex() >= 0)
            closeTab(m_tabs->currentIndex());
    });
    closeTabAction->setShortcut(QKeySequence::Close);
    viewMenu->addAction(tr("Next tab"), QKeySequence(Qt::CTRL | Qt::Key_Tab), this,
                        [this] { m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % std::max(1, m_tabs->count())); });

    QAction *logOutAction = fileMenu->addAction(QIcon(u":/icons/logout.svg"_s), tr("&Log out"), this, &MainWindow::logOut);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    Q_UNUSED(logOutAction);

    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("System language")}, {u"zh_CN"_s, u"简体中文"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : choices) {
        QAction *action = languageMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(Language::configured() == code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::setConfigured(code);
            QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start of Tradewind."));
        });
    }

    helpMenu->addAction(tr("&About Tradewind"), this, [this] {
        QMessageBox::about(this, tr("About Tradewind"),
                           tr("<h3>Tradewind %1</h3><p>Sales management for project-based companies.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

DocumentPage *MainWindow::createPage(const QString &key)
{
    if (key == partnersKey)
        return new PartnerListPage(*this, m_tabs);
    if (key == opportunitiesKey)
        return new OpportunityListPage(*this, m_tabs);
    if (key == teamKey)
        return maySupervise(m_api.currentUser()) ? new SupervisorView(*this, m_tabs) : nullptr;
    const qsizetype colon = key.indexOf(u':');
    bool ok = false;
    const qint64 id = key.mid(colon + 1).toLongLong(&ok);
    if (colon < 0 || !ok || id <= 0)
        return nullptr;
    if (key.startsWith(u"partner:"_s))
        return new PartnerCard(*this, id, m_tabs);
    if (key.startsWith(u"opportunity:"_s))
        return new OpportunityCard(*this, id, m_tabs);
    return nullptr;
}

DocumentPage *MainWindow::openDocument(const QString &key)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i));
        if (page && page->documentKey() == key) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    DocumentPage *page = createPage(key);
    if (!page)
        return nullptr;
    const int index = m_tabs->addTab(page, page->icon(), page->title());
    m_tabs->setTabToolTip(index, page->title());
    connect(page, &DocumentPage::titleChanged, this, [this, page] {
        const int at = m_tabs->indexOf(page);
        if (at >= 0) {
            m_tabs->setTabText(at, page->title());
            m_tabs->setTabToolTip(at, page->title());
        }
    });
    m_tabs->setCurrentIndex(index);
    return page;
}

DocumentPage *MainWindow::currentPage() const
{
    return qobject_cast<DocumentPage *>(m_tabs->currentWidget());
}

void MainWindow::openPartner(qint64 partnerId)
{
    openDocument(u"partner:%1"_s.arg(partnerId));
}

void MainWindow::openOpportunity(qint64 opportunityId)
{
    openDocument(u"opportunity:%1"_s.arg(opportunityId));
}

void MainWindow::recordChanged()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            page->refresh();
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete page;
}

QString MainWindow::settingsGroup() const
{
    // Per user: two people sharing a PC see different records, so their open tabs differ too.
    return u"window/%1"_s.arg(m_api.currentUser().login);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    QStringList keys;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            keys.append(page->documentKey());
    settings.setValue(settingsGroup() + u"/tabs"_s, keys);
    settings.setValue(settingsGroup() + u"/currentTab"_s, m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    QStringList keys = settings.value(settingsGroup() + u"/tabs"_s).toStringList();
    if (keys.isEmpty())
        keys = {opportunitiesKey};
    for (const QString &key : std::as_const(keys))
        openDocument(key);
    m_tabs->setCurrentIndex(std::clamp(settings.value(settingsGroup() + u"/currentTab"_s, 0).toInt(), 0,
                                       std::max(0, m_tabs->count() - 1)));
}

void MainWindow::logOut()
{
    m_logoutRequested = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // Pages save their column widths when they are destroyed.
    while (m_tabs->count() > 0)
        closeTab(0);
    if (m_logoutRequested && m_api.isLoggedIn())
        m_api.logout();
    event->accept();
}

} // namespace Tradewind
