#pragma once

#include "partner.h"
#include "recorddialog.h"

class QAbstractButton;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Tradewind {

/**
 * Creates or edits a business partner, with its contacts. A name that nearly matches an existing partner
 * (server answer duplicate_partner) leads to a question naming that partner: open it instead, create this
 * one anyway, or go back to the form.
 */
class PartnerDialog : public RecordDialog
{
    Q_OBJECT

public:
    /** Creates a new partner. */
    explicit PartnerDialog(Workspace &workspace, QWidget *parent = nullptr);
    /** Edits partner as loaded, etag being its version. */
    PartnerDialog(Workspace &workspace, const Partner &partner, const QByteArray &etag, QWidget *parent = nullptr);

    /** Opens a new-partner dialog (window-modal, deleted when closed). */
    static PartnerDialog *openNew(Workspace &workspace, QWidget *parent);
    /** Loads the partner, then opens the edit dialog on it; a failure is reported in a message box. */
    static void openEdit(Workspace &workspace, qint64 partnerId, QWidget *parent);
    /** Whether the user's roles allow changing partners (the server decides; this only greys out actions). */
    static bool mayEdit(const Employee &user);

    /** The duplicate question; nullptr until the server reported a duplicate. */
    QMessageBox *duplicateBox() const { return m_duplicateBox; }
    /** The partner named by the last duplicate answer. */
    qint64 duplicateId() const { return m_duplicateId; }

protected:
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void revealField(const FieldError &error) override;
    void loadRecord(const QJsonObject &record) override;
    bool handleSaveError(const ApiError &error) override;

private:
    void buildForm();
    void fill(const Partner &partner);
    void addContactRow(const Contact &contact);
    void removeSelectedContacts();
    bool isBlankContactRow(int row) const;
    void askAboutDuplicate(qint64 existingId, const QString &existingName);

    QLineEdit *m_name = nullptr;
    QWidget *m_classBox = nullptr;
    QList<QCheckBox *> m_classChecks;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_industry = nullptr;
    QSpinBox *m_creditDays = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_contacts = nullptr;
    QPushButton *m_removeContact = nullptr;

    QMessageBox *m_duplicateBox = nullptr;
    QAbstractButton *m_duplicateOpen = nullptr;
    QAbstractButton *m_duplicateCreate = nullptr;
    qint64 m_duplicateId = 0;
};

} // namespace Tradewind
