#include "http/httpserver.h"

#include "catchqt.h"
#include "apiclient.h"
#include "rawhttpclient.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Tradewind::Http;
using namespace Qt::StringLiterals;

namespace {

/** A raw client whose connection the test requires. */
struct Client : RawHttpClient
{
    using RawHttpClient::RawHttpClient;
    explicit Client(quint16 port)
        : RawHttpClient(port)
    {
        REQUIRE(isConnected());
    }
};

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
}

QByteArray post(const QByteArray &target, const QByteArray &body)
{
    return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/** The application side of the tests: a few routes that exercise the layer. */
Response testHandler(const Request &request)
{
    Response response;
    response.setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain"));
    if (request.path == u"/hello") {
        response.body = QByteArrayLiteral("hello");
    } else if (request.path == u"/echo") {
        response.setHeader(QByteArrayLiteral("X-Method"), request.method);
        response.body = request.body;
    } else if (request.path == u"/sleep") {
        QThread::msleep(request.query.queryItemValue(u"ms"_s).toULong());
        response.body = QByteArrayLiteral("slept");
    } else if (request.path == u"/throw") {
        throw std::runtime_error("handler failure for the test");
    } else if (request.path == u"/who") {
        response.setHeader(QByteArrayLiteral("X-Tradewind-User"), QByteArrayLiteral("alice"));
        response.body = QByteArrayLiteral("you are alice");
    } else if (request.path.startsWith(u"/inspect")) {
        QJsonArray headerNames;
        for (const auto &header : request.headers)
            headerNames.append(QString::fromLatin1(header.first));
        const QJsonObject info{
            {u"method"_s, QString::fromLatin1(request.method)},
            {u"path"_s, request.path},
            {u"x"_s, request.query.queryItemValue(u"x"_s, QUrl::FullyDecoded)},
            {u"q"_s, request.query.queryItemValue(u"q"_s, QUrl::FullyDecoded)},
            {u"name"_s, request.query.queryItemValue(u"name"_s)},
            {u"custom"_s, QString::fromLatin1(request.header(QByteArrayLiteral("x-custom")))},
            {u"headerNames"_s, headerNames},
            {u"peerIsLoopback"_s, request.peer.isLoopback()},
        };
        response.body = QJsonDocument(info).toJson(QJsonDocument::Compact);
    } else {
        response.status = 404;
        response.body = QByteArrayLiteral("not found");
    }
    return response;
}

Server::Options testOptions()
{
    Server::Options options;
    options.workerThreads = 4;
    return options;
}

/** A listening server on a free loopback port. */
struct TestServer
{
    explicit TestServer(const Server::Options &options = testOptions(), Server::Handler handler = testHandler,
                        Server::Classifier classifier = {})
        : server(options, std::move(handler), std::move(classifier))
    {
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        REQUIRE(server.serverPort() != 0);
    }

    quint16 port() const { return server.serverPort(); }

    Server server;
};

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
    return true;
}

} // namespace

TEST_CASE("HTTP server answers simple requests", "[http]")
{
    TestServer server;
    Client client(server.port());

    SECTION("GET")
    {
        client.send(get("/hello"));
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->status == 200);
        REQUIRE(response->body == "hello");
        REQUIRE(response->header("content-type") == "text/plain");
        REQUIRE(response->header("content-length") == "5");
        REQUIRE(response->header("connection") == "keep-alive");
        REQUIRE(response->hasHeader("date"));
    }

    SECTION("POST echoes the body")
    {
        const QByteArray body = QByteArray("line one\r\nline two\0with a NUL", 29);
        client.send(post("/echo", body));
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->status == 200);
        REQUIRE(response->header("x-method") == "POST");
        REQUIRE(response->body == body);
    }

    SECTION("a chunked body is assembled")
    {
        client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->body == "hello world");
    }

    SECTION("a request split into single bytes is parsed")
    {
        const QByteArray request = post("/echo", "split");
        for (const char byte : request) {
            client.send(QByteArray(1, byte));
            QThread::msleep(1);
        }
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->body == "split");
    }

    SECTION("HEAD sends the headers of GET without the body")
    {
        client.send("HEAD /hello HTTP/1.1\r\nHost: localhost\r\n\r\n");
        const auto head = client.read(5000, false);
        REQUIRE(head);
        REQUIRE(head->status == 200);
        REQUIRE(head->header("content-length") == "5");
        // Had the body been sent, it would be taken for the start of the next response.
        client.send(get("/echo"));
        const auto next = client.read();
        REQUIRE(next);
        REQUIRE(next->status == 200);
        REQUIRE(next->body.isEmpty());
    }

    SECTION("unknown paths get the handler's 404")
    {
        client.send(get("/nowhere"));
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->status == 404);
    }
}

