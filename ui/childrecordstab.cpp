#include "childrecordstab.h"

#include "apiclient.h"
#include "childrecorddialog.h"
#include "columnwidths.h"
#include "listpage.h"
#include "workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

ChildRecordsTab::ChildRecordsTab(Workspace &workspace, const ChildKind &kind, qint64 parentId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_parentId(parentId)
{
    const QString path = u"%1/%2/%3"_s.arg(kind.parentCollection).arg(parentId).arg(kind.path);
    auto *model = new RemoteListModel(&workspace.api(), path, kind.columns);
    const QString settingsKey = kind.settingsPrefix + u'-' + kind.objectName;
    m_list = new ListPage(model, settingsKey, this);
    m_list->setObjectName(kind.objectName + u"List"_s);
    m_list->view()->setObjectName(kind.objectName + u"Table"_s);
    m_list->searchEdit()->hide(); // a handful of records per opportunity or contract: nothing to search
    if (kind.countText)
        m_list->setCountText(kind.countText);
    setDefaultColumnWidths(*m_list, settingsKey, kind.columnWidths);

    if (!kind.readOnly) {
        m_add = new QAction(QIcon(u":/icons/new.svg"_s), kind.addText, this);
        m_add->setObjectName(kind.objectName + u"AddAction"_s);
        connect(m_add, &QAction::triggered, this, [this] { addRecord(); });
        m_list->addRowAction(m_add, ListPage::ActionScope::Always, [this] { return mayAdd(); });
    }
    if (!kind.readOnly && kind.editable) {
        m_edit = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
        m_edit->setObjectName(kind.objectName + u"EditAction"_s);
        connect(m_edit, &QAction::triggered, this, [this] {
            const QJsonObject row = selectedRow();
            if (!row.isEmpty())
                editRecord(row.value(u"id"_s).toInteger());
        });
        m_list->addRowAction(m_edit, ListPage::ActionScope::SingleSelection,
                             [this] { return mayEdit(selectedRow()); });
    }
    if (!kind.replyField.isEmpty()) {
        m_reply = new QAction(QIcon(u":/icons/edit.svg"_s), kind.replyText, this);
        m_reply->setObjectName(kind.objectName + u"ReplyAction"_s);
        connect(m_reply, &QAction::triggered, this, [this] {
            const QJsonObject row = selectedRow();
            if (!row.isEmpty())
                replyTo(row.value(u"id"_s).toInteger());
        });
        m_list->addRowAction(m_reply, ListPage::ActionScope::SingleSelection,
                             [this] { return !m_parentRecord.isEmpty(); });
    }
    if (!kind.relatedPartnerField.isEmpty()) {
        m_related = new QAction(QIcon(u":/icons/partner.svg"_s), kind.relatedText, this);
        m_related->setObjectName(kind.objectName + u"RelatedAction"_s);
        connect(m_related, &QAction::triggered, this, [this] {
            const qint64 partner = selectedRow().value(m_kind.relatedPartnerField).toInteger();
            if (partner > 0)
                m_workspace.openPartner(partner);
        });
        m_list->addRowAction(m_related, ListPage::ActionScope::SingleSelection,
                             [this] { return selectedRow().value(m_kind.relatedPartnerField).toInteger() > 0; });
    }

    connect(m_list, &ListPage::activated, this, [this](qint64 id) {
        // Double-click or Enter: edit what may be edited, else follow the row to its partner.
        const QJsonObject row = rowOfId(id);
        if (row.isEmpty())
            return;
        if (!m_kind.readOnly && mayEdit(row))
            editRecord(id);
        else if (!m_kind.relatedPartnerField.isEmpty() && row.value(m_kind.relatedPartnerField).toInteger() > 0)
            m_workspace.openPartner(row.value(m_kind.relatedPartnerField).toInteger());
    });
    connect(model, &RemoteListModel::totalCountChanged, this, [this](qint64 total) {
        m_loaded = true;
        Q_EMIT countChanged(total);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_list);
}

qint64 ChildRecordsTab::count() const
{
    return m_list->model()->totalCount();
}

void ChildRecordsTab::setParentRecord(const QJsonObject &record)
{
    m_parentRecord = record;
    m_list->updateActions();
}

void ChildRecordsTab::reload()
{
    m_list->model()->reload();
}

ChildContext ChildRecordsTab::context() const
{
    return {m_workspace.api().currentUser(), m_parentRecord};
}

QJsonObject ChildRecordsTab::rowOfId(qint64 id) const
{
    const RemoteListModel *model = m_list->model();
    const int row = model->rowOfId(id);
    return row < 0 ? QJsonObject() : model->rowObject(row);
}

QJsonObject ChildRecordsTab::selectedRow() const
{
    const QList<qint64> ids = m_list->selectedIds();
    return ids.size() == 1 ? rowOfId(ids.constFirst()) : QJsonObject();
}

bool ChildRecordsTab::mayAdd() const
{
    if (m_kind.readOnly || m_parentRecord.isEmpty())
        return false;
    return !m_kind.mayAdd || m_kind.mayAdd(context());
}

bool ChildRecordsTab::mayEdit(const QJsonObject &row) const
{
    if (m_kind.readOnly || !m_kind.editable || m_parentRecord.isEmpty() || row.isEmpty())
        return false;
    return !m_kind.mayEdit || m_kind.mayEdit(context(), row);
}

void ChildRecordsTab::watch(ChildRecordDialog *dialog)
{
    connect(dialog, &RecordDialog::saved, this, [this] { reload(); });
}

ChildRecordDialog *ChildRecordsTab::addRecord()
{
    if (m_kind.readOnly || m_parentRecord.isEmpty())
        return nullptr;
    ChildRecordDialog *dialog = ChildRecordDialog::openNew(m_workspace, m_kind, m_parentRecord, this);
    watch(dialog);
    return dialog;
}

ChildRecordDialog *ChildRecordsTab::editRecord(qint64 id)
{
    const QJsonObject row = rowOfId(id);
    if (m_kind.readOnly || !m_kind.editable || m_parentRecord.isEmpty() || row.isEmpty())
        return nullptr;
    ChildRecordDialog *dialog = ChildRecordDialog::openEdit(m_workspace, m_kind, m_parentRecord, row, this);
    watch(dialog);
    return dialog;
}

ChildRecordDialog *ChildRecordsTab::replyTo(qint64 id)
{
    const QJsonObject row = rowOfId(id);
    if (m_kind.replyField.isEmpty() || m_parentRecord.isEmpty() || row.isEmpty())
        return nullptr;
    auto *dialog = new ChildRecordDialog(m_workspace, m_kind, m_parentRecord, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReplyTo(row);
    dialog->open();
    watch(dialog);
    return dialog;
}

} // namespace Tradewind
