#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

class BackendSelector;
class Backends;
class DocumentController;
class DocumentTabs;
class LanguagePicker;
class QLabel;

// Keeps the window in step with the current tab's backend: the selector shows it, the status
// bar's label its status, the language picker its runtimes (asked for once per backend, then
// kept). Says plainly when the tab's language is not offered there. A new tab starts on the last
// backend picked; a tab whose remote is removed goes back to the local sandbox.
class BackendSwitch : public QObject {
    Q_OBJECT
public:
    // Before the tabs get their first document, so that one is dressed like every other.
    BackendSwitch(Backends *backends, DocumentTabs *tabs, BackendSelector *selector,
                  LanguagePicker *picker, QLabel *statusLabel, QObject *parent = nullptr);

signals:
    // A sentence for the status bar.
    void message(const QString &text);

private:
    QString currentId() const;
    void adopt(DocumentController *document);
    void pick(const QString &id);
    void showCurrent();
    void showStatus();
    void showRuntimes();
    void sayIfLanguageMissing();
    void onBackendsChanged();

    Backends *m_backends;
    DocumentTabs *m_tabs;
    BackendSelector *m_selector;
    LanguagePicker *m_picker;
    QLabel *m_statusLabel;
    QString m_lastChoice;
    QSet<QString> m_fetching;
    QHash<QString, QString> m_unavailable; // why, by backend id, until it answers again
};
