#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class CodeEditor;
class FindBar;
class QAction;

// The Edit menu's commands as QActions with their shortcuts, aimed at whichever editor is
// current. Put actions() in a menu (or add them to the window) for the shortcuts to work; an
// editor given to setEditor() leaves these keys to the actions rather than its own key map.
// While another text field has the focus, Undo to Select All act on that field and the line
// commands do nothing.
class EditActions : public QObject {
    Q_OBJECT
public:
    enum Command {
        Undo,
        Redo,
        Cut,
        Copy,
        Paste,
        SelectAll,
        ToggleComment,
        DuplicateLine,
        MoveLinesUp,
        MoveLinesDown,
        DeleteLines,
        Find,
        Replace,
        FindNext,
        FindPrevious,
        GoToLine,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        ShowWhitespace,
    };

    explicit EditActions(QObject *parent = nullptr);

    // The editor the commands act on; nullptr disables them.
    void setEditor(CodeEditor *editor);
    CodeEditor *editor() const { return m_editor; }
    // The find bar that Find and Replace open; it follows setEditor(). Without one they are off.
    void setFindBar(FindBar *findBar);

    // Every command in menu order, with separators between groups.
    QList<QAction *> actions() const { return m_menuOrder; }
    QAction *action(Command command) const { return m_actions.value(command); }

private:
    QAction *add(Command command, const QString &text, const QList<QKeySequence> &shortcuts);
    void separator();
    void trigger(Command command);
    void updateEnabled();
    void giveKeysToActions(CodeEditor *editor) const;

    QPointer<CodeEditor> m_editor;
    QPointer<FindBar> m_findBar;
    QList<QAction *> m_actions;   // indexed by Command
    QList<QAction *> m_menuOrder; // with separators
};
