// The find bar and its search, driven by key events: Ctrl+F/Ctrl+H, typing in the field, Enter,
// Shift+Enter, F3, Shift+F3, Esc; options, match counts, errors, highlights and replacing.

#include "CodeEditor.h"
#include "EditActions.h"
#include "EditorIndicators.h"
#include "FindBar.h"
#include "TextSearch.h"

#include "MarkedText.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

TextSearch::Options optionsFrom(const QString &flags)
{
    TextSearch::Options options;
    options.wholeWord = flags.contains(QLatin1Char('w'));
    options.matchCase = flags.contains(QLatin1Char('c'));
    options.regularExpression = flags.contains(QLatin1Char('r'));
    return options;
}

// Indicator values along the document: '^' where a find highlight is, '.' where none is.
QString highlights(CodeEditor *editor)
{
    QString marks;
    for (int position = 0; position < editor->length(); ++position)
        marks += editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                       EditorIndicators::FindMatch, long(position))
                     ? QLatin1Char('^')
                     : QLatin1Char('.');
    return marks;
}

bool isReddish(const QColor &color)
{
    return color.red() > color.green() + 20 && color.red() > color.blue() + 20;
}

} // namespace

class TestFindBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void search_data();
    void search();
    void replacementText_data();
    void replacementText();

    void openSeedsWithSelection();
    void multiLineSelectionIsNotSeeded();
    void nextAndPrevious();
    void options_data();
    void options();
    void invalidRegularExpression();
    void noMatchTurnsRed();
    void highlightsAndEscape();
    void replaceOneByOne();
    void replaceAllIsOneUndoStep();
    void replaceWithGroups();
    void replaceAllGrowingText();
    void nonAsciiPositions();
    void editsUpdateTheCount();
    void findNextOpensAnEmptyBar();
    void followsTheCurrentEditor();

private:
    void press(const QString &sequence);
    QLineEdit *findField() const
    {
        return m_bar->findChild<QLineEdit *>(QStringLiteral("findField"));
    }
    QLineEdit *replaceField() const
    {
        return m_bar->findChild<QLineEdit *>(QStringLiteral("replaceField"));
    }
    QToolButton *button(const char *name) const
    {
        return m_bar->findChild<QToolButton *>(QString::fromLatin1(name));
    }
    void openWith(const QString &marked, const QString &search);

    QWidget *m_window = nullptr;
    CodeEditor *m_editor = nullptr;
    FindBar *m_bar = nullptr;
    EditActions *m_actions = nullptr;
};

void TestFindBar::initTestCase()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_editor = new CodeEditor(m_window);
    m_bar = new FindBar(m_window);
    layout->addWidget(m_editor);
    layout->addWidget(m_bar); // under the editor, as the app places it
    m_actions = new EditActions(m_window);
    m_actions->setFindBar(m_bar);
    m_actions->setEditor(m_editor);
    m_window->addActions(m_actions->actions());
    m_window->resize(800, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestFindBar::init()
{
    m_bar->closeBar();
    m_bar->setSearchText(QString());
    m_bar->setReplaceText(QString());
    m_bar->setOptions({});
    m_actions->setEditor(m_editor);
    m_editor->setDocumentText(QString());
    m_editor->setFocus();
    QTRY_VERIFY(m_editor->hasFocus());
}

void TestFindBar::cleanupTestCase()
{
    delete m_window;
}

void TestFindBar::press(const QString &sequence)
{
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(sequence));
}

void TestFindBar::openWith(const QString &marked, const QString &search)
{
    MarkedText::set(m_editor, marked);
    press(QStringLiteral("Ctrl+F"));
    QVERIFY(m_bar->isVisible());
    QTRY_VERIFY(findField()->hasFocus());
    QTest::keyClicks(findField(), search);
}

