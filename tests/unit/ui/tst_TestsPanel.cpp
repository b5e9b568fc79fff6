#include "LanguageCatalog.h"
#include "LanguagePicker.h"
#include "ProblemDialog.h"
#include "ProgramEditor.h"
#include "TestCaseDialog.h"
#include "TestCaseModel.h"
#include "TestFolder.h"
#include "TestsPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <memory>

// The tests panel as a person drives it: the real widgets, dialogs and files.
class TestTestsPanel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addsACaseThroughItsDialog();
    void cancelAddsNothing();
    void editsTheSelectedCase();
    void editForgetsTheOldVerdict();
    void duplicatesAfterTheCase();
    void removesAndUndoes();
    void keysEditAndRemove();
    void importsPairsInNaturalOrder();
    void importSaysWhatItFound();
    void importOfAnEmptyFolderSaysWhatIsNeeded();
    void exportWritesFilesThatImportBack();
    void exportAsksBeforeReplacing();
    void summaryCountsVerdicts();
    void verdictColumnShowsTheCode();
    void problemDialogSetsLimitsAndChecker();
    void problemDialogRefusesABadTolerance();
    void runningFreezesEdits();
    void customCheckerOffersOnlyLanguagesThatCanCheck();
    void aProblemWithFilesSaysRunAllUsesStdin();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    TestCaseModel *model() const { return m_model.get(); }
    static void answerNextQuestion(QMessageBox::StandardButton button, QString *question);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCaseModel> m_model;
    std::unique_ptr<TestsPanel> m_panel;
};

void TestTestsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_model = std::make_unique<TestCaseModel>();
    m_panel = std::make_unique<TestsPanel>();
    m_panel->setModel(m_model.get());
    m_panel->resize(520, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestTestsPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
    m_dir.reset();
}

QString TestTestsPanel::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(content);
    return path;
}

void TestTestsPanel::answerNextQuestion(QMessageBox::StandardButton button, QString *question)
{
    QTimer::singleShot(0, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (question)
            *question = box->text();
        box->button(button)->click();
    });
}

void TestTestsPanel::addsACaseThroughItsDialog()
{
    QSignalSpy edited(model(), &TestCaseModel::edited);
    const QPointer<TestCaseDialog> dialog = m_panel->addCase();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QLatin1String("1")));
    QTest::keyClicks(dialog->inputEdit(), QStringLiteral("3 4"));
    QTest::keyClick(dialog->inputEdit(), Qt::Key_Return);
    QTest::keyClicks(dialog->expectedEdit(), QStringLiteral("7"));
    dialog->accept();
    QTRY_VERIFY(dialog.isNull()); // deleted on close
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->testCase(0).input, QStringLiteral("3 4\n"));
    QCOMPARE(model()->testCase(0).expected, QStringLiteral("7"));
    QVERIFY(!model()->testCase(0).id.isEmpty());
    QCOMPARE(edited.size(), 1);
    QCOMPARE(m_panel->currentRow(), 0); // the new case is selected
    QCOMPARE(m_panel->view()->model()->index(0, TestCaseModel::InputColumn).data().toString(),
             QStringLiteral("3 4"));
}

void TestTestsPanel::cancelAddsNothing()
{
    const QPointer<TestCaseDialog> dialog = m_panel->addCase();
    QTest::keyClicks(dialog->inputEdit(), QStringLiteral("1"));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(model()->rowCount(), 0);
}

void TestTestsPanel::editsTheSelectedCase()
{
    model()->addCase({QString(), QStringLiteral("1 2\n"), QStringLiteral("3\n")});
    model()->addCase({QString(), QStringLiteral("5 5\n"), QStringLiteral("10\n")});
    const QString id = model()->testCase(1).id;
    const QPointer<TestCaseDialog> dialog = m_panel->editCase(1);
    QVERIFY(dialog);
    QCOMPARE(dialog->input(), QStringLiteral("5 5\n"));
    QCOMPARE(dialog->expected(), QStringLiteral("10\n"));
    dialog->expectedEdit()->setPlainText(QStringLiteral("11\n"));
    dialog->accept();
    QCOMPARE(model()->testCase(1).expected, QStringLiteral("11\n"));
    QCOMPARE(model()->testCase(1).id, id); // the same case, edited
    QCOMPARE(model()->testCase(0).expected, QStringLiteral("3\n"));
}

