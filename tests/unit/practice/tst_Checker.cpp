// The built-in checkers and firstDifference: golden cases, whitespace, CRLF, final newlines,
// float tolerance edges, and outputs of megabytes.

#include "Checker.h"
#include "CustomChecker.h"

#include <QElapsedTimer>
#include <QTest>

namespace {

CheckerSpec spec(CheckerSpec::Kind kind)
{
    CheckerSpec s;
    s.kind = kind;
    return s;
}

CheckerSpec floats(double absolute, double relative)
{
    CheckerSpec s = spec(CheckerSpec::Kind::Float);
    s.absoluteTolerance = absolute;
    s.relativeTolerance = relative;
    return s;
}

} // namespace

Q_DECLARE_METATYPE(CheckerSpec)

class tst_Checker : public QObject {
    Q_OBJECT

private slots:
    void golden_data()
    {
        QTest::addColumn<CheckerSpec>("checker");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message"); // the whole message when rejected

        const CheckerSpec exact = spec(CheckerSpec::Kind::Exact);
        const CheckerSpec lines = spec(CheckerSpec::Kind::IgnoreTrailingWhitespace);
        const CheckerSpec tokens = spec(CheckerSpec::Kind::Tokens);
        const CheckerSpec defaultChecker;
        QCOMPARE(defaultChecker.kind, CheckerSpec::Kind::IgnoreTrailingWhitespace);

        // Exact: every byte counts, except that CRLF is LF.
        QTest::newRow("exact same") << exact << "1 2\n3\n"
                                    << "1 2\n3\n"
                                    << true << "";
        QTest::newRow("exact crlf") << exact << "1 2\r\n3\r\n"
                                    << "1 2\n3\n"
                                    << true << "";
        QTest::newRow("exact crlf in expected") << exact << "5\n"
                                                << "5\r\n"
                                                << true << "";
        QTest::newRow("exact trailing space") << exact << "1 2 \n"
                                              << "1 2\n"
                                              << false << "line 1: expected `1 2`, found `1 2 `";
        QTest::newRow("exact missing final newline")
            << exact << "1\n2"
            << "1\n2\n"
            << false << "line 2: expected a line break at its end, found the end of the output";
        QTest::newRow("exact extra final newline")
            << exact << "1\n2\n\n"
            << "1\n2\n"
            << false << "line 3: expected the end of the output, found a line break";
        QTest::newRow("exact wrong line") << exact << "1\n2\n4\n"
                                          << "1\n2\n5\n"
                                          << false << "line 3: expected `5`, found `4`";

        // Lines (the default): trailing whitespace per line and trailing blank lines do not count.
        QTest::newRow("lines same") << lines << "1 2\n3\n"
                                    << "1 2\n3\n"
                                    << true << "";
        QTest::newRow("lines trailing spaces and tabs") << lines << "1 2  \t\n3 \n"
                                                        << "1 2\n3\n"
                                                        << true << "";
        QTest::newRow("lines missing final newline") << lines << "1 2\n3"
                                                     << "1 2\n3\n"
                                                     << true << "";
        QTest::newRow("lines trailing blank lines") << lines << "1 2\n3\n\n\n  \n"
                                                    << "1 2\n3\n"
                                                    << true << "";
        QTest::newRow("lines crlf") << lines << "1 2\r\n3\r\n"
                                    << "1 2\n3" << true << "";
        QTest::newRow("lines empty both") << lines << ""
                                          << "\n"
                                          << true << "";
        QTest::newRow("lines leading space counts") << lines << " 5\n"
                                                    << "5\n"
                                                    << false << "line 1: expected `5`, found ` 5`";
        QTest::newRow("lines inner space counts")
            << lines << "1  2\n"
            << "1 2\n"
            << false << "line 1: expected `1 2`, found `1  2`";
        QTest::newRow("lines blank line in the middle counts")
            << lines << "1\n\n2\n"
            << "1\n2\n"
            << false << "line 2: expected `2`, found ``";
        QTest::newRow("lines wrong third line") << lines << "1\n2\n4\n"
                                                << "1\n2\n5\n"
                                                << false << "line 3: expected `5`, found `4`";
        QTest::newRow("lines output too short")
            << lines << "1\n2\n"
            << "1\n2\n3\n"
            << false << "line 3: expected `3`, found the end of the output";
        QTest::newRow("lines output too long")
            << lines << "1\n2\n3\n"
            << "1\n2\n"
            << false << "line 3: expected the end of the output, found `3`";
        QTest::newRow("lines empty output")
            << lines << ""
            << "42\n"
            << false << "line 1: expected `42`, found the end of the output";
        QTest::newRow("lines tab shown") << lines << "a\tb\n"
                                         << "a b\n"
                                         << false << "line 1: expected `a b`, found `a\\tb`";

        // Tokens: any whitespace between tokens.
        QTest::newRow("tokens layout free") << tokens << "1\n2   3\t\n\n4"
                                            << "1 2 3 4\n"
                                            << true << "";
        QTest::newRow("tokens crlf") << tokens << "1\r\n2\r\n"
                                     << "1 2" << true << "";
        QTest::newRow("tokens wrong") << tokens << "1 2\n3 5\n"
                                      << "1 2 3 4\n"
                                      << false << "token 4 (line 2): expected `4`, found `5`";
        QTest::newRow("tokens too few")
            << tokens << "1 2"
            << "1 2 3" << false << "token 3 (line 1): expected `3`, found the end of the output";
        QTest::newRow("tokens too many")
            << tokens << "1 2 3\n\n7"
            << "1 2 3" << false << "token 4 (line 3): expected the end of the output, found `7`";
        QTest::newRow("tokens numbers are text")
            << tokens << "1.0"
            << "1" << false << "token 1 (line 1): expected `1`, found `1.0`";

        // Float: |a-b| <= abs or |a-b| <= rel*|b|, bounds included.
        const CheckerSpec f6 = floats(1e-6, 1e-6);
        QTest::newRow("float equal text") << f6 << "abc 1.5"
                                          << "abc 1.5" << true << "";
        QTest::newRow("float just inside abs") << f6 << "1.000001"
                                               << "1" << true << "";
        QTest::newRow("float just outside abs")
            << f6 << "1.0000011"
            << "1" << false
            << "token 1 (line 1): expected `1`, found `1.0000011` (difference 1.1e-06 is over "
               "the tolerance)";
        QTest::newRow("float negative inside") << f6 << "-0.0000005"
                                               << "0.0000005" << true << "";
        const CheckerSpec relOnly = floats(0, 1e-6);
        QTest::newRow("float just inside rel") << relOnly << "1000001"
                                               << "1000000" << true << "";
        QTest::newRow("float just outside rel")
            << relOnly << "1000001.5"
            << "1000000" << false
            << "token 1 (line 1): expected `1000000`, found `1000001.5` (difference 1.5 is over "
               "the tolerance)";
        QTest::newRow("float rel is of the expected")
            << relOnly << "0.000002"
            << "0.000001" << false
            << "token 1 (line 1): expected `0.000001`, found `0.000002` (difference 1e-06 is "
               "over the tolerance)";
        QTest::newRow("float exponent") << f6 << "1.5e3 2E-7"
                                        << "1500.0000001 0" << true << "";
        QTest::newRow("float plus sign") << f6 << "+2.5"
                                         << "2.5000001" << true << "";
        QTest::newRow("float nan nan") << f6 << "nan"
                                       << "NaN" << true << "";
        QTest::newRow("float nan vs number")
            << f6 << "nan"
            << "1" << false
            << "token 1 (line 1): expected `1`, found `nan` (difference nan is over the tolerance)";
        QTest::newRow("float inf inf") << f6 << "inf -Infinity"
                                       << "INF -inf" << true << "";
        QTest::newRow("float inf sign")
            << f6 << "-inf"
            << "inf" << false
            << "token 1 (line 1): expected `inf`, found `-inf` (difference inf is over the "
               "tolerance)";
        QTest::newRow("float huge vs inf")
            << f6 << "1e308"
            << "inf" << false
            << "token 1 (line 1): expected `inf`, found `1e308` (difference inf is over the "
               "tolerance)";
        QTest::newRow("float not a number: strings must match")
            << f6 << "YES 1.0000001"
            << "yes 1" << false << "token 1 (line 1): expected `yes`, found `YES`";
        QTest::newRow("float hex is not a number")
            << f6 << "0x10"
            << "16" << false << "token 1 (line 1): expected `16`, found `0x10`";
        QTest::newRow("float count")
            << f6 << "1 2"
            << "1 2 3" << false << "token 3 (line 1): expected `3`, found the end of the output";
    }

