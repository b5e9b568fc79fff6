#pragma once

#include <QString>

class QsciScintilla;

// Small reads and edits of a QScintilla document by byte position, the unit Scintilla counts in,
// shared by the editing features so none of them converts positions its own way.
namespace EditorText {

int caret(const QsciScintilla *editor);
int anchor(const QsciScintilla *editor);
int selectionStart(const QsciScintilla *editor);
int selectionEnd(const QsciScintilla *editor);
// One plain selection (possibly empty): no rectangle, no extra carets.
bool hasSingleSelection(const QsciScintilla *editor);
void select(QsciScintilla *editor, int anchor, int caret);

int lineCount(const QsciScintilla *editor);
int lineAt(const QsciScintilla *editor, int position);
int lineStart(const QsciScintilla *editor, int line);
// Where the line's end-of-line characters begin.
int lineEnd(const QsciScintilla *editor, int line);
QString lineText(const QsciScintilla *editor, int line);
// The end-of-line characters the document uses for new lines.
QString eol(const QsciScintilla *editor);

QString range(const QsciScintilla *editor, int from, int to);
// The character just before or at position, empty at either end of the document.
QString charBefore(const QsciScintilla *editor, int position);
QString charAt(const QsciScintilla *editor, int position);
// Replaces [from, to) with text; returns where the new text ends.
int replace(QsciScintilla *editor, int from, int to, const QString &text);

// The first and last line the selection touches; a selection ending at the very start of a line
// does not take that line.
void selectedLines(const QsciScintilla *editor, int *first, int *last);
// The length of text's leading spaces and tabs.
int indentLength(const QString &text);
int utf8Length(const QString &text);
// Letters, digits and '_': the characters that make up words in code.
bool isWordChar(const QString &character);

} // namespace EditorText
