// runpad-cli --server against a real runpad-server (and the helper behind it) on loopback.

#include "CliRun.h"
#include "ServerProcess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class CliRemoteTest : public QObject {
    Q_OBJECT

    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               const QString &apiKey = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("RUNPAD_API_KEY"));
        if (!apiKey.isEmpty())
            environment.insert(QStringLiteral("RUNPAD_API_KEY"), apiKey);
        return CliRun::of(arguments, input, environment);
    }

    QString writeSource(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    QString server() const { return m_server.url().toString(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void runsOnTheServer()
    {
        const QString file = writeSource(QStringLiteral("rev.py"),
                                         "import sys\nprint(input()[::-1])\nsys.exit(4)\n");
        const CliRun run = cli({QStringLiteral("run"), file, QStringLiteral("--stdin"),
                                QStringLiteral("-"), QStringLiteral("--server"), server()},
                               "abc\n");
        QCOMPARE(run.out, QByteArray("cba\n"));
        QCOMPARE(run.exitCode, 4);
        QVERIFY(m_server.serverLog().contains("POST /api/v2/execute 200"));
    }

    void compileErrorAndJson()
    {
        const QString file = writeSource(QStringLiteral("bad.c"), "int main( { return 0; }\n");
        CliRun run = cli({QStringLiteral("run"), file, QStringLiteral("--server"), server()});
        QCOMPARE(run.exitCode, 126);
        QVERIFY2(run.err.contains("error"), run.err.constData());
        run = cli({QStringLiteral("run"), file, QStringLiteral("--json"),
                   QStringLiteral("--server"), server()});
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("language")).toString(), QStringLiteral("c"));
        QVERIFY(!result.value(QStringLiteral("compile"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .isNull());
        QVERIFY(!result.contains(QStringLiteral("run")));
    }

    void runtimes()
    {
        const CliRun run = cli({QStringLiteral("runtimes"), QStringLiteral("--json"),
                                QStringLiteral("--server"), server()});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray runtimes = QJsonDocument::fromJson(run.out).array();
        QVERIFY(std::any_of(runtimes.begin(), runtimes.end(), [](const QJsonValue &runtime) {
            return runtime[QStringLiteral("language")] == QStringLiteral("python");
        }));
    }

    void keyFromTheEnvironment()
    {
        QVERIFY2(m_server.start({QStringLiteral("--token"), QStringLiteral("s3cret")}),
                 qPrintable(m_server.errorString()));
        const QString file = writeSource(QStringLiteral("hi.py"), "print('hi')\n");
        const QStringList arguments{QStringLiteral("run"), file, QStringLiteral("--server"),
                                    server()};
        CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.contains("API key"), run.err.constData());
        run = cli(arguments, {}, QStringLiteral("Bearer s3cret"));
        QCOMPARE(run.out, QByteArray("hi\n"));
        QCOMPARE(run.exitCode, 0);
        m_server.stopServer();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void unreachableAndBadUrl()
    {
        const QString file = writeSource(QStringLiteral("x.py"), "print(1)\n");
        CliRun run = cli({QStringLiteral("run"), file, QStringLiteral("--server"),
                          QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.contains("connection refused"), run.err.constData());
        run = cli(
            {QStringLiteral("run"), file, QStringLiteral("--server"), QStringLiteral("ftp://x")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--server wants an http or https URL"), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral("65330:8")};
};

QTEST_GUILESS_MAIN(CliRemoteTest)
#include "CliRemoteTest.moc"
