// The compile cache and compile-once-run-many ("stdins"), through a real helper.

#include "SandboxConnection.h"
#include "SandboxHelper.h"
#include "SandboxRequests.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace SandboxRequests;

class TestSandboxCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void unchangedCodeIsNotCompiledAgain();
    void compileErrorsAreNotKept();
    void interactiveRunsSeeTheCachedCompile();
    void survivesARestart();
    void corruptEntryIsCompiledAgain();
    void leastRecentlyUsedGoFirst();
    void compileOnceRunMany();
    void manyInputsOfAnInterpretedLanguage();
    void badInputs();
    void cleanupTestCase();

private:
    QJsonObject execute(SandboxHelper &helper, const QJsonObject &body);
    QStringList entries(const SandboxHelper &helper) const;

    SandboxHelper m_helper;
    int m_nextId = 0;
};

namespace {

// Says whether an earlier run left its mark in /box, then leaves one.
const QString kMarker = QStringLiteral(
    "#include <fstream>\n#include <iostream>\n#include <string>\n"
    "int main()\n{\n    std::string word;\n    std::cin >> word;\n    std::ifstream mark(\"mark\");\n"
    "    std::cout << word << (mark ? \" seen\" : \" fresh\") << '\\n';\n    std::ofstream(\"mark\") << 1;\n}\n");

QString cHello(int n)
{
    return QStringLiteral("#include <stdio.h>\nint main(void)\n{\n    puts(\"%1\");\n}\n").arg(n);
}

QJsonValue cached(const QJsonObject &result)
{
    return result[QStringLiteral("compile")][QStringLiteral("cached")];
}

} // namespace

