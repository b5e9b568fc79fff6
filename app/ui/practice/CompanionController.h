#pragma once

#include "Problem.h"

#include <QObject>
#include <QString>

class CompetitiveCompanionListener;

// The app's end of Competitive Companion: a CompetitiveCompanionListener set up from the
// settings — on or off, its port, the language received problems start in — and set up again
// when they change. Says why it does not listen when it cannot (the port is taken).
class CompanionController : public QObject {
    Q_OBJECT
public:
    // Starts listening at once when the settings say so (they do by default).
    explicit CompanionController(QObject *parent = nullptr);

    bool isEnabled() const;
    void setEnabled(bool enabled);
    // The port asked for; 0 takes any free one (for tests: listeningPort() tells which).
    quint16 port() const;
    void setPort(quint16 port);
    // A LanguageCatalog id; empty: the language of the tab in view.
    QString languageId() const;
    void setLanguageId(const QString &id);

    bool isListening() const;
    quint16 listeningPort() const;
    // Why it is not listening although enabled; empty otherwise.
    QString error() const { return m_error; }

signals:
    void stateChanged();
    void problemReceived(const Problem &problem, const QString &batchId, int batchSize);

private:
    void restart();

    CompetitiveCompanionListener *m_listener;
    QString m_error;
};
