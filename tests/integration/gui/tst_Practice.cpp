#include "CaseDiffView.h"
#include "CodeEditor.h"
#include "CompanionController.h"
#include "ConsoleView.h"
#include "DiagnosticMarks.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "Panel.h"
#include "PrivateSettings.h"
#include "ProblemFile.h"
#include "ProgramEditor.h"
#include "RunAllController.h"
#include "RunController.h"
#include "RunStatusLine.h"
#include "StressTestDialog.h"
#include "TestCaseModel.h"
#include "TestsPanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {
// The first run waits for the helper to start and probe every toolchain, then a compile.
constexpr int RunTimeoutMs = 120000;

const char *const SumSolution = R"(#include <iostream>
int main()
{
    long long a, b;
    std::cin >> a >> b;
    std::cout << a + b << "\n";
}
)";

// Right on 1 2, wrong on 5 7, endless on 0 0, crashes on 9 9.
const char *const MixedSolution = R"(#include <cstdlib>
#include <iostream>
int main()
{
    long long a, b;
    std::cin >> a >> b;
    if (a == 5)
        b += 1;
    if (a == 0)
        for (volatile unsigned long i = 0;; ++i) {
        }
    if (a == 9)
        std::abort();
    std::cout << a + b << "\n";
}
)";

QJsonObject companionPayload(const QString &name, const QString &url, const QJsonObject &batch)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("group"), QStringLiteral("Codeforces - Practice Round")},
        {QStringLiteral("url"), url},
        {QStringLiteral("interactive"), false},
        {QStringLiteral("memoryLimit"), 64},
        {QStringLiteral("timeLimit"), 1500},
        {QStringLiteral("tests"),
         QJsonArray{QJsonObject{{QStringLiteral("input"), QStringLiteral("1 2\n")},
                                {QStringLiteral("output"), QStringLiteral("3\n")}},
                    QJsonObject{{QStringLiteral("input"), QStringLiteral("5 7\n")},
                                {QStringLiteral("output"), QStringLiteral("12\n")}}}},
        {QStringLiteral("testType"), QStringLiteral("single")},
        {QStringLiteral("input"), QJsonObject{{QStringLiteral("type"), QStringLiteral("stdin")}}},
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("type"), QStringLiteral("stdout")}}},
        {QStringLiteral("languages"),
         QJsonObject{{QStringLiteral("java"),
                      QJsonObject{{QStringLiteral("mainClass"), QStringLiteral("Main")},
                                  {QStringLiteral("taskClass"), QStringLiteral("Task")}}}}},
        {QStringLiteral("batch"), batch},
    };
}
} // namespace

// The practice loop in the real window with the real helper: Run all and its verdicts, the diff
// of a case, problem files, Competitive Companion over real HTTP, stress testing.
class TestPractice : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runAllJudgesEveryCase();
    void mixedVerdictsAndTheFirstDifference();
    void compileErrorGivesCeOnEveryCase();
    void problemIsSavedBesideTheCodeAndRestored();
    void brokenProblemFileIsSaidAndKept();
    void competitiveCompanionOpensATab();
    void competitiveCompanionBatchOpensEveryProblem();
    void badCompanionPayloadChangesNothing();
    void stressTestAddsTheCounterexample();

private:
    void createWindow();
    void closeWindow();
    void useCpp(const QString &code);
    void addCases(const QList<std::pair<QString, QString>> &cases);
    // Ctrl+Shift+Enter in the editor, then waits for the verdicts.
    void runAllFromTheEditor();
    // POSTs to the window's listener; the HTTP status.
    int post(const QByteArray &body);
    QString cell(int row, int column) const;

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestPractice::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_practice"));
    // Any free port: a RunPad of this machine may be on the default one.
    QSettings().setValue(QStringLiteral("competitiveCompanion/port"), 0);
    QSettings().setValue(QStringLiteral("competitiveCompanion/language"), QStringLiteral("cpp"));
    m_backend = std::make_unique<LocalSandboxBackend>();
    m_backend->setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    m_backend->setSocketPath(m_dir.filePath(QStringLiteral("sandbox.sock")));
}

