#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerOptions", text);
}

bool readListen(const QString &value, QHostAddress *host, quint16 *port, QString *error)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    QString hostText = value.left(colon);
    if (hostText.startsWith(QLatin1Char('[')) && hostText.endsWith(QLatin1Char(']')))
        hostText = hostText.mid(1, hostText.size() - 2);
    bool portOk = false;
    const uint portValue = value.mid(colon + 1).toUInt(&portOk);
    if (colon < 0 || !portOk || portValue > 65535) {
        *error = tr("--listen takes HOST:PORT, for example 127.0.0.1:2000 or [::]:2000 (port 0 "
                    "picks a free one), not '%1'")
                     .arg(value);
        return false;
    }
    if (hostText == QLatin1String("localhost"))
        *host = QHostAddress::LocalHost;
    else if (hostText.isEmpty() || hostText == QLatin1String("*") ||
             hostText == QLatin1String("::"))
        *host = QHostAddress::Any; // IPv6 and IPv4 alike, where "::" alone would be IPv6 only
    else if (!host->setAddress(hostText)) {
        *error = tr("--listen: '%1' is not an IP address (give one, or localhost)").arg(hostText);
        return false;
    }
    *port = quint16(portValue);
    return true;
}

bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                qint64 *value, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 number = parser.value(name).toLongLong(&ok);
    if (!ok || number < minimum) {
        *error = tr("--%1 takes a whole number of at least %2, not '%3'")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name));
        return false;
    }
    *value = number;
    return true;
}

// A token is a line of text; a file larger than this is not a token file.
constexpr qint64 MaxTokenFileSize = 4096;

} // namespace

void ServerOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("listen"),
         tr("Address and port to serve on (default 127.0.0.1:2000; port 0 picks a free one)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("sandbox-socket"),
         tr("Use the sandbox helper listening on this socket (default: "
            "$RUNPAD_SANDBOX_SOCKET, else the system helper's /run/runpad-sandbox.sock, else "
            "a private helper started for the server)."),
         QStringLiteral("PATH")},
        {QStringLiteral("helper"),
         tr("The runpad-sandbox program to start when none runs (default: the one beside "
            "runpad-server, else in ../libexec)."),
         QStringLiteral("PATH")},
        {QStringLiteral("token-file"),
         tr("Every request needs 'Authorization: Bearer TOKEN' (or the bare TOKEN), where TOKEN "
            "is this file's first line. Keep the file private (chmod 600)."),
         QStringLiteral("FILE")},
        {QStringLiteral("token"),
         tr("The same with the token itself, which every user of this machine can read in the "
            "process list: prefer --token-file or $RUNPAD_SERVER_TOKEN."),
         QStringLiteral("TOKEN")},
        {QStringLiteral("cors"),
         tr("Let web pages of this origin (e.g. https://example.org, or *) call the server from "
            "a browser; repeat for several."),
         QStringLiteral("ORIGIN")},
        {QStringLiteral("max-body"),
         tr("Largest request body and WebSocket message, in bytes (default 16777216)."),
         QStringLiteral("BYTES")},
        {QStringLiteral("max-jobs"),
         tr("Jobs that run at once (default 64, as many boxes as the "
            "helper has by default)."),
         QStringLiteral("N")},
        {QStringLiteral("max-queue"),
         tr("Jobs that may wait for a free slot (default 256); beyond, the answer is 503."),
         QStringLiteral("N")},
        {QStringLiteral("rate-limit"),
         tr("Requests a second each client address may make, in bursts of as many (default 0: "
            "no limit); beyond, the answer is 429."),
         QStringLiteral("N")},
        {QStringLiteral("behind-proxy"),
         tr("A reverse proxy on this machine forwards the requests: the client address is the "
            "last one in X-Forwarded-For.")},
    });
}