TEST_CASE("HTTP server decodes the request for the handler", "[http]")
{
    TestServer server;
    Client client(server.port());
    client.send("GET /inspect/a%20b/c?x=1%262%3D3&name=J%C3%BCrgen%20S&q=pump+valve%2Bseal HTTP/1.1\r\nHost: localhost\r\n"
                "X-Custom:   padded value  \r\nACCEPT: */*\r\n\r\n");
    const auto response = client.read();
    REQUIRE(response);
    const QJsonObject info = QJsonDocument::fromJson(response->body).object();
    REQUIRE(info.value(u"method"_s).toString() == u"GET"_s);
    REQUIRE(info.value(u"path"_s).toString() == u"/inspect/a b/c"_s);
    REQUIRE(info.value(u"x"_s).toString() == u"1&2=3"_s);
    REQUIRE(info.value(u"name"_s).toString() == u"J\u00fcrgen S"_s);
    // Form encoding: "+" is a space, and a plus sign itself comes as %2B.
    REQUIRE(info.value(u"q"_s).toString() == u"pump valve+seal"_s);
    REQUIRE(info.value(u"custom"_s).toString() == u"padded value"_s);
    REQUIRE(info.value(u"headerNames"_s).toArray() == QJsonArray{u"host"_s, u"x-custom"_s, u"accept"_s});
    REQUIRE(info.value(u"peerIsLoopback"_s).toBool());
}

TEST_CASE("HTTP server never decodes an escape into a slash or a control character", "[http]")
{
    TestServer server;
    const QList<QPair<QByteArray, QString>> cases{{"/inspect/1%2Fcontacts", u"/inspect/1%2Fcontacts"_s},
                                                  {"/inspect/1%2fcontacts", u"/inspect/1%2Fcontacts"_s},
                                                  {"/inspect/a%00b", u"/inspect/a%00b"_s},
                                                  {"/inspect/a%0d%0aGET%20/forged", u"/inspect/a%0D%0AGET /forged"_s},
                                                  {"/inspect/%E4%B8%AD%2", u"/inspect/\u4e2d%2"_s}};
    for (const auto &[target, path] : cases) {
        INFO(target.toStdString());
        Client client(server.port());
        client.send(get(target));
        const auto response = client.read(2000);
        REQUIRE(response);
        CHECK(QJsonDocument::fromJson(response->body).object().value(u"path"_s).toString() == path);
    }
}

