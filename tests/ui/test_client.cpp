// Widget tests of the Tradewind client against a real in-process server with the demo company.
//
// Every test case starts its own server and its own, empty settings store, and drives the widgets the
// way a user would (typing, clicking, double-clicking), waiting for visible results without blocking.

#include "apiclient.h"
#include "cardpage.h"
#include "clienttestsupport.h"
#include "demodata.h"
#include "language.h"
#include "listpage.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "opportunitycard.h"
#include "opportunitylistpage.h"
#include "partnercard.h"
#include "partnerdialog.h"
#include "partnerlistpage.h"
#include "remotelistmodel.h"
#include "serverfixture.h"
#include "sessions/loginthrottle.h"
#include "testsupport.h"
#include "workspace.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

bool hasCjk(const QString &text)
{
    for (const QChar ch : text)
        if (ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff)
            return true;
    return false;
}

qint64 sqlCount(ServerFixture &fixture, const QString &sql)
{
    QSqlDatabase db = fixture.server().database().connection();
    return Query(db, sql).scalar().toLongLong();
}

int columnWithHeader(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    return -1;
}

/** Types login and password into the dialog, clicks "Log in" and waits until it accepted or showed an error. */
struct LoginResult
{
    bool accepted = false;
    QString error;
};

LoginResult attemptLogin(LoginDialog &dialog, const QString &login, const QString &password)
{
    LoginResult result;
    QObject::connect(&dialog, &QDialog::accepted, &dialog, [&result] { result.accepted = true; });
    auto *loginEdit = child<QLineEdit>(&dialog, u"loginEdit"_s);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    auto *passwordEdit = child<QLineEdit>(&dialog, u"passwordEdit"_s);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    auto *button = child<QPushButton>(&dialog, u"logInButton"_s);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    // The request runs in the background: the dialog must not have blocked until the answer came.
    CHECK_FALSE(button->isEnabled());
    REQUIRE(waitUntil([&] { return result.accepted || !dialog.errorText().isEmpty(); }));
    result.error = dialog.errorText();
    QObject::disconnect(&dialog, &QDialog::accepted, &dialog, nullptr);
    return result;
}

/** A port on which nothing listens. */
quint16 closedPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

/** A web server that answers every request with a small HTML page, like a router or an intranet site. */
class HtmlServer : public QTcpServer
{
public:
    HtmlServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                    if (headerEnd < 0)
                        return;
                    qsizetype contentLength = 0;
                    for (const QByteArray &line : buffer->left(headerEnd).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            contentLength = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < headerEnd + 4 + contentLength)
                        return;
                    const QByteArray page = "<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                                  + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
                    socket->disconnectFromHost();
                    buffer->clear();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
};

/** Puts the client back into English whatever happened in a test that switched to Chinese. */
struct EnglishAfterwards
{
    ~EnglishAfterwards() { Language::apply(QLocale(u"en"_s)); }
};

} // namespace

// ---------------------------------------------------------------------------------------------------
// 1. Logging in

TEST_CASE("Login dialog: the right password logs in", "[login]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    ApiClient api;
    LoginDialog dialog(api, fixture.url().toString());
    dialog.open();
    REQUIRE(child<QLineEdit>(&dialog, u"serverEdit"_s)->text() == fixture.url().toString());

    const LoginResult result = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    INFO("error shown: " << result.error.toStdString());
    REQUIRE(result.accepted);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(api.isLoggedIn());
    CHECK(api.currentUser().login == u"manager.east"_s);
    CHECK(api.currentUser().name == u"李明"_s);
    CHECK(api.currentUser().id == fixture.employeeId(u"manager.east"_s));

    // The server and login are remembered for the next start.
    ApiClient again;
    LoginDialog next(again);
    CHECK(child<QLineEdit>(&next, u"serverEdit"_s)->text() == fixture.url().toString());
    CHECK(child<QLineEdit>(&next, u"loginEdit"_s)->text() == u"manager.east"_s);
}

