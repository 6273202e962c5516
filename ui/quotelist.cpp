#include "quotelist.h"

#include "cardpage.h"
#include "columnwidths.h"
#include "formatting.h"
#include "labels.h"
#include "listpage.h"
#include "newquotedialog.h"
#include "opportunitydialog.h"
#include "quote.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

namespace {

using Operation = QuoteActions::Operation;

QString settingsKeyOf(QuoteList::Kind kind)
{
    return kind == QuoteList::Kind::OfOpportunity ? u"opportunityCard-quotes"_s : u"quotes"_s;
}

QDate dateOf(const QJsonObject &row, const QString &field)
{
    return QDate::fromString(row.value(field).toString(), Qt::ISODate);
}

/** A quote still in play whose validity has passed: its date shows in the warning colour. */
bool isExpired(const QJsonObject &row)
{
    const QString status = row.value(u"status"_s).toString();
    const QDate validUntil = dateOf(row, u"valid_until"_s);
    return validUntil.isValid() && validUntil < QDate::currentDate()
        && (status == Quote::StatusDraft || status == Quote::StatusSubmitted || status == Quote::StatusApproved);
}

} // namespace

QList<ListColumn> QuoteList::columns(Kind kind)
{
    const auto text = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return row.value(field).toString(); };
    };
    const auto date = [](const QString &field) {
        return [field](const QJsonObject &row) -> QVariant { return Format::date(dateOf(row, field)); };
    };
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const ListColumn reference{tr("Quote"),
                               [](const QJsonObject &row) -> QVariant {
                                   return Labels::quoteReference(row.value(u"number"_s).toString(),
                                                                 row.value(u"revision_label"_s).toString());
                               },
                               u"number"_s};
    const ListColumn customer{tr("Customer"), text(u"customer_name"_s), u"customer"_s};
    const ListColumn title{tr("Subject"), text(u"title"_s), u"title"_s};
    const ListColumn status{tr("Status"),
                            [](const QJsonObject &row) -> QVariant {
                                return Labels::quoteStatus(row.value(u"status"_s).toString());
                            },
                            u"status"_s, Qt::AlignLeft | Qt::AlignVCenter, [](const QJsonObject &row) -> QVariant {
                                return CardPage::toneTextColor(statusTone(row.value(u"status"_s).toString()));
                            }};
    const ListColumn total{tr("Total"),
                           [](const QJsonObject &row) -> QVariant {
                               const QJsonValue total = row.value(u"totals"_s).toObject().value(u"total"_s);
                               return Format::money(Money::fromJson(total).value_or(Money()));
                           },
                           u"total"_s, right};
    const ListColumn quoteDate{tr("Date"), date(u"quote_date"_s), u"quote_date"_s};
    const ListColumn validUntil{tr("Valid until"), date(u"valid_until"_s), u"valid_until"_s,
                                Qt::AlignLeft | Qt::AlignVCenter, [](const QJsonObject &row) -> QVariant {
                                    return isExpired(row) ? QVariant(CardPage::toneTextColor(CardPage::Tone::Warning))
                                                          : QVariant();
                                }};
    const ListColumn owner{tr("Owner"), text(u"owner_name"_s), u"owner"_s};
    switch (kind) {
    case Kind::All:
        break;
    case Kind::OfOpportunity:
        return {reference, title, status, total, quoteDate, validUntil, owner};
    }
    return {reference, customer, title, status, total, quoteDate, validUntil, owner};
}

CardPage::Tone QuoteList::statusTone(const QString &status)
{
    if (status == Quote::StatusSubmitted)
        return CardPage::Tone::Info;
    if (status == Quote::StatusApproved || status == Quote::StatusWon)
        return CardPage::Tone::Success;
    if (status == Quote::StatusRejected)
        return CardPage::Tone::Danger;
    if (status == Quote::StatusLost)
        return CardPage::Tone::Muted;
    return CardPage::Tone::Neutral;
}

