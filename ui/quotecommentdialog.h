#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Tradewind {

/**
 * Asks for the words that go with a quote decision: an approver's comment (optional when approving,
 * required when rejecting) or the reason a quote was lost, with an optional check box (close the
 * opportunity too). The confirming button stays disabled until a required text is there.
 */
class QuoteCommentDialog : public QDialog
{
    Q_OBJECT

public:
    QuoteCommentDialog(const QString &title, const QString &question, const QString &confirmText, bool textRequired,
                       QWidget *parent = nullptr);

    /** Adds the check box (once), e.g. "Also close the opportunity as lost". */
    QCheckBox *addOption(const QString &text);

    QString text() const;
    bool optionChecked() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *confirmButton() const { return m_confirm; }

    /** The most the server keeps of a comment or reason. */
    static constexpr int MaxLength = 2000;

private:
    void updateButton();

    bool m_required;
    QLabel *m_question;
    QPlainTextEdit *m_text;
    QCheckBox *m_option = nullptr;
    QPushButton *m_confirm;
};

} // namespace Tradewind