TEST_CASE("Login dialog: a wrong password keeps the dialog open and says so", "[login]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    ApiClient api;
    LoginDialog dialog(api, fixture.url().toString());
    dialog.open();

    const LoginResult result = attemptLogin(dialog, u"manager.east"_s, u"not-the-password"_s);
    CHECK_FALSE(result.accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(result.error.contains(u"Wrong login or password"_s));
    CHECK_FALSE(api.isLoggedIn());
    // The form is usable again for the next try.
    CHECK(child<QPushButton>(&dialog, u"logInButton"_s)->isEnabled());
    CHECK(child<QLineEdit>(&dialog, u"passwordEdit"_s)->isEnabled());

    // And the right password still works afterwards.
    const LoginResult retry = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    CHECK(retry.accepted);
    CHECK(api.isLoggedIn());
}

TEST_CASE("Login dialog: repeated wrong passwords are told how long to wait, in Chinese too", "[login]")
{
    SettingsSandbox settings;
    EnglishAfterwards english;
    Language::apply(QLocale(u"en"_s)); // with its plural forms
    ServerFixture fixture;
    ApiClient api;
    LoginDialog dialog(api, fixture.url().toString());
    dialog.open();
    for (int attempt = 0; attempt < Tradewind::Sessions::LoginThrottle::FreeFailuresPerLogin; ++attempt)
        REQUIRE_FALSE(attemptLogin(dialog, u"manager.east"_s, u"not-the-password"_s).accepted);

    const LoginResult throttled = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    CHECK_FALSE(throttled.accepted);
    CHECK(throttled.error == u"Too many failed logins from this computer: wait 1 second before trying again."_s);

    Language::apply(QLocale(u"zh_CN"_s));
    fixture.advanceClock(1);
    REQUIRE_FALSE(attemptLogin(dialog, u"manager.east"_s, u"still-not-it"_s).accepted);
    const LoginResult chinese = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    CHECK_FALSE(chinese.accepted);
    INFO(chinese.error.toStdString());
    CHECK(chinese.error.contains(u"2"_s));
    CHECK_FALSE(chinese.error.contains(u"wait"_s));

    fixture.advanceClock(2);
    CHECK(attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword).accepted);
}

TEST_CASE("Login dialog: an unreachable server is explained", "[login]")
{
    SettingsSandbox settings;
    ServerFixture fixture; // running, but the dialog is pointed elsewhere
    ApiClient api;
    LoginDialog dialog(api, u"http://127.0.0.1:%1"_s.arg(closedPort()));
    dialog.open();

    const LoginResult result = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    CHECK_FALSE(result.accepted);
    CHECK(dialog.isVisible());
    CHECK(result.error.contains(u"cannot be reached"_s));
    CHECK_FALSE(api.isLoggedIn());
}

TEST_CASE("Login dialog: a web server that is not Tradewind is recognised", "[login]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    HtmlServer website;
    REQUIRE(website.listen(QHostAddress::LocalHost));
    ApiClient api;
    LoginDialog dialog(api, u"http://127.0.0.1:%1"_s.arg(website.serverPort()));
    dialog.open();

    const LoginResult result = attemptLogin(dialog, u"manager.east"_s, Demo::DemoPassword);
    CHECK_FALSE(result.accepted);
    CHECK(dialog.isVisible());
    CHECK(result.error.contains(u"not a Tradewind server"_s));
    CHECK_FALSE(api.isLoggedIn());
}

// ---------------------------------------------------------------------------------------------------
// 2. Who sees which opportunities

