#include "similarquotesdialog.h"

#include "columnwidths.h"
#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "quotelinemodel.h"
#include "recorddialog.h"
#include "remotelistmodel.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Why a quote was found: same customer, products in common. */
QString reasonText(const QJsonObject &row)
{
    QStringList reasons;
    if (row.value(u"same_customer"_s).toBool())
        reasons.append(SimilarQuotesDialog::tr("Same customer"));
    const int shared = row.value(u"shared_products"_s).toInt();
    if (shared > 0)
        reasons.append(SimilarQuotesDialog::tr("%n shared product(s)", nullptr, shared));
    return reasons.join(SimilarQuotesDialog::tr(" · "));
}

QList<ListColumn> candidateColumns(const QString &currency)
{
    const auto text = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return row.value(field).toString(); };
    };
    QList<ListColumn> columns{{SimilarQuotesDialog::tr("Quote"),
             [](const QJsonObject &row) -> QVariant {
                 return Labels::quoteReference(row.value(u"number"_s).toString(),
                                               row.value(u"revision_label"_s).toString());
             },
             QString()},
            {SimilarQuotesDialog::tr("Why similar"), [](const QJsonObject &row) -> QVariant { return reasonText(row); }, QString()},
            {SimilarQuotesDialog::tr("Customer"), text(u"customer_name"_s), QString()},
            {SimilarQuotesDialog::tr("Subject"), text(u"title"_s), QString()},
            {SimilarQuotesDialog::tr("Status"),
             [](const QJsonObject &row) -> QVariant { return Labels::quoteStatus(row.value(u"status"_s).toString()); },
             QString()},
            {SimilarQuotesDialog::tr("Total"),
             [](const QJsonObject &row) -> QVariant {
                 return Format::money(
                     Money::fromJson(row.value(u"totals"_s).toObject().value(u"total"_s)).value_or(Money()));
             },
             QString(), Qt::AlignRight | Qt::AlignVCenter},
            {SimilarQuotesDialog::tr("Date"),
             [](const QJsonObject &row) -> QVariant {
                 return Format::date(QDate::fromString(row.value(u"quote_date"_s).toString(), Qt::ISODate));
             },
             QString()}};
    // Quotes in another currency are listed for reference, greyed: their lines cannot be copied.
    for (ListColumn &column : columns)
        column.foreground = [currency](const QJsonObject &row) -> QVariant {
            return row.value(u"currency"_s).toString() == currency ? QVariant() : QVariant(QColor(0x9e, 0x9e, 0x9e));
        };
    return columns;
}

} // namespace

SimilarQuotesDialog::SimilarQuotesDialog(Workspace &workspace, const Quote &target, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_target(target)
    , m_candidates(new RemoteListModel(&workspace.api(), u"/quotes/%1/similar"_s.arg(target.id), candidateColumns(target.currency),
                                       this))
    , m_candidateTable(new QTableView(this))
    , m_preview(new QuoteLineModel(this))
    , m_previewTable(new QTableView(this))
    , m_previewTitle(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"similarQuotesDialog"_s);
    setWindowTitle(tr("Copy from similar quote — %1").arg(Labels::quoteReference(target.number, target.revisionLabel())));
    setSizeGripEnabled(true);

    auto *intro = new QLabel(tr("Earlier quotes for %1 or with the same products, best match first. The lines of "
                                "the quote you choose are added after the lines already on %2.")
                                 .arg(target.customerName, Labels::quoteReference(target.number, target.revisionLabel())),
                             this);
    intro->setWordWrap(true);

    m_candidateTable->setObjectName(u"similarTable"_s);
    m_candidateTable->setModel(m_candidates);
    styleRecordTable(m_candidateTable);
    m_candidateTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidateTable->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsInCharacters(m_candidateTable, {20, 36, 26, 22, 10, 18, 12});

    m_previewTitle->setObjectName(u"previewTitle"_s);
    m_previewTitle->setWordWrap(true);
    m_previewTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_preview->setLanguage(target.language);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_previewTable->setModel(m_preview);
    styleRecordTable(m_previewTable);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setFocusPolicy(Qt::NoFocus);
    setColumnWidthsInCharacters(m_previewTable, QuoteLineModel::columnWidths());
    m_previewTable->horizontalHeader()->setSectionResizeMode(QuoteLineModel::ProductColumn, QHeaderView::Stretch);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 8, 0, 0);
    previewLayout->setSpacing(6);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_candidateTable);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_copyButton = buttons->addButton(tr("Copy lines"), QDialogButtonBox::AcceptRole);
    m_copyButton->setObjectName(u"copyButton"_s);
    m_copyButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this, &SimilarQuotesDialog::copySelected);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1080, 700);

    connect(m_candidateTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SimilarQuotesDialog::selectionChanged);
    connect(m_candidates, &RemoteListModel::totalCountChanged, this, [this](qint64 total) {
        if (total == 0)
            m_previewTitle->setText(tr("No earlier quote shares this customer or these products."));
        else if (!m_candidateTable->selectionModel()->hasSelection())
            m_candidateTable->selectRow(0); // the best match, previewed at once
    });
    connect(m_candidates, &RemoteListModel::loadFailed, this,
            [this](const ApiError &error) { showMessage(ErrorText::describe(error)); });
    m_previewTitle->setText(tr("Looking for similar quotes…"));
    updateCopyButton();
    m_candidates->reload();
}

