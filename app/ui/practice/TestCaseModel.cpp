#include "TestCaseModel.h"

#include <QLocale>

namespace {
// The input column shows the start of the input, its lines joined: enough to tell cases apart
// (the first line alone is often just how many numbers follow).
constexpr int PreviewCharacters = 80;

bool isFinal(Verdict verdict)
{
    return verdict != Verdict::Pending && verdict != Verdict::Running;
}

QString preview(const QString &input)
{
    QString text = input.left(PreviewCharacters + 1).trimmed();
    text.remove(QLatin1Char('\r'));
    text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    if (input.size() > PreviewCharacters)
        text = text.left(PreviewCharacters) + QStringLiteral("…");
    return text;
}
} // namespace

TestCaseModel::TestCaseModel(QObject *parent) : QAbstractTableModel(parent) {}

void TestCaseModel::setProblem(const Problem &problem)
{
    beginResetModel();
    m_problem = problem;
    m_outcomes.clear();
    endResetModel();
    emit outcomesChanged();
}

void TestCaseModel::setDetails(const Problem &details)
{
    const QList<TestCase> tests = m_problem.tests;
    Problem problem = details;
    problem.tests = tests;
    if (problem == m_problem)
        return;
    m_problem = problem;
    clearOutcomes();
    emit edited();
}

bool TestCaseModel::isEmpty() const
{
    return m_problem == Problem();
}

int TestCaseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problem.tests.size());
}

int TestCaseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TestCaseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const TestCase &test = m_problem.tests.at(index.row());
    const TestOutcome result = m_outcomes.value(test.id);
    if (role == CaseIdRole)
        return test.id;
    if (role == VerdictRole)
        return QVariant::fromValue(result.verdict);
    switch (index.column()) {
    case NumberColumn:
        if (role == Qt::DisplayRole)
            return index.row() + 1;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case VerdictColumn:
        if (role == Qt::DisplayRole)
            return verdictCode(result.verdict);
        if (role == Qt::ToolTipRole && result.verdict != Verdict::Pending)
            return result.message.isEmpty()
                       ? verdictName(result.verdict)
                       : tr("%1: %2").arg(verdictName(result.verdict), result.message);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return timeText(result);
        if (role == Qt::ToolTipRole && result.wallMs >= 0)
            return tr("CPU %1 ms · wall %2 ms").arg(result.timeMs).arg(result.wallMs);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case MemoryColumn:
        // "768 KiB", "3.2 MiB": a decimal only where it tells something.
        if (role == Qt::DisplayRole && result.memoryBytes >= 0)
            return QLocale().formattedDataSize(result.memoryBytes,
                                               result.memoryBytes < (1 << 20) ? 0 : 1);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case InputColumn:
        if (role == Qt::DisplayRole)
            return preview(test.input);
        if (role == Qt::ToolTipRole)
            return test.input.left(2000);
        break;
    default:
        break;
    }
    return QVariant();
}

// A case over the time limit shows the limit it passed, not the moment it was stopped.
QString TestCaseModel::timeText(const TestOutcome &outcome) const
{
    if (outcome.verdict == Verdict::TimeLimit)
        return tr("> %1 ms").arg(m_problem.timeLimitMs);
    if (outcome.timeMs < 0)
        return QString();
    return tr("%1 ms").arg(outcome.timeMs);
}

QVariant TestCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case VerdictColumn:
        return tr("Verdict");
    case TimeColumn:
        return tr("Time");
    case MemoryColumn:
        return tr("Memory");
    case InputColumn:
        return tr("Input");
    default:
        return QVariant();
    }
}

int TestCaseModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_problem.tests.size(); ++row) {
        if (m_problem.tests.at(row).id == id)
            return row;
    }
    return -1;
}

TestOutcome TestCaseModel::outcome(int row) const
{
    if (row < 0 || row >= rowCount())
        return TestOutcome();
    return m_outcomes.value(m_problem.tests.at(row).id);
}

int TestCaseModel::insertCase(int row, TestCase test)
{
    if (test.id.isEmpty() || rowOf(test.id) >= 0)
        test.id = TestCase::newId();
    row = qBound(0, row, rowCount());
    beginInsertRows(QModelIndex(), row, row);
    m_problem.tests.insert(row, test);
    endInsertRows();
    // The numbers of the rows below moved.
    if (row + 1 < rowCount())
        emit dataChanged(index(row + 1, NumberColumn), index(rowCount() - 1, NumberColumn));
    emit edited();
    return row;
}

void TestCaseModel::updateCase(int row, const QString &input, const QString &expected)
{
    TestCase &test = m_problem.tests[row];
    if (test.input == input && test.expected == expected)
        return;
    test.input = input;
    test.expected = expected;
    m_outcomes.remove(test.id);
    emitRowChanged(row);
    emit edited();
    emit outcomesChanged();
}

int TestCaseModel::duplicateCase(int row)
{
    TestCase copy = m_problem.tests.at(row);
    copy.id = TestCase::newId();
    return insertCase(row + 1, copy);
}

void TestCaseModel::removeCase(int row)
{
    beginRemoveRows(QModelIndex(), row, row);
    m_outcomes.remove(m_problem.tests.takeAt(row).id);
    endRemoveRows();
    if (row < rowCount())
        emit dataChanged(index(row, NumberColumn), index(rowCount() - 1, NumberColumn));
    emit edited();
    emit outcomesChanged();
}

void TestCaseModel::clearOutcomes()
{
    if (m_outcomes.isEmpty())
        return;
    m_outcomes.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit outcomesChanged();
}

void TestCaseModel::setOutcome(const QString &id, const TestOutcome &outcome)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_outcomes.insert(id, outcome);
    emitRowChanged(row);
    emit outcomesChanged();
}

int TestCaseModel::judgedCount() const
{
    int count = 0;
    for (const TestCase &test : m_problem.tests)
        count += isFinal(m_outcomes.value(test.id).verdict) ? 1 : 0;
    return count;
}

int TestCaseModel::acceptedCount() const
{
    int count = 0;
    for (const TestCase &test : m_problem.tests)
        count += m_outcomes.value(test.id).verdict == Verdict::Accepted ? 1 : 0;
    return count;
}

void TestCaseModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