void TestPractice::init()
{
    createWindow();
}

void TestPractice::cleanup()
{
    closeWindow();
}

void TestPractice::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPractice::closeWindow()
{
    if (!m_window)
        return;
    for (DocumentController *document : m_window->tabs()->documents())
        document->setModified(false); // no "save changes?" prompt in a test
    m_window->close();
    m_window.reset();
}

void TestPractice::useCpp(const QString &code)
{
    m_window->document()->setLanguage(LanguageCatalog::instance().byName(QStringLiteral("cpp")));
    m_window->editor()->setText(code);
}

void TestPractice::addCases(const QList<std::pair<QString, QString>> &cases)
{
    for (const auto &[input, expected] : cases)
        m_window->document()->tests()->addCase({QString(), input, expected});
}

void TestPractice::runAllFromTheEditor()
{
    QSignalSpy finished(m_window->runAllController(), &RunAllController::finished);
    m_window->editor()->setFocus();
    QTest::keyClick(m_window->editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->runAllController()->isRunning());
    QCOMPARE(m_window->inputPanel()->currentPage(), m_window->testsPanel());
    QVERIFY(finished.wait(RunTimeoutMs));
}

QString TestPractice::cell(int row, int column) const
{
    return m_window->testsPanel()->view()->model()->index(row, column).data().toString();
}

int TestPractice::post(const QByteArray &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_window->companion()->listeningPort())));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestPractice::runAllJudgesEveryCase()
{
    useCpp(QString::fromUtf8(SumSolution));
    addCases({{QStringLiteral("1 2\n"), QStringLiteral("3\n")},
              {QStringLiteral("5 7\n"), QStringLiteral("12\n")},
              {QStringLiteral("-3 3\n"), QStringLiteral("0\n")}});
    runAllFromTheEditor();
    TestCaseModel *tests = m_window->document()->tests();
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(tests->outcome(row).verdict, Verdict::Accepted);
        QCOMPARE(cell(row, TestCaseModel::VerdictColumn), QStringLiteral("AC"));
        QVERIFY(cell(row, TestCaseModel::TimeColumn).endsWith(QLatin1String(" ms")));
        QVERIFY(!cell(row, TestCaseModel::MemoryColumn).isEmpty());
    }
    QVERIFY2(m_window->testsPanel()->summaryLabel()->text().contains(QLatin1String("3/3 passed")),
             qPrintable(m_window->testsPanel()->summaryLabel()->text()));
    QCOMPARE(m_window->inputPanel()->pageTitle(m_window->testsPanel()),
             QStringLiteral("Tests 3/3"));
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("3/3"));
}

