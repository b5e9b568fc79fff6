#include "LineOperations.h"

#include "EditorText.h"

#include <Qsci/qsciscintilla.h>

namespace {
using Sci = QsciScintillaBase;

// Swaps the block of lines [first, last] with its neighbour line, above or below.
bool moveLines(QsciScintilla *editor, bool up)
{
    using namespace EditorText;
    int first = 0, last = 0;
    selectedLines(editor, &first, &last);
    if ((up && first == 0) || (!up && last + 1 >= lineCount(editor)))
        return false;

    const int blockStart = lineStart(editor, first);
    const int blockEnd = lineEnd(editor, last);
    const QString block = range(editor, blockStart, blockEnd);
    const int other = up ? first - 1 : last + 1;
    const QString neighbour = lineText(editor, other);
    // The line break between the block and its neighbour moves with the neighbour.
    const QString lineBreak = up ? range(editor, lineEnd(editor, other), blockStart)
                                 : range(editor, blockEnd, lineStart(editor, other));
    const int shift = utf8Length(neighbour) + utf8Length(lineBreak);

    const int anchorPos = anchor(editor);
    const int caretPos = caret(editor);
    editor->beginUndoAction();
    if (up)
        replace(editor, lineStart(editor, other), blockEnd, block + lineBreak + neighbour);
    else
        replace(editor, blockStart, lineEnd(editor, other), neighbour + lineBreak + block);
    const int delta = up ? -shift : shift;
    select(editor, anchorPos + delta, caretPos + delta);
    editor->endUndoAction();
    return true;
}
} // namespace

void LineOperations::duplicate(QsciScintilla *editor)
{
    using namespace EditorText;
    const int start = selectionStart(editor);
    const int end = selectionEnd(editor);
    editor->beginUndoAction();
    if (start != end) {
        const int copyEnd = replace(editor, end, end, range(editor, start, end));
        select(editor, end, copyEnd);
    } else {
        const int line = lineAt(editor, start);
        const int column = start - lineStart(editor, line);
        replace(editor, lineEnd(editor, line), lineEnd(editor, line),
                eol(editor) + lineText(editor, line));
        const int onCopy = lineStart(editor, line + 1) + column;
        select(editor, onCopy, onCopy);
    }
    editor->endUndoAction();
}

bool LineOperations::moveUp(QsciScintilla *editor)
{
    return moveLines(editor, true);
}

bool LineOperations::moveDown(QsciScintilla *editor)
{
    return moveLines(editor, false);
}

void LineOperations::deleteLines(QsciScintilla *editor)
{
    using namespace EditorText;
    int first = 0, last = 0;
    selectedLines(editor, &first, &last);
    // The caret keeps its column on screen, tabs counted as their width.
    const long column =
        editor->SendScintilla(Sci::SCI_GETCOLUMN, static_cast<unsigned long>(caret(editor)));
    editor->beginUndoAction();
    int caretLine = first;
    if (last + 1 < lineCount(editor)) {
        replace(editor, lineStart(editor, first), lineStart(editor, last + 1), QString());
    } else if (first > 0) { // the last line: the line break before it goes with it
        replace(editor, lineEnd(editor, first - 1), int(editor->length()), QString());
        caretLine = first - 1;
    } else {
        replace(editor, 0, int(editor->length()), QString());
    }
    const int position = int(
        editor->SendScintilla(Sci::SCI_FINDCOLUMN, static_cast<unsigned long>(caretLine), column));
    select(editor, position, position);
    editor->endUndoAction();
}
