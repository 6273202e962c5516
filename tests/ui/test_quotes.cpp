// Widget tests of the quotes in the client — created from an opportunity by right-click, lines copied from a
// similar earlier quote, edited with live totals, submitted, approved by the supervisor from the approvals
// inbox and won — against a real in-process server with the demo company.

#include "approvalspage.h"
#include "childrecorddialog.h"
#include "childrecordstab.h"
#include "clienttestsupport.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "mainwindow.h"
#include "notificationtext.h"
#include "opportunitycard.h"
#include "opportunitylistpage.h"
#include "productlookupedit.h"
#include "quoteactions.h"
#include "quotecard.h"
#include "quotecommentdialog.h"
#include "quotelinemodel.h"
#include "quoteprinter.h"
#include "serverfixture.h"
#include "similarquotesdialog.h"

#include "catchqt.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QStandardItemModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Tradewind;
using namespace ClientTestSupport;

namespace {

/** An open spare-parts opportunity the client sees, with an amount in some currency (REQUIREs one). */
QJsonObject openSparePartsOpportunity(ApiClient &client)
{
    const Answer list = ServerFixture::get(
        client, u"/opportunities"_s,
        params({{u"kind"_s, u"spare_parts"_s}, {u"open"_s, u"true"_s}, {u"limit"_s, u"200"_s}}));
    REQUIRE(list.status == 200);
    for (const QJsonValue &value : list.json.value(u"items"_s).toArray())
        if (Money::fromJson(value.toObject().value(u"amount"_s)))
            return value.toObject();
    FAIL("no open spare-parts opportunity");
    return {};
}

/** Catalogue products with a price in currency (REQUIREs at least count). */
QList<QJsonObject> pricedProducts(ApiClient &client, const QString &currency, int count)
{
    const Answer answer =
        ServerFixture::get(client, u"/products"_s, params({{u"currency"_s, currency}, {u"limit"_s, u"100"_s}}));
    REQUIRE(answer.status == 200);
    QList<QJsonObject> products;
    for (const QJsonValue &value : answer.json.value(u"items"_s).toArray())
        if (Money::fromJson(value.toObject().value(u"price"_s)))
            products.append(value.toObject());
    INFO("products priced in " << currency.toStdString());
    REQUIRE(products.size() >= count);
    return products;
}

QJsonObject lineOf(const QJsonObject &product, qint64 quantity)
{
    QuoteLine line;
    line.productId = product.value(u"id"_s).toInteger();
    line.productCode = product.value(u"code"_s).toString();
    line.nameEn = product.value(u"name_en"_s).toString();
    line.nameZh = product.value(u"name_zh"_s).toString();
    line.specification = product.value(u"specification"_s).toString();
    line.quantity = quantity;
    line.unit = product.value(u"unit"_s).toString();
    line.unitPrice = *Money::fromJson(product.value(u"price"_s));
    return line.toJson();
}

/** An earlier quote to the opportunity's customer with these lines: what "Copy from similar quote…" finds. */
qint64 createEarlierQuote(ServerFixture &fixture, ApiClient &client, const QJsonObject &opportunity,
                          const QJsonArray &lines)
{
    const QDate today = fixture.now().date();
    const Answer created = ServerFixture::call(
        client, "POST", u"/quotes"_s,
        {{u"customer_id"_s, opportunity.value(u"customer_id"_s)},
         {u"title"_s, u"Spare cameras, previous order"_s},
         {u"currency"_s, Money::fromJson(opportunity.value(u"amount"_s))->currency()},
         {u"quote_date"_s, Wire::dateToWire(today.addMonths(-2))},
         {u"valid_until"_s, Wire::dateToWire(today.addMonths(-1))},
         {u"incoterm"_s, u"EXW"_s},
         {u"language"_s, u"zh"_s},
         {u"lines"_s, lines}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    return created.json.value(u"id"_s).toInteger();
}

/** The codes of the parts the opportunity asks for, in order; adds product when it asks for none. */
QStringList requestedParts(ApiClient &client, qint64 opportunityId, const QJsonObject &product)
{
    const QString path = u"/opportunities/%1/requested-parts"_s.arg(opportunityId);
    if (ServerFixture::get(client, path).json.value(u"total"_s).toInteger() == 0) {
        const Answer added = ServerFixture::call(
            client, "POST", path, {{u"product_id"_s, product.value(u"id"_s)}, {u"quantity"_s, 4}, {u"notes"_s, u""_s}});
        INFO(added.body.toStdString());
        REQUIRE(added.status == 201);
    }
    QStringList codes;
    for (const QJsonValue &part : ServerFixture::get(client, path, params({{u"limit"_s, u"200"_s}}))
                                      .json.value(u"items"_s)
                                      .toArray())
        codes.append(part.toObject().value(u"product_code"_s).toString());
    return codes;
}

/** A draft quote created from the opportunity through the API, with at least one priced line. */
qint64 draftWithLines(ServerFixture &fixture, ApiClient &client)
{
    const QJsonObject opportunity = openSparePartsOpportunity(client);
    const QString currency = Money::fromJson(opportunity.value(u"amount"_s))->currency();
    const QList<QJsonObject> products = pricedProducts(client, currency, 2);
    const qint64 opportunityId = opportunity.value(u"id"_s).toInteger();
    const Answer created = ServerFixture::call(client, "POST", u"/opportunities/%1/quotes"_s.arg(opportunityId),
                                               {{u"lines"_s, QJsonArray{lineOf(products.at(0), 3), lineOf(products.at(1), 2)}}});
    INFO(created.body.toStdString());
    REQUIRE(created.status == 201);
    Q_UNUSED(fixture);
    return created.json.value(u"id"_s).toInteger();
}

QString serverStatus(ApiClient &client, qint64 quoteId)
{
    return ServerFixture::get(client, u"/quotes/%1"_s.arg(quoteId)).json.value(u"status"_s).toString();
}

/** Waits until the card has reloaded and shows the quote in this state. */
void waitForStatus(QuoteCard *card, const QString &status)
{
    INFO("waiting for status " << status.toStdString() << ", card shows " << card->quote().status.toStdString());
    REQUIRE(waitUntil([card, &status] { return card->state() == CardPage::State::Ready && card->quote().status == status; }));
}

/** The quote card the window shows now (REQUIREs one) once it has loaded. */
QuoteCard *currentQuoteCard(const MainWindow &window)
{
    REQUIRE(waitUntil([&window] { return qobject_cast<QuoteCard *>(window.currentPage()) != nullptr; }));
    auto *card = qobject_cast<QuoteCard *>(window.currentPage());
    waitForCard(card);
    return card;
}

QString totalOf(const QuoteCard *card)
{
    const Quote quote = card->editedQuote();
    return Format::money(QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints).total);
}

} // namespace

TEST_CASE("Quotes: created from a spare-parts opportunity, copied from a similar quote, approved and won",
          "[quotes]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const QJsonObject opportunity = openSparePartsOpportunity(*east1);
    const qint64 opportunityId = opportunity.value(u"id"_s).toInteger();
    const QString currency = Money::fromJson(opportunity.value(u"amount"_s))->currency();
    const QList<QJsonObject> products = pricedProducts(*east1, currency, 3);
    const QStringList requested = requestedParts(*east1, opportunityId, products.at(0));
    const qint64 earlierId =
        createEarlierQuote(fixture, *east1, opportunity, {lineOf(products.at(1), 2), lineOf(products.at(2), 5)});

    MainWindow window(*east1);
    window.show();

    // Right-click the opportunity in the list → Create quote: the editor opens, pre-filled.
    auto *list = waitForCurrentPage<OpportunityListPage>(window, u"opportunities"_s);
    list->kindFilter()->setCurrentIndex(list->kindFilter()->findData(u"spare_parts"_s));
    RemoteListModel *model = list->listPage()->model();
    REQUIRE(waitUntil([model] { return firstPageLoaded(model) && model->filter(u"kind"_s) == u"spare_parts"_s; }));
    loadAllRows(model);
    const int row = model->rowOfId(opportunityId);
    REQUIRE(row >= 0);
    chooseFromContextMenu(list->listPage()->view(), model->index(row, 0), u"createQuoteAction"_s);
    QuoteCard *card = currentQuoteCard(window);
    CHECK(card->quote().status == Quote::StatusDraft);
    CHECK(card->quote().opportunityId == opportunityId);
    CHECK(card->quote().customerId == opportunity.value(u"customer_id"_s).toInteger());
    CHECK(card->quote().currency == currency);
    CHECK(card->isEditable());
    QStringList codes;
    for (const QuoteLine &line : card->lineModel()->lines())
        codes.append(line.productCode);
    CHECK(codes == requested); // one line per part asked for, in order
    const qint64 quoteId = card->quoteId();

    // Copy from similar quote…: the earlier quote for this customer is offered, previewed and copied.
    card->copyFromSimilarAction()->trigger();
    auto *similar = visibleDialog<SimilarQuotesDialog>(card);
    REQUIRE(similar != nullptr);
    RemoteListModel *candidates = similar->candidates();
    REQUIRE(waitUntil([candidates] { return firstPageLoaded(candidates); }));
    const int earlierRow = candidates->rowOfId(earlierId);
    REQUIRE(earlierRow >= 0);
    CHECK(candidates->rowObject(earlierRow).value(u"same_customer"_s).toBool());
    similar->candidateTable()->selectRow(earlierRow);
    REQUIRE(waitUntil([similar, earlierId] { return similar->previewedQuoteId() == earlierId; }));
    CHECK(similar->preview()->rowCount() == 2);
    REQUIRE(similar->copyButton()->isEnabled());
    QPointer<SimilarQuotesDialog> guard(similar);
    QTest::mouseClick(similar->copyButton(), Qt::LeftButton);
    REQUIRE(waitUntil([guard] { return !guard || !guard->isVisible(); }));
    const int expectedLines = int(requested.size()) + 2;
    REQUIRE(waitUntil([card, expectedLines] {
        return card->lineModel()->rowCount() == expectedLines && !card->hasUnsavedChanges();
    }));
    CHECK(card->lineModel()->lines().constLast().productCode == products.at(2).value(u"code"_s).toString());

    // A quantity changed in the table moves the total at once; Save stores it.
    const QString totalBefore = card->totalText();
    QuoteLineModel *lines = card->lineModel();
    REQUIRE(lines->setData(lines->index(0, QuoteLineModel::QuantityColumn), 9));
    CHECK(card->hasUnsavedChanges());
    CHECK(card->totalText() == totalOf(card));
    CHECK(card->totalText() != totalBefore);
    REQUIRE(card->saveButton()->isEnabled());
    QTest::mouseClick(card->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([card] { return !card->isBusy() && !card->hasUnsavedChanges(); }));
    INFO(card->messageText().toStdString());
    const Answer saved = ServerFixture::get(*east1, u"/quotes/%1"_s.arg(quoteId));
    CHECK(saved.json.value(u"lines"_s).toArray().at(0).toObject().value(u"quantity"_s).toInteger() == 9);
    CHECK(Format::money(*Money::fromJson(saved.json.value(u"totals"_s).toObject().value(u"total"_s))) == card->totalText());

    // Submit: the supervisor is asked.
    auto *submit = child<QPushButton>(card, u"submitButton"_s);
    REQUIRE(waitUntil([submit] { return submit->isVisible() && submit->isEnabled(); }));
    QTest::mouseClick(submit, Qt::LeftButton);
    waitForStatus(card, Quote::StatusSubmitted);
    CHECK_FALSE(card->isEditable());
    CHECK(child<QPushButton>(card, u"bannerButton"_s)->isVisible()); // "Create revision to edit"

    // manager.east finds it in the approvals inbox and approves it.
    auto manager = fixture.login(u"manager.east"_s);
    MainWindow managerWindow(*manager);
    managerWindow.show();
    REQUIRE(waitUntil([&managerWindow] { return managerWindow.approvalsAction()->isVisible(); }));
    REQUIRE(waitUntil([&managerWindow] { return managerWindow.pendingApprovals() >= 1; }));
    managerWindow.approvalsAction()->trigger();
    auto *inbox = waitForCurrentPage<ApprovalsPage>(managerWindow, u"approvals"_s);
    RemoteListModel *waiting = inbox->listPage()->model();
    REQUIRE(waitUntil([inbox, waiting, quoteId] { return !waiting->isLoading() && inbox->rowOf(u"quote"_s, quoteId) >= 0; }));
    chooseFromContextMenu(inbox->listPage()->view(), waiting->index(inbox->rowOf(u"quote"_s, quoteId), 0),
                          u"approveApprovalAction"_s);
    auto *approval = visibleDialog<QuoteCommentDialog>(inbox);
    REQUIRE(approval != nullptr);
    approval->textEdit()->setFocus();
    typeText(approval->textEdit(), u"OK, ship before the shutdown"_s);
    QTest::mouseClick(approval->confirmButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return serverStatus(*manager, quoteId) == Quote::StatusApproved; }));
    REQUIRE(waitUntil([inbox, waiting, quoteId] { return !waiting->isLoading() && inbox->rowOf(u"quote"_s, quoteId) < 0; }));

    // The opportunity card shows the approved quote in its header.
    managerWindow.openOpportunity(opportunityId);
    auto *opportunityCard =
        waitForCurrentPage<OpportunityCard>(managerWindow, u"opportunity:%1"_s.arg(opportunityId));
    waitForCard(opportunityCard);
    auto *latest = child<QPushButton>(opportunityCard, u"latestQuoteLink"_s);
    CHECK(latest->text() == u"%1 · %2"_s.arg(Labels::quoteReference(card->quote().number, u"A"_s), card->totalText()));

    // sales.east1 prints the approved quote to PDF in English and in Chinese: the server's quote and company
    // profile, read back with pdftotext.
    const CompanyProfile company =
        CompanyProfile::fromJson(ServerFixture::get(*east1, u"/settings/company-profile"_s).json);
    Quote approved = Quote::fromJson(ServerFixture::get(*east1, u"/quotes/%1"_s.arg(quoteId)).json);
    REQUIRE(approved.status == Quote::StatusApproved);
    QTemporaryDir pdfDirectory;
    for (const QString &language : Quote::languages()) {
        approved.language = language;
        const QString path = pdfDirectory.filePath(language + u".pdf"_s);
        QString error;
        REQUIRE(QuotePrinting::writePdf(approved, company, path, &error));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        REQUIRE(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        INFO(language.toStdString());
        CHECK(text.contains(approved.number));
        CHECK(text.contains(approved.customerName));
        CHECK(text.contains(language == Quote::LanguageChinese ? company.nameZh : company.nameEn));
        CHECK(text.contains(language == Quote::LanguageChinese ? u"报价单"_s : u"QUOTATION"_s));
        CHECK_FALSE(text.contains(u"DRAFT"_s));
        for (const QuoteLine &line : approved.lines)
            CHECK(text.contains(line.productCode));
    }

    // sales.east1 marks it won: quote and opportunity are won.
    card->refresh();
    waitForStatus(card, Quote::StatusApproved);
    auto *win = child<QPushButton>(card, u"winButton"_s);
    REQUIRE(waitUntil([win] { return win->isVisible() && win->isEnabled(); }));
    QTest::mouseClick(win, Qt::LeftButton);
    waitForStatus(card, Quote::StatusWon);
    window.openOpportunity(opportunityId);
    auto *won = waitForCurrentPage<OpportunityCard>(window, u"opportunity:%1"_s.arg(opportunityId));
    waitForCard(won);
    REQUIRE(waitUntil([won] { return child<QLabel>(won, u"cardStatusChip"_s)->text() == Labels::stage(u"won"_s); }));
    CHECK(ServerFixture::get(*east1, u"/opportunities/%1"_s.arg(opportunityId)).json.value(u"stage"_s).toString()
          == u"won"_s);
}

