#include "apiclient.h"
#include "applicationstyle.h"
#include "language.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new Tradewind::ApplicationStyle);
    QApplication::setOrganizationName(u"Tradewind"_s);
    QApplication::setApplicationName(u"Tradewind"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/tradewind.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tradewind sales-management client"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, u"Tradewind server address, e.g. http://127.0.0.1:8765"_s, u"URL"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"User interface language: zh_CN or en (default: the setting, "
                                                       u"else the system's)."_s,
                                            u"LANG"_s);
    parser.addOptions({serverOption, languageOption});
    parser.process(app);

    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : Tradewind::Language::configured();
    Tradewind::Language::apply(language.isEmpty() ? QLocale::system() : QLocale(language));

    Tradewind::ApiClient api;
    // Logging out returns to the login dialog; closing the window or the dialog quits.
    while (true) {
        Tradewind::LoginDialog login(api, parser.value(serverOption));
        if (login.exec() != QDialog::Accepted)
            return 0;
        Tradewind::MainWindow window(api);
        window.show();
        QApplication::exec();
        if (!window.logoutRequested())
            return 0;
    }
}
