#pragma once

#include "recorddialog.h"

class QComboBox;
class QLineEdit;

namespace Tradewind {

class PartnerLookupEdit;

/**
 * Starts a quote without an opportunity: customer, subject, currency, language and Incoterm; the quote
 * card then takes the lines and the rest of the terms. Most quotes come from an opportunity instead
 * ("Create quote"), pre-filled by the server.
 */
class NewQuoteDialog : public RecordDialog
{
    Q_OBJECT

public:
    explicit NewQuoteDialog(Workspace &workspace, QWidget *parent = nullptr);

    /** Opens the dialog (window-modal, deleted when closed). */
    static NewQuoteDialog *openNew(Workspace &workspace, QWidget *parent);

    PartnerLookupEdit *customerEdit() const { return m_customer; }

protected:
    std::optional<FieldError> checkForm() const override;
    QJsonObject buildBody() const override;
    void validate(JsonReader &reader) const override;
    QString describeFieldError(const FieldError &error) const override;
    void loadRecord(const QJsonObject &record) override;

private:
    PartnerLookupEdit *m_customer;
    QLineEdit *m_title;
    QComboBox *m_currency;
    QComboBox *m_language;
    QComboBox *m_incoterm;
};

} // namespace Tradewind
