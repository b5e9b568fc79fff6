// The done-when of "no lost work": a real RunPad window is typed into, killed with SIGKILL once it
// says its session is written, and started again; every tab must come back as it was. The window
// runs in its own process (session_driver) with its own HOME and XDG folders.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int StartTimeoutMs = 60000;

// A driver process and the lines it prints.
class Driver {
public:
    Driver(const QProcessEnvironment &environment, const QStringList &arguments)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(SESSION_DRIVER), arguments);
    }
    ~Driver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    // The next line starting with prefix (others are passed over), without the prefix; a null
    // string when the process ends or the time runs out first.
    QString waitFor(const QString &prefix, int timeoutMs = StartTimeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).chopped(1);
                m_lines << line;
                if (line.startsWith(prefix))
                    return line.mid(prefix.size()).trimmed();
            }
            if (m_process.state() == QProcess::NotRunning)
                return QString();
            m_process.waitForReadyRead(100);
        }
        return QString();
    }

    // SIGKILL: nothing runs after it, no quit handler, no flush.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    QProcess &process() { return m_process; }
    QStringList lines() const { return m_lines; }

private:
    QProcess m_process;
    QStringList m_lines;
};

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

class TestSessionRestore : public QObject {
    Q_OBJECT
private slots:
    void init();

    void aKilledWindowComesBackAsItWas();
    void quittingKeepsUntitledWorkWithoutAsking();
    void aDamagedSessionIsSaidAndTheWindowStarts();

private:
    QString sessionDir() const
    {
        return m_home->filePath(QStringLiteral("data/RunPad/RunPad/session"));
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_environment;
    QString m_file;
};

void TestSessionRestore::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *dir : {"data", "config", "runtime", "work"})
        QVERIFY(QDir(m_home->path()).mkpath(QLatin1String(dir)));
    QFile::setPermissions(m_home->filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("HOME"), m_home->path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_home->filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                         m_home->filePath(QStringLiteral("runtime")));
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_file = m_home->filePath(QStringLiteral("work/solve.py"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("n = int(input())\nprint(n * n)\n");
}

void TestSessionRestore::aKilledWindowComesBackAsItWas()
{
    QJsonObject before;
    {
        Driver first(m_environment, {QStringLiteral("edit"), m_file});
        before = parse(first.waitFor(QStringLiteral("tabs ")));
        QVERIFY2(!first.waitFor(QStringLiteral("edited")).isNull(),
                 qPrintable(first.lines().join(QLatin1Char('\n'))));
        // The last edit was just now: the session must be on disk within two seconds.
        QElapsedTimer sinceLastEdit;
        sinceLastEdit.start();
        QVERIFY(!first.waitFor(QStringLiteral("written"), 10000).isNull());
        QVERIFY2(sinceLastEdit.elapsed() < 2000,
                 qPrintable(QString::number(sinceLastEdit.elapsed())));
        first.kill();
        QCOMPARE(first.process().exitStatus(), QProcess::CrashExit); // not a quit
    }

    // What was typed, as the first window showed it.
    const QJsonArray tabs = before.value(QStringLiteral("tabs")).toArray();
    QCOMPARE(tabs.size(), 3);
    QCOMPARE(before.value(QStringLiteral("current")).toInt(), 1);
    const QJsonObject untitled = tabs.at(0).toObject();
    QVERIFY(untitled.value(QStringLiteral("path")).toString().isEmpty());
    QVERIFY(untitled.value(QStringLiteral("modified")).toBool());
    QVERIFY(untitled.value(QStringLiteral("text"))
                .toString()
                .endsWith(QLatin1String("answer = 6 * 7  # untitled work")));
    QCOMPARE(untitled.value(QStringLiteral("stdin")).toString(), QStringLiteral("4 5\n"));
    const QJsonObject file = tabs.at(1).toObject();
    QCOMPARE(file.value(QStringLiteral("path")).toString(), m_file);
    QVERIFY(file.value(QStringLiteral("modified")).toBool());
    QCOMPARE(file.value(QStringLiteral("title")).toString(), QStringLiteral("solve.py ●"));
    QCOMPARE(file.value(QStringLiteral("text")).toString(),
             QStringLiteral("n = int(input())\nprint(n * n)\n# edited, not saved"));
    QCOMPARE(file.value(QStringLiteral("stdin")).toString(), QStringLiteral("7\n"));
    QCOMPARE(file.value(QStringLiteral("tests")).toArray(),
             (QJsonArray{QJsonArray{QStringLiteral("7\n"), QStringLiteral("49\n")}}));
    QVERIFY(!tabs.at(2).toObject().value(QStringLiteral("modified")).toBool());
    // The edits are in the session only: the file is as it was.
    QFile onDisk(m_file);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), QByteArray("n = int(input())\nprint(n * n)\n"));

    Driver second(m_environment, {QStringLiteral("show")});
    const QJsonObject after = parse(second.waitFor(QStringLiteral("tabs ")));
    QVERIFY2(!second.waitFor(QStringLiteral("restored")).isNull(),
             qPrintable(second.lines().join(QLatin1Char('\n'))));
    for (const QString &line : second.lines())
        QVERIFY2(!line.startsWith(QLatin1String("message ")), qPrintable(line));
    // Every tab as it was: text, modified mark, language, stdin, tests, cursor; the same tab
    // current, and its stdin in the Input box.
    QCOMPARE(after, before);
    QCOMPARE(after.value(QStringLiteral("stdinBox")).toString(), QStringLiteral("7\n"));
}