    void golden()
    {
        QFETCH(CheckerSpec, checker);
        QFETCH(QString, output);
        QFETCH(QString, expected);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        const CheckResult result = check(checker, QString(), output, expected);
        QCOMPARE(result.accepted, accepted);
        if (!accepted)
            QCOMPARE(result.message, message);
        else
            QVERIFY(!result.message.isEmpty()); // says what matched, for the tooltip
    }

    void customIsNotBuiltIn()
    {
        CheckerSpec custom = spec(CheckerSpec::Kind::Custom);
        custom.customSource = QStringLiteral("int main() {}");
        const CheckResult result =
            check(custom, QString(), QStringLiteral("1"), QStringLiteral("1"));
        QVERIFY(!result.accepted);
        QVERIFY(result.message.contains(QLatin1String("custom checker")));
    }

    void longLineIsCutAroundTheDifference()
    {
        QString expected(100000, QLatin1Char('a'));
        QString output = expected;
        output[70000] = QLatin1Char('b');
        const CheckResult result = check(CheckerSpec(), QString(), output, expected);
        QVERIFY(!result.accepted);
        QVERIFY2(result.message.size() < 200, qPrintable(result.message));
        QVERIFY(result.message.startsWith(QStringLiteral("line 1: expected `…aaaa")));
        QVERIFY(result.message.contains(QStringLiteral("found `…aaaa")));
        QVERIFY(result.message.contains(QLatin1Char('b')));
    }

