#pragma once

#include "Checker.h"
#include "TestCase.h"
#include "TestOutcome.h"

#include <QWidget>

#include <optional>
#include <tuple>

class QBoxLayout;
class QCheckBox;
class QLabel;
class QPlainTextEdit;

// One test case in full: the verdict with the checker's message, time and memory; the input; the
// expected and the actual output side by side (one over the other when narrow), scrolling
// together, with the first difference marked — its line's background, and the character where
// the two part; trailing whitespace marked; and what the program wrote to stderr (the
// compiler's messages for CE).
class CaseDiffView : public QWidget {
    Q_OBJECT
public:
    explicit CaseDiffView(QWidget *parent = nullptr);

    // number is the case's 1-based row, for the title.
    void showCase(int number, const TestCase &test, const TestOutcome &outcome,
                  const CheckerSpec &checker);
    // No case: a hint to pick one.
    void clear();
    // The case shown; empty when none is.
    QString caseId() const { return m_caseId; }
    QString title() const;

    // Where the difference is marked (0-based line and column of the shown texts); -1 when
    // nothing is marked.
    FirstDifference difference() const { return m_difference; }

    void setTextFont(const QFont &font);
    // The theme's colours for the text boxes (the window passes the editor's).
    void setTextPalette(const QPalette &palette);

    QLabel *badge() const { return m_badge; }
    QLabel *messageLabel() const { return m_message; }
    QPlainTextEdit *inputEdit() const { return m_input; }
    QPlainTextEdit *expectedEdit() const { return m_expected; }
    QPlainTextEdit *actualEdit() const { return m_actual; }
    QPlainTextEdit *errorEdit() const { return m_error; }
    QCheckBox *whitespaceBox() const { return m_showWhitespace; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void markDifference();
    void showWhitespace(bool show);

    QString m_caseId;
    int m_number = 0;
    // What is shown, so that showing it again (every verdict of a Run all) costs nothing.
    std::optional<std::tuple<int, TestCase, TestOutcome, CheckerSpec>> m_shown;
    FirstDifference m_difference;
    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_message;
    QLabel *m_expectedTitle;
    QLabel *m_errorTitle;
    QWidget *m_errorBox;
    QWidget *m_body;
    QLabel *m_placeholder;
    QBoxLayout *m_outputs;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_expected;
    QPlainTextEdit *m_actual;
    QPlainTextEdit *m_error;
    QCheckBox *m_showWhitespace;
};
