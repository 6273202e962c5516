#include "quotecard.h"

#include "applicationstyle.h"
#include "contactcombo.h"
#include "columnwidths.h"
#include "errortext.h"
#include "formatting.h"
#include "historyview.h"
#include "labels.h"
#include "listpage.h"
#include "moneyedit.h"
#include "quoteactions.h"
#include "quotelinedelegate.h"
#include "quotelinemodel.h"
#include "quotelist.h"
#include "recorddialog.h"
#include "replyhandling.h"
#include "similarquotesdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Operation = QuoteActions::Operation;

QFont boldFont(const QFont &base, qreal factor = 1.0)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(true);
    return font;
}

QDateEdit *newDateEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Format::shortDateFormat());
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
    return edit;
}

void selectData(QComboBox *combo, const QString &code)
{
    int index = combo->findData(code);
    if (index < 0 && !code.isEmpty()) {
        // A value this client does not know (a newer server): keep it rather than change it silently.
        combo->addItem(code, code);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(index, 0));
}

/** "lines[2].quantity" → {2, "quantity"}; {-1, ""} for any other field. */
std::pair<int, QString> lineField(const QString &field)
{
    static const QRegularExpression pattern(u"^lines\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, QString()};
    return {match.captured(1).toInt(), match.captured(2)};
}

/** A caption of the totals block: right-aligned, muted. */
QLabel *totalsCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

QLabel *totalsValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(u"CNY 00,000,000.00"_s));
    return label;
}

} // namespace

QuoteCard::QuoteCard(Workspace &workspace, qint64 quoteId, QWidget *parent)
    : CardPage(workspace, u"/quotes/%1"_s.arg(quoteId), parent)
    , m_quoteId(quoteId)
    , m_lines(new QuoteLineModel(this))
{
    setObjectName(u"quoteCard"_s);
    m_actions = new QuoteActions(workspace, [this] { return record(); }, this);
    // What is submitted or printed is what the user sees: unsaved edits are saved first.
    m_actions->setPrepare([this](std::function<void()> next) { whenSaved(std::move(next)); });
    connect(m_actions, &QuoteActions::busyChanged, this, &QuoteCard::updateButtons);
    buildHeaderButtons();

    QWidget *quotePage = addTabPage(tr("Quote"), u"quoteTab"_s);
    quotePage->layout()->setContentsMargins(0, 0, 0, 0);
    // On a small screen the editor scrolls rather than growing the window; the line table takes what is left.
    auto *scroll = new QScrollArea(quotePage);
    scroll->setObjectName(u"quoteEditorScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setWidget(buildEditor());
    scroll->widget()->setAutoFillBackground(false);
    quotePage->layout()->addWidget(scroll);
    buildApprovalsTab();
    buildRevisionsTab();
    QWidget *historyPage = addTabPage(tr("History"), u"historyTab"_s);
    m_history = new HistoryView(workspace.api(), &QuoteCard::fieldLabel, &QuoteCard::valueText, historyPage);
    m_history->setObjectName(u"historyView"_s);
    historyPage->layout()->addWidget(m_history);

    connect(this, &CardPage::loaded, this, &QuoteCard::updateButtons);
    // The discount above which a second level approves (shown next to the totals); the default until known.
    ApiReply *settings = workspace.api().get(u"/settings/quotes"_s);
    whenFinished(settings, this, [this, settings] {
        if (settings->ok() && settings->object().contains(u"discount_threshold_bp"_s)) {
            m_discountThreshold = settings->object().value(u"discount_threshold_bp"_s).toInt();
            updateTotals();
        }
    });
    refresh();
}

QuoteCard::~QuoteCard()
{
    abandon(m_saveReply, this);
}

QString QuoteCard::documentKey() const
{
    return u"quote:%1"_s.arg(m_quoteId);
}

QIcon QuoteCard::icon() const
{
    return QIcon(u":/icons/quote.svg"_s);
}

QString QuoteCard::placeholderTitle() const
{
    return tr("Quote %1").arg(m_quoteId);
}

// ---------------------------------------------------------------------------------------------------------
// Building

void QuoteCard::buildHeaderButtons()
{
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &QuoteCard::save);
    addAction(m_saveAction);
    m_saveButton = addHeaderButton(QIcon(u":/icons/save.svg"_s), tr("&Save"), u"saveButton"_s);
    m_saveButton->setToolTip(tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    connect(m_saveButton, &QPushButton::clicked, this, &QuoteCard::save);
    m_saveButton->hide();

    // The next steps of the workflow show as buttons while they are possible; everything is under "More".
    const QList<std::pair<Operation, QString>> shown = {{Operation::Submit, u"submitButton"_s},
                                                        {Operation::Approve, u"approveButton"_s},
                                                        {Operation::Reject, u"rejectButton"_s},
                                                        {Operation::Win, u"winButton"_s},
                                                        {Operation::PrintPreview, u"printButton"_s}};
    for (const auto &[operation, name] : shown) {
        QAction *action = m_actions->action(operation);
        QPushButton *button = addHeaderButton(action->icon(), action->text(), name);
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        button->setProperty("operation", int(operation));
        button->hide(); // until the quote has loaded and says what is possible
        m_actionButtons.append(button);
    }
    QPushButton *more = addHeaderButton(QIcon(), tr("More"), u"moreButton"_s);
    auto *menu = new QMenu(more);
    menu->setObjectName(u"quoteActionsMenu"_s);
    m_actions->addToMenu(menu, {Operation::Submit, Operation::Approve, Operation::Reject, Operation::Win,
                                Operation::Lose, Operation::CreateContract, Operation::Revise, Operation::Copy,
                                Operation::PrintPreview, Operation::ExportPdf});
    more->setMenu(menu);
}

QWidget *QuoteCard::buildEditor()
{
    auto *editor = new QWidget(this);
    editor->setObjectName(u"quoteEditor"_s);
    m_editor = editor;

    m_banner = new QFrame(editor);
    m_banner->setObjectName(u"quoteBanner"_s);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(u"bannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::PlainText);
    m_bannerButton = new QPushButton(m_banner);
    m_bannerButton->setObjectName(u"bannerButton"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 8, 8);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton, 0, Qt::AlignVCenter);
    m_banner->hide();

    m_message = new QLabel(editor);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_message);
    layout->addWidget(buildTermsForm(editor));
    layout->addWidget(buildLinesArea(editor), 1);

    layout->addWidget(buildTotals(editor));
    registerField(u"notes"_s, m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuoteCard::markDirty);
    return editor;
}