    void hugeOutputs()
    {
        // 10 MB of numbers, one per line, CRLF on one side; then one digit changed near the end.
        QString expected;
        expected.reserve(11 << 20);
        for (int i = 0; expected.size() < 10 * 1000 * 1000; ++i)
            expected += QString::number(i * 7919 % 1000003) + QLatin1Char('\n');
        QString output = expected;
        output.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QElapsedTimer timer;
        timer.start();
        for (auto kind : {CheckerSpec::Kind::Exact, CheckerSpec::Kind::IgnoreTrailingWhitespace,
                          CheckerSpec::Kind::Tokens, CheckerSpec::Kind::Float}) {
            QVERIFY(check(spec(kind), QString(), output, expected).accepted);
        }
        // The first digit of the third line from the end.
        int at = int(expected.size()) - 1;
        for (int i = 0; i < 3; ++i)
            at = int(expected.lastIndexOf(QLatin1Char('\n'), at - 1));
        ++at;
        const int line = int(expected.left(at).count(QLatin1Char('\n')));
        QVERIFY(expected[at].isDigit());
        QString wrong = expected;
        wrong[at] = wrong[at] == QLatin1Char('9') ? QLatin1Char('8') : QLatin1Char('9');
        const CheckResult result = check(CheckerSpec(), QString(), wrong, expected);
        QVERIFY(!result.accepted);
        QVERIFY2(result.message.startsWith(QStringLiteral("line %1: ").arg(line + 1)),
                 qPrintable(result.message));
        const FirstDifference difference = ::firstDifference(expected, wrong);
        QCOMPARE(difference.line, line);
        QCOMPARE(difference.column, 0);
        QVERIFY(difference.column >= 0);
        // Generous: a few passes over 10 MB each; seconds would mean something quadratic.
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        qInfo("five checks and a firstDifference over 10 MB: %lld ms", timer.elapsed());
    }

