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

/** GET /contracts takes at most this many ids. */
constexpr qsizetype MaxDrillDownIds = 200;

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
    , m_details(new ReportModel(this))
    , m_table(reportTable(m_model, definition.objectName + u"Table"_s, this))
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
    m_table->setToolTip(tr("Double-click a row to see its contracts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(filters);
    layout->addWidget(description);
    if (definition.detailColumns.isEmpty()) {
        layout->addWidget(m_table, 1);
    } else {
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->setChildrenCollapsible(false);
        splitter->addWidget(m_table);
        auto *detailArea = new QWidget(splitter);
        auto *caption = new QLabel(definition.detailsTitle, detailArea);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        m_detailTable = reportTable(m_details, definition.objectName + u"DetailTable"_s, detailArea);
        m_detailTable->setToolTip(tr("Double-click a row to open its contract"));
        connect(m_detailTable, &QTableView::doubleClicked, this,
                [this](const QModelIndex &index) { drillDown(index.row(), true); });
        auto *detailLayout = new QVBoxLayout(detailArea);
        detailLayout->setContentsMargins(0, 6, 0, 0);
        detailLayout->setSpacing(4);
        detailLayout->addWidget(caption);
        detailLayout->addWidget(m_detailTable, 1);
        splitter->addWidget(detailArea);
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        layout->addWidget(splitter, 1);
    }
    layout->addWidget(m_statusLabel);
}

ReportView::~ReportView()
{
    abandon(m_pending, this);
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
    return query;
}

void ReportView::ensureLoaded()
{
    if (!m_loaded && !m_pending)
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
    abandon(m_pending, this);
    const QString groupBy = m_grouping ? m_grouping->currentData().toString() : QString();
    ApiReply *reply = m_workspace.api().get(m_definition.path, query());
    m_pending = reply;
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Loading…"));
    setCursor(Qt::BusyCursor);
    whenFinished(reply, this, [this, reply, groupBy] {
        if (reply != m_pending)
            return;
        m_pending = nullptr;
        unsetCursor();
        if (!reply->ok()) {
            m_model->clear();
            m_details->clear();
            m_statusLabel->setStyleSheet(u"color: #b00020;"_s);
            m_statusLabel->setText(ErrorText::describe(reply->error()));
            return;
        }
        m_groupBy = groupBy;
        showReport(reply->object());
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void ReportView::showReport(const QJsonObject &report)
{
    const QList<ReportColumn> columns = m_definition.columns(m_groupBy);
    const QJsonArray rows = report.value(u"rows"_s).isArray() ? report.value(u"rows"_s).toArray()
                                                              : report.value(u"items"_s).toArray();
    m_model->setReport(columns, rows, report.value(u"totals"_s).toArray());
    sizeColumns(m_table, columns);
    if (m_detailTable) {
        // The totals are the rows' above.
        m_details->setReport(m_definition.detailColumns, report.value(u"details"_s).toArray(), {},
                             ReportModel::Totals::None);
        sizeColumns(m_detailTable, m_definition.detailColumns);
    }
    const int count = m_model->dataRowCount();
    QString period;
    if (m_asOf)
        period = tr("as of %1").arg(Format::date(m_asOf->date()));
    else if (m_from)
        period = tr("%1 to %2", "period").arg(Format::date(m_from->date()), Format::date(m_to->date()));
    m_statusLabel->setText(count == 0 ? tr("Nothing to report, %1.").arg(period)
                                      : tr("%n row(s), %1", nullptr, count).arg(period));
    m_table->setToolTip(m_groupBy.isEmpty() ? tr("Double-click a row to open its contract")
                                            : tr("Double-click a row to see its contracts"));
}

QString ReportView::statusText() const
{
    return m_statusLabel->text();
}

QString ReportView::groupDescription(const QJsonObject &row) const
{
    return tr("The contracts behind the %1 figures for %2 in “%3”")
        .arg(row.value(u"currency"_s).toString(), row.value(u"label"_s).toString(), m_definition.title);
}

void ReportView::drillDown(int row, bool details)
{
    const ReportModel *model = details ? m_details : m_model;
    if (row < 0 || row >= model->rowCount() || model->isTotal(row))
        return;
    const QJsonObject object = model->rowObject(row);
    // A contract's own row opens its card.
    const qint64 contractId = object.value(u"contract_id"_s).toInteger(details || m_groupBy.isEmpty()
                                                                             ? object.value(u"id"_s).toInteger()
                                                                             : 0);
    if (contractId > 0) {
        m_workspace.openContract(contractId);
        return;
    }
    // A group opens the contract list narrowed to the contracts behind its figures; when there are too many to
    // name, to the customer, salesperson or department.
    QUrlQuery filter;
    const QJsonArray ids = object.value(u"contract_ids"_s).toArray();
    const QString key = object.value(u"key"_s).toVariant().toString();
    if (!ids.isEmpty() && ids.size() <= MaxDrillDownIds) {
        QStringList list;
        for (const QJsonValue &id : ids)
            list.append(QString::number(id.toInteger()));
        filter.addQueryItem(u"ids"_s, list.join(u','));
    } else if (m_groupBy == u"customer"_s && !key.isEmpty()) {
        filter.addQueryItem(u"customer_id"_s, key);
    } else if (m_groupBy == u"salesperson"_s && !key.isEmpty()) {
        filter.addQueryItem(u"owner_id"_s, key);
    } else if (m_groupBy == u"department"_s && !key.isEmpty()) {
        filter.addQueryItem(u"department_id"_s, key);
    }
    if (!filter.isEmpty())
        m_workspace.openContracts(filter, groupDescription(object));
}

} // namespace Tradewind
