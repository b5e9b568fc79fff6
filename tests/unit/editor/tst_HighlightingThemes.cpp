// Themes (both flavours): parsing the .theme format, the compiled-in themes, the default that
// follows the system palette, and what CodeEditor does with a theme across languages.

#include "CodeEditor.h"
#include "LexerFactory.h"
#include "tst_HighlightingSupport.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace HighlightingSupport;

namespace {
// A theme that sets a few things and leaves the rest out.
QByteArray smallTheme(const QString &name = QStringLiteral("Test Theme"))
{
    QString editorColors;
    for (int role = 0; role < Theme::EditorColorCount; ++role)
        editorColors += QStringLiteral("%1\"%2\": \"#%3\"")
                            .arg(role ? QStringLiteral(", ") : QString())
                            .arg(Theme::editorColorName(Theme::EditorColor(role)))
                            .arg(0x101010 + role, 6, 16, QLatin1Char('0'));
    return QStringLiteral(R"({
        "metadata": {"name": "%1", "revision": 1},
        "text-styles": {
            "Normal": {"text-color": "#112233", "selected-text-color": "#ffffff"},
            "Keyword": {"text-color": "#0000aa", "bold": true},
            "Comment": {"text-color": "#888888", "italic": true},
            "Alert": {"background-color": "#ffeeee", "underline": true},
            "Error": {"text-color": "#cc0000", "strike-through": true}
        },
        "editor-colors": {%2}
    })")
        .arg(name, editorColors)
        .toUtf8();
}

QPalette paletteWithWindow(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Base, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Text, text);
    return palette;
}

// A style number of the editor's lexer drawn as textStyle (-1: none).
int styleNumberFor(const CodeEditor &editor, Theme::TextStyle textStyle)
{
    for (int style = 0; style < Sci::STYLE_DEFAULT; ++style)
        if (!editor.lexer()->description(style).isEmpty() &&
            LexerStyles::textStyleOf(*editor.lexer(), style) == textStyle)
            return style;
    return -1;
}
} // namespace

class TestHighlightingThemes : public QObject {
    Q_OBJECT
private slots:
    void parsesTextStylesAndEditorColours();
    void missingPartsAreErrors_data();
    void missingPartsAreErrors();
    void compiledThemes();
    void defaultFollowsPalette();
    void paletteForPanels();
    void editorTakesTheme();
    void themeStaysAcrossLanguages();
    void editorFollowsSystemPaletteUntilAThemeIsChosen();
};

void TestHighlightingThemes::parsesTextStylesAndEditorColours()
{
    QString error;
    const Theme theme = Theme::fromJson(smallTheme(), &error);
    QVERIFY2(theme.isValid(), qPrintable(error));
    QCOMPARE(theme.name(), QStringLiteral("Test Theme"));
    QCOMPARE(theme.foreground(), QColor(0x11, 0x22, 0x33));
    QCOMPARE(theme.format(Theme::Keyword).foreground, QColor(0, 0, 0xaa));
    QVERIFY(theme.format(Theme::Keyword).bold);
    QVERIFY(!theme.format(Theme::Keyword).italic);
    QVERIFY(theme.format(Theme::Comment).italic);
    QVERIFY(theme.format(Theme::Error).strikeThrough);
    // A style without a text colour takes Normal's; without a background, the editor's.
    QCOMPARE(theme.textColor(Theme::Alert), theme.foreground());
    QCOMPARE(theme.format(Theme::Alert).background, QColor(0xff, 0xee, 0xee));
    QVERIFY(theme.format(Theme::Alert).underline);
    QVERIFY(!theme.format(Theme::String).background.isValid());
    QCOMPARE(theme.textColor(Theme::Others), theme.foreground());
    for (int role = 0; role < Theme::EditorColorCount; ++role)
        QCOMPARE(theme.editorColor(Theme::EditorColor(role)), QColor(QRgb(0x101010 + role)));
    QCOMPARE(theme.background(), QColor(QRgb(0x101010)));
    QCOMPARE(theme.errorMarkColor(), theme.editorColor(Theme::MarkError));
    QCOMPARE(theme.warningMarkColor(), theme.editorColor(Theme::MarkWarning));
    QCOMPARE(theme.errorTextColor(), QColor(0xcc, 0, 0));
    QVERIFY(theme.isDark()); // #101010
    QCOMPARE(Theme::textStyleName(Theme::DecVal), QStringLiteral("DecVal"));
    QCOMPARE(Theme::textStyleName(Theme::Others), QStringLiteral("Others"));
}