void TestSessionRestore::quittingKeepsUntitledWorkWithoutAsking()
{
    QJsonObject before;
    {
        Driver first(m_environment, {QStringLiteral("edit"), m_file, QStringLiteral("quit")});
        before = parse(first.waitFor(QStringLiteral("tabs ")));
        // No question in the way (offscreen, a dialog would wait forever).
        QVERIFY2(!first.waitFor(QStringLiteral("closed"), 20000).isNull(),
                 qPrintable(first.lines().join(QLatin1Char('\n'))));
        QVERIFY(first.process().waitForFinished(20000));
        QCOMPARE(first.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.process().exitCode(), 0);
    }
    Driver second(m_environment, {QStringLiteral("show")});
    const QJsonObject after = parse(second.waitFor(QStringLiteral("tabs ")));
    QCOMPARE(after, before);
}

void TestSessionRestore::aDamagedSessionIsSaidAndTheWindowStarts()
{
    QVERIFY(QDir().mkpath(sessionDir()));
    QFile manifest(sessionDir() + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{\"version\": 1, \"documents\": [{\"id\": \"x\"}], \"current\"");
    manifest.close();

    Driver driver(m_environment, {QStringLiteral("show")});
    const QString message = driver.waitFor(QStringLiteral("message "));
    QVERIFY2(message.startsWith(QLatin1String("The last session is damaged (manifest.json is not "
                                              "valid JSON")),
             qPrintable(message));
    const QJsonObject shown = parse(driver.waitFor(QStringLiteral("tabs ")));
    QCOMPARE(shown.value(QStringLiteral("tabs")).toArray().size(), 1); // a fresh start
    QVERIFY(!shown.value(QStringLiteral("tabs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("modified"))
                 .toBool());
    const QStringList copies = QDir(QFileInfo(sessionDir()).absolutePath())
                                   .entryList({QStringLiteral("session.broken-*")}, QDir::Dirs);
    QCOMPARE(copies.size(), 1);
    QVERIFY2(message.contains(copies.first()), qPrintable(message));
    // The window works on, and keeps a new session.
    QVERIFY(!driver.waitFor(QStringLiteral("written"), 10000).isNull());
    QVERIFY(QFile::exists(sessionDir() + QStringLiteral("/manifest.json")));
}

QTEST_GUILESS_MAIN(TestSessionRestore)
#include "tst_session_restore.moc"