QWidget *QuoteCard::buildTermsForm(QWidget *parent)
{
    auto *terms = new QWidget(parent);
    terms->setObjectName(u"termsForm"_s);
    m_contact = new ContactCombo(workspace().api(), terms);
    m_contact->setObjectName(u"contactCombo"_s);
    m_contact->setNoneText(tr("No contact"));
    m_contact->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_contact->setMinimumContentsLength(16);
    m_title = new QLineEdit(terms);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setMaxLength(200);
    m_title->setPlaceholderText(tr("Subject of the quote"));
    m_language = new QComboBox(terms);
    m_language->setObjectName(u"languageCombo"_s);
    for (const QString &code : Quote::languages())
        m_language->addItem(Labels::quoteLanguage(code), code);
    m_language->setToolTip(tr("The language the quote is printed in"));

    m_currency = new QComboBox(terms);
    m_currency->setObjectName(u"currencyCombo"_s);
    for (const QString &code : MoneyEdit::standardCurrencies())
        m_currency->addItem(code, code);
    m_taxRate = new QDoubleSpinBox(terms);
    m_taxRate->setObjectName(u"taxRateSpin"_s);
    m_taxRate->setRange(0, 100);
    m_taxRate->setDecimals(2);
    m_taxRate->setSuffix(u" %"_s);
    m_taxRate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_quoteDate = newDateEdit(terms, u"quoteDateEdit"_s);
    m_validUntil = newDateEdit(terms, u"validUntilEdit"_s);

    m_incoterm = new QComboBox(terms);
    m_incoterm->setObjectName(u"incotermCombo"_s);
    for (const QString &code : Quote::incoterms())
        m_incoterm->addItem(code, code);
    m_incoterm->setToolTip(tr("Delivery term (Incoterms 2020)"));
    m_deliveryPlace = new QLineEdit(terms);
    m_deliveryPlace->setObjectName(u"deliveryPlaceEdit"_s);
    m_deliveryPlace->setMaxLength(200);
    m_deliveryPlace->setPlaceholderText(tr("Named place, e.g. Shanghai port"));
    auto *incotermRow = new QHBoxLayout;
    incotermRow->setSpacing(6);
    incotermRow->addWidget(m_incoterm);
    incotermRow->addWidget(m_deliveryPlace, 1);
    m_paymentTerms = new QLineEdit(terms);
    m_paymentTerms->setObjectName(u"paymentTermsEdit"_s);
    m_paymentTerms->setMaxLength(1000);
    m_paymentTerms->setPlaceholderText(tr("e.g. 30 % advance, 70 % before shipment"));
    m_leadTime = new QLineEdit(terms);
    m_leadTime->setObjectName(u"leadTimeEdit"_s);
    m_leadTime->setMaxLength(200);
    m_leadTime->setPlaceholderText(tr("e.g. 8 weeks after order"));
    m_notes = new QPlainTextEdit(terms);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12);

    const auto newForm = [] { return newFormLayout(FormSpacing::Compact); };
    QFormLayout *left = newForm();
    left->addRow(tr("Su&bject:"), m_title);
    left->addRow(tr("C&ontact:"), m_contact);
    left->addRow(tr("&Language:"), m_language);
    left->addRow(tr("&Notes:"), m_notes);
    QFormLayout *middle = newForm();
    middle->addRow(tr("Curr&ency:"), m_currency);
    middle->addRow(tr("&Tax rate:"), m_taxRate);
    middle->addRow(tr("Quote &date:"), m_quoteDate);
    middle->addRow(tr("&Valid until:"), m_validUntil);
    QFormLayout *right = newForm();
    right->addRow(tr("&Incoterm:"), incotermRow);
    right->addRow(tr("&Payment terms:"), m_paymentTerms);
    right->addRow(tr("Lead ti&me:"), m_leadTime);
    if (auto *incotermLabel = qobject_cast<QLabel *>(right->labelForField(incotermRow)))
        incotermLabel->setBuddy(m_incoterm);

    auto *grid = new QHBoxLayout(terms);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(28);
    grid->addLayout(left, 5);
    grid->addLayout(middle, 3);
    grid->addLayout(right, 5);

    registerField(u"contact_id"_s, m_contact);
    registerField(u"title"_s, m_title);
    registerField(u"language"_s, m_language);
    registerField(u"currency"_s, m_currency);
    registerField(u"tax_rate_bp"_s, m_taxRate);
    registerField(u"quote_date"_s, m_quoteDate);
    registerField(u"valid_until"_s, m_validUntil);
    registerField(u"incoterm"_s, m_incoterm);
    registerField(u"delivery_place"_s, m_deliveryPlace);
    registerField(u"payment_terms"_s, m_paymentTerms);
    registerField(u"lead_time"_s, m_leadTime);

    connect(m_contact, &QComboBox::activated, this, &QuoteCard::markDirty);
    for (QLineEdit *edit : {m_title, m_deliveryPlace, m_paymentTerms, m_leadTime})
        connect(edit, &QLineEdit::textEdited, this, &QuoteCard::markDirty);
    for (QComboBox *combo : {m_language, m_incoterm})
        connect(combo, &QComboBox::currentIndexChanged, this, &QuoteCard::markDirty);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_lines->setLanguage(m_language->currentData().toString()); });
    connect(m_currency, &QComboBox::currentIndexChanged, this, &QuoteCard::currencyChosen);
    connect(m_taxRate, &QDoubleSpinBox::valueChanged, this, [this] {
        markDirty();
        updateTotals();
    });
    for (QDateEdit *edit : {m_quoteDate, m_validUntil})
        connect(edit, &QDateEdit::dateChanged, this, &QuoteCard::markDirty);
    return terms;
}

