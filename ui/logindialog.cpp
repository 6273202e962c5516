#include "logindialog.h"

#include "apiclient.h"
#include "errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Tradewind {

LoginDialog::LoginDialog(ApiClient &api, const QString &serverOverride, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_server(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Log in to Tradewind"));
    const QSettings settings;
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setText(serverOverride.isEmpty() ? settings.value(u"login/server"_s, u"http://127.0.0.1:8765"_s).toString()
                                               : serverOverride);
    m_server->setPlaceholderText(u"http://127.0.0.1:8765"_s);
    m_login->setObjectName(u"loginEdit"_s);
    m_login->setText(settings.value(u"login/login"_s).toString());
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"loginError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    auto *banner = new QLabel(this);
    banner->setPixmap(QIcon(u":/icons/tradewind.svg"_s).pixmap(48, 48));
    auto *heading = new QLabel(tr("<b>Tradewind</b><br>Sales management for project business"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(banner);
    top->addWidget(heading, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_logInButton = buttons->addButton(tr("Log &in"), QDialogButtonBox::AcceptRole);
    m_logInButton->setObjectName(u"logInButton"_s);
    m_logInButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::logIn()
{
    if (m_pending)
        return;
    QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        m_error->setText(tr("Enter the server address, e.g. http://127.0.0.1:8765"));
        m_error->show();
        m_server->setFocus();
        return;
    }
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your login and password."));
        m_error->show();
        (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    m_api.setServerUrl(url);
    setBusy(true);
    m_pending = m_api.login(m_login->text().trimmed(), m_password->text());
    ApiReply *reply = m_pending;
    connect(reply, &ApiReply::finished, this, [this, reply] { finished(reply); });
}

void LoginDialog::finished(ApiReply *reply)
{
    reply->deleteLater();
    m_pending = nullptr;
    setBusy(false);
    if (!reply->ok()) {
        m_error->setText(ErrorText::describe(reply->error()));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QSettings settings;
    settings.setValue(u"login/server"_s, m_server->text().trimmed());
    settings.setValue(u"login/login"_s, m_login->text().trimmed());
    accept();
}

void LoginDialog::setBusy(bool busy)
{
    m_logInButton->setEnabled(!busy);
    m_logInButton->setText(busy ? tr("Logging in…") : tr("Log &in"));
    if (busy)
        m_error->hide();
    for (QLineEdit *edit : {m_server, m_login, m_password})
        edit->setEnabled(!busy);
}

} // namespace Tradewind
