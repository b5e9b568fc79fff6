#include "HttpRequestReader.h"

#include <QCoreApplication>
#include <QList>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpRequestReader", text);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c <= ' ' || c >= 127 || QByteArrayLiteral("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

HttpRequestReader::HttpRequestReader(qint64 maxBodyBytes, qsizetype maxHeadBytes)
    : m_maxBody(maxBodyBytes), m_maxHead(maxHeadBytes)
{
}

HttpRequestReader::State HttpRequestReader::refuse(int status, const QString &message)
{
    m_state = State::Refused;
    m_refusalStatus = status;
    m_refusalMessage = message;
    m_buffer.clear();
    return m_state;
}

HttpRequestReader::State HttpRequestReader::feed(const QByteArray &bytes)
{
    if (m_state != State::Reading)
        return m_state;
    m_buffer += bytes;
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_maxHead)
                return refuse(400,
                              tr("the request's headers are longer than %1 bytes").arg(m_maxHead));
            return m_state;
        }
        if (end > m_maxHead)
            return refuse(400, tr("the request's headers are longer than %1 bytes").arg(m_maxHead));
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_headDone = true;
        if (parseHead(head) != State::Reading)
            return m_state;
    }
    if (m_buffer.size() >= m_contentLength) {
        m_body = m_buffer.left(m_contentLength);
        m_buffer.clear();
        m_state = State::Complete;
    }
    return m_state;
}

HttpRequestReader::State HttpRequestReader::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/') ||
        !requestLine[2].startsWith("HTTP/1."))
        return refuse(400, tr("the request line is not HTTP/1.1: '%1'")
                               .arg(QString::fromLatin1(lines.first().trimmed().left(100))));
    m_method = requestLine[0];
    m_path = requestLine[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return refuse(400, tr("header line %1 is malformed").arg(i));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (m_headers.contains(name) && name == "content-length")
            return refuse(400, tr("Content-Length is given twice"));
        m_headers.insert(name, value);
    }
    if (m_method != "POST")
        return refuse(405,
                      tr("only POST is accepted here, not %1").arg(QString::fromLatin1(m_method)));
    if (m_headers.contains("transfer-encoding"))
        return refuse(400, tr("chunked bodies are not accepted: send Content-Length"));
    if (!m_headers.contains("content-length"))
        return refuse(400, tr("Content-Length is required"));
    const QByteArray length = m_headers.value("content-length");
    bool ok = !length.isEmpty();
    for (char c : length)
        ok = ok && c >= '0' && c <= '9';
    const qint64 value = ok && length.size() <= 18 ? length.toLongLong(&ok) : -1;
    if (!ok || value < 0)
        return refuse(400, tr("Content-Length is not a number of bytes: '%1'")
                               .arg(QString::fromLatin1(length.left(40))));
    if (value > m_maxBody)
        return refuse(
            400, tr("the body is %1 bytes; at most %2 are accepted").arg(value).arg(m_maxBody));
    m_contentLength = value;
    return m_state;
}
