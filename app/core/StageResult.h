#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

// The outcome of one stage (compile or run), as Piston reports it.
struct StageResult {
    QString stdout;
    QString stderr;
    QString output;                 // both streams, interleaved in order
    std::optional<int> code;        // exit code, when the stage exited
    QString signal;                 // e.g. "SIGKILL", empty when none
    QString message;                // human-readable, empty when none
    QString status;                 // "", RE, SG, TO, OL, EL, XX
    qint64 cpuTimeMs = -1;
    qint64 wallTimeMs = -1;
    qint64 memoryBytes = -1;
    // A compile stage the backend did not run again: the program was cached. RunPad's helper
    // always says (true or false), Piston never: toJson() gives back what came.
    std::optional<bool> cached;

    static StageResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // "OK" when status is empty, else the status itself.
    QString statusLabel() const;
};

// Carried by signals and QVariant (QSignalSpy, queued connections).
Q_DECLARE_METATYPE(StageResult)
