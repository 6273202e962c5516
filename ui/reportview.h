#pragma once

#include "apiclient.h"
#include "reportmodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Tradewind {

class Workspace;

/** What a report asks the server and how its tables look. */
struct ReportDefinition
{
    QString path;       ///< e.g. "/reports/ar-ageing"
    QString objectName; ///< base of widget names, e.g. "arAgeing"
    QString title;      ///< translated
    QString description; ///< translated, one line under the filters
    bool period = true;  ///< from / to
    bool asOf = false;   ///< as of a date (the ageing)
    bool status = false; ///< a contract status filter
    /** Grouping choices: wire code and translated label; a "" code shows every record (no grouping). */
    QList<QPair<QString, QString>> groupings;
    /** The columns of the rows for a grouping ("" for the ungrouped rows). */
    std::function<QList<ReportColumn>(const QString &groupBy)> columns;
    /** The columns of the "details" list below the rows; empty: the report has none. */
    QList<ReportColumn> detailColumns;
    QString detailsTitle; ///< translated caption of the details
};

/**
 * One report with its filters — period (with quick choices) or as-of date, grouping, status — and its
 * tables: the rows with a totals row per currency, and the detail records below where the report has them.
 * Double-click drills down: a contract's row opens its card, a group (a customer, a salesperson…) opens the
 * contract list narrowed to it. The report loads when first shown and again when a filter changes.
 */
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(Workspace &workspace, const ReportDefinition &definition, QWidget *parent = nullptr);
    ~ReportView() override;

    const ReportDefinition &definition() const { return m_definition; }
    ReportModel *model() const { return m_model; }
    ReportModel *detailModel() const { return m_details; }
    QTableView *table() const { return m_table; }
    QTableView *detailTable() const { return m_detailTable; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QComboBox *periodCombo() const { return m_period; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    bool isLoading() const { return m_pending != nullptr; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;

    /** Loads with the filters as set (the first time, or again). */
    void load();
    /** Loads unless it has been loaded already. */
    void ensureLoaded();
    /** Follows a row of the main table (ReportView::table) or, with details, of the details table. */
    void drillDown(int row, bool details = false);

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyPeriod();
    QUrlQuery query() const;
    void showReport(const QJsonObject &report);
    QString groupDescription(const QJsonObject &row) const;

    Workspace &m_workspace;
    ReportDefinition m_definition;
    ReportModel *m_model;
    ReportModel *m_details;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table;
    QTableView *m_detailTable = nullptr;
    QLabel *m_statusLabel;
    QString m_groupBy; ///< the grouping of the rows shown
    bool m_loaded = false;
    bool m_settingPeriod = false;
    QPointer<ApiReply> m_pending;
};

} // namespace Tradewind
