#include "ConsoleInput.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestConsoleInput : public QObject {
    Q_OBJECT
private slots:
    void enterSendsTheLineAndClearsIt();
    void ctrlDEndsTheInputInsteadOfDeleting();
    void ctrlDWinsOverAWindowShortcut();
    void endButtonEndsTheInput();
    void closedSaysWhyAndSendsNothing();
    void tallEnoughForAFinger();
};

void TestConsoleInput::enterSendsTheLineAndClearsIt()
{
    ConsoleInput input;
    input.show();
    QSignalSpy lines(&input, &ConsoleInput::lineEntered);
    QTest::keyClicks(input.lineEdit(), QStringLiteral("hello world"));
    QTest::keyClick(input.lineEdit(), Qt::Key_Return);
    QTest::keyClick(input.lineEdit(), Qt::Key_Enter); // an empty line is a line too
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).at(0).toString(), QStringLiteral("hello world"));
    QCOMPARE(lines.at(1).at(0).toString(), QString());
    QVERIFY(input.lineEdit()->text().isEmpty());
}

void TestConsoleInput::ctrlDEndsTheInputInsteadOfDeleting()
{
    ConsoleInput input;
    input.show();
    QSignalSpy ends(&input, &ConsoleInput::endOfInput);
    QSignalSpy lines(&input, &ConsoleInput::lineEntered);
    QTest::keyClicks(input.lineEdit(), QStringLiteral("abc"));
    input.lineEdit()->setCursorPosition(0);
    QTest::keyClick(input.lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(ends.size(), 1);
    // QLineEdit's own Ctrl+D deletes the character after the cursor; here it must not.
    QCOMPARE(input.lineEdit()->text(), QStringLiteral("abc"));
    QCOMPARE(lines.size(), 0);
}

void TestConsoleInput::ctrlDWinsOverAWindowShortcut()
{
    QWidget window;
    auto *input = new ConsoleInput(&window);
    auto *shortcut = new QAction(&window);
    shortcut->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));
    window.addAction(shortcut);
    QSignalSpy triggered(shortcut, &QAction::triggered);
    QSignalSpy ends(input, &ConsoleInput::endOfInput);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    input->lineEdit()->setFocus();
    QTest::keyClick(input->lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(ends.size(), 1);
    QCOMPARE(triggered.size(), 0);
}

void TestConsoleInput::endButtonEndsTheInput()
{
    ConsoleInput input;
    input.show();
    QSignalSpy ends(&input, &ConsoleInput::endOfInput);
    QTest::mouseClick(input.endButton(), Qt::LeftButton);
    QCOMPARE(ends.size(), 1);
    input.resize(600, input.height());
    QTRY_COMPARE(input.endButton()->text(), QStringLiteral("End input"));
    input.resize(120, input.height()); // beside a phone-sized console the words shrink
    QTRY_COMPARE(input.endButton()->text(), QStringLiteral("End"));
    QVERIFY(input.endButton()->toolTip().contains(QLatin1String("Ctrl+D")));
}

void TestConsoleInput::closedSaysWhyAndSendsNothing()
{
    ConsoleInput input;
    input.show();
    QVERIFY(input.isOpen());
    const QString openPlaceholder = input.lineEdit()->placeholderText();
    QVERIFY2(openPlaceholder.contains(QLatin1String("Enter")), qPrintable(openPlaceholder));
    // The tooltip has the keys and states the rule: an empty Input box keeps stdin open.
    QVERIFY(input.lineEdit()->toolTip().contains(QLatin1String("Ctrl+D")));
    QVERIFY(input.lineEdit()->toolTip().contains(QLatin1String("Input box")));

    QSignalSpy lines(&input, &ConsoleInput::lineEntered);
    QSignalSpy ends(&input, &ConsoleInput::endOfInput);
    QTest::keyClicks(input.lineEdit(), QStringLiteral("typed"));
    input.setClosed(ConsoleInput::Closed::ByInputBox);
    QVERIFY(!input.isOpen());
    QVERIFY(!input.lineEdit()->isEnabled());
    QVERIFY(!input.endButton()->isEnabled());
    QVERIFY(input.lineEdit()->text().isEmpty());
    QVERIFY2(input.lineEdit()->placeholderText().contains(QLatin1String("Input box")),
             qPrintable(input.lineEdit()->placeholderText()));
    QTest::keyClick(input.lineEdit(), Qt::Key_Return);
    QTest::keyClick(input.lineEdit(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(lines.size(), 0);
    QCOMPARE(ends.size(), 0);

    input.setClosed(ConsoleInput::Closed::ByUser);
    QCOMPARE(input.lineEdit()->placeholderText(), QStringLiteral("Input ended"));
    input.setOpen();
    QVERIFY(input.isOpen());
    QCOMPARE(input.lineEdit()->placeholderText(), openPlaceholder);
}

void TestConsoleInput::tallEnoughForAFinger()
{
    ConsoleInput input;
    input.show();
    const int lineHeight = input.fontMetrics().height();
    QVERIFY2(
        input.lineEdit()->height() >= 2 * lineHeight,
        qPrintable(QStringLiteral("%1 < 2 × %2").arg(input.lineEdit()->height()).arg(lineHeight)));
    QCOMPARE(input.endButton()->height(), input.lineEdit()->height());
}

QTEST_MAIN(TestConsoleInput)
#include "tst_ConsoleInput.moc"
