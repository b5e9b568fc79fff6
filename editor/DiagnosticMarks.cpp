#include "DiagnosticMarks.h"

#include "EditorIndicators.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <QMap>

namespace {
// Marker numbers below QScintilla's folding markers (25-31); the symbol margin shows them.
constexpr int FirstMarker = 20;
constexpr int SymbolMargin = 1;
constexpr int SymbolMarginWidth = 16;
constexpr int SquiggleIndicator = EditorIndicators::DiagnosticSquiggle;
// Style numbers for the annotations, far above any lexer's.
constexpr int FirstAnnotationStyle = 250;

int index(Diagnostic::Severity severity)
{
    return int(severity);
}

QString severityWord(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return DiagnosticMarks::tr("error");
    case Diagnostic::Severity::Warning:
        return DiagnosticMarks::tr("warning");
    case Diagnostic::Severity::Note:
        break;
    }
    return DiagnosticMarks::tr("note");
}

// Strong colours for markers and squiggles, and a tint of them behind the annotation text,
// chosen for the editor's light or dark paper.
struct SeverityColors {
    QColor mark;
    QColor text;
    QColor background;
};

SeverityColors colorsFor(Diagnostic::Severity severity, bool darkPaper)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return darkPaper ? SeverityColors{QColor(0xf1, 0x4c, 0x4c), QColor(0xf4, 0x87, 0x71),
                                          QColor(0x4b, 0x1f, 0x22)}
                         : SeverityColors{QColor(0xe5, 0x14, 0x00), QColor(0xa1, 0x26, 0x0d),
                                          QColor(0xfd, 0xe7, 0xe9)};
    case Diagnostic::Severity::Warning:
        return darkPaper ? SeverityColors{QColor(0xcc, 0xa7, 0x00), QColor(0xe2, 0xc0, 0x8d),
                                          QColor(0x45, 0x3a, 0x1a)}
                         : SeverityColors{QColor(0xbf, 0x88, 0x03), QColor(0x7a, 0x56, 0x00),
                                          QColor(0xff, 0xf4, 0xce)};
    case Diagnostic::Severity::Note:
        break;
    }
    return darkPaper ? SeverityColors{QColor(0x3f, 0x9b, 0xe0), QColor(0x9c, 0xcc, 0xf0),
                                      QColor(0x1d, 0x33, 0x46)}
                     : SeverityColors{QColor(0x1a, 0x73, 0xd0), QColor(0x0b, 0x4f, 0x94),
                                      QColor(0xe5, 0xf1, 0xfb)};
}

const QList<Diagnostic::Severity> Severities = {
    Diagnostic::Severity::Error, Diagnostic::Severity::Warning, Diagnostic::Severity::Note};
} // namespace

DiagnosticMarks::DiagnosticMarks(QsciScintilla *editor) : QObject(editor), m_editor(editor)
{
    m_editor->setAnnotationDisplay(QsciScintilla::AnnotationIndented);
}

void DiagnosticMarks::show(const QList<Diagnostic> &diagnostics)
{
    clear();
    defineStyles();
    // Several diagnostics on one line share its annotation, the worst first.
    QMap<int, QList<Diagnostic>> byLine;
    for (const Diagnostic &diagnostic : diagnostics) {
        const int line = diagnostic.line - 1;
        if (line >= 0 && line < m_editor->lines())
            byLine[line].append(diagnostic);
    }
    for (auto it = byLine.begin(); it != byLine.end(); ++it) {
        QList<Diagnostic> &onLine = it.value();
        std::stable_sort(
            onLine.begin(), onLine.end(),
            [](const Diagnostic &a, const Diagnostic &b) { return a.severity < b.severity; });
        const Diagnostic::Severity worst = onLine.first().severity;
        m_editor->markerAdd(it.key(), FirstMarker + index(worst));
        QStringList text;
        for (const Diagnostic &diagnostic : onLine) {
            // Notes (a caller's frame, a declaration) get a marker only: their words matter
            // beside the error they explain, which the console shows.
            if (diagnostic.severity == Diagnostic::Severity::Note)
                continue;
            text << QStringLiteral("%1: %2").arg(severityWord(diagnostic.severity),
                                                 diagnostic.message);
            if (diagnostic.column > 0) {
                // Under the word (or the one character) the tool pointed at.
                const QString lineText = m_editor->text(it.key());
                const int start = qMin(diagnostic.column - 1, int(lineText.size()));
                int end = start;
                while (end < lineText.size() && (lineText.at(end).isLetterOrNumber() ||
                                                 lineText.at(end) == QLatin1Char('_')))
                    ++end;
                m_editor->fillIndicatorRange(it.key(), start, it.key(), qMax(end, start + 1),
                                             SquiggleIndicator);
            }
        }
        if (!text.isEmpty())
            m_editor->annotate(it.key(), text.join(QLatin1Char('\n')),
                               FirstAnnotationStyle + index(worst));
    }
    if (!byLine.isEmpty())
        m_editor->setMarginWidth(SymbolMargin, SymbolMarginWidth);
}

void DiagnosticMarks::clear()
{
    for (const Diagnostic::Severity severity : Severities)
        m_editor->markerDeleteAll(FirstMarker + index(severity));
    m_editor->clearAnnotations();
    m_editor->clearIndicatorRange(0, 0, m_editor->lines(), 0, SquiggleIndicator);
    m_editor->setMarginWidth(SymbolMargin, 0);
}

QList<int> DiagnosticMarks::markedLines(Diagnostic::Severity severity) const
{
    QList<int> lines;
    const unsigned mask = 1u << (FirstMarker + index(severity));
    for (int line = m_editor->markerFindNext(0, mask); line >= 0;
         line = m_editor->markerFindNext(line + 1, mask))
        lines << line;
    return lines;
}

// Colours follow the paper the editor has now (a theme may have changed it since last time).
void DiagnosticMarks::defineStyles()
{
    const bool darkPaper = m_editor->paper().lightness() < 128;
    m_editor->indicatorDefine(QsciScintilla::SquiggleLowIndicator, SquiggleIndicator);
    m_editor->setIndicatorForegroundColor(colorsFor(Diagnostic::Severity::Error, darkPaper).mark,
                                          SquiggleIndicator);
    for (const Diagnostic::Severity severity : Severities) {
        const SeverityColors colors = colorsFor(severity, darkPaper);
        const int marker = FirstMarker + index(severity);
        m_editor->markerDefine(QsciScintilla::Circle, marker);
        m_editor->setMarkerBackgroundColor(colors.mark, marker);
        m_editor->setMarkerForegroundColor(colors.mark, marker);
        QFont font = m_editor->font();
        font.setItalic(true);
        QsciStyle style(FirstAnnotationStyle + index(severity), QString(), colors.text,
                        colors.background, font, true);
        style.apply(m_editor);
    }
}