TEST_CASE("HTTP server keeps connections alive", "[http]")
{
    TestServer server;
    Client client(server.port());

    SECTION("two requests on one connection")
    {
        client.send(get("/hello"));
        const auto first = client.read();
        client.send(post("/echo", "second"));
        const auto second = client.read();
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(first->body == "hello");
        REQUIRE(second->body == "second");
        REQUIRE(second->header("connection") == "keep-alive");
    }

    SECTION("pipelined requests are answered in order")
    {
        // The first one is the slowest, so answering them as they finish would reorder them.
        client.send(get("/sleep?ms=300") + get("/hello") + post("/echo", "third"));
        const auto first = client.read();
        const auto second = client.read();
        const auto third = client.read();
        REQUIRE(first);
        REQUIRE(second);
        REQUIRE(third);
        REQUIRE(first->body == "slept");
        REQUIRE(second->body == "hello");
        REQUIRE(third->body == "third");
    }

    SECTION("Connection: close is honoured")
    {
        client.send("GET /hello HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->header("connection") == "close");
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("HTTP/1.0 without keep-alive is closed after the response")
    {
        client.send("GET /hello HTTP/1.0\r\n\r\n");
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->body == "hello");
        REQUIRE(response->header("connection") == "close");
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("HTTP/1.0 with keep-alive stays open")
    {
        client.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto first = client.read();
        REQUIRE(first);
        REQUIRE(first->header("connection") == "keep-alive");
        client.send(get("/hello"));
        REQUIRE(client.read());
    }
}

TEST_CASE("HTTP server refuses an oversized body without reading it", "[http]")
{
    Server::Options options = testOptions();
    options.maxBodyBytes = 1024;
    TestServer server(options);
    Client client(server.port());
    QElapsedTimer timer;
    timer.start();

    SECTION("announced by Content-Length: answered before the body is sent")
    {
        client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\n\r\n");
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(timer.elapsed() < 1000);
        REQUIRE(response->status == 413);
        REQUIRE(response->header("content-type") == "application/json; charset=utf-8");
        REQUIRE(response->header("connection") == "close");
        REQUIRE(response->body
                == R"({"error":{"code":"payload_too_large","message":"Request body exceeds the limit of 1024 bytes"}})");
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("announced by Content-Length while the body is already streaming in")
    {
        // A real client sends the body right behind the headers; it must still get to read the 413.
        client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000000\r\n\r\n"
                    + QByteArray(16 * 1024 * 1024, 'x'));
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(response->status == 413);
        REQUIRE(client.waitForClose(3000));
    }

    SECTION("chunked: answered once the chunks announced pass the limit")
    {
        client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "258\r\n" + QByteArray(600, 'a') + "\r\n258\r\n"); // 2 x 600 bytes; the second is never sent
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(timer.elapsed() < 1000);
        REQUIRE(response->status == 413);
        REQUIRE(response->errorCode() == u"payload_too_large"_s);
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("a body of exactly the limit is accepted")
    {
        const QByteArray body(1024, 'b');
        client.send(post("/echo", body));
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->status == 200);
        REQUIRE(response->body == body);
    }
}

TEST_CASE("HTTP server refuses oversized headers", "[http]")
{
    Server::Options options = testOptions();
    options.maxHeaderBytes = 1024;
    TestServer server(options);
    Client client(server.port());

    SECTION("one long header")
    {
        client.send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(2000, 'a') + "\r\n\r\n");
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(response->status == 431);
        REQUIRE(response->errorCode() == u"header_too_large"_s);
        REQUIRE(response->header("connection") == "close");
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("many small headers")
    {
        QByteArray headers;
        for (int i = 0; i < 200; ++i)
            headers += "A: b\r\n"; // 1200 bytes on the wire, though names and values are only 400
        client.send("GET /hello HTTP/1.1\r\n" + headers + "\r\n");
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(response->status == 431);
    }

    SECTION("a long request target")
    {
        client.send(get("/hello?q=" + QByteArray(2000, 'q')));
        const auto response = client.read(2000);
        REQUIRE(response);
        REQUIRE(response->status == 431);
    }

    SECTION("headers under the limit pass")
    {
        client.send("GET /hello HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(800, 'a') + "\r\n\r\n");
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->status == 200);
    }
}

TEST_CASE("HTTP server answers malformed requests with 400", "[http]")
{
    TestServer server;
    Client client(server.port());

    SECTION("text that is not HTTP")
    {
        client.send("THIS IS NOT HTTP\r\n\r\n");
    }

    SECTION("binary garbage")
    {
        client.send(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11));
    }

    SECTION("an invalid Content-Length")
    {
        client.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 12abc\r\n\r\n");
    }

    const auto response = client.read(2000);
    REQUIRE(response);
    REQUIRE(response->status == 400);
    REQUIRE(response->errorCode() == u"bad_request"_s);
    REQUIRE(response->header("content-type") == "application/json; charset=utf-8");
    REQUIRE(response->header("connection") == "close");
    REQUIRE(client.waitForClose(1000));
}

TEST_CASE("HTTP server closes slow and idle connections", "[http]")
{
    Server::Options options = testOptions();
    QElapsedTimer timer;

    SECTION("a request still incomplete after requestTimeoutMs gets 408, even while bytes trickle in")
    {
        options.requestTimeoutMs = 300;
        options.idleTimeoutMs = 5000;
        TestServer server(options);
        Client client(server.port());
        timer.start();
        client.send("GET /hello HTTP/1.1\r\nHost: localhost\r\n");
        // Keep sending a header byte now and then, as a slowloris client does.
        while (client.socket().bytesAvailable() == 0 && timer.elapsed() < 3000) {
            client.send("X");
            client.socket().waitForReadyRead(50);
        }
        const auto response = client.read(1000);
        REQUIRE(response);
        REQUIRE(response->status == 408);
        REQUIRE(response->errorCode() == u"request_timeout"_s);
        REQUIRE(timer.elapsed() >= 250);
        REQUIRE(timer.elapsed() < 1500);
        REQUIRE(client.waitForClose(1000));
    }

    SECTION("a keep-alive connection idle for idleTimeoutMs is closed")
    {
        options.idleTimeoutMs = 300;
        TestServer server(options);
        Client client(server.port());
        client.send(get("/hello"));
        REQUIRE(client.read());
        timer.start();
        REQUIRE(client.waitForClose(2000));
        REQUIRE(timer.elapsed() >= 250);
    }

    SECTION("a connection that never sends anything is closed after idleTimeoutMs")
    {
        options.idleTimeoutMs = 300;
        TestServer server(options);
        timer.start();
        Client client(server.port());
        REQUIRE(client.waitForClose(2000));
        REQUIRE(timer.elapsed() >= 250);
    }

    SECTION("an active connection is not closed by the idle timeout")
    {
        options.idleTimeoutMs = 400;
        TestServer server(options);
        Client client(server.port());
        for (int i = 0; i < 4; ++i) {
            QThread::msleep(200);
            client.send(get("/hello"));
            const auto response = client.read(1000);
            REQUIRE(response);
            REQUIRE(response->status == 200);
        }
    }
}

