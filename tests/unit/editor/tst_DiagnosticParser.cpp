#include "DiagnosticParser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// Golden files: golden/diagnostics/<tool>-<case>.txt is what a real tool printed, run through
// RunPad's sandbox by golden/diagnostics/capture.py from golden/diagnostics/sources/; the
// <tool>-<case>.expected beside it is its parse, one diagnostic a line, e.g.
//   error main.cpp:2:10 [offset 0 len 13 "main.cpp:2:10"] helpers.h: No such file or directory
// (file:line:column, 0 when unknown; the quoted text is the span the console links).
// noise-*.txt are programs' own output, whose .expected is empty.
// RUNPAD_UPDATE_GOLDEN=1 rewrites every .expected from the parser instead of checking it: read
// the diff line by line before committing it.

namespace {

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("error");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("warning");
    case Diagnostic::Severity::Note:
        return QStringLiteral("note");
    }
    return QStringLiteral("?");
}

QString describe(const Diagnostic &d, const QString &text)
{
    return severityName(d.severity) + QLatin1Char(' ') + d.file + QLatin1Char(':') +
           QString::number(d.line) + QLatin1Char(':') + QString::number(d.column) +
           QStringLiteral(" [offset ") + QString::number(d.offset) + QStringLiteral(" len ") +
           QString::number(d.length) + QStringLiteral(" \"") + text.mid(d.offset, d.length) +
           QStringLiteral("\"] ") + d.message;
}

QStringList describeAll(const QString &text)
{
    QStringList lines;
    for (const Diagnostic &d : DiagnosticParser::parse(text))
        lines.append(describe(d, text));
    return lines;
}

QDir goldenDir()
{
    return QDir(QStringLiteral(RUNPAD_DIAGNOSTICS_GOLDEN_DIR));
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

QStringList goldenCases()
{
    QStringList cases;
    for (const QString &name :
         goldenDir().entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        cases.append(name.chopped(4));
    return cases;
}

QList<Diagnostic> shifted(QList<Diagnostic> diagnostics, qsizetype by)
{
    for (Diagnostic &d : diagnostics)
        d.offset += by;
    return diagnostics;
}

} // namespace

class TestDiagnosticParser : public QObject {
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void spansNameTheirLocation_data() { golden_data(); }
    void spansNameTheirLocation();
    void crlfGivesTheSameDiagnostics_data() { golden_data(); }
    void crlfGivesTheSameDiagnostics();
    void shapes_data();
    void shapes();
    void noise_data();
    void noise();
    void joinedOutputsParseAsTheirParts();
    void megabyteOfMixedOutput();
};

void TestDiagnosticParser::golden_data()
{
    QTest::addColumn<QString>("name");
    const QStringList cases = goldenCases();
    QVERIFY2(cases.size() >= 40, qPrintable(goldenDir().path()));
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << name;
}

void TestDiagnosticParser::golden()
{
    QFETCH(QString, name);
    const QString text = readText(goldenDir().filePath(name + QStringLiteral(".txt")));
    QVERIFY(!text.isEmpty());
    const QStringList actual = describeAll(text);
    const QString expectedPath = goldenDir().filePath(name + QStringLiteral(".expected"));
    if (qEnvironmentVariableIntValue("RUNPAD_UPDATE_GOLDEN") == 1) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QString &line : actual)
            out.write((line + QLatin1Char('\n')).toUtf8());
    }
    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.exists(), qPrintable(expectedPath));
    const QString expectedText = readText(expectedPath);
    const QStringList expected =
        expectedText.isEmpty() ? QStringList() : expectedText.chopped(1).split(QLatin1Char('\n'));
    QCOMPARE(actual, expected);
}

// Whatever the tool, the linked text must say the line it links to and sit inside the text.
void TestDiagnosticParser::spansNameTheirLocation()
{
    QFETCH(QString, name);
    const QString text = readText(goldenDir().filePath(name + QStringLiteral(".txt")));
    for (const Diagnostic &d : DiagnosticParser::parse(text)) {
        QVERIFY(d.offset >= 0 && d.length > 0 && d.offset + d.length <= text.size());
        const QString span = text.mid(d.offset, d.length);
        QVERIFY2(span.contains(d.file), qPrintable(span));
        if (d.line > 0)
            QVERIFY2(span.contains(QString::number(d.line)), qPrintable(span));
        QVERIFY2(!span.contains(QLatin1Char('\n')), qPrintable(span));
        QVERIFY2(!d.message.contains(QLatin1Char('\n')) && !d.message.contains(QLatin1Char('\r')),
                 qPrintable(d.message));
    }
}

