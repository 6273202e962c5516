#include "opportunitylistpage.h"

#include "childrecorddialog.h"
#include "columnwidths.h"
#include "contractactions.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "opportunity.h"
#include "opportunitychildkinds.h"
#include "opportunitydialog.h"
#include "quoteactions.h"
#include "replyhandling.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

OpportunityListPage::OpportunityListPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
{
    setObjectName(u"opportunityListPage"_s);
    auto *model = new RemoteListModel(&workspace.api(), u"/opportunities"_s, columns(true));
    m_list = new ListPage(model, u"opportunities"_s, this);
    m_list->setObjectName(u"opportunityList"_s);
    m_list->searchEdit()->setObjectName(u"searchEdit"_s);
    m_list->searchEdit()->setPlaceholderText(tr("Search title or customer…"));
    m_list->view()->setObjectName(u"opportunityTable"_s);
    m_list->setCountText([](qint64 total) { return tr("%n opportunit(y/ies)", nullptr, int(total)); });
    setDefaultColumnWidths(*m_list, u"opportunities"_s, {40, 32, 12, 12, 20, 13, 12});

    QList<QPair<QString, QString>> kinds{{tr("All"), QString()}};
    for (const QString &code : Opportunity::kinds())
        kinds.append({Labels::kind(code), code});
    m_kindFilter = m_list->addFilter(u"kind"_s, tr("&Kind:"), kinds);
    m_kindFilter->setObjectName(u"kindFilter"_s);

    QList<QPair<QString, QString>> stages{{tr("All"), QString()}};
    for (const QString &code : Opportunity::stages())
        stages.append({Labels::stage(code), code});
    m_stageFilter = m_list->addFilter(u"stage"_s, tr("&Stage:"), stages);
    m_stageFilter->setObjectName(u"stageFilter"_s);

    m_ownerFilter = m_list->addFilter(u"owner_id"_s, tr("O&wner:"), {{tr("All"), QString()}});
    m_ownerFilter->setObjectName(u"ownerFilter"_s);
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerFilter->setMinimumContentsLength(10);
    m_ownerFilter->setMaxVisibleItems(20);

    m_openAction = new QAction(QIcon(u":/icons/opportunity.svg"_s), tr("&Open"), this);
    m_openAction->setObjectName(u"openOpportunityAction"_s);
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut); // Enter is handled by the table; shown in the menu
    connect(m_openAction, &QAction::triggered, this, [this] {
        for (qint64 id : m_list->selectedIds())
            if (id > 0)
                m_workspace.openOpportunity(id);
    });

    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"editOpportunityAction"_s);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_list->selectedIds();
        if (ids.size() == 1)
            OpportunityDialog::openEdit(m_workspace, ids.constFirst(), this);
    });

    m_newAction = new QAction(QIcon(u":/icons/new.svg"_s), tr("&New opportunity…"), this);
    m_newAction->setObjectName(u"newOpportunityAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] {
        OpportunityDialog *dialog = OpportunityDialog::openNew(m_workspace, this);
        connect(dialog, &RecordDialog::saved, this, [this](qint64 id) { m_workspace.openOpportunity(id); });
    });

    m_openCustomerAction = new QAction(QIcon(u":/icons/partner.svg"_s), tr("Open &customer"), this);
    m_openCustomerAction->setObjectName(u"openCustomerAction"_s);
    connect(m_openCustomerAction, &QAction::triggered, this, [this] {
        for (qint64 id : selectedCustomerIds())
            m_workspace.openPartner(id);
    });

    m_addFollowUpAction = new QAction(QIcon(u":/icons/new.svg"_s), tr("Add &follow-up…"), this);
    m_addFollowUpAction->setObjectName(u"addFollowUpAction"_s);
    m_addFollowUpAction->setToolTip(tr("Record a follow-up of the selected opportunity"));
    connect(m_addFollowUpAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_list->selectedIds();
        if (ids.size() != 1)
            return;
        const QJsonObject row = m_list->model()->rowObject(m_list->model()->rowOfId(ids.constFirst()));
        if (!row.isEmpty())
            ChildRecordDialog::openNew(m_workspace, OpportunityChildKinds::followUps(), row, this);
    });

    m_createQuoteAction = new QAction(QIcon(u":/icons/quote.svg"_s), tr("Create &quote"), this);
    m_createQuoteAction->setObjectName(u"createQuoteAction"_s);
    m_createQuoteAction->setToolTip(tr("A new quote pre-filled from the selected opportunity"));
    connect(m_createQuoteAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_list->selectedIds();
        if (ids.size() == 1)
            QuoteActions::createFromOpportunity(m_workspace, ids.constFirst(), this);
    });

    m_createContractAction = new QAction(QIcon(u":/icons/contract.svg"_s), tr("Create co&ntract"), this);
    m_createContractAction->setObjectName(u"createContractAction"_s);
    m_createContractAction->setToolTip(tr("The contract of the selected won opportunity, from its won quote"));
    connect(m_createContractAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = m_list->selectedIds();
        if (ids.size() == 1)
            ContractActions::createFromOpportunity(m_workspace, ids.constFirst(), this);
    });

    const auto mayCreate = [this] { return OpportunityDialog::mayCreate(m_workspace.api().currentUser()); };
    m_list->addRowAction(m_newAction, ListPage::ActionScope::Always, mayCreate);
    m_list->addRowAction(m_openAction, ListPage::ActionScope::AnySelection);
    m_list->addRowAction(m_editAction, ListPage::ActionScope::SingleSelection);
    m_list->addRowAction(m_addFollowUpAction, ListPage::ActionScope::SingleSelection);
    m_list->addRowAction(m_createQuoteAction, ListPage::ActionScope::SingleSelection, mayCreate);
    m_list->addRowAction(m_createContractAction, ListPage::ActionScope::SingleSelection, [this] {
        const QList<qint64> ids = m_list->selectedIds();
        const QJsonObject row = ids.size() == 1 ? m_list->model()->rowObject(m_list->model()->rowOfId(ids.constFirst()))
                                                : QJsonObject();
        return row.value(u"stage"_s).toString() == Opportunity::StageWon
            && ContractActions::mayCreate(m_workspace.api().currentUser());
    }, ListPage::Placement::MenuOnly);
    m_list->addRowAction(m_openCustomerAction, ListPage::ActionScope::AnySelection);
    connect(m_list, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0)
            m_workspace.openOpportunity(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    model->setSortKey(u"-updated_at"_s); // loads the first page
    loadOwners(0);
}

