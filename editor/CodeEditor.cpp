#include "CodeEditor.h"

#include "LexerFactory.h"

#include <Qsci/qscilexer.h>

#include <QFontDatabase>
#include <QFontInfo>

namespace {
constexpr int LineNumberMargin = 0;
constexpr int SymbolMargin = 1;
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
    : QsciScintilla(parent), m_highlighting(std::make_unique<LexerFactory>())
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
    setCaretLineBackgroundColor(QColor(0xf3, 0xf6, 0xfb));
    setCaretWidth(2);

    setMarginType(LineNumberMargin, NumberMargin);
    setMarginLineNumbers(LineNumberMargin, true);
    setMarginWidth(SymbolMargin, 0); // no markers yet; error markers come later
    SendScintilla(SCI_SETMARGINLEFT, 0, TextLeftPadding);
    // Without tracking, Scintilla shows a horizontal scroll bar for 2000 px of nothing.
    SendScintilla(SCI_SETSCROLLWIDTH, 1);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1);

    connect(this, &QsciScintilla::linesChanged, this, &CodeEditor::updateLineNumberWidth);
    styleLineNumbers();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setHighlighting(std::unique_ptr<Highlighting> highlighting)
{
    m_highlighting = std::move(highlighting);
    setLanguage(m_ksyntaxDefinition, m_qscintillaLexer);
}

void CodeEditor::setLanguage(const QString &ksyntaxDefinition, const QString &qscintillaLexer)
{
    m_ksyntaxDefinition = ksyntaxDefinition;
    m_qscintillaLexer = qscintillaLexer;
    QsciLexer *old = lexer();
    QsciLexer *created = m_highlighting->createLexer(ksyntaxDefinition, qscintillaLexer, this);
    if (created) {
        // Lexers bring their own fonts per style; the editor keeps one monospace font throughout.
        created->setDefaultFont(m_font);
        created->setFont(m_font, -1);
    }
    setLexer(created);
    delete old;
    styleLineNumbers(); // setLexer() resets the margins' font and colours to the lexer's
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
    setMarginsBackgroundColor(QColor(0xf5, 0xf5, 0xf5));
    setMarginsForegroundColor(QColor(0x90, 0x90, 0x90));
    updateLineNumberWidth();
}

void CodeEditor::updateLineNumberWidth()
{
    const int digits = qMax(3, int(QString::number(lines()).size()));
    setMarginWidth(LineNumberMargin, QString(digits + 1, QLatin1Char('9')));
}
