#pragma once

#include "opportunity.h"
#include "partnerlookupedit.h"
#include "recorddialog.h"

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace Tradewind {

class MoneyEdit;

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
    static constexpr int CustomerIdRole = PartnerLookupEdit::PartnerIdRole;
    static constexpr int CustomerNameRole = PartnerLookupEdit::PartnerNameRole;

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

    /** Presets the customer (from a partner card). */
    void setCustomer(qint64 customerId, const QString &name);
    qint64 customerId() const { return m_customer->partnerId(); }

    QCompleter *customerCompleter() const { return m_customer->lookupCompleter(); }
    /** The latest suggestions for the customer field. */
    QStandardItemModel *customerSuggestions() const { return m_customer->suggestions(); }
    bool isSearchingCustomers() const { return m_customer->isSearching(); }

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

    QComboBox *m_kind = nullptr;
    PartnerLookupEdit *m_customer = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_stage = nullptr;
    MoneyEdit *m_amount = nullptr;
    QCheckBox *m_hasExpectedClose = nullptr;
    QDateEdit *m_expectedClose = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_partFamily = nullptr;
    QFormLayout *m_fields = nullptr;
};

} // namespace Tradewind
