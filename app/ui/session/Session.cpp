#include "Session.h"

#include "Autosaver.h"
#include "Backends.h"
#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentTabs.h"

#include <QDir>
#include <QPointer>

Session::Session(DocumentTabs *tabs, const Backends *backends, const QString &directory,
                 QObject *parent)
    : QObject(parent), m_tabs(tabs), m_backends(backends), m_store(directory),
      m_autosaver(new Autosaver(tabs, directory, this))
{
    connect(m_autosaver, &Autosaver::written, this, &Session::written);
    connect(m_autosaver, &Autosaver::failed, this, &Session::message);
}

void Session::restore()
{
    const SessionStore::Loaded loaded = m_store.load();
    QStringList problems;
    if (!loaded.error.isEmpty())
        problems << (loaded.brokenCopy.isEmpty()
                         ? tr("The last session is damaged (%1).").arg(loaded.error)
                         : tr("The last session is damaged (%1); it is kept in %2.")
                               .arg(loaded.error, QDir::toNativeSeparators(loaded.brokenCopy)));
    DocumentController *untouched = m_tabs->count() == 1 && m_tabs->current()->isUntouchedTemplate()
                                        ? m_tabs->current()
                                        : nullptr;
    DocumentController *current = nullptr;
    QSet<QString> stored; // content the folder still holds
    for (int i = 0; i < loaded.state.documents.size(); ++i) {
        DocumentState state = loaded.state.documents.at(i);
        if (m_backends && !m_backends->contains(state.backendId))
            state.backendId.clear(); // its server is gone: where new tabs run
        QString error;
        DocumentController *document = m_tabs->restoreDocument(state, &error);
        if (!document) {
            problems << error;
            continue;
        }
        if (loaded.brokenCopy.isEmpty() && loaded.error.isEmpty())
            stored.insert(document->id());
        if (i == loaded.state.currentIndex || !current)
            current = document;
    }
    if (current) {
        if (untouched)
            m_tabs->closeDocument(m_tabs->indexOf(untouched->editor()));
        m_tabs->setCurrentWidget(current->editor());
    }
    m_autosaver->start(stored);
    m_tabs->setUnsavedWorkKeeper(
        [autosaver = QPointer<Autosaver>(m_autosaver)] { return autosaver && autosaver->flush(); });
    if (!problems.isEmpty())
        emit message(problems.join(QLatin1Char('\n')));
}
