#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

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

} // namespace

void ServerOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("listen"),
         tr("Address and port to serve on (default 127.0.0.1:2000; port 0 picks a free one)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("sandbox-socket"),
         tr("Use the sandbox helper listening on this socket (default: the system helper's, "
            "else a private helper started for the server)."),
         QStringLiteral("PATH")},
        {QStringLiteral("helper"), tr("The runpad-sandbox program to start when none runs."),
         QStringLiteral("PATH")},
        {QStringLiteral("token"),
         tr("Every request needs 'Authorization: Bearer TOKEN' (or the bare TOKEN)."),
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
    token = parser.value(QStringLiteral("token"));
    if (parser.isSet(QStringLiteral("token")) && token.trimmed().isEmpty()) {
        *error = tr("--token needs a value: the secret clients must send");
        return false;
    }
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

QString ServerOptions::authority(const QHostAddress &host, quint16 port)
{
    const QString address = host.protocol() == QAbstractSocket::IPv4Protocol
                                ? host.toString()
                                : QLatin1Char('[') + host.toString() + QLatin1Char(']');
    return address + QLatin1Char(':') + QString::number(port);
}
