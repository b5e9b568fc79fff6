#include "Runtime.h"

#include <QJsonArray>

Runtime Runtime::fromJson(const QJsonObject &object)
{
    Runtime runtime;
    runtime.language = object.value(QStringLiteral("language")).toString();
    runtime.version = object.value(QStringLiteral("version")).toString();
    const QJsonArray aliases = object.value(QStringLiteral("aliases")).toArray();
    for (const QJsonValue &alias : aliases)
        runtime.aliases.append(alias.toString());
    return runtime;
}

QJsonObject Runtime::toJson() const
{
    return QJsonObject{{QStringLiteral("language"), language},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("aliases"), QJsonArray::fromStringList(aliases)}};
}

bool Runtime::matches(const QString &nameOrAlias) const
{
    // Exact, as Piston matches: clients send the names the runtimes list gave them.
    return language == nameOrAlias || aliases.contains(nameOrAlias);
}
