#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// runpad-server's command line (README.md, "Serving other machines").
struct ServerOptions {
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 2000;
    QString sandboxSocket; // empty: LocalSandboxBackend's own choice
    QString helperProgram; // empty: LocalSandboxBackend's own choice
    QString token;         // empty: no Authorization needed
    QStringList warnings;  // for stderr at start: e.g. a token other users can read
    QStringList corsOrigins;
    qint64 maxBody = 16 * 1024 * 1024;
    int maxJobs = 64; // the helper's default box uid range: 64 boxes at once
    int maxQueue = 256;
    double rateLimit = 0; // requests a second per client; 0: none
    bool behindProxy = false;

    static void addTo(QCommandLineParser &parser);
    // Takes the values from a parser that has processed the command line; false with a message
    // that says what is wrong.
    bool read(const QCommandLineParser &parser, QString *error);
    // host:port as a URL's authority ("[::1]:2000" for IPv6).
    static QString authority(const QHostAddress &host, quint16 port);

private:
    // --token-file, else --token, else $RUNPAD_SERVER_TOKEN, else none.
    bool readToken(const QCommandLineParser &parser, QString *error);
};
