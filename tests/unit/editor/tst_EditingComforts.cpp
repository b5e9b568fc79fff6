// The editing comforts, driven by key events on the real widgets: auto-indent, auto-closing pairs,
// toggle comment, line commands, go to line, zoom, whitespace and per-language indentation. States
// are written with markers (MarkedText.h): '|' the caret, '~' the other end of the selection.

#include "CodeEditor.h"
#include "EditActions.h"
#include "EditingStyle.h"
#include "GoToLineBar.h"

#include "MarkedText.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {

EditingStyle styleNamed(const QString &name)
{
    const QStringList brackets = {QStringLiteral("{"), QStringLiteral("["), QStringLiteral("(")};
    if (name == QLatin1String("cpp"))
        return {
            QStringLiteral("//"), QStringLiteral("/*"), QStringLiteral("*/"), false, 4, brackets};
    if (name == QLatin1String("python"))
        return {QStringLiteral("#"),
                QString(),
                QString(),
                false,
                4,
                QStringList{QStringLiteral(":")} + brackets};
    if (name == QLatin1String("go"))
        return {
            QStringLiteral("//"), QStringLiteral("/*"), QStringLiteral("*/"), true, 4, brackets};
    if (name == QLatin1String("js")) // two spaces
        return {
            QStringLiteral("//"), QStringLiteral("/*"), QStringLiteral("*/"), false, 2, brackets};
    if (name == QLatin1String("css")) // block comments only
        return {QString(), QStringLiteral("/*"), QStringLiteral("*/"), false, 4, brackets};
    if (name == QLatin1String("lua"))
        return {QStringLiteral("--"),
                QStringLiteral("--[["),
                QStringLiteral("]]"),
                false,
                4,
                QStringList{QStringLiteral("then"), QStringLiteral("do")} + brackets};
    if (name == QLatin1String("none")) // no comment tokens at all
        return {QString(), QString(), QString(), false, 4, brackets};
    qFatal("unknown style %s", qPrintable(name));
}

} // namespace

class TestEditingComforts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void typingArrives();
    void autoIndent_data();
    void autoIndent();
    void autoIndentIsOneUndoStep();
    void closingBraceWithLexer_data();
    void closingBraceWithLexer();
    void autoClose_data();
    void autoClose();
    void autoCloseUndo();
    void toggleComment_data();
    void toggleComment();
    void toggleCommentUndoAndRepeat();
    void toggleCommentWithoutTokens();
    void lineCommands_data();
    void lineCommands();
    void lineCommandsAreOneUndoStep();
    void goToLine_data();
    void goToLine();
    void goToLineRejectsNonsense();
    void goToLineEscape();
    void zoomKeys();
    void zoomWheel();
    void whitespaceToggle();
    void indentationPerLanguage_data();
    void indentationPerLanguage();
    void actionsHaveTextAndFreeShortcuts();
    void actionsFollowTheCurrentEditor();
    void commandsLeaveOtherFieldsAlone();

private:
    // Types keys: '\n' is Enter, '\b' Backspace, anything else the character.
    void type(const QString &keys);
    void press(const QString &sequence);

    QWidget *m_window = nullptr;
    CodeEditor *m_editor = nullptr;
    EditActions *m_actions = nullptr;
};

void TestEditingComforts::initTestCase()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_editor = new CodeEditor(m_window);
    layout->addWidget(m_editor);
    m_actions = new EditActions(m_window);
    m_actions->setEditor(m_editor);
    m_window->addActions(m_actions->actions()); // as a menu bar would: window-wide shortcuts
    m_window->resize(640, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestEditingComforts::init()
{
    m_editor->setEditingStyle(styleNamed(QStringLiteral("cpp")));
    m_editor->setDocumentText(QString());
    m_editor->zoomTo(0);
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
}

void TestEditingComforts::cleanupTestCase()
{
    delete m_window;
}

void TestEditingComforts::type(const QString &keys)
{
    for (const QChar c : keys) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(m_editor, Qt::Key_Return);
        else if (c == QLatin1Char('\b'))
            QTest::keyClick(m_editor, Qt::Key_Backspace);
        else
            QTest::keyClicks(m_editor, QString(c));
    }
}

