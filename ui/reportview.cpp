#include "reportview.h"

#include "columnwidths.h"
#include "errortext.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "replyhandling.h"
#include "wire.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

enum class Period { ThisMonth, ThisQuarter, ThisYear, Last12Months, LastYear, Custom };

/** Groups and rows come this many at a time. */
constexpr qint64 PageSize = 100;

QDateEdit *dateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(Format::shortDateFormat());
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setDate(QDate::currentDate());
    return edit;
}

QTableView *reportTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    styleRecordTable(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

/** First widths in average characters: names wide, amounts as wide as "999,999,999.99", codes narrow. */
void sizeColumns(QTableView *table, const QList<ReportColumn> &columns)
{
    QList<int> widths;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        int characters = columns.at(i).width;
        if (characters <= 0) {
            switch (columns.at(i).kind) {
            case ReportColumn::Kind::Text:
                characters = 22;
                break;
            case ReportColumn::Kind::Code:
            case ReportColumn::Kind::Date:
                characters = 11;
                break;
            case ReportColumn::Kind::Count:
                characters = 8;
                break;
            case ReportColumn::Kind::Money:
                characters = 15;
                break;
            case ReportColumn::Kind::Currency:
                characters = 7;
                break;
            }
        }
        widths.append(characters);
    }
    setColumnWidthsInCharacters(table, widths);
}

} // namespace

ReportView::ReportView(Workspace &workspace, const ReportDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_definition(definition)
    , m_model(new ReportModel(this))
    , m_rows(new ReportModel(this))
    , m_table(reportTable(m_model, definition.objectName + u"Table"_s, this))
    , m_rowTable(nullptr)
    , m_rowsCaption(new QLabel(this))
    , m_showAll(new QPushButton(tr("Show all rows"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(definition.objectName + u"Report"_s);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    const auto addCaption = [this, filters](const QString &text, QWidget *buddy) {
        auto *caption = new QLabel(text, this);
        caption->setBuddy(buddy);
        filters->addWidget(caption);
        filters->addWidget(buddy);
    };
    if (definition.period) {
        m_period = new QComboBox(this);
        m_period->setObjectName(u"periodCombo"_s);
        m_period->addItem(tr("This month"), int(Period::ThisMonth));
        m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
        m_period->addItem(tr("This year"), int(Period::ThisYear));
        m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
        m_period->addItem(tr("Last year"), int(Period::LastYear));
        m_period->addItem(tr("Custom"), int(Period::Custom));
        m_from = dateEdit(u"fromEdit"_s, this);
        m_to = dateEdit(u"toEdit"_s, this);
        addCaption(tr("&Period:"), m_period);
        filters->addWidget(m_from);
        filters->addWidget(new QLabel(tr("to", "period from … to …"), this));
        filters->addWidget(m_to);
        m_period->setCurrentIndex(m_period->findData(int(Period::Last12Months)));
        applyPeriod();
        connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
            applyPeriod();
            load();
        });
        for (QDateEdit *edit : {m_from, m_to})
            connect(edit, &QDateEdit::dateChanged, this, [this] {
                if (m_settingPeriod)
                    return;
                // A date typed by hand makes the period a custom one.
                m_settingPeriod = true;
                m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
                m_settingPeriod = false;
                load();
            });
    }
    if (definition.asOf) {
        m_asOf = dateEdit(u"asOfEdit"_s, this);
        addCaption(tr("&As of:"), m_asOf);
        connect(m_asOf, &QDateEdit::dateChanged, this, &ReportView::load);
    }
    if (!definition.groupings.isEmpty()) {
        m_grouping = new QComboBox(this);
        m_grouping->setObjectName(u"groupingCombo"_s);
        for (const auto &[code, label] : definition.groupings)
            m_grouping->addItem(label, code);
        addCaption(tr("&Group by:"), m_grouping);
        connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportView::load);
    }
    if (definition.status) {
        m_status = new QComboBox(this);
        m_status->setObjectName(u"statusCombo"_s);
        // Contracts in force first: only their money is outstanding.
        m_status->addItem(tr("In force"), u"active,completed"_s);
        m_status->addItem(tr("All"), QString());
        for (const QString &status : {u"draft"_s, u"active"_s, u"completed"_s, u"terminated"_s})
            m_status->addItem(Labels::contractStatus(status), status);
        addCaption(tr("&Status:"), m_status);
        connect(m_status, &QComboBox::currentIndexChanged, this, &ReportView::load);
    }
    filters->addStretch(1);
    auto *refresh = new QPushButton(QIcon(u":/icons/refresh.svg"_s), tr("&Refresh"), this);
    refresh->setObjectName(u"refreshReportButton"_s);
    connect(refresh, &QPushButton::clicked, this, &ReportView::load);
    filters->addWidget(refresh);

    m_statusLabel->setObjectName(u"reportStatus"_s);
    m_statusLabel->setWordWrap(true);
    auto *description = new QLabel(definition.description, this);
    description->setWordWrap(true);
    QPalette muted = description->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    description->setPalette(muted);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { drillDown(index.row()); });
    m_table->setToolTip(tr("Double-click a row to see the rows behind its figures"));
    connect(m_model, &ReportModel::moreWanted, this, &ReportView::fetchGroups);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    auto *rowArea = new QWidget(splitter);
    m_rowTable = reportTable(m_rows, definition.objectName + u"RowTable"_s, rowArea);
    m_rowTable->setToolTip(tr("Double-click a row to open its contract"));
    connect(m_rowTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { drillDown(index.row(), true); });
    connect(m_rows, &ReportModel::moreWanted, this, &ReportView::fetchRows);
    m_rowsCaption->setObjectName(u"rowsCaption"_s);
    m_rowsCaption->setTextFormat(Qt::PlainText);
    QFont bold = m_rowsCaption->font();
    bold.setBold(true);
    m_rowsCaption->setFont(bold);
    m_showAll->setObjectName(u"showAllRowsButton"_s);
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, &ReportView::showAllRows);
    auto *captionLayout = new QHBoxLayout;
    captionLayout->addWidget(m_rowsCaption, 1);
    captionLayout->addWidget(m_showAll);
    auto *rowLayout = new QVBoxLayout(rowArea);
    rowLayout->setContentsMargins(0, 6, 0, 0);
    rowLayout->setSpacing(4);
    rowLayout->addLayout(captionLayout);
    rowLayout->addWidget(m_rowTable, 1);
    splitter->addWidget(rowArea);
    // The grouped totals come first and get the larger share.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(description);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_statusLabel);
}

