#pragma once

#include "TestCase.h"

#include <QList>
#include <QString>
#include <QStringList>

// Test cases as files in a folder, the way judges and other tools keep them: an input "1.in"
// with its answer in "1.out" or "1.ans" ("sample.in" + "sample.ans", ...), in natural order
// (2 before 10).
namespace TestFolder {
struct Import {
    QList<TestCase> cases;
    QStringList inputsWithoutAnswer; // imported with no expected output
    QStringList answersWithoutInput; // not imported
    QStringList skipped;             // unreadable or too big, with the reason
    QString error;                   // the folder itself cannot be read; nothing imported
};
// Files bigger than this are not taken: a test of that size is a mistake in the folder.
constexpr qint64 MaximumFileBytes = 64ll << 20;

Import read(const QString &directory);
// The files writing count cases would replace.
QStringList existingFiles(const QString &directory, int count);
// Writes "1.in" and "1.out", "2.in"... (no .out for a case without an expected output).
bool write(const QString &directory, const QList<TestCase> &cases, QString *error);
} // namespace TestFolder
