#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // Widget tests run offscreen (CTest sets QT_QPA_PLATFORM) with a fresh settings store. The build runs
    // the binary too, to list its tests for CTest, where there is no display: default to offscreen there.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TradewindTests"));
    QApplication::setApplicationName(QStringLiteral("TradewindTests"));
    return Catch::Session().run(argc, argv);
}