bool ServerOptions::read(const QCommandLineParser &parser, QString *error)
{
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'").arg(parser.positionalArguments().first());
        return false;
    }
    if (parser.isSet(QStringLiteral("listen")) &&
        !readListen(parser.value(QStringLiteral("listen")), &host, &port, error))
        return false;
    sandboxSocket = parser.value(QStringLiteral("sandbox-socket"));
    helperProgram = parser.value(QStringLiteral("helper"));
    if (!readToken(parser, error))
        return false;
    corsOrigins = parser.values(QStringLiteral("cors"));
    for (const QString &origin : std::as_const(corsOrigins)) {
        if (origin.isEmpty() || origin.endsWith(QLatin1Char('/'))) {
            *error = tr("--cors takes an origin such as https://example.org (no path, no '/' at "
                        "the end) or *, not '%1'")
                         .arg(origin);
            return false;
        }
    }
    qint64 jobs = maxJobs, queue = maxQueue;
    if (!readNumber(parser, QStringLiteral("max-body"), 1, &maxBody, error) ||
        !readNumber(parser, QStringLiteral("max-jobs"), 1, &jobs, error) ||
        !readNumber(parser, QStringLiteral("max-queue"), 0, &queue, error))
        return false;
    maxJobs = int(qMin<qint64>(jobs, 100000));
    maxQueue = int(qMin<qint64>(queue, 1000000));
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        rateLimit = parser.value(QStringLiteral("rate-limit")).toDouble(&ok);
        if (!ok || rateLimit < 0) {
            *error = tr("--rate-limit takes requests a second (0 for no limit), not '%1'")
                         .arg(parser.value(QStringLiteral("rate-limit")));
            return false;
        }
    }
    behindProxy = parser.isSet(QStringLiteral("behind-proxy"));
    return true;
}

bool ServerOptions::readToken(const QCommandLineParser &parser, QString *error)
{
    const QString fileOption = QStringLiteral("token-file");
    const QString tokenOption = QStringLiteral("token");
    const char *variable = "RUNPAD_SERVER_TOKEN";
    if (parser.isSet(fileOption) && parser.isSet(tokenOption)) {
        *error = tr("--token and --token-file both give the token: give one of them");
        return false;
    }
    if (parser.isSet(fileOption)) {
        const QString path = parser.value(fileOption);
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read the token file %1: %2")
                         .arg(path, QFileInfo(path).isDir() ? tr("it is a directory")
                                                            : file.errorString());
            return false;
        }
        const QByteArray bytes = file.read(MaxTokenFileSize + 1);
        token = QString::fromUtf8(bytes).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (bytes.size() > MaxTokenFileSize) {
            *error = tr("the token file %1 is larger than %2 bytes: it should hold only the token")
                         .arg(path)
                         .arg(MaxTokenFileSize);
            return false;
        }
        if (token.isEmpty()) {
            *error = tr("the token file %1 has no token on its first line").arg(path);
            return false;
        }
        if (QFileInfo(path).permissions() & QFileDevice::ReadOther)
            warnings << tr("the token file %1 is readable by every user of this machine; "
                           "'chmod 600 %1' keeps it yours")
                            .arg(path);
        return true;
    }
    if (parser.isSet(tokenOption)) {
        token = parser.value(tokenOption);
        if (token.trimmed().isEmpty()) {
            *error = tr("--token needs a value: the secret clients must send");
            return false;
        }
        warnings << tr("--token shows the token to every user of this machine (in the process "
                       "list); --token-file FILE or $RUNPAD_SERVER_TOKEN keep it private");
        return true;
    }
    // Set but empty is a mistake (an unset shell variable, a failed $(cat ...)), not "no token".
    if (qEnvironmentVariableIsSet(variable)) {
        token = qEnvironmentVariable(variable).trimmed();
        if (token.isEmpty()) {
            *error = tr("$RUNPAD_SERVER_TOKEN is set but empty: set the secret clients must send, "
                        "or unset it to serve without a token");
            return false;
        }
    }
    return true;
}

QString ServerOptions::authority(const QHostAddress &host, quint16 port)
{
    const QString address = host.protocol() == QAbstractSocket::IPv4Protocol
                                ? host.toString()
                                : QLatin1Char('[') + host.toString() + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(port);
}