TEST_CASE("HTTP server runs handlers concurrently", "[http]")
{
    TestServer server;
    Client slow(server.port());
    Client fast(server.port());

    slow.send(get("/sleep?ms=3000"));
    QThread::msleep(100); // let the slow request reach its handler first
    QElapsedTimer timer;
    timer.start();
    fast.send(get("/hello"));
    const auto fastResponse = fast.read(3000);
    REQUIRE(fastResponse);
    REQUIRE(fastResponse->body == "hello");
    REQUIRE(timer.elapsed() < 1000);

    const auto slowResponse = slow.read(5000);
    REQUIRE(slowResponse);
    REQUIRE(slowResponse->body == "slept");
}

TEST_CASE("HTTP server survives a client that leaves while its request is handled", "[http]")
{
    TestServer server;
    {
        Client leaving(server.port());
        leaving.send(get("/sleep?ms=200"));
        QThread::msleep(50);
    }
    QThread::msleep(300); // the answer comes back to a connection whose socket is gone
    Client client(server.port());
    client.send(get("/hello"));
    const auto response = client.read();
    REQUIRE(response);
    REQUIRE(response->body == "hello");
}

TEST_CASE("HTTP server turns handler exceptions into 500", "[http]")
{
    TestServer server;
    Client client(server.port());
    client.send(get("/throw"));
    const auto failed = client.read();
    REQUIRE(failed);
    REQUIRE(failed->status == 500);
    REQUIRE(failed->body == R"({"error":{"code":"internal_error","message":"Internal server error"}})");

    client.send(get("/hello"));
    const auto next = client.read();
    REQUIRE(next);
    REQUIRE(next->status == 200);
    REQUIRE(next->body == "hello");
}

TEST_CASE("HTTP server reports each response to the access logger", "[http]")
{
    struct Entry
    {
        QByteArray method;
        QString path;
        int status;
        qint64 elapsedMs;
        QByteArray user;
    };
    QMutex mutex;
    QList<Entry> entries;
    const auto entryCount = [&] {
        const QMutexLocker locker(&mutex);
        return entries.size();
    };

    Server::Options options = testOptions();
    options.maxBodyBytes = 10;
    TestServer server(options);
    server.server.setAccessLogger(
        [&](const QByteArray &method, const QString &path, int status, qint64 elapsedMs, const QByteArray &user) {
            const QMutexLocker locker(&mutex);
            entries.append({method, path, status, elapsedMs, user});
        });

    Client client(server.port());
    client.send(get("/who"));
    const auto who = client.read();
    REQUIRE(who);
    REQUIRE(who->body == "you are alice");
    REQUIRE_FALSE(who->hasHeader("x-tradewind-user"));

    client.send(get("/sleep?ms=100"));
    REQUIRE(client.read());
    client.send(post("/nowhere%3F", "too long a body"));
    REQUIRE(client.read());

    REQUIRE(waitUntil([&] { return entryCount() == 3; }, 2000));
    const QMutexLocker locker(&mutex);
    REQUIRE(entries[0].method == "GET");
    REQUIRE(entries[0].path == u"/who"_s);
    REQUIRE(entries[0].status == 200);
    REQUIRE(entries[0].elapsedMs >= 0);
    REQUIRE(entries[0].user == "alice");

    REQUIRE(entries[1].path == u"/sleep"_s);
    REQUIRE(entries[1].user.isEmpty());
    REQUIRE(entries[1].elapsedMs >= 100); // from the complete request to the written response

    REQUIRE(entries[2].method == "POST");
    REQUIRE(entries[2].path == u"/nowhere?"_s);
    REQUIRE(entries[2].status == 413);
}

TEST_CASE("HTTP server shuts down cleanly", "[http]")
{
    SECTION("destroyed right after listen")
    {
        Server server(testOptions(), testHandler);
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    }

    SECTION("destroyed with connected clients")
    {
        auto server = std::make_unique<TestServer>();
        Client idle(server->port());
        Client busy(server->port());
        busy.send("GET /hello HTTP/1.1\r\n"); // half a request
        QThread::msleep(50);
        server.reset();
        REQUIRE(idle.waitForClose(1000));
        REQUIRE(busy.waitForClose(1000));
    }

    SECTION("close() waits for running handlers and stops accepting")
    {
        std::atomic<bool> started = false;
        std::atomic<bool> finished = false;
        Server server(testOptions(), [&](const Request &) {
            started = true;
            QThread::msleep(400);
            finished = true;
            return Response{};
        });
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        Client client(port);
        client.send(get("/"));
        REQUIRE(waitUntil([&] { return started.load(); }, 2000));
        server.close();
        REQUIRE(finished);

        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, port);
        REQUIRE_FALSE(refused.waitForConnected(1000));
    }

    SECTION("listen again after close")
    {
        Server server(testOptions(), testHandler);
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        server.close();
        REQUIRE(server.listen(QHostAddress::LocalHost, 0));
        Client client(server.serverPort());
        client.send(get("/hello"));
        const auto response = client.read();
        REQUIRE(response);
        REQUIRE(response->body == "hello");
    }

    SECTION("listen on a port in use fails with a message")
    {
        TestServer first;
        Server second(testOptions(), testHandler);
        REQUIRE_FALSE(second.listen(QHostAddress::LocalHost, first.port()));
        REQUIRE_FALSE(second.errorString().isEmpty());
    }
}

