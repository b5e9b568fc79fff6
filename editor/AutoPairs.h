#pragma once

#include <QObject>

class CodeEditor;
class QKeyEvent;

// Auto-closing brackets and quotes for a CodeEditor. Typing ( [ { " ' ` inserts the closer too
// (quotes not next to a word, brackets not before one); typing a closer the editor inserted steps
// over it; Backspace between such a pair deletes both; with a selection, an opener wraps it.
// Each of these is one undo step.
class AutoPairs : public QObject {
    Q_OBJECT
public:
    // Attaches to editor, which owns it.
    explicit AutoPairs(CodeEditor *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(const QKeyEvent *key);
    bool stepOver(QChar closer);
    bool deletePair();
    bool wrapSelection(QChar opener, QChar closer);
    bool insertPair(QChar opener, QChar closer);
    bool isAutoClosed(int position) const;
    void markAutoClosed(int position, bool closed);

    CodeEditor *m_editor;
};
