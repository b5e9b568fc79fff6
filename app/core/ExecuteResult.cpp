#include "ExecuteResult.h"

#include <QJsonArray>

ExecuteResult ExecuteResult::fromJson(const QJsonObject &object)
{
    ExecuteResult result;
    result.language = object.value(QStringLiteral("language")).toString();
    result.version = object.value(QStringLiteral("version")).toString();
    // Piston may send "compile": null for interpreted languages; only an object is a stage.
    const QJsonValue compile = object.value(QStringLiteral("compile"));
    if (compile.isObject())
        result.compile = StageResult::fromJson(compile.toObject());
    const QJsonValue run = object.value(QStringLiteral("run"));
    if (run.isObject())
        result.run = StageResult::fromJson(run.toObject());
    const QJsonArray runs = object.value(QStringLiteral("runs")).toArray();
    for (const QJsonValue &stage : runs)
        result.runs.append(StageResult::fromJson(stage.toObject()));
    return result;
}

QJsonObject ExecuteResult::toJson() const
{
    QJsonObject object{{QStringLiteral("language"), language},
                       {QStringLiteral("version"), version}};
    if (compile)
        object.insert(QStringLiteral("compile"), compile->toJson());
    if (run)
        object.insert(QStringLiteral("run"), run->toJson());
    if (!runs.isEmpty()) {
        QJsonArray stages;
        for (const StageResult &stage : runs)
            stages.append(stage.toJson());
        object.insert(QStringLiteral("runs"), stages);
    }
    return object;
}

bool ExecuteResult::compileFailed() const
{
    return compile && (!compile->status.isEmpty() || compile->code.value_or(0) != 0 ||
                       (!run && runs.isEmpty()));
}

const StageResult *ExecuteResult::decisiveStage() const
{
    // Older Piston copies a failed compile into run; the compile stage is still the one to blame.
    if (compileFailed())
        return &*compile;
    if (run)
        return &*run;
    for (const StageResult &stage : runs) {
        if (!stage.status.isEmpty())
            return &stage;
    }
    return runs.isEmpty() ? nullptr : &runs.constLast();
}