void TestDiagnosticParser::crlfGivesTheSameDiagnostics()
{
    QFETCH(QString, name);
    const QString text = readText(goldenDir().filePath(name + QStringLiteral(".txt")));
    QString crlf = text;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QList<Diagnostic> expected = DiagnosticParser::parse(text);
    for (Diagnostic &d : expected)
        d.offset += text.left(d.offset).count(QLatin1Char('\n'));
    QCOMPARE(DiagnosticParser::parse(crlf), expected);
}

// Shapes no golden file shows: newer tool versions, other flags, rarer messages.
void TestDiagnosticParser::shapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("rust 1.73+ panic")
        << QStringLiteral("thread 'main' panicked at src/main.rs:4:5:\nattempt to subtract with "
                          "overflow\nnote: run with `RUST_BACKTRACE=1`\n")
        << QStringList{QStringLiteral("error src/main.rs:4:5 [offset 26 len 15 "
                                      "\"src/main.rs:4:5\"] attempt to subtract with overflow")};
    QTest::newRow("node ES module")
        << QStringLiteral("file:///box/main.mjs:3\n    throw new Error('x');\n    ^\n\nError: x\n"
                          "    at f (file:///box/main.mjs:3:11)\n    at file:///box/main.mjs:5:1\n")
        << QStringList{QStringLiteral(
                           "error /box/main.mjs:3:5 [offset 0 len 22 \"file:///box/main.mjs:3\"] "
                           "Error: x"),
                       QStringLiteral("note /box/main.mjs:5:1 [offset 109 len 24 "
                                      "\"file:///box/main.mjs:5:1\"] at <anonymous>")};
    QTest::newRow("tsc --pretty")
        << QStringLiteral("main.ts:3:5 - error TS2304: Cannot find name 'x'.\n")
        << QStringList{QStringLiteral("error main.ts:3:5 [offset 0 len 11 \"main.ts:3:5\"] TS2304: "
                                      "Cannot find name 'x'.")};
    QTest::newRow("ld with debug information")
        << QStringLiteral("/usr/bin/ld: /tmp/cc1.o: in function `main':\nmain.cpp:3: undefined "
                          "reference to `solve(int)'\ncollect2: error: ld returned 1 exit status\n")
        << QStringList{QStringLiteral("error main.cpp:3:0 [offset 45 len 10 \"main.cpp:3\"] "
                                      "undefined reference to `solve(int)'")};
    QTest::newRow("php errors shown on stdout")
        << QStringLiteral("\nWarning: Undefined variable $x in /box/main.php on line 3\n")
        << QStringList{QStringLiteral("warning /box/main.php:3:0 [offset 35 len 23 "
                                      "\"/box/main.php on line 3\"] Undefined variable $x")};
    QTest::newRow("ruby 3.4 quotes")
        << QStringLiteral("main.rb:2:in 'Object#parse': undefined local variable or method "
                          "'offset' for main (NameError)\n\tfrom main.rb:5:in '<main>'\n")
        << QStringList{
               QStringLiteral("error main.rb:2:0 [offset 0 len 9 \"main.rb:2\"] undefined local "
                              "variable or method 'offset' for main (NameError)"),
               QStringLiteral("note main.rb:5:0 [offset 100 len 9 \"main.rb:5\"] in '<main>'")};
    QTest::newRow("java printStackTrace, library frames only at the top")
        << QStringLiteral("java.lang.NumberFormatException: For input string: \"x\"\n"
                          "\tat java.base/java.lang.Integer.parseInt(Integer.java:652)\n"
                          "\tat Main.main(Main.java:5)\n")
        << QStringList{QStringLiteral("error Main.java:5:0 [offset 128 len 11 \"Main.java:5\"] "
                                      "java.lang.NumberFormatException: For input string: \"x\"")};
    QTest::newRow("rust backtrace")
        << QStringLiteral("thread 'main' panicked at 'boom', main.rs:2:5\n"
                          "stack backtrace:\n"
                          "   0: rust_begin_unwind\n"
                          "             at /rustc/4b91a6/library/std/src/panicking.rs:584:5\n"
                          "   1: main::main\n"
                          "             at ./main.rs:8:20\n")
        << QStringList{
               QStringLiteral("error main.rs:2:5 [offset 34 len 11 \"main.rs:2:5\"] boom"),
               QStringLiteral("note ./main.rs:8:20 [offset 185 len 14 \"./main.rs:8:20\"] in "
                              "main::main")};
    QTest::newRow("no trailing newline")
        << QStringLiteral("./main.go:3:2: undefined: x")
        << QStringList{QStringLiteral("error ./main.go:3:2 [offset 0 len 13 \"./main.go:3:2\"] "
                                      "undefined: x")};
}

