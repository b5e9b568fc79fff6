#include "CaseDiffView.h"

#include "TrailingWhitespaceMarker.h"
#include "VerdictStyle.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>

namespace {
// Below this width (in average characters) expected and actual go one over the other.
constexpr int NarrowCharacters = 64;
// A box shows at most this much; megabytes of output would only slow the window down.
constexpr qsizetype MaximumShown = 1024 * 1024;

// What a box shows: CRLF as LF (as the checkers read it), a lone CR as a visible symbol (one
// character for one, so columns stay right), and no more than MaximumShown.
QString shown(const QString &text)
{
    QString result = text.left(MaximumShown);
    result.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    result.replace(QLatin1Char('\r'), QChar(0x240d)); // ␍
    if (text.size() > MaximumShown)
        result += QCoreApplication::translate("CaseDiffView", "\n… %n more characters not shown",
                                              nullptr, int(text.size() - MaximumShown));
    return result;
}

QPlainTextEdit *textBox(const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new TrailingWhitespaceMarker(edit->document());
    return edit;
}

QLabel *smallTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *titled(QWidget *title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

// Either scroll bar moves the other: the two outputs stay line by line side by side.
void scrollTogether(QScrollBar *a, QScrollBar *b)
{
    QObject::connect(a, &QScrollBar::valueChanged, b, [b](int value) {
        if (b->value() != value)
            b->setValue(value);
    });
    QObject::connect(b, &QScrollBar::valueChanged, a, [a](int value) {
        if (a->value() != value)
            a->setValue(value);
    });
}

// The first place two texts differ, character by character (for when the line checker finds
// them equal but the verdict says they are not: trailing spaces, a final line break).
FirstDifference exactDifference(const QString &expected, const QString &actual)
{
    const qsizetype n = qMin(expected.size(), actual.size());
    qsizetype i = 0;
    while (i < n && expected.at(i) == actual.at(i))
        ++i;
    if (i == expected.size() && i == actual.size())
        return {};
    const qsizetype lineStart = expected.lastIndexOf(QLatin1Char('\n'), i - 1) + 1;
    return {int(expected.left(i).count(QLatin1Char('\n'))), int(i - lineStart)};
}

bool isWhitespaceAt(const QTextBlock &block, int column)
{
    if (!block.isValid())
        return false;
    if (column >= block.text().size())
        return true; // the line ends here: a line break or its absence
    return block.text().at(column).isSpace();
}

// The line's background, and the character where the outputs part, stronger.
QList<QTextEdit::ExtraSelection> differenceMarks(QPlainTextEdit *edit, FirstDifference where)
{
    const QTextBlock block = edit->document()->findBlockByNumber(where.line);
    if (!block.isValid())
        return {};
    QTextEdit::ExtraSelection line;
    line.format.setBackground(QColor(0xe5, 0x39, 0x35, 0x40));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = QTextCursor(block);
    QList<QTextEdit::ExtraSelection> marks{line};
    if (where.column >= 0 && where.column < block.length() - 1) {
        QTextEdit::ExtraSelection character;
        character.format.setBackground(QColor(0xe5, 0x39, 0x35, 0xb0));
        character.format.setForeground(Qt::white);
        character.cursor = QTextCursor(block);
        character.cursor.setPosition(block.position() + where.column);
        character.cursor.setPosition(block.position() + where.column + 1, QTextCursor::KeepAnchor);
        marks << character;
    }
    return marks;
}
} // namespace

CaseDiffView::CaseDiffView(QWidget *parent)
    : QWidget(parent), m_badge(new QLabel), m_title(new QLabel), m_message(new QLabel),
      m_expectedTitle(smallTitle(tr("Expected"))), m_errorTitle(smallTitle(tr("Standard error"))),
      m_body(new QWidget), m_placeholder(new QLabel),
      m_outputs(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_input(textBox(QStringLiteral("diffInput"))),
      m_expected(textBox(QStringLiteral("diffExpected"))),
      m_actual(textBox(QStringLiteral("diffActual"))),
      m_error(textBox(QStringLiteral("diffError"))),
      m_showWhitespace(new QCheckBox(tr("Show &whitespace")))
{
    setObjectName(QStringLiteral("caseDiffView"));
    m_badge->setObjectName(QStringLiteral("diffVerdict"));
    m_message->setObjectName(QStringLiteral("diffMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // a checker's words may hold "<"
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true); // a narrow window wraps it rather than growing
    m_title->setTextFormat(Qt::RichText);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);

    m_outputs->setContentsMargins(0, 0, 0, 0);
    m_outputs->setSpacing(6);
    // The whitespace switch sits over the outputs it is about.
    auto *expectedTitle = new QWidget;
    auto *expectedTitleRow = new QHBoxLayout(expectedTitle);
    expectedTitleRow->setContentsMargins(0, 0, 0, 0);
    expectedTitleRow->addWidget(m_expectedTitle, 1);
    expectedTitleRow->addWidget(m_showWhitespace);
    m_outputs->addWidget(titled(expectedTitle, m_expected), 1);
    // Both titles as high as the switch, so the two outputs start on the same line.
    QLabel *actualTitle = smallTitle(tr("Output"));
    actualTitle->setMinimumHeight(m_showWhitespace->sizeHint().height());
    m_outputs->addWidget(titled(actualTitle, m_actual), 1);
    auto *outputs = new QWidget;
    outputs->setLayout(m_outputs);
    scrollTogether(m_expected->verticalScrollBar(), m_actual->verticalScrollBar());
    scrollTogether(m_expected->horizontalScrollBar(), m_actual->horizontalScrollBar());

    m_errorBox = titled(m_errorTitle, m_error);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(titled(smallTitle(tr("Input")), m_input));
    splitter->addWidget(outputs);
    splitter->addWidget(m_errorBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(4, 4, 4, 4);
    bodyLayout->setSpacing(4);
    bodyLayout->addLayout(header);
    bodyLayout->addWidget(m_message);
    bodyLayout->addWidget(splitter, 1);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(
        tr("Click a test case to see its expected and actual output side by side."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addWidget(m_placeholder);
    connect(m_showWhitespace, &QCheckBox::toggled, this, &CaseDiffView::showWhitespace);
    clear();
}

void CaseDiffView::clear()
{
    m_caseId.clear();
    m_number = 0;
    m_shown.reset();
    m_difference = {};
    for (QPlainTextEdit *edit : {m_input, m_expected, m_actual, m_error})
        edit->clear();
    m_body->hide();
    m_placeholder->show();
}

QString CaseDiffView::title() const
{
    return m_number > 0 ? tr("Test %1").arg(m_number) : tr("Test");
}

void CaseDiffView::showCase(int number, const TestCase &test, const TestOutcome &outcome,
                            const CheckerSpec &checker)
{
    auto showing = std::make_tuple(number, test, outcome, checker);
    if (m_shown == showing && !m_body->isHidden())
        return;
    m_shown = std::move(showing);
    m_caseId = test.id;
    m_number = number;
    m_placeholder->hide();
    m_body->show();
    VerdictStyle::applyBadge(m_badge, outcome.verdict);

    // "Test 2 · Wrong answer" in bold, then what was measured.
    QString name = title();
    if (outcome.verdict != Verdict::Pending && outcome.verdict != Verdict::Running)
        name += QStringLiteral(" · ") + verdictName(outcome.verdict);
    QStringList facts;
    if (outcome.timeMs >= 0)
        facts << tr("CPU %1 ms").arg(outcome.timeMs);
    if (outcome.wallMs >= 0)
        facts << tr("wall %1 ms").arg(outcome.wallMs);
    if (outcome.memoryBytes >= 0)
        facts << QLocale().formattedDataSize(outcome.memoryBytes,
                                             outcome.memoryBytes < (1 << 20) ? 0 : 1);
    m_title->setText(
        QStringLiteral("<b>%1</b>&nbsp;&nbsp; %2")
            .arg(name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    QString message = outcome.message;
    if (outcome.verdict == Verdict::Pending)
        message = tr("Not run yet: Run all (Ctrl+Shift+Enter) judges every case.");
    m_message->setText(message);

    m_input->setPlainText(shown(test.input));
    m_expected->setPlainText(shown(test.expected));
    m_actual->setPlainText(shown(outcome.output));
    m_expected->setPlaceholderText(
        tr("No expected output: the case passes when the program ends without an error."));
    m_actual->setPlaceholderText(outcome.verdict == Verdict::Pending ? tr("Not run yet.")
                                                                     : tr("(no output)"));
    m_error->setPlainText(shown(outcome.errorOutput));
    m_errorTitle->setText(outcome.verdict == Verdict::CompileError ? tr("Compiler messages")
                                                                   : tr("Standard error"));
    m_errorBox->setVisible(!outcome.errorOutput.isEmpty());

    // Only a rejected output has a difference worth marking.
    m_difference = {};
    if (outcome.verdict == Verdict::WrongAnswer && !test.expected.isEmpty()) {
        const QString expected = m_expected->toPlainText();
        const QString actual = m_actual->toPlainText();
        m_difference = firstDifference(expected, actual);
        if (m_difference.line < 0)
            m_difference = exactDifference(expected, actual);
    }
    markDifference();
    // Whitespace is shown when it is what differs, or when the checker counts every byte.
    const bool whitespaceMatters =
        m_difference.line >= 0 &&
        (checker.kind == CheckerSpec::Kind::Exact ||
         isWhitespaceAt(m_expected->document()->findBlockByNumber(m_difference.line),
                        m_difference.column) ||
         isWhitespaceAt(m_actual->document()->findBlockByNumber(m_difference.line),
                        m_difference.column));
    m_showWhitespace->setChecked(whitespaceMatters);
    showWhitespace(whitespaceMatters);
}

void CaseDiffView::markDifference()
{
    for (QPlainTextEdit *edit : {m_expected, m_actual}) {
        if (m_difference.line < 0) {
            edit->setExtraSelections({});
            continue;
        }
        edit->setExtraSelections(differenceMarks(edit, m_difference));
    }
    if (m_difference.line < 0)
        return;
    // Both scroll to the difference (as far as their text reaches).
    for (QPlainTextEdit *edit : {m_expected, m_actual}) {
        QTextBlock block = edit->document()->findBlockByNumber(m_difference.line);
        if (!block.isValid())
            block = edit->document()->lastBlock();
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + qBound(0, m_difference.column, block.length() - 1));
        edit->setTextCursor(cursor);
        edit->centerCursor();
    }
}

void CaseDiffView::showWhitespace(bool show)
{
    for (QPlainTextEdit *edit : {m_input, m_expected, m_actual}) {
        QTextOption option = edit->document()->defaultTextOption();
        QTextOption::Flags flags = option.flags();
        flags.setFlag(QTextOption::ShowTabsAndSpaces, show);
        flags.setFlag(QTextOption::ShowLineAndParagraphSeparators, show);
        option.setFlags(flags);
        edit->document()->setDefaultTextOption(option);
    }
}

void CaseDiffView::setTextFont(const QFont &font)
{
    for (QPlainTextEdit *edit : {m_input, m_expected, m_actual, m_error})
        edit->setFont(font);
}

void CaseDiffView::setTextPalette(const QPalette &palette)
{
    for (QPlainTextEdit *edit : {m_input, m_expected, m_actual, m_error})
        edit->setPalette(palette);
}

void CaseDiffView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    m_outputs->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}