void TestEditingComforts::press(const QString &sequence)
{
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(sequence));
}

void TestEditingComforts::typingArrives()
{
    type(QStringLiteral("abc"));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("abc|"));
}

void TestEditingComforts::autoIndent_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("after");

    QTest::newRow("after {") << "cpp"
                             << "int main() {|"
                             << "\n"
                             << "int main() {\n    |";
    QTest::newRow("between { and }") << "cpp"
                                     << "int main() {|}"
                                     << "\n"
                                     << "int main() {\n    |\n}";
    QTest::newRow("between ( and ), indented") << "cpp"
                                               << "    f(|)"
                                               << "\n"
                                               << "    f(\n        |\n    )";
    QTest::newRow("keeps indentation") << "cpp"
                                       << "    x = 1;|"
                                       << "\n"
                                       << "    x = 1;\n    |";
    QTest::newRow("no block after a colon in C++") << "cpp"
                                                   << "    default:|"
                                                   << "\n"
                                                   << "    default:\n    |";
    QTest::newRow("python colon") << "python"
                                  << "def f(x):|"
                                  << "\n"
                                  << "def f(x):\n    |";
    QTest::newRow("python nested colon") << "python"
                                         << "    for x in y:  |"
                                         << "\n"
                                         << "    for x in y:\n        |";
    QTest::newRow("go indents with a tab") << "go"
                                           << "func main() {|}"
                                           << "\n"
                                           << "func main() {\n\t|\n}";
    QTest::newRow("two-space language") << "js"
                                        << "if (a) {|"
                                        << "\n"
                                        << "if (a) {\n  |";
    QTest::newRow("keyword opener") << "lua"
                                    << "if x then|"
                                    << "\n"
                                    << "if x then\n    |";
    QTest::newRow("keyword inside a word") << "lua"
                                           << "undo|"
                                           << "\n"
                                           << "undo\n|";
    QTest::newRow("splits a line, drops spaces at the break") << "cpp"
                                                              << "  a = 1; | b = 2;"
                                                              << "\n"
                                                              << "  a = 1;\n  |b = 2;";
    QTest::newRow("replaces the selection") << "cpp"
                                            << "{~xyz|"
                                            << "\n"
                                            << "{\n    |";
    QTest::newRow("} on a blank line aligns with its {") << "cpp"
                                                         << "int f() {\n    x;\n        |"
                                                         << "}"
                                                         << "int f() {\n    x;\n}|";
    QTest::newRow("nested }") << "cpp"
                              << "{\n    if (a) {\n        b;\n        |"
                              << "}"
                              << "{\n    if (a) {\n        b;\n    }|";
    QTest::newRow("] aligns with its [") << "python"
                                         << "x = [\n    1,\n    |"
                                         << "]"
                                         << "x = [\n    1,\n]|";
    QTest::newRow("} after text stays") << "cpp"
                                        << "{\n    x;|"
                                        << "}"
                                        << "{\n    x;}|";
    QTest::newRow("typing a whole block") << "cpp"
                                          << "|"
                                          << "if (x) {\ny;"
                                          << "if (x) {\n    y;|\n}";
    QTest::newRow("python block") << "python"
                                  << "|"
                                  << "while True:\nx = 1\n"
                                  << "while True:\n    x = 1\n    |";
}