QWidget *QuoteCard::buildLinesArea(QWidget *parent)
{
    auto *area = new QWidget(parent);
    auto *toolBar = new QToolBar(area);
    toolBar->setObjectName(u"lineToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));

    m_table = new QTableView(area);
    m_table->setObjectName(u"lineTable"_s);
    m_table->setModel(m_lines);
    m_table->setItemDelegate(new QuoteLineDelegate(workspace().api(), m_table));
    styleRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(true);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 4);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    setColumnWidthsInCharacters(m_table, QuoteLineModel::columnWidths());
    header->setSectionResizeMode(QuoteLineModel::ProductColumn, QHeaderView::Stretch);

    m_addLine = toolBar->addAction(QIcon(u":/icons/new.svg"_s), tr("&Add line"), this, &QuoteCard::addLine);
    m_addLine->setObjectName(u"addLineAction"_s);
    m_addLine->setToolTip(tr("Add a line after the current one (Insert)"));
    m_removeLines = toolBar->addAction(QIcon(u":/icons/close.svg"_s), tr("&Remove"), this,
                                       &QuoteCard::removeSelectedLines);
    m_removeLines->setObjectName(u"removeLinesAction"_s);
    m_removeLines->setToolTip(tr("Remove the selected lines (Delete)"));
    m_moveUp = toolBar->addAction(QIcon(u":/icons/up.svg"_s), tr("Move &up"), this, [this] { moveCurrentLine(-1); });
    m_moveUp->setObjectName(u"moveLineUpAction"_s);
    m_moveDown = toolBar->addAction(QIcon(u":/icons/down.svg"_s), tr("Move do&wn"), this,
                                    [this] { moveCurrentLine(1); });
    m_moveDown->setObjectName(u"moveLineDownAction"_s);
    // The keys work in the table, not in a cell being edited.
    const QList<std::pair<QAction *, QKeySequence>> keys = {{m_addLine, QKeySequence(Qt::Key_Insert)},
                                                            {m_removeLines, QKeySequence(QKeySequence::Delete)},
                                                            {m_moveUp, QKeySequence(Qt::CTRL | Qt::Key_Up)},
                                                            {m_moveDown, QKeySequence(Qt::CTRL | Qt::Key_Down)}};
    for (const auto &[action, key] : keys) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_copyFromSimilar = toolBar->addAction(QIcon(u":/icons/copy.svg"_s), tr("&Copy from similar quote…"), this,
                                           [this] { copyFromSimilar(); });
    m_copyFromSimilar->setObjectName(u"copyFromSimilarAction"_s);
    m_copyFromSimilar->setToolTip(tr("Add the lines of an earlier quote for this customer or these products"));

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);

    registerField(u"lines"_s, m_table);
    connect(m_lines, &QuoteLineModel::linesEdited, this, [this] {
        markDirty();
        updateTotals();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuoteCard::updateEditable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &QuoteCard::updateEditable);
    return area;
}

QWidget *QuoteCard::buildTotals(QWidget *parent)
{
    // One strip under the lines, read left to right like the printout's totals: list price, discount,
    // subtotal, tax and the total in bold.
    auto *strip = new QFrame(parent);
    strip->setObjectName(u"totalsStrip"_s);
    strip->setStyleSheet(u"QFrame#totalsStrip { background-color: palette(base); border: 1px solid palette(mid);"
                         u" border-radius: 4px; }"_s);
    m_listTotal = totalsValue(u"listTotalValue"_s, strip);
    m_discount = totalsValue(u"discountValue"_s, strip);
    m_subtotal = totalsValue(u"subtotalValue"_s, strip);
    m_tax = totalsValue(u"taxValue"_s, strip);
    m_total = totalsValue(u"totalValue"_s, strip);
    m_total->setFont(boldFont(font(), 1.2));
    m_taxCaption = totalsCaption(tr("Tax"), strip);
    m_discountHint = new QLabel(strip);
    m_discountHint->setObjectName(u"discountHint"_s);

    auto *grid = new QGridLayout(strip);
    grid->setContentsMargins(14, 6, 14, 6);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_discountHint, 0, 0, 2, 1, Qt::AlignLeft | Qt::AlignVCenter);
    grid->setColumnStretch(0, 1);
    const QList<std::pair<QLabel *, QLabel *>> cells = {{totalsCaption(tr("List price"), strip), m_listTotal},
                                                        {totalsCaption(tr("Discount"), strip), m_discount},
                                                        {totalsCaption(tr("Subtotal"), strip), m_subtotal},
                                                        {m_taxCaption, m_tax},
                                                        {totalsCaption(tr("Total"), strip), m_total}};
    int column = 1;
    for (const auto &[caption, value] : cells) {
        grid->addWidget(caption, 0, column);
        grid->addWidget(value, 1, column);
        ++column;
    }
    return strip;
}

