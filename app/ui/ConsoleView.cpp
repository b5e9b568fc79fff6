#include "ConsoleView.h"

#include "DiagnosticParser.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace {
// Per tick the console inserts for at most this long, so the event loop never stalls for long.
constexpr qint64 SliceBudgetMs = 4;
constexpr int FlushIntervalMs = 10;
// One insertion's size: small enough that a single one stays well inside the budget.
constexpr qsizetype PieceCharacters = 8 * 1024;

// Tools print diagnostics at the start of a run's output (a compiler, before the program runs)
// and at its end (a crash); in a long output the middle is the program's own. Only the ends are
// parsed, and only so many locations at each end become links: a program that prints a million
// error-like lines must not stall the window (bench_console).
constexpr qsizetype ParsedEndCharacters = 64 * 1024;
constexpr int LinksPerEnd = 250;

QList<Diagnostic> diagnosticsAtTheEnds(const QString &text)
{
    qsizetype headEnd = text.size();
    qsizetype tailStart = text.size();
    if (text.size() > 2 * ParsedEndCharacters) {
        // Cut at line starts, so no line is parsed in part.
        headEnd = text.lastIndexOf(QLatin1Char('\n'), ParsedEndCharacters - 1) + 1;
        if (headEnd == 0)
            headEnd = ParsedEndCharacters;
        tailStart = text.indexOf(QLatin1Char('\n'), text.size() - ParsedEndCharacters) + 1;
        if (tailStart == 0)
            tailStart = text.size() - ParsedEndCharacters;
    }
    QList<Diagnostic> found = DiagnosticParser::parse(text.left(headEnd));
    const QList<Diagnostic> tail = DiagnosticParser::parse(text.mid(tailStart));
    for (Diagnostic diagnostic : tail) {
        diagnostic.offset += tailStart;
        found.append(diagnostic);
    }
    if (found.size() > 2 * LinksPerEnd)
        found = found.mid(0, LinksPerEnd) + found.mid(found.size() - LinksPerEnd);
    return found;
}
} // namespace

ConsoleView::ConsoleView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // an undo stack would keep a copy of everything ever shown
    // Wrapping makes the layout shape every incoming line to count its rows; unwrapped, only
    // the visible lines are ever laid out.
    setLineWrapMode(NoWrap);
    setPlaceholderText(tr("Program output appears here."));
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConsoleView::flushSlice);
}

void ConsoleView::append(Channel channel, const QString &text)
{
    if (text.isEmpty())
        return;
    // Small pieces are merged so each insertion is worth its overhead; big ones stay apart, as
    // growing one huge string would copy it again and again.
    if (!m_pending.isEmpty() && m_pending.last().channel == channel &&
        m_pending.last().text.size() < PieceCharacters)
        m_pending.last().text += text;
    else
        m_pending.append({channel, text});
    m_pendingCharacters += text.size();
    m_queueEndsLine = text.endsWith(QLatin1Char('\n'));
    dropPendingBeyondLimit();
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ConsoleView::appendNote(const QString &text)
{
    append(Channel::Note,
           (m_queueEndsLine ? QString() : QStringLiteral("\n")) + text + QLatin1Char('\n'));
}

void ConsoleView::clearConsole()
{
    m_flushTimer.stop();
    m_pending.clear();
    m_frontOffset = 0;
    m_pendingCharacters = 0;
    m_droppedCharacters = 0;
    m_hasDroppedNote = false;
    m_queueEndsLine = true;
    m_diagnostics.clear();
    m_linkWhenFlushed = false;
    clear();
}

QColor ConsoleView::colorOf(Channel channel) const
{
    // Readable on the console's background, light or dark (it follows the editor's theme).
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (channel) {
    case Channel::Stderr:
        return dark ? QColor(0xf4, 0x87, 0x71) : QColor(0xc6, 0x28, 0x28);
    case Channel::Input: // blue, apart from the output's text colour and stderr's red
        return dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x15, 0x5f, 0xb8);
    case Channel::Note:
        return dark ? QColor(0x9a, 0xa1, 0xab) : QColor(0x6e, 0x76, 0x81);
    case Channel::Stdout:
        break;
    }
    return palette().color(QPalette::Text);
}

QTextCharFormat ConsoleView::formatOf(Channel channel) const
{
    QTextCharFormat format;
    format.setForeground(colorOf(channel));
    format.setFontItalic(channel == Channel::Note);
    return format;
}

