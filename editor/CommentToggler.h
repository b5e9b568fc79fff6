#pragma once

class CodeEditor;

// Toggle comment for the caret's line or every line the selection touches, with the editor's
// EditingStyle: its line comment token, or its block comment pair around each line when the
// language has no line comment. Lines that are all commented get uncommented. Blank lines are left
// alone, indentation is kept, the selection stays on the same text, and it is one undo step.
class CommentToggler {
public:
    // False when the style has no comment tokens and nothing changed.
    static bool toggle(CodeEditor *editor);
};