void QuoteCard::buildApprovalsTab()
{
    QWidget *page = addTabPage(tr("Approvals"), u"approvalsTab"_s);
    m_noApprovals = new QLabel(tr("Not submitted for approval yet."), page);
    m_noApprovals->setObjectName(u"noApprovalsLabel"_s);
    m_noApprovals->setEnabled(false);
    m_approvals = new QTableWidget(0, 5, page);
    m_approvals->setObjectName(u"approvalsTable"_s);
    m_approvals->setHorizontalHeaderLabels({tr("Level"), tr("Approver"), tr("Decision"), tr("When"), tr("Comment")});
    m_approvals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    styleRecordTable(m_approvals);
    m_approvals->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsInCharacters(m_approvals, {8, 18, 12, 18});
    page->layout()->addWidget(m_noApprovals);
    page->layout()->addWidget(m_approvals);
}

void QuoteCard::buildRevisionsTab()
{
    QWidget *page = addTabPage(tr("Revisions"), u"revisionsTab"_s);
    page->layout()->setContentsMargins(0, 4, 0, 0);
    const qint64 self = m_quoteId;
    const QList<ListColumn> columns = {
        {tr("Revision"),
         [self](const QJsonObject &row) -> QVariant {
             const QString label = row.value(u"revision_label"_s).toString();
             return row.value(u"id"_s).toInteger() == self ? tr("%1 (shown)").arg(label) : label;
         },
         QString()},
        {tr("Status"),
         [](const QJsonObject &row) -> QVariant { return Labels::quoteStatus(row.value(u"status"_s).toString()); },
         QString(), Qt::AlignLeft | Qt::AlignVCenter,
         [](const QJsonObject &row) -> QVariant {
             return CardPage::toneTextColor(QuoteList::statusTone(row.value(u"status"_s).toString()));
         }},
        {tr("Total"),
         [](const QJsonObject &row) -> QVariant {
             return Format::money(
                 Money::fromJson(row.value(u"totals"_s).toObject().value(u"total"_s)).value_or(Money()));
         },
         QString(), Qt::AlignRight | Qt::AlignVCenter},
        {tr("Date"),
         [](const QJsonObject &row) -> QVariant {
             return Format::date(QDate::fromString(row.value(u"quote_date"_s).toString(), Qt::ISODate));
         },
         QString()},
        {tr("Last changed"),
         [](const QJsonObject &row) -> QVariant {
             return Format::timestamp(Wire::timestampFromWire(row.value(u"updated_at"_s).toString()));
         },
         QString()},
        {tr("Owner"), [](const QJsonObject &row) -> QVariant { return row.value(u"owner_name"_s).toString(); },
         QString()}};
    auto *model = new RemoteListModel(&workspace().api(), resourcePath() + u"/revisions"_s, columns);
    m_revisions = new ListPage(model, u"quoteCard-revisions"_s, page);
    m_revisions->setObjectName(u"revisionList"_s);
    m_revisions->view()->setObjectName(u"revisionTable"_s);
    m_revisions->searchEdit()->hide();
    m_revisions->setCountText([](qint64 total) { return tr("%n revision(s)", nullptr, int(total)); });
    setDefaultColumnWidths(*m_revisions, u"quoteCard-revisions"_s, {14, 12, 20, 12, 18, 14});
    auto *open = new QAction(QIcon(u":/icons/quote.svg"_s), tr("&Open revision"), this);
    open->setObjectName(u"openRevisionAction"_s);
    connect(open, &QAction::triggered, this, [this] {
        for (qint64 id : m_revisions->selectedIds())
            if (id > 0 && id != m_quoteId)
                workspace().openQuote(id);
    });
    m_revisions->addRowAction(open, ListPage::ActionScope::AnySelection);
    connect(m_revisions, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0 && id != m_quoteId)
            workspace().openQuote(id);
    });
    connect(model, &RemoteListModel::totalCountChanged, this, [this, page](qint64 total) {
        const int index = tabs()->indexOf(page);
        if (index >= 0)
            tabs()->setTabText(index, tr("Revisions (%1)").arg(total));
    });
    page->layout()->addWidget(m_revisions);
}

void QuoteCard::registerField(const QString &field, QWidget *widget)
{
    m_fieldWidgets.insert(field, widget);
}

// ---------------------------------------------------------------------------------------------------------
// Showing the record

void QuoteCard::reloadRelated()
{
    m_history->load(resourcePath() + u"/history"_s);
    m_revisions->model()->reload();
}

void QuoteCard::populate(const QJsonObject &record)
{
    const bool versionChanged = !m_quote.number.isEmpty() && etag() != m_editEtag;
    m_quote = Quote::fromJson(record);

    setHeaderTitle(Labels::quoteReference(m_quote.number, m_quote.revisionLabel()));
    setSubtitle(m_quote.title);
    QList<Chip> chips{{Labels::quoteStatus(m_quote.status), QuoteList::statusTone(m_quote.status)}};
    if (m_quote.supersededById > 0)
        chips.append({tr("Superseded"), Tone::Muted});
    const bool inPlay = m_quote.status == Quote::StatusDraft || m_quote.status == Quote::StatusSubmitted
        || m_quote.status == Quote::StatusApproved;
    if (!m_quote.awaitingApproverName.isEmpty())
        chips.append({tr("Waiting for %1").arg(m_quote.awaitingApproverName), Tone::Info});
    if (inPlay && m_quote.validUntil.isValid() && m_quote.validUntil < QDate::currentDate())
        chips.append({tr("Validity passed"), Tone::Warning});
    setChips(chips);

    const qint64 customerId = m_quote.customerId;
    const qint64 opportunityId = m_quote.opportunityId;
    QList<Fact> facts{{tr("Customer"), m_quote.customerName, u"customerLink"_s,
                       [this, customerId] { workspace().openPartner(customerId); }},
                      {tr("Opportunity"), m_quote.opportunityTitle, u"opportunityLink"_s,
                       [this, opportunityId] { workspace().openOpportunity(opportunityId); }},
                      {tr("Owner"), m_quote.ownerName, u"factOwner"_s, {}},
                      {tr("Total"), Format::money(m_quote.totals.total), u"factTotal"_s, {}}};
    if (opportunityId <= 0) {
        facts[1].value = tr("None (standalone quote)");
        facts[1].onActivated = {};
    }
    setFacts(facts);

    fillApprovals(m_quote);
    if (!m_dirty) {
        fillForm(m_quote);
    } else if (versionChanged) {
        // Keep the user's edits; saving them will meet the newer version and ask.
        showMessage(tr("Someone changed this quote while you were editing it. Your edits are kept; saving them "
                       "will ask what to do."),
                    false);
    }
    updateBanner();
    updateEditable();
    updateTotals();
}

