#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One entry of Piston's /api/v2/runtimes.
struct Runtime {
    QString language;
    QString version;
    QStringList aliases;

    static Runtime fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    bool matches(const QString &nameOrAlias) const;
};

using RuntimeList = QList<Runtime>;

// Carried by signals and QVariant (QSignalSpy, queued connections).
Q_DECLARE_METATYPE(Runtime)
