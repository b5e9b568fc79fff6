#pragma once

class QsciScintilla;

// Line commands: duplicate, move up or down, delete. Each works on the caret's line or every line
// the selection touches, keeps the caret and selection on the same text, and is one undo step.
class LineOperations {
public:
    // Without a selection, copies the line below and moves the caret onto the copy; with one,
    // inserts a copy of the selected text after it and selects the copy.
    static void duplicate(QsciScintilla *editor);
    // False at the top or bottom of the document, where nothing moves.
    static bool moveUp(QsciScintilla *editor);
    static bool moveDown(QsciScintilla *editor);
    // The caret ends on the line that followed, in the same column where the line is long enough.
    static void deleteLines(QsciScintilla *editor);
};