TEST_CASE("HTTP server speaks TLS", "[http][tls]")
{
    Server::Options options = testOptions();

    SECTION("listen fails clearly when the files cannot be loaded")
    {
        options.tlsCertificateFile = u"/nonexistent/cert.pem"_s;
        options.tlsKeyFile = u"/nonexistent/key.pem"_s;
        Server server(options, testHandler);
        REQUIRE_FALSE(server.listen(QHostAddress::LocalHost, 0));
        REQUIRE(server.errorString().contains(u"/nonexistent/cert.pem"_s));
    }

    SECTION("listen fails when only one of the files is set")
    {
        options.tlsCertificateFile = u"/some/cert.pem"_s;
        Server server(options, testHandler);
        REQUIRE_FALSE(server.listen(QHostAddress::LocalHost, 0));
        REQUIRE_FALSE(server.errorString().isEmpty());
    }

    SECTION("round trip with a throwaway certificate")
    {
        if (!QSslSocket::supportsSsl()) {
            WARN("Qt has no working TLS backend here; TLS round trip not tested");
            return;
        }
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty()) {
            WARN("no openssl binary to make a test certificate; TLS round trip not tested");
            return;
        }
        const QTemporaryDir dir;
        REQUIRE(dir.isValid());
        options.tlsCertificateFile = dir.filePath(u"cert.pem"_s);
        options.tlsKeyFile = dir.filePath(u"key.pem"_s);

        QStringList keyArguments;
        SECTION("EC key") { keyArguments = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s}; }
        SECTION("RSA key") { keyArguments = {u"-newkey"_s, u"rsa:2048"_s}; }

        QProcess process;
        process.start(openssl, QStringList{u"req"_s, u"-x509"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                                           u"/CN=localhost"_s, u"-keyout"_s, options.tlsKeyFile, u"-out"_s,
                                           options.tlsCertificateFile}
                                   + keyArguments);
        REQUIRE(process.waitForFinished(30000));
        REQUIRE(process.exitCode() == 0);

        TestServer server(options);

        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, server.port());
        REQUIRE(socket->waitForEncrypted(5000));
        Client client(std::move(socket));
        client.send(get("/hello"));
        const auto first = client.read();
        client.send(post("/echo", "over tls"));
        const auto second = client.read();
        REQUIRE(first);
        REQUIRE(first->body == "hello");
        REQUIRE(second);
        REQUIRE(second->body == "over tls");

        // Plain HTTP to the TLS port fails the handshake and is dropped.
        Client plain(server.port());
        plain.send(get("/hello"));
        REQUIRE(plain.waitForClose(2000));
    }
}

namespace {

/** Handlers that hold their workers until the test lets them go. */
struct Gate
{
    std::atomic<int> entered = 0;
    std::atomic<int> handled = 0;
    std::atomic<bool> open = false;
    std::atomic<int> sawCancellation = 0;

    /** Heavy requests ("/heavy...") wait at the gate; "/watch" waits until its request is cancelled. */
    Response handle(const Request &request)
    {
        ++entered;
        if (request.path == u"/watch") {
            const bool cancelled = waitUntil([&] { return request.cancelled->load(); }, 10000);
            if (cancelled)
                ++sawCancellation;
        } else if (request.path.startsWith(u"/heavy")) {
            waitUntil([&] { return open.load(); }, 10000);
        }
        ++handled;
        Response response;
        response.body = request.path.toUtf8();
        return response;
    }
};

Lane laneByPath(const Request &request)
{
    if (request.path.startsWith(u"/heavy") || request.path == u"/watch")
        return Lane::Heavy;
    if (request.path == u"/login")
        return Lane::Login;
    return Lane::Ordinary;
}

QByteArray getAs(const QByteArray &target, const QByteArray &token)
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token + "\r\n\r\n";
}

} // namespace

