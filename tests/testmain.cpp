#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Tests drive Qt event loops (network replies, timers), so a Qt application object must exist.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
