#pragma once

#include "Problem.h"

#include <QList>
#include <QObject>
#include <QString>

class HttpRequestReader;
class QTcpSocket;

// Listens on 127.0.0.1:<port> for the Competitive Companion extension's POST: a valid problem is
// answered 200 and emitted; anything else gets 400 (405 for a method other than POST) with
// {"message": why} and changes nothing.
class CompetitiveCompanionListener : public QObject {
    Q_OBJECT
public:
    explicit CompetitiveCompanionListener(QObject *parent = nullptr);
    ~CompetitiveCompanionListener() override;

    static QList<quint16>
    portsTakenByOtherTools();     // 1327, 4243, 4244, 6174, 10042, 10043, 10045, 27121
    static quint16 defaultPort(); // 10046 (free in the extension's list)
    // 0 picks a free port (tests); port() then tells which.
    bool listen(quint16 port, QString *error);
    void close();
    bool isListening() const;
    quint16 port() const;

signals:
    void problemReceived(const Problem &problem, const QString &batchId, int batchSize);

private:
    void serve(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const HttpRequestReader &request);
    void answer(QTcpSocket *socket, int status, const QString &message);

    class Private;
    Private *d;
};
