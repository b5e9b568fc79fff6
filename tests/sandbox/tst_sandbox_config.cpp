// The helper's config file (SandboxConfigFile): built-in limits, malformed files, unknown keys,
// per-language overrides and language files' own limits, and how ExecuteRequest applies them
// (0 refused, -1 the maximum, nothing above it).

#include "ExecuteRequest.h"
#include "Language.h"
#include "RuntimeRegistry.h"
#include "SandboxConfig.h"
#include "SandboxConfigFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int64_t kGiB = int64_t(1) << 30;

// A language whose "toolchain" is sh, so a registry can be loaded anywhere.
nlohmann::json languageJson(const std::string &name, const std::vector<std::string> &aliases,
                            const nlohmann::json &limits = nullptr)
{
    nlohmann::json json = {
        {"language", name},
        {"aliases", aliases},
        {"version", {{"command", {"sh", "-c", "echo 1.2.3"}}, {"pattern", "([0-9.]+)"}}},
        {"run", {"sh", "{main}"}}};
    if (!limits.is_null())
        json["limits"] = limits;
    return json;
}

Language language(const std::string &name, const std::vector<std::string> &aliases,
                  const nlohmann::json &limits = nullptr)
{
    std::string error;
    const auto parsed = Language::fromJson(languageJson(name, aliases, limits), &error);
    if (!parsed)
        qFatal("bad test language: %s", error.c_str());
    return *parsed;
}

} // namespace

class TestSandboxConfig : public QObject {
    Q_OBJECT

private slots:
    void builtInLimits();
    void missingDefaultFileIsFine();
    void missingChosenFileIsAnError();
    void malformed_data();
    void malformed();
    void globalLimits();
    void lowerMaximumLowersDefault();
    void boxLimits();
    void languageOverrides();
    void languageFileLimits_data();
    void languageFileLimits();
    void unknownLanguageInConfig();
    void detectionOffersWhatBoxesCanRun();
    void writableByOthersIsRefused();
    void requestLimits_data();
    void requestLimits();

private:
    // A file in a directory of the test's own; its path.
    QString writeFile(const QString &name, const QByteArray &text);
    // A registry of the languages in a fresh directory, under the config text (none: built-in).
    bool loadRegistry(RuntimeRegistry *registry, const QByteArray &config, std::string *error);

    QTemporaryDir m_dir;
    int m_count = 0;
};

QString TestSandboxConfig::writeFile(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(text);
    return path;
}

bool TestSandboxConfig::loadRegistry(RuntimeRegistry *registry, const QByteArray &config,
                                     std::string *error)
{
    const QString dir = QStringLiteral("languages%1").arg(++m_count);
    writeFile(
        dir + QStringLiteral("/fake.json"),
        QByteArray::fromStdString(languageJson("fake", {"fk"}, {{"run_timeout", 2000}}).dump()));
    writeFile(dir + QStringLiteral("/other.json"),
              QByteArray::fromStdString(languageJson("other", {}).dump()));
    SandboxConfigFile file;
    if (!config.isEmpty() && !file.parse(config.toStdString(), "test.json", error))
        return false;
    return registry->load(m_dir.filePath(dir).toStdString(), file, error);
}

void TestSandboxConfig::builtInLimits()
{
    const RequestLimits limits = SandboxConfigFile().limitsFor(language("x", {}));
    QCOMPARE(limits.range("compile_timeout").defaultValue, 10000);
    QCOMPARE(limits.range("run_timeout").defaultValue, 3000);
    QCOMPARE(limits.range("run_timeout").max, 300000);
    QCOMPARE(limits.range("run_cpu_time").defaultValue, 3000);
    QCOMPARE(limits.range("run_memory_limit").max, 4 * kGiB);
    QCOMPARE(limits.range("output_limit").defaultValue, 1 << 20);
    QCOMPARE(limits.range("output_limit").max, 64 << 20);
    SandboxConfig config;
    SandboxConfigFile().applyTo(&config);
    QCOMPARE(config.processes, 64u);
    QCOMPARE(config.openFiles, 1024u);
}

