#include "admin/employees.h"
#include "admin/firststart.h"
#include "demodata.h"
#include "operations/passwordprompt.h"
#include "operations/shutdownsignals.h"
#include "passwords.h"
#include "tradewindserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535 || !address->setAddress(host == u"localhost"_s ? u"127.0.0.1"_s : host))
        return false;
    *port = static_cast<quint16>(number);
    return true;
}

/** --create-admin: the password from the environment or typed twice on the terminal, never from the command line. */
int createAdministrator(Tradewind::Database &database, const QString &login)
{
    QString password = qEnvironmentVariable("TRADEWIND_ADMIN_PASSWORD");
    if (password.isEmpty()) {
        const std::optional<QString> typed = Tradewind::readPasswordFromTerminal(u"Password for %1: "_s.arg(login));
        if (!typed) {
            err() << "No password: run this in a terminal to type it, or set the environment variable "
                     "TRADEWIND_ADMIN_PASSWORD"
                  << Qt::endl;
            return 1;
        }
        // Checked before it is asked again, so that nobody types a password twice only to hear it is too short.
        if (const QString weakness = Tradewind::Passwords::weakness(*typed, login); !weakness.isEmpty()) {
            err() << weakness << "; nothing was created" << Qt::endl;
            return 1;
        }
        if (Tradewind::readPasswordFromTerminal(u"The same password again: "_s) != typed) {
            err() << "The two passwords differ; nothing was created" << Qt::endl;
            return 1;
        }
        password = *typed;
    }
    try {
        Tradewind::Admin::createFirstAdministrator(database, login, password, QDateTime::currentDateTimeUtc());
    } catch (const Tradewind::ApiException &error) {
        err() << "Cannot create the administrator: " << error.message() << Qt::endl;
        return 1;
    }
    err() << "Administrator " << login << " created in " << QFileInfo(database.path()).absoluteFilePath()
          << ". Start the server and log in as " << login << " to set up the company." << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tradewind-server"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tradewind sales-management server: owns the database and serves the JSON API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"database"_s, u"SQLite database file (created and migrated on first start)."_s,
                                            u"FILE"_s, u"tradewind.db"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"Address and port to listen on."_s, u"ADDR:PORT"_s,
                                          u"127.0.0.1:8765"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Fill an empty database with the demo company."_s);
    const QCommandLineOption certOption(u"tls-cert"_s, u"PEM certificate: serve HTTPS (needs --tls-key)."_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"PEM private key for --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption scaleEmployeesOption(u"scale-employees"_s,
                                                  u"With --scale-opportunities: employees in the benchmark data set."_s,
                                                  u"N"_s, u"1000"_s);
    const QCommandLineOption scaleOpportunitiesOption(
        u"scale-opportunities"_s, u"Build a benchmark data set with N opportunities in the database, then exit."_s, u"N"_s);
    const QCommandLineOption backupOption(
        u"backup"_s, u"Write a consistent copy of the database to FILE (a new file), then exit; the server may keep running."_s,
        u"FILE"_s);
    const QCommandLineOption statementTimeoutOption(
        u"statement-timeout"_s, u"Seconds one database statement of a request may run before the request is answered 503."_s,
        u"SECONDS"_s, u"10"_s);
    const QCommandLineOption createAdminOption(
        u"create-admin"_s,
        u"Create a system administrator with this login, then exit. The password comes from the environment variable "
        u"TRADEWIND_ADMIN_PASSWORD, or is asked for on the terminal."_s,
        u"LOGIN"_s);
    parser.addOptions({databaseOption, listenOption, demoOption, certOption, keyOption, scaleEmployeesOption,
                       scaleOpportunitiesOption, backupOption, statementTimeoutOption, createAdminOption});
    parser.process(app);

    Tradewind::ServerConfig config;
    config.databasePath = parser.value(databaseOption);
    if (!parseListen(parser.value(listenOption), &config.address, &config.port)) {
        err() << "Invalid --listen value '" << parser.value(listenOption) << "': expected ADDR:PORT such as 127.0.0.1:8765"
              << Qt::endl;
        return 2;
    }
    config.http.tlsCertificateFile = parser.value(certOption);
    config.http.tlsKeyFile = parser.value(keyOption);
    if (config.http.tlsCertificateFile.isEmpty() != config.http.tlsKeyFile.isEmpty()) {
        err() << "--tls-cert and --tls-key go together" << Qt::endl;
        return 2;
    }

    bool timeoutOk = false;
    const int statementTimeout = parser.value(statementTimeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || statementTimeout < 1 || statementTimeout > 3600) {
        err() << "--statement-timeout takes a whole number of seconds from 1 to 3600" << Qt::endl;
        return 2;
    }
    config.statementTimeLimit = std::chrono::seconds(statementTimeout);

    Tradewind::TradewindServer server(config);
    if (parser.isSet(backupOption)) {
        // Not migrated first: a backup copies the file as it is, whichever server version wrote it.
        QElapsedTimer timer;
        timer.start();
        try {
            server.database().backupTo(parser.value(backupOption));
        } catch (const std::exception &error) {
            err() << "Backup failed: " << error.what() << Qt::endl;
            return 1;
        }
        err() << "Backup of " << QFileInfo(config.databasePath).absoluteFilePath() << " written to "
              << QFileInfo(parser.value(backupOption)).absoluteFilePath() << " ("
              << QFileInfo(parser.value(backupOption)).size() / (1024 * 1024) << " MiB, " << timer.elapsed() / 1000.0
              << " s)" << Qt::endl;
        return 0;
    }
    try {
        server.openDatabase();
        if (parser.isSet(scaleOpportunitiesOption)) {
            bool ok = false;
            const qint64 opportunities = parser.value(scaleOpportunitiesOption).toLongLong(&ok);
            const int employees = parser.value(scaleEmployeesOption).toInt();
            if (!ok || opportunities < 0 || employees < 0) {
                err() << "--scale-opportunities and --scale-employees take whole numbers" << Qt::endl;
                return 2;
            }
            Tradewind::Demo::generateScale(server.database(), QDateTime::currentDateTimeUtc(), employees, opportunities,
                                           [](const QString &stage, qint64 done, qint64 total) {
                                               const qint64 percent = total > 0 ? done * 100 / total : 100;
                                               err() << "\rGenerating " << stage << ": " << done << " / " << total << " ("
                                                     << percent << "%)   " << Qt::flush;
                                               if (done == total)
                                                   err() << Qt::endl;
                                           });
            err() << "Benchmark data set ready in " << QFileInfo(config.databasePath).absoluteFilePath() << Qt::endl;
            return 0;
        }
        if (parser.isSet(createAdminOption))
            return createAdministrator(server.database(), parser.value(createAdminOption));
        // Without an administrator nobody could set the company up: say how to make one rather than serve in vain.
        const bool demoFills = parser.isSet(demoOption) && Tradewind::Demo::isEmpty(server.database());
        if (!demoFills && !Tradewind::Admin::hasActiveAdministrator(server.database().connection())) {
            const QString path = QFileInfo(config.databasePath).absoluteFilePath();
            err() << "The database " << path << " has no active system administrator, so nobody could set the company up.\n"
                  << "Create one first (it asks for the password, or takes it from the environment variable "
                     "TRADEWIND_ADMIN_PASSWORD):\n"
                  << "  tradewind-server --database " << path << " --create-admin LOGIN\n"
                  << "or start with --demo on an empty database for the demo company." << Qt::endl;
            return 1;
        }
    } catch (const std::exception &error) {
        err() << "Cannot use the database " << config.databasePath << ": " << error.what() << Qt::endl;
        return 1;
    }

    // The address is taken before the demo data is written, so that a busy port is reported at once; requests
    // that arrive meanwhile see an empty database until the demo company is committed in one transaction.
    if (!server.listen()) {
        err() << "Cannot listen on " << parser.value(listenOption) << ": " << server.errorString() << Qt::endl;
        return 1;
    }
    try {
        if (parser.isSet(demoOption) && Tradewind::Demo::isEmpty(server.database())) {
            err() << "Filling the database with the demo company..." << Qt::endl;
            Tradewind::Demo::populate(server.database(), QDateTime::currentDateTimeUtc());
        }
    } catch (const std::exception &error) {
        err() << "Cannot fill the database " << config.databasePath << " with the demo company: " << error.what() << Qt::endl;
        return 1;
    }

    Tradewind::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &Tradewind::ShutdownSignals::received, &app, [&server] {
        err() << "Stopping: finishing the requests in progress (Ctrl+C again to stop at once)..." << Qt::endl;
        server.close();
        err() << "Tradewind server stopped." << Qt::endl;
        QCoreApplication::exit(0);
    });
    const QString scheme = config.http.tlsCertificateFile.isEmpty() ? u"http"_s : u"https"_s;
    err() << "Tradewind server listening on " << scheme << "://" << config.address.toString() << ':' << server.port()
          << " (database " << QFileInfo(config.databasePath).absoluteFilePath() << ")" << Qt::endl;
    return QCoreApplication::exec();
}