void QuoteCard::fillForm(const Quote &quote)
{
    m_populating = true;
    clearMessages();
    if (m_contact->customerId() != quote.customerId)
        m_contact->load(quote.customerId);
    m_contact->setContact(quote.contactId, quote.contactName);
    m_title->setText(quote.title);
    selectData(m_language, quote.language);
    selectData(m_currency, quote.currency);
    m_taxRate->setValue(quote.taxRateBasisPoints / 100.0);
    m_quoteDate->setDate(quote.quoteDate.isValid() ? quote.quoteDate : QDate::currentDate());
    m_validUntil->setDate(quote.validUntil.isValid() ? quote.validUntil : QDate::currentDate());
    selectData(m_incoterm, quote.incoterm);
    m_deliveryPlace->setText(quote.deliveryPlace);
    m_paymentTerms->setText(quote.paymentTerms);
    m_leadTime->setText(quote.leadTime);
    m_notes->setPlainText(quote.notes);
    m_lines->setCurrency(quote.currency);
    m_lines->setLanguage(quote.language);
    m_lines->setLines(quote.lines);
    m_populating = false;
    m_dirty = false;
    m_editEtag = etag();
    updateButtons();
}

void QuoteCard::fillApprovals(const Quote &quote)
{
    m_approvals->setRowCount(0);
    for (const QuoteApproval &approval : quote.approvals) {
        const int row = m_approvals->rowCount();
        m_approvals->insertRow(row);
        const QStringList cells{QString::number(approval.level), approval.approverName,
                                Labels::approvalDecision(approval.decision), Format::timestamp(approval.decidedAt),
                                approval.comment.simplified()};
        for (qsizetype column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 4)
                item->setToolTip(approval.comment);
            if (column == 2)
                item->setForeground(CardPage::toneTextColor(approval.decision == QuoteApproval::Approved   ? Tone::Success
                                                            : approval.decision == QuoteApproval::Rejected ? Tone::Danger
                                                                                                           : Tone::Info));
            m_approvals->setItem(row, int(column), item);
        }
    }
    m_noApprovals->setVisible(quote.approvals.isEmpty());
    m_approvals->setVisible(!quote.approvals.isEmpty());
    const int index = tabs()->indexOf(m_approvals->parentWidget());
    tabs()->setTabText(index, quote.approvals.isEmpty() ? tr("Approvals")
                                                        : tr("Approvals (%1)").arg(quote.approvals.size()));
}

void QuoteCard::updateBanner()
{
    m_bannerButton->disconnect(this);
    m_bannerButton->hide();
    QString text;
    bool warning = false;
    const QString &status = m_quote.status;
    if (m_quote.supersededById > 0) {
        text = tr("This is an earlier revision, kept as it was. A later revision replaced it.");
        m_bannerButton->setText(tr("Open the current revision"));
        const qint64 next = m_quote.supersededById;
        connect(m_bannerButton, &QPushButton::clicked, this, [this, next] { workspace().openQuote(next); });
        m_bannerButton->show();
    } else if (status == Quote::StatusRejected) {
        QString comment;
        QString approver;
        for (const QuoteApproval &approval : std::as_const(m_quote.approvals))
            if (approval.decision == QuoteApproval::Rejected) {
                comment = approval.comment;
                approver = approval.approverName;
            }
        text = comment.isEmpty() ? tr("%1 rejected this quote. Change it and submit it again.").arg(approver)
                                 : tr("%1 rejected this quote: “%2”. Change it and submit it again.").arg(approver, comment);
        warning = true;
    } else if (status == Quote::StatusWon) {
        text = m_quote.wonOn.isValid()
            ? tr("This quote was won on %1. It can no longer be changed.").arg(Format::date(m_quote.wonOn))
            : tr("This quote was won. It can no longer be changed.");
        // What comes next: the contract, created from the quote or already there.
        const qint64 contractId = record().value(u"contract_id"_s).toInteger();
        if (m_actions->isAllowed(Operation::CreateContract, record())) {
            QAction *create = m_actions->action(Operation::CreateContract);
            m_bannerButton->setText(create->text());
            m_bannerButton->setIcon(create->icon());
            connect(m_bannerButton, &QPushButton::clicked, this, [create] { create->trigger(); });
            m_bannerButton->show();
        } else if (contractId > 0) {
            m_bannerButton->setText(tr("Open contract"));
            m_bannerButton->setIcon(QIcon(u":/icons/contract.svg"_s));
            connect(m_bannerButton, &QPushButton::clicked, this, [this, contractId] { workspace().openContract(contractId); });
            m_bannerButton->show();
        }
    } else if (status == Quote::StatusLost) {
        text = m_quote.lostReason.isEmpty() ? tr("This quote was lost. It can no longer be changed.")
                                            : tr("This quote was lost: %1").arg(m_quote.lostReason);
    } else if (status == Quote::StatusSubmitted || status == Quote::StatusApproved) {
        text = status == Quote::StatusSubmitted
            ? tr("This quote waits for approval and cannot be changed. A new revision can be edited; this "
                 "one stays as it was submitted.")
            : tr("This quote is approved and cannot be changed. A new revision can be edited; this one stays "
                 "as it was approved.");
        QAction *revise = m_actions->action(Operation::Revise);
        if (m_actions->isAllowed(Operation::Revise, record())) {
            m_bannerButton->setText(tr("Create revision to edit"));
            m_bannerButton->setIcon(revise->icon());
            // Connected through this card, so that the next updateBanner() disconnects it.
            connect(m_bannerButton, &QPushButton::clicked, this, [revise] { revise->trigger(); });
            m_bannerButton->show();
        }
    }
    m_banner->setVisible(!text.isEmpty());
    m_bannerText->setText(text);
    m_banner->setStyleSheet(warning ? u"QFrame#quoteBanner { background-color: #fff1df; border: 1px solid #f3d2a6;"
                                      u" border-radius: 4px; } QLabel { color: #7a3d00; }"_s
                                    : u"QFrame#quoteBanner { background-color: #e8f1fb; border: 1px solid #c3d9f2;"
                                      u" border-radius: 4px; } QLabel { color: #0d3c73; }"_s);
}