void TestTestsPanel::editForgetsTheOldVerdict()
{
    model()->addCase({QString(), QStringLiteral("1\n"), QStringLiteral("1\n")});
    TestOutcome outcome;
    outcome.verdict = Verdict::WrongAnswer;
    model()->setOutcome(model()->testCase(0).id, outcome);
    QCOMPARE(model()->outcome(0).verdict, Verdict::WrongAnswer);
    const QPointer<TestCaseDialog> dialog = m_panel->editCase(0);
    dialog->inputEdit()->setPlainText(QStringLiteral("2\n"));
    dialog->accept();
    QCOMPARE(model()->outcome(0).verdict, Verdict::Pending);
}

void TestTestsPanel::duplicatesAfterTheCase()
{
    model()->addCase({QString(), QStringLiteral("a\n"), QStringLiteral("A\n")});
    model()->addCase({QString(), QStringLiteral("b\n"), QStringLiteral("B\n")});
    m_panel->selectRow(0);
    QAction *duplicate = nullptr;
    for (QAction *action : m_panel->toolBar()->actions()) {
        if (action->text() == QStringLiteral("D&uplicate"))
            duplicate = action;
    }
    QVERIFY(duplicate && duplicate->isEnabled());
    duplicate->trigger();
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(model()->testCase(1).input, QStringLiteral("a\n"));
    QCOMPARE(model()->testCase(1).expected, QStringLiteral("A\n"));
    QVERIFY(model()->testCase(1).id != model()->testCase(0).id);
    QCOMPARE(model()->testCase(2).input, QStringLiteral("b\n"));
    QCOMPARE(m_panel->currentRow(), 1);
    QCOMPARE(model()->index(2, TestCaseModel::NumberColumn).data().toInt(), 3);
}

void TestTestsPanel::removesAndUndoes()
{
    for (const char *input : {"1\n", "2\n", "3\n"})
        model()->addCase({QString(), QString::fromLatin1(input), QString::fromLatin1(input)});
    const TestCase removed = model()->testCase(1);
    m_panel->removeCase(1);
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->testCase(1).input, QStringLiteral("3\n"));
    QVERIFY2(m_panel->summaryLabel()->text().contains(QLatin1String("Removed test 2")),
             qPrintable(m_panel->summaryLabel()->text()));
    QVERIFY(m_panel->summaryLabel()->text().contains(QLatin1String("href=\"undo\"")));

    emit m_panel->summaryLabel()->linkActivated(QStringLiteral("undo"));
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(model()->testCase(1), removed); // back in its place, with its id
    QVERIFY(!m_panel->summaryLabel()->text().contains(QLatin1String("Removed")));
}

void TestTestsPanel::keysEditAndRemove()
{
    model()->addCase({QString(), QStringLiteral("x\n"), QString()});
    model()->addCase({QString(), QStringLiteral("y\n"), QString()});
    m_panel->selectRow(0);
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->testCase(0).input, QStringLiteral("y\n"));

    QTest::keyClick(m_panel->view(), Qt::Key_F2);
    auto *dialog = qobject_cast<TestCaseDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QCOMPARE(dialog->input(), QStringLiteral("y\n"));
    dialog->reject();
}

