#include "ExecuteRequest.h"

#include <QJsonArray>

QJsonObject ExecuteRequest::toJson() const
{
    QJsonArray fileArray;
    for (const SourceFile &file : files) {
        QJsonObject object{{QStringLiteral("content"), file.content},
                           {QStringLiteral("encoding"), file.encoding}};
        // Piston names an unnamed file itself; an empty name would be rejected.
        if (!file.name.isEmpty())
            object.insert(QStringLiteral("name"), file.name);
        fileArray.append(object);
    }

    QJsonObject object{{QStringLiteral("language"), language},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("files"), fileArray},
                       {QStringLiteral("stdin"), stdin},
                       {QStringLiteral("args"), QJsonArray::fromStringList(args)}};

    // 0 means "unset": leaving the field out lets the backend apply its default.
    const auto putLimit = [&object](const QString &name, qint64 value) {
        if (value != 0)
            object.insert(name, value);
    };
    putLimit(QStringLiteral("compile_timeout"), compileTimeout);
    putLimit(QStringLiteral("run_timeout"), runTimeout);
    putLimit(QStringLiteral("compile_cpu_time"), compileCpuTime);
    putLimit(QStringLiteral("run_cpu_time"), runCpuTime);
    putLimit(QStringLiteral("compile_memory_limit"), compileMemoryLimit);
    putLimit(QStringLiteral("run_memory_limit"), runMemoryLimit);
    putLimit(QStringLiteral("output_limit"), outputLimit);
    return object;
}
