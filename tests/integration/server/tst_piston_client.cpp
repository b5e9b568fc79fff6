// The npm package piston-client, a public Piston client RunPad did not write, against a real
// runpad-server and helper: runtimes, a hello world, stdin, a compile error (run.mjs). CTest's
// fixture installs the package with `npm ci` into the build tree first.

#include "MisbehavingServer.h"
#include "ServerProcess.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

class PistonClientTest : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral("65160:8")}; // the test's own box uid range

    // Runs run.mjs against a server, letting this thread's event loop serve meanwhile.
    static int runClient(const QString &url, QByteArray *output)
    {
        QProcess node;
        node.setWorkingDirectory(QStringLiteral(PISTON_CLIENT_DIR));
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(NODE_PROGRAM), {QStringLiteral("run.mjs"), url});
        const bool done =
            QTest::qWaitFor([&] { return node.state() == QProcess::NotRunning; }, 120000);
        *output = node.readAll();
        if (!done) {
            node.kill();
            node.waitForFinished();
            return -1;
        }
        return node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(PISTON_CLIENT_DIR "/node_modules/piston-client")),
                 "piston-client is not installed: run the test server.piston-client-install "
                 "(npm ci) first");
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QCOMPARE(m_server.boxProcesses(), QStringList());
    }

    void pistonClientGetsRightAnswers()
    {
        QByteArray output;
        const int exitCode = runClient(m_server.url().toString(), &output);
        QVERIFY2(exitCode == 0, output.constData());
        QCOMPARE(output.count("ok: "), 5);
        // It really went through runpad-server.
        const QByteArray log = m_server.serverLog();
        QCOMPARE(log.count("GET /api/v2/runtimes 200"), 1);
        QCOMPARE(log.count("POST /api/v2/execute 200"), 3);
    }

    void wrongAnswersFailTheClientTest()
    {
        MisbehavingServer wrong;
        const QString url = wrong.start();
        QVERIFY(!url.isEmpty());
        QByteArray output;
        QCOMPARE(runClient(url, &output), 1);
        QVERIFY2(output.contains("FAILED: hello world"), output.constData());
        QVERIFY2(output.contains("FAILED: compile error"), output.constData());
    }
};

QTEST_GUILESS_MAIN(PistonClientTest)
#include "tst_piston_client.moc"
