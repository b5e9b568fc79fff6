#include "GoToLineBar.h"

#include "CodeEditor.h"
#include "EditorText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

GoToLineBar::GoToLineBar(CodeEditor *editor) : QFrame(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("goToLineBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("goToLineField"));
    m_field->installEventFilter(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Go to line:"), this));
    layout->addWidget(m_field, 1);
    connect(m_field, &QLineEdit::textEdited, this, [this] { setFieldError(false); });
    editor->installEventFilter(this); // to follow its size
    setFocusProxy(m_field);
    hide();
}

GoToLineBar *GoToLineBar::of(CodeEditor *editor)
{
    auto *bar = editor->findChild<GoToLineBar *>(QString(), Qt::FindDirectChildrenOnly);
    return bar ? bar : new GoToLineBar(editor);
}

void GoToLineBar::open()
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    m_field->setPlaceholderText(
        tr("%1:%2, lines 1 to %3").arg(line + 1).arg(index + 1).arg(m_editor->lines()));
    m_field->clear();
    setFieldError(false);
    place();
    show();
    raise();
    m_field->setFocus(Qt::ShortcutFocusReason);
}

bool GoToLineBar::goTo(const QString &text)
{
    int line = 0, column = 0;
    if (!parse(text, &line, &column)) {
        setFieldError(true);
        return false;
    }
    line = std::clamp(line, 1, EditorText::lineCount(m_editor)) - 1;
    const QString lineText = EditorText::lineText(m_editor, line);
    column = std::clamp(column, 1, int(lineText.size()) + 1) - 1;
    const int position =
        EditorText::lineStart(m_editor, line) + EditorText::utf8Length(lineText.left(column));
    m_editor->ensureLineVisible(line);
    EditorText::select(m_editor, position, position);
    dismiss();
    return true;
}

bool GoToLineBar::parse(const QString &text, int *line, int *column)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,9})\\s*(?:[:,]\\s*(\\d{1,9})\\s*)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    *line = match.captured(1).toInt();
    *column = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return *line >= 1 && (match.captured(2).isEmpty() || *column >= 1);
}

bool GoToLineBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::Resize && isVisible())
        place();
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        dismiss();
        return true;
    }
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        goTo(m_field->text());
        return true;
    }
    return false;
}

void GoToLineBar::dismiss()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void GoToLineBar::place()
{
    // Top right of the text area, like a find box, narrow enough for a phone.
    const QRect area = m_editor->viewport()->geometry();
    const int width = std::min(area.width() - 8, std::max(sizeHint().width(), 260));
    resize(width, sizeHint().height());
    move(area.right() - width - 4, area.top() + 4);
}

void GoToLineBar::setFieldError(bool error)
{
    QPalette palette = m_field->palette();
    palette.setColor(QPalette::Base,
                     error ? QColor(0xff, 0xd6, 0xd6) : this->palette().color(QPalette::Base));
    m_field->setPalette(palette);
    m_field->setProperty("error", error);
}
