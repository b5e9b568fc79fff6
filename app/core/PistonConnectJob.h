#pragma once

#include "Job.h"
#include "ResultAssembler.h"

#include <QJsonObject>
#include <QList>
#include <QSslError>
#include <QTimer>
#include <memory>

class PistonEndpoint;
class PistonHttpCall;
class QWebSocket;
struct RemoteFailure;

// An interactive run on a Piston server over the WebSocket /api/v2/connect: `init` with the
// body, what the user types as `data`, signals as `signal`, and end of input as RunPad's
// `{"type":"eof"}`, which only runpad-server understands (against Piston a note says it cannot
// be sent). Piston closes with 4999 when the run is over; other close codes and `error`
// messages end the job with failed().
class PistonConnectJob : public Job {
    Q_OBJECT
public:
    PistonConnectJob(std::shared_ptr<PistonEndpoint> endpoint, const QJsonObject &body,
                     QObject *parent);
    ~PistonConnectJob() override;

    void writeStdin(const QByteArray &data) override;
    void closeStdin() override;
    void sendSignal(const QString &signal) override;

private:
    void begin();
    void openSocket();
    void onConnected();
    void onMessage(const QString &text);
    void onSocketError();
    void onDisconnected();
    // An `error` message came; closeCode is the close that followed it, 0 if none came.
    void failWithServerError(int closeCode);
    // Input waits for the run stage, so it does not reach the compiler.
    void sendOrQueue(const QJsonObject &message);
    void deliver(const QJsonObject &message);
    void note(const QString &text);
    void finish();
    void fail(const RemoteFailure &failure);
    void closeSocket();

    std::shared_ptr<PistonEndpoint> m_endpoint;
    QJsonObject m_body;
    PistonHttpCall *m_probe = nullptr;
    QWebSocket *m_socket = nullptr;
    ResultAssembler m_assembler;
    QList<QJsonObject> m_queued;
    QList<QSslError> m_sslErrors;
    QTimer m_connectTimer;
    QTimer m_answerTimer;
    QTimer m_stopTimer;  // a stopped run that the server does not end
    QTimer m_errorTimer; // an error message without the close that should follow
    QString m_serverError;
    QString m_lastSignal;
    bool m_open = false;
    bool m_runStarted = false;
    bool m_stopping = false;
    bool m_over = false;
    bool m_toldAboutEof = false;
    bool m_toldAboutSignals = false;
};