void TestEditingComforts::autoIndent()
{
    QFETCH(QString, style);
    QFETCH(QString, before);
    QFETCH(QString, keys);
    QFETCH(QString, after);
    m_editor->setEditingStyle(styleNamed(style));
    MarkedText::set(m_editor, before);
    type(keys);
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::autoIndentIsOneUndoStep()
{
    MarkedText::set(m_editor, QStringLiteral("int main() {|}"));
    type(QStringLiteral("\n"));
    QCOMPARE(m_editor->text(), QStringLiteral("int main() {\n    \n}"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("int main() {}"));
}

void TestEditingComforts::closingBraceWithLexer_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("nested") << "int f() {\n    if (a) {\n        b;\n        |"
                            << "int f() {\n    if (a) {\n        b;\n    }|";
    // Brace matching goes by style: a brace in a string or a comment is not the block's.
    QTest::newRow("brace in a string") << "void f() {\n    s = \"{\";\n        |"
                                       << "void f() {\n    s = \"{\";\n}|";
    QTest::newRow("brace in a comment") << "  void f() {\n    // {\n|"
                                        << "  void f() {\n    // {\n  }|";
}

void TestEditingComforts::closingBraceWithLexer()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    m_editor->setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    QVERIFY(m_editor->lexer());
    MarkedText::set(m_editor, before);
    type(QStringLiteral("}"));
    m_editor->setLanguage(QString(), QString());
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::autoClose_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("after");

    QTest::newRow("(") << "|"
                       << "("
                       << "(|)";
    QTest::newRow("[") << "|"
                       << "["
                       << "[|]";
    QTest::newRow("{") << "x = |;"
                       << "{"
                       << "x = {|};";
    QTest::newRow("double quote") << "s = |"
                                  << "\""
                                  << "s = \"|\"";
    QTest::newRow("single quote") << "(|)"
                                  << "'"
                                  << "('|')";
    QTest::newRow("backtick") << "|"
                              << "`"
                              << "`|`";
    QTest::newRow("nested") << "|"
                            << "([{"
                            << "([{|}])";
    QTest::newRow("step over )") << "|"
                                 << "f(x)"
                                 << "f(x)|";
    QTest::newRow("step over every closer") << "|"
                                            << "([{}])"
                                            << "([{}])|";
    QTest::newRow("step over a quote") << "|"
                                       << "\"ab\""
                                       << "\"ab\"|";
    QTest::newRow("empty string") << "|"
                                  << "''"
                                  << "''|";
    QTest::newRow("triple quote") << "|"
                                  << "\"\"\""
                                  << "\"\"\"|\"\"\"";
    QTest::newRow("through a docstring") << "|"
                                         << "'''doc'''"
                                         << "'''doc'''|";
    QTest::newRow("typed ) is not stepped over") << "|)"
                                                 << ")"
                                                 << ")|)";
    QTest::newRow("typed quote is not stepped over") << "a|'"
                                                     << "'"
                                                     << "a'|'";
    QTest::newRow("apostrophe after a word") << "don|"
                                             << "'t"
                                             << "don't|";
    QTest::newRow("quote inside a word") << "a|b"
                                         << "\""
                                         << "a\"|b";
    QTest::newRow("bracket before a word") << "|foo"
                                           << "("
                                           << "(|foo";
    QTest::newRow("bracket after a word") << "foo|"
                                          << "("
                                          << "foo(|)";
    QTest::newRow("backspace deletes the pair") << "x|"
                                                << "(\b"
                                                << "x|";
    QTest::newRow("backspace in nested pairs") << "|"
                                               << "([\b\b"
                                               << "|";
    QTest::newRow("backspace after text in the pair") << "|"
                                                      << "(a\b\b"
                                                      << "|";
    QTest::newRow("backspace keeps a typed pair") << "(|)"
                                                  << "\b"
                                                  << "|)";
    QTest::newRow("wrap in (") << "x = ~a + b|;"
                               << "("
                               << "x = (~a + b|);";
    QTest::newRow("wrap keeps direction") << "x = |a + b~;"
                                          << "["
                                          << "x = [|a + b~];";
    QTest::newRow("wrap in quotes") << "~hello|"
                                    << "\""
                                    << "\"~hello|\"";
    QTest::newRow("wrap twice") << "~x|"
                                << "(\""
                                << "(\"~x|\")";
    QTest::newRow("wrap lines") << "~a\nb|"
                                << "{"
                                << "{~a\nb|}";
    QTest::newRow("other keys still type") << "|"
                                           << "a+b;"
                                           << "a+b;|";
    QTest::newRow("call with a string") << "|"
                                        << "print(\"hi\")"
                                        << "print(\"hi\")|";
}

