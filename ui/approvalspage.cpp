#include "approvalspage.h"

#include "columnwidths.h"
#include "contractactions.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "quoteactions.h"
#include "wire.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

const QString KindQuote = u"quote"_s;
const QString KindMilestone = u"milestone"_s;
const QString KindChange = u"contract_change"_s;

QString kindOf(const QJsonObject &item)
{
    return item.value(u"kind"_s).toString();
}

/** Where a contract request lives under its contract: "milestones" or "changes". */
QString requestPath(const QJsonObject &item)
{
    return kindOf(item) == KindMilestone ? u"milestones"_s : u"changes"_s;
}

} // namespace

QString ApprovalsPage::kindLabel(const QString &kind)
{
    if (kind == KindQuote)
        return tr("Quote");
    if (kind == KindMilestone)
        return tr("Milestone");
    if (kind == KindChange)
        return tr("Contract change");
    return kind;
}

QList<ListColumn> ApprovalsPage::columns()
{
    const auto text = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return row.value(field).toString(); };
    };
    return {{tr("Kind"), [](const QJsonObject &row) -> QVariant { return kindLabel(kindOf(row)); }, QString()},
            {tr("Reference"),
             [](const QJsonObject &row) -> QVariant {
                 return kindOf(row) == KindQuote ? Labels::quoteReference(row.value(u"number"_s).toString(),
                                                                          row.value(u"revision_label"_s).toString())
                                                 : row.value(u"contract_number"_s).toString();
             },
             u"number"_s},
            {tr("Customer"), text(u"customer_name"_s), u"customer"_s},
            {tr("Subject"),
             [](const QJsonObject &row) -> QVariant {
                 if (kindOf(row) == KindMilestone)
                     return tr("%1 achieved on %2")
                         .arg(Labels::settlementTrigger(row.value(u"trigger"_s).toString()),
                              Format::date(QDate::fromString(row.value(u"achieved_on"_s).toString(), Qt::ISODate)));
                 if (kindOf(row) == KindChange)
                     return row.value(u"reason"_s).toString().simplified();
                 return row.value(u"title"_s).toString();
             },
             QString()},
            {tr("Amount"),
             [](const QJsonObject &row) -> QVariant {
                 const QJsonValue amount = kindOf(row) == KindQuote ? row.value(u"totals"_s).toObject().value(u"total"_s)
                                                                    : row.value(u"new_amount"_s);
                 const std::optional<Money> money = Money::fromJson(amount);
                 return money ? Format::money(*money) : QString();
             },
             QString(), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Owner"), text(u"owner_name"_s), u"owner"_s},
            {tr("Requested by"),
             [](const QJsonObject &row) -> QVariant {
                 if (kindOf(row) == KindMilestone)
                     return row.value(u"submitted_by_name"_s).toString();
                 if (kindOf(row) == KindChange)
                     return row.value(u"requested_by_name"_s).toString();
                 return row.value(u"owner_name"_s).toString();
             },
             QString()},
            {tr("Submitted"),
             [](const QJsonObject &row) -> QVariant {
                 return Format::timestamp(Wire::timestampFromWire(row.value(u"submitted_at"_s).toString()));
             },
             u"submitted_at"_s}};
}

