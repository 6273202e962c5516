#include "quotecommentdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

QuoteCommentDialog::QuoteCommentDialog(const QString &title, const QString &question, const QString &confirmText,
                                       bool textRequired, QWidget *parent)
    : QDialog(parent)
    , m_required(textRequired)
    , m_question(new QLabel(question, this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(u"quoteCommentDialog"_s);
    setWindowTitle(title);
    setSizeGripEnabled(true);
    m_question->setObjectName(u"questionLabel"_s);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"commentEdit"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 5 + 14);
    m_question->setBuddy(m_text);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &QuoteCommentDialog::updateButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_question);
    layout->addWidget(m_text, 1);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateButton();
}

QCheckBox *QuoteCommentDialog::addOption(const QString &text)
{
    if (!m_option) {
        m_option = new QCheckBox(text, this);
        m_option->setObjectName(u"optionCheck"_s);
        static_cast<QVBoxLayout *>(layout())->insertWidget(2, m_option);
    }
    return m_option;
}

QString QuoteCommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool QuoteCommentDialog::optionChecked() const
{
    return m_option && m_option->isChecked();
}

void QuoteCommentDialog::updateButton()
{
    const QString typed = text();
    m_confirm->setEnabled((!m_required || !typed.isEmpty()) && typed.size() <= MaxLength);
}

} // namespace Tradewind
