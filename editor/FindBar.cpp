#include "FindBar.h"

#include "CodeEditor.h"
#include "EditorIndicators.h"
#include "EditorText.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
using Sci = QsciScintillaBase;

// Highlighting and counting stop here; replace all does not.
constexpr qsizetype MaxMatches = 50000;
// Edits while the bar is open re-highlight after this pause.
constexpr int RefreshDelayMs = 150;

QToolButton *makeButton(const QString &text, const QString &toolTip, const QString &name,
                        bool checkable, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setObjectName(name);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

// UTF-8 length of a UTF-16 code unit: a surrogate pair counts 4 at its first half.
int utf8Bytes(char16_t unit)
{
    if (unit < 0x80)
        return 1;
    if (unit < 0x800)
        return 2;
    if (QChar::isHighSurrogate(unit))
        return 4;
    if (QChar::isLowSurrogate(unit))
        return 0;
    return 3;
}
} // namespace

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    m_findField = new QLineEdit(this);
    m_findField->setObjectName(QStringLiteral("findField"));
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    m_replaceField = new QLineEdit(this);
    m_replaceField->setObjectName(QStringLiteral("replaceField"));
    m_replaceField->setPlaceholderText(tr("Replace"));
    m_replaceField->setToolTip(
        tr("With a regular expression, \\1 to \\9 insert the captured groups"));
    m_replaceField->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setMinimumWidth(
        m_status->fontMetrics().horizontalAdvance(QStringLiteral("999 of 999")));

    m_matchCase =
        makeButton(QStringLiteral("Aa"), tr("Match case"), QStringLiteral("matchCase"), true, this);
    m_wholeWord =
        makeButton(QStringLiteral("W"), tr("Whole words"), QStringLiteral("wholeWord"), true, this);
    m_regularExpression = makeButton(QStringLiteral(".*"), tr("Regular expression"),
                                     QStringLiteral("regularExpression"), true, this);
    QToolButton *previous = makeButton(QStringLiteral("↑"), tr("Previous match (Shift+Enter)"),
                                       QStringLiteral("previous"), false, this);
    QToolButton *next = makeButton(QStringLiteral("↓"), tr("Next match (Enter)"),
                                   QStringLiteral("next"), false, this);
    QToolButton *close =
        makeButton(QStringLiteral("×"), tr("Close (Esc)"), QStringLiteral("close"), false, this);
    QToolButton *replaceOne =
        makeButton(tr("Replace"), tr("Replace this match"), QStringLiteral("replace"), false, this);
    QToolButton *replaceEvery = makeButton(tr("Replace All"), tr("Replace every match"),
                                           QStringLiteral("replaceAll"), false, this);

    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replaceField, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    m_replaceRow->hide();

    auto *findLayout = new QHBoxLayout;
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_findField, 1);
    findLayout->addWidget(m_status);
    findLayout->addWidget(m_matchCase);
    findLayout->addWidget(m_wholeWord);
    findLayout->addWidget(m_regularExpression);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findLayout);
    layout->addWidget(m_replaceRow);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindBar::refreshIfDirty);

    connect(m_findField, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    for (QToolButton *option : {m_matchCase, m_wholeWord, m_regularExpression})
        connect(option, &QToolButton::toggled, this, &FindBar::searchChanged);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    connect(replaceOne, &QToolButton::clicked, this, &FindBar::replace);
    connect(replaceEvery, &QToolButton::clicked, this, &FindBar::replaceAll);

    setFocusProxy(m_findField);
    hide();
}

FindBar::~FindBar()
{
    clearHighlights(m_editor);
}

void FindBar::setEditor(CodeEditor *editor)
{
    if (editor == m_editor)
        return;
    if (m_editor) {
        disconnect(m_editor, nullptr, this, nullptr);
        clearHighlights(m_editor);
    }
    m_editor = editor;
    if (editor) {
        connect(editor, &QsciScintilla::textChanged, this, &FindBar::markDirty);
        connect(editor, &QsciScintilla::selectionChanged, this, &FindBar::updateStatus);
        connect(editor, &QsciScintilla::cursorPositionChanged, this, &FindBar::updateStatus);
    }
    m_dirty = true;
    if (m_open)
        refresh();
}

TextSearch::Options FindBar::options() const
{
    TextSearch::Options options;
    options.matchCase = m_matchCase->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regularExpression = m_regularExpression->isChecked();
    return options;
}

void FindBar::setOptions(TextSearch::Options options)
{
    m_matchCase->setChecked(options.matchCase);
    m_wholeWord->setChecked(options.wholeWord);
    m_regularExpression->setChecked(options.regularExpression);
}

