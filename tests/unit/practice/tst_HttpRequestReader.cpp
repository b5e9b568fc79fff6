// The Competitive Companion listener's HTTP reader: what it takes, in pieces, and what it refuses.

#include "HttpRequestReader.h"

#include <QTest>

class tst_HttpRequestReader : public QObject {
    Q_OBJECT

private slots:
    void byteByByte()
    {
        const QByteArray body = "{\"name\":\"A\"}";
        const QByteArray request = "POST / HTTP/1.1\r\nHost: localhost:10046\r\n"
                                   "Content-Type: application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body + "junk";
        HttpRequestReader reader(4 << 20);
        for (int i = 0; i < request.size(); ++i) {
            const auto state = reader.feed(request.mid(i, 1));
            if (i < request.size() - 5)
                QCOMPARE(state, HttpRequestReader::State::Reading);
        }
        QCOMPARE(reader.state(), HttpRequestReader::State::Complete);
        QCOMPARE(reader.method(), QByteArray("POST"));
        QCOMPARE(reader.path(), QByteArray("/"));
        QCOMPARE(reader.header("CONTENT-TYPE"), QByteArray("application/json"));
        QCOMPARE(reader.body(), body);
    }

    void emptyBody()
    {
        HttpRequestReader reader(100);
        QCOMPARE(reader.feed("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n"),
                 HttpRequestReader::State::Complete);
        QCOMPARE(reader.body(), QByteArray());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 405
                             << "only POST is accepted here, not GET";
        QTest::newRow("OPTIONS preflight")
            << QByteArray("OPTIONS / HTTP/1.1\r\nOrigin: https://evil.example\r\n\r\n") << 405
            << "only POST is accepted here, not OPTIONS";
        QTest::newRow("no length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n{}") << 400
                                   << "Content-Length is required";
        QTest::newRow("chunked")
            << QByteArray(
                   "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
            << 400 << "chunked bodies are not accepted: send Content-Length";
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
            << "Content-Length is not a number of bytes: '-1'";
        QTest::newRow("length twice")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}")
            << 400 << "Content-Length is given twice";
        QTest::newRow("over 4 MiB")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 4194305\r\n\r\n") << 400
            << "the body is 4194305 bytes; at most 4194304 are accepted";
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400
                                  << "the request line is not HTTP/1.1: 'HELLO'";
        QTest::newRow("bad header") << QByteArray("POST / HTTP/1.1\r\nno colon here\r\n\r\n") << 400
                                    << "header line 1 is malformed";
        QTest::newRow("endless head")
            << QByteArray("POST / HTTP/1.1\r\nX: ") + QByteArray(20000, 'a') << 400
            << "the request's headers are longer than 16384 bytes";
    }

    void refused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, message);
        HttpRequestReader reader(4 << 20);
        QCOMPARE(reader.feed(request), HttpRequestReader::State::Refused);
        QCOMPARE(reader.refusalStatus(), status);
        QCOMPARE(reader.refusalMessage(), message);
        QCOMPARE(reader.feed("more"), HttpRequestReader::State::Refused);
    }
};

QTEST_GUILESS_MAIN(tst_HttpRequestReader)
#include "tst_HttpRequestReader.moc"
