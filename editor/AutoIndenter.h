#pragma once

#include <QObject>

class CodeEditor;

// Block-aware indentation for a CodeEditor: Enter keeps the line's indentation and adds a level
// after a block opener (the style's indentAfter); Enter between a bracket pair puts the closer on
// its own line; a closing bracket typed on a blank line aligns with its opening bracket's line.
class AutoIndenter : public QObject {
    Q_OBJECT
public:
    // Attaches to editor, which owns it.
    explicit AutoIndenter(CodeEditor *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void insertNewline();
    void alignClosingBracket(int character);
    bool opensBlock(const QString &textBeforeCaret) const;

    CodeEditor *m_editor;
};
