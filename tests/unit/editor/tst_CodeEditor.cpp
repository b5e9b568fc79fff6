#include "CodeEditor.h"
#include "Highlighting.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>

#include <QFontInfo>
#include <QTest>

namespace {
// Stands in for a later highlighting implementation: records what it was asked for.
class RecordingHighlighting : public Highlighting {
public:
    explicit RecordingHighlighting(QStringList *requests) : m_requests(requests) {}
    QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                           const QString &fileName, QObject *parent) const override
    {
        Q_UNUSED(fileName)
        m_requests->append(ksyntaxDefinition + QLatin1Char('/') + qscintillaLexer);
        return new QsciLexerCPP(parent);
    }

private:
    QStringList *m_requests;
};
} // namespace

class TestCodeEditor : public QObject {
    Q_OBJECT
private slots:
    void lexerPerLanguage_data();
    void lexerPerLanguage();
    void lexerKeepsMonospaceFont();
    void highlightingIsReplaceable();
    void lineNumbersMarginVisible();
    void templateInsertion();
    void textRoundTrip();
    void typedTextRoundTrip();
};

void TestCodeEditor::lexerPerLanguage_data()
{
    QTest::addColumn<QString>("ksyntax");
    QTest::addColumn<QString>("qscintilla");
    QTest::addColumn<QString>("lexerLanguage"); // empty: plain text

    QTest::newRow("c++") << "C++"
                         << "cpp" << QsciLexerCPP().language();
    QTest::newRow("python") << "Python"
                            << "python" << QsciLexerPython().language();
    QTest::newRow("javascript") << "JavaScript"
                                << "javascript" << QsciLexerJavaScript().language();
    QTest::newRow("bash") << "Bash"
                          << "bash" << QsciLexerBash().language();
    QTest::newRow("unknown") << "Brainfuck"
                             << "brainfuck" << QString();
}

void TestCodeEditor::lexerPerLanguage()
{
    QFETCH(QString, ksyntax);
    QFETCH(QString, qscintilla);
    QFETCH(QString, lexerLanguage);

    CodeEditor editor;
    editor.setLanguage(ksyntax, qscintilla);
    if (lexerLanguage.isEmpty()) {
        QVERIFY(!editor.lexer());
    } else {
        QVERIFY(editor.lexer());
        QCOMPARE(QString::fromLatin1(editor.lexer()->language()), lexerLanguage);
    }
}

void TestCodeEditor::lexerKeepsMonospaceFont()
{
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    QVERIFY(QFontInfo(editor.lexer()->font(QsciLexerPython::Keyword)).fixedPitch());
    QCOMPARE(editor.lexer()->font(QsciLexerPython::Comment).family(), editor.editorFont().family());
}

void TestCodeEditor::highlightingIsReplaceable()
{
    QStringList requests;
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.setHighlighting(std::make_unique<RecordingHighlighting>(&requests));
    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    QCOMPARE(requests, QStringList({QStringLiteral("C++/cpp"), QStringLiteral("Python/python")}));
    QCOMPARE(QString::fromLatin1(editor.lexer()->language()), QsciLexerCPP().language());
}

void TestCodeEditor::lineNumbersMarginVisible()
{
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.marginType(0), QsciScintilla::NumberMargin);
    QVERIFY(editor.marginLineNumbers(0));
    const int narrow = editor.marginWidth(0);
    QVERIFY(narrow > 0);

    editor.setText(QString(12000, QLatin1Char('\n')));
    QVERIFY2(editor.marginWidth(0) > narrow, "five-digit line numbers need a wider margin");
}

void TestCodeEditor::templateInsertion()
{
    const QString templateText = QStringLiteral("name = input()\nprint(f\"Hello, {name}!\")\n");
    CodeEditor editor;
    editor.setText(QStringLiteral("old text"));
    editor.setDocumentText(templateText);
    QCOMPARE(editor.text(), templateText);
    QVERIFY(!editor.isModified());
    QVERIFY2(!editor.isUndoAvailable(), "undo must not bring back the previous document");
    int line = -1, index = -1;
    editor.getCursorPosition(&line, &index);
    QCOMPARE(line, 0);
    QCOMPARE(index, 0);
}

void TestCodeEditor::textRoundTrip()
{
    const QString text =
        QStringLiteral("#include <cstdio>\n\tint main() { puts(\"héllo, мир, 世界 🎉\"); }\n"
                       "// trailing spaces   \n\n");
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.setDocumentText(text);
    QCOMPARE(editor.text(), text);
    QCOMPARE(editor.lines(), 5);
}

void TestCodeEditor::typedTextRoundTrip()
{
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    QTest::keyClicks(&editor, QStringLiteral("print(input()[::-1])"));
    QCOMPARE(editor.text(), QStringLiteral("print(input()[::-1])"));
    QVERIFY(editor.isModified());
}

QTEST_MAIN(TestCodeEditor)
#include "tst_CodeEditor.moc"