void TestHighlightingThemes::missingPartsAreErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QByteArray noName = smallTheme();
    noName.replace("\"name\": \"Test Theme\"", "\"title\": \"x\"");
    QByteArray noNormal = smallTheme();
    noNormal.replace("\"Normal\"", "\"Abnormal\"");
    QByteArray noBackground = smallTheme();
    noBackground.replace("\"BackgroundColor\"", "\"Backdrop\"");
    QTest::newRow("not JSON") << QByteArray("{\"metadata\": ") << QString();
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
    QTest::newRow("no name") << noName << QStringLiteral("metadata.name is missing");
    QTest::newRow("no Normal colour")
        << noNormal << QStringLiteral("text-styles.Normal.text-color is missing");
    QTest::newRow("no background")
        << noBackground << QStringLiteral("editor-colors.BackgroundColor is missing");
}

void TestHighlightingThemes::missingPartsAreErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!Theme::fromJson(json, &why).isValid());
    QVERIFY(!why.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(why, error);
    QVERIFY(!Theme::fromFile(QStringLiteral("/nonexistent/x.theme"), &why).isValid());
    QVERIFY(!why.isEmpty());
}

void TestHighlightingThemes::compiledThemes()
{
    const QStringList names = Theme::names();
    // Every file in resources/themes is compiled in and parses.
    const QStringList files =
        QDir(QStringLiteral(RUNPAD_SOURCE_THEMES_DIR)).entryList({QStringLiteral("*.theme")});
    QCOMPARE(names.size(), files.size());
    for (const QString &wanted : {QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark"),
                                  QStringLiteral("Solarized Light"),
                                  QStringLiteral("Solarized Dark"), QStringLiteral("Monokai")})
        QVERIFY2(names.contains(wanted), qPrintable(wanted));
    for (const QString &file : files) {
        QString error;
        const Theme fromSource =
            Theme::fromFile(QStringLiteral(RUNPAD_SOURCE_THEMES_DIR "/") + file, &error);
        QVERIFY2(fromSource.isValid(), qPrintable(file + QStringLiteral(": ") + error));
        QCOMPARE(Theme::byName(fromSource.name()), fromSource);
    }
    QVERIFY(!Theme::byName(QStringLiteral("No Such Theme")).isValid());
    QVERIFY(Theme::byName(QStringLiteral("Breeze Dark")).isDark());
    QVERIFY(!Theme::byName(QStringLiteral("Breeze Light")).isDark());
    QVERIFY(Theme::byName(QStringLiteral("Solarized Dark")).isDark());
    QVERIFY(!Theme::byName(QStringLiteral("Solarized Light")).isDark());
}

void TestHighlightingThemes::defaultFollowsPalette()
{
    QCOMPARE(Theme::defaultFor(paletteWithWindow(QColor(0x20, 0x22, 0x25), Qt::white)).name(),
             QStringLiteral("Breeze Dark"));
    QCOMPARE(Theme::defaultFor(paletteWithWindow(QColor(0xef, 0xf0, 0xf1), Qt::black)).name(),
             QStringLiteral("Breeze Light"));
}

void TestHighlightingThemes::paletteForPanels()
{
    const Theme theme = Theme::byName(QStringLiteral("Solarized Dark"));
    const QPalette base = paletteWithWindow(Qt::white, Qt::black);
    const QPalette palette = theme.palette(base);
    QCOMPARE(palette.color(QPalette::Base), theme.background());
    QCOMPARE(palette.color(QPalette::Text), theme.foreground());
    QCOMPARE(palette.color(QPalette::Highlight), theme.editorColor(Theme::TextSelection));
    QCOMPARE(palette.color(QPalette::PlaceholderText), theme.textColor(Theme::Comment));
    QCOMPARE(palette.color(QPalette::Inactive, QPalette::Base), theme.background());
    QCOMPARE(palette.color(QPalette::Window), QColor(Qt::white)); // not the theme's business
}