void TestTestsPanel::importsPairsInNaturalOrder()
{
    writeFile(QStringLiteral("tests/10.in"), "ten\n");
    writeFile(QStringLiteral("tests/10.out"), "TEN\n");
    writeFile(QStringLiteral("tests/2.in"), "two\n");
    writeFile(QStringLiteral("tests/2.ans"), "TWO\n");
    writeFile(QStringLiteral("tests/1.in"), "one\r\n"); // kept as it is; checkers read CRLF as LF
    writeFile(QStringLiteral("tests/1.out"), "ONE\n");
    writeFile(QStringLiteral("tests/1.ans"), "not this one\n"); // .out wins
    writeFile(QStringLiteral("tests/sample.in"), "sample\n");
    writeFile(QStringLiteral("tests/sample.ans"), "SAMPLE\n");
    writeFile(QStringLiteral("tests/notes.txt"), "not a test\n");
    writeFile(QStringLiteral("tests/b02.in"), "b2\n");
    writeFile(QStringLiteral("tests/b10.in"), "b10\n");

    QVERIFY(m_panel->importFolder(m_dir->filePath(QStringLiteral("tests"))));
    const QList<std::pair<QString, QString>> expected = {
        {QStringLiteral("one\r\n"), QStringLiteral("ONE\n")},
        {QStringLiteral("two\n"), QStringLiteral("TWO\n")},
        {QStringLiteral("ten\n"), QStringLiteral("TEN\n")},
        {QStringLiteral("b2\n"), QString()},
        {QStringLiteral("b10\n"), QString()},
        {QStringLiteral("sample\n"), QStringLiteral("SAMPLE\n")},
    };
    QCOMPARE(model()->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(model()->testCase(row).input, expected.at(row).first);
        QCOMPARE(model()->testCase(row).expected, expected.at(row).second);
    }
    QCOMPARE(m_panel->currentRow(), 0);
    QVERIFY2(m_panel->summaryLabel()->text().contains(QLatin1String("Imported 6 test cases")),
             qPrintable(m_panel->summaryLabel()->text()));

    // A second import adds to what is there.
    QVERIFY(m_panel->importFolder(m_dir->filePath(QStringLiteral("tests"))));
    QCOMPARE(model()->rowCount(), 12);
    QCOMPARE(m_panel->currentRow(), 6);
}

void TestTestsPanel::importSaysWhatItFound()
{
    writeFile(QStringLiteral("tests/1.in"), "1\n");
    writeFile(QStringLiteral("tests/1.out"), "1\n");
    writeFile(QStringLiteral("tests/4.in"), "no answer\n");
    writeFile(QStringLiteral("tests/3.out"), "no input\n");
    QVERIFY(m_panel->importFolder(m_dir->filePath(QStringLiteral("tests"))));
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->testCase(1).input, QStringLiteral("no answer\n"));
    QVERIFY(model()->testCase(1).expected.isEmpty());
    const QString summary = m_panel->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("no answer for 4.in")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("no input for 3.out")), qPrintable(summary));
}

void TestTestsPanel::importOfAnEmptyFolderSaysWhatIsNeeded()
{
    QSignalSpy messages(m_panel.get(), &TestsPanel::message);
    QVERIFY(!m_panel->importFolder(m_dir->path()));
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().first().toString().contains(QLatin1String("1.in")),
             qPrintable(messages.first().first().toString()));

    QVERIFY(!m_panel->importFolder(m_dir->filePath(QStringLiteral("missing"))));
    QVERIFY2(messages.last().first().toString().startsWith(QLatin1String("Cannot read")),
             qPrintable(messages.last().first().toString()));
}

void TestTestsPanel::exportWritesFilesThatImportBack()
{
    model()->addCase({QString(), QStringLiteral("1 2\n"), QStringLiteral("3\n")});
    model()->addCase({QString(), QStringLiteral("only input\n"), QString()});
    model()->addCase({QString(), QStringLiteral("é ü\n"), QStringLiteral("ok\n")});
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(m_panel->exportFolder(folder));
    QDir dir(folder);
    QCOMPARE(dir.entryList(QDir::Files),
             (QStringList{QStringLiteral("1.in"), QStringLiteral("1.out"), QStringLiteral("2.in"),
                          QStringLiteral("3.in"), QStringLiteral("3.out")}));
    QFile three(dir.filePath(QStringLiteral("3.in")));
    QVERIFY(three.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(three.readAll()), QStringLiteral("é ü\n"));

    const TestFolder::Import back = TestFolder::read(folder);
    QCOMPARE(back.cases.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(back.cases.at(i).input, model()->testCase(i).input);
        QCOMPARE(back.cases.at(i).expected, model()->testCase(i).expected);
    }
}

void TestTestsPanel::exportAsksBeforeReplacing()
{
    model()->addCase({QString(), QStringLiteral("new\n"), QStringLiteral("NEW\n")});
    const QString old = writeFile(QStringLiteral("out/1.in"), "old\n");
    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    QVERIFY(!m_panel->exportFolder(m_dir->filePath(QStringLiteral("out"))));
    QVERIFY2(question.contains(QLatin1String("1.in")), qPrintable(question));
    QFile file(old);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old\n"));
    file.close();

    answerNextQuestion(QMessageBox::Yes, nullptr);
    QVERIFY(m_panel->exportFolder(m_dir->filePath(QStringLiteral("out"))));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("new\n"));
}

