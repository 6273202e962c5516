#pragma once

#include "childkind.h"
#include "recorddialog.h"

class QLabel;

namespace Tradewind {

/**
 * Creates or edits one sub-record of an opportunity or a contract (a follow-up, a tracking plan, a shipment…).
 * The form is built from the kind's field list, so every kind gets the same widgets for the same types:
 * one-line and multi-line text, translated choices, dates (required or optional), timestamps, check
 * boxes, money, a partner looked up while typing and a contact of the parent's customer. The form is
 * checked locally with the same rules the server applies; a create is POSTed to the kind's collection,
 * an edit PATCHed with If-Match.
 */
class ChildRecordDialog : public RecordDialog
{
    Q_OBJECT

public:
    /** record empty: a new record; otherwise the row as listed (its "version" is the If-Match). */
    ChildRecordDialog(Workspace &workspace, const ChildKind &kind, const QJsonObject &parentRecord,
                      const QJsonObject &record = {}, QWidget *parent = nullptr);

    /** Opens a dialog adding a record of kind (window-modal, deleted when closed). */
    static ChildRecordDialog *openNew(Workspace &workspace, const ChildKind &kind, const QJsonObject &parentRecord,
                                      QWidget *parent);
    /** Opens a dialog editing row (window-modal, deleted when closed). */
    static ChildRecordDialog *openEdit(Workspace &workspace, const ChildKind &kind, const QJsonObject &parentRecord,
                                       const QJsonObject &row, QWidget *parent);

    /** Makes a new record a reply to row (advice): the kind's replyField names it. */
    void setReplyTo(const QJsonObject &row);
    /** Fills a new record's form from values (wire fields; the others as for a record without them). */
    void preset(const QJsonObject &values) { loadRecord(values); }

    const ChildKind &kind() const { return m_kind; }
    /** The id of the parent record (the opportunity or the contract). */
    qint64 parentId() const { return m_parentId; }
    qint64 opportunityId() const { return m_parentId; }
    /** The widget of a wire field (the date edit of an optional date, the line edit of a partner…). */
    QWidget *fieldWidget(const QString &name) const { return m_widgets.value(name); }

    /** camelCase of a wire name: "happened_on" → "happenedOn" (object names are built from it). */
    static QString camelCase(const QString &wireName);

protected:
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;
    bool handleSaveError(const ApiError &error) override;

private:
    void buildForm();
    QWidget *createFieldWidget(const ChildField &field, QWidget *form, QWidget **row);
    void applyDefaults();
    void loadContacts(qint64 customerId);
    const ChildField *fieldNamed(const QString &name) const;

    ChildKind m_kind;
    QJsonObject m_parentRecord;
    qint64 m_parentId;
    QJsonObject m_presets;
    QHash<QString, QWidget *> m_widgets;
    QHash<QString, QWidget *> m_switches; ///< the check box switching an optional date or timestamp on
    QLabel *m_context = nullptr;
};

} // namespace Tradewind
