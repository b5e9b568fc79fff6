#include "TestCaseDialog.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScreen>

namespace {
// Below this width (in average characters) the boxes go one over the other.
constexpr int NarrowCharacters = 70;

QWidget *titled(const QString &title, QWidget *content, const QString &note = QString())
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    if (!note.isEmpty()) {
        auto *hint = new QLabel(note, box);
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(hint);
    }
    return box;
}

QPlainTextEdit *textBox(const QFont &font, const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setFont(font);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTabChangesFocus(true); // test data rarely has tabs; the keyboard must get out
    return edit;
}
} // namespace

TestCaseDialog::TestCaseDialog(const QString &title, const QFont &font, QWidget *parent)
    : QDialog(parent), m_boxes(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_input(textBox(font, QStringLiteral("caseInput"))),
      m_expected(textBox(font, QStringLiteral("caseExpected")))
{
    setWindowTitle(title);
    m_boxes->addWidget(titled(tr("&Input"), m_input), 1);
    m_boxes->addWidget(titled(tr("&Expected output"), m_expected,
                              tr("Left empty, the case passes when the program ends without "
                                 "an error.")),
                       1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_boxes, 1);
    layout->addWidget(buttons);
    const QSize room = parent ? parent->window()->size() : screen()->availableSize();
    resize(QSize(720, 420).boundedTo(room));
}

void TestCaseDialog::setCase(const QString &input, const QString &expected)
{
    m_input->setPlainText(input);
    m_expected->setPlainText(expected);
}

QString TestCaseDialog::input() const
{
    return m_input->toPlainText();
}

QString TestCaseDialog::expected() const
{
    return m_expected->toPlainText();
}

void TestCaseDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    m_boxes->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}