TEST_CASE("Opportunity list: a salesperson sees only their own opportunities", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    const qint64 ownId = fixture.employeeId(u"sales.east1"_s);
    const qint64 expected = sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities WHERE owner_id = %1"_s.arg(ownId));
    REQUIRE(expected > 0);
    REQUIRE(expected < sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities"_s));

    TestWorkspace workspace(*api);
    OpportunityListPage page(workspace);
    page.resize(1200, 700);
    page.show();
    RemoteListModel *model = page.listPage()->model();
    REQUIRE(page.listPage()->view() == child<QTableView>(&page, u"opportunityTable"_s));
    loadAllRows(model);

    CHECK(model->totalCount() == expected);
    CHECK(model->rowCount() == expected);
    const int ownerColumn = columnWithHeader(model, u"Owner"_s);
    REQUIRE(ownerColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        CHECK(model->rowObject(row).value(u"owner_id"_s).toInteger() == ownId);
        CHECK(model->index(row, ownerColumn).data().toString() == u"陈静"_s);
    }

    // The owner filter offers only the people whose rows the user may see: here only herself.
    QComboBox *owners = child<QComboBox>(&page, u"ownerFilter"_s);
    REQUIRE(waitUntil([owners] { return owners->count() > 1; }));
    QStringList names;
    for (int i = 1; i < owners->count(); ++i)
        names.append(owners->itemText(i));
    CHECK(names == QStringList{u"陈静"_s});
}

TEST_CASE("Opportunity list: a sales manager sees their team's opportunities", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"manager.east"_s);
    const QHash<qint64, QString> team = {{fixture.employeeId(u"manager.east"_s), u"李明"_s},
                                         {fixture.employeeId(u"sales.east1"_s), u"陈静"_s},
                                         {fixture.employeeId(u"sales.east2"_s), u"刘洋"_s}};
    QStringList ids;
    for (auto it = team.cbegin(); it != team.cend(); ++it)
        ids.append(QString::number(it.key()));
    const qint64 expected =
        sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities WHERE owner_id IN (%1)"_s.arg(ids.join(u',')));
    REQUIRE(expected > 0);
    REQUIRE(expected < sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities"_s));

    TestWorkspace workspace(*api);
    OpportunityListPage page(workspace);
    page.resize(1200, 700);
    page.show();
    RemoteListModel *model = page.listPage()->model();
    loadAllRows(model);

    CHECK(model->totalCount() == expected);
    CHECK(model->rowCount() == expected);
    const int ownerColumn = columnWithHeader(model, u"Owner"_s);
    REQUIRE(ownerColumn >= 0);
    QSet<QString> ownersSeen;
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        const qint64 owner = model->rowObject(row).value(u"owner_id"_s).toInteger();
        CHECK(team.contains(owner));
        const QString shown = model->index(row, ownerColumn).data().toString();
        CHECK(shown == team.value(owner));
        ownersSeen.insert(shown);
    }
    // All three appear (each of them owns demo opportunities).
    CHECK(ownersSeen == QSet<QString>{u"李明"_s, u"陈静"_s, u"刘洋"_s});

    QComboBox *owners = child<QComboBox>(&page, u"ownerFilter"_s);
    REQUIRE(waitUntil([owners] { return owners->count() >= 4; }));
    QSet<QString> offered;
    for (int i = 1; i < owners->count(); ++i)
        offered.insert(owners->itemText(i));
    CHECK(offered == QSet<QString>{u"李明"_s, u"陈静"_s, u"刘洋"_s});

    // Choosing one owner narrows the list to theirs.
    const int chenJing = owners->findText(u"陈静"_s);
    REQUIRE(chenJing > 0);
    owners->setCurrentIndex(chenJing);
    REQUIRE(waitUntil([model] { return !model->isLoading() && model->filter(u"owner_id"_s).size() > 0; }));
    loadAllRows(model);
    const qint64 chenId = fixture.employeeId(u"sales.east1"_s);
    CHECK(model->totalCount()
          == sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities WHERE owner_id = %1"_s.arg(chenId)));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->rowObject(row).value(u"owner_id"_s).toInteger() == chenId);
}

// ---------------------------------------------------------------------------------------------------
// 3. Paging

TEST_CASE("Opportunity list: scrolling to the end loads the next pages", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"director"_s);
    const qint64 expected = sqlCount(fixture, u"SELECT COUNT(*) FROM opportunities"_s);
    REQUIRE(expected > RemoteListModel::PageSize);

    TestWorkspace workspace(*api);
    OpportunityListPage page(workspace);
    page.resize(1200, 600); // far fewer than 50 rows fit
    page.show();
    RemoteListModel *model = page.listPage()->model();
    QTableView *view = page.listPage()->view();

    REQUIRE(waitUntil([model] { return firstPageLoaded(model); }));
    CHECK(model->totalCount() == expected);
    CHECK(model->rowCount() == expected);
    // Give the view a moment: it must not fetch more while the rest of the list is not in sight.
    QTest::qWait(300);
    CHECK(model->loadedRowCount() == RemoteListModel::PageSize);
    CHECK_FALSE(model->isRowLoaded(RemoteListModel::PageSize));
    CHECK(model->index(RemoteListModel::PageSize, 0).data().toString() == u"Loading…"_s);

    view->scrollToBottom();
    REQUIRE(waitUntil([model, expected] { return model->isRowLoaded(int(expected) - 1); }));
    CHECK(model->rowCount() == expected);
    REQUIRE(waitUntil([model] { return !model->isLoading(); }));

    // Pages join without gaps or repeats.
    loadAllRows(model);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->idAt(row));
    CHECK(ids.size() == expected);
    CHECK_FALSE(ids.contains(0));
}

