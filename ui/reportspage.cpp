#include "reportspage.h"

#include "labels.h"
#include "reportview.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Kind = ReportColumn::Kind;

/** The header of the naming column of a grouped report. */
QString groupHeader(const QString &groupBy)
{
    if (groupBy == u"customer"_s)
        return ReportsPage::tr("Customer");
    if (groupBy == u"salesperson"_s)
        return ReportsPage::tr("Salesperson");
    if (groupBy == u"department"_s)
        return ReportsPage::tr("Department");
    if (groupBy == u"month"_s)
        return ReportsPage::tr("Month");
    return ReportsPage::tr("Group");
}

QList<QPair<QString, QString>> groupings(bool withMonth)
{
    QList<QPair<QString, QString>> choices{{u"customer"_s, ReportsPage::tr("Customer")},
                                           {u"salesperson"_s, ReportsPage::tr("Salesperson")},
                                           {u"department"_s, ReportsPage::tr("Department")}};
    if (withMonth)
        choices.append({u"month"_s, ReportsPage::tr("Month")});
    return choices;
}

/** The columns that say which contract a row of the rows is about. */
QList<ReportColumn> contractColumns()
{
    return {{ReportsPage::tr("Contract"), u"contract_number"_s, Kind::Text, nullptr, 14},
            {ReportsPage::tr("Customer"), u"customer_name"_s, Kind::Text, nullptr, 26},
            {ReportsPage::tr("Salesperson"), u"owner_name"_s, Kind::Text, nullptr, 10}};
}

ReportDefinition contractRegister()
{
    ReportDefinition report;
    report.path = u"/reports/contract-register"_s;
    report.objectName = u"contractRegister"_s;
    report.title = ReportsPage::tr("Contract register");
    report.description = ReportsPage::tr("Contracts signed in the period, with what is invoiced, received, outstanding and "
                                         "overdue on them. Only contracts in force (active or completed) have money "
                                         "outstanding or overdue: drafts and terminated contracts show none.");
    report.status = true;
    report.groupings = {{QString(), ReportsPage::tr("Each contract")}};
    report.groupings.append(groupings(true));
    const QList<ReportColumn> amounts = {{ReportsPage::tr("Currency"), u"currency"_s, Kind::Currency},
                                         {ReportsPage::tr("Amount"), u"amount"_s, Kind::Money},
                                         {ReportsPage::tr("Invoiced"), u"invoiced"_s, Kind::Money},
                                         {ReportsPage::tr("Received"), u"received"_s, Kind::Money},
                                         {ReportsPage::tr("Outstanding"), u"outstanding"_s, Kind::Money},
                                         {ReportsPage::tr("Overdue"), u"overdue"_s, Kind::Money, nullptr, 0, true}};
    report.columns = [amounts](const QString &groupBy) -> QList<ReportColumn> {
        return QList<ReportColumn>{{groupBy.isEmpty() ? ReportsPage::tr("Totals") : groupHeader(groupBy), u"label"_s,
                                    Kind::Text, nullptr, 30},
                                   {ReportsPage::tr("Contracts"), u"count"_s, Kind::Count}}
            + amounts;
    };
    report.rowColumns = contractColumns()
        + QList<ReportColumn>{{ReportsPage::tr("Signed"), u"signing_date"_s, Kind::Date},
                              {ReportsPage::tr("Status"), u"status"_s, Kind::Code, &Labels::contractStatus}}
        + amounts;
    report.rowsTitle = ReportsPage::tr("Contracts in the report");
    return report;
}

/** Payments received and invoicing: money in the period by group, and the records behind it. */
ReportDefinition moneyInPeriod(const QString &path, const QString &objectName, const QString &title,
                               const QString &description, const QString &countHeader,
                               const QList<ReportColumn> &rowColumns, const QString &rowsTitle)
{
    ReportDefinition report;
    report.path = path;
    report.objectName = objectName;
    report.title = title;
    report.description = description;
    report.groupings = groupings(true);
    report.columns = [countHeader](const QString &groupBy) -> QList<ReportColumn> {
        return {{groupHeader(groupBy), u"label"_s, Kind::Text, nullptr, 30},
                {countHeader, u"count"_s, Kind::Count},
                {ReportsPage::tr("Currency"), u"currency"_s, Kind::Currency},
                {ReportsPage::tr("Amount"), u"amount"_s, Kind::Money}};
    };
    report.rowColumns = rowColumns;
    report.rowsTitle = rowsTitle;
    return report;
}

