#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One entry of Piston's /api/v2/runtimes.
struct Runtime {
    QString language;
    QString version;
    QStringList aliases;

    static Runtime fromJson(const QJsonObject &object);
    bool matches(const QString &nameOrAlias) const;
};

using RuntimeList = QList<Runtime>;
