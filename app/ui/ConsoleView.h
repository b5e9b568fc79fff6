#pragma once

#include "Diagnostic.h"

#include <QList>
#include <QPlainTextEdit>
#include <QTimer>

// The output console: shows a program's stdout, stderr (in another colour), what the user typed
// for it (in a third) and notes from RunPad.
// Output may arrive far faster than a text widget can lay it out, so it is queued and inserted in
// slices of bounded time per timer tick, and only the last maximumCharacters() are kept. Error
// locations in the output (file:line) become links once a run ends.
class ConsoleView : public QPlainTextEdit {
    Q_OBJECT
public:
    enum class Channel { Stdout, Stderr, Input, Note };

    explicit ConsoleView(QWidget *parent = nullptr);

    void append(Channel channel, const QString &text);
    // A line of RunPad's own, e.g. which stage starts; it begins on a fresh line.
    void appendNote(const QString &text);
    void clearConsole();

    // Older output beyond this is dropped, with a note at the top saying how much.
    void setMaximumCharacters(qsizetype characters) { m_maximumCharacters = characters; }
    // True while output is still queued for display.
    bool isFlushing() const { return !m_pending.isEmpty(); }

    QColor colorOf(Channel channel) const;

    // Turns the diagnostics' locations in what is shown into links, once all queued output is
    // shown: those near the start and the end of a long output, at most 500. Clicking one emits
    // diagnosticActivated.
    void linkDiagnostics();
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

signals:
    void diagnosticActivated(const Diagnostic &diagnostic);
    // After linkDiagnostics(), once the links are made: every diagnostic in what is shown.
    void diagnosticsLinked(const QList<Diagnostic> &diagnostics);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Chunk {
        Channel channel;
        QString text;
    };

    void flushSlice();
    void insertPiece(Channel channel, const QString &piece);
    void dropPendingBeyondLimit();
    void trimToLimit();
    void showDroppedNote();
    QTextCharFormat formatOf(Channel channel) const;
    void applyDiagnosticLinks();
    // The diagnostic whose link is at a point of the viewport, or -1.
    int diagnosticAt(const QPoint &position) const;

    QList<Chunk> m_pending;
    qsizetype m_frontOffset = 0; // how much of m_pending.first() is already shown
    qsizetype m_pendingCharacters = 0;
    // QTextDocument copies its whole buffer now and then (growing, compacting removed text),
    // so what it keeps bounds the longest stall: 1 Mi characters is about 10,000 lines.
    qsizetype m_maximumCharacters = 1024 * 1024;
    qint64 m_droppedCharacters = 0;
    bool m_hasDroppedNote = false; // the first block then says how much was dropped
    bool m_queueEndsLine = true;
    QTimer m_flushTimer;
    QList<Diagnostic> m_diagnostics;
    bool m_linkWhenFlushed = false;
};
