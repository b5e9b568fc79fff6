#pragma once

#include <QMetaType>
#include <QString>

// An online judge's verdict for one test case.
enum class Verdict {
    Pending,
    Running,
    Accepted,
    WrongAnswer,
    TimeLimit,
    MemoryLimit,
    RuntimeError,
    OutputLimit,
    CompileError,
    CheckerError
};

// "AC", "WA", "TLE", "MLE", "RE", "OLE", "CE", "CHK"; "" for Pending, "…" for Running.
QString verdictCode(Verdict verdict);
// Translated words for a person: "Accepted", "Wrong answer", ...
QString verdictName(Verdict verdict);

Q_DECLARE_METATYPE(Verdict)
