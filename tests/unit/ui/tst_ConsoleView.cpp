#include "ConsoleView.h"

#include <QTest>
#include <QTextBlock>

class TestConsoleView : public QObject {
    Q_OBJECT
private slots:
    void keepsOrderAndColours();
    void noteStartsOnAFreshLine();
    void keepsOnlyTheNewestOutput();
    void dropsABurstBeyondTheLimitBeforeShowingIt();
    void insertsInSlices();
    void clearForgetsEverything();

private:
    static QList<QPair<QString, QColor>> fragments(const ConsoleView &console);
};

QList<QPair<QString, QColor>> TestConsoleView::fragments(const ConsoleView &console)
{
    QList<QPair<QString, QColor>> result;
    for (QTextBlock block = console.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            result.append({it.fragment().text(), it.fragment().charFormat().foreground().color()});
    }
    return result;
}

void TestConsoleView::keepsOrderAndColours()
{
    ConsoleView console;
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("out1 "));
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("out2 "));
    console.append(ConsoleView::Channel::Stderr, QStringLiteral("err"));
    console.append(ConsoleView::Channel::Stdout, QStringLiteral(" out3"));
    QTRY_VERIFY(!console.isFlushing());
    QCOMPARE(console.toPlainText(), QStringLiteral("out1 out2 err out3"));
    const QColor out = console.colorOf(ConsoleView::Channel::Stdout);
    const QColor err = console.colorOf(ConsoleView::Channel::Stderr);
    QVERIFY(out != err);
    const QList<QPair<QString, QColor>> expected = {{QStringLiteral("out1 out2 "), out},
                                                    {QStringLiteral("err"), err},
                                                    {QStringLiteral(" out3"), out}};
    QCOMPARE(fragments(console), expected);
}

void TestConsoleView::noteStartsOnAFreshLine()
{
    ConsoleView console;
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("no newline"));
    console.appendNote(QStringLiteral("note"));
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("line\n"));
    console.appendNote(QStringLiteral("note"));
    QTRY_VERIFY(!console.isFlushing());
    QCOMPARE(console.toPlainText(), QStringLiteral("no newline\nnote\nline\nnote\n"));
}

void TestConsoleView::keepsOnlyTheNewestOutput()
{
    ConsoleView console;
    console.setMaximumCharacters(10000);
    for (int i = 0; i < 1000; ++i) {
        console.append(ConsoleView::Channel::Stdout,
                       QStringLiteral("line %1 ").arg(i, 4, 10, QLatin1Char('0')) +
                           QString(90, QLatin1Char('.')) + QLatin1Char('\n'));
        if (i % 50 == 0)
            QCoreApplication::processEvents(); // some arrives while the console is flushing
    }
    QTRY_VERIFY(!console.isFlushing());
    const QString text = console.toPlainText();
    QVERIFY2(console.document()->characterCount() <= 10000,
             qPrintable(QString::number(text.size())));
    QVERIFY(text.startsWith(QLatin1String("[")));
    QVERIFY(text.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("not kept")));
    QVERIFY(text.endsWith(QStringLiteral("line 0999 ") + QString(90, QLatin1Char('.')) +
                          QLatin1Char('\n')));
    QCOMPARE(text.count(QStringLiteral("not kept")), 1);
}

void TestConsoleView::dropsABurstBeyondTheLimitBeforeShowingIt()
{
    ConsoleView console;
    console.setMaximumCharacters(1000);
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("old\n"));
    QTRY_VERIFY(!console.isFlushing());
    console.append(ConsoleView::Channel::Stdout,
                   QString(5000, QLatin1Char('a')) + QStringLiteral("END"));
    QTRY_VERIFY(!console.isFlushing());
    const QString text = console.toPlainText();
    QVERIFY(!text.contains(QLatin1String("old")));
    QVERIFY(text.endsWith(QLatin1String("aaaEND")));
    QVERIFY(console.document()->characterCount() <= 1000 + 100); // + the note line
}

void TestConsoleView::insertsInSlices()
{
    ConsoleView console;
    console.setMaximumCharacters(4 * 1024 * 1024);
    const QString line = QString(99, QLatin1Char('x')) + QLatin1Char('\n');
    console.append(ConsoleView::Channel::Stdout, line.repeated(30000)); // 3 MB
    QVERIFY(console.isFlushing());
    QTest::qWait(30);
    QVERIFY2(console.isFlushing(), "3 MB should take more than one slice");
    QVERIFY(console.document()->characterCount() > 1);
    QTRY_VERIFY_WITH_TIMEOUT(!console.isFlushing(), 60000);
    QCOMPARE(console.document()->blockCount(), 30001);
}

void TestConsoleView::clearForgetsEverything()
{
    ConsoleView console;
    console.setMaximumCharacters(100);
    console.append(ConsoleView::Channel::Stdout, QString(500, QLatin1Char('a')));
    console.clearConsole();
    QVERIFY(!console.isFlushing());
    QVERIFY(console.toPlainText().isEmpty());
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("fresh"));
    QTRY_COMPARE(console.toPlainText(), QStringLiteral("fresh"));
}

QTEST_MAIN(TestConsoleView)
#include "tst_ConsoleView.moc"