bool QuoteCard::isEditable() const
{
    return m_quote.id > 0 && Quote::isEditableStatus(m_quote.status) && m_quote.supersededById <= 0;
}

void QuoteCard::updateEditable()
{
    const bool editable = isEditable();
    for (QLineEdit *edit : {m_title, m_deliveryPlace, m_paymentTerms, m_leadTime})
        edit->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_notes->setPlaceholderText(editable ? tr("Printed under the lines") : QString());
    for (QAbstractSpinBox *spin : std::initializer_list<QAbstractSpinBox *>{m_taxRate, m_quoteDate, m_validUntil})
        spin->setReadOnly(!editable);
    for (QComboBox *combo : {static_cast<QComboBox *>(m_contact), m_language, m_currency, m_incoterm})
        combo->setEnabled(editable);
    m_lines->setEditable(editable);
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const int current = m_table->currentIndex().row();
    m_addLine->setEnabled(editable && m_lines->rowCount() < Quote::MaxLines);
    m_removeLines->setEnabled(editable && !selected.isEmpty());
    m_moveUp->setEnabled(editable && current > 0);
    m_moveDown->setEnabled(editable && current >= 0 && current < m_lines->rowCount() - 1);
    m_copyFromSimilar->setEnabled(editable);
}

void QuoteCard::updateButtons()
{
    m_actions->update();
    const bool ready = state() == State::Ready;
    m_saveButton->setVisible(isEditable());
    m_saveButton->setEnabled(ready && m_dirty && !isBusy());
    m_saveAction->setEnabled(ready && m_dirty && !isBusy());
    for (QPushButton *button : std::as_const(m_actionButtons)) {
        QAction *action = m_actions->action(Operation(button->property("operation").toInt()));
        button->setVisible(action->isEnabled() || (action == m_actions->action(Operation::PrintPreview) && ready));
        button->setEnabled(ready && action->isEnabled());
    }
}

void QuoteCard::updateTotals()
{
    const Quote edited = editedQuote();
    const QuoteTotals &totals = edited.totals;
    m_listTotal->setText(Format::money(totals.listTotal));
    m_discount->setText(totals.discount.minorUnits() == 0 ? Format::money(totals.discount)
                                                          : Format::money(-totals.discount));
    m_subtotal->setText(Format::money(totals.subtotal));
    m_taxCaption->setText(tr("Tax %1").arg(Format::percent(edited.taxRateBasisPoints)));
    m_tax->setText(Format::money(totals.tax));
    m_total->setText(Format::money(totals.total));
    if (totals.maxDiscountBasisPoints > m_discountThreshold) {
        m_discountHint->setText(tr("Highest discount %1: needs two approval levels").arg(Format::percent(totals.maxDiscountBasisPoints)));
        m_discountHint->setStyleSheet(u"color: %1;"_s.arg(CardPage::toneTextColor(Tone::Warning).name()));
        m_discountHint->show();
    } else {
        m_discountHint->hide();
    }
}

Quote QuoteCard::editedQuote() const
{
    Quote quote = m_quote;
    quote.contactId = m_contact->contactId();
    quote.title = m_title->text().trimmed();
    quote.language = m_language->currentData().toString();
    quote.currency = m_lines->currency();
    quote.taxRateBasisPoints = int(std::lround(m_taxRate->value() * 100));
    quote.quoteDate = m_quoteDate->date();
    quote.validUntil = m_validUntil->date();
    quote.incoterm = m_incoterm->currentData().toString();
    quote.deliveryPlace = m_deliveryPlace->text().trimmed();
    quote.paymentTerms = m_paymentTerms->text().trimmed();
    quote.leadTime = m_leadTime->text().trimmed();
    quote.notes = m_notes->toPlainText().trimmed();
    quote.lines = m_lines->lines();
    // The same computation as the server's: what the user sees is what will be stored and printed.
    quote.totals = QuoteTotals::of(quote.lines, quote.currency, quote.taxRateBasisPoints);
    return quote;
}

QString QuoteCard::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString QuoteCard::totalText() const
{
    return m_total->text();
}

// ---------------------------------------------------------------------------------------------------------
// Editing

void QuoteCard::markDirty()
{
    if (m_populating || m_dirty || state() != State::Ready)
        return;
    m_dirty = true;
    updateButtons();
}