void TestFindBar::search_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("flags"); // w: whole word, c: match case, r: regular expression
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matches"); // start:length ...

    QTest::newRow("plain, any case") << "foo"
                                     << ""
                                     << "Foo foo FOO"
                                     << "0:3 4:3 8:3";
    QTest::newRow("plain, match case") << "foo"
                                       << "c"
                                       << "Foo foo FOO"
                                       << "4:3";
    QTest::newRow("plain treats regex characters literally") << "a.b"
                                                             << ""
                                                             << "a.b axb"
                                                             << "0:3";
    QTest::newRow("whole word") << "foo"
                                << "w"
                                << "foo food afoo foo_ foo."
                                << "0:3 19:3";
    QTest::newRow("whole word, symbols") << "-x"
                                         << "w"
                                         << "a -x -xy"
                                         << "2:2";
    QTest::newRow("whole word, non-ASCII letters") << "é"
                                                   << "w"
                                                   << "é né é"
                                                   << "0:1 5:1";
    QTest::newRow("regex") << "\\d+"
                           << "r"
                           << "a1 b22 c333"
                           << "1:1 4:2 8:3";
    QTest::newRow("regex, case") << "[a-z]+"
                                 << "rc"
                                 << "abc DEF gh"
                                 << "0:3 8:2";
    QTest::newRow("regex, line anchors") << "^\\w"
                                         << "r"
                                         << "ab\ncd\n ef"
                                         << "0:1 3:1";
    QTest::newRow("regex, whole word") << "ab|cd"
                                       << "rw"
                                       << "ab abc cd"
                                       << "0:2 7:2";
    QTest::newRow("regex, empty matches skipped") << "x*"
                                                  << "r"
                                                  << "axxb"
                                                  << "1:2";
    QTest::newRow("empty pattern") << ""
                                   << ""
                                   << "anything"
                                   << "";
    QTest::newRow("overlapping text, non-overlapping matches") << "aa"
                                                               << ""
                                                               << "aaaaa"
                                                               << "0:2 2:2";
}

void TestFindBar::search()
{
    QFETCH(QString, pattern);
    QFETCH(QString, flags);
    QFETCH(QString, text);
    QFETCH(QString, matches);
    const TextSearch search(pattern, optionsFrom(flags));
    QVERIFY(search.isValid());
    QStringList found;
    for (const TextSearch::Match &match : search.findAll(text))
        found << QStringLiteral("%1:%2").arg(match.start).arg(match.length);
    QCOMPARE(found.join(QLatin1Char(' ')), matches);
}

void TestFindBar::replacementText_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<QString>("result");

    QTest::newRow("plain is literal") << "a"
                                      << ""
                                      << "a"
                                      << "\\1\\n"
                                      << "\\1\\n";
    QTest::newRow("groups") << "(\\w+)=(\\w+)"
                            << "r"
                            << "key=value"
                            << "\\2=\\1"
                            << "value=key";
    QTest::newRow("whole match") << "\\d+"
                                 << "r"
                                 << "42"
                                 << "[\\0]"
                                 << "[42]";
    QTest::newRow("escapes") << ","
                             << "r"
                             << ","
                             << "\\n\\t\\\\"
                             << "\n\t\\";
    QTest::newRow("missing group is empty") << "(a)"
                                            << "r"
                                            << "a"
                                            << "<\\2>"
                                            << "<>";
    QTest::newRow("unknown escape stays") << "a"
                                          << "r"
                                          << "a"
                                          << "\\q"
                                          << "\\q";
}

void TestFindBar::replacementText()
{
    QFETCH(QString, pattern);
    QFETCH(QString, flags);
    QFETCH(QString, text);
    QFETCH(QString, replace);
    QFETCH(QString, result);
    const TextSearch search(pattern, optionsFrom(flags));
    const QList<TextSearch::Match> matches = search.findAll(text);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(search.replacement(matches.first(), replace), result);
}

void TestFindBar::openSeedsWithSelection()
{
    MarkedText::set(m_editor, QStringLiteral("int ~value| = value + 1;"));
    press(QStringLiteral("Ctrl+F"));
    QVERIFY(m_bar->isVisible());
    QVERIFY(!m_bar->isReplaceShown());
    QTRY_VERIFY(findField()->hasFocus());
    QCOMPARE(m_bar->searchText(), QStringLiteral("value"));
    QCOMPARE(findField()->selectedText(), QStringLiteral("value")); // typing replaces it
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("int ~value| = value + 1;"));
}

void TestFindBar::multiLineSelectionIsNotSeeded()
{
    m_bar->setSearchText(QStringLiteral("old"));
    MarkedText::set(m_editor, QStringLiteral("~a\nb|"));
    press(QStringLiteral("Ctrl+F"));
    QCOMPARE(m_bar->searchText(), QStringLiteral("old"));
}

