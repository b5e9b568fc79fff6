#include "AutoPairs.h"

#include "CodeEditor.h"
#include "EditorIndicators.h"
#include "EditorText.h"

#include <QKeyEvent>

namespace {
using Sci = QsciScintillaBase;

bool isQuote(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`');
}

// The closer of an opener, or a null QChar.
QChar closerOf(QChar c)
{
    switch (c.unicode()) {
    case '(':
        return QLatin1Char(')');
    case '[':
        return QLatin1Char(']');
    case '{':
        return QLatin1Char('}');
    case '"':
    case '\'':
    case '`':
        return c;
    default:
        return QChar();
    }
}

bool isCloser(QChar c)
{
    return c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}') || isQuote(c);
}
} // namespace

AutoPairs::AutoPairs(CodeEditor *editor) : QObject(editor), m_editor(editor)
{
    editor->SendScintilla(Sci::SCI_INDICSETSTYLE, EditorIndicators::AutoClosed,
                          long(Sci::INDIC_HIDDEN));
    editor->installEventFilter(this);
}

bool AutoPairs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress)
        return false;
    return handleKey(static_cast<QKeyEvent *>(event));
}

bool AutoPairs::handleKey(const QKeyEvent *key)
{
    if (m_editor->isReadOnly() || m_editor->isListActive() ||
        !EditorText::hasSingleSelection(m_editor) || m_editor->SendScintilla(Sci::SCI_GETOVERTYPE))
        return false;
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return false;
    if (key->key() == Qt::Key_Backspace)
        return deletePair();
    const QString text = key->text();
    if (text.size() != 1)
        return false;
    const QChar typed = text.at(0);
    const bool selection =
        EditorText::selectionStart(m_editor) != EditorText::selectionEnd(m_editor);
    if (!selection && isCloser(typed) && stepOver(typed))
        return true;
    const QChar closer = closerOf(typed);
    if (closer.isNull())
        return false;
    return selection ? wrapSelection(typed, closer) : insertPair(typed, closer);
}

bool AutoPairs::stepOver(QChar closer)
{
    const int position = EditorText::caret(m_editor);
    if (EditorText::charAt(m_editor, position) != QString(closer) || !isAutoClosed(position))
        return false;
    markAutoClosed(position, false);
    EditorText::select(m_editor, position + 1, position + 1);
    return true;
}

bool AutoPairs::deletePair()
{
    const int position = EditorText::caret(m_editor);
    if (EditorText::selectionStart(m_editor) != EditorText::selectionEnd(m_editor) ||
        !isAutoClosed(position))
        return false;
    const QString before = EditorText::charBefore(m_editor, position);
    const QString after = EditorText::charAt(m_editor, position);
    if (before.size() != 1 || after.size() != 1 || closerOf(before.at(0)) != after.at(0))
        return false;
    m_editor->beginUndoAction();
    EditorText::replace(m_editor, position - 1, position + 1, QString());
    EditorText::select(m_editor, position - 1, position - 1);
    m_editor->endUndoAction();
    return true;
}

bool AutoPairs::wrapSelection(QChar opener, QChar closer)
{
    const int start = EditorText::selectionStart(m_editor);
    const int end = EditorText::selectionEnd(m_editor);
    const bool caretAtEnd = EditorText::caret(m_editor) == end;
    // Both ends are ASCII: one byte each.
    m_editor->beginUndoAction();
    EditorText::replace(m_editor, end, end, QString(closer));
    EditorText::replace(m_editor, start, start, QString(opener));
    if (caretAtEnd)
        EditorText::select(m_editor, start + 1, end + 1);
    else
        EditorText::select(m_editor, end + 1, start + 1);
    m_editor->endUndoAction();
    return true;
}

bool AutoPairs::insertPair(QChar opener, QChar closer)
{
    const int position = EditorText::caret(m_editor);
    const QString next = EditorText::charAt(m_editor, position);
    // Before a word the closer would land in the wrong place: "(|foo" is on the way to "(foo)".
    if (EditorText::isWordChar(next))
        return false;
    // A quote after a word is an apostrophe or a string prefix being typed.
    if (isQuote(opener) && EditorText::isWordChar(EditorText::charBefore(m_editor, position)))
        return false;
    // The third quote of Python's """ (or a Markdown fence) opens a triple-quoted string.
    const int closers = isQuote(opener) && position >= 2 &&
                                EditorText::charBefore(m_editor, position) == QString(opener) &&
                                EditorText::charBefore(m_editor, position - 1) == QString(opener)
                            ? 3
                            : 1;
    m_editor->beginUndoAction();
    EditorText::replace(m_editor, position, position, QString(opener) + QString(closers, closer));
    for (int i = 1; i <= closers; ++i)
        markAutoClosed(position + i, true);
    EditorText::select(m_editor, position + 1, position + 1);
    m_editor->endUndoAction();
    return true;
}

bool AutoPairs::isAutoClosed(int position) const
{
    return m_editor->SendScintilla(Sci::SCI_INDICATORVALUEAT, EditorIndicators::AutoClosed,
                                   long(position)) != 0;
}

void AutoPairs::markAutoClosed(int position, bool closed)
{
    m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicators::AutoClosed);
    m_editor->SendScintilla(closed ? Sci::SCI_INDICATORFILLRANGE : Sci::SCI_INDICATORCLEARRANGE,
                            static_cast<unsigned long>(position), 1L);
}
