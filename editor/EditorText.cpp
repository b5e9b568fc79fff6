#include "EditorText.h"

#include <Qsci/qsciscintilla.h>

namespace EditorText {

namespace {
using Sci = QsciScintillaBase;

long send(const QsciScintilla *editor, unsigned int message, unsigned long wParam = 0,
          long lParam = 0)
{
    return editor->SendScintilla(message, wParam, lParam);
}
} // namespace

int caret(const QsciScintilla *editor)
{
    return int(send(editor, Sci::SCI_GETCURRENTPOS));
}

int anchor(const QsciScintilla *editor)
{
    return int(send(editor, Sci::SCI_GETANCHOR));
}

int selectionStart(const QsciScintilla *editor)
{
    return int(send(editor, Sci::SCI_GETSELECTIONSTART));
}

int selectionEnd(const QsciScintilla *editor)
{
    return int(send(editor, Sci::SCI_GETSELECTIONEND));
}

bool hasSingleSelection(const QsciScintilla *editor)
{
    return send(editor, Sci::SCI_GETSELECTIONS) == 1 &&
           !send(editor, Sci::SCI_SELECTIONISRECTANGLE);
}

void select(QsciScintilla *editor, int anchor, int caret)
{
    send(editor, Sci::SCI_SETSEL, static_cast<unsigned long>(anchor), caret);
    send(editor, Sci::SCI_SCROLLCARET);
}

int lineCount(const QsciScintilla *editor)
{
    return int(send(editor, Sci::SCI_GETLINECOUNT));
}

int lineAt(const QsciScintilla *editor, int position)
{
    return int(send(editor, Sci::SCI_LINEFROMPOSITION, static_cast<unsigned long>(position)));
}

int lineStart(const QsciScintilla *editor, int line)
{
    return int(send(editor, Sci::SCI_POSITIONFROMLINE, static_cast<unsigned long>(line)));
}

int lineEnd(const QsciScintilla *editor, int line)
{
    return int(send(editor, Sci::SCI_GETLINEENDPOSITION, static_cast<unsigned long>(line)));
}

QString lineText(const QsciScintilla *editor, int line)
{
    return range(editor, lineStart(editor, line), lineEnd(editor, line));
}

QString eol(const QsciScintilla *editor)
{
    switch (editor->eolMode()) {
    case QsciScintilla::EolWindows:
        return QStringLiteral("\r\n");
    case QsciScintilla::EolMac:
        return QStringLiteral("\r");
    case QsciScintilla::EolUnix:
        break;
    }
    return QStringLiteral("\n");
}

QString range(const QsciScintilla *editor, int from, int to)
{
    return from < to ? editor->text(from, to) : QString();
}

QString charBefore(const QsciScintilla *editor, int position)
{
    if (position <= 0)
        return QString();
    const int before =
        int(send(editor, Sci::SCI_POSITIONBEFORE, static_cast<unsigned long>(position)));
    return range(editor, before, position);
}

QString charAt(const QsciScintilla *editor, int position)
{
    const int after =
        int(send(editor, Sci::SCI_POSITIONAFTER, static_cast<unsigned long>(position)));
    return range(editor, position, after);
}

int replace(QsciScintilla *editor, int from, int to, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    send(editor, Sci::SCI_SETTARGETRANGE, static_cast<unsigned long>(from), to);
    editor->SendScintilla(Sci::SCI_REPLACETARGET, static_cast<uintptr_t>(bytes.size()),
                          bytes.constData());
    return from + int(bytes.size());
}

void selectedLines(const QsciScintilla *editor, int *first, int *last)
{
    const int start = selectionStart(editor);
    const int end = selectionEnd(editor);
    *first = lineAt(editor, start);
    *last = lineAt(editor, end);
    if (*last > *first && end == lineStart(editor, *last))
        --*last;
}

int indentLength(const QString &text)
{
    int length = 0;
    while (length < text.size() &&
           (text.at(length) == QLatin1Char(' ') || text.at(length) == QLatin1Char('\t')))
        ++length;
    return length;
}

int utf8Length(const QString &text)
{
    return int(text.toUtf8().size());
}

bool isWordChar(const QString &character)
{
    return !character.isEmpty() &&
           (character.at(0).isLetterOrNumber() || character.at(0) == QLatin1Char('_') ||
            character.at(0).isHighSurrogate());
}

} // namespace EditorText
