#include "CompetitiveCompanionListener.h"

#include "HttpRequestReader.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace {

constexpr qint64 maxBodyBytes = 4ll << 20;
// The extension gives up after 500 ms; a connection idle far longer is not the extension.
constexpr int idleTimeoutMs = 10000;
constexpr int maxConnections = 16;

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

} // namespace

class CompetitiveCompanionListener::Private {
public:
    QTcpServer server;
    int connections = 0;
};

CompetitiveCompanionListener::CompetitiveCompanionListener(QObject *parent)
    : QObject(parent), d(new Private)
{
    qRegisterMetaType<Problem>();
    connect(&d->server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = d->server.nextPendingConnection())
            serve(socket);
    });
}

CompetitiveCompanionListener::~CompetitiveCompanionListener()
{
    // The server deletes its sockets; they must not count themselves out of a deleted d.
    const QList<QTcpSocket *> sockets = d->server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
    delete d;
}

QList<quint16> CompetitiveCompanionListener::portsTakenByOtherTools()
{
    return {1327, 4243, 4244, 6174, 10042, 10043, 10045, 27121};
}

quint16 CompetitiveCompanionListener::defaultPort()
{
    return 10046;
}

bool CompetitiveCompanionListener::listen(quint16 port, QString *error)
{
    close();
    // Loopback only: the extension posts to localhost, and nobody else should add problems.
    if (d->server.listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = tr("Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Choose another "
                    "port in the settings and add it to the extension's custom ports.")
                     .arg(port)
                     .arg(d->server.errorString());
    return false;
}

void CompetitiveCompanionListener::close()
{
    d->server.close();
}

bool CompetitiveCompanionListener::isListening() const
{
    return d->server.isListening();
}

quint16 CompetitiveCompanionListener::port() const
{
    return d->server.serverPort();
}

void CompetitiveCompanionListener::serve(QTcpSocket *socket)
{
    if (d->connections >= maxConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++d->connections;
    // The reader lives as long as the connection that reads into it.
    const auto reader = std::make_shared<HttpRequestReader>(maxBodyBytes);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->start(idleTimeoutMs);
    connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(socket, &QObject::destroyed, this, [this] { --d->connections; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, reader, idle] {
        if (reader->state() != HttpRequestReader::State::Reading) {
            socket->readAll(); // the answer is on its way; the rest is not read
            return;
        }
        idle->start(idleTimeoutMs);
        switch (reader->feed(socket->readAll())) {
        case HttpRequestReader::State::Reading:
            return;
        case HttpRequestReader::State::Refused:
            answer(socket, reader->refusalStatus(), reader->refusalMessage());
            return;
        case HttpRequestReader::State::Complete:
            handle(socket, *reader);
            return;
        }
    });
}

void CompetitiveCompanionListener::handle(QTcpSocket *socket, const HttpRequestReader &request)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    // A web page can POST text/plain to localhost without asking; application/json it cannot
    // without a CORS preflight, which this listener never grants.
    if (type != "application/json") {
        answer(socket, 400, tr("Content-Type must be application/json"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        answer(socket, 400,
               tr("the body is not valid JSON: %1 at byte %2")
                   .arg(parseError.errorString())
                   .arg(parseError.offset));
        return;
    }
    if (!document.isObject()) {
        answer(socket, 400, tr("the body must be a JSON object"));
        return;
    }
    const QJsonObject payload = document.object();
    QString error;
    const std::optional<Problem> problem = Problem::fromCompetitiveCompanion(payload, &error);
    if (!problem) {
        answer(socket, 400, error);
        return;
    }
    QString batchId;
    int batchSize = 1;
    const QJsonValue batch = payload.value(QStringLiteral("batch"));
    if (!batch.isUndefined()) {
        const QJsonObject object = batch.toObject();
        const QJsonValue id = object.value(QStringLiteral("id"));
        const QJsonValue size = object.value(QStringLiteral("size"));
        const double sizeValue = size.toDouble();
        if (!batch.isObject() || !id.isString() || !size.isDouble() || sizeValue < 1 ||
            sizeValue > 1000 || sizeValue != int(sizeValue)) {
            answer(socket, 400, tr("batch must be {\"id\": a string, \"size\": 1 to 1000}"));
            return;
        }
        batchId = id.toString();
        batchSize = int(sizeValue);
    }
    answer(socket, 200, tr("Received %1").arg(problem->name));
    emit problemReceived(*problem, batchId, batchSize);
}

void CompetitiveCompanionListener::answer(QTcpSocket *socket, int status, const QString &message)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (status == 405)
        response += "Allow: POST\r\n";
    response += "\r\n" + body;
    socket->write(response);
    // Closed once written: one request per connection keeps the reader simple.
    socket->disconnectFromHost();
}