void TestTestsPanel::summaryCountsVerdicts()
{
    QVERIFY(m_panel->summaryLabel()->text().contains(QLatin1String("No test cases yet")));
    for (int i = 0; i < 4; ++i)
        model()->addCase({QString(), QString::number(i), QString::number(i)});
    QVERIFY2(m_panel->summaryLabel()->text().startsWith(QLatin1String("4 test cases")),
             qPrintable(m_panel->summaryLabel()->text()));
    const QList<Verdict> verdicts = {Verdict::Accepted, Verdict::WrongAnswer, Verdict::Accepted};
    for (int i = 0; i < verdicts.size(); ++i) {
        TestOutcome outcome;
        outcome.verdict = verdicts.at(i);
        model()->setOutcome(model()->testCase(i).id, outcome);
    }
    const QString summary = m_panel->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("2/4 passed")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 not run")), qPrintable(summary));
    QCOMPARE(model()->judgedCount(), 3);
    QCOMPARE(model()->acceptedCount(), 2);
}

void TestTestsPanel::verdictColumnShowsTheCode()
{
    model()->addCase({QString(), QStringLiteral("1\n"), QStringLiteral("1\n")});
    model()->setProblem([&] {
        Problem problem = model()->problem();
        problem.timeLimitMs = 1500;
        return problem;
    }());
    TestOutcome outcome;
    outcome.verdict = Verdict::TimeLimit;
    outcome.timeMs = 1600;
    outcome.wallMs = 1700;
    outcome.memoryBytes = 3 * 1024 * 1024;
    outcome.message = QStringLiteral("Time limit exceeded");
    model()->setOutcome(model()->testCase(0).id, outcome);
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return model()->index(0, column).data(role);
    };
    QCOMPARE(cell(TestCaseModel::VerdictColumn).toString(), QStringLiteral("TLE"));
    QCOMPARE(cell(TestCaseModel::VerdictColumn, TestCaseModel::VerdictRole).value<Verdict>(),
             Verdict::TimeLimit);
    QVERIFY(cell(TestCaseModel::VerdictColumn, Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Time limit exceeded")));
    QCOMPARE(cell(TestCaseModel::TimeColumn).toString(), QStringLiteral("> 1500 ms"));
    QVERIFY(cell(TestCaseModel::MemoryColumn).toString().startsWith(QLatin1String("3")));
    // The badge is painted by the delegate: its colour is in the grab of the row.
    const QRect rect = m_panel->view()->visualRect(model()->index(0, TestCaseModel::VerdictColumn));
    const QImage image = m_panel->view()->viewport()->grab(rect).toImage();
    bool orange = false;
    for (int x = 0; x < image.width() && !orange; ++x)
        orange = image.pixelColor(x, image.height() / 2) == QColor(0xb8, 0x5c, 0x00);
    QVERIFY2(orange, "the TLE badge is orange");
}

void TestTestsPanel::problemDialogSetsLimitsAndChecker()
{
    model()->addCase({QString(), QStringLiteral("1\n"), QStringLiteral("1\n")});
    QSignalSpy edited(model(), &TestCaseModel::edited);
    const QPointer<ProblemDialog> dialog = m_panel->editProblem();
    QVERIFY(dialog);
    QCOMPARE(dialog->timeLimitBox()->value(), 3000);
    QCOMPARE(dialog->memoryLimitBox()->value(), 256);
    QVERIFY(!dialog->absoluteToleranceEdit()->isVisibleTo(dialog));
    dialog->timeLimitBox()->setValue(2000);
    dialog->memoryLimitBox()->setValue(64);
    dialog->checkerBox()->setCurrentIndex(
        dialog->checkerBox()->findData(int(CheckerSpec::Kind::Float)));
    QVERIFY(dialog->absoluteToleranceEdit()->isVisibleTo(dialog));
    dialog->absoluteToleranceEdit()->setText(QStringLiteral("1e-4"));
    dialog->relativeToleranceEdit()->setText(QStringLiteral("0.001"));
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    const Problem &problem = model()->problem();
    QCOMPARE(problem.timeLimitMs, 2000);
    QCOMPARE(problem.memoryLimitBytes, 64ll << 20);
    QCOMPARE(problem.checker.kind, CheckerSpec::Kind::Float);
    QCOMPARE(problem.checker.absoluteTolerance, 1e-4);
    QCOMPARE(problem.checker.relativeTolerance, 1e-3);
    QCOMPARE(problem.tests.size(), 1); // the tests stay
    QCOMPARE(edited.size(), 1);
    QVERIFY2(m_panel->problemLabel()->text().contains(QLatin1String("2000 ms")),
             qPrintable(m_panel->problemLabel()->text()));
}

void TestTestsPanel::problemDialogRefusesABadTolerance()
{
    const QPointer<ProblemDialog> dialog = m_panel->editProblem();
    dialog->checkerBox()->setCurrentIndex(
        dialog->checkerBox()->findData(int(CheckerSpec::Kind::Float)));
    dialog->absoluteToleranceEdit()->setText(QString());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisibleTo(dialog));
    QVERIFY2(dialog->errorLabel()->text().contains(QLatin1String("1e-6")),
             qPrintable(dialog->errorLabel()->text()));

    // A custom checker starts from a working example, in C++.
    dialog->checkerBox()->setCurrentIndex(
        dialog->checkerBox()->findData(int(CheckerSpec::Kind::Custom)));
    QVERIFY(dialog->customChecker()->isVisibleTo(dialog));
    QVERIFY(dialog->customChecker()->code().contains(QLatin1String("argv[3]")));
    dialog->reject();
    QCOMPARE(model()->problem().checker.kind, CheckerSpec::Kind::IgnoreTrailingWhitespace);
}

