// HelperConnection's JSON-lines framing, against a QLocalServer playing the helper.

#include "HelperConnection.h"

#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class HelperConnectionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QLocalServer *m_server = nullptr;
    HelperConnection *m_connection = nullptr;
    QLocalSocket *m_peer = nullptr; // the server's end
    QSignalSpy *m_messages = nullptr;

    void sendRaw(const QByteArray &bytes)
    {
        m_peer->write(bytes);
        m_peer->flush();
    }

    QJsonObject messageAt(int index) const { return m_messages->at(index).at(1).toJsonObject(); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = new QLocalServer(this);
        QVERIFY(m_server->listen(m_dir.filePath(QStringLiteral("helper.sock"))));
        m_connection = new HelperConnection(this);
        m_messages = new QSignalSpy(m_connection, &HelperConnection::messageReceived);
        QSignalSpy connected(m_connection, &HelperConnection::connected);
        m_connection->connectToHelper(m_server->fullServerName());
        QVERIFY(connected.isEmpty()); // only ever from the event loop
        QTRY_COMPARE(connected.size(), 1);
        QTRY_VERIFY(m_server->hasPendingConnections());
        m_peer = m_server->nextPendingConnection();
    }

    void cleanup()
    {
        delete m_messages;
        delete m_connection;
        delete m_server;
        m_connection = nullptr;
        m_server = nullptr;
    }

    void sendsOneLinePerMessageWithItsId()
    {
        m_connection->send(7, {{QStringLiteral("type"), QStringLiteral("hello")}});
        m_connection->send(8, {{QStringLiteral("type"), QStringLiteral("eof")}});
        QByteArray received;
        QTRY_VERIFY((received += m_peer->readAll()).count('\n') == 2);
        const QList<QByteArray> lines = received.split('\n');
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object(),
                 QJsonObject({{QStringLiteral("type"), QStringLiteral("hello")},
                              {QStringLiteral("id"), 7}}));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("id")), 8);
        QVERIFY(lines.at(2).isEmpty());
    }

    void splitLines()
    {
        sendRaw(R"({"id":1,"type":"stage","stage":"run"})"
                "\n"
                R"({"id":2,"ty)");
        QTRY_COMPARE(m_messages->size(), 1);
        QTest::qWait(50);
        QCOMPARE(m_messages->size(), 1); // the half line waits for its end
        sendRaw(R"(pe":"data","data":"a\nb"})");
        QTest::qWait(50);
        QCOMPARE(m_messages->size(), 1);
        sendRaw("\n");
        QTRY_COMPARE(m_messages->size(), 2);
        QCOMPARE(m_messages->at(1).at(0).toLongLong(), 2);
        QCOMPARE(messageAt(1).value(QStringLiteral("data")).toString(), QStringLiteral("a\nb"));
    }

    void interleavedIds()
    {
        QByteArray bytes;
        const QList<int> ids = {3, 1, 3, 2, 1, 3};
        for (int i = 0; i < ids.size(); ++i)
            bytes += QStringLiteral(R"({"id":%1,"type":"data","data":"%2"})"
                                    "\n")
                         .arg(ids.at(i))
                         .arg(i)
                         .toUtf8();
        sendRaw(bytes);
        QTRY_COMPARE(m_messages->size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(m_messages->at(i).at(0).toLongLong(), ids.at(i));
            QCOMPARE(messageAt(i).value(QStringLiteral("data")).toString(), QString::number(i));
        }
    }

    void messagesWithoutIdGoElsewhere()
    {
        QSignalSpy other(m_connection, &HelperConnection::connectionMessage);
        sendRaw(R"({"type":"error","id":null,"message":"malformed JSON: x"})"
                "\n"
                R"({"type":"error","message":"no id at all"})"
                "\n");
        QTRY_COMPARE(other.size(), 2);
        QCOMPARE(other.at(0).at(0).toJsonObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("malformed JSON: x"));
        QCOMPARE(m_messages->size(), 0);
    }

    void malformedLinesAreSkipped()
    {
        QSignalSpy closed(m_connection, &HelperConnection::closed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a JSON object")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a JSON object")));
        sendRaw("this is not json\n[1,2,3]\n\n{\"id\":5,\"type\":\"done\"}\n");
        QTRY_COMPARE(m_messages->size(), 1);
        QCOMPARE(m_messages->at(0).at(0).toLongLong(), 5);
        QCOMPARE(closed.size(), 0);
    }

    void bigLineInPieces()
    {
        const QString payload(8 * 1024 * 1024, QLatin1Char('x'));
        const QByteArray line =
            QJsonDocument(QJsonObject{{QStringLiteral("id"), 9},
                                      {QStringLiteral("type"), QStringLiteral("data")},
                                      {QStringLiteral("data"), payload}})
                .toJson(QJsonDocument::Compact) +
            '\n';
        for (qsizetype offset = 0; offset < line.size(); offset += 1 << 20)
            m_peer->write(line.mid(offset, 1 << 20));
        QTRY_COMPARE_WITH_TIMEOUT(m_messages->size(), 1, 20000);
        QCOMPARE(messageAt(0).value(QStringLiteral("data")).toString().size(), payload.size());
    }

    void peerClosingEndsTheConnectionOnce()
    {
        QSignalSpy closed(m_connection, &HelperConnection::closed);
        sendRaw(R"({"id":4,"type":"done"})"
                "\n");
        m_peer->disconnectFromServer();
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(m_messages->size(), 1); // what came before the end still arrives
        QTest::qWait(50);
        QCOMPARE(closed.size(), 1);
    }

    void nobodyListening()
    {
        HelperConnection connection;
        QSignalSpy closed(&connection, &HelperConnection::closed);
        QSignalSpy connected(&connection, &HelperConnection::connected);
        connection.connectToHelper(m_dir.filePath(QStringLiteral("nobody.sock")));
        QVERIFY(closed.isEmpty());
        QTRY_COMPARE(closed.size(), 1);
        QVERIFY(!closed.at(0).at(0).toString().isEmpty());
        QCOMPARE(connected.size(), 0);
    }
};

QTEST_GUILESS_MAIN(HelperConnectionTest)
#include "HelperConnectionTest.moc"