void QuoteCard::currencyChosen()
{
    const QString chosen = m_currency->currentData().toString();
    if (m_populating || chosen == m_lines->currency())
        return;
    if (m_lines->rowCount() == 0) {
        m_lines->setCurrency(chosen);
        markDirty();
        updateTotals();
        return;
    }
    // There is no exchange rate here: the prices keep their numbers, and the user must check them.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Change currency"),
                                tr("Change the quote from %1 to %2?").arg(m_lines->currency(), chosen),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"currencyQuestion"_s);
    box->setInformativeText(tr("The unit prices keep their numbers and become %1 amounts: check every price "
                               "afterwards.").arg(chosen));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, chosen](int result) {
        if (result == QMessageBox::Yes) {
            m_lines->setCurrency(chosen);
            markDirty();
            updateTotals();
        } else {
            m_populating = true;
            selectData(m_currency, m_lines->currency());
            m_populating = false;
        }
    });
    box->open();
}

void QuoteCard::addLine()
{
    if (!isEditable() || m_lines->rowCount() >= Quote::MaxLines)
        return;
    const int current = m_table->currentIndex().row();
    const int row = m_lines->insertLine(current < 0 ? -1 : current + 1);
    const QModelIndex code = m_lines->index(row, QuoteLineModel::CodeColumn);
    m_table->setCurrentIndex(code);
    m_table->scrollTo(code);
    m_table->setFocus();
    m_table->edit(code);
}

void QuoteCard::removeSelectedLines()
{
    if (!isEditable())
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    m_lines->removeLines(rows);
}

void QuoteCard::moveCurrentLine(int delta)
{
    const int from = m_table->currentIndex().row();
    const int column = std::max(0, m_table->currentIndex().column());
    if (!isEditable() || !m_lines->moveLine(from, from + delta))
        return;
    m_table->setCurrentIndex(m_lines->index(from + delta, column));
    m_table->selectRow(from + delta);
}

QJsonObject QuoteCard::buildBody() const
{
    const Quote quote = editedQuote();
    const QJsonObject full = quote.toJson();
    QJsonObject body;
    for (const QString &field : Quote::inputFields())
        body.insert(field, full.value(field));
    if (quote.opportunityId <= 0)
        body.remove(u"opportunity_id"_s);
    if (quote.contactId <= 0)
        body.insert(u"contact_id"_s, QJsonValue::Null);
    return body;
}

void QuoteCard::save()
{
    if (state() != State::Ready || !isEditable()) {
        m_afterSave.clear();
        return;
    }
    if (isBusy())
        return; // the running save runs what waits for it
    // A cell still being edited (Ctrl+S while typing) is committed first.
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_table && m_table->isAncestorOf(focus))
        m_table->setFocus();
    clearMessages();
    const QJsonObject body = buildBody();
    JsonReader reader(body);
    reader.rejectUnknownFields(Quote::inputFields());
    Quote::fromInput(reader);
    if (!reader.ok()) {
        m_afterSave.clear();
        showFieldError(*reader.error());
        return;
    }
    ApiReply *reply = workspace().api().patch(resourcePath(), body, m_editEtag);
    m_saveReply = reply;
    // Nothing changes under a running save: what it sends is what the user sees.
    m_editor->setEnabled(false);
    setCursor(Qt::BusyCursor);
    updateButtons();
    whenFinished(reply, this, [this, reply] { saveFinished(reply); });
}

void QuoteCard::whenSaved(std::function<void()> next)
{
    if (!m_dirty && !isBusy()) {
        next();
        return;
    }
    m_afterSave.append(std::move(next));
    save();
}

void QuoteCard::saveFinished(ApiReply *reply)
{
    if (reply != m_saveReply)
        return;
    m_saveReply = nullptr;
    m_editor->setEnabled(true);
    unsetCursor();
    const QList<std::function<void()>> waiting = std::exchange(m_afterSave, {});
    if (reply->ok()) {
        m_dirty = false;
        m_editEtag = reply->etag();
        updateButtons();
        workspace().recordChanged(); // this card reloads too, and shows what the server stored
        Q_EMIT saved();
        for (const auto &next : waiting)
            next();
        return;
    }
    updateButtons();
    const ApiError &error = reply->error();
    if (error.status == 412 || error.code == u"version_conflict"_s) {
        askAboutConflict();
    } else if (error.code == u"quote_not_editable"_s || error.status == 409) {
        showMessage(tr("This quote can no longer be changed: it was submitted or decided meanwhile. Reload it (F5) "
                       "and create a new revision to change it."));
    } else if (error.code == u"invalid_field"_s && !error.field.isEmpty()) {
        showFieldError(FieldError{error.field, error.message});
    } else {
        showMessage(ErrorText::describe(error));
    }
}

void QuoteCard::askAboutConflict()
{
    if (!m_conflictBox) {
        m_conflictBox = RecordDialog::createConflictBox(this);
        connect(m_conflictBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
            if (button->objectName() != u"conflictReloadButton"_s)
                return;
            m_dirty = false;
            refresh();
        });
    }
    showMessage(tr("Someone else changed this quote first. Reload it to continue from their version."));
    m_conflictBox->open();
}