void ConsoleView::flushSlice()
{
    QScrollBar *bar = verticalScrollBar();
    const bool followEnd = bar->value() == bar->maximum();
    QElapsedTimer clock;
    clock.start();
    while (!m_pending.isEmpty() && clock.elapsed() < SliceBudgetMs) {
        const Chunk &front = m_pending.first();
        qsizetype length = qMin(PieceCharacters, front.text.size() - m_frontOffset);
        // Never split a surrogate pair between two insertions.
        if (m_frontOffset + length < front.text.size() &&
            front.text.at(m_frontOffset + length - 1).isHighSurrogate())
            ++length;
        const Channel channel = front.channel;
        const QString piece = front.text.mid(m_frontOffset, length);
        m_frontOffset += length;
        m_pendingCharacters -= length;
        if (m_frontOffset == front.text.size()) {
            m_pending.removeFirst();
            m_frontOffset = 0;
        }
        insertPiece(channel, piece);
        trimToLimit();
    }
    if (m_pending.isEmpty()) {
        m_flushTimer.stop();
        if (m_linkWhenFlushed)
            applyDiagnosticLinks();
    }
    if (followEnd)
        bar->setValue(bar->maximum());
}

void ConsoleView::insertPiece(Channel channel, const QString &piece)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(piece, formatOf(channel));
}

// When more is queued than the console keeps, what is shown and the oldest queued output are
// dropped before ever being laid out.
void ConsoleView::dropPendingBeyondLimit()
{
    qsizetype excess = m_pendingCharacters - m_maximumCharacters;
    if (excess <= 0)
        return;
    const int noteLength = m_hasDroppedNote ? document()->firstBlock().length() : 0;
    m_droppedCharacters += document()->characterCount() - 1 - noteLength;
    clear();
    m_hasDroppedNote = false;
    while (excess > 0) {
        const qsizetype left = m_pending.first().text.size() - m_frontOffset;
        if (left <= excess) {
            m_pending.removeFirst();
            m_frontOffset = 0;
            excess -= left;
            m_pendingCharacters -= left;
            m_droppedCharacters += left;
        } else {
            m_frontOffset += excess;
            m_pendingCharacters -= excess;
            m_droppedCharacters += excess;
            excess = 0;
        }
    }
    showDroppedNote();
}

void ConsoleView::trimToLimit()
{
    const qsizetype excess = document()->characterCount() - m_maximumCharacters;
    if (excess <= 0)
        return;
    const int start = m_hasDroppedNote ? document()->firstBlock().next().position() : 0;
    QTextCursor cursor(document());
    cursor.setPosition(start);
    cursor.setPosition(int(start + excess), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_droppedCharacters += excess;
    showDroppedNote();
}

void ConsoleView::showDroppedNote()
{
    const QString note =
        tr("[%1 of earlier output not kept]").arg(locale().formattedDataSize(m_droppedCharacters));
    QTextCursor cursor(document());
    if (m_hasDroppedNote)
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(note, formatOf(Channel::Note));
    if (!m_hasDroppedNote)
        cursor.insertBlock();
    m_hasDroppedNote = true;
}

void ConsoleView::linkDiagnostics()
{
    if (isFlushing())
        m_linkWhenFlushed = true;
    else
        applyDiagnosticLinks();
}

// Positions in the document are positions in its plain text, so the parser's offsets apply as
// they are.
void ConsoleView::applyDiagnosticLinks()
{
    m_linkWhenFlushed = false;
    m_diagnostics = diagnosticsAtTheEnds(toPlainText());
    for (int i = 0; i < m_diagnostics.size(); ++i) {
        const Diagnostic &diagnostic = m_diagnostics.at(i);
        QTextCursor cursor(document());
        cursor.setPosition(int(diagnostic.offset));
        cursor.setPosition(int(diagnostic.offset + diagnostic.length), QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(QString::number(i));
        link.setFontUnderline(true);
        link.setToolTip(tr("Go to %1, line %2").arg(diagnostic.file).arg(diagnostic.line));
        cursor.mergeCharFormat(link);
    }
    emit diagnosticsLinked(m_diagnostics);
}

int ConsoleView::diagnosticAt(const QPoint &position) const
{
    bool ok = false;
    const int index = anchorAt(position).toInt(&ok);
    return ok && index >= 0 && index < m_diagnostics.size() ? index : -1;
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    viewport()->setCursor(diagnosticAt(event->pos()) >= 0 ? Qt::PointingHandCursor
                                                          : Qt::IBeamCursor);
}

// A click (not the end of a selection) on a link follows it.
void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    const int index = diagnosticAt(event->pos());
    if (event->button() == Qt::LeftButton && index >= 0 && !textCursor().hasSelection())
        emit diagnosticActivated(m_diagnostics.at(index));
}
