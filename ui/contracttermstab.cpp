#include "contracttermstab.h"

#include "applicationstyle.h"
#include "columnwidths.h"
#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "moneyedit.h"
#include "quotelinedelegate.h"
#include "quotelinemodel.h"
#include "recorddialog.h"
#include "replyhandling.h"
#include "roles.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

/** A link-like button to a related card (the quote, the opportunity). */
QPushButton *linkButton(const QString &objectName, QWidget *parent)
{
    auto *link = new QPushButton(parent);
    link->setObjectName(objectName);
    link->setFlat(true);
    link->setCursor(Qt::PointingHandCursor);
    link->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    link->setStyleSheet(u"QPushButton { border: none; padding: 0; text-align: left; color: palette(link); }"
                        u" QPushButton:hover { text-decoration: underline; }"
                        u" QPushButton:disabled { color: palette(text); }"_s);
    return link;
}

/** "items[2].quantity" → {2, "quantity"}; {-1, ""} for any other field. */
std::pair<int, QString> itemField(const QString &field)
{
    static const QRegularExpression pattern(u"^items\\[(\\d+)\\](?:\\.(\\w+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return {-1, QString()};
    return {match.captured(1).toInt(), match.captured(2)};
}

} // namespace

ContractTermsTab::ContractTermsTab(Workspace &workspace, qint64 contractId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_contractId(contractId)
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_bannerButton(new QPushButton(m_banner))
    , m_message(new QLabel(this))
    , m_items(new QuoteLineModel(this))
{
    m_banner->setObjectName(u"termsBanner"_s);
    m_banner->setStyleSheet(u"QFrame#termsBanner { background-color: #e8f1fb; border: 1px solid #c3d9f2;"
                            u" border-radius: 4px; } QLabel { color: #0d3c73; }"_s);
    m_bannerText->setObjectName(u"termsBannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerButton->setObjectName(u"requestChangeBannerButton"_s);
    m_bannerButton->setText(tr("Request change…"));
    connect(m_bannerButton, &QPushButton::clicked, this, &ContractTermsTab::changeRequested);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 8, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerButton);
    m_banner->hide();
    m_message->setObjectName(u"termsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    // The items follow the user's language: the Chinese product names for Chinese users.
    m_items->setLanguage(QLocale().language() == QLocale::Chinese ? Quote::LanguageChinese : Quote::LanguageEnglish);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 12, 16, 12);
    contentLayout->setSpacing(10);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_message);
    contentLayout->addWidget(buildForm());
    contentLayout->addWidget(buildItems(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"termsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setWidget(content);
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    updateEditable();
}

ContractTermsTab::~ContractTermsTab()
{
    abandon(m_saveReply, this);
}

QWidget *ContractTermsTab::buildForm()
{
    auto *form = new QWidget(this);
    m_form = form;
    m_type = new QComboBox(form);
    m_type->setObjectName(u"contractTypeCombo"_s);
    for (const QString &type : SettlementRule::contractTypes())
        m_type->addItem(Labels::contractType(type), type);
    m_signingDate = new QDateEdit(form);
    m_signingDate->setObjectName(u"signingDateEdit"_s);
    m_signingDate->setCalendarPopup(true);
    m_signingDate->setDisplayFormat(Format::shortDateFormat());
    m_signingDate->setMinimumDate(QDate(2000, 1, 1));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_type, m_signingDate})
        widget->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_signingDate->setMinimumWidth(m_signingDate->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 60);
    m_amount = new MoneyEdit(form);
    m_amount->setObjectName(u"contractAmountEdit"_s);
    m_amount->currencyCombo()->setEnabled(false); // the items and the plan are in the contract's currency
    m_amount->setToolTip(tr("Tax included"));
    m_quoteLink = linkButton(u"quoteLink"_s, form);
    m_opportunityLink = linkButton(u"opportunityLink"_s, form);
    connect(m_quoteLink, &QPushButton::clicked, this, [this] {
        if (m_contract.quoteId > 0)
            m_workspace.openQuote(m_contract.quoteId);
    });
    connect(m_opportunityLink, &QPushButton::clicked, this, [this] {
        if (m_contract.opportunityId > 0)
            m_workspace.openOpportunity(m_contract.opportunityId);
    });
    m_deliveryTerms = textEdit(u"deliveryTermsEdit"_s, 2, form);
    m_acceptanceTerms = textEdit(u"acceptanceTermsEdit"_s, 2, form);
    m_paymentTerms = textEdit(u"paymentTermsEdit"_s, 2, form);
    m_notes = textEdit(u"contractNotesEdit"_s, 2, form);

    const auto newForm = [] { return newFormLayout(FormSpacing::Compact); };
    QFormLayout *left = newForm();
    left->addRow(tr("T&ype:"), m_type);
    left->addRow(tr("S&igning date:"), m_signingDate);
    left->addRow(tr("&Amount:"), m_amount);
    left->addRow(tr("From quote:"), m_quoteLink);
    left->addRow(tr("Opportunity:"), m_opportunityLink);
    QFormLayout *right = newForm();
    right->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    right->addRow(tr("&Delivery terms:"), m_deliveryTerms);
    right->addRow(tr("A&cceptance terms:"), m_acceptanceTerms);
    right->addRow(tr("&Payment terms:"), m_paymentTerms);
    right->addRow(tr("&Notes:"), m_notes);
    auto *columns = new QHBoxLayout(form);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(28);
    columns->addLayout(left, 4);
    columns->addLayout(right, 6);

    m_fieldWidgets = {{u"contract_type"_s, m_type},        {u"signing_date"_s, m_signingDate},
                      {u"amount"_s, m_amount},             {u"delivery_terms"_s, m_deliveryTerms},
                      {u"acceptance_terms"_s, m_acceptanceTerms}, {u"payment_terms"_s, m_paymentTerms},
                      {u"notes"_s, m_notes}};
    connect(m_type, &QComboBox::currentIndexChanged, this, &ContractTermsTab::markDirty);
    connect(m_signingDate, &QDateEdit::dateChanged, this, &ContractTermsTab::markDirty);
    connect(m_amount->amountEdit(), &QLineEdit::textEdited, this, [this] {
        markDirty();
        updateItemsTotal();
    });
    for (QPlainTextEdit *edit : {m_deliveryTerms, m_acceptanceTerms, m_paymentTerms, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &ContractTermsTab::markDirty);
    return form;
}

QWidget *ContractTermsTab::buildItems()
{
    auto *area = new QWidget(this);
    auto *toolBar = new QToolBar(area);
    toolBar->setObjectName(u"itemToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    auto *caption = new QLabel(tr("Items"), toolBar);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    caption->setContentsMargins(0, 0, 12, 0);
    toolBar->addWidget(caption);

    m_table = new QTableView(area);
    m_table->setObjectName(u"itemTable"_s);
    m_table->setModel(m_items);
    m_table->setItemDelegate(new QuoteLineDelegate(m_workspace.api(), m_table));
    styleRecordTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);
    setColumnWidthsInCharacters(m_table, QuoteLineModel::columnWidths());
    m_table->horizontalHeader()->setSectionResizeMode(QuoteLineModel::ProductColumn, QHeaderView::Stretch);

    m_addItem = toolBar->addAction(QIcon(u":/icons/new.svg"_s), tr("&Add item"), this, [this] {
        const int current = m_table->currentIndex().row();
        const int row = m_items->insertLine(current < 0 ? -1 : current + 1);
        const QModelIndex code = m_items->index(row, QuoteLineModel::CodeColumn);
        m_table->setCurrentIndex(code);
        m_table->setFocus();
        m_table->edit(code);
    });
    m_addItem->setObjectName(u"addItemAction"_s);
    m_removeItems = toolBar->addAction(QIcon(u":/icons/close.svg"_s), tr("&Remove"), this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        m_items->removeLines(rows);
    });
    m_removeItems->setObjectName(u"removeItemsAction"_s);
    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_itemsTotal = new QLabel(toolBar);
    m_itemsTotal->setObjectName(u"itemsTotalLabel"_s);
    toolBar->addWidget(m_itemsTotal);

    m_saveButton = new QPushButton(QIcon(u":/icons/save.svg"_s), tr("&Save terms"), area);
    m_saveButton->setObjectName(u"saveTermsButton"_s);
    connect(m_saveButton, &QPushButton::clicked, this, &ContractTermsTab::save);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(toolBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    m_fieldWidgets.insert(u"items"_s, m_table);
    connect(m_items, &QuoteLineModel::linesEdited, this, [this] {
        markDirty();
        updateItemsTotal();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContractTermsTab::updateEditable);
    return area;
}

void ContractTermsTab::setContract(const QJsonObject &record, const QByteArray &etag)
{
    const bool versionChanged = m_contract.id > 0 && etag != m_editEtag;
    m_contract = Contract::fromJson(record);
    if (!m_dirty) {
        m_editEtag = etag;
        fill(m_contract);
    } else if (versionChanged) {
        showMessage(tr("Someone changed this contract while you were editing it. Your edits are kept; saving them "
                       "will ask what to do."),
                    false);
    }
    const QString quote = Labels::quoteReference(m_contract.quoteNumber, QString());
    m_quoteLink->setText(quote.isEmpty() ? tr("None") : quote);
    m_quoteLink->setEnabled(m_contract.quoteId > 0);
    m_opportunityLink->setText(m_contract.opportunityTitle.isEmpty() ? tr("None") : m_contract.opportunityTitle);
    m_opportunityLink->setEnabled(m_contract.opportunityId > 0);

    QString banner;
    if (m_contract.status == Contract::StatusActive)
        banner = tr("This contract is in force: its amount, items and terms change through an approved contract "
                    "change, and every version stays readable.");
    else if (m_contract.status == Contract::StatusCompleted)
        banner = tr("This contract is completed.");
    else if (m_contract.status == Contract::StatusTerminated)
        banner = tr("This contract was terminated.");
    m_bannerText->setText(banner);
    m_banner->setVisible(!banner.isEmpty());
    m_bannerButton->setVisible(m_contract.status == Contract::StatusActive);
    updateEditable();
}

void ContractTermsTab::fill(const Contract &contract)
{
    m_filling = true;
    clearMessages();
    m_type->setCurrentIndex(std::max(0, m_type->findData(contract.contractType)));
    m_signingDate->setDate(contract.signingDate.isValid() ? contract.signingDate : QDate::currentDate());
    m_amount->setValue(contract.amount);
    m_deliveryTerms->setPlainText(contract.deliveryTerms);
    m_acceptanceTerms->setPlainText(contract.acceptanceTerms);
    m_paymentTerms->setPlainText(contract.paymentTerms);
    m_notes->setPlainText(contract.notes);
    m_items->setCurrency(contract.currency);
    m_items->setLines(contract.items);
    m_filling = false;
    if (std::exchange(m_dirty, false))
        Q_EMIT dirtyChanged(false);
    updateItemsTotal();
}

bool ContractTermsTab::isEditable() const
{
    if (m_contract.id <= 0 || m_contract.status != Contract::StatusDraft)
        return false;
    const Employee &user = m_workspace.api().currentUser();
    return m_contract.ownerId == user.id || user.hasRole(Roles::SalesManager) || user.hasRole(Roles::ContractAdmin)
        || user.hasRole(Roles::Executive);
}

void ContractTermsTab::updateEditable()
{
    const bool editable = isEditable() && !isBusy();
    m_type->setEnabled(editable);
    m_signingDate->setReadOnly(!editable);
    m_amount->amountEdit()->setReadOnly(!editable);
    for (QPlainTextEdit *edit : {m_deliveryTerms, m_acceptanceTerms, m_paymentTerms, m_notes})
        edit->setReadOnly(!editable);
    m_items->setEditable(editable);
    m_addItem->setVisible(editable);
    m_removeItems->setVisible(editable);
    m_removeItems->setEnabled(editable && !m_table->selectionModel()->selectedRows().isEmpty());
    m_saveButton->setVisible(isEditable());
    m_saveButton->setEnabled(editable && m_dirty);
}

void ContractTermsTab::updateItemsTotal()
{
    const QuoteTotals totals = QuoteTotals::of(m_items->lines(), m_items->currency(), 0);
    m_itemsTotal->setText(m_items->rowCount() == 0 ? QString()
                                                   : tr("Items total %1 before tax").arg(Format::money(totals.subtotal)));
}

void ContractTermsTab::markDirty()
{
    if (m_filling || m_contract.id <= 0)
        return;
    if (!m_dirty) {
        m_dirty = true;
        Q_EMIT dirtyChanged(true);
    }
    updateEditable();
}

Contract ContractTermsTab::editedContract() const
{
    Contract contract = m_contract;
    contract.contractType = m_type->currentData().toString();
    contract.signingDate = m_signingDate->date();
    contract.amount = m_amount->value().value_or(Money());
    contract.deliveryTerms = m_deliveryTerms->toPlainText().trimmed();
    contract.acceptanceTerms = m_acceptanceTerms->toPlainText().trimmed();
    contract.paymentTerms = m_paymentTerms->toPlainText().trimmed();
    contract.notes = m_notes->toPlainText().trimmed();
    contract.items = m_items->lines();
    return contract;
}

QJsonObject ContractTermsTab::buildBody() const
{
    const Contract contract = editedContract();
    const QJsonObject full = contract.toJson();
    QJsonObject body;
    for (const QString &field : Contract::inputFields())
        body.insert(field, full.value(field));
    // Ids the contract does not have are left out rather than sent as null.
    for (const QString &field : {u"opportunity_id"_s, u"quote_id"_s})
        if (body.value(field).isNull())
            body.remove(field);
    if (!contract.amount.isValid())
        body.insert(u"amount"_s, m_amount->amountEdit()->text());
    return body;
}

void ContractTermsTab::save()
{
    if (!isEditable() || isBusy() || !m_dirty)
        return;
    if (QWidget *focus = QApplication::focusWidget(); focus && focus != m_table && m_table->isAncestorOf(focus))
        m_table->setFocus();
    clearMessages();
    const QJsonObject body = buildBody();
    JsonReader reader(body);
    reader.rejectUnknownFields(Contract::inputFields());
    Contract::fromInput(reader);
    if (!reader.ok()) {
        showFieldError(*reader.error());
        return;
    }
    ApiReply *reply = m_workspace.api().patch(u"/contracts/%1"_s.arg(m_contractId), body, m_editEtag);
    m_saveReply = reply;
    setCursor(Qt::BusyCursor);
    m_form->setEnabled(false);
    updateEditable();
    whenFinished(reply, this, [this, reply] { saveFinished(reply); });
}

void ContractTermsTab::saveFinished(ApiReply *reply)
{
    if (reply != m_saveReply)
        return;
    m_saveReply = nullptr;
    unsetCursor();
    m_form->setEnabled(true);
    if (reply->ok()) {
        m_dirty = false;
        m_editEtag = reply->etag();
        Q_EMIT dirtyChanged(false);
        updateEditable();
        Q_EMIT saved();
        m_workspace.recordChanged();
        return;
    }
    updateEditable();
    const ApiError &error = reply->error();
    if (error.status == 412 || error.code == u"version_conflict"_s) {
        if (!m_conflictBox) {
            m_conflictBox = RecordDialog::createConflictBox(this);
            connect(m_conflictBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
                if (button->objectName() != u"conflictReloadButton"_s)
                    return;
                m_dirty = false;
                Q_EMIT dirtyChanged(false);
                m_workspace.recordChanged();
            });
        }
        showMessage(tr("Someone else changed this contract first. Reload it to continue from their version."));
        m_conflictBox->open();
    } else if (!error.field.isEmpty() && error.status == 400) {
        showFieldError(FieldError{error.field, error.message});
    } else if (error.status == 409) {
        showMessage(tr("This contract can no longer be changed here: it was activated meanwhile. Reload it (F5) and "
                       "request a contract change instead."));
    } else {
        showMessage(ErrorText::describe(error));
    }
}

void ContractTermsTab::showFieldError(const FieldError &error)
{
    clearMessages();
    m_invalidField = error.field;
    showMessage(describeFieldError(error));
    const auto [row, field] = itemField(error.field);
    if (row >= 0) {
        const int column = std::max(QuoteLineModel::columnOfField(field), int(QuoteLineModel::CodeColumn));
        m_items->setCellError(row, column, m_message->text());
        const QModelIndex cell = m_items->index(row, column);
        m_table->clearSelection();
        m_table->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(cell);
        return;
    }
    if (QWidget *widget = m_fieldWidgets.value(error.field)) {
        m_invalidMark.mark(widget);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

QString ContractTermsTab::describeFieldError(const FieldError &error) const
{
    const auto [row, field] = itemField(error.field);
    if (row >= 0) {
        const int item = row + 1;
        if (field == u"quantity"_s)
            return tr("Item %1: the quantity must be a whole number of at least 1.").arg(item);
        if (field == u"unit"_s)
            return tr("Item %1: enter the unit, e.g. pcs or set.").arg(item);
        if (field == u"unit_price"_s)
            return tr("Item %1: enter the unit price in %2.").arg(item).arg(m_items->currency());
        if (field == u"name_en"_s || field == u"name_zh"_s)
            return tr("Item %1: enter the product name.").arg(item);
        return tr("Item %1 is not accepted: %2").arg(item).arg(error.message);
    }
    const QString &name = error.field;
    if (name == u"amount"_s)
        return tr("Enter the contract amount in %1, tax included and above zero.").arg(m_contract.currency);
    if (name == u"signing_date"_s)
        return tr("Enter the signing date.");
    if (name == u"contract_type"_s)
        return tr("Choose the contract type.");
    if (name == u"delivery_terms"_s || name == u"acceptance_terms"_s || name == u"payment_terms"_s)
        return tr("The terms may have at most 2,000 characters.");
    if (name == u"notes"_s)
        return tr("The notes may have at most 4,000 characters.");
    if (name == u"items"_s)
        return tr("A contract may have at most %n item(s).", nullptr, Quote::MaxLines);
    return tr("This value is not accepted: %1").arg(error.message);
}

void ContractTermsTab::showMessage(const QString &text, bool error)
{
    RecordDialog::showMessageIn(m_message, text,
                                error ? RecordDialog::MessageKind::Error : RecordDialog::MessageKind::Notice);
}

void ContractTermsTab::clearMessages()
{
    m_invalidMark.clear();
    m_invalidField.clear();
    m_items->clearCellError();
    m_message->hide();
    m_message->clear();
}

QString ContractTermsTab::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace Tradewind
