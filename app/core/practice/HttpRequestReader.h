#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

// A small, strict reader of one HTTP/1.1 request, for the Competitive Companion listener: a
// request line, headers, and a body of exactly Content-Length bytes. Only POST is taken;
// chunked bodies, a missing or bad Content-Length and bodies over the limit are refused before
// the body is read, with the status and a message for the answer.
class HttpRequestReader {
public:
    enum class State { Reading, Complete, Refused };

    explicit HttpRequestReader(qint64 maxBodyBytes, qsizetype maxHeadBytes = 16 * 1024);

    // Takes the bytes that arrived; what comes after a complete request is ignored.
    State feed(const QByteArray &bytes);
    State state() const { return m_state; }

    QByteArray method() const { return m_method; }
    QByteArray path() const { return m_path; }
    // A header's value, its name in any case; empty when there is none.
    QByteArray header(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    QByteArray body() const { return m_body; }

    // When refused: 400 or 405, and why.
    int refusalStatus() const { return m_refusalStatus; }
    QString refusalMessage() const { return m_refusalMessage; }

private:
    State refuse(int status, const QString &message);
    State parseHead(const QByteArray &head);

    qint64 m_maxBody;
    qsizetype m_maxHead;
    State m_state = State::Reading;
    QByteArray m_buffer;
    bool m_headDone = false;
    qint64 m_contentLength = 0;
    QByteArray m_method, m_path;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    int m_refusalStatus = 0;
    QString m_refusalMessage;
};
