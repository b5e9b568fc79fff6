#include "CaseDiffView.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>

namespace {
TestOutcome wrongAnswer(const QString &output, const QString &message = QString())
{
    TestOutcome outcome;
    outcome.verdict = Verdict::WrongAnswer;
    outcome.output = output;
    outcome.message = message;
    outcome.timeMs = 12;
    outcome.wallMs = 15;
    outcome.memoryBytes = 3 << 20;
    return outcome;
}

// The marks of an output box: its line's background (full width) and the differing character.
struct Marks {
    int line = -1;
    int characterPosition = -1; // in the line, -1 without a character mark
};

Marks marksOf(const QPlainTextEdit *edit)
{
    Marks marks;
    for (const QTextEdit::ExtraSelection &selection : edit->extraSelections()) {
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool()) {
            marks.line = selection.cursor.blockNumber();
        } else if (selection.cursor.hasSelection()) {
            const int start = selection.cursor.selectionStart();
            if (selection.cursor.selectionEnd() - start != 1)
                return {-2, -2}; // one character, not more
            marks.characterPosition = start - edit->document()->findBlock(start).position();
        }
    }
    return marks;
}
} // namespace

class TestCaseDiffView : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void showsInputExpectedAndActual();
    void marksTheFirstDifferentCharacter();
    void marksAMissingLine();
    void trailingSpaceIsShownWhenItIsTheDifference();
    void crlfIsShownAsLf();
    void acceptedMarksNothing();
    void scrollsTogether();
    void compileErrorShowsTheCompilersMessages();
    void narrowPutsOutputsOneOverTheOther();

private:
    CaseDiffView *m_view = nullptr;
};

