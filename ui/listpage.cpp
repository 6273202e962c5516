#include "listpage.h"

#include "errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** Opens the current row on Enter, like a double-click. */
class ListTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && onEnter && currentIndex().isValid()) {
            onEnter();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

} // namespace

void styleRecordTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Tall enough for CJK glyphs, which need more room than Latin text.
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Right-aligned amounts must not run into the next column's text.
    table->setStyleSheet(u"QTableView::item { padding-left: 6px; padding-right: 6px; }"_s);
}

ListPage::ListPage(RemoteListModel *model, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_settingsKey(settingsKey)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_filterRow(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    model->setParent(this);
    auto *view = new ListTableView(this);
    m_view = view;

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setFilter(u"q"_s, m_search->text().trimmed()); });

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_count->setObjectName(u"listCount"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    m_filterRow->addWidget(m_search);
    m_filterRow->addStretch(1);
    m_filterRow->addWidget(m_busy);
    m_filterRow->addWidget(m_count);

    view->setModel(model);
    styleRecordTable(view);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSortingEnabled(false); // the server sorts; the header only asks it to
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsClickable(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    connect(view->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const bool sameColumn = m_model->sortColumn() == section;
        const Qt::SortOrder order = sameColumn && m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                             : Qt::AscendingOrder;
        m_model->sort(section, order);
    });
    view->onEnter = [this] { Q_EMIT activated(m_model->idAt(m_view->currentIndex().row())); };
    connect(view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT activated(m_model->idAt(index.row())); });
    connect(view, &QWidget::customContextMenuRequested, this, &ListPage::showContextMenu);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListPage::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateActions);
    connect(model, &RemoteListModel::loadingChanged, this, &ListPage::updateStatus);
    connect(model, &RemoteListModel::totalCountChanged, this, &ListPage::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPage::updateStatus);
    connect(model, &RemoteListModel::loadFailed, this, [this](const ApiError &error) {
        m_error->setText(ErrorText::describe(error));
        m_error->show();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addLayout(m_filterRow);
    layout->addWidget(m_error);
    layout->addWidget(view, 1);

    const QByteArray header = QSettings().value(u"lists/%1/header"_s.arg(m_settingsKey)).toByteArray();
    if (!header.isEmpty())
        view->horizontalHeader()->restoreState(header);
    m_countText = [](qint64 total) { return tr("%n record(s)", nullptr, int(total)); };
    updateStatus();
}

ListPage::~ListPage()
{
    QSettings().setValue(u"lists/%1/header"_s.arg(m_settingsKey), m_view->horizontalHeader()->saveState());
}

QComboBox *ListPage::addFilter(const QString &parameter, const QString &label,
                               const QList<QPair<QString, QString>> &options)
{
    auto *caption = new QLabel(label, this);
    auto *combo = new QComboBox(this);
    for (const auto &[text, value] : options)
        combo->addItem(text, value);
    caption->setBuddy(combo);
    // Filters go after the search box and earlier filters, before the stretch, busy bar and count.
    m_filterRow->insertWidget(m_filterRow->count() - 3, caption);
    m_filterRow->insertWidget(m_filterRow->count() - 3, combo);
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, combo, parameter] { m_model->setFilter(parameter, combo->currentData().toString()); });
    return combo;
}

QCheckBox *ListPage::addToggle(const QString &parameter, const QString &label, const QString &checkedValue)
{
    auto *check = new QCheckBox(label, this);
    m_filterRow->insertWidget(m_filterRow->count() - 3, check);
    connect(check, &QCheckBox::toggled, this, [this, parameter, checkedValue](bool checked) {
        m_model->setFilter(parameter, checked ? checkedValue : QString());
    });
    return check;
}

void ListPage::addRowAction(QAction *action, ActionScope scope, std::function<bool()> permitted, Placement placement)
{
    if (!m_toolBar) {
        m_toolBar = new QToolBar(this);
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toolBar->setIconSize(QSize(18, 18));
        static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_toolBar);
    }
    // Actions that work without a selection (New…) lead the tool bar; row actions follow.
    if (placement == Placement::ToolBarAndMenu) {
        if (scope == ActionScope::Always)
            m_toolBar->insertAction(m_toolBar->actions().value(0), action);
        else
            m_toolBar->addAction(action);
    }
    addAction(action); // its shortcut works anywhere in the list
    m_rowActions.append({action, scope, std::move(permitted), std::exchange(m_separateNext, false)});
    updateActions();
}

void ListPage::addRowSeparator()
{
    m_separateNext = true;
}

void ListPage::updateActions()
{
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    for (const RowAction &row : std::as_const(m_rowActions)) {
        const bool fits = row.scope == ActionScope::Always || (row.scope == ActionScope::AnySelection && selected > 0)
            || (row.scope == ActionScope::SingleSelection && selected == 1);
        row.action->setEnabled(fits && (!row.permitted || row.permitted()));
    }
}

void ListPage::setCountText(std::function<QString(qint64)> countText)
{
    m_countText = std::move(countText);
    updateStatus();
}

QList<qint64> ListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        if (const qint64 id = m_model->idAt(index.row()); id > 0)
            ids.append(id);
    return ids;
}

void ListPage::updateStatus()
{
    m_busy->setVisible(m_model->isLoading());
    if (m_model->isLoading())
        m_error->hide();
    const QString count = m_countText(m_model->totalCount());
    m_count->setText(m_model->isLoading() && m_model->rowCount() == 0 ? tr("Loading…")
                     : m_model->isTotalCapped()                       ? tr("at least %1").arg(count)
                                                                      : count);
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ListPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectRow(index.row());
    if (!index.isValid())
        m_view->clearSelection();
    QMenu menu(this);
    for (const RowAction &row : std::as_const(m_rowActions)) {
        if (row.scope != ActionScope::Always && index.isValid()) {
            if (row.separatorBefore && !menu.isEmpty())
                menu.addSeparator();
            menu.addAction(row.action);
            if (!menu.defaultAction())
                menu.setDefaultAction(row.action);
        }
    }
    bool separated = menu.isEmpty();
    for (const RowAction &row : std::as_const(m_rowActions)) {
        if (row.scope == ActionScope::Always && (!row.permitted || row.permitted())) {
            if (!separated)
                menu.addSeparator();
            separated = true;
            menu.addAction(row.action);
        }
    }
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Tradewind
