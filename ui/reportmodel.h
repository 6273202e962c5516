#pragma once

#include "money.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>

namespace Tradewind {

/** One column of a report table: the field of a row object it shows, and how. */
struct ReportColumn
{
    enum class Kind {
        Text,    ///< a string as it is
        Code,    ///< a wire code through label()
        Date,    ///< an ISO date
        Count,   ///< a whole number, right-aligned, summed in the totals
        Money,   ///< an amount (a Money object, or minor units in the row's currency), right-aligned, summed
        Currency ///< the row's currency
    };
    QString header;
    QString field;
    Kind kind = Kind::Text;
    QString (*label)(const QString &code) = nullptr;
    /** The first width in average characters; 0: the usual width of the kind. */
    int width = 0;
    /** An amount that should be zero (overdue): anything else shows in red. */
    bool alert = false;
};

/**
 * A report as a table (报表): the rows the server computed, then one totals row per currency — the server's
 * totals when it sends them, otherwise summed here from the rows. Amounts are shown without their currency
 * (the Currency column names it) and right-aligned; totals rows are bold on a tinted background. Each row
 * object stays available for the drill-down.
 *
 * The rows come a page at a time: when the server has more than arrived (setAvailable), the view's scrolling asks
 * for them (canFetchMore/fetchMore emit moreWanted with the offset), and appendRows() adds them above the totals.
 */
class ReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Role returning the row object (QJsonObject); empty for a totals row. */
    static constexpr int RowObjectRole = Qt::UserRole + 1;
    /** Role returning true on a totals row. */
    static constexpr int TotalRole = Qt::UserRole + 2;

    explicit ReportModel(QObject *parent = nullptr);

    enum class Totals { Shown, None };
    /**
     * Replaces columns and rows; totals: [{currency, <money fields>…}] or empty to sum the rows here. A list of
     * details whose totals show elsewhere goes without (Totals::None).
     */
    void setReport(const QList<ReportColumn> &columns, const QJsonArray &rows, const QJsonArray &totals,
                   Totals shown = Totals::Shown);
    void clear();
    /** Adds a page of rows after the others (before the totals) and ends the fetch that asked for them. */
    void appendRows(const QJsonArray &rows);
    /** How many rows the server has in all (more than dataRowCount() while pages are to come). */
    void setAvailable(qint64 available);
    qint64 available() const { return m_available; }
    /** Ends a fetch that brought nothing (it failed or was abandoned), so that scrolling may ask again. */
    void endFetch() { m_fetching = false; }

    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const QList<ReportColumn> &columns() const { return m_columns; }
    int dataRowCount() const { return int(m_rows.size()); }
    QJsonObject rowObject(int row) const { return m_rows.value(row); }
    bool isTotal(int row) const { return row >= m_rows.size(); }
    /** The currency of a row, a totals row included. */
    QString rowCurrency(int row) const;
    /** The totals row of currency (an empty object when there is none). */
    QJsonObject totals(const QString &currency) const;
    /** A money cell of a row (a totals row included), or an invalid Money. */
    Money money(int row, const QString &field) const;
    /** The text a cell shows, e.g. for CSV export and tests. */
    QString text(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The view wants the rows from offset on. */
    void moreWanted(qint64 offset);

private:
    const QJsonObject &objectAt(int row) const;
    static QString currencyOf(const QJsonObject &row, const QList<ReportColumn> &columns);
    QJsonArray sumTotals() const;

    QList<ReportColumn> m_columns;
    QList<QJsonObject> m_rows;
    QList<QJsonObject> m_totals;
    qint64 m_available = 0;
    bool m_fetching = false;
};

} // namespace Tradewind