void TestDiagnosticParser::shapes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(text), expected);
}

// Program output that looks a little like a location but is not one.
void TestDiagnosticParser::noise_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("time") << QStringLiteral("12:30:45 ok\n");
    QTest::newRow("url") << QStringLiteral(
        "see http://x:80/ and http://a.b:8080/c:3:4: error: x\n");
    QTest::newRow("ratio with words") << QStringLiteral("3:4:5: error: not a file\n");
    QTest::newRow("version") << QStringLiteral("v1.2:3:4: warning: tags\n");
    QTest::newRow("bare errors") << QStringLiteral("error: failed\nError: failed\nwarning: x\n");
    QTest::newRow("rustc summary") << QStringLiteral("error: aborting due to previous error\n\n");
    QTest::newRow("call in text") << QStringLiteral("point(1,2) Error: none; f(3) Fatal: no\n");
    QTest::newRow("windows path") << QStringLiteral("C:\\dir\\a.txt:3:4: error: x\n");
    QTest::newRow("not a perl file") << QStringLiteral("met at home line 3.\nat x.txt line 3.\n");
    QTest::newRow("python frame without exception")
        << QStringLiteral("  File \"notes.txt\", line 3\ndone\n");
    QTest::newRow("node header without caret")
        << QStringLiteral("/box/data.js:3\nsome text\nmore text\n");
    QTest::newRow("at without location") << QStringLiteral("  at home (13:00)\n  at noon\n");
    QTest::newRow("goroutine without panic")
        << QStringLiteral("goroutine 7 [running]:\nmain.main()\n\t/box/main.go:5 +0x1\n");
    QTest::newRow("empty") << QString();
}

void TestDiagnosticParser::noise()
{
    QFETCH(QString, text);
    QCOMPARE(describeAll(text), QStringList());
}

// Outputs one after another parse as each alone: no state leaks from one into the next.
void TestDiagnosticParser::joinedOutputsParseAsTheirParts()
{
    QString joined;
    QStringList expected;
    QList<qsizetype> starts;
    const QStringList cases = goldenCases();
    for (const QString &name : cases) {
        QString text = readText(goldenDir().filePath(name + QStringLiteral(".txt")));
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        starts.append(joined.size());
        joined += text;
        for (const Diagnostic &d : shifted(DiagnosticParser::parse(text), starts.last()))
            expected.append(name + QLatin1Char(' ') + describe(d, joined));
    }
    QVERIFY(expected.size() > 100);
    QStringList actual;
    for (const Diagnostic &d : DiagnosticParser::parse(joined)) {
        // Named after the output it falls in, so a difference says which one leaked.
        const auto file = std::upper_bound(starts.begin(), starts.end(), d.offset) - 1;
        actual.append(cases.at(file - starts.begin()) + QLatin1Char(' ') + describe(d, joined));
    }
    QCOMPARE(actual, expected);
}

// A megabyte of stderr: every golden output over and over, between noise and lines built to make
// a backtracking parser crawl. Not a timing test; a quadratic parser would not finish.
void TestDiagnosticParser::megabyteOfMixedOutput()
{
    QString unit;
    for (const QString &name : goldenCases())
        unit += readText(goldenDir().filePath(name + QStringLiteral(".txt")));
    unit += QStringLiteral("12:30:45 ok\n") + QString(2000, QLatin1Char(':')) +
            QStringLiteral("\n") + QStringLiteral("a at b line ").repeated(300) +
            QStringLiteral("\n") + QStringLiteral("main.c:1").repeated(300) +
            QStringLiteral("\n  File \"") + QString(3000, QLatin1Char('"')) + QStringLiteral("\n") +
            QStringLiteral("x(1,").repeated(500) + QStringLiteral("\n\tat (").repeated(200) +
            QStringLiteral("\n");
    const QList<Diagnostic> once = DiagnosticParser::parse(unit);
    QVERIFY(!once.isEmpty());
    const int copies = int(1'000'000 / unit.size()) + 1;
    const QString text = unit.repeated(copies);
    QVERIFY(text.size() >= 1'000'000);

    QElapsedTimer timer;
    timer.start();
    const QList<Diagnostic> all = DiagnosticParser::parse(text);
    qInfo("%lld characters, %lld diagnostics in %lld ms", qlonglong(text.size()),
          qlonglong(all.size()), qlonglong(timer.elapsed()));

    QCOMPARE(all.size(), once.size() * copies);
    QCOMPARE(all.mid(all.size() - once.size()), shifted(once, unit.size() * (copies - 1)));
}

QTEST_GUILESS_MAIN(TestDiagnosticParser)
#include "tst_DiagnosticParser.moc"