// ---------------------------------------------------------------------------------------------------
// 4. From list to card

TEST_CASE("Main window: double-click or Enter on a list row opens the opportunity's card", "[mainwindow]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    MainWindow window(*api);
    window.show();
    auto *list = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
    QTableView *view = child<QTableView>(&window, u"opportunityTable"_s);
    RemoteListModel *model = list->listPage()->model();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model) && model->rowCount() >= 2; }));
    REQUIRE(waitUntil([view] { return view->visualRect(view->model()->index(1, 0)).isValid(); }));

    SECTION("double-click")
    {
        const QModelIndex index = model->index(1, 0);
        const qint64 id = model->idAt(1);
        const QString title = model->rowObject(1).value(u"title"_s).toString();
        REQUIRE(!title.isEmpty());
        doubleClick(view, index);

        auto *card = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
        CHECK(card->objectName() == u"opportunityCard"_s);
        waitForCard(card);
        CHECK(child<QLabel>(card, u"cardTitle"_s)->text() == title);
        CHECK(window.tabs()->tabText(window.tabs()->currentIndex()) == title);
        CHECK(child<QWidget>(card, u"cardContentPage"_s)->isVisible());
        CHECK_FALSE(child<QLabel>(card, u"factAmount"_s)->text().isEmpty());
        CHECK(child<QPushButton>(card, u"customerLink"_s)->text()
              == model->rowObject(1).value(u"customer_name"_s).toString());
        CHECK(tabKeys(window) == QStringList{u"opportunities"_s, u"opportunity:%1"_s.arg(id)});
    }

    SECTION("Enter")
    {
        const QModelIndex index = model->index(0, 0);
        const qint64 id = model->idAt(0);
        const QString title = model->rowObject(0).value(u"title"_s).toString();
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);

        auto *card = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
        waitForCard(card);
        CHECK(child<QLabel>(card, u"cardTitle"_s)->text() == title);

        // Opening the same row again shows the tab that is already open.
        window.openDocument(u"opportunities"_s);
        QTest::keyClick(view, Qt::Key_Return);
        waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(id));
        CHECK(window.tabs()->count() == 2);
    }
}

