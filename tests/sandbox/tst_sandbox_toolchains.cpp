// Every language RunPad ships, end to end through the helper: hello world, stdin, arguments, a
// runtime error, a compile error (compiled languages) and a program of several files. The
// programs are data, in tests/languages/<language file id>.json.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace SandboxRequests;

class TestSandboxToolchains : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageIsDetected();
    void program_data();
    void program();
    void cleanupTestCase();

private:
    QJsonObject execute(const QJsonObject &body);

    SandboxHelper m_helper;
    QJsonArray m_runtimes;
    int m_nextId = 0;
};

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The language files' ids (base names) with their Piston names.
QMap<QString, QString> languageFiles()
{
    QMap<QString, QString> languages;
    const QDir dir(QStringLiteral(LANGUAGES_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        languages.insert(QFileInfo(name).baseName(),
                         readJson(dir.filePath(name))[QStringLiteral("language")].toString());
    return languages;
}

QJsonObject programsOf(const QString &id)
{
    return readJson(QDir(QStringLiteral(TOOLCHAIN_TESTS_DIR)).filePath(id + QStringLiteral(".json")));
}

QJsonArray oneFile(const QString &code)
{
    return QJsonArray{QJsonObject{{QStringLiteral("content"), code}}};
}

} // namespace

void TestSandboxToolchains::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
    // A harmless probe first: the programs below only run when the box really is a box.
    const QJsonObject probe = execute(body(QStringLiteral("python"),
        QStringLiteral("import os\nprint(os.getpid(), os.getuid() >= 60000)")));
    QCOMPARE(probe[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("2 True\n"));
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("runtimes"), 0));
    m_runtimes = connection.waitFor(0, QStringLiteral("runtimes"))[QStringLiteral("runtimes")].toArray();
}

QJsonObject TestSandboxToolchains::execute(const QJsonObject &request)
{
    SandboxConnection connection(m_helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, request));
    return connection.waitFor(id, QStringLiteral("result"), 120000);
}

// packaging/dev.sh installs every toolchain, so on a machine set up by it each language file
// has its runtime, and each has its programs here.
void TestSandboxToolchains::everyLanguageIsDetected()
{
    const QMap<QString, QString> languages = languageFiles();
    QVERIFY2(languages.size() >= 20, qPrintable(QString::number(languages.size())));
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        const bool detected = std::any_of(m_runtimes.begin(), m_runtimes.end(), [&](const QJsonValue &runtime) {
            return runtime[QStringLiteral("language")].toString() == it.value();
        });
        QVERIFY2(detected, qPrintable(it.value() + QStringLiteral(" has no runtime: is its toolchain installed?")));
        QVERIFY2(!programsOf(it.key()).isEmpty(), qPrintable(QStringLiteral("no tests/languages/%1.json").arg(it.key())));
    }
}

void TestSandboxToolchains::program_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QJsonArray>("files");
    QTest::addColumn<QString>("stdinText");
    QTest::addColumn<QJsonArray>("args");
    QTest::addColumn<QString>("stdoutText"); // of the run stage
    QTest::addColumn<QString>("status");     // of the run stage, or of the compile stage with no run

    const QMap<QString, QString> languages = languageFiles();
    for (auto it = languages.cbegin(); it != languages.cend(); ++it) {
        const QString &language = it.value();
        const QJsonObject programs = programsOf(it.key());
        const auto row = [&](const char *what) {
            return &QTest::newRow(qPrintable(language + QLatin1Char(' ') + QLatin1String(what)));
        };
        const QString hello = QStringLiteral("Hello, World!\n");
        *row("hello world") << language << oneFile(programs[QStringLiteral("hello")].toString()) << QString()
                            << QJsonArray() << hello << QString();
        const QJsonArray echo = oneFile(programs[QStringLiteral("echo")].toString());
        *row("stdin") << language << echo << QStringLiteral("RunPad\n") << QJsonArray() << QStringLiteral("RunPad\n")
                      << QString();
        if (programs[QStringLiteral("args")].toBool(true))
            *row("args") << language << echo << QStringLiteral("x\n")
                         << QJsonArray{QStringLiteral("one two"), QStringLiteral("3")}
                         << QStringLiteral("x\none two\n3\n") << QString();
        *row("runtime error") << language << oneFile(programs[QStringLiteral("error")].toString()) << QString()
                              << QJsonArray() << QString()
                              << programs[QStringLiteral("error_status")].toString(QStringLiteral("RE"));
        if (programs.contains(QStringLiteral("compile_error")))
            *row("compile error") << language << oneFile(programs[QStringLiteral("compile_error")].toString())
                                  << QString() << QJsonArray() << QString() << QStringLiteral("compile RE");
        if (programs.contains(QStringLiteral("multi")))
            *row("several files") << language << programs[QStringLiteral("multi")].toArray() << QString()
                                  << QJsonArray() << hello << QString();
    }
}

void TestSandboxToolchains::program()
{
    QFETCH(QString, language);
    QFETCH(QJsonArray, files);
    QFETCH(QString, stdinText);
    QFETCH(QJsonArray, args);
    QFETCH(QString, stdoutText);
    QFETCH(QString, status);
    const QJsonObject result = execute({{QStringLiteral("language"), language},
                                        {QStringLiteral("version"), QStringLiteral("*")},
                                        {QStringLiteral("files"), files},
                                        {QStringLiteral("stdin"), stdinText},
                                        {QStringLiteral("args"), args}});
    QCOMPARE(result[QStringLiteral("language")].toString(), language);
    const QJsonObject compile = result[QStringLiteral("compile")].toObject();
    const QJsonObject run = result[QStringLiteral("run")].toObject();
    const QString compilerSaid = compile[QStringLiteral("stdout")].toString() + compile[QStringLiteral("stderr")].toString();
    if (status == QStringLiteral("compile RE")) {
        // The compiler's message, and no run stage.
        QCOMPARE(compile[QStringLiteral("status")].toString(), QStringLiteral("RE"));
        QVERIFY(compile[QStringLiteral("code")].toInt() != 0);
        QVERIFY2(!compilerSaid.trimmed().isEmpty(), "the compiler said nothing");
        QVERIFY(!result.contains(QStringLiteral("run")));
        return;
    }
    QVERIFY2(compile.isEmpty() || compile[QStringLiteral("status")].isNull(), qPrintable(compilerSaid));
    const QString runSaid = run[QStringLiteral("stderr")].toString();
    if (status.isEmpty()) {
        QVERIFY2(run[QStringLiteral("status")].isNull(), qPrintable(run[QStringLiteral("message")].toString() + QLatin1Char(' ') + runSaid));
        QCOMPARE(run[QStringLiteral("stdout")].toString(), stdoutText);
        QCOMPARE(run[QStringLiteral("code")].toInt(-1), 0);
    } else {
        QCOMPARE(run[QStringLiteral("status")].toString(), status);
    }
}

void TestSandboxToolchains::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), SandboxHelper::kTeardownTimeoutMs);
}

QTEST_GUILESS_MAIN(TestSandboxToolchains)
#include "tst_sandbox_toolchains.moc"