OpportunityListPage::~OpportunityListPage()
{
    abandon(m_ownersReply, this);
}

QList<ListColumn> OpportunityListPage::columns(bool withCustomer)
{
    const auto text = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return row.value(field).toString(); };
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    QList<ListColumn> columns;
    columns.append({tr("Title"), text(u"title"_s), u"title"_s});
    if (withCustomer)
        columns.append({tr("Customer"), text(u"customer_name"_s), u"customer"_s});
    columns.append({tr("Kind"),
                    [](const QJsonObject &row) -> QVariant { return Labels::kind(row.value(u"kind"_s).toString()); },
                    QString()});
    columns.append({tr("Stage"),
                    [](const QJsonObject &row) -> QVariant { return Labels::stage(row.value(u"stage"_s).toString()); },
                    u"stage"_s});
    columns.append({tr("Amount"),
                    [](const QJsonObject &row) -> QVariant {
                        return Format::money(Money::fromJson(row.value(u"amount"_s)).value_or(Money()));
                    },
                    u"amount"_s, right});
    columns.append({tr("Expected close"),
                    [](const QJsonObject &row) -> QVariant {
                        return Format::date(QDate::fromString(row.value(u"expected_close"_s).toString(), Qt::ISODate));
                    },
                    u"expected_close"_s});
    columns.append({tr("Owner"), text(u"owner_name"_s), u"owner"_s});
    columns.append({tr("Last changed"),
                    [](const QJsonObject &row) -> QVariant {
                        return Format::timestamp(Wire::timestampFromWire(row.value(u"updated_at"_s).toString()));
                    },
                    u"updated_at"_s});
    return columns;
}

QString OpportunityListPage::documentKey() const
{
    return u"opportunities"_s;
}

QString OpportunityListPage::title() const
{
    return tr("Opportunities");
}

QIcon OpportunityListPage::icon() const
{
    return QIcon(u":/icons/opportunities.svg"_s);
}

void OpportunityListPage::refresh()
{
    m_list->model()->reload();
    if (m_ownerFilter->count() <= 1 && !m_ownersReply)
        loadOwners(0); // the first attempt failed
}

void OpportunityListPage::loadOwners(qint64 offset)
{
    // Only people whose rows the user can see: themselves and everyone below them in the org tree.
    const QUrlQuery query{{u"subtree"_s, u"true"_s},
                          {u"sort"_s, u"name"_s},
                          {u"limit"_s, u"200"_s},
                          {u"offset"_s, QString::number(offset)}};
    ApiReply *reply = m_workspace.api().get(u"/employees"_s, query);
    m_ownersReply = reply;
    whenFinished(reply, this, [this, reply, offset] {
        if (reply != m_ownersReply)
            return;
        m_ownersReply = nullptr;
        if (!reply->ok())
            return; // the filter simply offers "All"; refresh() tries again
        const QJsonArray items = reply->object().value(u"items"_s).toArray();
        for (const QJsonValue &item : items) {
            const QJsonObject employee = item.toObject();
            m_ownerFilter->addItem(employee.value(u"name"_s).toString(),
                                   QString::number(employee.value(u"id"_s).toInteger()));
        }
        const qint64 loaded = offset + items.size();
        if (!items.isEmpty() && loaded < reply->object().value(u"total"_s).toInteger())
            loadOwners(loaded);
    });
}

QList<qint64> OpportunityListPage::selectedCustomerIds() const
{
    QList<qint64> customers;
    for (qint64 id : m_list->selectedIds()) {
        const int row = m_list->model()->rowOfId(id);
        const qint64 customer = m_list->model()->rowObject(row).value(u"customer_id"_s).toInteger();
        if (customer > 0 && !customers.contains(customer))
            customers.append(customer);
    }
    return customers;
}

} // namespace Tradewind
