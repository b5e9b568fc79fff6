#include "CodeEditor.h"
#include "DiagnosticMarks.h"
#include "EditorIndicators.h"
#include "Theme.h"

#include <QTest>

namespace {
Diagnostic diagnostic(int line, int column, Diagnostic::Severity severity, const QString &message)
{
    Diagnostic d;
    d.file = QStringLiteral("main.cpp");
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.message = message;
    return d;
}
} // namespace

class TestDiagnosticMarks : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void marksAndAnnotatesErrorsAndWarnings();
    void notesGetAMarkerOnly();
    void severalOnOneLineShareItsAnnotation();
    void linesOutsideTheTextAreLeftOut();
    void squiggleUnderTheWord();
    void marksMoveWithTheText();
    void clearRemovesEverything();
    void coloursFollowTheTheme();

private:
    CodeEditor *m_editor = nullptr;
    DiagnosticMarks *m_marks = nullptr;
};

void TestDiagnosticMarks::init()
{
    m_editor = new CodeEditor;
    m_editor->setText(QStringLiteral("int main()\n{\n    return missing;\n}\n"));
    m_marks = new DiagnosticMarks(m_editor);
}

void TestDiagnosticMarks::cleanup()
{
    delete m_editor;
}

void TestDiagnosticMarks::marksAndAnnotatesErrorsAndWarnings()
{
    m_marks->show({diagnostic(3, 12, Diagnostic::Severity::Error,
                              QStringLiteral("'missing' was not declared")),
                   diagnostic(1, 5, Diagnostic::Severity::Warning, QStringLiteral("unused"))});
    QCOMPARE(m_marks->markedLines(Diagnostic::Severity::Error), QList<int>{2});
    QCOMPARE(m_marks->markedLines(Diagnostic::Severity::Warning), QList<int>{0});
    QCOMPARE(m_editor->annotation(2), QStringLiteral("error: 'missing' was not declared"));
    QCOMPARE(m_editor->annotation(0), QStringLiteral("warning: unused"));
    QVERIFY(m_editor->marginWidth(1) > 0); // the symbol margin shows the markers
}

void TestDiagnosticMarks::notesGetAMarkerOnly()
{
    m_marks->show({diagnostic(1, 0, Diagnostic::Severity::Note, QStringLiteral("in <module>"))});
    QCOMPARE(m_marks->markedLines(Diagnostic::Severity::Note), QList<int>{0});
    QVERIFY(m_editor->annotation(0).isEmpty());
}

void TestDiagnosticMarks::severalOnOneLineShareItsAnnotation()
{
    m_marks->show({diagnostic(3, 5, Diagnostic::Severity::Warning, QStringLiteral("second")),
                   diagnostic(3, 12, Diagnostic::Severity::Error, QStringLiteral("first"))});
    // The worst decides the marker and comes first.
    QCOMPARE(m_marks->markedLines(Diagnostic::Severity::Error), QList<int>{2});
    QVERIFY(m_marks->markedLines(Diagnostic::Severity::Warning).isEmpty());
    QCOMPARE(m_editor->annotation(2), QStringLiteral("error: first\nwarning: second"));
}

void TestDiagnosticMarks::linesOutsideTheTextAreLeftOut()
{
    m_marks->show({diagnostic(0, 0, Diagnostic::Severity::Error, QStringLiteral("linker")),
                   diagnostic(99, 1, Diagnostic::Severity::Error, QStringLiteral("past the end"))});
    QVERIFY(m_marks->markedLines(Diagnostic::Severity::Error).isEmpty());
    QCOMPARE(m_editor->marginWidth(1), 0);
}

void TestDiagnosticMarks::squiggleUnderTheWord()
{
    m_marks->show({diagnostic(3, 12, Diagnostic::Severity::Error, QStringLiteral("x"))});
    const long lineStart = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, 2);
    const auto underlined = [&](int column) {
        return m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                       EditorIndicators::DiagnosticSquiggle,
                                       lineStart + column) != 0;
    };
    QVERIFY(!underlined(10));
    for (int column = 11; column < 18; ++column) // "missing"
        QVERIFY2(underlined(column), qPrintable(QString::number(column)));
    QVERIFY(!underlined(18)); // the ';'
}

void TestDiagnosticMarks::marksMoveWithTheText()
{
    m_marks->show({diagnostic(3, 12, Diagnostic::Severity::Error, QStringLiteral("x"))});
    m_editor->insertAt(QStringLiteral("// added\n"), 0, 0);
    QCOMPARE(m_marks->markedLines(Diagnostic::Severity::Error), QList<int>{3});
    QCOMPARE(m_editor->annotation(3), QStringLiteral("error: x"));
}

void TestDiagnosticMarks::clearRemovesEverything()
{
    m_marks->show({diagnostic(3, 12, Diagnostic::Severity::Error, QStringLiteral("x"))});
    m_marks->clear();
    QVERIFY(m_marks->markedLines(Diagnostic::Severity::Error).isEmpty());
    QVERIFY(m_editor->annotation(2).isEmpty());
    QCOMPARE(m_editor->marginWidth(1), 0);
    const long lineStart = m_editor->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, 2);
    QCOMPARE(m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT,
                                     EditorIndicators::DiagnosticSquiggle, lineStart + 12),
             0L);
}

void TestDiagnosticMarks::coloursFollowTheTheme()
{
    const auto annotationPaper = [this] {
        return m_editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, 250);
    };
    m_editor->setTheme(Theme::byName(QStringLiteral("Breeze Light")));
    m_marks->show({diagnostic(3, 12, Diagnostic::Severity::Error, QStringLiteral("x"))});
    const long light = annotationPaper();
    m_editor->setTheme(Theme::byName(QStringLiteral("Breeze Dark")));
    m_marks->defineStyles();
    QVERIFY(annotationPaper() != light);
    // Scintilla colours are 0xBBGGRR: the dark theme's error tint is dark.
    const long dark = annotationPaper();
    QVERIFY(QColor((dark & 0xff), (dark >> 8) & 0xff, (dark >> 16) & 0xff).lightness() < 128);
}

QTEST_MAIN(TestDiagnosticMarks)
#include "tst_DiagnosticMarks.moc"
