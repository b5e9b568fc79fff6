#include "AutoIndenter.h"

#include "CodeEditor.h"
#include "EditorText.h"

#include <QKeyEvent>

namespace {
using Sci = QsciScintillaBase;

QChar closerOf(QChar opener)
{
    switch (opener.unicode()) {
    case '{':
        return QLatin1Char('}');
    case '[':
        return QLatin1Char(']');
    case '(':
        return QLatin1Char(')');
    default:
        return QChar();
    }
}

QString trimmedRight(const QString &text)
{
    int end = int(text.size());
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.left(end);
}
} // namespace

AutoIndenter::AutoIndenter(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    // This object does all indenting; QScintilla's own would indent a second time.
    editor->setAutoIndent(false);
    editor->installEventFilter(this);
    connect(editor, &QsciScintillaBase::SCN_CHARADDED, this, &AutoIndenter::alignClosingBracket);
}

bool AutoIndenter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if ((key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter) ||
        modifiers != Qt::NoModifier || m_editor->isReadOnly() || m_editor->isListActive() ||
        !EditorText::hasSingleSelection(m_editor))
        return false;
    insertNewline();
    return true;
}

void AutoIndenter::insertNewline()
{
    using namespace EditorText;
    m_editor->beginUndoAction();
    if (selectionStart(m_editor) != selectionEnd(m_editor))
        m_editor->removeSelectedText();

    const int position = caret(m_editor);
    const int line = lineAt(m_editor, position);
    const QString before = range(m_editor, lineStart(m_editor, line), position);
    const QString after = range(m_editor, position, lineEnd(m_editor, line));
    const QString indent = before.left(indentLength(before));
    const QString kept = trimmedRight(before); // whitespace before the caret goes
    const bool opens = opensBlock(kept);
    const QString inner = opens ? indent + m_editor->editingStyle().indentUnit() : indent;

    // Whitespace between the caret and the rest of the line goes too.
    const int afterSpaces = indentLength(after);
    const QString rest = after.mid(afterSpaces);
    const QChar closer = opens && !kept.isEmpty() ? closerOf(kept.back()) : QChar();
    const bool splitPair = !closer.isNull() && rest.startsWith(closer);

    const QString newline = eol(m_editor);
    QString text = newline + inner;
    const int caretOffset = utf8Length(text);
    if (splitPair)
        text += newline + indent;
    const int from = lineStart(m_editor, line) + utf8Length(kept);
    replace(m_editor, from, position + utf8Length(after.left(afterSpaces)), text);
    select(m_editor, from + caretOffset, from + caretOffset);
    m_editor->endUndoAction();
}

bool AutoIndenter::opensBlock(const QString &textBeforeCaret) const
{
    if (textBeforeCaret.trimmed().isEmpty())
        return false;
    const QStringList openers = m_editor->editingStyle().indentAfter;
    for (const QString &opener : openers) {
        if (opener.isEmpty() || !textBeforeCaret.endsWith(opener, Qt::CaseInsensitive))
            continue;
        // "do" opens a block, "undo" does not.
        const bool word = EditorText::isWordChar(opener.left(1));
        const qsizetype start = textBeforeCaret.size() - opener.size();
        if (word && start > 0 && EditorText::isWordChar(textBeforeCaret.mid(start - 1, 1)))
            continue;
        return true;
    }
    return false;
}

void AutoIndenter::alignClosingBracket(int character)
{
    using namespace EditorText;
    if (character != '}' && character != ']' && character != ')')
        return;
    const int position = caret(m_editor);
    const int bracket = position - 1;
    if (selectionStart(m_editor) != position ||
        charAt(m_editor, bracket) != QString(QChar(character)))
        return;
    const int line = lineAt(m_editor, bracket);
    const int start = lineStart(m_editor, line);
    if (!range(m_editor, start, bracket).trimmed().isEmpty())
        return;

    // Brace matching compares styles, so the typed bracket must be styled first.
    const int styledFrom =
        lineStart(m_editor, lineAt(m_editor, int(m_editor->SendScintilla(Sci::SCI_GETENDSTYLED))));
    if (styledFrom <= position)
        m_editor->SendScintilla(Sci::SCI_COLOURISE, static_cast<unsigned long>(styledFrom),
                                long(position));
    const long match =
        m_editor->SendScintilla(Sci::SCI_BRACEMATCH, static_cast<unsigned long>(bracket), 0L);
    if (match < 0 || lineAt(m_editor, int(match)) == line)
        return;
    const QString openerLine = lineText(m_editor, lineAt(m_editor, int(match)));
    const QString indent = openerLine.left(indentLength(openerLine));
    if (range(m_editor, start, bracket) == indent)
        return;
    m_editor->beginUndoAction();
    const int end = replace(m_editor, start, bracket, indent);
    select(m_editor, end + 1, end + 1);
    m_editor->endUndoAction();
}
