#include "EditActions.h"

#include "CodeEditor.h"
#include "CommentToggler.h"
#include "FindBar.h"
#include "GoToLineBar.h"
#include "LineOperations.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>

#include <QAction>
#include <QApplication>

namespace {
QList<QKeySequence> keys(std::initializer_list<const char *> shortcuts)
{
    QList<QKeySequence> list;
    for (const char *shortcut : shortcuts)
        list.append(QKeySequence(QString::fromLatin1(shortcut)));
    return list;
}

int keyCode(const QKeySequence &sequence)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return sequence[0].toCombined();
#else
    return sequence[0];
#endif
}
} // namespace

EditActions::EditActions(QObject *parent) : QObject(parent)
{
    // The app's own keys stay free: Ctrl+Enter, F5, Shift+F5, Ctrl+N/O/S, Ctrl+Shift+S, Ctrl+Q.
    add(Undo, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo));
    add(Redo, tr("&Redo"), keys({"Ctrl+Shift+Z", "Ctrl+Y"}));
    separator();
    add(Cut, tr("Cu&t"), QKeySequence::keyBindings(QKeySequence::Cut));
    add(Copy, tr("&Copy"), QKeySequence::keyBindings(QKeySequence::Copy));
    add(Paste, tr("&Paste"), QKeySequence::keyBindings(QKeySequence::Paste));
    add(SelectAll, tr("Select &All"), QKeySequence::keyBindings(QKeySequence::SelectAll));
    separator();
    add(ToggleComment, tr("Toggle &Comment"), keys({"Ctrl+/"}));
    add(DuplicateLine, tr("&Duplicate Line or Selection"), keys({"Ctrl+Shift+D"}));
    add(MoveLinesUp, tr("Move Line &Up"), keys({"Alt+Up"}));
    add(MoveLinesDown, tr("Move Line Do&wn"), keys({"Alt+Down"}));
    add(DeleteLines, tr("De&lete Line"), keys({"Ctrl+Shift+K"}));
    separator();
    add(Find, tr("&Find…"), keys({"Ctrl+F"}));
    add(Replace, tr("R&eplace…"), keys({"Ctrl+H"}));
    add(FindNext, tr("Find &Next"), keys({"F3"}));
    add(FindPrevious, tr("Find Pre&vious"), keys({"Shift+F3"}));
    add(GoToLine, tr("&Go to Line…"), keys({"Ctrl+G"}));
    separator();
    add(ZoomIn, tr("Zoom &In"), keys({"Ctrl++", "Ctrl+="}));
    add(ZoomOut, tr("Zoom &Out"), keys({"Ctrl+-"}));
    add(ZoomReset, tr("Reset &Zoom"), keys({"Ctrl+0"}));
    add(ShowWhitespace, tr("Show &Whitespace"), {});
    m_actions.at(ShowWhitespace)->setCheckable(true);
    updateEnabled();
}

void EditActions::setEditor(CodeEditor *editor)
{
    if (editor == m_editor)
        return;
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (editor) {
        giveKeysToActions(editor);
        connect(editor, &QsciScintilla::copyAvailable, this, &EditActions::updateEnabled);
        connect(editor, &QObject::destroyed, this, &EditActions::updateEnabled,
                Qt::QueuedConnection);
    }
    if (m_findBar)
        m_findBar->setEditor(editor);
    updateEnabled();
}

void EditActions::setFindBar(FindBar *findBar)
{
    m_findBar = findBar;
    if (findBar)
        findBar->setEditor(m_editor);
    updateEnabled();
}

QAction *EditActions::add(Command command, const QString &text,
                          const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(shortcuts);
    // Menus and toolbars show the key; the editor is where it is meant.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, command] { trigger(command); });
    Q_ASSERT(m_actions.size() == command);
    m_actions.append(action);
    m_menuOrder.append(action);
    return action;
}

void EditActions::separator()
{
    auto *action = new QAction(this);
    action->setSeparator(true);
    m_menuOrder.append(action);
}

void EditActions::trigger(Command command)
{
    CodeEditor *editor = m_editor;
    if (!editor)
        return;
    // Keys that another text field (stdin, the find field) does not claim itself still reach
    // these actions: Undo and friends then act on that field, line commands not at all.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != editor && !editor->isAncestorOf(focus) &&
        focus->testAttribute(Qt::WA_InputMethodEnabled)) {
        static const char *const fieldSlots[] = {"undo", "redo",  "cut",
                                                 "copy", "paste", "selectAll"};
        if (command <= SelectAll) {
            QMetaObject::invokeMethod(focus, fieldSlots[command]);
            return;
        }
        if (command <= DeleteLines)
            return;
    }
    switch (command) {
    case Undo:
        editor->undo();
        break;
    case Redo:
        editor->redo();
        break;
    case Cut:
        editor->cut();
        break;
    case Copy:
        editor->copy();
        break;
    case Paste:
        editor->paste();
        break;
    case SelectAll:
        editor->selectAll();
        break;
    case ToggleComment:
        CommentToggler::toggle(editor);
        break;
    case DuplicateLine:
        LineOperations::duplicate(editor);
        break;
    case MoveLinesUp:
        LineOperations::moveUp(editor);
        break;
    case MoveLinesDown:
        LineOperations::moveDown(editor);
        break;
    case DeleteLines:
        LineOperations::deleteLines(editor);
        break;
    case Find:
        if (m_findBar)
            m_findBar->openFind();
        break;
    case Replace:
        if (m_findBar)
            m_findBar->openReplace();
        break;
    case FindNext:
    case FindPrevious:
        if (!m_findBar)
            break;
        if (m_findBar->searchText().isEmpty())
            m_findBar->openFind();
        else if (command == FindNext)
            m_findBar->findNext();
        else
            m_findBar->findPrevious();
        break;
    case GoToLine:
        GoToLineBar::of(editor)->open();
        break;
    case ZoomIn:
        editor->zoomIn();
        break;
    case ZoomOut:
        editor->zoomOut();
        break;
    case ZoomReset:
        editor->zoomTo(0);
        break;
    case ShowWhitespace:
        editor->setWhitespaceVisibility(m_actions.at(ShowWhitespace)->isChecked()
                                            ? QsciScintilla::WsVisible
                                            : QsciScintilla::WsInvisible);
        break;
    }
}

void EditActions::updateEnabled()
{
    const bool editor = m_editor;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(editor);
    const bool selection = editor && m_editor->hasSelectedText();
    m_actions.at(Cut)->setEnabled(selection);
    m_actions.at(Copy)->setEnabled(selection);
    for (Command command : {Find, Replace, FindNext, FindPrevious})
        m_actions.at(command)->setEnabled(editor && m_findBar);
    const QSignalBlocker blocker(m_actions.at(ShowWhitespace));
    m_actions.at(ShowWhitespace)
        ->setChecked(editor && m_editor->whitespaceVisibility() != QsciScintilla::WsInvisible);
}

void EditActions::giveKeysToActions(CodeEditor *editor) const
{
    // QScintilla claims the keys of its own key map before any shortcut sees them (Ctrl+/ moves
    // by word parts there), so those keys are taken off this editor's map.
    QsciCommandSet *commands = editor->standardCommands();
    for (const QAction *action : m_actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            const int key = keyCode(shortcut);
            while (QsciCommand *command = commands->boundTo(key)) {
                if (command->key() == key)
                    command->setKey(0);
                else if (command->alternateKey() == key)
                    command->setAlternateKey(0);
                else
                    break;
            }
        }
    }
}
