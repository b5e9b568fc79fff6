#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A remote Piston-compatible server the user configured.
struct RemoteServer {
    QString id;   // stable (a QUuid without braces); settings and keys refer to it
    QString name; // shown in the backend selector
    QUrl url;     // base URL (scheme, host, port, optional path prefix); /api/v2/... is appended
    bool isValid() const; // a name, and a URL without urlProblem()

    // Why url cannot be a server's address, in a sentence; empty when it can: an http or https
    // URL with a host.
    static QString urlProblem(const QUrl &url);
};

Q_DECLARE_METATYPE(RemoteServer)