QuoteList::QuoteList(Workspace &workspace, Kind kind, qint64 opportunityId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_opportunityId(opportunityId)
{
    auto *model = new RemoteListModel(&workspace.api(), u"/quotes"_s, columns(kind));
    const QString settingsKey = settingsKeyOf(kind);
    m_list = new ListPage(model, settingsKey, this);
    m_list->setObjectName(u"quoteList"_s);
    m_list->view()->setObjectName(u"quoteTable"_s);
    m_list->searchEdit()->setObjectName(u"searchEdit"_s);
    m_list->searchEdit()->setPlaceholderText(tr("Search number, customer or subject…"));

    m_actions = new QuoteActions(workspace, [this] { return selectedRow(); }, this);
    const QList<Operation> operations{Operation::Open,   Operation::Submit,         Operation::Approve,
                                      Operation::Reject, Operation::Win,            Operation::Lose,
                                      Operation::CreateContract, Operation::Revise, Operation::Copy,
                                      Operation::PrintPreview, Operation::ExportPdf};
    switch (kind) {
    case Kind::All: {
        m_list->setCountText([](qint64 total) { return tr("%n quote(s)", nullptr, int(total)); });
        setDefaultColumnWidths(*m_list, settingsKey, {22, 30, 34, 11, 18, 12, 12, 10});
        m_statusFilter = m_list->addFilter(u"status"_s, tr("&Status:"),
                                           {{tr("All"), QString()},
                                            {tr("In progress"), u"draft,submitted,approved,rejected"_s},
                                            {Labels::quoteStatus(Quote::StatusDraft), Quote::StatusDraft},
                                            {Labels::quoteStatus(Quote::StatusSubmitted), Quote::StatusSubmitted},
                                            {Labels::quoteStatus(Quote::StatusApproved), Quote::StatusApproved},
                                            {Labels::quoteStatus(Quote::StatusRejected), Quote::StatusRejected},
                                            {Labels::quoteStatus(Quote::StatusWon), Quote::StatusWon},
                                            {Labels::quoteStatus(Quote::StatusLost), Quote::StatusLost}});
        m_statusFilter->setObjectName(u"statusFilter"_s);
        m_list->addToggle(u"all_revisions"_s, tr("Earlier &revisions"), u"true"_s)
            ->setObjectName(u"allRevisionsCheck"_s);
        m_newAction = new QAction(QIcon(u":/icons/new.svg"_s), tr("&New quote…"), this);
        m_newAction->setObjectName(u"newQuoteAction"_s);
        m_newAction->setShortcut(QKeySequence::New);
        m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(m_newAction, &QAction::triggered, this, [this] {
            NewQuoteDialog *dialog = NewQuoteDialog::openNew(m_workspace, this);
            connect(dialog, &RecordDialog::saved, this, [this](qint64 id) { m_workspace.openQuote(id); });
        });
        break;
    }
    case Kind::OfOpportunity:
        m_list->searchEdit()->hide(); // a handful of quotes per opportunity
        m_list->setCountText([](qint64 total) { return tr("%n quote(s)", nullptr, int(total)); });
        setDefaultColumnWidths(*m_list, settingsKey, {22, 34, 11, 18, 12, 12, 12});
        model->setFilter(u"opportunity_id"_s, QString::number(opportunityId));
        m_newAction = new QAction(QIcon(u":/icons/new.svg"_s), tr("&Create quote"), this);
        m_newAction->setObjectName(u"createQuoteAction"_s);
        m_newAction->setToolTip(tr("A new quote pre-filled from this opportunity"));
        connect(m_newAction, &QAction::triggered, this,
                [this] { QuoteActions::createFromOpportunity(m_workspace, m_opportunityId, this); });
        break;
    }
    if (m_newAction)
        m_list->addRowAction(m_newAction, ListPage::ActionScope::Always,
                             [this] { return OpportunityDialog::mayCreate(m_workspace.api().currentUser()); });
    m_actions->addTo(m_list, operations);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    model->setSortKey(u"-updated_at"_s); // loads the first page
}

void QuoteList::reload()
{
    m_list->model()->reload();
}

QJsonObject QuoteList::selectedRow() const
{
    const QList<qint64> ids = m_list->selectedIds();
    if (ids.size() != 1)
        return {};
    return m_list->model()->rowObject(m_list->model()->rowOfId(ids.constFirst()));
}

} // namespace Tradewind
