#pragma once

#include "Problem.h"
#include "TestOutcome.h"

#include <QAbstractTableModel>
#include <QHash>

// One document's practice problem — its test cases, limits, checker and source — and what the
// last "Run all" gave for each case: the rows of the tests panel. Edits to the problem emit
// edited(), so the document knows it has unsaved changes; outcomes are not saved.
class TestCaseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, VerdictColumn, TimeColumn, MemoryColumn, InputColumn, ColumnCount };
    enum Role { VerdictRole = Qt::UserRole + 1, CaseIdRole };

    explicit TestCaseModel(QObject *parent = nullptr);

    const Problem &problem() const { return m_problem; }
    // Replaces everything, outcomes forgotten; not an edit (a file was opened, a problem received).
    void setProblem(const Problem &problem);
    // Everything but the tests (name, url, limits, checker); outcomes are forgotten, since they
    // were judged under the old ones.
    void setDetails(const Problem &details);
    // No tests and nothing changed from a new problem's defaults: nothing worth a sidecar file.
    bool isEmpty() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const TestCase &testCase(int row) const { return m_problem.tests.at(row); }
    // -1 when there is no such case.
    int rowOf(const QString &id) const;
    TestOutcome outcome(int row) const;

    // Appends the case (given a new id if it has none); its row.
    int addCase(const TestCase &test) { return insertCase(rowCount(), test); }
    // The case at row (given a new id if it has none or another case has it); its row.
    int insertCase(int row, TestCase test);
    // The case's outcome is forgotten: it was for the old text.
    void updateCase(int row, const QString &input, const QString &expected);
    // A copy with a new id right after the row; the copy's row.
    int duplicateCase(int row);
    void removeCase(int row);

    void clearOutcomes();
    // Ignored for a case that is gone.
    void setOutcome(const QString &id, const TestOutcome &outcome);
    // Cases with a final verdict, and how many of them were accepted.
    int judgedCount() const;
    int acceptedCount() const;

signals:
    // The problem changed (not only outcomes): its document has unsaved changes.
    void edited();
    void outcomesChanged();

private:
    QString timeText(const TestOutcome &outcome) const;
    void emitRowChanged(int row);

    Problem m_problem;
    QHash<QString, TestOutcome> m_outcomes;
};
