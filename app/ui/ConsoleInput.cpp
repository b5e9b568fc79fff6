#include "ConsoleInput.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QResizeEvent>
#include <QToolButton>

namespace {
// Below this width (in average characters) the button's words give way to the line.
constexpr int NarrowCharacters = 36;

bool isEndOfInputKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_D &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}
} // namespace

ConsoleInput::ConsoleInput(QWidget *parent)
    : QWidget(parent), m_line(new QLineEdit(this)), m_end(new QToolButton(this))
{
    setObjectName(QStringLiteral("consoleInput"));
    m_line->setObjectName(QStringLiteral("consoleInputLine"));
    m_end->setObjectName(QStringLiteral("consoleInputEnd"));
    m_line->setToolTip(
        tr("<p>What you type here goes to the running program's input (stdin): Enter sends the "
           "line, Ctrl+D ends the input.</p><p>This works while the Input box is empty. When the "
           "Input box has text, the program gets that text and its input ends there.</p>"));
    m_end->setToolTip(tr("End the program's input, as Ctrl+D does in a terminal (Ctrl+D)"));
    // A tool button: a push button would not get narrower than 80 pixels beside a phone's console.
    m_end->setText(tr("End input"));
    // A finger needs more room than a mouse pointer.
    const int height = qMax(m_line->sizeHint().height(), fontMetrics().height() * 2 + 4);
    m_line->setMinimumHeight(height);
    m_end->setMinimumHeight(height);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_end);

    m_line->installEventFilter(this);
    connect(m_line, &QLineEdit::returnPressed, this, &ConsoleInput::send);
    connect(m_end, &QToolButton::clicked, this, &ConsoleInput::endOfInput);
    setOpen();
}

void ConsoleInput::setOpen()
{
    m_line->setEnabled(true);
    m_end->setEnabled(true);
    // Short enough for a phone; the tooltip has the rest.
    m_line->setPlaceholderText(tr("Type input, Enter sends it"));
}

void ConsoleInput::setClosed(Closed why)
{
    m_line->clear();
    m_line->setEnabled(false);
    m_end->setEnabled(false);
    m_line->setPlaceholderText(why == Closed::ByInputBox
                                   ? tr("The program read the Input box; empty it to type input "
                                        "here while the program runs")
                                   : tr("Input ended"));
}

bool ConsoleInput::isOpen() const
{
    return m_line->isEnabled();
}

void ConsoleInput::send()
{
    if (!isOpen())
        return;
    const QString line = m_line->text();
    m_line->clear();
    emit lineEntered(line);
}

// Ctrl+D is end of input here, not the line edit's delete-a-character nor anyone's shortcut.
bool ConsoleInput::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
        isEndOfInputKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        if (event->type() == QEvent::KeyPress && isOpen())
            emit endOfInput();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ConsoleInput::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    m_end->setText(narrow ? tr("End") : tr("End input"));
}
