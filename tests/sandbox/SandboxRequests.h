#pragma once

#include <QJsonArray>
#include <QJsonObject>

// Builds the requests the sandbox tests send.
namespace SandboxRequests {

// A Piston execute body with one unnamed file; extra fields are merged in.
inline QJsonObject body(const QString &language, const QString &code, const QJsonObject &extra = {})
{
    QJsonObject body{{QStringLiteral("language"), language},
                     {QStringLiteral("version"), QStringLiteral("*")},
                     {QStringLiteral("files"), QJsonArray{QJsonObject{{QStringLiteral("content"), code}}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

// The body as a protocol message of the given type and id.
inline QJsonObject message(const QString &type, const QJsonValue &id, QJsonObject body = {})
{
    body.insert(QStringLiteral("type"), type);
    body.insert(QStringLiteral("id"), id);
    return body;
}

} // namespace SandboxRequests