TEST_CASE("Heavy requests run in their own lane and cannot starve cheap ones", "[http][lanes]")
{
    Gate gate;
    Server::Options options = testOptions();
    options.heavyWorkerThreads = 2;
    options.maxWaitingPerLane = 8;
    options.maxHeavyPerClient = 4;
    TestServer server(options, [&](const Request &request) { return gate.handle(request); }, laneByPath);

    // Heavy requests from several clients take every heavy worker and queue behind them...
    std::vector<std::unique_ptr<Client>> heavy;
    for (int i = 0; i < 6; ++i) {
        heavy.push_back(std::make_unique<Client>(server.port()));
        heavy.back()->send(getAs("/heavy", "user-" + QByteArray::number(i)));
    }
    REQUIRE(waitUntil([&] { return gate.entered == 2; }, 2000));

    // ...yet a cheap request is answered while they all wait.
    Client cheap(server.port());
    cheap.send(get("/card"));
    const auto answer = cheap.read(3000);
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(gate.entered == 3); // the two heavy ones and the card: the other heavy ones still queue

    gate.open = true;
    for (auto &client : heavy) {
        const auto done = client->read(5000);
        REQUIRE(done);
        CHECK(done->status == 200);
    }
}

TEST_CASE("Heavy requests are limited per client and per lane", "[http][lanes]")
{
    Gate gate;
    Server::Options options = testOptions();
    options.heavyWorkerThreads = 1;
    options.maxWaitingPerLane = 2;
    options.maxHeavyPerClient = 2;
    TestServer server(options, [&](const Request &request) { return gate.handle(request); }, laneByPath);

    Client first(server.port());
    Client second(server.port());
    first.send(getAs("/heavy/1", "alice"));
    second.send(getAs("/heavy/2", "alice"));
    REQUIRE(waitUntil([&] { return gate.entered == 1; }, 2000));

    SECTION("a third heavy request of the same client is refused with 429")
    {
        Client third(server.port());
        third.send(getAs("/heavy/3", "alice"));
        const auto refused = third.read(2000);
        REQUIRE(refused);
        CHECK(refused->status == 429);
        CHECK(refused->errorCode() == u"too_many_heavy_requests"_s);
        CHECK(refused->header("retry-after") == "1");
        // Another client's heavy request still gets in line, and the connection stays usable.
        Client other(server.port());
        other.send(getAs("/heavy/4", "bob"));
        third.send(get("/cheap"));
        const auto cheap = third.read(2000);
        REQUIRE(cheap);
        CHECK(cheap->status == 200);
        gate.open = true;
        const auto queued = other.read(5000);
        REQUIRE(queued);
        CHECK(queued->status == 200);
    }

    SECTION("a full lane answers 503 with Retry-After")
    {
        Client bob(server.port());
        bob.send(getAs("/heavy/3", "bob"));
        Client carol(server.port());
        QThread::msleep(100);
        carol.send(getAs("/heavy/4", "carol"));
        const auto busy = carol.read(2000);
        REQUIRE(busy);
        CHECK(busy->status == 503);
        CHECK(busy->errorCode() == u"server_busy"_s);
        CHECK(busy->header("retry-after") == "2");
        gate.open = true;
        REQUIRE(bob.read(5000));
    }

    gate.open = true;
    REQUIRE(first.read(5000));
    REQUIRE(second.read(5000));
}

TEST_CASE("The client sends a read again when the server asks it to wait, and only a read", "[http][lanes]")
{
    std::atomic<bool> open = false;
    std::atomic<int> entered = 0;
    Server::Options options = testOptions();
    options.heavyWorkerThreads = 2;
    options.maxHeavyPerClient = 1;
    const auto isHeavy = [](const Request &request) { return request.path.endsWith(u"/heavy"); };
    TestServer server(
        options,
        [&](const Request &request) {
            ++entered;
            if (isHeavy(request))
                waitUntil([&] { return open.load(); }, 10000);
            Response response;
            response.setHeader("Content-Type", "application/json");
            response.body = R"({"done":true})";
            return response;
        },
        [&](const Request &request) { return isHeavy(request) ? Lane::Heavy : Lane::Ordinary; });
    Tradewind::ApiClient client;
    client.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
    client.setToken("alice");

    // The user's first report runs; the second is turned away (one at a time here) and comes back later by itself.
    Tradewind::ApiReply *first = client.get(u"/heavy"_s);
    REQUIRE(TestSupport::waitUntil([&] { return entered == 1; }, 3000));
    QElapsedTimer waited;
    waited.start();
    Tradewind::ApiReply *second = client.get(u"/heavy"_s);
    // A write is never repeated: the server's refusal is its answer.
    Tradewind::ApiReply *write = client.post(u"/heavy"_s, {});
    REQUIRE(TestSupport::waitFor(write, 3000));
    CHECK(write->status() == 429);
    CHECK(write->error().code == u"too_many_heavy_requests"_s);
    CHECK_FALSE(second->isFinished());

    SECTION("both reads are answered once the first is done")
    {
        open = true;
        REQUIRE(TestSupport::waitFor(first, 5000));
        CHECK(first->ok());
        REQUIRE(TestSupport::waitFor(second, 10000));
        CHECK(second->ok());
        CHECK(second->object().value(u"done"_s).toBool());
        CHECK(waited.elapsed() >= 900); // the server's Retry-After: 1
    }

    SECTION("a read abandoned while it waits to be sent again finishes at once, as aborted")
    {
        int finishedCount = 0;
        QObject::connect(second, &Tradewind::ApiReply::finished, [&] { ++finishedCount; });
        REQUIRE(TestSupport::waitUntil([&] { return entered == 1 && waited.elapsed() > 200; }, 3000));
        second->abort();
        CHECK(second->isFinished());
        CHECK(finishedCount == 1);
        CHECK(second->error().kind == Tradewind::ApiError::Kind::Unreachable);
        // No second attempt follows.
        open = true;
        REQUIRE(TestSupport::waitFor(first, 5000));
        TestSupport::waitUntil([] { return false; }, 1500);
        CHECK(entered == 1); // only the first read ran
        CHECK(finishedCount == 1);
    }
}

