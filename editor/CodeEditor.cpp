#include "CodeEditor.h"

#include "AutoIndenter.h"
#include "AutoPairs.h"
#include "EditorIndicators.h"
#include "Highlighting.h"
#include "LexerStyles.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>

namespace {
constexpr int LineNumberMargin = 0;
constexpr int SymbolMargin = 1;
constexpr int FoldMargin = 2;
// Room between the line numbers and the text, in pixels.
constexpr int TextLeftPadding = 6;

// The system's fixed-width font. Some platforms (Qt 5's offscreen one) answer with a proportional
// font, so this falls back to the generic monospace family.
QFont monospaceFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!QFontInfo(font).fixedPitch()) {
        font.setFamily(QStringLiteral("monospace"));
        font.setStyleHint(QFont::TypeWriter);
    }
    return font;
}
} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent), m_highlighting(Highlighting::createDefault())
{
    m_font = monospaceFont();
    m_font.setPointSize(qMax(m_font.pointSize(), 11));
    setFont(m_font);

    setUtf8(true);
    setEolMode(EolUnix);
    setTabWidth(4);
    setIndentationsUseTabs(false);
    setAutoIndent(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setCaretWidth(2);
    // Fold points come from the lexer (KSyntaxHighlighting's regions or indentation).
    setFolding(BoxedTreeFoldStyle, FoldMargin);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginWidth(SymbolMargin, 0); // DiagnosticMarks widens it while there are marks
    SendScintilla(SCI_SETMARGINLEFT, 0, TextLeftPadding);
    // Without tracking, Scintilla shows a horizontal scroll bar for 2000 px of nothing.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);

    // Editing comforts, each its own small object; the find bar's matches as boxes under the text
    // (a theme may recolour indicator EditorIndicators::FindMatch).
    new AutoIndenter(this);
    new AutoPairs(this);
    indicatorDefine(StraightBoxIndicator, EditorIndicators::FindMatch);
    setIndicatorDrawUnder(true, EditorIndicators::FindMatch);
    setIndicatorForegroundColor(QColor(0xff, 0xb0, 0x00, 0x70), EditorIndicators::FindMatch);
    setEditingStyle(EditingStyle());

    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    m_theme = Theme::defaultFor(QApplication::palette());
    applyTheme();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setHighlighting(std::unique_ptr<Highlighting> highlighting)
{
    m_highlighting = std::move(highlighting);
    setLanguage(m_ksyntaxDefinition, m_qscintillaLexer, m_fileName);
}

void CodeEditor::setLanguage(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                             const QString &fileName)
{
    m_ksyntaxDefinition = ksyntaxDefinition;
    m_qscintillaLexer = qscintillaLexer;
    m_fileName = fileName;
    QsciLexer *old = lexer();
    QsciLexer *created =
        m_highlighting->createLexer(ksyntaxDefinition, qscintillaLexer, fileName, this);
    if (created) {
        // Lexers bring their own fonts and colours per style; the editor keeps one monospace font
        // and the theme's colours throughout.
        created->setDefaultFont(m_font);
        created->setFont(m_font, -1);
        LexerStyles::apply(m_theme, *created, m_font);
    }
    setLexer(created);
    delete old;
    applyTheme(); // setLexer() resets the margins' font and colours, and plain text's colours
}

void CodeEditor::setTheme(const Theme &theme)
{
    m_themeFollowsPalette = !theme.isValid();
    m_theme = theme.isValid() ? theme : Theme::defaultFor(QApplication::palette());
    if (QsciLexer *current = lexer())
        LexerStyles::apply(m_theme, *current, m_font);
    applyTheme();
    emit themeChanged(m_theme);
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (m_themeFollowsPalette && event->type() == QEvent::PaletteChange) {
        const Theme followed = Theme::defaultFor(QApplication::palette());
        if (!(followed == m_theme)) {
            setTheme(followed);
            m_themeFollowsPalette = true;
        }
    }
}

void CodeEditor::applyTheme()
{
    const Theme &t = m_theme;
    if (!t.isValid())
        return;
    if (!lexer()) { // plain text; with a lexer, LexerStyles colours every style
        setColor(t.foreground());
        setPaper(t.background());
    }
    setCaretForegroundColor(t.foreground());
    setCaretLineBackgroundColor(t.editorColor(Theme::CurrentLine));
    setSelectionBackgroundColor(t.editorColor(Theme::TextSelection));
    resetSelectionForegroundColor(); // selected text keeps its colours
    setMatchedBraceBackgroundColor(t.editorColor(Theme::BracketMatching));
    setMatchedBraceForegroundColor(t.foreground());
    setUnmatchedBraceBackgroundColor(t.background());
    setUnmatchedBraceForegroundColor(t.errorTextColor());
    setIndentationGuidesBackgroundColor(t.background());
    setIndentationGuidesForegroundColor(t.editorColor(Theme::IndentationLine));
    setWhitespaceForegroundColor(t.editorColor(Theme::TabMarker));
    setEdgeColor(t.editorColor(Theme::Separator));
    // The find bar's matches: the theme's search colour, translucent under the text.
    QColor found = t.editorColor(Theme::SearchHighlight);
    found.setAlpha(0x70);
    setIndicatorForegroundColor(found, EditorIndicators::FindMatch);
    setFoldMarginColors(t.editorColor(Theme::IconBorder), t.editorColor(Theme::IconBorder));
    // The fold markers (25-31): boxes of the line-number colour on the margin's background.
    for (int marker = SC_MARKNUM_FOLDEREND; marker <= int(SC_MARKNUM_FOLDEROPEN); ++marker) {
        setMarkerForegroundColor(t.editorColor(Theme::IconBorder), marker);
        setMarkerBackgroundColor(t.editorColor(Theme::LineNumbers), marker);
    }
    styleLineNumbers();
}

void CodeEditor::setEditingStyle(const EditingStyle &style)
{
    m_editingStyle = style;
    setIndentationsUseTabs(style.useTabs);
    setIndentationWidth(style.indentWidth);
    setTabWidth(style.indentWidth);
    setTabIndents(true);
    setBackspaceUnindents(true);
}

void CodeEditor::setDocumentText(const QString &text)
{
    setText(text);
    SendScintilla(SCI_EMPTYUNDOBUFFER);
    setModified(false);
    setCursorPosition(0, 0);
}

void CodeEditor::styleLineNumbers()
{
    setMarginsFont(m_font);
    setMarginsBackgroundColor(m_theme.editorColor(Theme::IconBorder));
    setMarginsForegroundColor(m_theme.editorColor(Theme::LineNumbers));
    updateLineNumberWidth();
}

void CodeEditor::updateLineNumberWidth()
{
    const int digits = qMax(3, int(QString::number(lines()).size()));
    setMarginWidth(LineNumberMargin, QString(digits + 1, QLatin1Char('9')));
}