void TestSandboxCache::initTestCase()
{
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
    const QJsonObject probe = execute(m_helper, body(QStringLiteral("python"),
        QStringLiteral("import os\nprint(os.getpid(), os.getuid() >= 60000)")));
    QCOMPARE(probe[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("2 True\n"));
}

QJsonObject TestSandboxCache::execute(SandboxHelper &helper, const QJsonObject &request)
{
    SandboxConnection connection(helper.socketPath());
    const int id = m_nextId++;
    connection.send(message(QStringLiteral("execute"), id, request));
    return connection.waitFor(id, {}, 60000);
}

QStringList TestSandboxCache::entries(const SandboxHelper &helper) const
{
    return QDir(helper.cacheDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
}

void TestSandboxCache::unchangedCodeIsNotCompiledAgain()
{
    const QJsonObject request = body(QStringLiteral("c++"), kMarker, {{QStringLiteral("stdin"), QStringLiteral("one")}});
    const QJsonObject first = execute(m_helper, request);
    QCOMPARE(cached(first), QJsonValue(false));
    QCOMPARE(first[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("one fresh\n"));
    const QJsonObject again = execute(m_helper, request);
    QCOMPARE(cached(again), QJsonValue(true));
    // The stage that made it, as it was; and the program runs in a box without the last run's files.
    QVERIFY(again[QStringLiteral("compile")][QStringLiteral("status")].isNull());
    QCOMPARE(again[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("one fresh\n"));

    // Any change is another program: a file's content, its name, the language's version.
    QJsonObject changed = request;
    changed[QStringLiteral("files")] = QJsonArray{QJsonObject{{QStringLiteral("content"), kMarker + QStringLiteral("\n")}}};
    QCOMPARE(cached(execute(m_helper, changed)), QJsonValue(false));
    changed[QStringLiteral("files")] = QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("other.cpp")},
                                                              {QStringLiteral("content"), kMarker}}};
    QCOMPARE(cached(execute(m_helper, changed)), QJsonValue(false));
}

// An interactive client (the app) gets a cached compile's stage, its warnings and an exit that says
// it was cached, as an execute's result does.
void TestSandboxCache::interactiveRunsSeeTheCachedCompile()
{
    const QJsonObject request = body(QStringLiteral("c"), QStringLiteral("#warning cached warning\nint main(void) { return 0; }\n"));
    SandboxConnection connection(m_helper.socketPath());
    for (const bool expectCached : {false, true}) {
        const QString id = QStringLiteral("interactive-%1").arg(expectCached);
        connection.send(message(QStringLiteral("init"), id, request));
        connection.send(message(QStringLiteral("eof"), id));
        QStringList sequence;
        QString compileStderr;
        QJsonObject compileExit;
        for (const QJsonObject &answer : connection.collect(id, QStringLiteral("done"), 60000)) {
            const QString type = answer[QStringLiteral("type")].toString();
            sequence << (type == QStringLiteral("stage") ? answer[QStringLiteral("stage")].toString() : type);
            if (type == QStringLiteral("data") && answer[QStringLiteral("stream")] == QStringLiteral("stderr"))
                compileStderr += answer[QStringLiteral("data")].toString();
            if (type == QStringLiteral("exit") && answer[QStringLiteral("stage")] == QStringLiteral("compile"))
                compileExit = answer;
        }
        sequence.removeDuplicates();
        QCOMPARE(sequence, (QStringList{QStringLiteral("runtime"), QStringLiteral("compile"), QStringLiteral("data"),
                                        QStringLiteral("exit"), QStringLiteral("run"), QStringLiteral("done")}));
        QVERIFY2(compileStderr.contains(QStringLiteral("cached warning")), qPrintable(compileStderr));
        QCOMPARE(compileExit[QStringLiteral("cached")].toBool(), expectCached);
        QCOMPARE(compileExit[QStringLiteral("code")].toInt(-1), 0);
        QVERIFY(!compileExit.contains(QStringLiteral("stderr")));
    }
}

void TestSandboxCache::compileErrorsAreNotKept()
{
    const QJsonObject request = body(QStringLiteral("c"), QStringLiteral("int main(void) { return undeclared; }\n"));
    for (int i = 0; i < 2; ++i) {
        const QJsonObject result = execute(m_helper, request);
        QCOMPARE(result[QStringLiteral("compile")][QStringLiteral("status")].toString(), QStringLiteral("RE"));
        QCOMPARE(cached(result), QJsonValue(false));
        QVERIFY(!result.contains(QStringLiteral("run")));
    }
}

void TestSandboxCache::survivesARestart()
{
    const QJsonObject request = body(QStringLiteral("c"), cHello(1));
    execute(m_helper, request);
    QCOMPARE(m_helper.stop(), 0);
    QString error;
    QVERIFY2(m_helper.start(&error), qPrintable(error));
    const QJsonObject result = execute(m_helper, request);
    QCOMPARE(cached(result), QJsonValue(true));
    QCOMPARE(result[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("1\n"));
}

void TestSandboxCache::corruptEntryIsCompiledAgain()
{
    const QJsonObject request = body(QStringLiteral("c"), cHello(2));
    const QStringList before = entries(m_helper);
    QCOMPARE(cached(execute(m_helper, request)), QJsonValue(false));
    QStringList added = entries(m_helper);
    for (const QString &entry : before)
        added.removeAll(entry);
    QCOMPARE(added.size(), 1);
    // One flipped byte in the program.
    QFile program(QDir(m_helper.cacheDir()).filePath(added.front() + QStringLiteral("/files/a.out")));
    QVERIFY(program.open(QIODevice::ReadWrite));
    program.seek(program.size() / 2);
    char byte = 0;
    QVERIFY(program.getChar(&byte));
    program.seek(program.size() / 2);
    QVERIFY(program.putChar(char(~byte)));
    program.close();

    const QJsonObject result = execute(m_helper, request);
    QCOMPARE(cached(result), QJsonValue(false));
    QCOMPARE(result[QStringLiteral("run")][QStringLiteral("stdout")].toString(), QStringLiteral("2\n"));
    QCOMPARE(cached(execute(m_helper, request)), QJsonValue(true));
}

void TestSandboxCache::leastRecentlyUsedGoFirst()
{
    // A cap that holds a few C hello worlds (each about 16 KiB).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("sandbox.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"compile_cache_size": 80000})");
    file.close();
    // A rootless helper reads it as nobody.
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther |
                                          QFile::ExeOther);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    SandboxHelper small;
    QString error;
    QVERIFY2(small.start(&error, SandboxHelper::boxUids(), 0, {QStringLiteral("--config"), config}), qPrintable(error));
    for (int n = 10; n < 20; ++n) {
        QCOMPARE(cached(execute(small, body(QStringLiteral("c"), cHello(n)))), QJsonValue(false));
        // The first program stays in use, so it stays.
        QCOMPARE(cached(execute(small, body(QStringLiteral("c"), cHello(10)))), QJsonValue(true));
    }
    QVERIFY(entries(small).size() < 10);
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(small.cacheDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &entryFile : QDir(info.filePath() + QStringLiteral("/files")).entryInfoList(QDir::Files))
            bytes += entryFile.size();
    }
    QVERIFY2(bytes <= 80000, qPrintable(QString::number(bytes)));
    QCOMPARE(cached(execute(small, body(QStringLiteral("c"), cHello(11)))), QJsonValue(false));
    QCOMPARE(cached(execute(small, body(QStringLiteral("c"), cHello(19)))), QJsonValue(true));
    QCOMPARE(small.stop(), 0);
}

