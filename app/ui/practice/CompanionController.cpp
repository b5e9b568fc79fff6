#include "CompanionController.h"

#include "CompetitiveCompanionListener.h"

#include <QSettings>

namespace {
const QString EnabledKey = QStringLiteral("competitiveCompanion/enabled");
const QString PortKey = QStringLiteral("competitiveCompanion/port");
const QString LanguageKey = QStringLiteral("competitiveCompanion/language");
} // namespace

CompanionController::CompanionController(QObject *parent)
    : QObject(parent), m_listener(new CompetitiveCompanionListener(this))
{
    connect(m_listener, &CompetitiveCompanionListener::problemReceived, this,
            &CompanionController::problemReceived);
    restart();
}

bool CompanionController::isEnabled() const
{
    return QSettings().value(EnabledKey, true).toBool();
}

void CompanionController::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    QSettings().setValue(EnabledKey, enabled);
    restart();
}

quint16 CompanionController::port() const
{
    bool ok = false;
    const uint port =
        QSettings().value(PortKey, CompetitiveCompanionListener::defaultPort()).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : CompetitiveCompanionListener::defaultPort();
}

void CompanionController::setPort(quint16 port)
{
    if (port == this->port() && (isListening() || !isEnabled()))
        return;
    QSettings().setValue(PortKey, port);
    restart();
}

QString CompanionController::languageId() const
{
    return QSettings().value(LanguageKey).toString();
}

void CompanionController::setLanguageId(const QString &id)
{
    QSettings().setValue(LanguageKey, id);
    emit stateChanged();
}

bool CompanionController::isListening() const
{
    return m_listener->isListening();
}

quint16 CompanionController::listeningPort() const
{
    return isListening() ? m_listener->port() : 0;
}

void CompanionController::restart()
{
    m_listener->close();
    m_error.clear();
    if (isEnabled()) {
        QString error;
        if (!m_listener->listen(port(), &error))
            m_error = error;
    }
    emit stateChanged();
}
