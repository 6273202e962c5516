#pragma once

#include "opportunity.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;
class QTimer;

namespace Tradewind {

/**
 * Creates or edits an opportunity. The customer is looked up while the user types: the suggestions come
 * from the server (customers only) and never block typing; the amount is exact money, checked against
 * the chosen currency's decimals.
 */
class OpportunityDialog : public RecordDialog
{
    Q_OBJECT

public:
    /** Roles of customerSuggestions() items. */
    static constexpr int CustomerIdRole = Qt::UserRole + 1;
    static constexpr int CustomerNameRole = Qt::UserRole + 2;

    /** Creates a new opportunity; the server makes the current user its owner. */
    explicit OpportunityDialog(Workspace &workspace, QWidget *parent = nullptr);
    /** Edits opportunity as loaded, etag being its version. */
    OpportunityDialog(Workspace &workspace, const Opportunity &opportunity, const QByteArray &etag,
                      QWidget *parent = nullptr);

    /** Opens a new-opportunity dialog (window-modal, deleted when closed). */
    static OpportunityDialog *openNew(Workspace &workspace, QWidget *parent);
    /** Loads the opportunity, then opens the edit dialog on it; a failure is reported in a message box. */
    static void openEdit(Workspace &workspace, qint64 opportunityId, QWidget *parent);
    /** Only sales staff create opportunities (the creator becomes the owner); this only greys out actions. */
    static bool mayCreate(const Employee &user);
    /** The currencies always offered. */
    static QStringList standardCurrencies();

    /** Presets the customer (from a partner card). */
    void setCustomer(qint64 customerId, const QString &name);
    qint64 customerId() const { return m_customerId; }

    QCompleter *customerCompleter() const { return m_completer; }
    /** The latest suggestions for the customer field. */
    QStandardItemModel *customerSuggestions() const { return m_suggestions; }
    bool isSearchingCustomers() const { return m_search != nullptr; }

Q_SIGNALS:
    /** New suggestions for the customer field have arrived. */
    void customerSuggestionsChanged();

protected:
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;

private:
    void buildForm();
    void fill(const Opportunity &opportunity);
    void selectCombo(QComboBox *combo, const QString &code);
    /** The part family matters for spare-parts opportunities only. */
    void updatePartFamilyRow();
    void customerEdited(const QString &text);
    void searchCustomers();
    void customerEditingFinished();
    std::optional<Money> amount() const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_customer = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_hasExpectedClose = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_partFamily = nullptr;
    QFormLayout *m_fields = nullptr;

    qint64 m_customerId = 0;
    QString m_customerName;
    QStandardItemModel *m_suggestions = nullptr;
    QCompleter *m_completer = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPointer<ApiReply> m_search;
};

} // namespace Tradewind
