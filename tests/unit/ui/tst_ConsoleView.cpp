#include "ConsoleView.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

#include <cmath>

class TestConsoleView : public QObject {
    Q_OBJECT
private slots:
    void keepsOrderAndColours();
    void inputHasItsOwnReadableColour_data();
    void inputHasItsOwnReadableColour();
    void noteStartsOnAFreshLine();
    void keepsOnlyTheNewestOutput();
    void dropsABurstBeyondTheLimitBeforeShowingIt();
    void insertsInSlices();
    void clearForgetsEverything();
    void errorLocationsBecomeLinks();
    void linksOnlyTheEndsOfALongOutput();

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

namespace {
// WCAG's contrast ratio: 4.5 is the least for normal text.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
               0.0722 * channel(color.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
} // namespace

void TestConsoleView::inputHasItsOwnReadableColour_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::newRow("light") << QColor(0xff, 0xff, 0xff) << QColor(0x1f, 0x1c, 0x1b);
    QTest::newRow("dark") << QColor(0x23, 0x26, 0x29) << QColor(0xfc, 0xfc, 0xfc);
}

void TestConsoleView::inputHasItsOwnReadableColour()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    ConsoleView console;
    QPalette palette = console.palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    console.setPalette(palette);
    const QColor input = console.colorOf(ConsoleView::Channel::Input);
    for (const auto other :
         {ConsoleView::Channel::Stdout, ConsoleView::Channel::Stderr, ConsoleView::Channel::Note})
        QVERIFY(input != console.colorOf(other));
    QVERIFY2(contrast(input, base) >= 4.5, qPrintable(QString::number(contrast(input, base))));

    console.append(ConsoleView::Channel::Stdout, QStringLiteral("Name? "));
    console.append(ConsoleView::Channel::Input, QStringLiteral("Ada\n"));
    console.append(ConsoleView::Channel::Stdout, QStringLiteral("Hello, Ada\n"));
    QTRY_VERIFY(!console.isFlushing());
    const QList<QPair<QString, QColor>> expected = {{QStringLiteral("Name? "), text},
                                                    {QStringLiteral("Ada"), input},
                                                    {QStringLiteral("Hello, Ada"), text}};
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

void TestConsoleView::errorLocationsBecomeLinks()
{
    ConsoleView console;
    console.resize(800, 300);
    console.show();
    const QString compilerOutput =
        QStringLiteral("main.cpp: In function 'int main()':\n"
                       "main.cpp:3:12: error: 'missing' was not declared in this scope\n"
                       "    3 |     return missing;\n"
                       "      |            ^~~~~~~\n");
    console.appendNote(QStringLiteral("Compiling…"));
    console.append(ConsoleView::Channel::Stderr, compilerOutput);
    console.linkDiagnostics(); // before the output is shown: links come once it is
    QVERIFY(console.isFlushing());
    QTRY_COMPARE(console.diagnostics().size(), 1);
    const Diagnostic diagnostic = console.diagnostics().first();
    QCOMPARE(diagnostic.file, QStringLiteral("main.cpp"));
    QCOMPARE(diagnostic.line, 3);

    // The link covers exactly the location.
    const int start = int(console.toPlainText().indexOf(QLatin1String("main.cpp:3:12")));
    QCOMPARE(int(diagnostic.offset), start);
    QTextCursor cursor(console.document());
    cursor.setPosition(start + 1);
    QVERIFY(cursor.charFormat().isAnchor());
    cursor.setPosition(start - 1);
    QVERIFY(!cursor.charFormat().isAnchor());

    // Clicking it asks to go there; clicking plain text does not.
    QSignalSpy activated(&console, &ConsoleView::diagnosticActivated);
    cursor.setPosition(start + 2);
    const QPoint onLink = console.cursorRect(cursor).center();
    QTest::mouseClick(console.viewport(), Qt::LeftButton, Qt::NoModifier, onLink);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<Diagnostic>().line, 3);
    cursor.setPosition(int(console.toPlainText().indexOf(QLatin1String("return missing"))) + 3);
    QTest::mouseClick(console.viewport(), Qt::LeftButton, Qt::NoModifier,
                      console.cursorRect(cursor).center());
    QCOMPARE(activated.size(), 1);

    console.clearConsole();
    QVERIFY(console.diagnostics().isEmpty());
}

// A run that prints a flood of error-like lines gets links near the start and the end of it
// only, a bounded number: linking must not stall the window.
void TestConsoleView::linksOnlyTheEndsOfALongOutput()
{
    ConsoleView console;
    QString text;
    const auto error = [](int line) {
        return QStringLiteral("main.c:%1:1: error: bad thing\n").arg(line);
    };
    for (int line = 1; line <= 300; ++line)
        text += error(line);
    const qsizetype middleStarts = text.size();
    text += QString(256 * 1024, QLatin1Char('x')) + QLatin1Char('\n');
    text += error(4000); // in the middle: the program's own output
    text += QString(256 * 1024, QLatin1Char('y')) + QLatin1Char('\n');
    const qsizetype tailStarts = text.size();
    for (int line = 5001; line <= 5300; ++line)
        text += error(line);
    console.append(ConsoleView::Channel::Stderr, text);
    console.linkDiagnostics();
    QTRY_VERIFY(!console.isFlushing());
    const QList<Diagnostic> &linked = console.diagnostics();
    QCOMPARE(linked.size(), 500);
    QCOMPARE(linked.first().line, 1);
    QCOMPARE(linked.at(249).line, 250);
    QCOMPARE(linked.at(250).line, 5051);
    QCOMPARE(linked.last().line, 5300);
    QVERIFY(linked.at(249).offset < middleStarts);
    QVERIFY(linked.at(250).offset >= tailStarts);
    // The offsets are the console's: each link covers its location.
    const QString shown = console.toPlainText();
    for (const Diagnostic &diagnostic : linked)
        QVERIFY(
            shown.mid(diagnostic.offset, diagnostic.length).startsWith(QLatin1String("main.c:")));
}

QTEST_MAIN(TestConsoleView)
#include "tst_ConsoleView.moc"