void TestSandboxConfig::missingDefaultFileIsFine()
{
    SandboxConfigFile file;
    std::string error;
    QVERIFY(file.load(m_dir.filePath(QStringLiteral("absent.json")).toStdString(), false, &error));
    QCOMPARE(file.source(), std::string("built-in defaults"));
}

void TestSandboxConfig::missingChosenFileIsAnError()
{
    SandboxConfigFile file;
    std::string error;
    const std::string path = m_dir.filePath(QStringLiteral("absent.json")).toStdString();
    QVERIFY(!file.load(path, true, &error));
    QCOMPARE(error, "cannot read the config file " + path + ": No such file or directory");
}

void TestSandboxConfig::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"run_timeout_max\": 5,")
                              << "test.json: not valid JSON: ";
    QTest::newRow("empty") << QByteArray("") << "test.json: not valid JSON: ";
    QTest::newRow("not an object")
        << QByteArray("[1]") << "test.json: the config must be a JSON object";
    QTest::newRow("unknown key") << QByteArray("{\"run_timout_max\": 5}")
                                 << "test.json: run_timout_max: unknown key";
    QTest::newRow("bare limit name")
        << QByteArray("{\"run_timeout\": 5}") << "test.json: run_timeout: unknown key";
    QTest::newRow("string value")
        << QByteArray("{\"run_timeout_max\": \"5\"}")
        << "test.json: run_timeout_max must be a whole number from 1 to 86400000";
    QTest::newRow("zero")
        << QByteArray("{\"run_cpu_time_default\": 0}")
        << "test.json: run_cpu_time_default must be a whole number from 1 to 86400000";
    QTest::newRow("negative")
        << QByteArray("{\"run_memory_limit_max\": -1}")
        << "test.json: run_memory_limit_max must be a whole number from 1 to 1125899906842624";
    QTest::newRow("fraction")
        << QByteArray("{\"output_limit_max\": 1.5}")
        << "test.json: output_limit_max must be a whole number from 1 to 1125899906842624";
    QTest::newRow("huge")
        << QByteArray("{\"compile_timeout_max\": 18446744073709551615}")
        << "test.json: compile_timeout_max must be a whole number from 1 to 86400000";
    QTest::newRow("one process") << QByteArray("{\"processes\": 1}")
                                 << "test.json: processes must be a whole number from 2 to 65536";
    QTest::newRow("default above max")
        << QByteArray("{\"run_timeout_default\": 5000, \"run_timeout_max\": 4000}")
        << "test.json: run_timeout_default: 5000 is above run_timeout_max (4000)";
    QTest::newRow("languages not object")
        << QByteArray("{\"languages\": []}")
        << "test.json: languages must be an object of language names";
    QTest::newRow("language not object") << QByteArray("{\"languages\": {\"java\": 5}}")
                                         << "test.json: languages.java must be an object";
    QTest::newRow("language unknown key")
        << QByteArray("{\"languages\": {\"java\": {\"processes\": 100}}}")
        << "test.json: languages.java.processes: unknown key";
    QTest::newRow("language bad value")
        << QByteArray("{\"languages\": {\"java\": {\"run_timeout_max\": true}}}")
        << "test.json: languages.java.run_timeout_max must be a whole number from 1 to 86400000";
    QTest::newRow("language default above max")
        << QByteArray("{\"run_timeout_max\": 4000, \"languages\": {\"java\": "
                      "{\"run_timeout_default\": 5000}}}")
        << "test.json: languages.java.run_timeout_default: 5000 is above its maximum (4000)";
}

void TestSandboxConfig::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    SandboxConfigFile file;
    std::string error;
    QVERIFY(!file.parse(text.toStdString(), "test.json", &error));
    const QString got = QString::fromStdString(error);
    QVERIFY2(expected.endsWith(QLatin1String(": ")) ? got.startsWith(expected) : got == expected,
             qPrintable(got));
    // A file that failed leaves the built-in limits.
    QCOMPARE(file.source(), std::string("built-in defaults"));
}

