#include "RequestFramer.h"

#include <QUrl>

namespace {

// What QHttpServer skips before a request line.
bool isLeadingSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// A head ends with an empty line; LF alone is accepted as QHttpServer accepts it.
bool endsHead(const QByteArray &head)
{
    return head.endsWith("\n\r\n") || head.endsWith("\n\n");
}

} // namespace

RequestFramer::RequestFramer(qint64 maxBody, qsizetype maxHead)
    : m_maxBody(maxBody), m_maxHead(maxHead)
{
}

RequestFramer::Step RequestFramer::next(const QByteArray &data, qsizetype *offset)
{
    while (*offset < data.size()) {
        switch (m_state) {
        case State::Done:
            *offset = data.size();
            return {};
        case State::Body: {
            const qint64 take = qMin<qint64>(m_bodyLeft, data.size() - *offset);
            *offset += take;
            m_bodyLeft -= take;
            if (m_bodyLeft == 0)
                m_state = State::Head;
            break;
        }
        case State::Head: {
            if (m_head.isEmpty()) {
                while (*offset < data.size() && isLeadingSpace(data.at(*offset)))
                    ++*offset;
                if (*offset == data.size())
                    return {};
            }
            const qsizetype newline = data.indexOf('\n', *offset);
            const qsizetype end = newline < 0 ? data.size() : newline + 1;
            m_head.append(data.constData() + *offset, end - *offset);
            *offset = end;
            if (m_head.size() > m_maxHead) {
                return refuse(431, QStringLiteral("the request's head is larger than the server "
                                                  "accepts (at most %1 bytes)")
                                       .arg(m_maxHead));
            }
            if (newline >= 0 && endsHead(m_head))
                return headComplete();
            break;
        }
        }
    }
    return {};
}

RequestFramer::Step RequestFramer::headComplete()
{
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    HttpRequest head;
    const QList<QByteArray> requestLine = lines.first().trimmed().simplified().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/"))
        return refuse(400, QStringLiteral("malformed request line"));
    head.method = requestLine.at(0);
    head.path = QUrl::fromEncoded(requestLine.at(1)).path();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(400, QStringLiteral("malformed header line"), head);
        head.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    qint64 length = 0;
    bool lengthSeen = false;
    for (const auto &[name, value] : std::as_const(head.headers)) {
        if (name == "transfer-encoding" && value.compare("identity", Qt::CaseInsensitive) != 0) {
            return refuse(411,
                          QStringLiteral("a request body needs a Content-Length header "
                                         "(chunked bodies are not accepted)"),
                          head);
        }
        if (name != "content-length")
            continue;
        bool ok = !value.isEmpty();
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        const qint64 parsed = ok ? value.toLongLong(&ok) : -1;
        if (!ok || (lengthSeen && parsed != length))
            return refuse(400, QStringLiteral("Content-Length must be one number of bytes"), head);
        length = parsed;
        lengthSeen = true;
    }
    if (length > m_maxBody) {
        return refuse(413,
                      QStringLiteral("the request body is larger than the server accepts (at most "
                                     "%1 bytes, this one has %2)")
                          .arg(m_maxBody)
                          .arg(length),
                      head);
    }
    if (head.isWebSocketUpgrade()) {
        m_state = State::Done;
    } else {
        m_bodyLeft = length;
        m_state = length > 0 ? State::Body : State::Head;
    }
    Step step;
    step.kind = Step::Head;
    step.head = head;
    return step;
}

RequestFramer::Step RequestFramer::refuse(int status, const QString &message, HttpRequest head)
{
    m_state = State::Done;
    Step step;
    step.kind = Step::Refuse;
    step.head = std::move(head);
    step.status = status;
    step.message = message;
    return step;
}
