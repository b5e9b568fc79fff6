// The KSyntaxHighlighting adapter (Qt 5 flavour, where KF5 has it): golden spans per language,
// UTF-8 offsets of non-ASCII text, folding, incremental restyling against full restyles, and
// switching language and theme on an open document.

#include "CodeEditor.h"
#include "KSyntaxLexer.h"
#include "KSyntaxLexerFactory.h"
#include "tst_HighlightingSupport.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace HighlightingSupport;

namespace {
const QString GoldenDir = QStringLiteral(RUNPAD_GOLDEN_DIR "/highlighting");

// A bare QScintilla widget with a KSyntaxLexer: what the adapter does, without CodeEditor.
struct Fixture {
    explicit Fixture(const QString &definition)
    {
        editor.setUtf8(true);
        lexer = KSyntaxLexer::forDefinition(definition, &editor);
        editor.setLexer(lexer);
    }
    QsciScintilla editor;
    KSyntaxLexer *lexer = nullptr;
};

// Styles and fold levels of text after a full restyle by a fresh lexer.
QPair<QByteArray, QList<int>> freshStyles(const QString &definition, const QByteArray &text)
{
    Fixture fresh(definition);
    fresh.editor.SendScintilla(Sci::SCI_SETTEXT, 0UL, text.constData());
    styleAll(fresh.editor);
    return {styledBytes(fresh.editor).styles, foldLevels(fresh.editor)};
}

int styleAt(const QsciScintilla &editor, int position)
{
    return int(editor.SendScintilla(Sci::SCI_GETSTYLEAT, position));
}

// Styles what Scintilla has not styled yet, up to end (-1: the whole document), as painting does.
void styleOnward(QsciScintilla &editor, long end = -1)
{
    editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED), end);
}

QString cppDocument(int lines)
{
    QString text;
    for (int i = 0; i < lines; ++i)
        text += QStringLiteral("int value%1 = compute(%1, \"text\"); // note %1\n").arg(i);
    return text;
}
} // namespace

class TestHighlightingKSyntax : public QObject {
    Q_OBJECT
private slots:
    void languageFilesNameRealDefinitions();
    void golden_data();
    void golden();
    void nonAsciiOffsets();
    void foldingFromRegions();
    void foldingFromIndentation();
    void definitionFromFileName();
    void restyleStopsWhereStatesMatch();
    void restyleContinuesWhileStatesDiffer();
    void randomEditsMatchFullRestyle_data();
    void randomEditsMatchFullRestyle();
    void switchLanguageAndThemeOnOpenDocument();
    void themesMatchKSyntaxHighlighting();
};

void TestHighlightingKSyntax::languageFilesNameRealDefinitions()
{
    const QStringList ids = languageIds();
    QCOMPARE(ids.size(), 20);
    for (const QString &id : ids) {
        const QString name = languageHighlight(id).value(QStringLiteral("ksyntax")).toString();
        QVERIFY2(
            KSyntaxLexer::hasDefinition(name),
            qPrintable(
                QStringLiteral("%1.json: no KSyntaxHighlighting definition '%2'").arg(id, name)));
        std::unique_ptr<KSyntaxLexer> lexer(KSyntaxLexer::forDefinition(name));
        QCOMPARE(lexer->definitionName(), name);
    }
}

void TestHighlightingKSyntax::golden_data()
{
    addGoldenInputRows();
}

