#include "KeyBar.h"

#include "TouchScrolling.h"
#include "TouchTargets.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QToolButton>

KeyBar::KeyBar(QWidget *parent) : QScrollArea(parent), m_row(new QWidget)
{
    setObjectName(QStringLiteral("keyBar"));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // a finger scrolls it
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(m_row);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);

    // The ones typed most while coding come first, so the narrowest phone shows them unscrolled.
    addKey(QStringLiteral("Tab"), tr("Tab"), Qt::Key_Tab);
    addKey(QStringLiteral("←"), tr("Left"), Qt::Key_Left);
    addKey(QStringLiteral("→"), tr("Right"), Qt::Key_Right);
    const QString symbols = QStringLiteral("(){}[];=<>\"':");
    for (const QChar symbol : symbols)
        addKey(symbol, QString(), 0);
    addKey(QStringLiteral("↑"), tr("Up"), Qt::Key_Up);
    addKey(QStringLiteral("↓"), tr("Down"), Qt::Key_Down);
    addKey(QStringLiteral("↶"), tr("Undo"), Qt::Key_Z, Qt::ControlModifier);
    addKey(QStringLiteral("↷"), tr("Redo"), Qt::Key_Y, Qt::ControlModifier);
    layout->addStretch(1);

    setWidget(m_row);
    setFixedHeight(m_row->sizeHint().height());
    TouchScrolling::enable(this);
}

void KeyBar::setTarget(std::function<QWidget *()> target)
{
    m_target = std::move(target);
}

QToolButton *KeyBar::key(const QString &label) const
{
    for (QToolButton *button : keys()) {
        if (button->text() == label)
            return button;
    }
    return nullptr;
}

QList<QToolButton *> KeyBar::keys() const
{
    return m_row->findChildren<QToolButton *>();
}

// key 0 types the label's text itself, as a printable key does.
void KeyBar::addKey(const QString &label, const QString &toolTip, int key,
                    Qt::KeyboardModifiers modifiers)
{
    auto *button = new QToolButton(m_row);
    button->setText(label);
    button->setAccessibleName(toolTip.isEmpty() ? label : toolTip);
    button->setToolTip(toolTip);
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoRepeat(key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up ||
                          key == Qt::Key_Down);
    TouchTargets::enlarge(button);
    const QString text = key == 0 ? label : QString();
    const int code = key != 0 ? key : label.at(0).unicode();
    connect(button, &QToolButton::clicked, this,
            [this, code, modifiers, text] { type(code, modifiers, text); });
    m_row->layout()->addWidget(button);
}

void KeyBar::type(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QWidget *target = m_target ? m_target() : QApplication::focusWidget();
    if (!target)
        return;
    if (!target->hasFocus())
        target->setFocus(Qt::OtherFocusReason);
    // The editor may hand its key handling to a focus proxy or a child.
    QWidget *receiver = QApplication::focusWidget() ? QApplication::focusWidget() : target;
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(receiver, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(receiver, &release);
}
