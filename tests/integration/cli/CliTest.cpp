// runpad-cli as a user runs it, against a real runpad-sandbox helper.

#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

// The command lines of every process on the host that mention the marker.
QStringList processesWith(const QByteArray &marker)
{
    QStringList found;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray text = cmdline.readAll().replace('\0', ' ');
            if (text.contains(marker))
                found.append(pid + QLatin1Char(' ') + QString::fromUtf8(text));
        }
    }
    return found;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_helper;
    QString m_socket;

    QString writeSource(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
               const QString &socket = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("RUNPAD_SANDBOX_SOCKET"),
                           socket.isEmpty() ? m_socket : socket);
        return CliRun::of(arguments, input, environment);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFileInfo::exists(QStringLiteral(RUNPAD_HELPER)))
            QSKIP("runpad-sandbox is not built");
        // One helper for the whole test, as a desktop session would have; the CLI connects to it.
        m_socket = m_dir.filePath(QStringLiteral("helper.sock"));
        m_helper.setProgram(QStringLiteral(RUNPAD_HELPER));
        m_helper.setArguments({QStringLiteral("daemon"), QStringLiteral("--socket"), m_socket,
                               QStringLiteral("--exit-with-parent")});
        m_helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_helper.start();
        QVERIFY(m_helper.waitForStarted());
        while (!m_helper.canReadLine() && m_helper.waitForReadyRead(60000)) {
        }
        if (m_helper.state() != QProcess::Running && m_helper.exitCode() == 3)
            QSKIP("runpad-sandbox needs root privileges");
        QCOMPARE(m_helper.readLine().trimmed(), QByteArray("READY ") + m_socket.toUtf8());
    }

    void cleanupTestCase()
    {
        m_helper.terminate();
        m_helper.waitForFinished();
    }

    void helloWorld_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("python")
            << QStringLiteral("hello.py")
            << QByteArray("import sys\n"
                          "print(f'Hello, {input()}! args={\"|\".join(sys.argv[1:])}')\n");
        QTest::newRow("c") << QStringLiteral("hello.c")
                           << QByteArray("#include <stdio.h>\n"
                                         "int main(int argc, char **argv) {\n"
                                         "    char name[64];\n"
                                         "    if (scanf(\"%63s\", name) != 1) return 1;\n"
                                         "    printf(\"Hello, %s! args=\", name);\n"
                                         "    for (int i = 1; i < argc; ++i) printf(\"%s%s\", i > "
                                         "1 ? \"|\" : \"\", argv[i]);\n"
                                         "    printf(\"\\n\");\n"
                                         "}\n");
        QTest::newRow("c++") << QStringLiteral("hello.cpp")
                             << QByteArray("#include <iostream>\n#include <string>\n"
                                           "int main(int argc, char **argv) {\n"
                                           "    std::string name;\n"
                                           "    std::cin >> name;\n"
                                           "    std::cout << \"Hello, \" << name << \"! args=\";\n"
                                           "    for (int i = 1; i < argc; ++i) std::cout << (i > 1 "
                                           "? \"|\" : \"\") << argv[i];\n"
                                           "    std::cout << '\\n';\n"
                                           "}\n");
        QTest::newRow("javascript")
            << QStringLiteral("hello.js")
            << QByteArray(
                   "const name = require('fs').readFileSync(0, 'utf8').trim();\n"
                   "console.log(`Hello, ${name}! args=${process.argv.slice(2).join('|')}`);\n");
        QTest::newRow("bash") << QStringLiteral("hello.sh")
                              << QByteArray("read -r name\n"
                                            "IFS='|'; echo \"Hello, $name! args=$*\"\n");
    }

    void helloWorld()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        const CliRun run =
            cli({QStringLiteral("run"), writeSource(file, source), QStringLiteral("--stdin"),
                 QStringLiteral("-"), QStringLiteral("--"), QStringLiteral("one"),
                 QStringLiteral("two words")},
                "World\n");
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.out, QByteArray("Hello, World! args=one|two words\n"));
        QCOMPARE(run.exitCode, 0);
    }

    void stdinFromFileAndLanguageOption()
    {
        const QString input = writeSource(QStringLiteral("input.txt"), "41\n");
        // No extension: the language comes from -l alone.
        const QString program = writeSource(QStringLiteral("answer"), "print(int(input()) + 1)\n");
        const CliRun run = cli({QStringLiteral("run"), program, QStringLiteral("-l"),
                                QStringLiteral("py3"), QStringLiteral("--stdin"), input});
        QCOMPARE(run.out, QByteArray("42\n"));
        QCOMPARE(run.exitCode, 0);
    }

    void jsonShape()
    {
        const CliRun run =
            cli({QStringLiteral("run"),
                 writeSource(QStringLiteral("shape.py"),
                             "import sys\nprint('out')\nprint('err', file=sys.stderr)\n"),
                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = run.json();
        QCOMPARE(result.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QVERIFY(!result.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!result.contains(QStringLiteral("compile")));
        const QJsonObject stage = run.stage(QStringLiteral("run"));
        const QStringList keys = {QStringLiteral("code"),   QStringLiteral("cpu_time"),
                                  QStringLiteral("memory"), QStringLiteral("message"),
                                  QStringLiteral("output"), QStringLiteral("signal"),
                                  QStringLiteral("status"), QStringLiteral("stderr"),
                                  QStringLiteral("stdout"), QStringLiteral("wall_time")};
        QCOMPARE(stage.keys(), keys);
        QCOMPARE(stage.value(QStringLiteral("stdout")).toString(), QStringLiteral("out\n"));
        QCOMPARE(stage.value(QStringLiteral("stderr")).toString(), QStringLiteral("err\n"));
        QCOMPARE(stage.value(QStringLiteral("output")).toString(), QStringLiteral("out\nerr\n"));
        QCOMPARE(stage.value(QStringLiteral("code")).toInt(-1), 0);
        QVERIFY(stage.value(QStringLiteral("signal")).isNull());
        QVERIFY(stage.value(QStringLiteral("status")).isNull());
        QVERIFY(stage.value(QStringLiteral("wall_time")).toDouble() >= 0);
    }

    void timeLimit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("busy loop")
            << QStringLiteral("loop.py") << QByteArray("while True:\n    pass\n");
        QTest::newRow("sleeping") << QStringLiteral("sleep.sh") << QByteArray("sleep 1000\n");
    }

    void timeLimit()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        const QString path = writeSource(file, source);
        const CliRun run = cli({QStringLiteral("run"), path, QStringLiteral("--timeout"),
                                QStringLiteral("1000"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 124);
        const QJsonObject stage = run.stage(QStringLiteral("run"));
        QCOMPARE(stage.value(QStringLiteral("status")).toString(), QStringLiteral("TO"));
        QCOMPARE(stage.value(QStringLiteral("signal")).toString(), QStringLiteral("SIGKILL"));
        const double wallTime = stage.value(QStringLiteral("wall_time")).toDouble();
        QVERIFY2(wallTime >= 900 && wallTime < 3000, qPrintable(QString::number(wallTime)));

        const CliRun text =
            cli({QStringLiteral("run"), path, QStringLiteral("--timeout"), QStringLiteral("1000")});
        QCOMPARE(text.exitCode, 124);
        QVERIFY2(text.err.startsWith("runpad-cli: TO — "), text.err.constData());
    }

    void outputLimit()
    {
        const CliRun run =
            cli({QStringLiteral("run"), writeSource(QStringLiteral("yes.sh"), "yes\n"),
                 QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 123);
        const QJsonObject stage = run.stage(QStringLiteral("run"));
        QCOMPARE(stage.value(QStringLiteral("status")).toString(), QStringLiteral("OL"));
        QVERIFY(
            stage.value(QStringLiteral("stdout")).toString().startsWith(QStringLiteral("y\ny\n")));
    }

    void noProcessOutlivesItsRun()
    {
        const QByteArray marker = "runpad-leak-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray source = "for i in 1 2 3; do (exec -a " + marker +
                                  "-child sleep 1000) >/dev/null 2>&1 & done\n"
                                  "(setsid bash -c 'exec -a " +
                                  marker +
                                  "-daemon sleep 1000' >/dev/null 2>&1 &)\n"
                                  "sleep 0.2\n"
                                  "echo started\n";
        const CliRun run =
            cli({QStringLiteral("run"), writeSource(QStringLiteral("fork.sh"), source)});
        QCOMPARE(run.out, QByteArray("started\n"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(processesWith(marker), QStringList());
    }

    void exitCodesAndSignals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code"); // -1 for null
        QTest::addColumn<QString>("signal");
        QTest::newRow("exit 3") << QStringLiteral("three.sh") << QByteArray("exit 3\n") << 3
                                << QStringLiteral("RE") << 3 << QString();
        QTest::newRow("SIGSEGV") << QStringLiteral("segv.c")
                                 << QByteArray("int main(void) { *(volatile int *)0 = 1; }\n")
                                 << 128 + 11 << QStringLiteral("SG") << -1
                                 << QStringLiteral("SIGSEGV");
        QTest::newRow("SIGABRT") << QStringLiteral("abort.cpp")
                                 << QByteArray("#include <cstdlib>\nint main() { std::abort(); }\n")
                                 << 128 + 6 << QStringLiteral("SG") << -1
                                 << QStringLiteral("SIGABRT");
        QTest::newRow("SIGKILL") << QStringLiteral("kill.py")
                                 << QByteArray(
                                        "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n")
                                 << 128 + 9 << QStringLiteral("SG") << -1
                                 << QStringLiteral("SIGKILL");
    }

    void exitCodesAndSignals()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, source);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QFETCH(int, code);
        QFETCH(QString, signal);
        const QString path = writeSource(file, source);

        const CliRun json = cli({QStringLiteral("run"), path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject stage = json.stage(QStringLiteral("run"));
        QCOMPARE(stage.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(stage.value(QStringLiteral("code")).toInt(-1), code);
        QCOMPARE(stage.value(QStringLiteral("code")).isNull(), code == -1);
        QCOMPARE(stage.value(QStringLiteral("signal")).toString(), signal);

        const CliRun text = cli({QStringLiteral("run"), path});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY2(text.err.startsWith("runpad-cli: " + status.toUtf8() + " — "),
                 text.err.constData());
    }

    void compileError()
    {
        const QString path =
            writeSource(QStringLiteral("broken.c"), "int main(void) { return 0 }\n");
        const CliRun text = cli({QStringLiteral("run"), path});
        QCOMPARE(text.exitCode, 126);
        QCOMPARE(text.out, QByteArray());
        QVERIFY2(text.err.contains("error"), text.err.constData());

        const CliRun json = cli({QStringLiteral("run"), path, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 126);
        QVERIFY(!json.json().contains(QStringLiteral("run")));
        QCOMPARE(json.stage(QStringLiteral("compile")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("RE"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString program = QDir::temp().filePath(QStringLiteral("runpad-no-such-file.py"));
        QTest::newRow("missing file") << QStringList{QStringLiteral("run"), program}
                                      << QByteArray("runpad-cli: cannot read ");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("run"), QStringLiteral(RUNPAD_CLI), QStringLiteral("-l"),
                           QStringLiteral("cobolx")}
            << QByteArray("runpad-cli: unknown language 'cobolx'");
        QTest::newRow("unknown extension")
            << QStringList{QStringLiteral("run"), QStringLiteral(RUNPAD_CLI)}
            << QByteArray("runpad-cli: cannot tell the language");
        QTest::newRow("no command") << QStringList() << QByteArray("runpad-cli: usage:");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QByteArray("runpad-cli: Unknown option");
        QTest::newRow("bad timeout")
            << QStringList{QStringLiteral("run"), QStringLiteral("a.py"),
                           QStringLiteral("--timeout"), QStringLiteral("soon")}
            << QByteArray("runpad-cli: --timeout wants");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(message), run.err.constData());
        QCOMPARE(run.out, QByteArray());
    }

    void unreachableHelper()
    {
        // A socket folder that cannot exist: the helper can be neither reached nor started.
        const CliRun run =
            cli({QStringLiteral("run"), writeSource(QStringLiteral("nowhere.py"), "print(1)\n")},
                {}, QStringLiteral("/proc/runpad-nowhere/sandbox.sock"));
        QCOMPARE(run.exitCode, 125);
        QVERIFY2(run.err.startsWith("runpad-cli: ") && run.err.contains("/proc/runpad-nowhere"),
                 run.err.constData());

        // With --json, the failure is JSON too, as Piston's error answers are.
        const CliRun json =
            cli({QStringLiteral("run"), m_dir.filePath(QStringLiteral("nowhere.py")),
                 QStringLiteral("--json")},
                {}, QStringLiteral("/proc/runpad-nowhere/sandbox.sock"));
        QCOMPARE(json.exitCode, 125);
        QVERIFY(json.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("/proc/runpad-nowhere")));
    }

    void startsItsOwnHelperWhenNoneListens()
    {
        const QString socket = m_dir.filePath(QStringLiteral("own/helper.sock"));
        const CliRun run = cli(
            {QStringLiteral("run"), writeSource(QStringLiteral("own.py"), "print('own helper')\n")},
            {}, socket);
        QCOMPARE(run.out, QByteArray("own helper\n"));
        QCOMPARE(run.exitCode, 0);
        // --exit-with-parent: the helper the CLI started is gone with it.
        QTRY_COMPARE(processesWith(socket.toUtf8()), QStringList());
    }

    void runtimes()
    {
        const CliRun table = cli({QStringLiteral("runtimes")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith("LANGUAGE"));
        QVERIFY2(table.out.contains("\npython "), table.out.constData());

        const CliRun json = cli({QStringLiteral("runtimes"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray runtimes = QJsonDocument::fromJson(json.out).array();
        QVERIFY(!runtimes.isEmpty());
        bool python = false;
        for (const QJsonValue &value : runtimes) {
            const QJsonObject runtime = value.toObject();
            QVERIFY(runtime.value(QStringLiteral("version")).isString());
            QVERIFY(runtime.value(QStringLiteral("aliases")).isArray());
            python =
                python || runtime.value(QStringLiteral("language")) == QStringLiteral("python");
        }
        QVERIFY(python);
    }

    void helpAndVersion()
    {
        const CliRun help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("124      time limit exceeded"));
        const CliRun version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("runpad-cli "));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
