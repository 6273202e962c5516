#include "mainwindow.h"

#include "apiclient.h"
#include "approvalspage.h"
#include "contractcard.h"
#include "contractlistpage.h"
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
#include "quotecard.h"
#include "quotelistpage.h"
#include "replyhandling.h"
#include "reportspage.h"
#include "roles.h"
#include "supervisorview.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
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
const QString quotesKey = u"quotes"_s;
const QString approvalsKey = u"approvals"_s;
const QString contractsKey = u"contracts"_s;
const QString reportsKey = u"reports"_s;

/** The supervisor view is for those who lead a team: sales managers and executives. */
bool maySupervise(const Employee &user)
{
    return user.hasRole(Roles::SalesManager) || user.hasRole(Roles::Executive);
}

/**
 * The bell at the right of the menu bar, polling for notifications; news shows in the status bar and, where
 * the desktop has a tray (not offscreen), as a tray message.
 */
NotificationCenter *setUpNotifications(MainWindow &window, ApiClient &api)
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
    return center;
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
        m_closeConfirmed = true; // nothing can be saved any more
        close();
    });

    createActions();
    NotificationCenter *notifications = setUpNotifications(*this, m_api);
    // A quote or contract request submitted to the user arrives as a notification: the inbox count follows.
    connect(notifications, &NotificationCenter::newNotifications, this, &MainWindow::countApprovals);
    checkApprover();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    abandon(m_approvalsReply, this);
}

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
    QAction *quotes = goMenu->addAction(QIcon(u":/icons/quotes.svg"_s), tr("&Quotes"), this,
                                        [this] { openDocument(quotesKey); });
    quotes->setObjectName(u"quotesAction"_s);
    quotes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    quotes->setIconText(tr("Quotes"));
    m_approvalsAction = goMenu->addAction(QIcon(u":/icons/approve.svg"_s), tr("&Approvals"), this,
                                          [this] { openDocument(approvalsKey); });
    m_approvalsAction->setObjectName(u"approvalsAction"_s);
    m_approvalsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_approvalsAction->setIconText(tr("Approvals"));
    m_approvalsAction->setToolTip(tr("Quotes, milestones and contract changes waiting for your decision"));
    m_approvalsAction->setVisible(false); // until the server says someone reports to the user
    QAction *contracts = goMenu->addAction(QIcon(u":/icons/contracts.svg"_s), tr("&Contracts"), this,
                                           [this] { openDocument(contractsKey); });
    contracts->setObjectName(u"contractsAction"_s);
    contracts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    contracts->setIconText(tr("Contracts"));
    QAction *reports = goMenu->addAction(QIcon(u":/icons/reports.svg"_s), tr("&Reports"), this,
                                         [this] { openDocument(reportsKey); });
    reports->setObjectName(u"reportsAction"_s);
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    reports->setIconText(tr("Reports"));
    reports->setToolTip(tr("Contract register, payments received, invoicing and receivables"));
    modules->addAction(partners);
    modules->addAction(opportunities);
    modules->addAction(quotes);
    modules->addAction(m_approvalsAction);
    modules->addAction(contracts);
    modules->addAction(reports);
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
    if (key == quotesKey)
        return new QuoteListPage(*this, m_tabs);
    if (key == approvalsKey)
        return new ApprovalsPage(*this, m_tabs);
    if (key == contractsKey)
        return new ContractListPage(*this, m_tabs);
    if (key == reportsKey)
        return new ReportsPage(*this, m_tabs);
    const qsizetype colon = key.indexOf(u':');
    bool ok = false;
    const qint64 id = key.mid(colon + 1).toLongLong(&ok);
    if (colon < 0 || !ok || id <= 0)
        return nullptr;
    if (key.startsWith(u"partner:"_s))
        return new PartnerCard(*this, id, m_tabs);
    if (key.startsWith(u"opportunity:"_s))
        return new OpportunityCard(*this, id, m_tabs);
    if (key.startsWith(u"quote:"_s))
        return new QuoteCard(*this, id, m_tabs);
    if (key.startsWith(u"contract:"_s))
        return new ContractCard(*this, id, m_tabs);
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

