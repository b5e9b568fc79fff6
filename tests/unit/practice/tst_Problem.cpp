// Problem JSON (the sidecar file) and Competitive Companion payloads.

#include "Problem.h"
#include "ProblemFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject payload(const QString &name)
{
    QFile file(QStringLiteral(PAYLOAD_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

Problem sample()
{
    Problem problem;
    problem.name = QStringLiteral("A. Ünïcode — team");
    problem.group = QStringLiteral("Codeforces Round");
    problem.url = QStringLiteral("https://codeforces.com/problemset/problem/231/A");
    problem.timeLimitMs = 1500;
    problem.memoryLimitBytes = 64ll << 20;
    problem.interactive = false;
    problem.checker.kind = CheckerSpec::Kind::Float;
    problem.checker.absoluteTolerance = 1e-9;
    problem.checker.relativeTolerance = 0;
    problem.tests = {{TestCase::newId(), QStringLiteral("3\r\n1 2 3\n"), QStringLiteral("6\n")},
                     {TestCase::newId(), QStringLiteral(""), QStringLiteral("")},
                     {TestCase::newId(), QStringLiteral("\t \n"), QStringLiteral("x\n\n")}};
    return problem;
}

} // namespace

class tst_Problem : public QObject {
    Q_OBJECT

private slots:
    void jsonRoundTrip()
    {
        const Problem problem = sample();
        const QJsonObject json = problem.toJson();
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
        // Through text, as the file holds it.
        const QByteArray text = QJsonDocument(json).toJson();
        QString error;
        const std::optional<Problem> back =
            Problem::fromJson(QJsonDocument::fromJson(text).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, problem);

        Problem custom = sample();
        custom.checker = CheckerSpec();
        custom.checker.kind = CheckerSpec::Kind::Custom;
        custom.checker.customSource = QStringLiteral("#include \"testlib.h\"\nint main(){}\n");
        custom.checker.customLanguage = QStringLiteral("c++");
        custom.interactive = true;
        QCOMPARE(*Problem::fromJson(custom.toJson(), &error), custom);

        Problem files = sample();
        files.inputFile = QStringLiteral("input.txt");
        files.outputFile = QStringLiteral("output.txt");
        QCOMPARE(*Problem::fromJson(files.toJson(), &error), files);
        files.inputFile.clear();
        files.inputPattern = QStringLiteral("bus_.*_input\\.txt");
        QCOMPARE(*Problem::fromJson(files.toJson(), &error), files);
    }

    // Files written before version 2 read as they were: stdin and stdout.
    void version1Reads()
    {
        const Problem original = sample();
        QJsonObject json = original.toJson();
        json.insert(QStringLiteral("version"), 1);
        for (const char *key : {"inputFile", "inputPattern", "outputFile"})
            json.remove(QLatin1String(key));
        QString error;
        const std::optional<Problem> problem = Problem::fromJson(json, &error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(*problem, original);
        QVERIFY(problem->inputFile.isEmpty() && problem->outputFile.isEmpty());
        QCOMPARE(problem->filesNote(), QString());
    }

    // Verdicts are kept by case id, so two cases of a hand-edited file with one id get two.
    void duplicateIdsAreMadeUnique()
    {
        QJsonObject json = sample().toJson();
        QJsonArray tests = json.value(QStringLiteral("tests")).toArray();
        QJsonObject copy = tests.at(0).toObject();
        copy.insert(QStringLiteral("input"), QStringLiteral("another\n"));
        tests.append(copy);
        json.insert(QStringLiteral("tests"), tests);
        QString error;
        const std::optional<Problem> problem = Problem::fromJson(json, &error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->tests.size(), 4);
        QCOMPARE(problem->tests[0].id,
                 tests.at(0).toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(problem->tests[3].input, QStringLiteral("another\n"));
        QVERIFY(!problem->tests[3].id.isEmpty());
        QSet<QString> ids;
        for (const TestCase &test : problem->tests)
            ids.insert(test.id);
        QCOMPARE(ids.size(), 4);
    }

    void badJson_data()
    {
        QTest::addColumn<QString>("change"); // a key, then = and a JSON value; "-key" removes
        QTest::addColumn<QString>("error");
        QTest::newRow("no version") << "-version"
                                    << "version is required as a number; this is not a RunPad "
                                       "problem file";
        QTest::newRow("newer version")
            << "version=3"
            << "version 3 is not known; this RunPad reads versions 1 to 2 (a newer RunPad may "
               "have written it)";
        QTest::newRow("version 0") << "version=0"
                                   << "version 0 is not known; this RunPad reads versions 1 to 2 "
                                      "(a newer RunPad may have written it)";
        QTest::newRow("input file not a string") << "inputFile=1"
                                                 << "inputFile must be a string";
        QTest::newRow("name not a string") << "name=5"
                                           << "name must be a string";
        QTest::newRow("no time limit") << "-timeLimitMs"
                                       << "timeLimitMs is required as a number";
        QTest::newRow("zero time limit") << "timeLimitMs=0"
                                         << "timeLimitMs must be positive, not 0";
        QTest::newRow("memory as text") << "memoryLimitBytes=\"256M\""
                                        << "memoryLimitBytes is required as a number";
        QTest::newRow("tests not an array") << "tests={}"
                                            << "tests is required as an array";
        QTest::newRow("test without expected") << "tests=[{\"input\":\"1\"}]"
                                               << "tests[0] needs input and expected as strings";
        QTest::newRow("unknown checker")
            << "checker={\"kind\":\"fuzzy\"}"
            << "checker.kind 'fuzzy' is unknown; it is one of exact, lines, tokens, float, custom";
        QTest::newRow("negative tolerance")
            << "checker={\"kind\":\"float\",\"absoluteTolerance\":-1}"
            << "checker.absoluteTolerance must be a number, at least 0";
        QTest::newRow("custom without code")
            << "checker={\"kind\":\"custom\"}"
            << "a custom checker needs customSource and customLanguage";
        QTest::newRow("interactive as text") << "interactive=\"no\""
                                             << "interactive must be true or false";
    }

    void badJson()
    {
        QFETCH(QString, change);
        QFETCH(QString, error);
        QJsonObject json = sample().toJson();
        if (change.startsWith(QLatin1Char('-'))) {
            json.remove(change.mid(1));
        } else {
            const QString key = change.section(QLatin1Char('='), 0, 0);
            const QByteArray value = change.section(QLatin1Char('='), 1).toUtf8();
            json.insert(key, QJsonDocument::fromJson("[" + value + "]").array().first());
        }
        QString why;
        QVERIFY(!Problem::fromJson(json, &why));
        QCOMPARE(why, error);
    }

    void problemFile()
    {
        QTemporaryDir dir;
        const QString code = dir.filePath(QStringLiteral("main.cpp"));
        QCOMPARE(ProblemFile::pathFor(code), code + QStringLiteral(".runpad.json"));
        QString error = QStringLiteral("stale");
        QVERIFY(!ProblemFile::load(code, &error)); // none yet: no error
        QCOMPARE(error, QString());

        const Problem problem = sample();
        QVERIFY2(ProblemFile::save(code, problem, &error), qPrintable(error));
        const std::optional<Problem> loaded = ProblemFile::load(code, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, problem);
        // Saved again over the old one, atomically; no temporary file is left.
        Problem changed = problem;
        changed.tests.removeLast();
        QVERIFY(ProblemFile::save(code, changed, &error));
        QCOMPARE(*ProblemFile::load(code, &error), changed);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("main.cpp.runpad.json")});
    }

    void brokenProblemFileIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"version\": 1,")
                                  << "is not valid JSON (at byte 14: ";
        QTest::newRow("array") << QByteArray("[1]") << "does not hold a JSON object";
        QTest::newRow("newer") << QByteArray("{\"version\": 7}")
                               << "is not a usable problem file: version 7 is not known";
    }

    void brokenProblemFileIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString code = dir.filePath(QStringLiteral("a.py"));
        QFile file(ProblemFile::pathFor(code));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString why;
        QVERIFY(!ProblemFile::load(code, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY(why.startsWith(ProblemFile::pathFor(code)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void saveIntoMissingDirectoryFails()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(
            !ProblemFile::save(dir.filePath(QStringLiteral("gone/main.cpp")), sample(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("Cannot save the problem to ")),
                 qPrintable(error));
    }

    void competitiveCompanion()
    {
        QString error;
        const std::optional<Problem> problem = Problem::fromCompetitiveCompanion(
            payload(QStringLiteral("codeforces-single.json")), &error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->name, QStringLiteral("A. Team"));
        QCOMPARE(problem->group, QStringLiteral("Codeforces - Codeforces Round #143 (Div. 2)"));
        QCOMPARE(problem->url, QStringLiteral("https://codeforces.com/problemset/problem/231/A"));
        QCOMPARE(problem->timeLimitMs, 2000);
        QCOMPARE(problem->memoryLimitBytes, 256ll << 20);
        QCOMPARE(problem->interactive, false);
        QCOMPARE(problem->tests.size(), 2);
        QCOMPARE(problem->tests[0].input, QStringLiteral("3\n1 1 0\n1 1 1\n1 0 0\n"));
        QCOMPARE(problem->tests[0].expected, QStringLiteral("2\n"));
        QCOMPARE(problem->tests[1].expected, QStringLiteral("1\n"));
        QVERIFY(!problem->tests[0].id.isEmpty());
        QVERIFY(problem->tests[0].id != problem->tests[1].id);
        QCOMPARE(problem->checker.kind, CheckerSpec::Kind::IgnoreTrailingWhitespace);

        const std::optional<Problem> batch = Problem::fromCompetitiveCompanion(
            payload(QStringLiteral("atcoder-batch.json")), &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->tests.size(), 3);
        QCOMPARE(batch->memoryLimitBytes, 1024ll << 20);

        QCOMPARE(problem->inputFile, QString()); // stdin and stdout
        QCOMPARE(problem->outputFile, QString());

        const std::optional<Problem> interactive = Problem::fromCompetitiveCompanion(
            payload(QStringLiteral("interactive-multinumber.json")), &error);
        QVERIFY2(interactive, qPrintable(error));
        QVERIFY(interactive->interactive);
        QVERIFY(interactive->tests.isEmpty());
        QCOMPARE(interactive->timeLimitMs, 1000);
    }

    // A problem judged with files keeps them, and says what Run all does instead.
    void competitiveCompanionFiles()
    {
        QString error;
        const std::optional<Problem> problem = Problem::fromCompetitiveCompanion(
            payload(QStringLiteral("codeforces-files.json")), &error);
        QVERIFY2(problem, qPrintable(error));
        QCOMPARE(problem->inputFile, QStringLiteral("input.txt"));
        QCOMPARE(problem->outputFile, QStringLiteral("output.txt"));
        QCOMPARE(problem->filesNote(),
                 QStringLiteral("On the judge this problem reads its input from input.txt and "
                                "writes its output to output.txt. Run all gives each case on "
                                "stdin and reads stdout instead, so use the standard streams "
                                "while testing here."));
        // Kept in the sidecar file.
        QTemporaryDir dir;
        const QString code = dir.filePath(QStringLiteral("main.cpp"));
        QVERIFY2(ProblemFile::save(code, *problem, &error), qPrintable(error));
        QCOMPARE(ProblemFile::load(code, &error)->outputFile, QStringLiteral("output.txt"));

        QJsonObject json = payload(QStringLiteral("codeforces-files.json"));
        json.insert(QStringLiteral("input"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("regex")},
                                {QStringLiteral("pattern"), QStringLiteral("a_.*\\.in")}});
        json.insert(QStringLiteral("output"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("stdout")}});
        const std::optional<Problem> regex = Problem::fromCompetitiveCompanion(json, &error);
        QVERIFY2(regex, qPrintable(error));
        QCOMPARE(regex->inputPattern, QStringLiteral("a_.*\\.in"));
        QCOMPARE(regex->inputFile, QString());
        QVERIFY2(regex->filesNote().startsWith(QStringLiteral(
                     "On the judge this problem reads its input from a file whose name matches "
                     "a_.*\\.in. Run all")),
                 qPrintable(regex->filesNote()));
    }

    void invalidCompetitiveCompanion_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("error");
        QTest::newRow("no name") << "-name"
                                 << "name is required as a non-empty string";
        QTest::newRow("blank name") << "name=\"  \""
                                    << "name is required as a non-empty string";
        QTest::newRow("no tests") << "-tests"
                                  << "tests is required as an array";
        QTest::newRow("tests an object") << "tests={\"input\":\"1\"}"
                                         << "tests is required as an array";
        QTest::newRow("test without output") << "tests=[{\"input\":\"1\"}]"
                                             << "tests[0] needs input and output as strings";
        QTest::newRow("test not an object") << "tests=[\"1 2\"]"
                                            << "tests[0] needs input and output as strings";
        QTest::newRow("time limit as text") << "timeLimit=\"2 s\""
                                            << "timeLimit (milliseconds) is required as a number";
        QTest::newRow("no memory limit") << "-memoryLimit"
                                         << "memoryLimit (megabytes) is required as a number";
        QTest::newRow("negative memory") << "memoryLimit=-5"
                                         << "memoryLimit (megabytes) must be positive, not -5";
        QTest::newRow("absurd time") << "timeLimit=1e12"
                                     << "timeLimit (milliseconds) is too large: 1e+12";
        QTest::newRow("group not a string") << "group=[]"
                                            << "group must be a string";
        QTest::newRow("unknown testType") << "testType=\"many\""
                                          << "testType must be \"single\" or \"multiNumber\"";
        QTest::newRow("interactive as number") << "interactive=1"
                                               << "interactive must be true or false";
        QTest::newRow("unknown input type") << "input={\"type\":\"pipe\"}"
                                            << "input.type must be \"stdin\", \"file\" or "
                                               "\"regex\"";
        QTest::newRow("input file without a name")
            << "input={\"type\":\"file\"}"
            << "input.fileName is required as a non-empty string when input.type is \"file\"";
        QTest::newRow("regex without a pattern")
            << "input={\"type\":\"regex\",\"fileName\":\"x\"}"
            << "input.pattern is required as a non-empty string when input.type is \"regex\"";
        QTest::newRow("output as regex") << "output={\"type\":\"regex\",\"pattern\":\"x\"}"
                                         << "output.type must be \"stdout\" or \"file\"";
        QTest::newRow("output not an object") << "output=\"stdout\""
                                              << "output.type must be \"stdout\" or \"file\"";
    }

    void invalidCompetitiveCompanion()
    {
        QFETCH(QString, change);
        QFETCH(QString, error);
        QJsonObject json = payload(QStringLiteral("codeforces-single.json"));
        if (change.startsWith(QLatin1Char('-'))) {
            json.remove(change.mid(1));
        } else {
            const QString key = change.section(QLatin1Char('='), 0, 0);
            const QByteArray value = change.section(QLatin1Char('='), 1).toUtf8();
            json.insert(key, QJsonDocument::fromJson("[" + value + "]").array().first());
        }
        QString why;
        QVERIFY(!Problem::fromCompetitiveCompanion(json, &why));
        QCOMPARE(why, error);
    }
};

QTEST_GUILESS_MAIN(tst_Problem)
#include "tst_Problem.moc"
