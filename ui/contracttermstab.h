#pragma once

#include "apiclient.h"
#include "contract.h"
#include "invalidmark.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Tradewind {

class MoneyEdit;
class QuoteLineModel;
class Workspace;

/**
 * The Terms & items tab of the contract card: type, signing date, amount, delivery, acceptance and payment
 * terms, notes and the contracted items. While the contract is a draft its owner edits all of it in place
 * (checked with core's Contract::fromInput, then PATCHed with If-Match); once it is active, changes go
 * through an approved contract change and the tab says so.
 */
class ContractTermsTab : public QWidget
{
    Q_OBJECT

public:
    ContractTermsTab(Workspace &workspace, qint64 contractId, QWidget *parent = nullptr);
    ~ContractTermsTab() override;

    /** Shows the contract as loaded (edits not saved are kept; the version is the one they started from). */
    void setContract(const QJsonObject &record, const QByteArray &etag);
    bool isEditable() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isBusy() const { return m_saveReply != nullptr; }

    /** The contract as the form shows it now. */
    Contract editedContract() const;
    QuoteLineModel *itemModel() const { return m_items; }
    QTableView *itemTable() const { return m_table; }
    MoneyEdit *amountEdit() const { return m_amount; }
    QPushButton *saveButton() const { return m_saveButton; }
    QString messageText() const;
    QString invalidField() const { return m_invalidField; }

    void save();

Q_SIGNALS:
    void dirtyChanged(bool dirty);
    void saved();
    /** The user asked for a contract change from the banner of an active contract. */
    void changeRequested();

private:
    QWidget *buildForm();
    QWidget *buildItems();
    void fill(const Contract &contract);
    void markDirty();
    void updateEditable();
    void updateItemsTotal();
    QJsonObject buildBody() const;
    void saveFinished(ApiReply *reply);
    void showFieldError(const FieldError &error);
    QString describeFieldError(const FieldError &error) const;
    void showMessage(const QString &text, bool error = true);
    void clearMessages();

    Workspace &m_workspace;
    qint64 m_contractId;
    Contract m_contract;
    QByteArray m_editEtag;
    bool m_dirty = false;
    bool m_filling = false;
    QPointer<ApiReply> m_saveReply;

    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerButton;
    QLabel *m_message;
    QWidget *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_signingDate = nullptr;
    MoneyEdit *m_amount = nullptr;
    QPushButton *m_quoteLink = nullptr;
    QPushButton *m_opportunityLink = nullptr;
    QPlainTextEdit *m_deliveryTerms = nullptr;
    QPlainTextEdit *m_acceptanceTerms = nullptr;
    QPlainTextEdit *m_paymentTerms = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QuoteLineModel *m_items;
    QTableView *m_table = nullptr;
    QAction *m_addItem = nullptr;
    QAction *m_removeItems = nullptr;
    QLabel *m_itemsTotal = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QWidget *> m_fieldWidgets;
    InvalidMark m_invalidMark;
    QString m_invalidField;
    QMessageBox *m_conflictBox = nullptr;
};

} // namespace Tradewind
