#pragma once

#include "Diagnostic.h"

#include <QObject>

class QsciScintilla;

// Shows diagnostics in an editor: a marker in the symbol margin, a squiggle under the spot and
// the messages of errors and warnings in an annotation below the line. Markers and annotations move
// with the text as it is edited; the next show() or clear() replaces them.
class DiagnosticMarks : public QObject {
    Q_OBJECT
public:
    explicit DiagnosticMarks(QsciScintilla *editor);

    // Diagnostics without a line, or past the end of the text, are left out.
    void show(const QList<Diagnostic> &diagnostics);
    void clear();
    // Lines (0-based) that carry a mark of this severity, for tests and navigation.
    QList<int> markedLines(Diagnostic::Severity severity) const;
    // Picks colours again for the editor's paper, after a theme change.
    void defineStyles();

private:
    QsciScintilla *m_editor;
};
