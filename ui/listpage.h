#pragma once

#include "remotelistmodel.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;
class QHBoxLayout;

namespace Tradewind {

/** The look every record table shares: full-row selection, alternating rows, compact rows with padded cells. */
void styleRecordTable(QTableView *table);

/**
 * A searchable, filterable list of server records: search box, filter combos, the lazily paged table,
 * a row count and a busy indicator. Double-click or Enter opens a row; the context menu carries the
 * actions the owner adds for the selected rows. Column widths are kept under settingsKey.
 */
class ListPage : public QWidget
{
    Q_OBJECT

public:
    /** Builds the context menu for the selected ids (empty when clicking outside rows). */
    using MenuBuilder = std::function<void(QMenu &menu, const QList<qint64> &selectedIds)>;

    ListPage(RemoteListModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~ListPage() override;

    /** Adds a combo filtering on a query parameter; the first option should have an empty value ("All"). */
    QComboBox *addFilter(const QString &parameter, const QString &label, const QList<QPair<QString, QString>> &options);
    void setMenuBuilder(MenuBuilder builder) { m_menuBuilder = std::move(builder); }
    /** Text for the count, e.g. tr("%n partner(s)"). */
    void setCountText(std::function<QString(qint64)> countText);

    RemoteListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    QList<qint64> selectedIds() const;

Q_SIGNALS:
    void activated(qint64 id);

private:
    void updateStatus();
    void showContextMenu(const QPoint &position);

    RemoteListModel *m_model;
    QString m_settingsKey;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QHBoxLayout *m_filterRow;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_busy;
    MenuBuilder m_menuBuilder;
    std::function<QString(qint64)> m_countText;
};

} // namespace Tradewind
