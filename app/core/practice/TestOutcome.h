#pragma once

#include "Verdict.h"

#include <QMetaType>
#include <QString>

// What running one test case gave.
struct TestOutcome {
    Verdict verdict = Verdict::Pending;
    QString output;      // the program's stdout
    QString errorOutput; // its stderr (or the compiler's, for CE)
    QString message;     // why, for a person: the checker's words, "Exited with code 3", ...
    qint64 timeMs = -1;  // CPU time of the run
    qint64 wallMs = -1;
    qint64 memoryBytes = -1;

    bool operator==(const TestOutcome &other) const = default;
};

Q_DECLARE_METATYPE(TestOutcome)
