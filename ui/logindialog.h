#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Tradewind {

class ApiClient;
class ApiReply;

/**
 * Asks for the server address, login and password and logs in without blocking; the address and
 * login are remembered. Accepts once the client holds a session.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(ApiClient &api, const QString &serverOverride = {}, QWidget *parent = nullptr);

    QString errorText() const;

private:
    void logIn();
    void finished(ApiReply *reply);
    void setBusy(bool busy);

    ApiClient &m_api;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_logInButton;
    QPointer<ApiReply> m_pending;
};

} // namespace Tradewind