void TestHighlightingKSyntax::golden()
{
    QFETCH(QString, input);
    const QString id = QFileInfo(input).completeBaseName();
    const QString definition = languageHighlight(id).value(QStringLiteral("ksyntax")).toString();
    Fixture f(definition);
    QVERIFY(f.lexer);
    f.editor.setText(QString::fromUtf8(readFile(input)));
    styleAll(f.editor);
    const QString actual = spans(f.editor);
    QVERIFY2(!actual.startsWith(QLatin1String("ERROR")), qPrintable(actual));
    const QString diff =
        compareGolden(GoldenDir + QStringLiteral("/ksyntax/%1.spans").arg(id), actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TestHighlightingKSyntax::nonAsciiOffsets()
{
    const QString text = QStringLiteral("auto s = \"한국어 🎉 text\"; // 주석 😀 end\n"
                                        "int x = 1; /* 이모지 👍🏽 */ return x;\n");
    Fixture f(QStringLiteral("C++"));
    f.editor.setText(text);
    styleAll(f.editor);
    const QByteArray bytes = text.toUtf8();
    QCOMPARE(int(f.editor.SendScintilla(Sci::SCI_GETENDSTYLED)), bytes.size());

    const auto check = [&](const QString &piece, Theme::TextStyle expected) {
        const int start = bytes.indexOf(piece.toUtf8());
        QVERIFY2(start >= 0, qPrintable(piece));
        const int end = start + piece.toUtf8().size();
        for (int i = start; i < end; ++i)
            QVERIFY2(
                styleAt(f.editor, i) == expected,
                qPrintable(QStringLiteral("byte %1 of '%2' is %3, not %4")
                               .arg(i - start)
                               .arg(piece)
                               .arg(Theme::textStyleName(Theme::TextStyle(styleAt(f.editor, i))))
                               .arg(Theme::textStyleName(expected))));
    };
    check(QStringLiteral("\"한국어 🎉 text\""), Theme::String);
    check(QStringLiteral("// 주석 😀 end"), Theme::Comment);
    check(QStringLiteral("/* 이모지 👍🏽 */"), Theme::Comment);
    // What follows the non-ASCII text lands on the right bytes.
    check(QStringLiteral("int"), Theme::DataType);
    check(QStringLiteral("return"), Theme::ControlFlow);
    check(QStringLiteral("1"), Theme::DecVal);
    QVERIFY(!spans(f.editor).startsWith(QLatin1String("ERROR")));
}

void TestHighlightingKSyntax::foldingFromRegions()
{
    Fixture f(QStringLiteral("C++"));
    f.editor.setText(QStringLiteral("int main() {\n"
                                    "    if (x) {\n"
                                    "        y();\n"
                                    "    } else {\n"
                                    "        z();\n"
                                    "    }\n"
                                    "}\n"));
    styleAll(f.editor);
    const QList<int> levels = foldLevels(f.editor);
    const int base = Sci::SC_FOLDLEVELBASE, header = Sci::SC_FOLDLEVELHEADERFLAG;
    // Closing lines fold away with what they close; "} else {" heads a fold of its own.
    QCOMPARE(levels, (QList<int>{base | header, (base + 1) | header, base + 2, (base + 1) | header,
                                 base + 2, base + 2, base + 1, base}));
}

void TestHighlightingKSyntax::foldingFromIndentation()
{
    Fixture f(QStringLiteral("Python"));
    QVERIFY(f.lexer->foldsByIndentation());
    f.editor.setText(QStringLiteral("def f():\n"
                                    "    s = \"\"\"\n"
                                    "text at column 0\n"
                                    "\"\"\"\n"
                                    "\n"
                                    "    return s\n"
                                    "x = 1\n"));
    styleAll(f.editor);
    const QList<int> levels = foldLevels(f.editor);
    const int base = Sci::SC_FOLDLEVELBASE, header = Sci::SC_FOLDLEVELHEADERFLAG,
              white = Sci::SC_FOLDLEVELWHITEFLAG;
    // The string's lines at column 0 stay inside the function; the blank line too.
    QCOMPARE(levels, (QList<int>{base | header, base + 4, base + 4, base + 4, (base + 4) | white,
                                 base + 4, base, base | white}));
}

void TestHighlightingKSyntax::definitionFromFileName()
{
    KSyntaxLexerFactory factory;
    QObject owner;
    auto *byName = factory.createLexer(QStringLiteral("Rust"), QStringLiteral("rust"),
                                       QStringLiteral("notes.txt"), &owner);
    QVERIFY(qobject_cast<KSyntaxLexer *>(byName));
    QCOMPARE(QString::fromLatin1(byName->language()), QStringLiteral("Rust"));

    auto *byFile = factory.createLexer(QStringLiteral("No Such Language"), QString(),
                                       QStringLiteral("solution.rs"), &owner);
    QVERIFY(qobject_cast<KSyntaxLexer *>(byFile));
    QCOMPARE(qobject_cast<KSyntaxLexer *>(byFile)->definitionName(), QStringLiteral("Rust"));

    // Neither: QScintilla's lexer for the language, then nothing.
    auto *fallback = factory.createLexer(QString(), QStringLiteral("python"), QString(), &owner);
    QVERIFY(fallback && !qobject_cast<KSyntaxLexer *>(fallback));
    QCOMPARE(QString::fromLatin1(fallback->lexer()), QStringLiteral("python"));
    QVERIFY(!factory.createLexer(QString(), QString(), QStringLiteral("README"), &owner));
}

void TestHighlightingKSyntax::restyleStopsWhereStatesMatch()
{
    Fixture f(QStringLiteral("C++"));
    f.editor.setText(cppDocument(2000));
    styleAll(f.editor);
    QCOMPARE(f.lexer->lastHighlightedLines(), 2001);

    // A letter inside an identifier: the line ends in the state it ended in before.
    const long position = f.editor.positionFromLineIndex(1000, 9);
    f.editor.SendScintilla(Sci::SCI_INSERTTEXT, position, "x");
    styleOnward(f.editor);
    QCOMPARE(f.lexer->lastHighlightedLines(), 1);
    QCOMPARE(int(f.editor.SendScintilla(Sci::SCI_GETENDSTYLED)),
             int(f.editor.SendScintilla(Sci::SCI_GETLENGTH)));

    // A new line in the middle: two edited lines, then the states match again.
    f.editor.SendScintilla(Sci::SCI_INSERTTEXT, position, "\n");
    styleOnward(f.editor);
    QCOMPARE(f.lexer->lastHighlightedLines(), 2);

    const auto fresh = freshStyles(QStringLiteral("C++"), f.editor.text().toUtf8());
    QCOMPARE(styledBytes(f.editor).styles, fresh.first);
    QCOMPARE(foldLevels(f.editor), fresh.second);
}

void TestHighlightingKSyntax::restyleContinuesWhileStatesDiffer()
{
    Fixture f(QStringLiteral("C++"));
    f.editor.setText(cppDocument(300));
    styleAll(f.editor);

    // Opening a comment changes every line after it, up to what is asked for...
    const long position = f.editor.positionFromLineIndex(100, 0);
    f.editor.SendScintilla(Sci::SCI_INSERTTEXT, position, "/*");
    const long visibleEnd = f.editor.positionFromLineIndex(150, 0);
    styleOnward(f.editor, visibleEnd);
    QCOMPARE(f.lexer->lastHighlightedLines(), 50);
    QCOMPARE(styleAt(f.editor, f.editor.positionFromLineIndex(149, 4)), int(Theme::Comment));
    // ...and the rest when it is asked for.
    styleOnward(f.editor);
    QCOMPARE(f.lexer->lastHighlightedLines(), 151);
    QCOMPARE(styleAt(f.editor, f.editor.positionFromLineIndex(299, 4)), int(Theme::Comment));

    // A brace changes no state but every fold level after it: restyling runs to the end.
    f.editor.SendScintilla(Sci::SCI_DELETERANGE, position, 2L);
    styleOnward(f.editor);
    f.editor.SendScintilla(Sci::SCI_INSERTTEXT, f.editor.positionFromLineIndex(10, 0), "{");
    styleOnward(f.editor);
    QCOMPARE(f.lexer->lastHighlightedLines(), 291);
    const auto fresh = freshStyles(QStringLiteral("C++"), f.editor.text().toUtf8());
    QCOMPARE(styledBytes(f.editor).styles, fresh.first);
    QCOMPARE(foldLevels(f.editor), fresh.second);
}

void TestHighlightingKSyntax::randomEditsMatchFullRestyle_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("edits");
    QTest::newRow("C++") << "C++"
                         << "cpp.cpp" << 150;
    QTest::newRow("Python") << "Python"
                            << "python.py" << 100;
    QTest::newRow("PHP") << "PHP (HTML)"
                         << "php.php" << 50;
    QTest::newRow("Bash") << "Bash"
                          << "bash.sh" << 50;
}

// Random edits, each followed by styling part of the document as painting would; at random
// checkpoints the whole document is styled and must equal a fresh full restyle, styles and fold
// levels alike. The seed is printed on failure; RUNPAD_HIGHLIGHT_SEED replays one.
void TestHighlightingKSyntax::randomEditsMatchFullRestyle()
{
    QFETCH(QString, definition);
    QFETCH(QString, sample);
    QFETCH(int, edits);
    const quint32 seed = qEnvironmentVariableIsSet("RUNPAD_HIGHLIGHT_SEED")
                             ? quint32(qEnvironmentVariableIntValue("RUNPAD_HIGHLIGHT_SEED"))
                             : 20240611u;
    QRandomGenerator random(seed);
    // RUNPAD_HIGHLIGHT_CHECK_EVERY=1 compares after every edit, to find the first bad one.
    const bool checkEveryEdit = qEnvironmentVariableIntValue("RUNPAD_HIGHLIGHT_CHECK_EVERY") == 1;
    static const char *const fragments[] = {
        "\n",         "\n\n",
        "    ",       "\t",
        "x",          "if (a) {\n",
        "}\n",        "{",
        "}",          "\"",
        "'",          "/*",
        "*/",         "//",
        "#",          "\"\"\"",
        "'''",        "<<END\n",
        "\nEND\n",    "$v",
        "${",         "<?php ",
        "?>",         "(",
        ")",          "def f():\n    ",
        "한국어",     "🎉",
        "é",          "\\",
        "`",          "-- ",
        "/** doc */", "#include <x>\n",
    };
    Fixture f(definition);
    QVERIFY(f.lexer);
    f.editor.setText(QString::fromUtf8(readFile(GoldenDir + QStringLiteral("/input/") + sample)));
    styleAll(f.editor);

    QString log;
    for (int edit = 1; edit <= edits; ++edit) {
        const int lineCount = f.editor.lines();
        const int line = random.bounded(lineCount);
        const QString lineText = f.editor.text(line);
        const int index = random.bounded(lineText.size() + 1); // in UTF-16 units
        // Scintilla counts bytes; never split a character (or a surrogate pair).
        int safeIndex = index;
        if (safeIndex > 0 && safeIndex < lineText.size() && lineText[safeIndex].isLowSurrogate())
            --safeIndex;
        const long position = f.editor.SendScintilla(Sci::SCI_POSITIONFROMLINE, line) +
                              lineText.left(safeIndex).toUtf8().size();
        const QByteArray before = f.editor.text().toUtf8();
        const int kind = random.bounded(10);
        if (kind < 6) {
            const char *fragment = fragments[random.bounded(int(std::size(fragments)))];
            f.editor.SendScintilla(Sci::SCI_INSERTTEXT, position, fragment);
            log =
                QStringLiteral("insert '%1' at %2").arg(QString::fromUtf8(fragment)).arg(position);
        } else if (kind < 9) {
            long end = position;
            for (int n = random.bounded(1, 40); n > 0; --n)
                end = f.editor.SendScintilla(Sci::SCI_POSITIONAFTER, end);
            f.editor.SendScintilla(Sci::SCI_DELETERANGE, position, end - position);
            log = QStringLiteral("delete %1..%2").arg(position).arg(end);
        } else {
            f.editor.SendScintilla(Sci::SCI_UNDO);
            log = QStringLiteral("undo");
        }
        // Painting styles from where styles went stale to the end of what is shown.
        const long length = f.editor.SendScintilla(Sci::SCI_GETLENGTH);
        styleOnward(f.editor, random.bounded(int(length) + 1));

        const bool checkpoint = random.bounded(3) == 0;
        if (checkpoint || edit == edits || checkEveryEdit) {
            styleOnward(f.editor);
            const StyledBytes now = styledBytes(f.editor);
            const auto fresh = freshStyles(definition, now.text);
            const QList<int> levels = foldLevels(f.editor);
            QString difference;
            for (int i = 0; i < now.styles.size() && difference.isEmpty(); ++i)
                if (now.styles[i] != fresh.first[i])
                    difference = QStringLiteral("byte %1 (line %2) is style %3, not %4")
                                     .arg(i)
                                     .arg(now.text.left(i).count('\n') + 1)
                                     .arg(int(now.styles[i]))
                                     .arg(int(fresh.first[i]));
            for (int l = 0; l < levels.size() && difference.isEmpty(); ++l)
                if (levels[l] != fresh.second.value(l))
                    difference = QStringLiteral("line %1 has fold level %2, not %3")
                                     .arg(l + 1)
                                     .arg(levels[l], 0, 16)
                                     .arg(fresh.second.value(l), 0, 16);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("seed %1, edit %2 (%3): %4, unlike a full restyle "
                                               "of:\n%5\nThe text before the edit:\n%6")
                                    .arg(seed)
                                    .arg(edit)
                                    .arg(log, difference, QString::fromUtf8(now.text),
                                         QString::fromUtf8(before))));
        }
    }
}

