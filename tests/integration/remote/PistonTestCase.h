#pragma once

#include "JobRecorder.h"
#include "PistonBackend.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

// What the tests of PistonBackend share, whichever server they talk to: requests in Piston's
// shape, and backends and jobs made for the test program (each test class derives from it).
class PistonTestCase : public QObject {
public:
    static const QString Python;
    // Reads lines and answers each ("echo:<line>"), until end of input; then prints "bye".
    static const QString EchoLines;

    // An execute body with one file (main.c or main.py) and, if given, stdin.
    static QJsonObject body(const QString &language, const QString &code,
                            const QString &stdinText = {});
    static RemoteServer remote(const QUrl &url,
                               const QString &name = QStringLiteral("Test server"));
    static QByteArray json(const char *text) { return QByteArray(text); }

protected:
    using QObject::QObject;

    // A backend for the server at url, with this API key; it lives as long as the test object.
    PistonBackend *backend(const QUrl &url, const QString &key = {});
    // Starts a job and waits for its end.
    JobRecorder *run(PistonBackend *piston, const QJsonObject &request, bool interactive = false,
                     int timeoutMs = 60000);
    // The unavailable() message of fetchRuntimes(), or "<runtimes>" when they came.
    static QString runtimesOutcome(PistonBackend *piston, int timeoutMs = 30000);
};
