#include "HelperConnection.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QLocalSocket>
#include <QTimer>
#include <QtDebug>

HelperConnection::HelperConnection(QObject *parent)
    : QObject(parent), m_socket(new QLocalSocket(this))
{
    connect(m_socket, &QLocalSocket::connected, this, &HelperConnection::connected);
    connect(m_socket, &QLocalSocket::readyRead, this, &HelperConnection::readLines);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this] {
        readLines(); // what the helper said before it went away still counts
        close(m_socket->errorString());
    });
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        readLines();
        close(tr("The helper closed the connection."));
    });
}

void HelperConnection::connectToHelper(const QString &socketPath)
{
    // Deferred, because QLocalSocket reports an immediate failure from inside connectToServer().
    QTimer::singleShot(0, this, [this, socketPath] { m_socket->connectToServer(socketPath); });
}

void HelperConnection::send(qint64 id, QJsonObject message)
{
    message.insert(QStringLiteral("id"), id);
    m_socket->write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
}

void HelperConnection::readLines()
{
    if (m_closed || !m_socket->isReadable())
        return;
    m_buffer.append(m_socket->readAll());
    qsizetype start = 0;
    // Only the new bytes are searched, so a big line arriving in pieces costs linear time.
    qsizetype newline = m_buffer.indexOf('\n', m_scanned);
    while (newline >= 0) {
        handleLine(m_buffer.mid(start, newline - start));
        if (m_closed)
            return;
        start = newline + 1;
        newline = m_buffer.indexOf('\n', start);
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > MaxLineLength)
        close(tr("The helper sent a message longer than %1 MiB.").arg(MaxLineLength >> 20));
}

void HelperConnection::handleLine(const QByteArray &line)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (!document.isObject()) {
        // One bad line must not cost the other jobs their connection.
        qWarning("HelperConnection: ignoring a line that is not a JSON object: %s",
                 qPrintable(error.errorString()));
        return;
    }
    const QJsonObject message = document.object();
    const QJsonValue id = message.value(QStringLiteral("id"));
    if (id.isDouble())
        emit messageReceived(qint64(id.toDouble()), message);
    else
        emit connectionMessage(message);
}

void HelperConnection::close(const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    m_socket->abort();
    // Deferred, so that the receiver may delete this connection from its slot.
    QTimer::singleShot(0, this, [this, reason] { emit closed(reason); });
}
