#include "CommentToggler.h"

#include "CodeEditor.h"
#include "EditorText.h"

#include <QList>

#include <algorithm>
#include <climits>

namespace {

// One change on one line, in bytes from the line's start.
struct LineEdit {
    int line;
    int column;
    int removed;
    QString inserted;
};

// Where a selection end lands after edits on its line. A selection's start stays in front of text
// inserted right at it, so the selection grows to take in the new comment token.
int movedColumn(int column, const QList<LineEdit> &edits, int line, bool isSelectionStart)
{
    // Edits further right first, so each one's column still holds when it is applied.
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        if (it->line != line)
            continue;
        const int inserted = EditorText::utf8Length(it->inserted);
        if (column > it->column + it->removed ||
            (column == it->column + it->removed && (it->removed > 0 || !isSelectionStart)))
            column += inserted - it->removed;
        else if (column > it->column) // inside removed text
            column = it->column;
    }
    return column;
}

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

} // namespace

bool CommentToggler::toggle(CodeEditor *editor)
{
    using namespace EditorText;
    const EditingStyle &style = editor->editingStyle();
    const QString token = style.lineComment;
    const QString open = style.blockCommentStart;
    const QString close = style.blockCommentEnd;
    const bool blockMode = token.isEmpty();
    if (blockMode && (open.isEmpty() || close.isEmpty()))
        return false;

    int first = 0, last = 0;
    selectedLines(editor, &first, &last);
    QList<int> lines;
    QStringList texts;
    for (int line = first; line <= last; ++line) {
        const QString text = lineText(editor, line);
        if (!isBlank(text)) {
            lines.append(line);
            texts.append(text);
        }
    }
    if (lines.isEmpty()) { // only blank lines: comment them all the same
        for (int line = first; line <= last; ++line) {
            lines.append(line);
            texts.append(lineText(editor, line));
        }
    }

    const auto isCommented = [&](const QString &text) {
        const QString code = text.mid(indentLength(text));
        if (!blockMode)
            return code.startsWith(token);
        const QString trimmed = code.trimmed();
        return trimmed.size() >= open.size() + close.size() && trimmed.startsWith(open) &&
               trimmed.endsWith(close);
    };
    const bool uncomment = std::all_of(texts.cbegin(), texts.cend(), isCommented);
    // Comments go in one column, the least indented line's, so they line up.
    int column = INT_MAX;
    for (const QString &text : std::as_const(texts))
        column = std::min(column, indentLength(text));

    QList<LineEdit> edits; // in document order
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &text = texts.at(i);
        const int indent = indentLength(text);
        const int indentBytes = utf8Length(text.left(indent));
        if (uncomment) {
            const QString marker = blockMode ? open : token;
            const bool spaced = text.mid(indent + marker.size()).startsWith(QLatin1Char(' '));
            edits.append({lines.at(i), indentBytes, utf8Length(marker) + (spaced ? 1 : 0), {}});
            if (blockMode) {
                const int codeEnd = int(indent + text.trimmed().size());
                const int closeAt = int(codeEnd - close.size());
                const int openEnd = int(indent + open.size()) + (spaced ? 1 : 0);
                const bool closeSpaced =
                    closeAt - 1 >= openEnd && text.at(closeAt - 1) == QLatin1Char(' ');
                const int from = closeAt - (closeSpaced ? 1 : 0);
                edits.append({lines.at(i),
                              utf8Length(text.left(from)),
                              utf8Length(text.mid(from, codeEnd - from)),
                              {}});
            }
        } else {
            // Block comments wrap each line's own code; line comments line up in one column.
            const int at = utf8Length(text.left(blockMode ? indent : std::min(column, indent)));
            edits.append({lines.at(i), at, 0, (blockMode ? open : token) + QLatin1Char(' ')});
            if (blockMode)
                edits.append({lines.at(i), utf8Length(text), 0, QLatin1Char(' ') + close});
        }
    }

    const int anchorPos = anchor(editor);
    const int caretPos = caret(editor);
    const bool empty = anchorPos == caretPos;
    const int anchorLine = lineAt(editor, anchorPos);
    const int caretLine = lineAt(editor, caretPos);
    const int anchorColumn = anchorPos - lineStart(editor, anchorLine);
    const int caretColumn = caretPos - lineStart(editor, caretLine);

    editor->beginUndoAction();
    for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
        const int at = lineStart(editor, it->line) + it->column;
        replace(editor, at, at + it->removed, it->inserted);
    }
    const int newAnchor =
        lineStart(editor, anchorLine) +
        movedColumn(anchorColumn, edits, anchorLine, !empty && anchorPos < caretPos);
    const int newCaret = empty
                             ? newAnchor
                             : lineStart(editor, caretLine) +
                                   movedColumn(caretColumn, edits, caretLine, caretPos < anchorPos);
    select(editor, newAnchor, newCaret);
    editor->endUndoAction();
    return true;
}
