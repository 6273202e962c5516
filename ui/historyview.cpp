#include "historyview.h"

#include "errortext.h"
#include "formatting.h"
#include "replyhandling.h"
#include "wire.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

HistoryView::HistoryView(ApiClient &api, FieldLabel fieldLabel, ValueText valueText, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_fieldLabel(std::move(fieldLabel))
    , m_valueText(std::move(valueText))
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    m_tree->setObjectName(u"historyTree"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setStyleSheet(u"QTreeWidget::item { padding: 3px 2px; }"_s);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->setColumnWidth(1, 160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
}

HistoryView::~HistoryView()
{
    abandon(m_pending, this);
}

void HistoryView::load(const QString &path)
{
    abandon(m_pending, this);
    ApiReply *reply = m_api.get(path);
    m_pending = reply;
    if (m_tree->topLevelItemCount() == 0) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Loading…"));
        m_status->show();
    }
    whenFinished(reply, this, [this, reply] {
        if (reply != m_pending)
            return;
        m_pending = nullptr;
        if (!reply->ok()) {
            m_tree->clear();
            m_status->setStyleSheet(u"color: #b00020;"_s);
            m_status->setText(ErrorText::describe(reply->error()));
            m_status->show();
            return;
        }
        showItems(reply->object().value(u"items"_s).toArray());
        Q_EMIT loaded();
    });
}

QString HistoryView::actionText(const QString &action) const
{
    if (action == u"create"_s)
        return tr("Created");
    if (action == u"update"_s)
        return tr("Changed");
    if (action == u"reassign"_s)
        return tr("Reassigned");
    if (action == u"submit"_s)
        return tr("Submitted for approval");
    if (action == u"approve"_s)
        return tr("Approved");
    if (action == u"reject"_s)
        return tr("Rejected");
    if (action == u"win"_s)
        return tr("Marked won");
    if (action == u"lose"_s)
        return tr("Marked lost");
    if (action == u"revise"_s)
        return tr("Replaced by a new revision");
    if (action == u"plan"_s)
        return tr("Settlement plan adjusted");
    if (action == u"milestone"_s)
        return tr("Milestone confirmed");
    if (action == u"change"_s)
        return tr("Contract change approved");
    if (action == u"invoice"_s)
        return tr("Invoice recorded");
    if (action == u"payment"_s)
        return tr("Payment recorded");
    return action;
}

void HistoryView::showItems(const QJsonArray &items)
{
    m_tree->clear();
    m_status->setVisible(items.isEmpty());
    m_status->setStyleSheet(QString());
    m_status->setText(tr("No changes recorded yet."));
    for (const QJsonValue &value : items) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(u"action"_s).toString();
        const QString who = entry.value(u"employee_name"_s).toString();
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, Format::timestamp(Wire::timestampFromWire(entry.value(u"at"_s).toString())));
        item->setText(1, who.isEmpty() ? tr("System") : who);
        item->setText(2, actionText(action));
        QFont bold = item->font(2);
        bold.setBold(true);
        item->setFont(2, bold);
        if (action == u"create"_s)
            continue; // every field "changed" from nothing: the creation says it all

        const QJsonObject changes = entry.value(u"changes"_s).toObject();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QString label = m_fieldLabel(it.key());
            if (label.isEmpty())
                continue;
            const QJsonObject change = it.value().toObject();
            // One line per change; the tooltip keeps the full text of long notes.
            QString before = m_valueText(it.key(), change.value(u"old"_s)).simplified();
            QString after = m_valueText(it.key(), change.value(u"new"_s)).simplified();
            if (before == after)
                continue; // a change the user cannot see in this field (e.g. a plan's invoiced part)
            if (before.isEmpty())
                before = tr("(empty)");
            if (after.isEmpty())
                after = tr("(empty)");
            auto *child = new QTreeWidgetItem(item);
            child->setText(2, tr("%1: %2 → %3").arg(label, before, after));
            child->setToolTip(2, child->text(2));
        }
    }
    m_tree->expandAll();
}

} // namespace Tradewind