void TestSandboxConfig::globalLimits()
{
    SandboxConfigFile file;
    std::string error;
    QVERIFY2(
        file.parse(
            R"({"run_timeout_default": 2000, "run_timeout_max": 60000, "output_limit_max": 1048576,
                            "compile_memory_limit_default": 536870912})",
            "test.json", &error),
        error.c_str());
    QCOMPARE(file.source(), std::string("test.json"));
    const RequestLimits limits = file.limitsFor(language("x", {}));
    QCOMPARE(limits.range("run_timeout").defaultValue, 2000);
    QCOMPARE(limits.range("run_timeout").max, 60000);
    QCOMPARE(limits.range("output_limit").max, 1 << 20);
    QCOMPARE(limits.range("compile_memory_limit").defaultValue, 512 << 20);
    QCOMPARE(limits.range("compile_memory_limit").max, 4 * kGiB);
    QCOMPARE(limits.range("compile_timeout").defaultValue, 10000); // untouched
}

void TestSandboxConfig::lowerMaximumLowersDefault()
{
    SandboxConfigFile file;
    std::string error;
    QVERIFY(file.parse(R"({"run_timeout_max": 1000, "run_memory_limit_max": 268435456})",
                       "test.json", &error));
    const RequestLimits limits = file.limitsFor(language("x", {}));
    QCOMPARE(limits.range("run_timeout").defaultValue, 1000);
    QCOMPARE(limits.range("run_memory_limit").defaultValue, 256 << 20);
}

void TestSandboxConfig::boxLimits()
{
    SandboxConfigFile file;
    std::string error;
    QVERIFY2(file.parse(R"({"processes": 128, "box_size": 1073741824, "tmp_size": 33554432,
                            "file_size": 1048576, "open_files": 256, "inodes": 4096})",
                        "test.json", &error),
             error.c_str());
    SandboxConfig config;
    file.applyTo(&config);
    QCOMPARE(config.processes, 128u);
    QCOMPARE(config.boxSizeBytes, kGiB);
    QCOMPARE(config.tmpSizeBytes, 32 << 20);
    QCOMPARE(config.fileSizeBytes, 1 << 20);
    QCOMPARE(config.openFiles, 256u);
    QCOMPARE(config.inodes, 4096u);
    QCOMPARE(config.stackBytes, SandboxConfig().stackBytes); // not configurable
}

void TestSandboxConfig::languageOverrides()
{
    SandboxConfigFile file;
    std::string error;
    QVERIFY2(file.parse(R"({"run_memory_limit_max": 1073741824, "run_timeout_max": 10000,
                            "languages": {
                              "java": {"run_memory_limit_max": 8589934592, "run_memory_limit_default": 2147483648},
                              "py": {"run_timeout_max": 5000},
                              "python": {"run_timeout_default": 4000}}})",
                        "test.json", &error),
             error.c_str());
    // Raised for java alone, above the general maximum.
    const RequestLimits java = file.limitsFor(language("java", {}));
    QCOMPARE(java.range("run_memory_limit").max, 8 * kGiB);
    QCOMPARE(java.range("run_memory_limit").defaultValue, 2 * kGiB);
    QCOMPARE(java.range("run_timeout").max, 10000);
    // The entry of the canonical name wins over one of an alias.
    const RequestLimits python = file.limitsFor(language("python", {"py", "py3"}));
    QCOMPARE(python.range("run_timeout").defaultValue, 4000);
    QCOMPARE(python.range("run_timeout").max, 10000);
    // An entry found by an alias.
    const RequestLimits snake = file.limitsFor(language("snake", {"py"}));
    QCOMPARE(snake.range("run_timeout").max, 5000);
    QCOMPARE(snake.range("run_timeout").defaultValue, 3000);
    // Other languages keep the general limits.
    const RequestLimits c = file.limitsFor(language("c", {}));
    QCOMPARE(c.range("run_memory_limit").max, kGiB);
    QCOMPARE(c.range("run_memory_limit").defaultValue, kGiB);
}

void TestSandboxConfig::languageFileLimits_data()
{
    QTest::addColumn<QByteArray>("limits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown limit") << QByteArray(R"({"processes": 5})")
                                   << "'limits.processes' is not a limit a request can set";
    QTest::newRow("zero") << QByteArray(R"({"run_timeout": 0})")
                          << "'limits.run_timeout' must be a whole number from 1 to 86400000";
    QTest::newRow("string") << QByteArray(R"({"run_timeout": "5"})")
                            << "'limits.run_timeout' must be a whole number from 1 to 86400000";
    QTest::newRow("not object") << QByteArray("[]") << "'limits' must be an object";
}

