#pragma once

#include "apiclient.h"
#include "invalidmark.h"
#include "wire.h"

#include <QDialog>
#include <QHash>
#include <QPalette>
#include <QPointer>

#include <optional>

class QAbstractButton;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Tradewind {

class Workspace;

/**
 * Base of the create/edit dialogs of one record.
 *
 * The subclass provides the form (setForm), names the widget of each wire field (registerField), builds
 * the JSON body and runs core's shared validation on it (Partner::fromInput…), so that the client refuses
 * exactly what the server would refuse. Save validates locally, then sends POST collectionPath (create)
 * or PATCH collectionPath/id with If-Match (edit) without blocking: while the request runs the form and
 * Save are disabled and a busy indicator shows. A refused field — local or a server 400 naming it — is
 * highlighted and explained right under it. A 412 asks whether to reload the record (discarding the
 * edits) or keep editing. On success the dialog tells the workspace, emits saved(id) and accepts.
 */
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    ~RecordDialog() override;

    bool isEditing() const { return m_recordId > 0; }
    /** The record edited, or after a successful create the new record's id; 0 before. */
    qint64 recordId() const { return m_recordId; }
    QByteArray etag() const { return m_etag; }
    bool isBusy() const { return m_pending != nullptr; }
    /** The record as the server answered the last successful save. */
    const QJsonObject &savedRecord() const { return m_savedRecord; }

    QPushButton *saveButton() const { return m_saveButton; }
    /** The text of the message strip above the buttons (errors not tied to a field, notices). */
    QString messageText() const;
    /** The text shown under the refused field, if any. */
    QString fieldErrorText() const;
    /** The wire name of the field currently marked as refused, or "". */
    QString invalidField() const { return m_invalidField; }
    /** The question asked after a 412; nullptr until a conflict happened. */
    QMessageBox *conflictBox() const { return m_conflictBox; }

    /** Ignored while a request runs: its answer must still be handled. */
    void reject() override;

    enum class MessageKind { Error, Notice };
    /** Shows text in a message strip (a word-wrapped label above a form's buttons), in the dialogs' look. */
    static void showMessageIn(QLabel *strip, const QString &text, MessageKind kind = MessageKind::Error);
    /**
     * The question after a 412 (someone else saved first): "Reload" (object name "conflictReloadButton",
     * the default) discards the edits, "Keep editing" ("conflictKeepEditingButton") returns to them.
     */
    static QMessageBox *createConflictBox(QWidget *parent);

public Q_SLOTS:
    /** Validates the form and sends it. */
    void save();

Q_SIGNALS:
    void saved(qint64 id);
    /** The form was refilled from the server after a conflict. */
    void recordReloaded();

protected:
    /** recordId 0 creates; otherwise etag is the version the form was filled from. */
    RecordDialog(Workspace &workspace, const QString &collectionPath, qint64 recordId, const QByteArray &etag,
                 QWidget *parent = nullptr);

    Workspace &workspace() const { return m_workspace; }
    QString recordPath() const;

    /** Puts the subclass's form above the message strip and the buttons; call once. */
    void setForm(QWidget *form);
    /**
     * The widget that holds a wire field; a field such as "contacts[2].email" falls back to the widget of
     * "contacts". Errors on unregistered fields show in the message strip.
     */
    void registerField(const QString &field, QWidget *widget);

    /** Problems only the form can see (an amount that is not a number…); checked before buildBody(). */
    virtual std::optional<FieldError> checkForm() const { return std::nullopt; }
    /** The complete input document for create and edit. */
    virtual QJsonObject buildBody() const = 0;
    /** Runs the validation core shares with the server; leaves the first problem in reader.error(). */
    virtual void validate(JsonReader &reader) const = 0;
    /** A translated explanation of a refused field; the default shows the server's own words. */
    virtual QString describeFieldError(const FieldError &error) const;
    /** Moves to the exact spot of a refused field inside its widget (a table cell…). */
    virtual void revealField(const FieldError &error) { Q_UNUSED(error); }
    /** Fills the form from a record as the server sends it (edit, and reload after a conflict). */
    virtual void loadRecord(const QJsonObject &record) = 0;
    /** Lets the subclass answer an error code itself (return true when it did). */
    virtual bool handleSaveError(const ApiError &error) { Q_UNUSED(error); return false; }

    /** Sends the body of the last save() again; query goes with a create (POST) only. */
    void resend(const QUrlQuery &query);

    void showFieldError(const FieldError &error);
    void showMessage(const QString &text, MessageKind kind = MessageKind::Error);
    void clearMessages();

private:
    void send(const QUrlQuery &query);
    void saveFinished(ApiReply *reply);
    void askAboutConflict();
    void reloadRecord();
    void setBusy(bool busy, const QString &text = {});
    QWidget *widgetForField(const QString &field) const;
    void placeFieldError(QWidget *widget);
    void removeFieldErrorRow();

    Workspace &m_workspace;
    QString m_collectionPath;
    qint64 m_recordId;
    QByteArray m_etag;
    QJsonObject m_body;
    QJsonObject m_savedRecord;
    QPointer<ApiReply> m_pending;

    QVBoxLayout *m_layout;
    QWidget *m_form = nullptr;
    QHash<QString, QWidget *> m_fieldWidgets;
    QString m_invalidField;
    InvalidMark m_invalidMark;
    QLabel *m_fieldError;
    QPointer<QFormLayout> m_fieldErrorForm;
    QLabel *m_message;
    QProgressBar *m_busy;
    QLabel *m_busyLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    QMessageBox *m_conflictBox = nullptr;
    QAbstractButton *m_conflictReload = nullptr;
};

} // namespace Tradewind
