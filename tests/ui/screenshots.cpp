// tradewind-screenshots <output directory>
//
// Starts an in-process demo server, logs in as manager.east and saves PNGs of the main screens in
// English and in Chinese, each after its data has loaded, for reviewing the layout by eye. Runs under
// QT_QPA_PLATFORM=offscreen as well as under xvfb-run.

#include "apiclient.h"
#include "applicationstyle.h"
#include "cardpage.h"
#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "demodata.h"
#include "historyview.h"
#include "language.h"
#include "listpage.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "opportunity.h"
#include "opportunitycard.h"
#include "opportunitydialog.h"
#include "opportunitylistpage.h"
#include "orgtreemodel.h"
#include "partner.h"
#include "partnercard.h"
#include "partnerdialog.h"
#include "partnerlistpage.h"
#include "remotelistmodel.h"
#include "supervisorview.h"
#include "testsupport.h"
#include "tradewindserver.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace Tradewind;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(what.toStdString());
}

void waitFor(const QString &what, const std::function<bool()> &condition, int timeoutMs = 20000)
{
    if (!TestSupport::waitUntil(condition, timeoutMs))
        fail(u"timed out waiting for "_s + what);
}

/** Lets layouts, fonts and repaints settle. */
void settle(int ms = 250)
{
    TestSupport::waitUntil([] { return false; }, ms);
}

ApiReply *finished(ApiReply *reply, const QString &what)
{
    waitFor(what, [reply] { return reply->isFinished(); });
    if (!reply->ok())
        fail(u"%1 failed: %2"_s.arg(what, QString::fromUtf8(reply->rawBody())));
    return reply;
}

void waitForList(ListPage *list, const QString &what)
{
    RemoteListModel *model = list->model();
    waitFor(what, [model] { return !model->isLoading() && model->rowCount() > 0; });
}

void waitForCard(CardPage *card, const QString &what)
{
    waitFor(what, [card] { return card->state() != CardPage::State::Loading; });
    if (card->state() != CardPage::State::Ready)
        fail(u"%1: %2"_s.arg(what, card->errorText()));
}

class Shooter
{
public:
    Shooter(const QDir &directory, const QString &language)
        : m_directory(directory)
        , m_language(language)
    {
    }

    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = m_directory.filePath(u"%1-%2-%3.png"_s.arg(m_language).arg(++m_number, 2, 10, QChar(u'0')).arg(name));
        if (!widget->grab().save(path))
            fail(u"cannot write "_s + path);
        out() << path << Qt::endl;
    }

private:
    QDir m_directory;
    QString m_language;
    int m_number = 0;
};

/** Puts some changes on an opportunity so that its history tab has something to show. */
void makeHistory(ApiClient &api, qint64 opportunityId)
{
    const QString path = u"/opportunities/%1"_s.arg(opportunityId);
    ApiReply *current = finished(api.get(path), u"loading the opportunity"_s);
    QByteArray etag = current->etag();
    const QJsonObject record = current->object();
    const QJsonObject amount = record.value(u"amount"_s).toObject();
    const QList<QJsonObject> changes = {
        QJsonObject{{u"stage"_s, u"proposal"_s}},
        QJsonObject{{u"amount"_s, QJsonObject{{u"minor"_s, amount.value(u"minor"_s).toInteger() + 1250000},
                                              {u"currency"_s, amount.value(u"currency"_s)}}},
                    {u"notes"_s, u"客户要求增加一台备用相机，已重新报价。"_s}},
        QJsonObject{{u"stage"_s, u"negotiation"_s}, {u"expected_close"_s, QDate::currentDate().addMonths(2).toString(Qt::ISODate)}},
    };
    for (const QJsonObject &change : changes) {
        ApiReply *reply = finished(api.patch(path, change, etag), u"changing the opportunity"_s);
        etag = reply->etag();
        reply->deleteLater();
    }
    current->deleteLater();
}