void TestEditingComforts::autoClose()
{
    QFETCH(QString, before);
    QFETCH(QString, keys);
    QFETCH(QString, after);
    MarkedText::set(m_editor, before);
    type(keys);
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::autoCloseUndo()
{
    type(QStringLiteral("("));
    QCOMPARE(m_editor->text(), QStringLiteral("()"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QString());

    MarkedText::set(m_editor, QStringLiteral("~word|"));
    type(QStringLiteral("\""));
    QCOMPARE(m_editor->text(), QStringLiteral("\"word\""));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("word"));
    m_editor->redo();
    QCOMPARE(m_editor->text(), QStringLiteral("\"word\""));
}

void TestEditingComforts::toggleComment_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("c++ line") << "cpp"
                              << "    int x;|"
                              << "    // int x;|";
    QTest::newRow("c++ caret in the indentation") << "cpp"
                                                  << "  |  int x;"
                                                  << "  |  // int x;";
    QTest::newRow("c++ uncomment") << "cpp"
                                   << "    // int |x;"
                                   << "    int |x;";
    QTest::newRow("c++ uncomment without a space") << "cpp"
                                                   << "//x|"
                                                   << "x|";
    QTest::newRow("c++ selected lines, one column") << "cpp"
                                                    << "~if (a) {\n    b();\n}|"
                                                    << "~// if (a) {\n//     b();\n// }|";
    QTest::newRow("c++ selected lines back") << "cpp"
                                             << "~// if (a) {\n//     b();\n// }|"
                                             << "~if (a) {\n    b();\n}|";
    QTest::newRow("partly commented lines get commented") << "cpp"
                                                          << "~// a\nb|"
                                                          << "~// // a\n// b|";
    QTest::newRow("selection ending at a line start") << "cpp"
                                                      << "~a\nb\n|c"
                                                      << "~// a\n// b\n|c";
    QTest::newRow("backwards selection") << "cpp"
                                         << "a|a\nb~b"
                                         << "// a|a\n// b~b";
    QTest::newRow("python indented block, blank line kept") << "python"
                                                            << "    ~x = 1\n\n    y = 2|"
                                                            << "    ~# x = 1\n\n    # y = 2|";
    QTest::newRow("python uncomment") << "python"
                                      << "~# def f():\n#     pass|"
                                      << "~def f():\n    pass|";
    QTest::newRow("python blank line alone") << "python"
                                             << "    |"
                                             << "    # |";
    QTest::newRow("block-only language") << "css"
                                         << "  color: red;|"
                                         << "  /* color: red; */|";
    QTest::newRow("block-only uncomment") << "css"
                                          << "  /* color: red; */|"
                                          << "  color: red;|";
    QTest::newRow("block-only lines") << "css"
                                      << "~a;\n  b;|"
                                      << "~/* a; */\n  /* b; */|";
    QTest::newRow("block-only uncomment, no spaces") << "css"
                                                     << "/*a;*/|"
                                                     << "a;|";
    QTest::newRow("lua, non-ASCII text") << "lua"
                                         << "print(\"héllo\")|"
                                         << "-- print(\"héllo\")|";
}

