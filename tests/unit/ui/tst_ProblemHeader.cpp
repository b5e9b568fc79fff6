#include "LanguageCatalog.h"
#include "Problem.h"
#include "ProblemHeader.h"

#include <QTest>

// The comment a received problem's code starts with, in each language's own comment syntax.
class TestProblemHeader : public QObject {
    Q_OBJECT
private slots:
    void namesTheProblemInTheLanguagesComments_data();
    void namesTheProblemInTheLanguagesComments();
    void aNameCannotEndTheComment();
    void fileNameFollowsTheProblem();

private:
    static Problem watermelon();
};

Problem TestProblemHeader::watermelon()
{
    Problem problem;
    problem.name = QStringLiteral("A. Watermelon");
    problem.group = QStringLiteral("Codeforces - Beta Round 4");
    problem.url = QStringLiteral("https://codeforces.com/problemset/problem/4/A");
    problem.timeLimitMs = 1000;
    problem.memoryLimitBytes = 64ll << 20;
    return problem;
}

void TestProblemHeader::namesTheProblemInTheLanguagesComments_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("c++") << "cpp"
                         << "// Problem: A. Watermelon";
    QTest::newRow("python") << "python"
                            << "# Problem: A. Watermelon";
    QTest::newRow("lua") << "lua"
                         << "-- Problem: A. Watermelon";
    // Fixed-form COBOL reads nothing before column 8: the comment is indented as the template.
    QTest::newRow("cobol") << "cobol"
                           << "       *> Problem: A. Watermelon";
}

void TestProblemHeader::namesTheProblemInTheLanguagesComments()
{
    QFETCH(QString, language);
    QFETCH(QString, firstLine);
    const LanguageInfo *info = LanguageCatalog::instance().byName(language);
    QVERIFY(info);
    const QString text = ProblemHeader::text(watermelon(), *info);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), firstLine);
    QVERIFY(lines.at(1).endsWith(QLatin1String("Contest: Codeforces - Beta Round 4")));
    QVERIFY(
        lines.at(2).endsWith(QLatin1String("URL: https://codeforces.com/problemset/problem/4/A")));
    QVERIFY(lines.at(3).endsWith(QLatin1String("Limits: 1000 ms, 64 MB")));
    QVERIFY(text.endsWith(QLatin1String("\n\n"))); // a blank line before the template
}

void TestProblemHeader::aNameCannotEndTheComment()
{
    Problem problem = watermelon();
    problem.name = QStringLiteral("Two\nlines */ x");
    LanguageInfo blockOnly;
    blockOnly.blockCommentStart = QStringLiteral("/*");
    blockOnly.blockCommentEnd = QStringLiteral("*/");
    const QString text = ProblemHeader::text(problem, blockOnly);
    QVERIFY(text.startsWith(QLatin1String("/*\nProblem: Two lines * / x\n")));
    QCOMPARE(text.count(QLatin1String("*/")), 1);
    QVERIFY(text.endsWith(QLatin1String("*/\n\n")));

    const LanguageInfo *python = LanguageCatalog::instance().byName(QStringLiteral("python"));
    QVERIFY(
        ProblemHeader::text(problem, *python).startsWith(QLatin1String("# Problem: Two lines")));
    QVERIFY(ProblemHeader::text(problem, LanguageInfo()).isEmpty()); // no comments, no header
}

void TestProblemHeader::fileNameFollowsTheProblem()
{
    const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("cpp"));
    QCOMPARE(ProblemHeader::fileName(watermelon(), cpp), QStringLiteral("A_Watermelon.cpp"));
    Problem problem;
    problem.name = QStringLiteral("../../etc/passwd");
    QCOMPARE(ProblemHeader::fileName(problem, cpp), QStringLiteral("etc_passwd.cpp"));
    problem.name = QStringLiteral("?!");
    QVERIFY(ProblemHeader::fileName(problem, cpp).isEmpty());
}

QTEST_MAIN(TestProblemHeader)
#include "tst_ProblemHeader.moc"
