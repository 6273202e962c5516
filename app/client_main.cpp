#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tradewind"_s);
    QApplication::setApplicationName(u"Tradewind"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/tradewind.svg"_s));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, u"Tradewind server address, e.g. http://127.0.0.1:8765"_s, u"URL"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"User interface language: zh_CN or en (default: the system's)."_s,
                                            u"LANG"_s);
    parser.addOptions({serverOption, languageOption});
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale();
    QLocale::setDefault(locale);
    QTranslator translator;
    if (translator.load(locale, u"tradewind"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    Tradewind::MainWindow window(QUrl(parser.value(serverOption)));
    window.show();
    return QApplication::exec();
}
