#include "ButtonMnemonics.h"

#include "UiLanguage.h"

#include <QAction>
#include <QActionEvent>
#include <QToolButton>

namespace {
// What QAction::iconText() makes of the text when no button text was set (Qt's qt_strippedText).
QString derivedIconText(QString text)
{
    text.remove(QLatin1String("..."));
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // and keeps the next character, so "&&" is one '&'
    }
    return text.trimmed();
}
} // namespace

ButtonMnemonics::ButtonMnemonics(QObject *parent) : QObject(parent) {}

bool ButtonMnemonics::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionChanged) &&
        qobject_cast<QToolButton *>(watched)) {
        QAction *action = static_cast<QActionEvent *>(event)->action();
        const QString text = action->text();
        // Only a button text Qt made from the action's text, not one set on purpose.
        if (action->iconText() == derivedIconText(text)) {
            const QString plain = UiLanguage::withoutMnemonic(text);
            if (plain != action->iconText())
                action->setIconText(plain); // changes the action: this comes back, unchanged
        }
    }
    return QObject::eventFilter(watched, event);
}
