#include "contractlistpage.h"

#include "columnwidths.h"
#include "contract.h"
#include "formatting.h"
#include "labels.h"
#include "listcolumns.h"
#include "listpage.h"
#include "progressdelegate.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

/** The column painted as a bar (the share received). */
constexpr int ReceivedColumn = 5;

Money moneyOf(const QJsonObject &row, const QString &field)
{
    return Money::fromJson(row.value(field)).value_or(Money());
}

bool hasOverdue(const QJsonObject &row)
{
    return moneyOf(row, u"overdue"_s).minorUnits() > 0;
}

} // namespace

QList<ListColumn> ContractListPage::columns()
{
    using namespace ListColumns;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    ListColumn status = code(tr("Status"), u"status"_s, &Labels::contractStatus, u"status"_s);
    status.foreground = [](const QJsonObject &row) -> QVariant {
        return CardPage::toneTextColor(statusTone(row.value(u"status"_s).toString()));
    };
    ListColumn overdue{tr("Overdue"),
                       [](const QJsonObject &row) -> QVariant {
                           // Nothing overdue reads as a dash: the red amounts stand out.
                           return hasOverdue(row) ? Format::money(moneyOf(row, u"overdue"_s)) : tr("—");
                       },
                       u"overdue"_s, right, [](const QJsonObject &row) -> QVariant {
                           return hasOverdue(row) ? QVariant(CardPage::toneTextColor(CardPage::Tone::Danger))
                                                  : QVariant();
                       }};
    ListColumn nextDue{tr("Next due"),
                       [](const QJsonObject &row) -> QVariant {
                           return Labels::planNodeName(row.value(u"next_due_node"_s).toString());
                       },
                       QString()};
    return {text(tr("Number"), u"number"_s, u"number"_s),
            text(tr("Customer"), u"customer_name"_s, u"customer"_s),
            code(tr("Type"), u"contract_type"_s, &Labels::contractType),
            status,
            money(tr("Amount"), u"amount"_s, u"amount"_s),
            // Painted as a bar by the ProgressDelegate; the text is for tool tips and copying.
            {tr("Received"),
             [](const QJsonObject &row) -> QVariant { return Format::percent(row.value(u"received_bp"_s).toInt()); },
             u"received"_s, right},
            {tr("Invoiced"),
             [](const QJsonObject &row) -> QVariant { return Format::percent(row.value(u"invoiced_bp"_s).toInt()); },
             QString(), right},
            overdue,
            nextDue,
            date(tr("Due on"), u"next_due_date"_s, u"next_due_date"_s),
            text(tr("Owner"), u"owner_name"_s, u"owner"_s),
            date(tr("Signed"), u"signing_date"_s, u"signing_date"_s)};
}

CardPage::Tone ContractListPage::statusTone(const QString &status)
{
    if (status == Contract::StatusActive)
        return CardPage::Tone::Info;
    if (status == Contract::StatusCompleted)
        return CardPage::Tone::Success;
    if (status == Contract::StatusTerminated)
        return CardPage::Tone::Muted;
    return CardPage::Tone::Neutral;
}

ContractListPage::ContractListPage(Workspace &workspace, QWidget *parent)
    : DocumentPage(parent)
    , m_workspace(workspace)
{
    setObjectName(u"contractListPage"_s);
    auto *model = new RemoteListModel(&workspace.api(), u"/contracts"_s, columns());
    m_list = new ListPage(model, u"contracts"_s, this);
    m_list->setObjectName(u"contractList"_s);
    m_list->view()->setObjectName(u"contractTable"_s);
    m_list->searchEdit()->setObjectName(u"searchEdit"_s);
    m_list->searchEdit()->setPlaceholderText(tr("Search number or customer…"));
    m_list->setCountText([](qint64 total) { return tr("%n contract(s)", nullptr, int(total)); });
    setDefaultColumnWidths(*m_list, u"contracts"_s, {12, 22, 12, 10, 18, 12, 8, 18, 17, 11, 6, 10});
    m_list->view()->setItemDelegateForColumn(ReceivedColumn, new ProgressDelegate([model](const QModelIndex &index) {
        return model->isRowLoaded(index.row()) ? model->rowObject(index.row()).value(u"received_bp"_s).toInt() : -1;
    }, m_list->view()));

    QList<QPair<QString, QString>> statuses{{tr("All"), QString()},
                                            {tr("In force"), u"draft,active"_s}};
    for (const QString &status : Contract::statuses())
        statuses.append({Labels::contractStatus(status), status});
    m_statusFilter = m_list->addFilter(u"status"_s, tr("&Status:"), statuses);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    QList<QPair<QString, QString>> types{{tr("All"), QString()}};
    for (const QString &type : SettlementRule::contractTypes())
        types.append({Labels::contractType(type), type});
    m_typeFilter = m_list->addFilter(u"contract_type"_s, tr("&Type:"), types);
    m_typeFilter->setObjectName(u"typeFilter"_s);

    m_openAction = new QAction(QIcon(u":/icons/contract.svg"_s), tr("&Open"), this);
    m_openAction->setObjectName(u"openContractAction"_s);
    connect(m_openAction, &QAction::triggered, this, [this] {
        for (qint64 id : m_list->selectedIds())
            if (id > 0)
                m_workspace.openContract(id);
    });
    m_openCustomerAction = new QAction(QIcon(u":/icons/partner.svg"_s), tr("Open &customer"), this);
    m_openCustomerAction->setObjectName(u"openCustomerAction"_s);
    connect(m_openCustomerAction, &QAction::triggered, this, [this] {
        QList<qint64> opened;
        for (qint64 id : m_list->selectedIds()) {
            const qint64 customer = m_list->model()->rowObject(m_list->model()->rowOfId(id)).value(u"customer_id"_s).toInteger();
            if (customer > 0 && !opened.contains(customer)) {
                opened.append(customer);
                m_workspace.openPartner(customer);
            }
        }
    });
    m_list->addRowAction(m_openAction, ListPage::ActionScope::AnySelection);
    m_list->addRowAction(m_openCustomerAction, ListPage::ActionScope::AnySelection);
    connect(m_list, &ListPage::activated, this, [this](qint64 id) {
        if (id > 0)
            m_workspace.openContract(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    model->setSortKey(u"-signing_date"_s); // loads the first page
}

QString ContractListPage::documentKey() const
{
    return u"contracts"_s;
}

QString ContractListPage::title() const
{
    return tr("Contracts");
}

QIcon ContractListPage::icon() const
{
    return QIcon(u":/icons/contracts.svg"_s);
}

void ContractListPage::refresh()
{
    m_list->model()->reload();
}

} // namespace Tradewind