ReportView::~ReportView()
{
    abandon(m_pendingGroups, this);
    abandon(m_pendingRows, this);
}

void ReportView::applyPeriod()
{
    const QDate today = QDate::currentDate();
    QDate from;
    QDate to = today;
    switch (Period(m_period->currentData().toInt())) {
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Period::ThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Period::Last12Months:
        from = today.addYears(-1).addDays(1);
        break;
    case Period::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::Custom:
        return;
    }
    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
}

QUrlQuery ReportView::query() const
{
    QUrlQuery query;
    if (m_from) {
        query.addQueryItem(u"from"_s, Wire::dateToWire(m_from->date()));
        query.addQueryItem(u"to"_s, Wire::dateToWire(m_to->date()));
    }
    if (m_asOf)
        query.addQueryItem(u"as_of"_s, Wire::dateToWire(m_asOf->date()));
    if (m_grouping && !m_grouping->currentData().toString().isEmpty())
        query.addQueryItem(u"group_by"_s, m_grouping->currentData().toString());
    if (m_status && !m_status->currentData().toString().isEmpty())
        query.addQueryItem(u"status"_s, m_status->currentData().toString());
    query.addQueryItem(u"limit"_s, QString::number(PageSize));
    return query;
}

void ReportView::ensureLoaded()
{
    if (!m_loaded && !isLoading())
        load();
}

void ReportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ReportView::load()
{
    if (m_settingPeriod)
        return;
    m_groupBy = m_grouping ? m_grouping->currentData().toString() : QString();
    m_drill = {};
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Loading…"));
    fetchGroups(0);
    fetchRows(0);
}

void ReportView::fetchGroups(qint64 offset)
{
    abandon(m_pendingGroups, this);
    QUrlQuery query = this->query();
    query.addQueryItem(u"offset"_s, QString::number(offset));
    ApiReply *reply = m_workspace.api().get(m_definition.path, query);
    m_pendingGroups = reply;
    if (offset == 0)
        setCursor(Qt::BusyCursor);
    whenFinished(reply, this, [this, reply, offset] {
        if (reply != m_pendingGroups)
            return;
        m_pendingGroups = nullptr;
        if (!isLoading())
            unsetCursor();
        if (!reply->ok()) {
            m_model->endFetch();
            showFailure(reply->error());
            return;
        }
        showGroups(reply->object(), offset);
    });
}

