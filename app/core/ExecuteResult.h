#pragma once

#include "StageResult.h"

#include <QJsonObject>
#include <QMetaType>
#include <optional>

// A Piston API v2 execute response. `compile` exists for compiled languages; `run` is missing when
// compilation failed.
struct ExecuteResult {
    QString language;
    QString version;
    std::optional<StageResult> compile;
    std::optional<StageResult> run;

    static ExecuteResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // The stage whose outcome decides the result: the failed compile, else the run.
    const StageResult *decisiveStage() const;
};

// Carried by signals and QVariant (QSignalSpy, queued connections).
Q_DECLARE_METATYPE(ExecuteResult)
