#pragma once

#include "childkind.h"

#include <QWidget>

class QAction;

namespace Tradewind {

class ChildRecordDialog;
class ListPage;
class Workspace;

/**
 * One tab of an opportunity or contract card listing a kind of sub-record (GET /opportunities/{id}/<kind>,
 * /contracts/{id}/<kind>, paged as it scrolls), with the row actions the kind allows: Add…, Edit…, Reply…
 * and a jump to the related partner's card; a card may put actions of its own on listPage(). What the tab
 * shows and offers comes from the ChildKind; the server has the last word on every write, and its refusals
 * are shown in the dialog.
 */
class ChildRecordsTab : public QWidget
{
    Q_OBJECT

public:
    ChildRecordsTab(Workspace &workspace, const ChildKind &kind, qint64 parentId, QWidget *parent = nullptr);

    const ChildKind &kind() const { return m_kind; }
    ListPage *listPage() const { return m_list; }
    /** The records the server counts, once the first page has arrived. */
    qint64 count() const;
    bool isLoaded() const { return m_loaded; }

    /** The parent record as the card shows it: permissions and dialogs need its owner and customer. */
    void setParentRecord(const QJsonObject &record);
    const QJsonObject &parentRecord() const { return m_parentRecord; }
    /** Loads the list again from its first page. */
    void reload();

    QAction *addRecordAction() const { return m_add; }
    QAction *editRecordAction() const { return m_edit; }
    QAction *replyAction() const { return m_reply; }
    QAction *relatedAction() const { return m_related; }

    /** Opens the dialog adding a record (nullptr when the parent record is not loaded yet). */
    ChildRecordDialog *addRecord();
    /** Opens the dialog editing the record with this id, as listed. */
    ChildRecordDialog *editRecord(qint64 id);
    /** Opens the dialog answering the record with this id. */
    ChildRecordDialog *replyTo(qint64 id);

Q_SIGNALS:
    /** The number of records is known or changed. */
    void countChanged(qint64 count);

private:
    ChildContext context() const;
    QJsonObject selectedRow() const;
    QJsonObject rowOfId(qint64 id) const;
    bool mayAdd() const;
    bool mayEdit(const QJsonObject &row) const;
    void watch(ChildRecordDialog *dialog);

    Workspace &m_workspace;
    ChildKind m_kind;
    qint64 m_parentId;
    QJsonObject m_parentRecord;
    ListPage *m_list;
    bool m_loaded = false;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_reply = nullptr;
    QAction *m_related = nullptr;
};

} // namespace Tradewind