void ReportView::fetchRows(qint64 offset)
{
    abandon(m_pendingRows, this);
    QUrlQuery query = this->query();
    query.addQueryItem(u"offset"_s, QString::number(offset));
    if (m_drill.group)
        query.addQueryItem(u"group_key"_s, m_drill.key);
    if (!m_drill.currency.isEmpty())
        query.addQueryItem(u"currency"_s, m_drill.currency);
    ApiReply *reply = m_workspace.api().get(m_definition.path + u"/rows"_s, query);
    m_pendingRows = reply;
    if (offset == 0) {
        m_rows->clear();
        updateRowsCaption();
    }
    whenFinished(reply, this, [this, reply, offset] {
        if (reply != m_pendingRows)
            return;
        m_pendingRows = nullptr;
        if (!isLoading())
            unsetCursor();
        if (!reply->ok()) {
            m_rows->endFetch();
            showFailure(reply->error());
            return;
        }
        showRows(reply->object(), offset);
    });
}

void ReportView::showFailure(const ApiError &error)
{
    m_statusLabel->setStyleSheet(u"color: #b00020;"_s);
    m_statusLabel->setText(ErrorText::describe(error));
}

void ReportView::showGroups(const QJsonObject &answer, qint64 offset)
{
    const QJsonArray groups = answer.value(u"rows"_s).toArray();
    if (offset > 0) {
        m_model->appendRows(groups);
        return;
    }
    const QList<ReportColumn> columns = m_definition.columns(m_groupBy);
    m_model->setReport(columns, groups, answer.value(u"totals"_s).toArray());
    m_model->setAvailable(answer.value(u"total"_s).toInteger());
    sizeColumns(m_table, columns);
    QString period;
    if (m_asOf)
        period = tr("as of %1").arg(Format::date(m_asOf->date()));
    else if (m_from)
        period = tr("%1 to %2", "period").arg(Format::date(m_from->date()), Format::date(m_to->date()));
    const qint64 groupCount = m_model->available();
    const bool empty = answer.value(u"totals"_s).toArray().isEmpty();
    m_statusLabel->setText(empty ? tr("Nothing to report, %1.").arg(period)
                           : m_groupBy.isEmpty() ? period
                                                 : tr("%n group(s), %1", nullptr, int(groupCount)).arg(period));
    m_loaded = true;
    Q_EMIT loaded();
}

void ReportView::showRows(const QJsonObject &answer, qint64 offset)
{
    const QJsonArray rows = answer.value(u"items"_s).toArray();
    if (offset > 0) {
        m_rows->appendRows(rows);
        return;
    }
    m_rows->setReport(m_definition.rowColumns, rows, {}, ReportModel::Totals::None);
    m_rows->setAvailable(answer.value(u"total"_s).toInteger());
    sizeColumns(m_rowTable, m_definition.rowColumns);
    updateRowsCaption();
}

void ReportView::updateRowsCaption()
{
    QString caption = m_definition.rowsTitle;
    if (isDrilledDown())
        caption = m_drill.group ? tr("Behind the %1 figures of “%2”").arg(m_drill.currency, m_drill.label)
                                : tr("Behind the %1 totals").arg(m_drill.currency);
    if (!m_pendingRows || m_rows->available() > 0)
        caption = tr("%1: %n row(s)", nullptr, int(m_rows->available())).arg(caption);
    m_rowsCaption->setText(caption);
    m_showAll->setVisible(isDrilledDown());
}

QString ReportView::statusText() const
{
    return m_statusLabel->text();
}

QString ReportView::rowsCaption() const
{
    return m_rowsCaption->text();
}

void ReportView::drillDown(int row, bool rows)
{
    const ReportModel *model = rows ? m_rows : m_model;
    if (row < 0 || row >= model->rowCount())
        return;
    if (rows) {
        if (const qint64 contractId = model->rowObject(row).value(u"contract_id"_s).toInteger(); contractId > 0)
            m_workspace.openContract(contractId);
        return;
    }
    // A group narrows the rows to the ones behind its figures; a currency's totals, to that currency's.
    const QString currency = model->rowCurrency(row);
    if (currency.isEmpty())
        return;
    const QJsonObject group = model->rowObject(row);
    const QString label = group.value(u"label"_s).toString();
    m_drill = {!model->isTotal(row), group.value(u"key"_s).toVariant().toString(), label.isEmpty() ? tr("(none)") : label, currency};
    fetchRows(0);
}

void ReportView::showAllRows()
{
    m_drill = {};
    fetchRows(0);
}

} // namespace Tradewind