void TestPractice::mixedVerdictsAndTheFirstDifference()
{
    useCpp(QString::fromUtf8(MixedSolution));
    TestCaseModel *tests = m_window->document()->tests();
    Problem limits = tests->problem();
    limits.timeLimitMs = 1000;
    tests->setDetails(limits);
    addCases({{QStringLiteral("1 2\n"), QStringLiteral("3\n")},
              {QStringLiteral("5 7\n"), QStringLiteral("12\n")},
              {QStringLiteral("0 0\n"), QStringLiteral("0\n")},
              {QStringLiteral("9 9\n"), QStringLiteral("18\n")}});
    runAllFromTheEditor();
    QCOMPARE(tests->outcome(0).verdict, Verdict::Accepted);
    QCOMPARE(tests->outcome(1).verdict, Verdict::WrongAnswer);
    QCOMPARE(tests->outcome(2).verdict, Verdict::TimeLimit);
    QCOMPARE(tests->outcome(3).verdict, Verdict::RuntimeError);
    QCOMPARE(cell(2, TestCaseModel::TimeColumn), QStringLiteral("> 1000 ms"));
    QVERIFY(m_window->testsPanel()->summaryLabel()->text().contains(QLatin1String("1/4 passed")));
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("1/4"));

    // The first case that failed is shown: expected and actual side by side, the difference
    // marked where "12" and "13" part.
    QCOMPARE(m_window->testsPanel()->currentRow(), 1);
    CaseDiffView *diff = m_window->diffView();
    QCOMPARE(m_window->outputPanel()->currentPage(), diff);
    QCOMPARE(m_window->outputPanel()->pageTitle(diff), QStringLiteral("Test 2"));
    QCOMPARE(diff->inputEdit()->toPlainText(), QStringLiteral("5 7\n"));
    QCOMPARE(diff->expectedEdit()->toPlainText(), QStringLiteral("12\n"));
    QCOMPARE(diff->actualEdit()->toPlainText(), QStringLiteral("13\n"));
    QCOMPARE(diff->difference().line, 0);
    QCOMPARE(diff->difference().column, 1);
    QCOMPARE(diff->actualEdit()->extraSelections().size(), 2);
    QVERIFY2(diff->messageLabel()->text().contains(QLatin1String("12")),
             qPrintable(diff->messageLabel()->text()));

    // Clicking another case shows it.
    QTreeView *view = m_window->testsPanel()->view();
    view->scrollTo(view->model()->index(3, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                      view->visualRect(view->model()->index(3, 0)).center());
    QCOMPARE(m_window->outputPanel()->pageTitle(diff), QStringLiteral("Test 4"));
    QCOMPARE(diff->badge()->text(), QStringLiteral("RE"));

    // Run (F5) brings the console back.
    QTest::keyClick(m_window->editor(), Qt::Key_F5);
    QVERIFY(m_window->outputPanel()->currentPage() != diff);
    m_window->runController()->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->runController()->isRunning(), RunTimeoutMs);
}

void TestPractice::compileErrorGivesCeOnEveryCase()
{
    useCpp(QStringLiteral("int main()\n{\n    return missing;\n}\n"));
    addCases({{QStringLiteral("1\n"), QStringLiteral("1\n")},
              {QStringLiteral("2\n"), QStringLiteral("2\n")}});
    runAllFromTheEditor();
    TestCaseModel *tests = m_window->document()->tests();
    QCOMPARE(tests->outcome(0).verdict, Verdict::CompileError);
    QCOMPARE(tests->outcome(1).verdict, Verdict::CompileError);
    QCOMPARE(m_window->statusLine()->status(), QStringLiteral("CE"));
    // The compiler's messages are in the console, and the line is marked in the editor.
    QVERIFY(m_window->outputPanel()->currentPage() != m_window->diffView());
    QTRY_VERIFY(m_window->console()->toPlainText().contains(QLatin1String("missing")));
    QTRY_COMPARE(m_window->document()->diagnosticMarks()->markedLines(Diagnostic::Severity::Error),
                 QList<int>{2});
}