QString FindBar::searchText() const
{
    return m_findField->text();
}

void FindBar::setSearchText(const QString &text)
{
    m_findField->setText(text);
}

QString FindBar::replaceText() const
{
    return m_replaceField->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replaceField->setText(text);
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool withReplace)
{
    m_open = true;
    m_replaceRow->setVisible(withReplace);
    show();
    bool retyped = false;
    if (m_editor) {
        m_searchStart = EditorText::selectionStart(m_editor);
        const QString selected = m_editor->selectedText();
        // A selection over several lines is more likely a scope than a search.
        retyped = !selected.isEmpty() && !selected.contains(QLatin1Char('\n')) &&
                  !selected.contains(QLatin1Char('\r')) && selected != searchText();
        if (retyped)
            setSearchText(selected); // refreshes, through searchChanged()
    }
    if (!retyped)
        refresh(); // the highlights went when the bar closed
    QLineEdit *field = withReplace && !searchText().isEmpty() ? m_replaceField : m_findField;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void FindBar::closeBar()
{
    m_open = false;
    m_refreshTimer->stop();
    clearHighlights(m_editor);
    hide();
    if (m_editor)
        m_editor->setFocus(Qt::OtherFocusReason);
}

bool FindBar::isReplaceShown() const
{
    return m_open && !m_replaceRow->isHidden();
}

bool FindBar::findNext()
{
    refreshIfDirty();
    if (m_ranges.isEmpty() || !m_editor)
        return false;
    const qsizetype current = matchAtSelection();
    const int from = current >= 0 ? m_ranges.at(current).end : EditorText::caret(m_editor);
    const auto it =
        std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), from,
                         [](const Range &r, int position) { return r.start < position; });
    selectMatch(it == m_ranges.cend() ? 0 : it - m_ranges.cbegin()); // wraps to the top
    return true;
}

bool FindBar::findPrevious()
{
    refreshIfDirty();
    if (m_ranges.isEmpty() || !m_editor)
        return false;
    const int from = EditorText::selectionStart(m_editor);
    // The last match starting before the selection, or the last of all.
    const auto it =
        std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), from,
                         [](const Range &r, int position) { return r.start < position; });
    selectMatch(it == m_ranges.cbegin() ? m_ranges.size() - 1 : it - m_ranges.cbegin() - 1);
    return true;
}

bool FindBar::replace()
{
    refreshIfDirty();
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const qsizetype current = matchAtSelection();
    if (current < 0)
        return findNext();
    const Range range = m_ranges.at(current);
    const QString with = m_search.replacement(m_matches.at(current), replaceText());
    m_editor->beginUndoAction();
    const int end = EditorText::replace(m_editor, range.start, range.end, with);
    m_editor->endUndoAction();
    EditorText::select(m_editor, end, end);
    refresh();
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    refreshIfDirty();
    if (!m_editor || m_editor->isReadOnly() || m_ranges.isEmpty())
        return 0;
    // Counting stopped at MaxMatches; replacing does not.
    const QString text = m_editor->text();
    const QList<TextSearch::Match> matches = m_capped ? m_search.findAll(text) : m_matches;
    QList<int> bytes; // each match's start and end in bytes
    {
        int position = 0;
        qsizetype at = 0;
        for (const TextSearch::Match &match : matches) {
            for (const qsizetype to : {match.start, match.start + match.length}) {
                for (; at < to; ++at)
                    position += utf8Bytes(text.at(at).unicode());
                bytes.append(position);
            }
        }
    }
    m_editor->beginUndoAction();
    for (qsizetype i = matches.size() - 1; i >= 0; --i)
        EditorText::replace(m_editor, bytes.at(2 * i), bytes.at(2 * i + 1),
                            m_search.replacement(matches.at(i), replaceText()));
    m_editor->endUndoAction();
    refresh();
    const int count = int(matches.size());
    // English's singular apart, so it reads right without a translation loaded.
    m_status->setText(count == 1 ? tr("Replaced 1 occurrence")
                                 : tr("Replaced %n occurrences", nullptr, count));
    return count;
}

int FindBar::matchCount()
{
    refreshIfDirty();
    return int(m_ranges.size());
}

int FindBar::currentMatch()
{
    refreshIfDirty();
    return int(matchAtSelection() + 1);
}

QString FindBar::statusText() const
{
    return m_status->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_findField && watched != m_replaceField))
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        closeBar();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return false;
    const bool shift = key->modifiers() & Qt::ShiftModifier;
    if (watched == m_replaceField)
        replace();
    else if (shift)
        findPrevious();
    else
        findNext();
    return true;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        closeBar();
    else
        QWidget::keyPressEvent(event);
}

