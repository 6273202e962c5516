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
#include "changerequestdialog.h"
#include "contractcard.h"
#include "contractlistpage.h"
#include "contractversiondialog.h"
#include "demodata.h"
#include "historyview.h"
#include "invoicedialog.h"
#include "language.h"
#include "listpage.h"
#include "logindialog.h"
#include "moneyedit.h"
#include "mainwindow.h"
#include "opportunity.h"
#include "opportunitycard.h"
#include "opportunitydialog.h"
#include "opportunitylistpage.h"
#include "orgtreemodel.h"
#include "paymentdialog.h"
#include "plannodemodel.h"
#include "partner.h"
#include "partnercard.h"
#include "partnerdialog.h"
#include "partnerlistpage.h"
#include "newquotedialog.h"
#include "quoteactions.h"
#include "quotecard.h"
#include "quotecommentdialog.h"
#include "quotelinemodel.h"
#include "approvalspage.h"
#include "quotelistpage.h"
#include "remotelistmodel.h"
#include "reportspage.h"
#include "reportview.h"
#include "settlementplantab.h"
#include "similarquotesdialog.h"
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
#include <QMenu>
#include <QSplitter>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableView>
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

/** The quotes the screenshots show: a draft with lines and discounts, and one waiting for manager.east. */
struct QuoteIds
{
    qint64 opportunity = 0;
    qint64 draft = 0;
    qint64 submitted = 0;
    qint64 approved = 0;
};

ApiReply *posted(ApiClient &api, const QString &path, const QJsonObject &body, const QString &what)
{
    return finished(api.post(path, body), what);
}