TEST_CASE("A request whose client leaves is cancelled, and not started if it still waits", "[http][lanes]")
{
    Gate gate;
    Server::Options options = testOptions();
    options.heavyWorkerThreads = 1;
    TestServer server(options, [&](const Request &request) { return gate.handle(request); }, laneByPath);

    SECTION("running")
    {
        {
            Client leaving(server.port());
            leaving.send(get("/watch"));
            REQUIRE(waitUntil([&] { return gate.entered == 1; }, 2000));
        }
        // The handler sees its request cancelled as soon as the client has gone.
        REQUIRE(waitUntil([&] { return gate.sawCancellation == 1; }, 5000));
    }

    SECTION("waiting for a worker")
    {
        Client holder(server.port());
        holder.send(getAs("/heavy/1", "holder"));
        REQUIRE(waitUntil([&] { return gate.entered == 1; }, 2000));
        {
            Client leaving(server.port());
            leaving.send(getAs("/heavy/2", "leaving"));
            QThread::msleep(200);
        }
        QThread::msleep(200);
        gate.open = true;
        REQUIRE(holder.read(5000));
        // The next request shows the worker is free; the abandoned one never reached the handler.
        Client next(server.port());
        next.send(getAs("/heavy/3", "next"));
        REQUIRE(next.read(5000));
        CHECK(gate.entered == 2);
    }
}

TEST_CASE("Connections are capped per address and in total", "[http][connections]")
{
    Server::Options options = testOptions();

    SECTION("per address: the connection over the share is told why and closed")
    {
        options.maxConnectionsPerAddress = 4;
        TestServer server(options);
        std::vector<std::unique_ptr<Client>> open;
        for (int i = 0; i < 4; ++i)
            open.push_back(std::make_unique<Client>(server.port()));
        QThread::msleep(100); // accepted by now
        Client over(server.port());
        const auto refused = over.read(2000);
        REQUIRE(refused);
        CHECK(refused->status == 503);
        CHECK(refused->errorCode() == u"too_many_connections"_s);
        CHECK(over.waitForClose(2000));

        // The connections within the share work, and closing one makes room.
        open.front()->send(get("/hello"));
        REQUIRE(open.front()->read());
        open.pop_back();
        REQUIRE(waitUntil(
            [&] {
                Client again(server.port());
                again.send(get("/hello"));
                const auto response = again.read(1000);
                return response && response->status == 200;
            },
            3000));
    }

    SECTION("in total: the connection idle longest makes room, and when all are busy the newcomer is told")
    {
        Gate gate;
        options.maxConnections = 3;
        options.heavyWorkerThreads = 3;
        TestServer server(options, [&](const Request &request) { return gate.handle(request); }, laneByPath);
        Client silent(server.port());
        QThread::msleep(50);
        Client busy1(server.port());
        Client busy2(server.port());
        busy1.send(getAs("/heavy/1", "one"));
        busy2.send(getAs("/heavy/2", "two"));
        REQUIRE(waitUntil([&] { return gate.entered == 2; }, 2000));

        // The silent connection is closed for the new client, which is served.
        Client newcomer(server.port());
        newcomer.send(get("/hello"));
        const auto served = newcomer.read(3000);
        REQUIRE(served);
        CHECK(served->status == 200);
        CHECK(silent.waitForClose(1000));

        // Now the newcomer is the only idle one: the next client takes its place.
        Client another(server.port());
        another.send(get("/hello"));
        REQUIRE(another.read(3000));
        CHECK(newcomer.waitForClose(1000));

        // With every connection busy, a further client is told so at once.
        another.send(getAs("/heavy/3", "three"));
        REQUIRE(waitUntil([&] { return gate.entered == 5; }, 2000)); // two heavy, two /hello, this one
        Client refused(server.port());
        const auto full = refused.read(2000);
        REQUIRE(full);
        CHECK(full->status == 503);
        CHECK(full->errorCode() == u"too_many_connections"_s);
        gate.open = true;
        REQUIRE(busy1.read(5000));
        REQUIRE(busy2.read(5000));
        REQUIRE(another.read(5000));
    }
}

