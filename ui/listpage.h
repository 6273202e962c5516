#pragma once

#include "remotelistmodel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;
class QTimer;
class QToolBar;
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
    /** What a row action needs to be enabled. */
    enum class ActionScope { Always, AnySelection, SingleSelection };
    /** Where a row action shows: the tool bar holds the frequent ones, the context menu all of them. */
    enum class Placement { ToolBarAndMenu, MenuOnly };

    ListPage(RemoteListModel *model, const QString &settingsKey, QWidget *parent = nullptr);
    ~ListPage() override;

    /** Adds a combo filtering on a query parameter; the first option should have an empty value ("All"). */
    QComboBox *addFilter(const QString &parameter, const QString &label, const QList<QPair<QString, QString>> &options);
    /** Adds a check box setting a query parameter to checkedValue while ticked (removing it otherwise). */
    QCheckBox *addToggle(const QString &parameter, const QString &label, const QString &checkedValue);
    /**
     * Puts an action on the list's tool bar (unless placement says otherwise) and in its context menu (row
     * actions first, the first one as the default), enabled when the selection fits scope and permitted() —
     * when given — says yes.
     */
    void addRowAction(QAction *action, ActionScope scope, std::function<bool()> permitted = {},
                      Placement placement = Placement::ToolBarAndMenu);
    /** Puts a separator before the next row action in the context menu (groups of actions). */
    void addRowSeparator();
    /** Re-evaluates which row actions are enabled (e.g. after a permission changed). */
    void updateActions();
    /** Text for the count, e.g. tr("%n partner(s)"). */
    void setCountText(std::function<QString(qint64)> countText);

    RemoteListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    /** The ids of the selected rows that are loaded (a row scrolled far out of view may not be). */
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
    struct RowAction
    {
        QAction *action;
        ActionScope scope;
        std::function<bool()> permitted;
        bool separatorBefore = false;
    };

    QHBoxLayout *m_filterRow;
    QToolBar *m_toolBar = nullptr;
    QList<RowAction> m_rowActions;
    bool m_separateNext = false;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error;
    QProgressBar *m_busy;
    std::function<QString(qint64)> m_countText;
};

} // namespace Tradewind