/** Lines from the catalogue priced in currency, or made-up parts when the catalogue has none. */
QJsonArray sampleLines(ApiClient &api, const QString &currency, int count, int discountBasisPoints)
{
    ApiReply *found = finished(api.get(u"/products"_s, QUrlQuery{{u"currency"_s, currency}, {u"limit"_s, u"50"_s}}),
                               u"listing the products"_s);
    QJsonArray lines;
    qint64 quantity = 2;
    for (const QJsonValue &value : found->object().value(u"items"_s).toArray()) {
        const QJsonObject product = value.toObject();
        const auto price = Money::fromJson(product.value(u"price"_s));
        if (!price || lines.size() >= count)
            continue;
        QuoteLine line;
        line.productId = product.value(u"id"_s).toInteger();
        line.productCode = product.value(u"code"_s).toString();
        line.nameEn = product.value(u"name_en"_s).toString();
        line.nameZh = product.value(u"name_zh"_s).toString();
        line.specification = product.value(u"specification"_s).toString();
        line.unit = product.value(u"unit"_s).toString();
        line.unitPrice = *price;
        line.quantity = quantity++;
        line.discountBasisPoints = lines.size() % 3 == 1 ? discountBasisPoints : 0;
        lines.append(line.toJson());
    }
    found->deleteLater();
    for (int i = int(lines.size()); i < count; ++i) {
        QuoteLine line;
        line.productCode = u"TW-SP-%1"_s.arg(100 + i);
        line.nameEn = u"Line-scan camera module %1"_s.arg(i + 1);
        line.nameZh = u"线阵相机模块 %1"_s.arg(i + 1);
        line.specification = u"4K, 40 kHz, GigE"_s;
        line.unit = u"pcs"_s;
        line.unitPrice = Money(1'250'000 + 10'000 * i, currency);
        line.quantity = 1 + i;
        lines.append(line.toJson());
    }
    return lines;
}

QuoteIds prepareQuotes(const QUrl &url)
{
    ApiClient api;
    api.setServerUrl(url);
    finished(api.login(u"sales.east1"_s, Demo::DemoPassword), u"logging in as sales.east1"_s)->deleteLater();
    ApiReply *found = finished(api.get(u"/opportunities"_s, QUrlQuery{{u"kind"_s, u"spare_parts"_s}, {u"open"_s, u"true"_s},
                                                                     {u"limit"_s, u"1"_s}}),
                               u"finding a spare-parts opportunity"_s);
    const QJsonObject opportunity = found->object().value(u"items"_s).toArray().at(0).toObject();
    QuoteIds ids;
    ids.opportunity = opportunity.value(u"id"_s).toInteger();
    if (ids.opportunity <= 0)
        fail(u"sales.east1 has no open spare-parts opportunity"_s);
    const QString currency = Money::fromJson(opportunity.value(u"amount"_s)).value_or(Money::zero(u"CNY"_s)).currency();
    const QString quotes = u"/opportunities/%1/quotes"_s.arg(ids.opportunity);

    // An earlier quote with some of the same parts, for "Copy from similar quote…".
    const QDate today = QDate::currentDate();
    posted(api, u"/quotes"_s,
           {{u"customer_id"_s, opportunity.value(u"customer_id"_s)},
            {u"title"_s, u"Spare cameras, previous order"_s},
            {u"currency"_s, currency},
            {u"quote_date"_s, Wire::dateToWire(today.addMonths(-3))},
            {u"valid_until"_s, Wire::dateToWire(today.addMonths(-2))},
            {u"incoterm"_s, u"CIF"_s},
            {u"delivery_place"_s, u"Hamburg"_s},
            {u"language"_s, u"en"_s},
            {u"lines"_s, sampleLines(api, currency, 3, 0)}},
           u"creating an earlier quote"_s)
        ->deleteLater();
    ApiReply *draft = posted(api, quotes, {{u"lines"_s, sampleLines(api, currency, 7, 1800)}}, u"creating a draft"_s);
    ids.draft = draft->object().value(u"id"_s).toInteger();
    ApiReply *other = posted(api, quotes, {{u"lines"_s, sampleLines(api, currency, 3, 500)}}, u"creating a quote"_s);
    ids.submitted = other->object().value(u"id"_s).toInteger();
    posted(api, u"/quotes/%1/submit"_s.arg(ids.submitted), {}, u"submitting the quote"_s)->deleteLater();
    // One approved by manager.east: the opportunity card's header shows it.
    ApiReply *approved = posted(api, quotes, {{u"lines"_s, sampleLines(api, currency, 4, 0)}}, u"creating a quote"_s);
    ids.approved = approved->object().value(u"id"_s).toInteger();
    posted(api, u"/quotes/%1/submit"_s.arg(ids.approved), {}, u"submitting the quote"_s)->deleteLater();
    ApiClient manager;
    manager.setServerUrl(url);
    finished(manager.login(u"manager.east"_s, Demo::DemoPassword), u"logging in as manager.east"_s)->deleteLater();
    posted(manager, u"/quotes/%1/approve"_s.arg(ids.approved), {{u"comment"_s, u"同意，请尽快发给客户。"_s}},
           u"approving the quote"_s)
        ->deleteLater();
    approved->deleteLater();
    draft->deleteLater();
    other->deleteLater();
    found->deleteLater();
    return ids;
}

/** The quote screens: list, editor (lines, a refused cell, the similar quotes), inbox, and the opportunity's tab. */
void shootQuotes(Shooter &shooter, MainWindow &window, const QuoteIds &ids)
{
    auto *quotes = qobject_cast<QuoteListPage *>(window.openDocument(u"quotes"_s));
    waitForList(quotes->listPage(), u"the quote list"_s);
    shooter.shoot(&window, u"quote-list"_s);

    auto *draft = qobject_cast<QuoteCard *>(window.openDocument(u"quote:%1"_s.arg(ids.draft)));
    waitForCard(draft, u"the draft quote"_s);
    shooter.shoot(&window, u"quote-editor"_s);
    {
        NewQuoteDialog dialog(window, &window);
        dialog.open();
        shooter.shoot(&dialog, u"quote-new-dialog"_s);
        dialog.reject();
    }
    if (SimilarQuotesDialog *similar = draft->copyFromSimilar()) {
        RemoteListModel *candidates = similar->candidates();
        waitFor(u"the similar quotes"_s, [candidates] { return !candidates->isLoading() && candidates->rowCount() > 0; });
        waitFor(u"the preview"_s, [similar] { return similar->previewedQuoteId() > 0; });
        shooter.shoot(similar, u"quote-similar-dialog"_s);
        similar->reject();
        settle();
    }
    // A line without a unit, refused on its cell.
    QuoteLineModel *lines = draft->lineModel();
    const int row = lines->insertLine();
    lines->setData(lines->index(row, QuoteLineModel::ProductColumn), u"Lens cleaning kit / 镜头清洁套件"_s);
    draft->save();
    waitFor(u"the refused line"_s, [draft] { return !draft->invalidField().isEmpty(); });
    draft->lineTable()->clearFocus();
    shooter.shoot(&window, u"quote-editor-error"_s);
    lines->removeLines({row});

    auto *inbox = qobject_cast<ApprovalsPage *>(window.openDocument(u"approvals"_s));
    waitForList(inbox->listPage(), u"the approvals inbox"_s);
    shooter.shoot(&window, u"approvals-inbox"_s);

    auto *submitted = qobject_cast<QuoteCard *>(window.openDocument(u"quote:%1"_s.arg(ids.submitted)));
    waitForCard(submitted, u"the submitted quote"_s);
    shooter.shoot(&window, u"quote-submitted"_s);
    auto *quoteTabs = submitted->findChild<QTabWidget *>(u"cardTabs"_s);
    for (int i = 1; i < quoteTabs->count(); ++i) {
        quoteTabs->setCurrentIndex(i);
        shooter.shoot(&window, u"quote-tab-"_s + quoteTabs->widget(i)->objectName());
    }
    quoteTabs->setCurrentIndex(0);
    if (QuoteCommentDialog *reject = submitted->actions()->trigger(QuoteActions::Operation::Reject)) {
        shooter.shoot(reject, u"quote-reject-dialog"_s);
        reject->reject();
        settle();
    }

    auto *opportunity = qobject_cast<OpportunityCard *>(window.openDocument(u"opportunity:%1"_s.arg(ids.opportunity)));
    waitForCard(opportunity, u"the spare-parts opportunity"_s);
    waitForList(opportunity->quoteList()->listPage(), u"the opportunity's quotes"_s);
    auto *tabs = opportunity->findChild<QTabWidget *>(u"cardTabs"_s);
    tabs->setCurrentWidget(opportunity->findChild<QWidget *>(u"quotesTab"_s));
    shooter.shoot(&window, u"opportunity-quotes"_s);
    tabs->setCurrentWidget(opportunity->findChild<QWidget *>(u"requestedPartsTab"_s));
    shooter.shoot(&window, u"opportunity-requested-parts"_s);
    if (ChildRecordsTab *parts = opportunity->childTab(u"requested-parts"_s)) {
        if (ChildRecordDialog *dialog = parts->addRecord()) {
            shooter.shoot(dialog, u"requested-part-dialog"_s);
            dialog->reject();
            settle();
        }
    }

    auto *approved = qobject_cast<QuoteCard *>(window.openDocument(u"quote:%1"_s.arg(ids.approved)));
    waitForCard(approved, u"the approved quote"_s);
    shooter.shoot(&window, u"quote-approved"_s);
}

/** The contracts the screenshots show: a demo contract well under way, and a won quote without one yet. */
struct ContractIds
{
    qint64 contract = 0;
    qint64 wonQuote = 0;
};

ContractIds prepareContracts(const QUrl &url)
{
    ApiClient sales;
    sales.setServerUrl(url);
    finished(sales.login(u"sales.east1"_s, Demo::DemoPassword), u"logging in as sales.east1"_s)->deleteLater();
    ApiClient manager;
    manager.setServerUrl(url);
    finished(manager.login(u"manager.east"_s, Demo::DemoPassword), u"logging in as manager.east"_s)->deleteLater();

    // An active contract manager.east sees with money received and something overdue: the richest card.
    ContractIds ids;
    ApiReply *listed = finished(manager.get(u"/contracts"_s, QUrlQuery{{u"limit"_s, u"200"_s}}), u"listing contracts"_s);
    int best = -1;
    for (const QJsonValue &value : listed->object().value(u"items"_s).toArray()) {
        const QJsonObject contract = value.toObject();
        const int received = contract.value(u"received_bp"_s).toInt();
        const bool overdue = Money::fromJson(contract.value(u"overdue"_s)).value_or(Money()).minorUnits() > 0;
        const int score = (contract.value(u"status"_s).toString() == u"active"_s ? 4 : 0) + (overdue ? 2 : 0)
            + (received > 0 && received < 10000 ? 1 : 0);
        if (score > best) {
            best = score;
            ids.contract = contract.value(u"id"_s).toInteger();
        }
    }
    listed->deleteLater();

    // A won quote of a system opportunity, ready to become a contract.
    ApiReply *found = finished(sales.get(u"/opportunities"_s, QUrlQuery{{u"kind"_s, u"system"_s}, {u"open"_s, u"true"_s},
                                                                       {u"limit"_s, u"1"_s}}),
                               u"finding a system opportunity"_s);
    const QJsonObject opportunity = found->object().value(u"items"_s).toArray().at(0).toObject();
    found->deleteLater();
    const QString currency = Money::fromJson(opportunity.value(u"amount"_s)).value_or(Money::zero(u"CNY"_s)).currency();
    ApiReply *quote = posted(sales, u"/opportunities/%1/quotes"_s.arg(opportunity.value(u"id"_s).toInteger()),
                             {{u"lines"_s, sampleLines(sales, currency, 3, 0)}}, u"creating a quote to win"_s);
    ids.wonQuote = quote->object().value(u"id"_s).toInteger();
    quote->deleteLater();
    posted(sales, u"/quotes/%1/submit"_s.arg(ids.wonQuote), {}, u"submitting the quote"_s)->deleteLater();
    posted(manager, u"/quotes/%1/approve"_s.arg(ids.wonQuote), {}, u"approving the quote"_s)->deleteLater();
    posted(sales, u"/quotes/%1/win"_s.arg(ids.wonQuote), {}, u"winning the quote"_s)->deleteLater();
    if (ids.contract <= 0) {
        ApiReply *created = posted(sales, u"/quotes/%1/contract"_s.arg(ids.wonQuote), {}, u"creating a contract"_s);
        ids.contract = created->object().value(u"id"_s).toInteger();
        created->deleteLater();
    }
    return ids;
}

/** The contract screens: list, card with each tab, the plan's sum check, the dialogs, and the reports. */
void shootContracts(Shooter &shooter, MainWindow &window, const ContractIds &ids)
{
    auto *won = qobject_cast<QuoteCard *>(window.openDocument(u"quote:%1"_s.arg(ids.wonQuote)));
    waitForCard(won, u"the won quote"_s);
    shooter.shoot(&window, u"quote-won-create-contract"_s);

    auto *list = qobject_cast<ContractListPage *>(window.openDocument(u"contracts"_s));
    waitForList(list->listPage(), u"the contract list"_s);
    shooter.shoot(&window, u"contract-list"_s);

    auto *card = qobject_cast<ContractCard *>(window.openDocument(u"contract:%1"_s.arg(ids.contract)));
    waitForCard(card, u"the contract card"_s);
    SettlementPlanTab *plan = card->planTab();
    waitFor(u"the plan"_s, [plan] { return plan->isLoaded(); });
    HistoryView *history = card->historyView();
    waitFor(u"the contract history"_s, [history] { return !history->isLoading(); });
    auto *tabs = card->findChild<QTabWidget *>(u"cardTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QString name = tabs->widget(i)->objectName();
        name.chop(3); // "Tab"
        shooter.shoot(&window, u"contract-card-"_s + name);
    }

    // The plan's live sum check: an amount typed that leaves the plan short.
    tabs->setCurrentWidget(card->findChild<QWidget *>(u"planTab"_s));
    PlanNodeModel *nodes = plan->model();
    if (nodes->isEditable() && nodes->rowCount() > 0) {
        const Money planned = nodes->node(nodes->rowCount() - 1).planned;
        nodes->setData(nodes->index(nodes->rowCount() - 1, PlanNodeModel::PlannedColumn),
                       (planned - Money(1'000'000, planned.currency())).toDecimalString());
        plan->save();
        shooter.shoot(&window, u"contract-plan-sum-error"_s);
    }
    QMenu *menu = plan->createContextMenu(0, &window);
    menu->popup(window.mapToGlobal(QPoint(400, 400)));
    shooter.shoot(menu, u"contract-plan-node-menu"_s);
    menu->close();
    menu->deleteLater();
    plan->discard();
    waitFor(u"the plan again"_s, [plan] { return !plan->hasUnsavedChanges(); });

    const QList<PlanNode> planNodes = nodes->nodes();
    const qint64 firstNode = planNodes.isEmpty() ? 0 : planNodes.constFirst().id;
    {
        InvoiceDialog dialog(window, card->record(), planNodes, firstNode, &window);
        dialog.open();
        dialog.numberEdit()->setText(u"INV-2026-0815"_s);
        shooter.shoot(&dialog, u"contract-invoice-dialog"_s);
        dialog.reject();
    }
    {
        PaymentDialog dialog(window, card->record(), planNodes, planNodes.size() > 1 ? planNodes.at(1).id : firstNode,
                             &window);
        dialog.open();
        dialog.amountEdit()->setCurrency(u"USD"_s);
        dialog.amountEdit()->amountEdit()->setText(u"50000.00"_s);
        dialog.rateEdit()->setText(u"7.1"_s);
        dialog.referenceEdit()->setText(u"BOC 2026112900318"_s);
        settle();
        shooter.shoot(&dialog, u"contract-payment-dialog"_s);
        dialog.reject();
    }
    if (ChildRecordDialog *milestone = card->submitMilestone(SettlementTrigger::Shipment)) {
        shooter.shoot(milestone, u"contract-milestone-dialog"_s);
        milestone->reject();
        settle();
    }
    if (ChangeRequestDialog *change = card->requestChange()) {
        shooter.shoot(change, u"contract-change-dialog"_s);
        change->reject();
        settle();
    }
    ListPage *versions = card->versionList();
    waitForList(versions, u"the versions"_s);
    {
        ContractVersionDialog dialog(versions->model()->rowObject(versions->model()->rowCount() - 1), &window);
        dialog.open();
        shooter.shoot(&dialog, u"contract-version-dialog"_s);
        dialog.reject();
    }
    tabs->setCurrentIndex(0);

    auto *reports = qobject_cast<ReportsPage *>(window.openDocument(u"reports"_s));
    for (const QString &name : {u"contractRegister"_s, u"paymentsReceived"_s, u"invoicing"_s, u"arAgeing"_s}) {
        ReportView *report = reports->showReport(name);
        waitFor(name, [report] { return !report->isLoading(); });
        shooter.shoot(&window, u"report-"_s + name);
    }
    // The drill-down: the contracts behind the first customer's receivables.
    ReportView *ageing = reports->showReport(u"arAgeing"_s);
    if (ageing->model()->dataRowCount() > 0) {
        ageing->drillDown(0);
        waitFor(u"the drilled-down rows"_s, [ageing] { return !ageing->isLoading(); });
        shooter.shoot(&window, u"report-drill-down"_s);
        ageing->showAllRows();
        waitFor(u"all rows"_s, [ageing] { return !ageing->isLoading(); });
    }
}

void shootLanguage(const QDir &directory, const QString &language, const QUrl &serverUrl, qint64 partnerId,
                   qint64 opportunityId, const QuoteIds &quoteIds, const ContractIds &contractIds)
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
    for (int i = 0; i < opportunityTabs->count(); ++i) {
        if (!opportunityTabs->isTabVisible(i))
            continue;
        opportunityTabs->setCurrentIndex(i);
        QString name = opportunityTabs->widget(i)->objectName();
        name.chop(3); // "Tab"
        shooter.shoot(&window, u"opportunity-card-"_s + name);
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

    shootQuotes(shooter, window, quoteIds);
    shootContracts(shooter, window, contractIds);
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
        const QuoteIds quoteIds = prepareQuotes(url);
        const ContractIds contractIds = prepareContracts(url);

        const QStringList languages = parser.isSet(languageOption) ? QStringList{parser.value(languageOption)}
                                                                   : QStringList{u"en"_s, u"zh_CN"_s};
        for (const QString &language : languages) {
            QSettings().clear();
            shootLanguage(directory, language, url, partnerId, opportunityId, quoteIds, contractIds);
        }
        server.close();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "tradewind-screenshots: %s\n", error.what());
        return 1;
    }
    return 0;
}