    void firstDifference_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("same") << "1\n2\n"
                              << "1\n2\n"
                              << -1 << -1;
        QTest::newRow("trailing whitespace and crlf") << "1\n2\n"
                                                      << "1 \r\n2\t\r\n\r\n"
                                                      << -1 << -1;
        QTest::newRow("missing final newline") << "1\n2\n"
                                               << "1\n2" << -1 << -1;
        QTest::newRow("second line, third column") << "a\nxyz 5\n"
                                                   << "a\nxy7 5\n"
                                                   << 1 << 2;
        QTest::newRow("prefix") << "abc\n"
                                << "ab\n"
                                << 0 << 2;
        QTest::newRow("longer actual") << "abc\n"
                                       << "abcd\n"
                                       << 0 << 3;
        QTest::newRow("missing line") << "1\n2\n3\n"
                                      << "1\n2\n"
                                      << 2 << 0;
        QTest::newRow("extra line") << "1\n"
                                    << "1\n2\n"
                                    << 1 << 0;
        QTest::newRow("empty actual") << "5\n"
                                      << "" << 0 << 0;
        QTest::newRow("leading space") << "5\n"
                                       << " 5\n"
                                       << 0 << 0;
    }

    void firstDifference()
    {
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(int, line);
        QFETCH(int, column);
        const FirstDifference difference = ::firstDifference(expected, actual);
        QCOMPARE(difference.line, line);
        QCOMPARE(difference.column, column);
    }

    void specJsonRoundTrip()
    {
        CheckerSpec f = floats(1e-4, 1e-9);
        QCOMPARE(CheckerSpec::fromJson(f.toJson()), f);
        CheckerSpec custom = spec(CheckerSpec::Kind::Custom);
        custom.customSource = QStringLiteral("int main(){}");
        custom.customLanguage = QStringLiteral("c++");
        QCOMPARE(CheckerSpec::fromJson(custom.toJson()), custom);
        QCOMPARE(CheckerSpec::fromJson(QJsonObject()).kind,
                 CheckerSpec::Kind::IgnoreTrailingWhitespace);
    }

    // The language data says which languages compile: of those, only C and C++ can check (the
    // packed files are unpacked by C code); a language that needs no compiling can, by any name.
    void customCheckerLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<bool>("compiledOnce");
        QTest::newRow("c++") << "c++" << true << true;
        QTest::newRow("g++") << "g++" << true << true;
        QTest::newRow("CPP") << "CPP" << true << true;
        QTest::newRow("gcc") << "gcc" << true << true;
        QTest::newRow("python") << "python" << true << false;
        QTest::newRow("py3") << "py3" << true << false;
        QTest::newRow("bash") << "bash" << true << false;
        QTest::newRow("java") << "java" << false << false;
        QTest::newRow("rust") << "rust" << false << false;
        QTest::newRow("typescript") << "typescript" << false << false;
        QTest::newRow("unknown") << "brainfuck" << false << false;
    }

    void customCheckerLanguages()
    {
        QFETCH(QString, language);
        QFETCH(bool, supported);
        QFETCH(bool, compiledOnce);
        QCOMPARE(CustomChecker::supportsLanguage(language), supported);
        QCOMPARE(CustomChecker::compilesOnce(language), compiledOnce);
        CheckerSpec custom = spec(CheckerSpec::Kind::Custom);
        custom.customSource = QStringLiteral("code");
        custom.customLanguage = language;
        QCOMPARE(CustomChecker::problemWith(custom).isEmpty(), supported);
    }

    // One sentence says what is missing, wherever the checker is refused.
    void customCheckerProblems()
    {
        CheckerSpec custom = spec(CheckerSpec::Kind::Custom);
        QCOMPARE(CustomChecker::problemWith(custom),
                 QStringLiteral("Pick the language of the custom checker."));
        custom.customLanguage = QStringLiteral("c++");
        custom.customSource = QStringLiteral(" \n");
        QCOMPARE(CustomChecker::problemWith(custom),
                 QStringLiteral("Write the custom checker's code, or choose a built-in checker."));
        custom.customSource = QStringLiteral("int main() {}");
        custom.customLanguage = QStringLiteral("java");
        QCOMPARE(CustomChecker::problemWith(custom),
                 QStringLiteral("A custom checker cannot be written in Java: of the compiled "
                                "languages only C and C++ can check, so choose one of them or a "
                                "language that needs no compiling, such as Python."));
        custom.customLanguage = QStringLiteral("klingon");
        QCOMPARE(CustomChecker::problemWith(custom),
                 QStringLiteral("The custom checker's language, klingon, is not one RunPad "
                                "knows."));
    }
};

QTEST_GUILESS_MAIN(tst_Checker)
#include "tst_Checker.moc"
