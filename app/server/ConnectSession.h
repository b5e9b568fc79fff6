#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <memory>

class Job;
class JobQueue;
class LocalSandboxBackend;

// One WebSocket session of /api/v2/connect: Piston's interactive messages and close codes, on a
// job of the local helper. RunPad adds {"type":"eof"} (closes the program's stdin), signals that
// reach the program, and close code 4006 when the server cannot take the job now. The session
// counts as a job in the queue from its init on; it deletes itself once the socket is closed and
// its job has ended.
class ConnectSession : public QObject {
    Q_OBJECT
public:
    // Piston's close codes, and RunPad's 4006.
    enum CloseCode {
        AlreadyInitialized = 4000,
        InitializationTimeout = 4001,
        NotifiedError = 4002,
        NotYetInitialized = 4003,
        CanOnlyWriteToStdin = 4004,
        InvalidSignal = 4005,
        ServerBusy = 4006,
        JobCompleted = 4999,
    };
    static constexpr int InitTimeoutMs = 1000;
    static constexpr int CloseTimeoutMs = 5000;
    // Stdin a session may send while its job waits for a slot (the helper takes 64 MiB more).
    static constexpr qsizetype MaxEarlyStdinBytes = 16 * 1024 * 1024;

    ConnectSession(std::unique_ptr<QWebSocket> socket, LocalSandboxBackend *backend,
                   JobQueue *queue, QObject *parent = nullptr);
    ~ConnectSession() override;

signals:
    // The session is over: how it was closed, and how long it lasted.
    void ended(int closeCode, qint64 milliseconds);

private:
    enum class State { AwaitingInit, Waiting, Running, Over };

    void onText(const QString &text);
    void init(QJsonObject message);
    void run();
    void toJob(const QJsonObject &message);
    void send(const QJsonObject &message);
    void notifyError(const QString &message, int code = NotifiedError);
    void close(int code, const QString &reason);
    void jobEnded();
    void onDisconnected();
    void deleteWhenDone();

    std::unique_ptr<QWebSocket> m_socket;
    LocalSandboxBackend *m_backend;
    JobQueue *m_queue;
    QTimer m_initTimer;
    QTimer m_closeTimer; // a client that does not answer our close is cut off
    QElapsedTimer m_clock;
    State m_state = State::AwaitingInit;
    quint64 m_ticket = 0;
    QPointer<Job> m_job;
    QList<QJsonObject> m_early; // data, eof and signals sent before the job started
    qsizetype m_earlyBytes = 0;
    int m_closeCode = 0;
    bool m_jobOver = false;
    bool m_disconnected = false;
    bool m_ended = false;
};