void TestSandboxConfig::languageFileLimits()
{
    QFETCH(QByteArray, limits);
    QFETCH(QString, expected);
    nlohmann::json json = languageJson("x", {});
    json["limits"] = nlohmann::json::parse(limits.toStdString());
    std::string error;
    QVERIFY(!Language::fromJson(json, &error));
    QCOMPARE(QString::fromStdString(error), expected);
}

void TestSandboxConfig::unknownLanguageInConfig()
{
    RuntimeRegistry registry;
    std::string error;
    QVERIFY(!loadRegistry(&registry,
                          R"({"languages": {"fake": {}, "jav": {"run_timeout_max": 5}}})", &error));
    QVERIFY2(QString::fromStdString(error).startsWith(
                 QStringLiteral("test.json: languages.jav: no language file in ")),
             error.c_str());
    // Known by an alias is known.
    QVERIFY2(loadRegistry(&registry, R"({"languages": {"fk": {"run_timeout_max": 1500}}})", &error),
             error.c_str());
    // The language file asks for 2000 ms; the config's maximum is the rule.
    const Runtime *fake = registry.resolve("fake", "*");
    QVERIFY(fake);
    QCOMPARE(fake->limits.range("run_timeout").max, 1500);
    QCOMPARE(fake->limits.range("run_timeout").defaultValue, 1500);
}