SimilarQuotesDialog::~SimilarQuotesDialog()
{
    abandon(m_previewReply, this);
    abandon(m_copyReply, this);
}

QString SimilarQuotesDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SimilarQuotesDialog::showMessage(const QString &text)
{
    RecordDialog::showMessageIn(m_message, text);
}

void SimilarQuotesDialog::selectionChanged()
{
    const QModelIndexList rows = m_candidateTable->selectionModel()->selectedRows();
    m_message->hide();
    if (rows.isEmpty()) {
        abandon(m_previewReply, this);
        m_previewedId = 0;
        m_preview->setLines({});
        updateCopyButton();
        return;
    }
    showPreview(m_candidates->rowObject(rows.constFirst().row()));
}

void SimilarQuotesDialog::showPreview(const QJsonObject &source)
{
    abandon(m_previewReply, this);
    m_previewedId = 0;
    m_preview->setLines({});
    const QString reference = Labels::quoteReference(source.value(u"number"_s).toString(),
                                                     source.value(u"revision_label"_s).toString());
    m_previewTitle->setText(tr("Loading the lines of %1…").arg(reference));
    updateCopyButton();
    ApiReply *reply = m_workspace.api().get(u"/quotes/%1"_s.arg(source.value(u"id"_s).toInteger()));
    m_previewReply = reply;
    whenFinished(reply, this, [this, reply, reference] {
        if (reply != m_previewReply)
            return;
        m_previewReply = nullptr;
        if (!reply->ok()) {
            m_previewTitle->setText(tr("The lines of %1 could not be loaded.").arg(reference));
            showMessage(ErrorText::describe(reply->error()));
            return;
        }
        const Quote quote = Quote::fromJson(reply->object());
        m_previewCurrency = quote.currency;
        m_preview->setCurrency(quote.currency);
        m_preview->setLines(quote.lines);
        m_previewedId = quote.id;
        m_previewTitle->setText(tr("%1 — %2 — %n line(s), total %3", nullptr, int(quote.lines.size()))
                                    .arg(reference, quote.customerName, Format::money(quote.totals.total)));
        if (quote.currency != m_target.currency)
            showMessage(tr("%1 is in %2 but this quote is in %3: lines can only be copied between quotes in the same "
                           "currency.")
                            .arg(reference, quote.currency, m_target.currency));
        updateCopyButton();
    });
}

void SimilarQuotesDialog::updateCopyButton()
{
    m_copyButton->setEnabled(m_previewedId > 0 && !isBusy() && m_previewCurrency == m_target.currency
                             && m_preview->rowCount() > 0);
}

void SimilarQuotesDialog::copySelected()
{
    if (m_previewedId <= 0 || isBusy() || !m_copyButton->isEnabled())
        return;
    const qint64 sourceId = m_previewedId;
    if (m_prepare)
        m_prepare([this, sourceId] { sendCopy(sourceId); });
    else
        sendCopy(sourceId);
}

void SimilarQuotesDialog::sendCopy(qint64 sourceId)
{
    ApiReply *reply = m_workspace.api().post(u"/quotes/%1/copy-lines"_s.arg(m_target.id),
                                             QJsonObject{{u"from"_s, sourceId}});
    m_copyReply = reply;
    m_copyButton->setEnabled(false);
    setCursor(Qt::BusyCursor);
    whenFinished(reply, this, [this, reply] {
        if (reply != m_copyReply)
            return;
        m_copyReply = nullptr;
        unsetCursor();
        updateCopyButton();
        if (!reply->ok()) {
            const ApiError &error = reply->error();
            showMessage(error.field == u"from"_s
                            ? tr("These lines cannot be copied into this quote: lines can only be copied between "
                                 "quotes in the same currency, into a quote that may still be changed.")
                            : ErrorText::describe(error));
            return;
        }
        m_workspace.recordChanged();
        Q_EMIT copied(reply->object());
        accept();
    });
}

} // namespace Tradewind
