#pragma once

#include <QDialog>

class QBoxLayout;
class QPlainTextEdit;

// Edits one test case: its input and expected output in two plain-text boxes, side by side, or
// one over the other on a narrow screen.
class TestCaseDialog : public QDialog {
    Q_OBJECT
public:
    // font: the editor's, so that columns of numbers line up as they will in the program.
    TestCaseDialog(const QString &title, const QFont &font, QWidget *parent = nullptr);

    void setCase(const QString &input, const QString &expected);
    QString input() const;
    QString expected() const;
    QPlainTextEdit *inputEdit() const { return m_input; }
    QPlainTextEdit *expectedEdit() const { return m_expected; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_boxes;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_expected;
};