void FindBar::searchChanged()
{
    refresh();
    if (!m_open || !m_editor)
        return;
    // Typing moves to the first match from where the search began, as the user types.
    const auto it =
        std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), m_searchStart,
                         [](const Range &r, int position) { return r.start < position; });
    if (!m_ranges.isEmpty()) {
        const qsizetype index = it == m_ranges.cend() ? 0 : it - m_ranges.cbegin();
        const Range range = m_ranges.at(index);
        EditorText::select(m_editor, range.start, range.end);
        updateStatus();
    } else if (EditorText::selectionStart(m_editor) != EditorText::selectionEnd(m_editor)) {
        EditorText::select(m_editor, m_searchStart, m_searchStart);
    }
}

void FindBar::markDirty()
{
    m_dirty = true;
    if (m_open)
        m_refreshTimer->start();
}

void FindBar::refreshIfDirty()
{
    if (m_dirty || m_search.pattern() != searchText())
        refresh();
}

void FindBar::refresh()
{
    m_dirty = false;
    m_search = TextSearch(searchText(), options());
    m_matches.clear();
    m_ranges.clear();
    m_capped = false;
    if (m_editor) {
        clearHighlights(m_editor);
        const QString text = m_editor->text();
        m_matches = m_search.findAll(text, MaxMatches);
        m_capped = m_matches.size() == MaxMatches;
        // Matches come in order, so one pass turns UTF-16 offsets into Scintilla's bytes.
        int position = 0;
        qsizetype at = 0;
        const auto advance = [&](qsizetype to) {
            for (; at < to; ++at)
                position += utf8Bytes(text.at(at).unicode());
            return position;
        };
        m_ranges.reserve(m_matches.size());
        for (const TextSearch::Match &match : std::as_const(m_matches)) {
            const int start = advance(match.start);
            m_ranges.append({start, advance(match.start + match.length)});
        }
        if (m_open) {
            m_editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicators::FindMatch);
            for (const Range &range : std::as_const(m_ranges))
                m_editor->SendScintilla(Sci::SCI_INDICATORFILLRANGE,
                                        static_cast<unsigned long>(range.start),
                                        long(range.end - range.start));
        }
    }
    updateStatus();
}

void FindBar::clearHighlights(CodeEditor *editor)
{
    if (!editor)
        return;
    editor->SendScintilla(Sci::SCI_SETINDICATORCURRENT, EditorIndicators::FindMatch);
    editor->SendScintilla(Sci::SCI_INDICATORCLEARRANGE, 0UL, long(editor->length()));
}

void FindBar::updateStatus()
{
    if (searchText().isEmpty()) {
        m_status->clear();
        setFieldError(false);
        return;
    }
    if (!m_search.isValid()) {
        m_status->setText(tr("Invalid regular expression: %1").arg(m_search.errorString()));
        setFieldError(true);
        return;
    }
    if (m_ranges.isEmpty()) {
        m_status->setText(tr("No results"));
        setFieldError(true);
        return;
    }
    setFieldError(false);
    const qsizetype current = matchAtSelection();
    const int count = int(m_ranges.size());
    if (current >= 0)
        m_status->setText(m_capped ? tr("%1 of %2+").arg(current + 1).arg(count)
                                   : tr("%1 of %2").arg(current + 1).arg(count));
    else
        m_status->setText(m_capped     ? tr("%1+ matches").arg(count)
                          : count == 1 ? tr("1 match")
                                       : tr("%n matches", nullptr, count));
}

void FindBar::setFieldError(bool error)
{
    QPalette palette = m_findField->palette();
    palette.setColor(QPalette::Base,
                     error ? QColor(0xff, 0xd6, 0xd6) : this->palette().color(QPalette::Base));
    palette.setColor(QPalette::Text, this->palette().color(QPalette::Text));
    m_findField->setPalette(palette);
    m_findField->setProperty("error", error); // for style sheets
}

qsizetype FindBar::matchAtSelection() const
{
    if (!m_editor)
        return -1;
    const int start = EditorText::selectionStart(m_editor);
    const int end = EditorText::selectionEnd(m_editor);
    const auto it =
        std::lower_bound(m_ranges.cbegin(), m_ranges.cend(), start,
                         [](const Range &r, int position) { return r.start < position; });
    return it != m_ranges.cend() && it->start == start && it->end == end ? it - m_ranges.cbegin()
                                                                         : -1;
}

void FindBar::selectMatch(qsizetype index)
{
    const Range range = m_ranges.at(index);
    m_searchStart = range.start;
    EditorText::select(m_editor, range.start, range.end);
    updateStatus();
}
