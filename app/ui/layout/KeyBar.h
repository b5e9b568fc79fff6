#pragma once

#include <QScrollArea>

#include <functional>

class QToolButton;

// The keys a phone's keyboard hides behind its symbol pages: Tab, brackets, `;` `:` `=` `<` `>`,
// quotes, the arrows, undo and redo — one row that scrolls sideways with a finger. A key is typed
// into the target (the editor or the stdin box) as if it came from a keyboard, so the editor's
// own behaviour (auto-closed brackets, indentation, its undo history) applies. The keys never take
// the focus: the on-screen keyboard stays up.
class KeyBar : public QScrollArea {
    Q_OBJECT
public:
    explicit KeyBar(QWidget *parent = nullptr);

    // Where the keys go: asked at each press, since the current editor changes with the tab.
    void setTarget(std::function<QWidget *()> target);

    // The key typed by the button with this label, e.g. "{" or "Tab"; nullptr if there is none.
    QToolButton *key(const QString &label) const;
    QList<QToolButton *> keys() const;

private:
    void addKey(const QString &label, const QString &toolTip, int key,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    QWidget *m_row;
    std::function<QWidget *()> m_target;
};
