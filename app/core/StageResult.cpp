#include "StageResult.h"

#include <QJsonValue>

namespace {

// Piston sends null for "none"; RunPad keeps an empty string or -1 for it.
QString stringOrEmpty(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

qint64 numberOrUnknown(const QJsonValue &value)
{
    return value.isDouble() ? qint64(value.toDouble()) : -1;
}

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue numberOrNull(qint64 value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

StageResult StageResult::fromJson(const QJsonObject &object)
{
    StageResult result;
    result.stdout = object.value(QStringLiteral("stdout")).toString();
    result.stderr = object.value(QStringLiteral("stderr")).toString();
    result.output = object.value(QStringLiteral("output")).toString();
    const QJsonValue code = object.value(QStringLiteral("code"));
    if (code.isDouble())
        result.code = code.toInt();
    result.signal = stringOrEmpty(object.value(QStringLiteral("signal")));
    result.message = stringOrEmpty(object.value(QStringLiteral("message")));
    result.status = stringOrEmpty(object.value(QStringLiteral("status")));
    result.cpuTimeMs = numberOrUnknown(object.value(QStringLiteral("cpu_time")));
    result.wallTimeMs = numberOrUnknown(object.value(QStringLiteral("wall_time")));
    result.memoryBytes = numberOrUnknown(object.value(QStringLiteral("memory")));
    if (const QJsonValue cached = object.value(QStringLiteral("cached")); cached.isBool())
        result.cached = cached.toBool();
    return result;
}

QJsonObject StageResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("stdout"), stdout},
        {QStringLiteral("stderr"), stderr},
        {QStringLiteral("output"), output},
        {QStringLiteral("code"), code ? QJsonValue(*code) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("signal"), stringOrNull(signal)},
        {QStringLiteral("message"), stringOrNull(message)},
        {QStringLiteral("status"), stringOrNull(status)},
        {QStringLiteral("cpu_time"), numberOrNull(cpuTimeMs)},
        {QStringLiteral("wall_time"), numberOrNull(wallTimeMs)},
        {QStringLiteral("memory"), numberOrNull(memoryBytes)},
    };
    if (cached)
        json.insert(QStringLiteral("cached"), *cached);
    return json;
}

QString StageResult::statusLabel() const
{
    return status.isEmpty() ? QStringLiteral("OK") : status;
}