void TestEditingComforts::toggleComment()
{
    QFETCH(QString, style);
    QFETCH(QString, before);
    QFETCH(QString, after);
    m_editor->setEditingStyle(styleNamed(style));
    MarkedText::set(m_editor, before);
    press(QStringLiteral("Ctrl+/"));
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::toggleCommentUndoAndRepeat()
{
    const QString text = QStringLiteral("~int a;\n    int b;|");
    MarkedText::set(m_editor, text);
    press(QStringLiteral("Ctrl+/"));
    QCOMPARE(m_editor->text(), QStringLiteral("// int a;\n//     int b;"));
    press(QStringLiteral("Ctrl+/"));
    QCOMPARE(MarkedText::get(m_editor), text);
    press(QStringLiteral("Ctrl+/"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("int a;\n    int b;"));
}

void TestEditingComforts::toggleCommentWithoutTokens()
{
    m_editor->setEditingStyle(styleNamed(QStringLiteral("none")));
    MarkedText::set(m_editor, QStringLiteral("text|"));
    m_editor->setModified(false);
    press(QStringLiteral("Ctrl+/"));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("text|"));
    QVERIFY(!m_editor->isModified());
}

void TestEditingComforts::lineCommands_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("after");

    QTest::newRow("duplicate line") << "a|b\nc"
                                    << "Ctrl+Shift+D"
                                    << "ab\na|b\nc";
    QTest::newRow("duplicate last line") << "x\ny|"
                                         << "Ctrl+Shift+D"
                                         << "x\ny\ny|";
    QTest::newRow("duplicate selection") << "a~b|c"
                                         << "Ctrl+Shift+D"
                                         << "ab~b|c";
    QTest::newRow("duplicate lines selection") << "~a\n|b"
                                               << "Ctrl+Shift+D"
                                               << "a\n~a\n|b";
    QTest::newRow("move down") << "a|1\nb\nc"
                               << "Alt+Down"
                               << "b\na|1\nc";
    QTest::newRow("move up") << "a\nb|\nc"
                             << "Alt+Up"
                             << "b|\na\nc";
    QTest::newRow("move down to the last line") << "a|\nb"
                                                << "Alt+Down"
                                                << "b\na|";
    QTest::newRow("move up from the last line") << "a\nb|"
                                                << "Alt+Up"
                                                << "b|\na";
    QTest::newRow("move up at the top") << "a|\nb"
                                        << "Alt+Up"
                                        << "a|\nb";
    QTest::newRow("move down at the bottom") << "a\nb|"
                                             << "Alt+Down"
                                             << "a\nb|";
    QTest::newRow("move selected lines") << "~a\nb|\nc\nd"
                                         << "Alt+Down"
                                         << "c\n~a\nb|\nd";
    QTest::newRow("move lines up, selection ends at a line start") << "x\n~a\nb\n|c"
                                                                   << "Alt+Up"
                                                                   << "~a\nb\n|x\nc";
    QTest::newRow("delete line") << "a\nb|b\nc"
                                 << "Ctrl+Shift+K"
                                 << "a\nc|";
    QTest::newRow("delete line keeps the column") << "a\nb|b\ncccc"
                                                  << "Ctrl+Shift+K"
                                                  << "a\nc|ccc";
    QTest::newRow("delete last line") << "aaa\nb|"
                                      << "Ctrl+Shift+K"
                                      << "a|aa";
    QTest::newRow("delete only line") << "ab|c"
                                      << "Ctrl+Shift+K"
                                      << "|";
    QTest::newRow("delete selected lines") << "1\n~2\n3|\n4"
                                           << "Ctrl+Shift+K"
                                           << "1\n4|";
}

void TestEditingComforts::lineCommands()
{
    QFETCH(QString, before);
    QFETCH(QString, keys);
    QFETCH(QString, after);
    MarkedText::set(m_editor, before);
    press(keys);
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::lineCommandsAreOneUndoStep()
{
    const QString text = QStringLiteral("one\n~two\nthree|\nfour");
    for (const QString &keys : {QStringLiteral("Ctrl+Shift+D"), QStringLiteral("Alt+Up"),
                                QStringLiteral("Alt+Down"), QStringLiteral("Ctrl+Shift+K")}) {
        MarkedText::set(m_editor, text);
        press(keys);
        QVERIFY2(m_editor->text() != QStringLiteral("one\ntwo\nthree\nfour"), qPrintable(keys));
        m_editor->undo();
        QCOMPARE(m_editor->text(), QStringLiteral("one\ntwo\nthree\nfour"));
    }
}

void TestEditingComforts::goToLine_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("after");

    const QString lines = QStringLiteral("first\nsecond\nthird\n");
    QTest::newRow("line") << "2"
                          << "first\n|second\nthird\n";
    QTest::newRow("line:column") << "3:4"
                                 << "first\nsecond\nthi|rd\n";
    QTest::newRow("line,column with spaces") << " 2 , 3 "
                                             << "first\nse|cond\nthird\n";
    QTest::newRow("column past the end") << "1:99"
                                         << "first|\nsecond\nthird\n";
    QTest::newRow("line past the end") << "99"
                                       << "first\nsecond\nthird\n|";
}