ApprovalsPage::ApprovalsPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
{
    setObjectName(u"approvalsPage"_s);
    auto *model = new RemoteListModel(&workspace.api(), u"/approvals"_s, columns());
    m_list = new ListPage(model, u"approvals"_s, this);
    m_list->setObjectName(u"approvalList"_s);
    m_list->view()->setObjectName(u"approvalTable"_s);
    m_list->searchEdit()->setObjectName(u"searchEdit"_s);
    m_list->searchEdit()->setPlaceholderText(tr("Search number, customer or subject…"));
    m_list->setCountText([](qint64 total) { return tr("%n item(s) waiting for you", nullptr, int(total)); });
    setDefaultColumnWidths(*m_list, u"approvals"_s, {14, 20, 28, 34, 18, 10, 14, 18});
    m_kindFilter = m_list->addFilter(u"kind"_s, tr("&Kind:"),
                                     {{tr("All"), QString()},
                                      {tr("Quotes"), KindQuote},
                                      {tr("Milestones"), KindMilestone},
                                      {tr("Contract changes"), KindChange}});
    m_kindFilter->setObjectName(u"kindFilter"_s);

    // Quotes are decided by the quote actions; only their approve and reject are used here.
    m_quoteActions = new QuoteActions(
        workspace, [this] { const QJsonObject item = selectedItem(); return kindOf(item) == KindQuote ? item : QJsonObject(); },
        this);
    m_openAction = new QAction(QIcon(u":/icons/quote.svg"_s), tr("&Open"), this);
    m_openAction->setObjectName(u"openApprovalAction"_s);
    connect(m_openAction, &QAction::triggered, this, [this] {
        for (const QModelIndex &index : m_list->view()->selectionModel()->selectedRows())
            open(index.row());
    });
    m_approveAction = new QAction(QIcon(u":/icons/approve.svg"_s), tr("&Approve…"), this);
    m_approveAction->setObjectName(u"approveApprovalAction"_s);
    connect(m_approveAction, &QAction::triggered, this, [this] { decide(true); });
    m_rejectAction = new QAction(QIcon(u":/icons/reject.svg"_s), tr("Re&ject…"), this);
    m_rejectAction->setObjectName(u"rejectApprovalAction"_s);
    connect(m_rejectAction, &QAction::triggered, this, [this] { decide(false); });
    // Everything listed waits for this user; a quote's own rules (and the busy state) still apply to it.
    const auto decidable = [this] {
        const QJsonObject item = selectedItem();
        return kindOf(item) != KindQuote || m_quoteActions->isAllowed(QuoteActions::Operation::Approve, item);
    };
    m_list->addRowAction(m_openAction, ListPage::ActionScope::AnySelection);
    m_list->addRowSeparator();
    m_list->addRowAction(m_approveAction, ListPage::ActionScope::SingleSelection, decidable);
    m_list->addRowAction(m_rejectAction, ListPage::ActionScope::SingleSelection, decidable);
    connect(m_quoteActions, &QuoteActions::busyChanged, m_list, &ListPage::updateActions);
    connect(m_list, &ListPage::activated, this, [this] { open(m_list->view()->currentIndex().row()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    model->setSortKey(u"submitted_at"_s); // the longest waiting first; loads the first page
}

QString ApprovalsPage::documentKey() const
{
    return u"approvals"_s;
}

QString ApprovalsPage::title() const
{
    return tr("Approvals");
}

QIcon ApprovalsPage::icon() const
{
    return QIcon(u":/icons/approve.svg"_s);
}

void ApprovalsPage::refresh()
{
    m_list->model()->reload();
}

int ApprovalsPage::rowOf(const QString &kind, qint64 id) const
{
    const RemoteListModel *model = m_list->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (kindOf(model->rowObject(row)) == kind && model->idAt(row) == id)
            return row;
    return -1;
}

void ApprovalsPage::open(int row)
{
    const QJsonObject item = m_list->model()->rowObject(row);
    if (kindOf(item) == KindQuote)
        m_workspace.openQuote(item.value(u"id"_s).toInteger());
    else if (!item.isEmpty())
        m_workspace.openContract(item.value(u"contract_id"_s).toInteger());
}

QuoteCommentDialog *ApprovalsPage::decide(bool approve)
{
    const QJsonObject item = selectedItem();
    if (item.isEmpty())
        return nullptr;
    if (kindOf(item) == KindQuote)
        return m_quoteActions->trigger(approve ? QuoteActions::Operation::Approve : QuoteActions::Operation::Reject);
    return ContractActions::decideRequest(m_workspace, requestPath(item), item, approve, this);
}

QJsonObject ApprovalsPage::selectedItem() const
{
    // Rows are told apart by position: a quote and a milestone may share an id.
    const QModelIndexList rows = m_list->view()->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_list->model()->rowObject(rows.constFirst().row()) : QJsonObject();
}

} // namespace Tradewind
