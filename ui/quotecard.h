#pragma once

#include "cardpage.h"
#include "invalidmark.h"
#include "quote.h"

#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Tradewind {

class ContactCombo;
class HistoryView;
class ListPage;
class QuoteActions;
class QuoteLineModel;
class SimilarQuotesDialog;

/**
 * The card of one quote revision, and its editor. The header names the quote (number and revision), its
 * state, customer, opportunity and total, with the buttons of what can be done now (save, submit, approve,
 * reject, mark won, print…). The Quote tab holds the terms and the line table, edited in place while the
 * quote is a draft (or was rejected), with the totals following every keystroke — computed by the same
 * core code the server uses. Saving checks the document with core's Quote::fromInput first, then PATCHes
 * it with If-Match; a refused field or line cell is marked and explained. A quote that went further is
 * read-only, with "Create revision to edit". The other tabs: approvals, revisions and history.
 */
class QuoteCard : public CardPage
{
    Q_OBJECT

public:
    QuoteCard(Workspace &workspace, qint64 quoteId, QWidget *parent = nullptr);
    ~QuoteCard() override;

    QString documentKey() const override;
    QIcon icon() const override;
    bool hasUnsavedChanges() const override { return m_dirty; }

    qint64 quoteId() const { return m_quoteId; }
    /** The quote as last loaded. */
    const Quote &quote() const { return m_quote; }
    /** The quote as the form shows it now (terms and lines), its totals computed. */
    Quote editedQuote() const;
    /** Draft or rejected, and the current revision. */
    bool isEditable() const;
    bool isBusy() const { return m_saveReply != nullptr; }

    QuoteLineModel *lineModel() const { return m_lines; }
    QTableView *lineTable() const { return m_table; }
    QuoteActions *actions() const { return m_actions; }
    QPushButton *saveButton() const { return m_saveButton; }
    QAction *addLineAction() const { return m_addLine; }
    QAction *copyFromSimilarAction() const { return m_copyFromSimilar; }
    /** The text of the message strip above the form (refusals, notices); "" when hidden. */
    QString messageText() const;
    /** The grand total as shown under the lines. */
    QString totalText() const;
    /** The wire name of the field marked as refused ("lines[2].quantity"…), or "". */
    QString invalidField() const { return m_invalidField; }
    /** The question after a 412; nullptr until a conflict happened. */
    QMessageBox *conflictBox() const { return m_conflictBox; }

    /** Checks the form with core's rules and PATCHes it. */
    void save();
    /** Runs next once the edits are saved — at once when there are none; never when saving fails. */
    void whenSaved(std::function<void()> next);
    /** Opens "Copy from similar quote…" (nullptr when the quote cannot take lines). */
    SimilarQuotesDialog *copyFromSimilar();
    /** Adds an empty line after the current one and starts editing its product code. */
    void addLine();

    /** The user-visible name of a quote field in the history, or "" for fields not shown. */
    static QString fieldLabel(const QString &field);
    static QString valueText(const QString &field, const QJsonValue &value);

Q_SIGNALS:
    /** The server stored the edits. */
    void saved();

protected:
    QString placeholderTitle() const override;
    void populate(const QJsonObject &record) override;
    void reloadRelated() override;

private:
    void buildHeaderButtons();
    QWidget *buildEditor();
    QWidget *buildTermsForm(QWidget *parent);
    QWidget *buildLinesArea(QWidget *parent);
    QWidget *buildTotals(QWidget *parent);
    void buildApprovalsTab();
    void buildRevisionsTab();
    void fillForm(const Quote &quote);
    void fillApprovals(const Quote &quote);
    void updateBanner();
    void updateEditable();
    void updateButtons();
    void updateTotals();
    void markDirty();
    void currencyChosen();
    void removeSelectedLines();
    void moveCurrentLine(int delta);
    QJsonObject buildBody() const;
    void saveFinished(ApiReply *reply);
    void showFieldError(const FieldError &error);
    QString describeFieldError(const FieldError &error) const;
    void showMessage(const QString &text, bool error = true);
    void clearMessages();
    void askAboutConflict();
    void registerField(const QString &field, QWidget *widget);

    qint64 m_quoteId;
    Quote m_quote;
    QByteArray m_editEtag; ///< the version the form's edits started from
    bool m_dirty = false;
    bool m_populating = false;
    QPointer<ApiReply> m_saveReply;
    QList<std::function<void()>> m_afterSave;
    int m_discountThreshold = 1500;

    QuoteActions *m_actions = nullptr;
    QPushButton *m_saveButton = nullptr;
    QList<QPushButton *> m_actionButtons;

    QWidget *m_editor = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QLabel *m_message = nullptr;
    ContactCombo *m_contact = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_currency = nullptr;
    QDoubleSpinBox *m_taxRate = nullptr;
    QDateEdit *m_quoteDate = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QComboBox *m_incoterm = nullptr;
    QLineEdit *m_deliveryPlace = nullptr;
    QLineEdit *m_paymentTerms = nullptr;
    QLineEdit *m_leadTime = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QuoteLineModel *m_lines = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_addLine = nullptr;
    QAction *m_removeLines = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_copyFromSimilar = nullptr;
    QAction *m_saveAction = nullptr;
    QLabel *m_listTotal = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_subtotal = nullptr;
    QLabel *m_taxCaption = nullptr;
    QLabel *m_tax = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_discountHint = nullptr;

    QHash<QString, QWidget *> m_fieldWidgets;
    InvalidMark m_invalidMark;
    QString m_invalidField;
    QMessageBox *m_conflictBox = nullptr;

    QTableWidget *m_approvals = nullptr;
    QLabel *m_noApprovals = nullptr;
    ListPage *m_revisions = nullptr;
    HistoryView *m_history = nullptr;
};

} // namespace Tradewind