void shootLanguage(const QDir &directory, const QString &language, const QUrl &serverUrl, qint64 partnerId,
                   qint64 opportunityId)
{
    Language::apply(QLocale(language));
    Shooter shooter(directory, language);

    // Login dialog, empty and with an error.
    {
        ApiClient api;
        LoginDialog login(api, serverUrl.toString());
        login.findChild<QLineEdit *>(u"loginEdit"_s)->setText(u"manager.east"_s);
        login.show();
        shooter.shoot(&login, u"login"_s);
        login.findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"wrong"_s);
        login.findChild<QPushButton *>(u"logInButton"_s)->click();
        waitFor(u"the login error"_s, [&login] { return !login.errorText().isEmpty(); });
        shooter.shoot(&login, u"login-error"_s);
    }

    ApiClient api;
    api.setServerUrl(serverUrl);
    finished(api.login(u"manager.east"_s, Demo::DemoPassword), u"logging in"_s)->deleteLater();

    MainWindow window(api);
    window.show();

    // Lists.
    auto *opportunities = qobject_cast<OpportunityListPage *>(window.openDocument(u"opportunities"_s));
    waitForList(opportunities->listPage(), u"the opportunity list"_s);
    waitFor(u"the owner filter"_s, [opportunities] { return opportunities->ownerFilter()->count() > 1; });
    shooter.shoot(&window, u"opportunity-list"_s);

    auto *partners = qobject_cast<PartnerListPage *>(window.openDocument(u"partners"_s));
    waitForList(partners->listPage(), u"the partner list"_s);
    shooter.shoot(&window, u"partner-list"_s);

    // Partner card, each tab.
    auto *partnerCard = qobject_cast<PartnerCard *>(window.openDocument(u"partner:%1"_s.arg(partnerId)));
    waitForCard(partnerCard, u"the partner card"_s);
    waitForList(partnerCard->opportunityList(), u"the partner's opportunities"_s);
    auto *partnerTabs = partnerCard->findChild<QTabWidget *>(u"cardTabs"_s);
    const QStringList partnerTabNames = {u"basic"_s, u"contacts"_s, u"opportunities"_s};
    for (int i = 0; i < partnerTabs->count(); ++i) {
        partnerTabs->setCurrentIndex(i);
        shooter.shoot(&window, u"partner-card-"_s + partnerTabNames.value(i, QString::number(i)));
    }
    partnerTabs->setCurrentIndex(0);

    // Opportunity card, each tab.
    auto *opportunityCard =
        qobject_cast<OpportunityCard *>(window.openDocument(u"opportunity:%1"_s.arg(opportunityId)));
    waitForCard(opportunityCard, u"the opportunity card"_s);
    HistoryView *history = opportunityCard->historyView();
    waitFor(u"the history"_s, [history] { return !history->isLoading(); });
    auto *opportunityTabs = opportunityCard->findChild<QTabWidget *>(u"cardTabs"_s);
    for (ChildRecordsTab *tab : opportunityCard->childTabs())
        waitFor(tab->kind().path, [tab] { return tab->isLoaded(); });
    const QStringList opportunityTabNames = {u"basic"_s,   u"contacts"_s, u"follow-ups"_s,    u"plans"_s,
                                             u"competitors"_s, u"tenders"_s, u"wins"_s, u"owner-changes"_s,
                                             u"advice"_s,  u"history"_s};
    for (int i = 0; i < opportunityTabs->count(); ++i) {
        opportunityTabs->setCurrentIndex(i);
        shooter.shoot(&window, u"opportunity-card-"_s + opportunityTabNames.value(i, QString::number(i)));
    }
    opportunityTabs->setCurrentIndex(0);
    if (ChildRecordDialog *followUp = opportunityCard->addFollowUp()) {
        shooter.shoot(followUp, u"follow-up-dialog"_s);
        followUp->reject();
        settle();
    }

    // Partner dialog: editing the partner as loaded; a new one with a refused field; the duplicate question.
    {
        PartnerDialog dialog(window, Partner::fromJson(partnerCard->record()), partnerCard->etag(), &window);
        dialog.open();
        shooter.shoot(&dialog, u"partner-dialog-edit"_s);
        dialog.reject();
    }
    {
        PartnerDialog dialog(window, &window);
        dialog.open();
        shooter.shoot(&dialog, u"partner-dialog-new"_s);
        dialog.findChild<QLineEdit *>(u"partnerCountryEdit"_s)->setText(u"C"_s);
        dialog.findChild<QLineEdit *>(u"partnerNameEdit"_s)->setText(u"宁波港华物流有限公司"_s);
        dialog.save(); // the country code is incomplete: refused on the spot
        waitFor(u"the field error"_s, [&dialog] { return !dialog.fieldErrorText().isEmpty(); });
        shooter.shoot(&dialog, u"partner-dialog-field-error"_s);

        dialog.findChild<QLineEdit *>(u"partnerCountryEdit"_s)->setText(u"CN"_s);
        dialog.findChild<QLineEdit *>(u"partnerNameEdit"_s)->setText(u"江苏恒达钢铁"_s);
        dialog.save();
        waitFor(u"the duplicate question"_s,
                [&dialog] { return dialog.duplicateBox() && dialog.duplicateBox()->isVisible(); });
        shooter.shoot(&dialog, u"partner-dialog-duplicate"_s);
        shooter.shoot(dialog.duplicateBox(), u"partner-duplicate-box"_s);
        dialog.duplicateBox()->reject();
        settle();
        dialog.reject();
    }

    // Opportunity dialog: editing the opportunity as loaded, and a new one.
    {
        OpportunityDialog dialog(window, Opportunity::fromJson(opportunityCard->record()), opportunityCard->etag(),
                                 &window);
        dialog.open();
        shooter.shoot(&dialog, u"opportunity-dialog-edit"_s);
        dialog.reject();
    }
    {
        OpportunityDialog dialog(window, &window);
        dialog.open();
        shooter.shoot(&dialog, u"opportunity-dialog-new"_s);
        dialog.reject();
    }

    // The team tree with every salesperson's open opportunities unfolded.
    auto *team = qobject_cast<SupervisorView *>(window.openDocument(u"team"_s));
    OrgTreeModel *tree = team->model();
    waitFor(u"the team tree"_s, [tree] { return tree->isLoaded(); });
    QList<QModelIndex> people;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->rowCount(parent); ++row) {
            const QModelIndex index = tree->index(row, 0, parent);
            if (tree->canFetchMore(index))
                people.append(index);
            else
                collect(index);
        }
    };
    collect({});
    for (const QModelIndex &person : std::as_const(people)) {
        tree->fetchMore(person);
        team->view()->expand(person);
    }
    waitFor(u"the team's opportunities"_s, [&] {
        return std::all_of(people.cbegin(), people.cend(),
                           [tree](const QModelIndex &person) { return tree->opportunitiesLoaded(person); });
    });
    shooter.shoot(&window, u"team"_s);

    window.close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new Tradewind::ApplicationStyle);
    QApplication::setOrganizationName(u"TradewindScreenshots"_s);
    QApplication::setApplicationName(u"TradewindScreenshots"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Saves screenshots of the Tradewind client in English and Chinese."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"output"_s, u"Directory for the PNG files (created if missing)."_s);
    const QCommandLineOption languageOption(u"lang"_s, u"Only this language (en or zh_CN)."_s, u"LANG"_s);
    parser.addOption(languageOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(1);

    QDir directory(parser.positionalArguments().constFirst());
    if (!directory.mkpath(u"."_s)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(directory.path()));
        return 1;
    }

    try {
        // Nothing of the user's own settings (open tabs, column widths) may change the pictures.
        QTemporaryDir settingsDir;
        QTemporaryDir dataDir;
        if (!settingsDir.isValid() || !dataDir.isValid())
            fail(u"cannot create a temporary directory"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

        ServerConfig config;
        config.databasePath = dataDir.filePath(u"demo.db"_s);
        config.port = 0;
        config.logRequests = false;
        TradewindServer server(config);
        server.openDatabase();
        Demo::populate(server.database(), QDateTime::currentDateTimeUtc());
        if (!server.listen())
            fail(u"the server cannot listen: "_s + server.errorString());
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(server.port()));

        // A customer with contacts and opportunities, and one of its opportunities with some history.
        ApiClient setup;
        setup.setServerUrl(url);
        finished(setup.login(u"manager.east"_s, Demo::DemoPassword), u"logging in"_s)->deleteLater();
        ApiReply *found = finished(setup.get(u"/partners"_s, QUrlQuery{{u"q"_s, u"江苏恒达钢铁"_s}}), u"finding the partner"_s);
        const qint64 partnerId =
            found->object().value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
        if (partnerId <= 0)
            fail(u"the demo partner 江苏恒达钢铁有限公司 is missing"_s);
        ApiReply *mine = finished(setup.get(u"/opportunities"_s, QUrlQuery{{u"stage"_s, u"qualified"_s}, {u"sort"_s, u"-amount"_s}, {u"limit"_s, u"1"_s}}),
                                  u"finding an opportunity"_s);
        const qint64 opportunityId =
            mine->object().value(u"items"_s).toArray().at(0).toObject().value(u"id"_s).toInteger();
        if (opportunityId <= 0)
            fail(u"no opportunity visible to manager.east"_s);
        makeHistory(setup, opportunityId);

        const QStringList languages = parser.isSet(languageOption) ? QStringList{parser.value(languageOption)}
                                                                   : QStringList{u"en"_s, u"zh_CN"_s};
        for (const QString &language : languages) {
            QSettings().clear();
            shootLanguage(directory, language, url, partnerId, opportunityId);
        }
        server.close();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tradewind-screenshots: %s\n", error.what());
        return 1;
    }
    return 0;
}