#ifdef Q_OS_UNIX
TEST_CASE("Out of file descriptors, the server backs off and accepts again when some are free", "[http][connections]")
{
    TestServer server;
    rlimit original{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &original) == 0);
    {
        // Leave the process a handful of descriptors, then connect until none is left: the server's accept fails.
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        QDir fds(u"/proc/self/fd"_s);
        const rlim_t inUse = fds.exists() ? rlim_t(fds.entryList(QDir::Files | QDir::System).size()) : 64;
        rlimit tight = original;
        tight.rlim_cur = inUse + 16;
        REQUIRE(setrlimit(RLIMIT_NOFILE, &tight) == 0);
        for (int i = 0; i < 40; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            if (socket->waitForConnected(500))
                sockets.push_back(std::move(socket));
        }
        QThread::msleep(300);
        REQUIRE(setrlimit(RLIMIT_NOFILE, &original) == 0);
    }
    // The descriptors are free again: the next client is served, without waiting for idle timeouts.
    REQUIRE(waitUntil(
        [&] {
            Client client(server.port());
            client.send(get("/hello"));
            const auto response = client.read(1000);
            return response && response->body == "hello";
        },
        5000));
}
#endif

TEST_CASE("close() gives running requests a grace period, then stops them and still answers", "[http][shutdown]")
{
    Gate gate;
    Server::Options options = testOptions();
    options.shutdownGraceMs = 300;
    Server server(options, [&](const Request &request) {
        Response response = gate.handle(request);
        response.status = *request.cancelled ? 503 : 200;
        return response;
    }, laneByPath);
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    Client quick(server.serverPort());
    Client endless(server.serverPort());
    Client idle(server.serverPort());
    quick.send(get("/sleep-free"));
    REQUIRE(quick.read());
    endless.send(get("/watch"));
    REQUIRE(waitUntil([&] { return gate.entered == 2; }, 2000));

    QElapsedTimer timer;
    timer.start();
    server.close();
    // The request that would never end was cancelled after the grace period and answered.
    CHECK(gate.sawCancellation == 1);
    const auto answer = endless.read(2000);
    REQUIRE(answer);
    CHECK(answer->status == 503);
    CHECK(idle.waitForClose(1000));
}

TEST_CASE("TLS offers only forward-secret AEAD cipher suites", "[http][tls]")
{
    if (!QSslSocket::supportsSsl()) {
        WARN("Qt has no working TLS backend here; cipher suites not tested");
        return;
    }
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    REQUIRE_FALSE(openssl.isEmpty());
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Server::Options options = testOptions();
    options.tlsCertificateFile = dir.filePath(u"cert.pem"_s);
    options.tlsKeyFile = dir.filePath(u"key.pem"_s);
    QProcess process;
    process.start(openssl, {u"req"_s, u"-x509"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s,
                            u"-newkey"_s, u"rsa:2048"_s, u"-keyout"_s, options.tlsKeyFile, u"-out"_s,
                            options.tlsCertificateFile});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    TestServer server(options);

    const auto handshake = [&](QSsl::SslProtocol protocol, const QString &cipherName) {
        QSslSocket socket;
        QSslConfiguration configuration = socket.sslConfiguration();
        configuration.setProtocol(protocol);
        const QSslCipher cipher(cipherName);
        if (!cipherName.isEmpty()) {
            REQUIRE_FALSE(cipher.isNull());
            configuration.setCiphers({cipher});
        }
        socket.setSslConfiguration(configuration);
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
        return socket.waitForEncrypted(3000);
    };
    CHECK_FALSE(handshake(QSsl::TlsV1_2, u"ECDHE-RSA-AES128-SHA"_s));
    CHECK_FALSE(handshake(QSsl::TlsV1_2, u"AES128-SHA"_s));
    CHECK_FALSE(handshake(QSsl::TlsV1_2, u"ECDHE-RSA-AES256-SHA384"_s));
    CHECK(handshake(QSsl::TlsV1_2, u"ECDHE-RSA-AES128-GCM-SHA256"_s));
    CHECK(handshake(QSsl::TlsV1_2OrLater, QString()));
}