void TestTestsPanel::runningFreezesEdits()
{
    model()->addCase({QString(), QStringLiteral("1\n"), QStringLiteral("1\n")});
    m_panel->selectRow(0);
    m_panel->setRunning(true);
    QVERIFY(!m_panel->addCase());
    QVERIFY(!m_panel->editCase(0));
    m_panel->removeCase(0);
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(m_panel->summaryLabel()->text().startsWith(QLatin1String("Judging")));
    m_panel->setRunning(false);
    QPointer<TestCaseDialog> dialog = m_panel->editCase(0);
    QVERIFY(dialog);
    dialog->reject();
}

// Java would compile the checker's data files as sources: it is not offered.
void TestTestsPanel::customCheckerOffersOnlyLanguagesThatCanCheck()
{
    const QPointer<ProblemDialog> dialog = m_panel->editProblem();
    QComboBox *languages = dialog->customChecker()->languagePicker();
    QStringList offered;
    for (int i = 0; i < languages->count(); ++i)
        offered << languages->itemData(i).toString();
    for (const char *id : {"cpp", "c", "python", "bash"})
        QVERIFY2(offered.contains(QLatin1String(id)), id);
    for (const char *id : {"java", "rust", "go", "typescript", "csharp"})
        QVERIFY2(!offered.contains(QLatin1String(id)), id);
    QCOMPARE(dialog->customChecker()->language()->id, QStringLiteral("cpp"));

    dialog->checkerBox()->setCurrentIndex(
        dialog->checkerBox()->findData(int(CheckerSpec::Kind::Custom)));
    dialog->customChecker()->setCode(QStringLiteral("  "));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorLabel()->text(),
             QStringLiteral("Write the custom checker's code, or choose a built-in checker."));
    dialog->reject();
}

// The judge would give input.txt and read output.txt; the panel says Run all uses the streams.
void TestTestsPanel::aProblemWithFilesSaysRunAllUsesStdin()
{
    QVERIFY(!m_panel->problemLabel()->text().contains(QLatin1String("stdin")));
    Problem problem = model()->problem();
    problem.inputFile = QStringLiteral("input.txt");
    problem.outputFile = QStringLiteral("output.txt");
    model()->setProblem(problem);
    const QString text = m_panel->problemLabel()->text();
    QVERIFY2(text.contains(QLatin1String("reads its input from input.txt and writes its output "
                                         "to output.txt. Run all gives each case on stdin and "
                                         "reads stdout instead")),
             qPrintable(text));
    QVERIFY(m_panel->problemLabel()->wordWrap());
}

QTEST_MAIN(TestTestsPanel)
#include "tst_TestsPanel.moc"