void TestEditingComforts::goToLine()
{
    QFETCH(QString, input);
    QFETCH(QString, after);
    m_editor->setDocumentText(QStringLiteral("first\nsecond\nthird\n"));
    press(QStringLiteral("Ctrl+G"));
    GoToLineBar *bar = m_editor->findChild<GoToLineBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), input);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(MarkedText::get(m_editor), after);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(m_editor->hasFocus());
}

void TestEditingComforts::goToLineRejectsNonsense()
{
    for (const QString &text : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("2:0"),
                                QStringLiteral("1:2:3"), QStringLiteral("-1"), QString()}) {
        int line = -1, column = -1;
        QVERIFY2(!GoToLineBar::parse(text, &line, &column), qPrintable(text));
    }
    m_editor->setDocumentText(QStringLiteral("a\nb\n"));
    press(QStringLiteral("Ctrl+G"));
    GoToLineBar *bar = m_editor->findChild<GoToLineBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->field()->hasFocus());
    const QColor normal = bar->field()->palette().color(QPalette::Base);
    QTest::keyClicks(bar->field(), QStringLiteral("x1"));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QVERIFY2(bar->isVisible(), "a bad position keeps the bar open");
    const QColor error = bar->field()->palette().color(QPalette::Base);
    QVERIFY(error != normal);
    QVERIFY(error.red() > error.green() && error.red() > error.blue());
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("|a\nb\n"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
}

void TestEditingComforts::goToLineEscape()
{
    m_editor->setDocumentText(QStringLiteral("a\nb\n"));
    press(QStringLiteral("Ctrl+G"));
    GoToLineBar *bar = m_editor->findChild<GoToLineBar *>();
    QVERIFY(bar);
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("2"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QTRY_VERIFY(m_editor->hasFocus());
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("|a\nb\n"));
}

void TestEditingComforts::zoomKeys()
{
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), 0L);
    press(QStringLiteral("Ctrl++"));
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), 1L);
    press(QStringLiteral("Ctrl+="));
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), 2L);
    press(QStringLiteral("Ctrl+-"));
    press(QStringLiteral("Ctrl+-"));
    press(QStringLiteral("Ctrl+-"));
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), -1L);
    press(QStringLiteral("Ctrl+0"));
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), 0L);
    QCOMPARE(m_editor->text(), QString()); // none of these typed anything
}

void TestEditingComforts::zoomWheel()
{
    const QPointF at(20, 20);
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, QPointF(m_editor->viewport()->mapToGlobal(at.toPoint())), QPoint(),
                          QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_editor->viewport(), &event);
    };
    wheel(120, Qt::ControlModifier);
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), 1L);
    wheel(-120, Qt::ControlModifier);
    wheel(-120, Qt::ControlModifier);
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), -1L);
    wheel(120, Qt::NoModifier); // scrolls, does not zoom
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_GETZOOM), -1L);
}

void TestEditingComforts::whitespaceToggle()
{
    QAction *toggle = m_actions->action(EditActions::ShowWhitespace);
    QVERIFY(toggle->isCheckable());
    QVERIFY(!toggle->isChecked());
    QCOMPARE(m_editor->whitespaceVisibility(), QsciScintilla::WsInvisible);
    toggle->trigger();
    QCOMPARE(m_editor->whitespaceVisibility(), QsciScintilla::WsVisible);
    toggle->trigger();
    QCOMPARE(m_editor->whitespaceVisibility(), QsciScintilla::WsInvisible);
}

void TestEditingComforts::indentationPerLanguage_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("after");

    QTest::newRow("spaces, 4") << "cpp"
                               << "\t"
                               << "    |";
    QTest::newRow("spaces, 2") << "js"
                               << "\t"
                               << "  |";
    QTest::newRow("tabs") << "go"
                          << "\t"
                          << "\t|";
    QTest::newRow("Backspace removes a level of spaces") << "cpp"
                                                         << "\t\t\b"
                                                         << "    |";
}

void TestEditingComforts::indentationPerLanguage()
{
    QFETCH(QString, style);
    QFETCH(QString, keys);
    QFETCH(QString, after);
    const EditingStyle editing = styleNamed(style);
    m_editor->setEditingStyle(editing);
    QCOMPARE(m_editor->indentationsUseTabs(), editing.useTabs);
    QCOMPARE(m_editor->indentationWidth(), editing.indentWidth);
    for (const QChar c : keys) {
        if (c == QLatin1Char('\t'))
            QTest::keyClick(m_editor, Qt::Key_Tab);
        else
            type(QString(c));
    }
    QCOMPARE(MarkedText::get(m_editor), after);
}