void MainWindow::openQuote(qint64 quoteId)
{
    openDocument(u"quote:%1"_s.arg(quoteId));
}

void MainWindow::openContract(qint64 contractId)
{
    openDocument(u"contract:%1"_s.arg(contractId));
}

void MainWindow::recordChanged()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)))
            page->refresh();
    countApprovals();
}

void MainWindow::checkApprover()
{
    // Whoever has someone below them in the org tree approves their quotes and contract requests; contract
    // administration confirms milestones.
    const QUrlQuery query{{u"subtree"_s, u"true"_s}, {u"limit"_s, u"2"_s}};
    ApiReply *reply = m_api.get(u"/employees"_s, query);
    whenFinished(reply, this, [this, reply] {
        const bool approver = reply->ok() && reply->object().value(u"total"_s).toInteger() > 1;
        m_approvalsAction->setVisible(approver || maySupervise(m_api.currentUser())
                                      || m_api.currentUser().hasRole(Roles::ContractAdmin));
        if (m_approvalsAction->isVisible())
            countApprovals();
    });
}

void MainWindow::countApprovals()
{
    if (!m_approvalsAction->isVisible() || m_approvalsReply)
        return;
    ApiReply *reply = m_api.get(u"/approvals"_s, QUrlQuery{{u"limit"_s, u"1"_s}});
    m_approvalsReply = reply;
    whenFinished(reply, this, [this, reply] {
        m_approvalsReply = nullptr;
        if (!reply->ok())
            return;
        m_pendingApprovals = int(reply->object().value(u"total"_s).toInteger());
        m_approvalsAction->setIconText(m_pendingApprovals > 0 ? tr("Approvals (%1)").arg(m_pendingApprovals)
                                                              : tr("Approvals"));
        m_approvalsAction->setText(m_pendingApprovals > 0 ? tr("&Approvals (%1)").arg(m_pendingApprovals)
                                                          : tr("&Approvals"));
        m_approvalsAction->setToolTip(tr("%n item(s) waiting for your decision", nullptr, m_pendingApprovals));
    });
}

void MainWindow::closeTab(int index)
{
    auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(index));
    if (!page || !page->hasUnsavedChanges()) {
        removeTab(index);
        return;
    }
    m_tabs->setCurrentIndex(index);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                tr("“%1” has changes that are not saved.").arg(page->title()), QMessageBox::NoButton,
                                this);
    box->setObjectName(u"unsavedChangesBox"_s);
    box->setInformativeText(tr("Close it and lose them, or go back and save?"));
    QAbstractButton *discard = box->addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
    box->addButton(tr("Go back"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<DocumentPage> guarded(page);
    connect(box, &QMessageBox::buttonClicked, this, [this, guarded, discard](QAbstractButton *button) {
        if (button == discard && guarded)
            removeTab(m_tabs->indexOf(guarded));
    });
    box->open();
}

void MainWindow::removeTab(int index)
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
    QStringList unsaved;
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DocumentPage *>(m_tabs->widget(i)); page && page->hasUnsavedChanges())
            unsaved.append(page->title());
    if (!unsaved.isEmpty() && !m_closeConfirmed) {
        event->ignore();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unsaved changes"),
                                    tr("Changes to %1 are not saved.").arg(unsaved.join(tr(", "))),
                                    QMessageBox::NoButton, this);
        box->setObjectName(u"unsavedChangesBox"_s);
        QAbstractButton *discard = box->addButton(tr("Close without saving"), QMessageBox::DestructiveRole);
        box->addButton(tr("Go back"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *button) {
            if (button != discard) {
                m_logoutRequested = false; // back to work, logged in
                return;
            }
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    saveLayout();
    // Pages save their column widths when they are destroyed.
    while (m_tabs->count() > 0)
        removeTab(0);
    if (m_logoutRequested && m_api.isLoggedIn())
        m_api.logout();
    event->accept();
}

} // namespace Tradewind