TEST_CASE("Quote editor: a refused line is marked on its cell, locally and from the server", "[quotes]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 quoteId = draftWithLines(fixture, *east1);
    TestWorkspace workspace(*east1);
    QuoteCard card(workspace, quoteId);
    card.show();
    waitForCard(&card);
    QuoteLineModel *lines = card.lineModel();
    const int before = lines->rowCount();

    // A new line without a unit: core's rules refuse it before anything is sent.
    card.addLineAction()->trigger();
    REQUIRE(lines->rowCount() == before + 1);
    card.lineTable()->setFocus(); // leaves the code cell the new line opened
    REQUIRE(lines->setData(lines->index(before, QuoteLineModel::ProductColumn), u"Lens cleaning kit"_s));
    REQUIRE(lines->setData(lines->index(before, QuoteLineModel::UnitPriceColumn), u"120"_s));
    card.save();
    CHECK_FALSE(card.isBusy());
    CHECK(card.invalidField() == u"lines[%1].unit"_s.arg(before));
    CHECK(lines->errorIndex() == lines->index(before, QuoteLineModel::UnitColumn));
    CHECK(card.messageText().startsWith(u"Line %1:"_s.arg(before + 1)));
    CHECK(lines->data(lines->errorIndex(), Qt::ToolTipRole).toString() == card.messageText());
    CHECK(card.lineTable()->currentIndex() == lines->errorIndex());

    // With a unit it passes locally, but the server knows no product 999999 and names the line.
    REQUIRE(lines->setData(lines->index(before, QuoteLineModel::UnitColumn), u"set"_s));
    CHECK_FALSE(lines->errorIndex().isValid()); // fixing the cell clears its mark
    lines->applyProduct(before, QJsonObject{{u"id"_s, 999999}, {u"code"_s, u"GHOST-1"_s}, {u"name_en"_s, u"Ghost part"_s},
                                            {u"unit"_s, u"set"_s}});
    card.save();
    REQUIRE(waitUntil([&card] { return !card.isBusy(); }));
    CHECK(card.invalidField() == u"lines[%1].product_id"_s.arg(before));
    CHECK(lines->errorIndex() == lines->index(before, QuoteLineModel::CodeColumn));
    CHECK(card.messageText().startsWith(u"Line %1:"_s.arg(before + 1)));
    CHECK(card.hasUnsavedChanges());
    CHECK(ServerFixture::get(*east1, u"/quotes/%1"_s.arg(quoteId)).json.value(u"lines"_s).toArray().size() == before);
}