void TestPractice::problemIsSavedBesideTheCodeAndRestored()
{
    useCpp(QString::fromUtf8(SumSolution));
    QVERIFY(!m_window->isWindowModified() || m_window->document()->editor()->isModified());
    m_window->document()->editor()->setModified(false);
    addCases({{QStringLiteral("1 2\n"), QStringLiteral("3\n")},
              {QStringLiteral("10 20\n"), QStringLiteral("30\n")}});
    Problem details = m_window->document()->tests()->problem();
    details.timeLimitMs = 1234;
    details.checker.kind = CheckerSpec::Kind::Tokens;
    details.url = QStringLiteral("https://example.org/sum");
    m_window->document()->tests()->setDetails(details);
    QVERIFY(m_window->isWindowModified()); // the tests alone are unsaved work
    QVERIFY(m_window->tabs()->tabText(0).endsWith(QStringLiteral(" ●")));

    const QString path = m_dir.filePath(QStringLiteral("sum.cpp"));
    QVERIFY(m_window->document()->saveFile(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(QFile::exists(path + QStringLiteral(".runpad.json")));
    const Problem saved = m_window->document()->tests()->problem();

    closeWindow();
    createWindow();
    QVERIFY(m_window->tabs()->openFile(path));
    TestCaseModel *tests = m_window->document()->tests();
    QCOMPARE(tests->problem(), saved);
    QCOMPARE(tests->rowCount(), 2);
    QCOMPARE(m_window->testsPanel()->model(), tests);
    QCOMPARE(cell(1, TestCaseModel::InputColumn), QStringLiteral("10 20"));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->testsPanel()->problemLabel()->text().contains(QLatin1String("1234 ms")));

    // A file without tests gets no problem file.
    const QString plain = m_dir.filePath(QStringLiteral("plain.py"));
    QTest::keyClick(m_window->editor(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document()->saveFile(plain));
    QVERIFY(!QFile::exists(plain + QStringLiteral(".runpad.json")));
}

void TestPractice::brokenProblemFileIsSaidAndKept()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.py"));
    QFile code(path);
    QVERIFY(code.open(QIODevice::WriteOnly));
    code.write("print(1)\n");
    code.close();
    QFile sidecar(ProblemFile::pathFor(path));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("{\"version\": 1, \"tests\": [ {\"input\": ");
    sidecar.close();

    QVERIFY(m_window->tabs()->openFile(path));
    QCOMPARE(m_window->document()->tests()->rowCount(), 0);
    const QString notice = m_window->testsPanel()->summaryLabel()->text();
    QVERIFY2(notice.contains(QLatin1String("broken.py.runpad.json could not be read")),
             qPrintable(notice));
    m_window->editor()->append(QStringLiteral("print(2)\n"));
    QVERIFY(m_window->document()->saveFile(path));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(sidecar.readAll(), QByteArray("{\"version\": 1, \"tests\": [ {\"input\": "));
}

void TestPractice::competitiveCompanionOpensATab()
{
    QVERIFY(m_window->companion()->isListening());
    const int tabs = m_window->tabs()->count();
    const QJsonObject payload = companionPayload(
        QStringLiteral("A. Sum & Carry"),
        QStringLiteral("https://codeforces.com/contest/1/problem/A"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("b-1")}, {QStringLiteral("size"), 1}});
    QCOMPARE(post(QJsonDocument(payload).toJson()), 200);
    QTRY_COMPARE(m_window->tabs()->count(), tabs); // it took the untouched new tab's place
    DocumentController *document = m_window->document();
    TestCaseModel *tests = document->tests();
    QCOMPARE(tests->rowCount(), 2);
    QCOMPARE(tests->testCase(1).input, QStringLiteral("5 7\n"));
    QCOMPARE(tests->testCase(1).expected, QStringLiteral("12\n"));
    QCOMPARE(tests->problem().timeLimitMs, 1500);
    QCOMPARE(tests->problem().memoryLimitBytes, 64ll << 20);
    QCOMPARE(document->language()->id, QStringLiteral("cpp"));
    const QString text = m_window->editor()->text();
    QVERIFY2(text.startsWith(QLatin1String("// Problem: A. Sum & Carry\n"
                                           "// Contest: Codeforces - Practice Round\n"
                                           "// URL: https://codeforces.com/contest/1/problem/A\n")),
             qPrintable(text));
    QVERIFY(text.contains(LanguageCatalog::instance().byName(QStringLiteral("cpp"))->templateText));
    QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()),
             QStringLiteral("A. Sum && Carry ●"));
    QCOMPARE(m_window->inputPanel()->currentPage(), m_window->testsPanel());
    QVERIFY(document->isModified());

    // The template's own program runs on the samples: the loop is ready.
    runAllFromTheEditor();
    QCOMPARE(tests->judgedCount(), 2);

    // Sent again, the same problem shows its tab rather than a second one.
    QTest::keyClick(m_window->editor(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(m_window->document() != document);
    QCOMPARE(post(QJsonDocument(payload).toJson()), 200);
    QTRY_COMPARE(m_window->document(), document);
}

void TestPractice::competitiveCompanionBatchOpensEveryProblem()
{
    const int tabs = m_window->tabs()->count();
    const QJsonObject batch{{QStringLiteral("id"), QStringLiteral("contest-7")},
                            {QStringLiteral("size"), 3}};
    for (const char *letter : {"A", "B", "C"}) {
        const QString name = QStringLiteral("%1. Task").arg(QLatin1String(letter));
        const QString url = QStringLiteral("https://example.org/7/%1").arg(QLatin1String(letter));
        QCOMPARE(post(QJsonDocument(companionPayload(name, url, batch)).toJson()), 200);
    }
    QTRY_COMPARE(m_window->tabs()->count(), tabs + 2); // the first took the untouched tab
    QStringList names;
    for (DocumentController *document : m_window->tabs()->documents())
        names << document->title();
    QVERIFY2(names.contains(QStringLiteral("A. Task")) &&
                 names.contains(QStringLiteral("B. Task")) &&
                 names.contains(QStringLiteral("C. Task")),
             qPrintable(names.join(QLatin1Char(','))));
}

void TestPractice::badCompanionPayloadChangesNothing()
{
    const int tabs = m_window->tabs()->count();
    const QString text = m_window->editor()->text();
    QCOMPARE(post("{not json"), 400);
    QJsonObject noTests = companionPayload(QStringLiteral("X"), QString(), QJsonObject());
    noTests.remove(QStringLiteral("tests"));
    QCOMPARE(post(QJsonDocument(noTests).toJson()), 400);
    QTest::qWait(200);
    QCOMPARE(m_window->tabs()->count(), tabs);
    QCOMPARE(m_window->editor()->text(), text);
    QCOMPARE(m_window->document()->tests()->rowCount(), 0);
}

void TestPractice::stressTestAddsTheCounterexample()
{
    // The planted bug: with three numbers the solution prints the first, not the largest.
    m_window->document()->setLanguage(LanguageCatalog::instance().byName(QStringLiteral("python")));
    m_window->editor()->setText(
        QStringLiteral("n = int(input())\na = list(map(int, input().split()))\n"
                       "print(a[0] if n == 3 else max(a))\n"));
    StressTestDialog *dialog = m_window->openStressTest();
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_window->openStressTest(), dialog); // one per document
    QVERIFY(dialog->generator()->code().contains(QLatin1String("sys.argv[1]")));
    dialog->brute()->setLanguage(QStringLiteral("python"));
    dialog->brute()->setCode(QStringLiteral("input()\nprint(max(map(int, input().split())))\n"));
    dialog->testsBox()->setValue(300);
    dialog->secondsBox()->setValue(120);
    QSignalSpy added(dialog, &StressTestDialog::counterexampleAdded);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->startButton()->isEnabled());
    QVERIFY2(added.wait(RunTimeoutMs), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!dialog->isRunning());

    TestCaseModel *tests = m_window->document()->tests();
    QCOMPARE(tests->rowCount(), 1);
    const TestCase found = tests->testCase(0);
    QVERIFY2(found.input.startsWith(QLatin1String("3\n")), qPrintable(found.input));
    const QStringList numbers = found.input.split(QLatin1Char('\n')).at(1).split(QLatin1Char(' '));
    int largest = 0;
    for (const QString &number : numbers)
        largest = qMax(largest, number.toInt());
    QCOMPARE(found.expected.trimmed(), QString::number(largest));
    QCOMPARE(tests->outcome(0).verdict, Verdict::WrongAnswer);
    QCOMPARE(m_window->testsPanel()->currentRow(), 0);
    QCOMPARE(m_window->outputPanel()->currentPage(), m_window->diffView());
    QCOMPARE(m_window->diffView()->expectedEdit()->toPlainText().trimmed(),
             QString::number(largest));
    QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("test case 1")));
    dialog->close();
}

QTEST_MAIN(TestPractice)
#include "tst_Practice.moc"