void QuoteCard::showFieldError(const FieldError &error)
{
    clearMessages();
    m_invalidField = error.field;
    showMessage(describeFieldError(error));
    tabs()->setCurrentWidget(findChild<QWidget *>(u"quoteTab"_s));
    const auto [row, field] = lineField(error.field);
    if (row >= 0) {
        const int column = std::max<int>(QuoteLineModel::columnOfField(field), QuoteLineModel::CodeColumn);
        m_lines->setCellError(row, column, describeFieldError(error));
        // The cell shows in red: a selected row's highlight would hide it.
        const QModelIndex cell = m_lines->index(row, column);
        m_table->clearSelection();
        m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(cell);
        m_table->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (QWidget *widget = m_fieldWidgets.value(error.field)) {
        m_invalidMark.mark(widget);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

QString QuoteCard::describeFieldError(const FieldError &error) const
{
    const auto [row, field] = lineField(error.field);
    if (row >= 0) {
        const int line = row + 1;
        if (field == u"product_id"_s)
            return tr("Line %1: this product is not in the catalogue. Choose it again from the suggestions.").arg(line);
        if (field == u"product_code"_s)
            return tr("Line %1: the product code may have at most 40 characters.").arg(line);
        if (field == u"name_en"_s || field == u"name_zh"_s)
            return tr("Line %1: enter the product name (at most 200 characters).").arg(line);
        if (field == u"specification"_s)
            return tr("Line %1: the specification may have at most 1,000 characters.").arg(line);
        if (field == u"quantity"_s)
            return tr("Line %1: the quantity must be a whole number of at least 1.").arg(line);
        if (field == u"unit"_s)
            return tr("Line %1: enter the unit, e.g. pcs or set (at most 20 characters).").arg(line);
        if (field == u"unit_price"_s)
            return tr("Line %1: enter the unit price in %2.").arg(line).arg(m_lines->currency());
        if (field == u"discount_bp"_s)
            return tr("Line %1: the discount must be between 0 and 100 %.").arg(line);
        return tr("Line %1 is not accepted: %2").arg(line).arg(error.message);
    }
    const QString &name = error.field;
    if (name == u"lines"_s)
        return tr("A quote may have at most %n line(s).", nullptr, Quote::MaxLines);
    if (name == u"contact_id"_s)
        return tr("Choose one of the customer's contacts, or none.");
    if (name == u"title"_s)
        return tr("The subject may have at most 200 characters.");
    if (name == u"currency"_s)
        return tr("Choose the currency of the quote.");
    if (name == u"tax_rate_bp"_s)
        return tr("The tax rate must be between 0 and 100 %.");
    if (name == u"quote_date"_s)
        return tr("Enter the date of the quote.");
    if (name == u"valid_until"_s)
        return tr("The quote cannot expire before its date: choose a later validity date.");
    if (name == u"incoterm"_s)
        return tr("Choose the delivery term (Incoterm).");
    if (name == u"delivery_place"_s)
        return tr("The named place may have at most 200 characters.");
    if (name == u"payment_terms"_s)
        return tr("The payment terms may have at most 1,000 characters.");
    if (name == u"lead_time"_s)
        return tr("The lead time may have at most 200 characters.");
    if (name == u"notes"_s)
        return tr("The notes may have at most 4,000 characters.");
    if (name == u"language"_s)
        return tr("Choose the language the quote is printed in.");
    return tr("This value is not accepted: %1").arg(error.message);
}

void QuoteCard::showMessage(const QString &text, bool error)
{
    RecordDialog::showMessageIn(m_message, text,
                                error ? RecordDialog::MessageKind::Error : RecordDialog::MessageKind::Notice);
}

void QuoteCard::clearMessages()
{
    m_invalidMark.clear();
    m_invalidField.clear();
    m_lines->clearCellError();
    m_message->hide();
    m_message->clear();
}

SimilarQuotesDialog *QuoteCard::copyFromSimilar()
{
    if (!isEditable())
        return nullptr;
    auto *dialog = new SimilarQuotesDialog(workspace(), editedQuote(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The lines are added on the server: the edits so far are saved first.
    dialog->setPrepare([this](std::function<void()> next) { whenSaved(std::move(next)); });
    dialog->open();
    return dialog;
}

// ---------------------------------------------------------------------------------------------------------
// History

QString QuoteCard::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"title"_s, QT_TR_NOOP("Subject")},
        {u"customer_name"_s, QT_TR_NOOP("Customer")},
        {u"contact_name"_s, QT_TR_NOOP("Contact")},
        {u"owner_name"_s, QT_TR_NOOP("Owner")},
        {u"currency"_s, QT_TR_NOOP("Currency")},
        {u"tax_rate_bp"_s, QT_TR_NOOP("Tax rate")},
        {u"quote_date"_s, QT_TR_NOOP("Quote date")},
        {u"valid_until"_s, QT_TR_NOOP("Valid until")},
        {u"incoterm"_s, QT_TR_NOOP("Incoterm")},
        {u"delivery_place"_s, QT_TR_NOOP("Named place")},
        {u"payment_terms"_s, QT_TR_NOOP("Payment terms")},
        {u"lead_time"_s, QT_TR_NOOP("Lead time")},
        {u"notes"_s, QT_TR_NOOP("Notes")},
        {u"language"_s, QT_TR_NOOP("Language")},
        // The lines show through the total they add up to.
        {u"totals"_s, QT_TR_NOOP("Total")},
        {u"lost_reason"_s, QT_TR_NOOP("Reason lost")},
        {u"won_on"_s, QT_TR_NOOP("Won on")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

QString QuoteCard::valueText(const QString &field, const QJsonValue &value)
{
    if (field == u"status"_s)
        return Labels::quoteStatus(value.toString());
    if (field == u"language"_s)
        return Labels::quoteLanguage(value.toString());
    if (field == u"tax_rate_bp"_s)
        return Format::percent(value.toInt());
    if (field == u"quote_date"_s || field == u"valid_until"_s || field == u"won_on"_s)
        return Format::date(QDate::fromString(value.toString(), Qt::ISODate));
    if (field == u"totals"_s)
        return Format::money(QuoteTotals::fromJson(value.toObject()).total);
    if (value.isDouble())
        return QLocale().toString(value.toInteger());
    return value.toString();
}

} // namespace Tradewind