void TestFindBar::nextAndPrevious()
{
    openWith(QStringLiteral("|foo bar foo baz foo"), QStringLiteral("foo"));
    // Typing finds as it goes.
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("~foo| bar foo baz foo"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));

    const QList<QPair<QString, QString>> steps = {
        {QStringLiteral("Return"), QStringLiteral("foo bar ~foo| baz foo")},
        {QStringLiteral("F3"), QStringLiteral("foo bar foo baz ~foo|")},
        {QStringLiteral("F3"), QStringLiteral("~foo| bar foo baz foo")}, // wraps
        {QStringLiteral("Shift+Return"), QStringLiteral("foo bar foo baz ~foo|")},
        {QStringLiteral("Shift+F3"), QStringLiteral("foo bar ~foo| baz foo")},
    };
    const QStringList status = {QStringLiteral("2 of 3"), QStringLiteral("3 of 3"),
                                QStringLiteral("1 of 3"), QStringLiteral("3 of 3"),
                                QStringLiteral("2 of 3")};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        press(steps.at(i).first);
        QCOMPARE(MarkedText::get(m_editor), steps.at(i).second);
        QCOMPARE(m_bar->statusText(), status.at(i));
    }
    QVERIFY2(findField()->hasFocus(), "stepping through matches leaves the focus in the field");
}

void TestFindBar::options_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("buttons");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("selected");

    const QString cases = QStringLiteral("Foo foo FOO food");
    QTest::newRow("plain") << cases << "foo" << QStringList() << "1 of 4"
                           << "~Foo| foo FOO food";
    QTest::newRow("match case") << cases << "foo" << QStringList{"matchCase"} << "1 of 2"
                                << "Foo ~foo| FOO food";
    QTest::newRow("whole word") << cases << "foo" << QStringList{"wholeWord"} << "1 of 3"
                                << "~Foo| foo FOO food";
    QTest::newRow("whole word, match case")
        << cases << "FOO" << QStringList{"wholeWord", "matchCase"} << "1 of 1"
        << "Foo foo ~FOO| food";
    QTest::newRow("regular expression") << "a1 b22 c333"
                                        << "\\d{2,}" << QStringList{"regularExpression"} << "1 of 2"
                                        << "a1 b~22| c333";
    QTest::newRow("plain takes regex characters literally")
        << "a1 b22 c333 \\d{2,}"
        << "\\d{2,}" << QStringList() << "1 of 1"
        << "a1 b22 c333 ~\\d{2,}|";
}

void TestFindBar::options()
{
    QFETCH(QString, text);
    QFETCH(QString, search);
    QFETCH(QStringList, buttons);
    QFETCH(QString, status);
    QFETCH(QString, selected);
    openWith(QLatin1Char('|') + text, search);
    for (const QString &name : buttons)
        QTest::mouseClick(button(name.toLatin1().constData()), Qt::LeftButton);
    QCOMPARE(m_bar->statusText(), status);
    QCOMPARE(MarkedText::get(m_editor), selected);
}

void TestFindBar::invalidRegularExpression()
{
    m_bar->setOptions(optionsFrom(QStringLiteral("r")));
    openWith(QStringLiteral("|a(b"), QStringLiteral("a("));
    QVERIFY2(m_bar->statusText().startsWith(QStringLiteral("Invalid regular expression: ")),
             qPrintable(m_bar->statusText()));
    QVERIFY(m_bar->statusText().size() > 30); // says what is wrong
    QVERIFY(isReddish(findField()->palette().color(QPalette::Base)));
    QVERIFY(!m_bar->findNext());
    QCOMPARE(m_bar->matchCount(), 0);
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("|a(b"));
    // Plain text finds it.
    QTest::mouseClick(button("regularExpression"), Qt::LeftButton);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
    QVERIFY(!isReddish(findField()->palette().color(QPalette::Base)));
}

void TestFindBar::noMatchTurnsRed()
{
    openWith(QStringLiteral("|abc abd"), QStringLiteral("abx"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("No results"));
    QVERIFY(isReddish(findField()->palette().color(QPalette::Base)));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("|abc abd"));
    QTest::keyClick(findField(), Qt::Key_Backspace);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QVERIFY(!isReddish(findField()->palette().color(QPalette::Base)));
}