void TestHighlightingThemes::editorTakesTheme()
{
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.setDocumentText(QStringLiteral("// comment\nint main() { return 0; }\n"));
    const Theme theme = Theme::byName(QStringLiteral("Solarized Dark"));
    QSignalSpy changed(&editor, &CodeEditor::themeChanged);
    editor.setTheme(theme);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.theme(), theme);
    QVERIFY(!editor.followsSystemTheme());

    QCOMPARE(styleBackground(editor, Sci::STYLE_DEFAULT), theme.background());
    QCOMPARE(styleForeground(editor, Sci::STYLE_DEFAULT), theme.foreground());
    const int comment = styleNumberFor(editor, Theme::Comment);
    QVERIFY(comment >= 0);
    QCOMPARE(styleForeground(editor, comment), theme.textColor(Theme::Comment));
    QCOMPARE(styleBackground(editor, comment), theme.background());
    const int keyword = styleNumberFor(editor, Theme::Keyword);
    QVERIFY(keyword >= 0);
    QCOMPARE(bool(editor.SendScintilla(Sci::SCI_STYLEGETBOLD, keyword)),
             theme.format(Theme::Keyword).bold);
    QCOMPARE(scintillaColor(editor.SendScintilla(Sci::SCI_GETCARETLINEBACK)),
             theme.editorColor(Theme::CurrentLine));
    QCOMPARE(scintillaColor(editor.SendScintilla(Sci::SCI_GETCARETFORE)), theme.foreground());
    QCOMPARE(styleBackground(editor, Sci::STYLE_LINENUMBER), theme.editorColor(Theme::IconBorder));
    QCOMPARE(styleForeground(editor, Sci::STYLE_LINENUMBER), theme.editorColor(Theme::LineNumbers));
    QCOMPARE(styleBackground(editor, Sci::STYLE_BRACELIGHT),
             theme.editorColor(Theme::BracketMatching));
    QCOMPARE(styleForeground(editor, Sci::STYLE_INDENTGUIDE),
             theme.editorColor(Theme::IndentationLine));
    // Every style the lexer has stays in the editor's font family.
    QCOMPARE(editor.lexer()->font(keyword).family(), editor.editorFont().family());
}

void TestHighlightingThemes::themeStaysAcrossLanguages()
{
    CodeEditor editor;
    const Theme monokai = Theme::byName(QStringLiteral("Monokai"));
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.setDocumentText(QStringLiteral("# heading\nprint('x')  # note\n"));
    editor.setTheme(monokai);

    editor.setLanguage(QStringLiteral("Python"), QStringLiteral("python"));
    styleAll(editor);
    QCOMPARE(QString::fromLatin1(editor.lexer()->language()), QStringLiteral("Python"));
    const int first = int(editor.SendScintilla(Sci::SCI_GETSTYLEAT, 0));
    QCOMPARE(LexerStyles::textStyleOf(*editor.lexer(), first), Theme::Comment);
    QCOMPARE(styleForeground(editor, first), monokai.textColor(Theme::Comment));
    QCOMPARE(styleBackground(editor, Sci::STYLE_DEFAULT), monokai.background());
    QCOMPARE(styleBackground(editor, Sci::STYLE_LINENUMBER),
             monokai.editorColor(Theme::IconBorder));

    // Plain text: no lexer, the theme's text colours.
    editor.setLanguage(QStringLiteral("Nonexistent"), QStringLiteral("nonexistent"));
    QVERIFY(!editor.lexer());
    QCOMPARE(styleForeground(editor, 0), monokai.foreground());
    QCOMPARE(styleBackground(editor, 0), monokai.background());
    QCOMPARE(styleBackground(editor, Sci::STYLE_DEFAULT), monokai.background());
    QCOMPARE(editor.theme(), monokai);

    // By file name when the names are unknown.
    editor.setLanguage(QString(), QString(), QStringLiteral("main.rs"));
    QVERIFY(editor.lexer());
    QCOMPARE(QString::fromLatin1(editor.lexer()->language()), QStringLiteral("Rust"));
    QCOMPARE(styleBackground(editor, 0), monokai.background());
}

void TestHighlightingThemes::editorFollowsSystemPaletteUntilAThemeIsChosen()
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(paletteWithWindow(QColor(0xef, 0xf0, 0xf1), Qt::black));
    CodeEditor editor;
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    QVERIFY(editor.followsSystemTheme());
    QCOMPARE(editor.theme().name(), QStringLiteral("Breeze Light"));

    QSignalSpy changed(&editor, &CodeEditor::themeChanged);
    QApplication::setPalette(paletteWithWindow(QColor(0x20, 0x22, 0x25), Qt::white));
    QTRY_COMPARE(editor.theme().name(), QStringLiteral("Breeze Dark"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Theme>().name(), QStringLiteral("Breeze Dark"));
    QVERIFY(editor.followsSystemTheme());
    QCOMPARE(styleBackground(editor, Sci::STYLE_DEFAULT), editor.theme().background());

    // A chosen theme stays whatever the palette does...
    editor.setTheme(Theme::byName(QStringLiteral("Solarized Light")));
    QApplication::setPalette(paletteWithWindow(QColor(0xef, 0xf0, 0xf1), Qt::black));
    QCoreApplication::processEvents();
    QCOMPARE(editor.theme().name(), QStringLiteral("Solarized Light"));
    // ...until an invalid one hands the choice back to the palette.
    editor.setTheme(Theme());
    QVERIFY(editor.followsSystemTheme());
    QCOMPARE(editor.theme().name(), QStringLiteral("Breeze Light"));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestHighlightingThemes)
#include "tst_HighlightingThemes.moc"