// `runtimes` lists what is installed and nothing that is not: a missing toolchain, or one a box
// would not see at the same path, is left out; one toolchain found under two names is one
// runtime; a two-part version counts as x.y.0.
void TestSandboxConfig::detectionOffersWhatBoxesCanRun()
{
    const QString outside = writeFile(QStringLiteral("outside/tool"), "#!/bin/sh\necho 9.9.9\n");
    QFile::setPermissions(outside, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto write = [&](const char *name, nlohmann::json json) {
        writeFile(QStringLiteral("detect/%1.json").arg(QLatin1String(name)), QByteArray::fromStdString(json.dump()));
    };
    nlohmann::json missing = languageJson("missing", {});
    missing["find"] = {"runpad-no-such-compiler"};
    write("missing", missing);
    nlohmann::json hidden = languageJson("hidden", {});
    hidden["find"] = {outside.toStdString()};
    hidden["version"]["command"] = {"{exe}"};
    write("hidden", hidden);
    nlohmann::json twice = languageJson("twice", {});
    twice["find"] = {"sh", "s[h]"}; // the same binary by name and by glob
    twice["version"]["command"] = {"{exe}", "-c", "echo go1.20"};
    twice["version"]["pattern"] = "go([0-9.]+)";
    write("twice", twice);
    RuntimeRegistry registry;
    std::string error;
    QVERIFY2(registry.load(m_dir.filePath(QStringLiteral("detect")).toStdString(), &error), error.c_str());
    QCOMPARE(QString::fromStdString(registry.toJson().dump()),
             QStringLiteral(R"([{"aliases":[],"language":"twice","version":"1.20.0"}])"));
    QVERIFY(QString::fromStdString(registry.resolve("twice", "1.20")->executable).endsWith(QStringLiteral("sh")));
}

void TestSandboxConfig::writableByOthersIsRefused()
{
    if (geteuid() != 0)
        QSKIP("only a root helper refuses a config file others may change");
    const QString path = writeFile(QStringLiteral("open.json"), "{}");
    QVERIFY(chmod(QFile::encodeName(path).constData(), 0666) == 0);
    SandboxConfigFile file;
    std::string error;
    QVERIFY(!file.load(path.toStdString(), true, &error));
    QCOMPARE(error, path.toStdString() +
                        ": refused: a root helper's config file must belong to root and be "
                        "writable by root only");
    QVERIFY(chmod(QFile::encodeName(path).constData(), 0644) == 0);
    QVERIFY2(file.load(path.toStdString(), true, &error), error.c_str());
}

void TestSandboxConfig::requestLimits_data()
{
    QTest::addColumn<QByteArray>("limits");
    QTest::addColumn<QString>("expected");  // an error, or "" when accepted
    QTest::addColumn<QList<qint64>>("run"); // timeout, cpu time, memory, output limit when accepted
    const QList<qint64> defaults = {2000, 3000, 512 << 20,
                                    1 << 20}; // memory: the language's maximum
    QTest::newRow("none: defaults") << QByteArray("{}") << QString() << defaults;
    QTest::newRow("null: defaults")
        << QByteArray(R"({"run_timeout": null})") << QString() << defaults;
    QTest::newRow("-1: maximum")
        << QByteArray(R"({"run_timeout": -1, "run_memory_limit": -1, "output_limit": -1})")
        << QString() << QList<qint64>{60000, 3000, 512 << 20, 64 << 20};
    QTest::newRow("fraction") << QByteArray(R"({"run_cpu_time": 0.5})") << QString()
                              << QList<qint64>{2000, 1, 512 << 20, 1 << 20};
    QTest::newRow("at maximum") << QByteArray(R"({"run_memory_limit": 536870912})") << QString()
                                << QList<qint64>{2000, 3000, 512 << 20, 1 << 20};
    for (const char *name : {"compile_timeout", "run_timeout", "compile_cpu_time", "run_cpu_time",
                             "compile_memory_limit", "run_memory_limit", "output_limit"}) {
        const QString field = QLatin1String(name);
        QTest::newRow(qPrintable(field + QStringLiteral(" zero")))
            << QByteArray("{\"" + QByteArray(name) + "\": 0}")
            << field + QStringLiteral(" must be positive; -1 asks for the configured limit of ")
            << QList<qint64>();
        QTest::newRow(qPrintable(field + QStringLiteral(" negative")))
            << QByteArray("{\"" + QByteArray(name) + "\": -2}")
            << field + QStringLiteral(" must be non-negative") << QList<qint64>();
    }
    QTest::newRow("over maximum") << QByteArray(R"({"run_timeout": 60001})")
                                  << "run_timeout cannot exceed the configured limit of 60000"
                                  << QList<qint64>();
    QTest::newRow("over language maximum")
        << QByteArray(R"({"run_memory_limit": 536870913})")
        << "run_memory_limit cannot exceed the configured limit of 536870912" << QList<qint64>();
    // Piston's order: over the maximum is said before negative, memory before time.
    QTest::newRow("order")
        << QByteArray(R"({"run_timeout": -5, "run_memory_limit": 0})")
        << "run_memory_limit must be positive; -1 asks for the configured limit of 536870912"
        << QList<qint64>();
    QTest::newRow("not a number") << QByteArray(R"({"compile_cpu_time": "9"})")
                                  << "If specified, compile_cpu_time must be a number"
                                  << QList<qint64>();
}

void TestSandboxConfig::requestLimits()
{
    QFETCH(QByteArray, limits);
    QFETCH(QString, expected);
    QFETCH(QList<qint64>, run);
    RuntimeRegistry registry;
    std::string error;
    QVERIFY2(
        loadRegistry(
            &registry,
            R"({"run_timeout_max": 60000, "languages": {"fake": {"run_memory_limit_max": 536870912}}})",
            &error),
        error.c_str());
    nlohmann::json body = nlohmann::json::parse(limits.toStdString());
    body["language"] = "fake";
    body["version"] = "*";
    body["files"] = {{{"content", "echo hi"}}};
    const auto request = ExecuteRequest::parse(body, registry, &error);
    if (!expected.isEmpty()) {
        QVERIFY(!request);
        const QString got = QString::fromStdString(error);
        QVERIFY2(expected.endsWith(QLatin1Char(' ')) ? got.startsWith(expected) : got == expected,
                 qPrintable(got));
        return;
    }
    QVERIFY2(request, error.c_str());
    QCOMPARE(request->run.timeoutMs, run[0]);
    QCOMPARE(request->run.cpuTimeMs, run[1]);
    QCOMPARE(request->run.memoryBytes, run[2]);
    QCOMPARE(request->outputLimit, run[3]);
    // Never "no limit", whatever the request said.
    QVERIFY(request->compile.timeoutMs > 0 && request->compile.cpuTimeMs > 0 &&
            request->compile.memoryBytes > 0);
}

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandbox_config.moc"