void TestHighlightingKSyntax::switchLanguageAndThemeOnOpenDocument()
{
    CodeEditor editor;
    editor.setTheme(Theme::byName(QStringLiteral("Breeze Light")));
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.setDocumentText(QStringLiteral("#include <cstdio>\nint main() { return 0; } // end\n"));
    styleAll(editor);
    QVERIFY(qobject_cast<KSyntaxLexer *>(editor.lexer()));
    QCOMPARE(styleAt(editor, 0), int(Theme::Preprocessor));

    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    styleAll(editor);
    auto *python = qobject_cast<KSyntaxLexer *>(editor.lexer());
    QVERIFY(python);
    QCOMPARE(python->definitionName(), QStringLiteral("Python"));
    QCOMPARE(styleAt(editor, 0), int(Theme::Comment)); // '#' starts a comment in Python
    const Theme light = Theme::byName(QStringLiteral("Breeze Light"));
    QCOMPARE(styleForeground(editor, Theme::Comment), light.textColor(Theme::Comment));
    QCOMPARE(styleForeground(editor, Theme::Keyword), light.textColor(Theme::Keyword));

    const QByteArray stylesBefore = styledBytes(editor).styles;
    const Theme monokai = Theme::byName(QStringLiteral("Monokai"));
    editor.setTheme(monokai);
    styleAll(editor);
    QCOMPARE(styledBytes(editor).styles, stylesBefore); // a theme changes colours, not styles
    QCOMPARE(styleForeground(editor, Theme::Comment), monokai.textColor(Theme::Comment));
    QCOMPARE(styleBackground(editor, Theme::Normal), monokai.background());
    QCOMPARE(styleBackground(editor, Sci::STYLE_DEFAULT), monokai.background());
}