ReportDefinition paymentsReceived()
{
    return moneyInPeriod(u"/reports/payments-received"_s, u"paymentsReceived"_s, ReportsPage::tr("Payments received"),
                         ReportsPage::tr("Money received in the period, in the contracts' currencies."),
                         ReportsPage::tr("Payments"),
                         QList<ReportColumn>{{ReportsPage::tr("Received on"), u"received_on"_s, Kind::Date}} + contractColumns()
                             + QList<ReportColumn>{{ReportsPage::tr("Method"), u"method"_s, Kind::Code, &Labels::paymentMethod, 18},
                                                   {ReportsPage::tr("Currency"), u"currency"_s, Kind::Currency},
                                                   {ReportsPage::tr("Amount"), u"amount"_s, Kind::Money}},
                         ReportsPage::tr("Payments in the period"));
}

ReportDefinition invoicing()
{
    return moneyInPeriod(u"/reports/invoicing"_s, u"invoicing"_s, ReportsPage::tr("Invoicing"),
                         ReportsPage::tr("Invoices issued in the period, tax included."),
                         ReportsPage::tr("Invoices"),
                         QList<ReportColumn>{{ReportsPage::tr("Issued on"), u"issued_on"_s, Kind::Date},
                                             {ReportsPage::tr("Invoice"), u"number"_s, Kind::Text, nullptr, 16}}
                             + contractColumns()
                             + QList<ReportColumn>{{ReportsPage::tr("Currency"), u"currency"_s, Kind::Currency},
                                                   {ReportsPage::tr("Amount"), u"amount"_s, Kind::Money},
                                                   {ReportsPage::tr("Tax"), u"tax"_s, Kind::Money}},
                         ReportsPage::tr("Invoices in the period"));
}

ReportDefinition arAgeing()
{
    ReportDefinition report;
    report.path = u"/reports/ar-ageing"_s;
    report.objectName = u"arAgeing"_s;
    report.title = ReportsPage::tr("Accounts receivable");
    report.description = ReportsPage::tr("What is planned but not yet received on contracts in force (active or completed), "
                                         "by how long it is overdue on the chosen day. Drafts and terminated contracts "
                                         "are not receivables.");
    report.period = false;
    report.asOf = true;
    report.groupings = groupings(false);
    const QList<ReportColumn> buckets = {{ReportsPage::tr("Currency"), u"currency"_s, Kind::Currency},
                                         {ReportsPage::tr("Not due"), u"not_due"_s, Kind::Money},
                                         {ReportsPage::tr("1–30 days"), u"d1_30"_s, Kind::Money, nullptr, 0, true},
                                         {ReportsPage::tr("31–60 days"), u"d31_60"_s, Kind::Money, nullptr, 0, true},
                                         {ReportsPage::tr("61–90 days"), u"d61_90"_s, Kind::Money, nullptr, 0, true},
                                         {ReportsPage::tr("Over 90 days"), u"over_90"_s, Kind::Money, nullptr, 0, true},
                                         {ReportsPage::tr("Total"), u"total"_s, Kind::Money}};
    report.columns = [buckets](const QString &groupBy) -> QList<ReportColumn> {
        return QList<ReportColumn>{{groupHeader(groupBy), u"label"_s, Kind::Text, nullptr, 30},
                                   {ReportsPage::tr("Contracts"), u"count"_s, Kind::Count}}
            + buckets;
    };
    report.rowColumns = contractColumns() + QList<ReportColumn>{{ReportsPage::tr("Signed"), u"signing_date"_s, Kind::Date}} + buckets;
    report.rowsTitle = ReportsPage::tr("Contracts with money open");
    return report;
}

} // namespace

ReportsPage::ReportsPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"reportsPage"_s);
    m_tabs->setObjectName(u"reportTabs"_s);
    for (const ReportDefinition &definition : {contractRegister(), paymentsReceived(), invoicing(), arAgeing()}) {
        auto *view = new ReportView(workspace, definition, m_tabs);
        m_tabs->addTab(view, definition.title);
        m_reports.append(view);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_tabs);
}

QString ReportsPage::documentKey() const
{
    return u"reports"_s;
}

QString ReportsPage::title() const
{
    return tr("Reports");
}

QIcon ReportsPage::icon() const
{
    return QIcon(u":/icons/reports.svg"_s);
}

void ReportsPage::refresh()
{
    if (auto *view = qobject_cast<ReportView *>(m_tabs->currentWidget()))
        view->load();
}

ReportView *ReportsPage::report(const QString &name) const
{
    for (ReportView *view : m_reports)
        if (view->definition().objectName == name)
            return view;
    return nullptr;
}

ReportView *ReportsPage::showReport(const QString &name)
{
    ReportView *view = report(name);
    if (view) {
        m_tabs->setCurrentWidget(view);
        view->ensureLoaded();
    }
    return view;
}

} // namespace Tradewind