TEST_CASE("List actions follow the selection and the user's role", "[list]")
{
    SettingsSandbox settings;
    ServerFixture fixture;

    SECTION("a salesperson: Open and Edit need a selected row, New is always there")
    {
        auto api = fixture.login(u"sales.east1"_s);
        MainWindow window(*api);
        window.show();
        auto *list = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
        QTableView *table = list->listPage()->view();
        REQUIRE(waitUntil([&] { return firstPageLoaded(list->listPage()->model()); }));
        table->clearSelection();
        CHECK(list->newAction()->isEnabled());
        CHECK_FALSE(list->openAction()->isEnabled());
        CHECK_FALSE(list->editAction()->isEnabled());

        table->selectRow(0);
        CHECK(list->openAction()->isEnabled());
        CHECK(list->editAction()->isEnabled());

        table->selectAll();
        CHECK(list->openAction()->isEnabled());
        CHECK_FALSE(list->editAction()->isEnabled()); // one record at a time
    }

    SECTION("a service engineer may not create business partners")
    {
        auto api = fixture.login(u"engineer1"_s);
        MainWindow window(*api);
        window.show();
        window.openDocument(u"partners"_s);
        auto *list = waitForCurrentPage<PartnerListPage>(window, u"partners"_s);
        REQUIRE(waitUntil([&] { return firstPageLoaded(list->listPage()->model()); }));
        list->listPage()->view()->selectRow(0);
        CHECK_FALSE(list->newAction()->isEnabled());
        CHECK_FALSE(list->editAction()->isEnabled());
        CHECK(list->openAction()->isEnabled());
    }
}

// ---------------------------------------------------------------------------------------------------
// 5. Creating partners, and the duplicate question

