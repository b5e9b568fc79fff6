// The Competitive Companion listener over real HTTP on loopback: the extension's payloads posted
// with QNetworkAccessManager, a contest batch, and what must be refused without a problem coming
// out of it.

#include "CompetitiveCompanionListener.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

QByteArray payload(const QString &name)
{
    QFile file(QStringLiteral(PAYLOAD_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

struct Answer {
    int status = 0;
    QByteArray body;
    QString message() const
    {
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    }
};

} // namespace

class tst_practice_companion : public QObject {
    Q_OBJECT

private:
    CompetitiveCompanionListener m_listener;
    QNetworkAccessManager m_network;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_listener.port())); }

    Answer send(const QByteArray &method, const QByteArray &body,
                const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url());
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            qWarning("no answer");
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        reply->deleteLater();
        return answer;
    }

    // The raw bytes of an answer to raw bytes, for requests QNetworkAccessManager would not send.
    // The listener lives in this thread: wait with the event loop running.
    QByteArray sendRaw(const QByteArray &bytes)
    {
        QTcpSocket socket;
        QByteArray answer;
        connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, m_listener.port());
        socket.write(bytes);
        for (int i = 0; i < 500 && socket.state() != QAbstractSocket::UnconnectedState; ++i)
            QTest::qWait(20);
        return answer + socket.readAll();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_listener.listen(0, &error), qPrintable(error));
        QVERIFY(m_listener.isListening());
        QVERIFY(m_listener.port() != 0);
    }

    void defaultPortIsFree()
    {
        QCOMPARE(CompetitiveCompanionListener::defaultPort(), quint16(10046));
        QVERIFY(!CompetitiveCompanionListener::portsTakenByOtherTools().contains(
            CompetitiveCompanionListener::defaultPort()));
        QCOMPARE(CompetitiveCompanionListener::portsTakenByOtherTools().size(), 8);
    }

    void realPayload()
    {
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        const Answer answer = send("POST", payload(QStringLiteral("codeforces-single.json")));
        QCOMPARE(answer.status, 200);
        QCOMPARE(received.size(), 1);
        const Problem problem = received[0][0].value<Problem>();
        QCOMPARE(problem.name, QStringLiteral("A. Team"));
        QCOMPARE(problem.timeLimitMs, 2000);
        QCOMPARE(problem.memoryLimitBytes, 256ll << 20);
        QCOMPARE(problem.tests.size(), 2);
        QCOMPARE(problem.tests[0].input, QStringLiteral("3\n1 1 0\n1 1 1\n1 0 0\n"));
        QCOMPARE(problem.tests[1].expected, QStringLiteral("1\n"));
        QCOMPARE(received[0][1].toString(), QStringLiteral("123e67c8-03c6-44a4-a3f9-5918cf5a2c5c"));
        QCOMPARE(received[0][2].toInt(), 1);
    }

    void contestBatch()
    {
        // A parsed contest: the extension posts each problem with the same batch id and size.
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        QJsonObject problem =
            QJsonDocument::fromJson(payload(QStringLiteral("atcoder-batch.json"))).object();
        for (const char *name :
             {"A - Already 2018", "B - Kagami Mochi", "C - Otoshidama", "D - Katana Thrower"}) {
            problem.insert(QStringLiteral("name"), QString::fromUtf8(name));
            QCOMPARE(send("POST", QJsonDocument(problem).toJson()).status, 200);
        }
        QCOMPARE(received.size(), 4);
        for (const QList<QVariant> &signal : std::as_const(received)) {
            QCOMPARE(signal[1].toString(), QStringLiteral("4a4f7d92-9c7a-4a07-8b6e-5b3b1b0a9f11"));
            QCOMPARE(signal[2].toInt(), 4);
        }
        QCOMPARE(received[3][0].value<Problem>().name, QStringLiteral("D - Katana Thrower"));
    }

    void interactiveAndMultiNumber()
    {
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        QCOMPARE(send("POST", payload(QStringLiteral("interactive-multinumber.json"))).status, 200);
        QCOMPARE(received.size(), 1);
        QVERIFY(received[0][0].value<Problem>().interactive);
    }

    void withoutBatch()
    {
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        QJsonObject problem =
            QJsonDocument::fromJson(payload(QStringLiteral("codeforces-single.json"))).object();
        problem.remove(QStringLiteral("batch"));
        QCOMPARE(send("POST", QJsonDocument(problem).toJson()).status, 200);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0][1].toString(), QString());
        QCOMPARE(received[0][2].toInt(), 1);
    }

    void badPayloads_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QByteArray good = payload(QStringLiteral("codeforces-single.json"));
        QJsonObject object = QJsonDocument::fromJson(good).object();
        const auto changed = [&object](const char *key, const QJsonValue &value) {
            QJsonObject copy = object;
            if (value.isUndefined())
                copy.remove(QLatin1String(key));
            else
                copy.insert(QLatin1String(key), value);
            return QJsonDocument(copy).toJson();
        };
        QTest::newRow("not json") << QByteArray("POST") << QByteArray("{\"name\": ")
                                  << QByteArray("application/json") << 400
                                  << "the body is not valid JSON: unterminated object at byte 9";
        QTest::newRow("json array")
            << QByteArray("POST") << QByteArray("[]") << QByteArray("application/json") << 400
            << "the body must be a JSON object";
        QTest::newRow("text/plain, as a web page could send")
            << QByteArray("POST") << good << QByteArray("text/plain") << 400
            << "Content-Type must be application/json";
        QTest::newRow("no tests") << QByteArray("POST") << changed("tests", QJsonValue::Undefined)
                                  << QByteArray("application/json") << 400
                                  << "tests is required as an array";
        QTest::newRow("time limit text")
            << QByteArray("POST") << changed("timeLimit", QStringLiteral("2s"))
            << QByteArray("application/json") << 400
            << "timeLimit (milliseconds) is required as a number";
        QTest::newRow("batch size zero")
            << QByteArray("POST")
            << changed("batch", QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                            {QStringLiteral("size"), 0}})
            << QByteArray("application/json") << 400
            << "batch must be {\"id\": a string, \"size\": 1 to 1000}";
        QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << 405
                             << "only POST is accepted here, not GET";
        QTest::newRow("PUT") << QByteArray("PUT") << good << QByteArray("application/json") << 405
                             << "only POST is accepted here, not PUT";
    }

    void badPayloads()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, message);
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        const Answer answer = send(method, body, contentType);
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.message(), message);
        QTest::qWait(50);
        QCOMPARE(received.size(), 0);
    }

    void rawRefusals()
    {
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        const QByteArray tooBig = sendRaw("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                          "application/json\r\nContent-Length: 5000000\r\n\r\n{");
        QVERIFY2(tooBig.startsWith("HTTP/1.1 400 Bad Request\r\n"), tooBig.constData());
        QVERIFY(tooBig.endsWith(
            "{\"message\":\"the body is 5000000 bytes; at most 4194304 are accepted\"}"));
        const QByteArray chunked =
            sendRaw("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                    "Content-Type: application/json\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        QVERIFY2(chunked.startsWith("HTTP/1.1 400 Bad Request\r\n"), chunked.constData());
        const QByteArray noLength =
            sendRaw("POST / HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{}");
        QVERIFY(noLength.endsWith("{\"message\":\"Content-Length is required\"}"));
        QCOMPARE(received.size(), 0);
        // The listener still serves after all that.
        QCOMPARE(send("POST", payload(QStringLiteral("codeforces-single.json"))).status, 200);
        QCOMPARE(received.size(), 1);
    }

    void bodyJustUnder4MiB()
    {
        QSignalSpy received(&m_listener, &CompetitiveCompanionListener::problemReceived);
        QJsonObject problem =
            QJsonDocument::fromJson(payload(QStringLiteral("codeforces-single.json"))).object();
        const QString big(4000000, QLatin1Char('7'));
        problem.insert(QStringLiteral("tests"),
                       QJsonArray{QJsonObject{{QStringLiteral("input"), big},
                                              {QStringLiteral("output"), QStringLiteral("1")}}});
        const QByteArray body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        QVERIFY(body.size() < (4 << 20));
        QCOMPARE(send("POST", body).status, 200);
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0][0].value<Problem>().tests[0].input.size(), big.size());
    }

    void portInUse()
    {
        CompetitiveCompanionListener second;
        QString error;
        QVERIFY(!second.listen(m_listener.port(), &error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("Cannot listen for Competitive Companion on 127.0.0.1:%1: ")
                         .arg(m_listener.port())),
                 qPrintable(error));
        QVERIFY(error.contains(QLatin1String("custom ports")));
    }

    void closeStopsListening()
    {
        CompetitiveCompanionListener listener;
        QString error;
        QVERIFY(listener.listen(0, &error));
        const quint16 port = listener.port();
        listener.close();
        QVERIFY(!listener.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
    }
};

QTEST_GUILESS_MAIN(tst_practice_companion)
#include "tst_practice_companion.moc"