TEST_CASE("Quote editor: the totals follow a quantity typed into the line table", "[quotes]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 quoteId = draftWithLines(fixture, *east1);
    TestWorkspace workspace(*east1);
    QuoteCard card(workspace, quoteId);
    card.resize(1200, 800);
    card.show();
    waitForCard(&card);
    QuoteLineModel *lines = card.lineModel();
    REQUIRE(lines->rowCount() >= 1);
    const QString before = card.totalText();
    CHECK(before == Format::money(card.quote().totals.total)); // the client computes what the server stored
    CHECK_FALSE(card.saveButton()->isEnabled());

    // Double-click the quantity, type 7, Enter — as a user would.
    QTableView *table = card.lineTable();
    const QModelIndex quantity = lines->index(0, QuoteLineModel::QuantityColumn);
    doubleClick(table, quantity);
    QSpinBox *editor = nullptr;
    REQUIRE(waitUntil([table, &editor] {
        editor = table->findChild<QSpinBox *>(u"lineQuantityEditor"_s);
        return editor && editor->isVisible();
    }));
    editor->selectAll();
    QTest::keyClicks(editor, u"7"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(waitUntil([lines] { return lines->lines().constFirst().quantity == 7; }));

    QuoteLine line = card.quote().lines.constFirst();
    line.quantity = 7;
    QList<QuoteLine> expectedLines = card.quote().lines;
    expectedLines[0] = line;
    const QuoteTotals expected = QuoteTotals::of(expectedLines, card.quote().currency, card.quote().taxRateBasisPoints);
    CHECK(card.totalText() == Format::money(expected.total));
    CHECK(card.totalText() != before);
    CHECK(lines->data(lines->index(0, QuoteLineModel::TotalColumn)).toString() == Format::amount(line.total()));
    CHECK(child<QLabel>(&card, u"subtotalValue"_s)->text() == Format::money(expected.subtotal));
    CHECK(card.hasUnsavedChanges());
    CHECK(card.saveButton()->isEnabled());
}

TEST_CASE("Quote editor: a product looked up by its code fills the new line", "[quotes]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const qint64 quoteId = draftWithLines(fixture, *east1);
    TestWorkspace workspace(*east1);
    QuoteCard card(workspace, quoteId);
    card.resize(1200, 800);
    card.show();
    REQUIRE(QTest::qWaitForWindowActive(&card));
    waitForCard(&card);
    const QString currency = card.quote().currency;
    const QJsonObject product = pricedProducts(*east1, currency, 1).constFirst();
    const QString code = product.value(u"code"_s).toString();
    QuoteLineModel *lines = card.lineModel();
    const int row = lines->rowCount();

    // Add line opens the code cell; typing part of the code asks the catalogue.
    card.addLineAction()->trigger();
    ProductLookupEdit *editor = nullptr;
    REQUIRE(waitUntil([&card, &editor] {
        editor = card.lineTable()->findChild<ProductLookupEdit *>(u"lineCodeEditor"_s);
        return editor && editor->isVisible();
    }));
    editor->setFocus();
    QTest::keyClicks(editor, code.left(code.size() - 1));
    QStandardItemModel *suggestions = editor->suggestions();
    REQUIRE(waitUntil([editor, suggestions] { return !editor->isSearching() && suggestions->rowCount() > 0; }));
    int match = -1;
    for (int i = 0; i < suggestions->rowCount() && match < 0; ++i)
        if (suggestions->item(i)->data(LookupEdit::RecordRole).toJsonObject().value(u"code"_s).toString() == code)
            match = i;
    REQUIRE(match >= 0);
    CHECK(suggestions->item(match)->text().contains(Format::money(*Money::fromJson(product.value(u"price"_s)))));

    // Picking the suggestion fills the whole line, priced in the quote's currency.
    QAbstractItemView *popup = editor->lookupCompleter()->popup();
    if (!popup->isVisible())
        editor->lookupCompleter()->complete();
    REQUIRE(waitUntil([popup] { return popup->isVisible(); }));
    popup->setCurrentIndex(popup->model()->index(match, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    REQUIRE(waitUntil([lines, row] { return lines->lines().value(row).productId > 0; }));
    const QuoteLine line = lines->lines().at(row);
    CHECK(line.productId == product.value(u"id"_s).toInteger());
    CHECK(line.productCode == code);
    CHECK(line.unit == product.value(u"unit"_s).toString());
    CHECK(line.unitPrice == *Money::fromJson(product.value(u"price"_s)));
    CHECK(card.totalText() == totalOf(&card));
    CHECK(card.hasUnsavedChanges());
}

TEST_CASE("Parts requested: a part picked from the catalogue is added to a spare-parts opportunity", "[quotes]")
{
    SettingsSandbox settings;
    ServerFixture fixture;
    auto east1 = fixture.login(u"sales.east1"_s);
    const QJsonObject opportunity = openSparePartsOpportunity(*east1);
    const qint64 opportunityId = opportunity.value(u"id"_s).toInteger();
    TestWorkspace workspace(*east1);
    OpportunityCard card(workspace, opportunityId);
    card.show();
    waitForCard(&card);
    ChildRecordsTab *parts = card.childTab(u"requested-parts"_s);
    REQUIRE(parts != nullptr);
    auto *tabs = child<QTabWidget>(&card, u"cardTabs"_s);
    CHECK(tabs->isTabVisible(tabs->indexOf(child<QWidget>(&card, u"requestedPartsTab"_s))));
    REQUIRE(waitUntil([parts] { return parts->isLoaded(); }));
    const qint64 before = parts->count();

    ChildRecordDialog *dialog = parts->addRecord();
    REQUIRE(dialog != nullptr);
    auto *product = child<ProductLookupEdit>(dialog, u"productIdEdit"_s);
    product->setFocus();
    QTest::keyClicks(product, u"TW-"_s);
    REQUIRE(waitUntil([product] { return !product->isSearching() && product->suggestions()->rowCount() > 0; }));
    const QModelIndex first = product->suggestions()->index(0, 0);
    const qint64 productId = first.data(LookupEdit::IdRole).toLongLong();
    product->choose(productId, first.data(LookupEdit::NameRole).toString(),
                    first.data(LookupEdit::RecordRole).toJsonObject());
    child<QSpinBox>(dialog, u"quantitySpin"_s)->setValue(12);
    QPointer<ChildRecordDialog> guard(dialog);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    REQUIRE(waitUntil([guard] { return !guard || !guard->isVisible(); }));
    REQUIRE(waitUntil([parts, before] { return parts->count() == before + 1; }));
    const Answer listed = ServerFixture::get(*east1, u"/opportunities/%1/requested-parts"_s.arg(opportunityId),
                                             params({{u"limit"_s, u"200"_s}}));
    bool found = false;
    for (const QJsonValue &value : listed.json.value(u"items"_s).toArray())
        found = found || (value.toObject().value(u"quantity"_s).toInteger() == 12
                          && value.toObject().value(u"product_id"_s).toInteger() == productId);
    CHECK(found);
}

TEST_CASE("Notifications about quotes read as sentences and lead to the quote", "[quotes]")
{
    Notification submitted;
    submitted.kind = u"quote_submitted"_s;
    submitted.details = {{u"quote_id"_s, 42},       {u"number"_s, u"Q-2026-00042"_s}, {u"revision_label"_s, u"B"_s},
                         {u"by_name"_s, u"陈静"_s}, {u"customer_name"_s, u"江苏恒达钢铁有限公司"_s}};
    CHECK(NotificationText::line(submitted) == u"陈静 asks you to approve Q-2026-00042 Rev B (江苏恒达钢铁有限公司)"_s);
    CHECK(NotificationText::heading(submitted.kind) == u"Quote waiting for your approval"_s);

    Notification rejected = submitted;
    rejected.kind = u"quote_rejected"_s;
    rejected.details.insert(u"by_name"_s, u"王强"_s);
    rejected.details.insert(u"comment"_s, u"Discount too high"_s);
    CHECK(NotificationText::line(rejected) == u"王强 rejected Q-2026-00042 Rev B (江苏恒达钢铁有限公司): Discount too high"_s);
}