TEST_CASE("Partner dialog: creating a partner, and near-duplicate names", "[dialog]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    auto other = fixture.login(u"sales.west1"_s);
    MainWindow window(*api);
    window.show();
    window.openDocument(u"partners"_s);
    auto *list = waitForCurrentPage<PartnerListPage>(window, u"partners"_s);
    REQUIRE(list->newAction()->isEnabled());

    const auto openNewDialog = [&]() -> PartnerDialog * {
        list->newAction()->trigger();
        PartnerDialog *dialog = nullptr;
        REQUIRE(waitUntil([&] { return (dialog = visibleDialog<PartnerDialog>(&window)) != nullptr; }));
        REQUIRE_FALSE(dialog->isEditing());
        return dialog;
    };

    SECTION("a new partner is saved and can be found")
    {
        const QString name = u"常州新澜智能装备有限公司"_s;
        QPointer<PartnerDialog> dialog = openNewDialog();
        qint64 savedId = 0;
        QObject::connect(dialog, &RecordDialog::saved, [&savedId](qint64 id) { savedId = id; });

        child<QLineEdit>(dialog, u"partnerNameEdit"_s)->setText(name);
        CHECK(child<QCheckBox>(dialog, u"partnerClass_customer"_s)->isChecked()); // the usual case is preset
        QTest::mouseClick(child<QCheckBox>(dialog, u"partnerClass_supplier"_s), Qt::LeftButton);
        auto *country = child<QLineEdit>(dialog, u"partnerCountryEdit"_s);
        QTest::keyClicks(country, u"cn"_s);
        CHECK(country->text() == u"CN"_s); // upper-cased while typing
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        if (dialog)
            CHECK(dialog->isBusy()); // the save runs in the background

        REQUIRE(waitUntil([&] { return savedId > 0 || (dialog && !dialog->messageText().isEmpty()); }));
        INFO("message: " << (dialog ? dialog->messageText().toStdString() : std::string()));
        REQUIRE(savedId > 0);
        REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));

        const Answer answer = ServerFixture::get(*other, u"/partners/%1"_s.arg(savedId));
        REQUIRE(answer.status == 200);
        CHECK(answer.json.value(u"name"_s).toString() == name);
        CHECK(answer.json.value(u"country"_s).toString() == u"CN"_s);
        QStringList classes;
        for (const QJsonValue &code : answer.json.value(u"classes"_s).toArray())
            classes.append(code.toString());
        classes.sort();
        CHECK(classes == QStringList{u"customer"_s, u"supplier"_s});

        // The list page opens the new partner's card, and its search finds the partner.
        auto *card = waitForCurrentPage<PartnerCard>(window, u"partner:%1"_s.arg(savedId));
        waitForCard(card);
        CHECK(child<QLabel>(card, u"cardTitle"_s)->text() == name);
        window.openDocument(u"partners"_s);
        QLineEdit *search = child<QLineEdit>(list, u"searchEdit"_s);
        typeText(search, u"新澜"_s);
        RemoteListModel *model = list->listPage()->model();
        REQUIRE(waitUntil([&] { return !model->isLoading() && model->filter(u"q"_s) == u"新澜"_s; }));
        REQUIRE(waitUntil([&] { return !model->isLoading(); }));
        CHECK(model->rowCount() == 1);
        CHECK(model->idAt(0) == savedId);
    }

    SECTION("a near-duplicate name: open the existing partner instead")
    {
        const qint64 existingId = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
        REQUIRE(existingId > 0);
        QPointer<PartnerDialog> dialog = openNewDialog();
        bool saved = false;
        QObject::connect(dialog, &RecordDialog::saved, [&saved] { saved = true; });
        child<QLineEdit>(dialog, u"partnerNameEdit"_s)->setText(u"江苏恒达钢铁"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"partnerCountryEdit"_s), u"CN"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);

        REQUIRE(waitUntil([&] { return dialog->duplicateBox() && dialog->duplicateBox()->isVisible(); }));
        QMessageBox *box = dialog->duplicateBox();
        CHECK(box->objectName() == u"duplicateMessageBox"_s);
        CHECK(box->text().contains(u"江苏恒达钢铁有限公司"_s));
        CHECK(dialog->duplicateId() == existingId);
        CHECK(dialog->messageText().contains(u"江苏恒达钢铁有限公司"_s));
        CHECK_FALSE(saved);

        QTest::mouseClick(child<QPushButton>(box, u"duplicateOpenExistingButton"_s), Qt::LeftButton);
        auto *card = waitForCurrentPage<PartnerCard>(window, u"partner:%1"_s.arg(existingId));
        waitForCard(card);
        CHECK(child<QLabel>(card, u"cardTitle"_s)->text() == u"江苏恒达钢铁有限公司"_s);
        REQUIRE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); }));
        CHECK_FALSE(saved);
        CHECK(sqlCount(fixture, u"SELECT COUNT(*) FROM partners WHERE name = '江苏恒达钢铁'"_s) == 0);
    }

    SECTION("a near-duplicate name: create it anyway")
    {
        const qint64 existingId = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
        REQUIRE(existingId > 0);
        QPointer<PartnerDialog> dialog = openNewDialog();
        qint64 savedId = 0;
        QObject::connect(dialog, &RecordDialog::saved, [&savedId](qint64 id) { savedId = id; });
        child<QLineEdit>(dialog, u"partnerNameEdit"_s)->setText(u"江苏恒达钢铁"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);

        REQUIRE(waitUntil([&] { return dialog->duplicateBox() && dialog->duplicateBox()->isVisible(); }));
        CHECK(dialog->duplicateBox()->text().contains(u"江苏恒达钢铁有限公司"_s));
        QTest::mouseClick(child<QPushButton>(dialog->duplicateBox(), u"duplicateCreateAnywayButton"_s),
                          Qt::LeftButton);

        REQUIRE(waitUntil([&] { return savedId > 0 || (dialog && !dialog->isBusy() && !dialog->messageText().isEmpty()); }));
        INFO("message: " << (dialog ? dialog->messageText().toStdString() : std::string()));
        REQUIRE(savedId > 0);
        CHECK(savedId != existingId);
        const Answer answer = ServerFixture::get(*other, u"/partners/%1"_s.arg(savedId));
        REQUIRE(answer.status == 200);
        CHECK(answer.json.value(u"name"_s).toString() == u"江苏恒达钢铁"_s);
        CHECK(sqlCount(fixture, u"SELECT COUNT(*) FROM partners WHERE name LIKE '江苏恒达钢铁%'"_s) == 2);
    }
}

// ---------------------------------------------------------------------------------------------------
// 6. Saving over someone else's change

