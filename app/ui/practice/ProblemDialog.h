#pragma once

#include "Problem.h"

#include <QDialog>

class ProgramEditor;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

// The problem's own settings, beside its tests: name, contest and address, time and memory
// limits, and how outputs are checked (with the tolerances of the floating-point checker, or the
// code of a custom one).
class ProblemDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProblemDialog(QWidget *parent = nullptr);

    // The tests are left alone: only the rest is shown and returned.
    void setDetails(const Problem &problem);
    Problem details() const;

    QSpinBox *timeLimitBox() const { return m_timeLimit; }
    QSpinBox *memoryLimitBox() const { return m_memoryLimit; }
    QComboBox *checkerBox() const { return m_checker; }
    QLineEdit *absoluteToleranceEdit() const { return m_absolute; }
    QLineEdit *relativeToleranceEdit() const { return m_relative; }
    ProgramEditor *customChecker() const { return m_custom; }
    QLabel *errorLabel() const { return m_error; }

    // Refuses what cannot be used (a tolerance that is no number, a custom checker without
    // code), saying why.
    void accept() override;

private:
    CheckerSpec::Kind kind() const;
    void showCheckerFields();
    // Why the fields cannot be used; empty when they can.
    QString problemWithFields() const;

    QLineEdit *m_name;
    QLineEdit *m_group;
    QLineEdit *m_url;
    QSpinBox *m_timeLimit;
    QSpinBox *m_memoryLimit;
    QComboBox *m_checker;
    QWidget *m_floatFields;
    QLineEdit *m_absolute;
    QLineEdit *m_relative;
    ProgramEditor *m_custom;
    QLabel *m_error;
    Problem m_problem; // what was set, for what the dialog does not show
};