void TestEditingComforts::actionsHaveTextAndFreeShortcuts()
{
    // The app's own keys (run, stop, files, quit) must stay free.
    const QList<QKeySequence> appKeys = {
        QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter")),
        QKeySequence(QStringLiteral("F5")),          QKeySequence(QStringLiteral("Shift+F5")),
        QKeySequence(QStringLiteral("Ctrl+N")),      QKeySequence(QStringLiteral("Ctrl+O")),
        QKeySequence(QStringLiteral("Ctrl+S")),      QKeySequence(QStringLiteral("Ctrl+Shift+S")),
        QKeySequence(QStringLiteral("Ctrl+Q"))};
    QList<QKeySequence> seen;
    int commands = 0;
    for (const QAction *action : m_actions->actions()) {
        if (action->isSeparator())
            continue;
        ++commands;
        QVERIFY2(!action->text().isEmpty(), "every command has a text");
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!appKeys.contains(key), qPrintable(key.toString()));
            QVERIFY2(!seen.contains(key), qPrintable(key.toString() + " is used twice"));
            seen.append(key);
        }
    }
    QCOMPARE(commands, int(EditActions::ShowWhitespace) + 1);
    const auto shortcut = [this](EditActions::Command command) {
        return m_actions->action(command)->shortcut().toString(QKeySequence::PortableText);
    };
    QCOMPARE(shortcut(EditActions::ToggleComment), QStringLiteral("Ctrl+/"));
    QCOMPARE(shortcut(EditActions::DuplicateLine), QStringLiteral("Ctrl+Shift+D"));
    QCOMPARE(shortcut(EditActions::Find), QStringLiteral("Ctrl+F"));
    QCOMPARE(shortcut(EditActions::Replace), QStringLiteral("Ctrl+H"));
    QCOMPARE(shortcut(EditActions::GoToLine), QStringLiteral("Ctrl+G"));
}

void TestEditingComforts::actionsFollowTheCurrentEditor()
{
    CodeEditor other(m_window);
    m_window->layout()->addWidget(&other);
    other.show();
    m_editor->setDocumentText(QStringLiteral("first"));
    other.setDocumentText(QStringLiteral("second"));

    m_actions->setEditor(&other);
    other.setFocus();
    QTRY_VERIFY(other.hasFocus());
    press(QStringLiteral("Ctrl+Shift+D"));
    QCOMPARE(other.text(), QStringLiteral("second\nsecond"));
    QCOMPARE(m_editor->text(), QStringLiteral("first"));

    m_actions->setEditor(nullptr);
    QVERIFY(!m_actions->action(EditActions::DuplicateLine)->isEnabled());
    m_actions->setEditor(m_editor);
    QVERIFY(m_actions->action(EditActions::DuplicateLine)->isEnabled());
}

void TestEditingComforts::commandsLeaveOtherFieldsAlone()
{
    QLineEdit field(m_window);
    m_window->layout()->addWidget(&field);
    field.show();
    MarkedText::set(m_editor, QStringLiteral("a\nb|"));
    field.setFocus();
    QTRY_VERIFY(field.hasFocus());
    QTest::keyClicks(&field, QStringLiteral("typed"));
    for (const QString &keys : {QStringLiteral("Alt+Up"), QStringLiteral("Ctrl+/"),
                                QStringLiteral("Ctrl+Shift+D"), QStringLiteral("Ctrl+Shift+K")})
        press(keys);
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("a\nb|"));
    QCOMPARE(field.text(), QStringLiteral("typed"));
    // From the menu, Undo means the field with the focus.
    m_actions->action(EditActions::Undo)->trigger();
    QCOMPARE(field.text(), QString());
    QCOMPARE(m_editor->text(), QStringLiteral("a\nb"));
}

QTEST_MAIN(TestEditingComforts)
#include "tst_EditingComforts.moc"
