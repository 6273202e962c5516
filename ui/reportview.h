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
    QString path;       ///< e.g. "/reports/ar-ageing"; its rows are at path + "/rows"
    QString objectName; ///< base of widget names, e.g. "arAgeing"
    QString title;      ///< translated
    QString description; ///< translated, one line under the filters
    bool period = true;  ///< from / to
    bool asOf = false;   ///< as of a date (the ageing)
    bool status = false; ///< a contract status filter
    /** Grouping choices: wire code and translated label; a "" code shows only the totals above the rows. */
    QList<QPair<QString, QString>> groupings;
    /** The columns of the groups for a grouping ("" for the totals alone). */
    std::function<QList<ReportColumn>(const QString &groupBy)> columns;
    /** The columns of the rows behind the figures (contracts, payments or invoices), each leading to its contract. */
    QList<ReportColumn> rowColumns;
    QString rowsTitle; ///< translated caption of the rows when no figure is drilled into
};

/**
 * One report with its filters — period (with quick choices) or as-of date, grouping, status — and its two tables:
 * the groups with a totals row per currency (grouped totals first), and below them the rows behind the figures,
 * each a page at a time as the tables scroll. Double-click drills down: a group (or a currency's totals) narrows the
 * rows to the ones behind its figures, and a row opens its contract's card. The report loads when first shown and
 * again when a filter changes.
 */
class ReportView : public QWidget
{
    Q_OBJECT

public:
    ReportView(Workspace &workspace, const ReportDefinition &definition, QWidget *parent = nullptr);
    ~ReportView() override;

    const ReportDefinition &definition() const { return m_definition; }
    /** The groups and the totals. */
    ReportModel *model() const { return m_model; }
    /** The rows behind the figures (all of the report's, or a drilled-into figure's). */
    ReportModel *rowModel() const { return m_rows; }
    QTableView *table() const { return m_table; }
    QTableView *rowTable() const { return m_rowTable; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QComboBox *periodCombo() const { return m_period; }
    QComboBox *statusCombo() const { return m_status; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    bool isLoading() const { return m_pendingGroups || m_pendingRows; }
    bool isLoaded() const { return m_loaded; }
    QString statusText() const;
    QString rowsCaption() const;
    /** True while the rows are narrowed to one figure's. */
    bool isDrilledDown() const { return !m_drill.currency.isEmpty(); }

    /** Loads with the filters as set (the first time, or again), the rows not narrowed. */
    void load();
    /** Loads unless it has been loaded already. */
    void ensureLoaded();
    /**
     * Follows a row: of the groups (ReportView::table), narrows the rows to those behind its figures; of the rows
     * (rowTable, with rows), opens its contract.
     */
    void drillDown(int row, bool rows = false);
    /** Shows every row of the report again. */
    void showAllRows();

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /** The figure the rows are narrowed to: a group's (or a currency's totals) in a currency. */
    struct Drill
    {
        bool group = false; ///< a group's figures (else a currency's totals)
        QString key;
        QString label;
        QString currency;
    };

    void applyPeriod();
    QUrlQuery query() const;
    void fetchGroups(qint64 offset);
    void fetchRows(qint64 offset);
    void showGroups(const QJsonObject &answer, qint64 offset);
    void showRows(const QJsonObject &answer, qint64 offset);
    void showFailure(const ApiError &error);
    void updateRowsCaption();

    Workspace &m_workspace;
    ReportDefinition m_definition;
    ReportModel *m_model;
    ReportModel *m_rows;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QDateEdit *m_asOf = nullptr;
    QComboBox *m_grouping = nullptr;
    QComboBox *m_status = nullptr;
    QTableView *m_table;
    QTableView *m_rowTable;
    QLabel *m_rowsCaption;
    QPushButton *m_showAll;
    QLabel *m_statusLabel;
    QString m_groupBy; ///< the grouping of the groups shown
    Drill m_drill;
    bool m_loaded = false;
    bool m_settingPeriod = false;
    QPointer<ApiReply> m_pendingGroups;
    QPointer<ApiReply> m_pendingRows;
};

} // namespace Tradewind
