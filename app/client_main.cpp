#include "mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tradewind"));
    QApplication::setApplicationName(QStringLiteral("Tradewind"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tradewind.svg")));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tradewind"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Tradewind::MainWindow window;
    window.show();
    return QApplication::exec();
}