void TestCaseDiffView::init()
{
    m_view = new CaseDiffView;
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestCaseDiffView::cleanup()
{
    delete m_view;
}

void TestCaseDiffView::showsInputExpectedAndActual()
{
    m_view->showCase(
        2, {QStringLiteral("id-2"), QStringLiteral("3\n1 2 3\n"), QStringLiteral("6\n")},
        wrongAnswer(QStringLiteral("7\n"), QStringLiteral("line 1: expected `6`, found `7`")),
        CheckerSpec());
    QCOMPARE(m_view->caseId(), QStringLiteral("id-2"));
    QCOMPARE(m_view->title(), QStringLiteral("Test 2"));
    QCOMPARE(m_view->inputEdit()->toPlainText(), QStringLiteral("3\n1 2 3\n"));
    QCOMPARE(m_view->expectedEdit()->toPlainText(), QStringLiteral("6\n"));
    QCOMPARE(m_view->actualEdit()->toPlainText(), QStringLiteral("7\n"));
    QVERIFY(m_view->expectedEdit()->isReadOnly() && m_view->actualEdit()->isReadOnly());
    QCOMPARE(m_view->badge()->text(), QStringLiteral("WA"));
    QCOMPARE(m_view->messageLabel()->text(), QStringLiteral("line 1: expected `6`, found `7`"));
    QVERIFY(m_view->errorEdit()->parentWidget()->isHidden()); // nothing on stderr
    m_view->clear();
    QVERIFY(m_view->caseId().isEmpty());
    QVERIFY(m_view->expectedEdit()->toPlainText().isEmpty());
}

void TestCaseDiffView::marksTheFirstDifferentCharacter()
{
    const QString expected = QStringLiteral("1\n2\nabcdef\n4\n5\n");
    const QString actual = QStringLiteral("1\n2\nabcXef\n4\n9\n");
    m_view->showCase(1, {QStringLiteral("a"), QString(), expected}, wrongAnswer(actual),
                     CheckerSpec());
    QCOMPARE(m_view->difference().line, 2);
    QCOMPARE(m_view->difference().column, 3);
    for (const QPlainTextEdit *edit : {m_view->expectedEdit(), m_view->actualEdit()}) {
        const Marks marks = marksOf(edit);
        QCOMPARE(marks.line, 2);
        QCOMPARE(marks.characterPosition, 3);
    }
    // The difference is not whitespace: spaces are not dotted.
    QVERIFY(!m_view->whitespaceBox()->isChecked());
}

void TestCaseDiffView::marksAMissingLine()
{
    m_view->showCase(1, {QStringLiteral("a"), QString(), QStringLiteral("1\n2\n3\n")},
                     wrongAnswer(QStringLiteral("1\n2\n")), CheckerSpec());
    QCOMPARE(m_view->difference().line, 2);
    QCOMPARE(marksOf(m_view->expectedEdit()).line, 2);
    QCOMPARE(marksOf(m_view->expectedEdit()).characterPosition, 0);
    // The output has no third line; its (empty) last line is marked, with no character.
    QCOMPARE(marksOf(m_view->actualEdit()).characterPosition, -1);
}

void TestCaseDiffView::trailingSpaceIsShownWhenItIsTheDifference()
{
    CheckerSpec exact;
    exact.kind = CheckerSpec::Kind::Exact;
    m_view->showCase(1, {QStringLiteral("a"), QString(), QStringLiteral("5\n")},
                     wrongAnswer(QStringLiteral("5 \n")), exact);
    QCOMPARE(m_view->difference().line, 0);
    QCOMPARE(m_view->difference().column, 1);
    QCOMPARE(marksOf(m_view->actualEdit()).characterPosition, 1);
    QVERIFY(m_view->whitespaceBox()->isChecked());
    const QTextOption option = m_view->actualEdit()->document()->defaultTextOption();
    QVERIFY(option.flags().testFlag(QTextOption::ShowTabsAndSpaces));
    // The trailing space has its own background, whatever the checker.
    const QTextBlock block = m_view->actualEdit()->document()->firstBlock();
    bool marked = false;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        marked |= range.start == 1 && range.length == 1 &&
                  range.format.background().style() != Qt::NoBrush;
    QVERIFY2(marked, "the trailing space is marked");

    m_view->whitespaceBox()->setChecked(false);
    QVERIFY(!m_view->actualEdit()->document()->defaultTextOption().flags().testFlag(
        QTextOption::ShowTabsAndSpaces));
}

void TestCaseDiffView::crlfIsShownAsLf()
{
    m_view->showCase(1, {QStringLiteral("a"), QStringLiteral("1\r\n2\r\n"), QStringLiteral("x\n")},
                     wrongAnswer(QStringLiteral("y\r\n")), CheckerSpec());
    QCOMPARE(m_view->inputEdit()->toPlainText(), QStringLiteral("1\n2\n"));
    QCOMPARE(m_view->actualEdit()->toPlainText(), QStringLiteral("y\n"));
    QCOMPARE(m_view->difference().line, 0);
    QCOMPARE(m_view->difference().column, 0);
}

void TestCaseDiffView::acceptedMarksNothing()
{
    TestOutcome accepted;
    accepted.verdict = Verdict::Accepted;
    accepted.output = QStringLiteral("5 \n");
    m_view->showCase(1, {QStringLiteral("a"), QString(), QStringLiteral("5\n")}, accepted,
                     CheckerSpec());
    QCOMPARE(m_view->difference().line, -1);
    QVERIFY(m_view->actualEdit()->extraSelections().isEmpty());
    QCOMPARE(m_view->badge()->text(), QStringLiteral("AC"));
}

void TestCaseDiffView::scrollsTogether()
{
    QString expected, actual;
    for (int i = 0; i < 500; ++i) {
        expected += QString::number(i) + QLatin1Char('\n');
        actual += QString::number(i == 400 ? -1 : i) + QLatin1Char('\n');
    }
    m_view->showCase(1, {QStringLiteral("a"), QString(), expected}, wrongAnswer(actual),
                     CheckerSpec());
    QCOMPARE(m_view->difference().line, 400);
    // Both were scrolled to the difference, to the same place.
    QScrollBar *left = m_view->expectedEdit()->verticalScrollBar();
    QScrollBar *right = m_view->actualEdit()->verticalScrollBar();
    QVERIFY2(left->value() > 300, qPrintable(QString::number(left->value())));
    QCOMPARE(right->value(), left->value());
    left->setValue(10);
    QCOMPARE(right->value(), 10);
    right->setValue(42);
    QCOMPARE(left->value(), 42);
}

void TestCaseDiffView::compileErrorShowsTheCompilersMessages()
{
    TestOutcome outcome;
    outcome.verdict = Verdict::CompileError;
    outcome.errorOutput = QStringLiteral("main.cpp:1:1: error: 'x' was not declared");
    outcome.message = QStringLiteral("Compilation failed");
    m_view->showCase(3, {QStringLiteral("c"), QStringLiteral("1\n"), QStringLiteral("1\n")},
                     outcome, CheckerSpec());
    QCOMPARE(m_view->badge()->text(), QStringLiteral("CE"));
    QVERIFY(m_view->errorEdit()->isVisible());
    QCOMPARE(m_view->errorEdit()->toPlainText(), outcome.errorOutput);
    QCOMPARE(m_view->difference().line, -1);
}

void TestCaseDiffView::narrowPutsOutputsOneOverTheOther()
{
    m_view->showCase(1, {QStringLiteral("a"), QString(), QStringLiteral("1\n")},
                     wrongAnswer(QStringLiteral("2\n")), CheckerSpec());
    QTRY_VERIFY(m_view->expectedEdit()->mapTo(m_view, QPoint()).y() ==
                m_view->actualEdit()->mapTo(m_view, QPoint()).y());
    m_view->resize(360, 700);
    QTRY_VERIFY(m_view->actualEdit()->mapTo(m_view, QPoint()).y() >
                m_view->expectedEdit()->mapTo(m_view, QPoint()).y());
    QVERIFY(m_view->actualEdit()->width() > 300);
}

QTEST_MAIN(TestCaseDiffView)
#include "tst_CaseDiffView.moc"
