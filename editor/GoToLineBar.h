#pragma once

#include <QFrame>

class CodeEditor;
class QLineEdit;

// A small field over the top of an editor that takes "line" or "line:column" (1-based) and moves
// the caret there. Enter jumps and closes it; Esc closes it; the focus goes back to the editor.
class GoToLineBar : public QFrame {
    Q_OBJECT
public:
    // Lives over editor, which owns it.
    explicit GoToLineBar(CodeEditor *editor);

    // The editor's bar, made on first use.
    static GoToLineBar *of(CodeEditor *editor);

    void open();
    // Moves the caret to text's position, clamped to the document; false (and the field turns
    // red) when text is not a position.
    bool goTo(const QString &text);
    QLineEdit *field() const { return m_field; }

    // "12" or "12:5" (also "12,5"); column is 0 when not given. False for anything else.
    static bool parse(const QString &text, int *line, int *column);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dismiss();
    void place();
    void setFieldError(bool error);

    CodeEditor *m_editor;
    QLineEdit *m_field;
};