TEST_CASE("Partner dialog: a stale version leads to the conflict question and Reload", "[dialog]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    auto other = fixture.login(u"manager.east"_s);
    const qint64 partnerId = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    REQUIRE(partnerId > 0);

    MainWindow window(*api);
    window.show();
    window.openPartner(partnerId);
    auto *card = waitForCurrentPage<PartnerCard>(window, u"partner:%1"_s.arg(partnerId));
    waitForCard(card);
    QPushButton *edit = child<QPushButton>(card, u"editButton"_s);
    REQUIRE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    PartnerDialog *found = nullptr;
    REQUIRE(waitUntil([&] { return (found = visibleDialog<PartnerDialog>(card)) != nullptr; }));
    QPointer<PartnerDialog> dialog = found;
    REQUIRE(dialog->isEditing());
    CHECK(dialog->etag() == card->etag());
    auto *city = child<QLineEdit>(dialog, u"partnerCityEdit"_s);
    auto *industry = child<QLineEdit>(dialog, u"partnerIndustryEdit"_s);
    CHECK(city->text() == u"无锡"_s);
    const QString oldIndustry = industry->text();

    // Someone else changes the partner while the dialog is open.
    const Answer change = ServerFixture::call(*other, "PATCH", u"/partners/%1"_s.arg(partnerId),
                                              QJsonObject{{u"city"_s, u"常州"_s}}, card->etag());
    REQUIRE(change.status == 200);
    REQUIRE(change.etag != card->etag());

    // This user's edit, based on the old version, cannot be saved over it.
    industry->setText(u"特种钢材"_s);
    bool saved = false;
    QObject::connect(dialog, &RecordDialog::saved, [&saved] { saved = true; });
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return dialog->conflictBox() && dialog->conflictBox()->isVisible(); }));
    CHECK_FALSE(saved);
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->isBusy());
    CHECK(dialog->conflictBox()->objectName() == u"conflictMessageBox"_s);
    CHECK(dialog->messageText().contains(u"Someone else changed this record"_s));
    CHECK(ServerFixture::get(*other, u"/partners/%1"_s.arg(partnerId)).json.value(u"industry"_s).toString()
          == oldIndustry);

    // Reload shows their version and drops this user's edit.
    bool reloaded = false;
    QObject::connect(dialog, &RecordDialog::recordReloaded, [&reloaded] { reloaded = true; });
    QTest::mouseClick(child<QPushButton>(dialog->conflictBox(), u"conflictReloadButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return reloaded; }));
    CHECK(city->text() == u"常州"_s);
    CHECK(industry->text() == oldIndustry);
    CHECK(dialog->etag() == change.etag);
    CHECK(dialog->messageText().contains(u"latest version"_s));

    // Now the edit goes through, on top of their change.
    industry->setText(u"特种钢材"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return saved || (dialog && !dialog->isBusy() && !dialog->messageText().isEmpty()
                                              && !dialog->messageText().contains(u"latest version"_s)); }));
    REQUIRE(saved);
    const Answer after = ServerFixture::get(*other, u"/partners/%1"_s.arg(partnerId));
    CHECK(after.json.value(u"city"_s).toString() == u"常州"_s);
    CHECK(after.json.value(u"industry"_s).toString() == u"特种钢材"_s);
    // The card follows.
    REQUIRE(waitUntil([card] { return child<QLabel>(card, u"factIndustry"_s)->text() == u"特种钢材"_s; }));
}

// ---------------------------------------------------------------------------------------------------
// 7. Chinese

