#pragma once

#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

// Follows the requests on one connection as their bytes arrive, ahead of QHttpServer, which
// buffers a whole request before anyone sees it: each head is parsed as soon as it is complete
// and a body is only skipped over, so that a request too large is refused before its body is read.
// A body needs a Content-Length of at most maxBody bytes (chunked bodies are refused), and a head
// may take at most maxHead bytes.
class RequestFramer {
public:
    RequestFramer(qint64 maxBody, qsizetype maxHead);

    struct Step {
        enum Kind { NeedMore, Head, Refuse };
        Kind kind = NeedMore;
        HttpRequest head; // the head (for Refuse, as far as it was read; no body)
        int status = 0;   // for Refuse: 400, 411, 413 or 431
        QString message;  // for Refuse, for people
    };

    // Reads on from data[*offset] to the end of the first complete head or of data. After a
    // refusal, and after the head of a WebSocket upgrade (what follows is not HTTP), it reads
    // nothing more.
    Step next(const QByteArray &data, qsizetype *offset);

private:
    enum class State { Head, Body, Done };

    Step headComplete();
    Step refuse(int status, const QString &message, HttpRequest head = {});

    qint64 m_maxBody;
    qsizetype m_maxHead;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};