void TestFindBar::highlightsAndEscape()
{
    openWith(QStringLiteral("|ab xab abab"), QStringLiteral("ab"));
    QCOMPARE(highlights(m_editor), QStringLiteral("^^..^^.^^^^"));
    QTest::keyClick(findField(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
    QTRY_VERIFY(m_editor->hasFocus());
    QCOMPARE(highlights(m_editor), QStringLiteral("..........."));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("~ab| xab abab")); // the match stays
}

void TestFindBar::replaceOneByOne()
{
    MarkedText::set(m_editor, QStringLiteral("|foo foo foo"));
    press(QStringLiteral("Ctrl+H"));
    QVERIFY(m_bar->isReplaceShown());
    QTRY_VERIFY(findField()->hasFocus()); // nothing to search for yet
    QTest::keyClicks(findField(), QStringLiteral("foo"));
    replaceField()->setFocus();
    QTest::keyClicks(replaceField(), QStringLiteral("x"));
    QTest::keyClick(replaceField(), Qt::Key_Return);
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("x ~foo| foo"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QTest::mouseClick(button("replace"), Qt::LeftButton);
    QTest::mouseClick(button("replace"), Qt::LeftButton);
    QCOMPARE(m_editor->text(), QStringLiteral("x x x"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("No results"));
    // Three replacements, three undo steps.
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("x x foo"));
}

void TestFindBar::replaceAllIsOneUndoStep()
{
    MarkedText::set(m_editor, QStringLiteral("~foo| bar foo\nfoo"));
    press(QStringLiteral("Ctrl+H"));
    QTRY_VERIFY2(replaceField()->hasFocus(), "with a search text, Ctrl+H goes to the replacement");
    QTest::keyClicks(replaceField(), QStringLiteral("baz"));
    QTest::mouseClick(button("replaceAll"), Qt::LeftButton);
    QCOMPARE(m_editor->text(), QStringLiteral("baz bar baz\nbaz"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("Replaced 3 occurrences"));
    m_editor->undo();
    QCOMPARE(m_editor->text(), QStringLiteral("foo bar foo\nfoo"));
    QVERIFY(!m_editor->isUndoAvailable());
}

void TestFindBar::replaceWithGroups()
{
    m_bar->setOptions(optionsFrom(QStringLiteral("r")));
    MarkedText::set(m_editor, QStringLiteral("|me@home, you@work"));
    m_bar->openReplace();
    m_bar->setSearchText(QStringLiteral("(\\w+)@(\\w+)"));
    m_bar->setReplaceText(QStringLiteral("\\2 at \\1"));
    QCOMPARE(m_bar->replaceAll(), 2);
    QCOMPARE(m_editor->text(), QStringLiteral("home at me, work at you"));
}

void TestFindBar::replaceAllGrowingText()
{
    MarkedText::set(m_editor, QStringLiteral("|a-a-a"));
    m_bar->openReplace();
    m_bar->setSearchText(QStringLiteral("a"));
    m_bar->setReplaceText(QStringLiteral("aa"));
    QCOMPARE(m_bar->replaceAll(), 3);
    QCOMPARE(m_editor->text(), QStringLiteral("aa-aa-aa"));
    QCOMPARE(m_bar->matchCount(), 6);
}

void TestFindBar::nonAsciiPositions()
{
    MarkedText::set(m_editor, QStringLiteral("|héllo wörld 🎉 héllo"));
    press(QStringLiteral("Ctrl+F"));
    m_bar->setSearchText(QStringLiteral("héllo"));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("~héllo| wörld 🎉 héllo"));
    press(QStringLiteral("F3"));
    QCOMPARE(MarkedText::get(m_editor), QStringLiteral("héllo wörld 🎉 ~héllo|"));
    QCOMPARE(m_editor->selectedText(), QStringLiteral("héllo"));
    m_bar->setReplaceText(QStringLiteral("ça"));
    QCOMPARE(m_bar->replaceAll(), 2);
    QCOMPARE(m_editor->text(), QStringLiteral("ça wörld 🎉 ça"));
}

void TestFindBar::editsUpdateTheCount()
{
    openWith(QStringLiteral("|one two one"), QStringLiteral("one"));
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    m_editor->append(QStringLiteral(" one"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(highlights(m_editor), QStringLiteral("^^^.....^^^.^^^"));
}

void TestFindBar::findNextOpensAnEmptyBar()
{
    MarkedText::set(m_editor, QStringLiteral("|text"));
    press(QStringLiteral("F3"));
    QVERIFY(m_bar->isVisible());
    QTRY_VERIFY(findField()->hasFocus());
}

void TestFindBar::followsTheCurrentEditor()
{
    CodeEditor other(m_window);
    m_window->layout()->addWidget(&other);
    other.show();
    other.setDocumentText(QStringLiteral("xx yy xx"));
    openWith(QStringLiteral("|xx"), QStringLiteral("xx"));
    QCOMPARE(highlights(m_editor), QStringLiteral("^^"));

    m_actions->setEditor(&other);
    QCOMPARE(m_bar->editor(), &other);
    QCOMPARE(highlights(m_editor), QStringLiteral(".."));
    QCOMPARE(highlights(&other), QStringLiteral("^^....^^"));
    QCOMPARE(m_bar->matchCount(), 2);
    QVERIFY(m_bar->findNext());
    QCOMPARE(MarkedText::get(&other), QStringLiteral("~xx| yy xx"));
    m_actions->setEditor(m_editor);
}

QTEST_MAIN(TestFindBar)
#include "tst_FindBar.moc"