// Our reading of the .theme files against KSyntaxHighlighting's own, for every theme it ships.
void TestHighlightingKSyntax::themesMatchKSyntaxHighlighting()
{
    KSyntaxHighlighting::Repository repository;
    const auto theirs = repository.themes();
    QCOMPARE(Theme::names().size(), theirs.size());
    for (const auto &reference : theirs) {
        const Theme theme = Theme::byName(reference.name());
        QVERIFY2(theme.isValid(), qPrintable(reference.name()));
        const QColor normal = QColor(reference.textColor(KSyntaxHighlighting::Theme::Normal));
        for (int i = 0; i < Theme::TextStyleCount; ++i) {
            const auto style = KSyntaxHighlighting::Theme::TextStyle(i);
            const Theme::Format format = theme.format(Theme::TextStyle(i));
            const QString where =
                reference.name() + QLatin1Char(' ') + Theme::textStyleName(Theme::TextStyle(i));
            // KSyntaxHighlighting says 0 for "not set": Normal's colour, the editor's background.
            const QRgb text = reference.textColor(style);
            QVERIFY2(format.foreground == (text ? QColor(text) : normal), qPrintable(where));
            const QRgb background = reference.backgroundColor(style);
            QVERIFY2(format.background == (background ? QColor(background) : QColor()),
                     qPrintable(where));
            QVERIFY2(format.bold == reference.isBold(style), qPrintable(where));
            QVERIFY2(format.italic == reference.isItalic(style), qPrintable(where));
            QVERIFY2(format.underline == reference.isUnderline(style), qPrintable(where));
            QVERIFY2(format.strikeThrough == reference.isStrikeThrough(style), qPrintable(where));
        }
        // Translucent editor colours (#AARRGGBB) are taken as drawn over the background.
        const QColor background =
            QColor(reference.editorColor(KSyntaxHighlighting::Theme::BackgroundColor) | 0xff000000);
        for (int role = 0; role < Theme::EditorColorCount; ++role) {
            const QColor color = QColor::fromRgba(
                reference.editorColor(KSyntaxHighlighting::Theme::EditorColorRole(role)));
            const double a = color.alphaF();
            const auto mix = [a](int top, int bottom) {
                return qRound(top * a + bottom * (1 - a));
            };
            const QColor expected(mix(color.red(), background.red()),
                                  mix(color.green(), background.green()),
                                  mix(color.blue(), background.blue()));
            QCOMPARE(theme.editorColor(Theme::EditorColor(role)), expected);
        }
    }
}

QTEST_MAIN(TestHighlightingKSyntax)
#include "tst_HighlightingKSyntax.moc"
