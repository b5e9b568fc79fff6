#pragma once

#include "StageResult.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <optional>

// A Piston API v2 execute response. `compile` exists for compiled languages; `run` is missing when
// compilation failed. A request with several `stdins` (RunPad's helper) has `runs` instead of
// `run`: one stage per input, in order (sandbox/PROTOCOL.md).
struct ExecuteResult {
    QString language;
    QString version;
    std::optional<StageResult> compile;
    std::optional<StageResult> run;
    QList<StageResult> runs;

    static ExecuteResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The program did not compile: the compile stage ended with a status, or with a non-zero exit
    // (servers that give no status), or nothing ran after it.
    bool compileFailed() const;
    // The stage whose outcome decides the result: the failed compile, else the run; with `runs`,
    // the first run that did not end well, else the last one.
    const StageResult *decisiveStage() const;
};

// Carried by signals and QVariant (QSignalSpy, queued connections).
Q_DECLARE_METATYPE(ExecuteResult)