TEST_CASE("Main window in Chinese", "[i18n]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"sales.east1"_s);
    EnglishAfterwards english;
    REQUIRE(Language::apply(QLocale(u"zh_CN"_s)));

    MainWindow window(*api);
    window.show();
    auto *opportunities = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
    window.openDocument(u"partners"_s);
    waitForCurrentPage<PartnerListPage>(window, u"partners"_s);

    CHECK(window.tabs()->tabText(0).contains(u"商机"_s));
    CHECK(window.tabs()->tabText(1).contains(u"往来单位"_s));
    for (QAction *menu : window.menuBar()->actions()) {
        INFO("menu " << menu->text().toStdString());
        CHECK(hasCjk(menu->text()));
    }
    for (QAction *module : child<QToolBar>(&window, u"modulesToolBar"_s)->actions()) {
        INFO("module " << module->iconText().toStdString());
        CHECK(hasCjk(module->iconText()));
    }
    RemoteListModel *model = opportunities->listPage()->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        INFO("column " << column << " " << header.toStdString());
        CHECK(hasCjk(header));
    }
    for (QAction *action : {opportunities->newAction(), opportunities->openAction(), opportunities->editAction()}) {
        INFO("action " << action->text().toStdString());
        CHECK(hasCjk(action->text()));
    }
    CHECK(hasCjk(child<QLineEdit>(opportunities, u"searchEdit"_s)->placeholderText()));
    CHECK(hasCjk(child<QComboBox>(opportunities, u"stageFilter"_s)->itemText(0))); // "All"

    ApiClient anonymous;
    LoginDialog login(anonymous, fixture.url().toString());
    CHECK(hasCjk(login.windowTitle()));
    CHECK(hasCjk(child<QPushButton>(&login, u"logInButton"_s)->text()));
}

// ---------------------------------------------------------------------------------------------------
// 8. Restart

TEST_CASE("Main window: open tabs and column widths survive a restart", "[mainwindow]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto api = fixture.login(u"manager.east"_s);
    const qint64 partnerId = fixture.partnerId(u"江苏恒达钢铁有限公司"_s);
    const qint64 opportunityId = sqlCount(
        fixture, u"SELECT MIN(id) FROM opportunities WHERE owner_id = %1"_s.arg(fixture.employeeId(u"sales.east1"_s)));
    REQUIRE(partnerId > 0);
    REQUIRE(opportunityId > 0);

    QStringList keysBefore;
    int currentBefore = -1;
    {
        MainWindow first(*api);
        first.show();
        CHECK(tabKeys(first) == QStringList{u"opportunities"_s}); // a first start shows the opportunities
        first.openDocument(u"partners"_s);
        first.openOpportunity(opportunityId);
        first.openPartner(partnerId);
        first.openDocument(u"partners"_s); // the current tab is not the last one
        child<QTableView>(&first, u"opportunityTable"_s)->setColumnWidth(0, 321);
        child<QTableView>(&first, u"opportunityTable"_s)->setColumnWidth(1, 123);
        child<QTableView>(&first, u"partnerTable"_s)->setColumnWidth(0, 345);
        keysBefore = tabKeys(first);
        currentBefore = first.tabs()->currentIndex();
        REQUIRE(keysBefore
                == QStringList{u"opportunities"_s, u"partners"_s, u"opportunity:%1"_s.arg(opportunityId),
                               u"partner:%1"_s.arg(partnerId)});
        REQUIRE(currentBefore == 1);
        first.close();
    }

    MainWindow second(*api);
    second.show();
    CHECK(tabKeys(second) == keysBefore);
    CHECK(second.tabs()->currentIndex() == currentBefore);
    CHECK(child<QTableView>(&second, u"opportunityTable"_s)->columnWidth(0) == 321);
    CHECK(child<QTableView>(&second, u"opportunityTable"_s)->columnWidth(1) == 123);
    CHECK(child<QTableView>(&second, u"partnerTable"_s)->columnWidth(0) == 345);
    // The restored cards load their records.
    second.openPartner(partnerId);
    auto *card = waitForCurrentPage<PartnerCard>(second, u"partner:%1"_s.arg(partnerId));
    waitForCard(card);
    CHECK(child<QLabel>(card, u"cardTitle"_s)->text() == u"江苏恒达钢铁有限公司"_s);

    // The tabs are kept per user: someone else on this PC starts with the default.
    auto colleague = fixture.login(u"sales.east1"_s);
    MainWindow theirs(*colleague);
    CHECK(tabKeys(theirs) == QStringList{u"opportunities"_s});
}