void TestSandboxCache::compileOnceRunMany()
{
    const QJsonArray inputs{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QJsonObject request = body(QStringLiteral("c++"), kMarker + QStringLiteral("// many\n"));
    request.insert(QStringLiteral("stdins"), inputs);
    for (const bool fromCache : {false, true}) {
        const QJsonObject result = execute(m_helper, request);
        QCOMPARE(cached(result), QJsonValue(fromCache));
        QVERIFY(!result.contains(QStringLiteral("run")));
        const QJsonArray runs = result[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 3);
        // Each input in a fresh box: no run sees the mark of the one before.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(runs[i][QStringLiteral("stdout")].toString(), inputs[i].toString() + QStringLiteral(" fresh\n"));
            QVERIFY(runs[i][QStringLiteral("status")].isNull());
        }
    }
}

void TestSandboxCache::manyInputsOfAnInterpretedLanguage()
{
    QJsonObject request = body(QStringLiteral("python"), QStringLiteral(
        "import os\nprint(input(), os.path.exists('mark'), sorted(os.listdir('.')))\nopen('mark', 'w').write('x')\n"
        "if input() == 'die':\n    raise SystemExit(3)"));
    request.insert(QStringLiteral("stdins"), QJsonArray{QStringLiteral("1\nok\n"), QStringLiteral("2\ndie\n")});
    const QJsonObject result = execute(m_helper, request);
    QVERIFY(!result.contains(QStringLiteral("compile")));
    const QJsonArray runs = result[QStringLiteral("runs")].toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs[0][QStringLiteral("stdout")].toString(), QStringLiteral("1 False ['file0.py']\n"));
    QCOMPARE(runs[1][QStringLiteral("stdout")].toString(), QStringLiteral("2 False ['file0.py']\n"));
    // Each run has its own result.
    QVERIFY(runs[0][QStringLiteral("status")].isNull());
    QCOMPARE(runs[1][QStringLiteral("status")].toString(), QStringLiteral("RE"));
}

void TestSandboxCache::badInputs()
{
    const auto errorFor = [&](const QJsonObject &extra) {
        return execute(m_helper, body(QStringLiteral("python"), QStringLiteral("print(1)"), extra))[QStringLiteral("message")].toString();
    };
    QCOMPARE(errorFor({{QStringLiteral("stdin"), QStringLiteral("x")}, {QStringLiteral("stdins"), QJsonArray{QStringLiteral("y")}}}),
             QStringLiteral("stdin and stdins exclude each other"));
    QCOMPARE(errorFor({{QStringLiteral("stdins"), QJsonArray{}}}), QStringLiteral("stdins must be an array of 1 to 1000 strings"));
    QCOMPARE(errorFor({{QStringLiteral("stdins"), QJsonArray{1}}}), QStringLiteral("stdins must be an array of 1 to 1000 strings"));
    SandboxConnection connection(m_helper.socketPath());
    connection.send(message(QStringLiteral("init"), QStringLiteral("i"),
                            body(QStringLiteral("python"), QStringLiteral("print(1)"), {{QStringLiteral("stdins"), QJsonArray{QStringLiteral("y")}}})));
    QCOMPARE(connection.waitFor(QStringLiteral("i"))[QStringLiteral("message")].toString(),
             QStringLiteral("stdins is for execute; an interactive run reads what the client sends"));
}

void TestSandboxCache::cleanupTestCase()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.boxDirectories().isEmpty(), SandboxHelper::kTeardownTimeoutMs);
}

QTEST_GUILESS_MAIN(TestSandboxCache)
#include "tst_sandbox_cache.moc"
