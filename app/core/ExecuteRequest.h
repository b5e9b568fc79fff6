#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One source file of a request. Names carry no path; the first file is the main one.
struct SourceFile {
    QString name;
    QString content;
    QString encoding = QStringLiteral("utf8"); // utf8 | base64 | hex
};

// A Piston API v2 execute request (and RunPad's additions). Limits left at -1 mean "the backend's
// maximum"; std::nullopt-like "unset" is 0 here, which toJson() leaves out so the backend's
// default applies.
struct ExecuteRequest {
    QString language;
    QString version = QStringLiteral("*");
    QList<SourceFile> files;
    QString stdin;
    QStringList args;
    qint64 compileTimeout = 0;     // ms
    qint64 runTimeout = 0;         // ms
    qint64 compileCpuTime = 0;     // ms
    qint64 runCpuTime = 0;         // ms
    qint64 compileMemoryLimit = 0; // bytes
    qint64 runMemoryLimit = 0;     // bytes
    qint64 outputLimit = 0;        // bytes per stream (RunPad addition)

    QJsonObject toJson() const;
};
