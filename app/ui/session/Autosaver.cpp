#include "Autosaver.h"

#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "TestCaseModel.h"

#include <QScrollBar>
#include <QTabBar>
#include <QTextDocument>

Autosaver::Autosaver(DocumentTabs *tabs, const QString &directory, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_store(directory), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("session writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    m_idle.setSingleShot(true);
    m_idle.setInterval(IdleMs);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setInterval(MaxDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &Autosaver::save);
    connect(&m_maxDelay, &QTimer::timeout, this, &Autosaver::save);
}

Autosaver::~Autosaver()
{
    m_thread.quit(); // what is queued is written first
    m_thread.wait();
}

void Autosaver::start(const QSet<QString> &stored)
{
    m_stored = stored;
    m_started = true;
    for (DocumentController *document : m_tabs->documents())
        follow(document);
    connect(m_tabs, &DocumentTabs::documentAdded, this, &Autosaver::follow);
    connect(m_tabs, &QTabWidget::currentChanged, this, &Autosaver::changed);
    connect(m_tabs->tabBar(), &QTabBar::tabMoved, this, &Autosaver::changed);
    // Tabs torn down are not tabs closed: the session stays as it was last written.
    connect(m_tabs, &QObject::destroyed, this, [this] {
        m_started = false;
        m_idle.stop();
        m_maxDelay.stop();
    });
    changed(); // the tabs may differ from what is stored: files from the command line, a new tab
}

void Autosaver::follow(DocumentController *document)
{
    const auto content = [this, document] { contentChanged(document); };
    CodeEditor *editor = document->editor();
    connect(editor, &QsciScintilla::textChanged, this, content);
    connect(document->stdinDocument(), &QTextDocument::contentsChanged, this, content);
    connect(document->tests(), &TestCaseModel::edited, this, content);
    // Saved, opened or renamed: what the session keeps of the text and the problem changes.
    connect(document, &DocumentController::modifiedChanged, this, content);
    connect(document, &DocumentController::fileNameChanged, this, content);
    connect(document, &DocumentController::titleChanged, this, content);
    connect(document, &DocumentController::languageChanged, this, &Autosaver::changed);
    connect(document, &DocumentController::backendIdChanged, this, &Autosaver::changed);
    connect(editor, &QsciScintilla::cursorPositionChanged, this, &Autosaver::changed);
    connect(editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &Autosaver::changed);
    // A closed tab leaves the session.
    connect(document, &QObject::destroyed, this, &Autosaver::changed);
    contentChanged(document);
}

void Autosaver::contentChanged(DocumentController *document)
{
    m_dirty.insert(document->id());
    changed();
}

void Autosaver::changed()
{
    if (!m_started)
        return;
    m_idle.start(IdleMs); // again and again while typing goes on...
    if (!m_maxDelay.isActive())
        m_maxDelay.start(); // ...but no later than this
}

SessionState Autosaver::snapshot(QSet<QString> *changed)
{
    SessionState state;
    state.currentIndex = qMax(0, m_tabs->currentIndex());
    for (DocumentController *document : m_tabs->documents()) {
        const bool withContent =
            !m_stored.contains(document->id()) || m_dirty.contains(document->id());
        state.documents << document->state(withContent);
        if (withContent)
            changed->insert(document->id());
    }
    m_dirty.clear();
    m_stored = {};
    for (const DocumentState &document : std::as_const(state.documents))
        m_stored.insert(document.id); // closed documents' files are gone after this write
    return state;
}

void Autosaver::save()
{
    if (!m_started)
        return;
    m_idle.stop();
    m_maxDelay.stop();
    QSet<QString> changed;
    const SessionState state = snapshot(&changed);
    QMetaObject::invokeMethod(
        m_worker,
        [this, store = m_store, state, changed]() mutable {
            QString error;
            const bool ok = store.write(state, changed, &error);
            QMetaObject::invokeMethod(
                this, [this, ok, error, changed] { finished(ok, error, changed); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool Autosaver::flush()
{
    if (!m_started)
        return false;
    m_idle.stop();
    m_maxDelay.stop();
    QSet<QString> changed;
    const SessionState state = snapshot(&changed);
    bool ok = false;
    QString error;
    // Queued behind any write under way, and waited for.
    QMetaObject::invokeMethod(
        m_worker,
        [store = m_store, &state, &changed, &ok, &error]() mutable {
            ok = store.write(state, changed, &error);
        },
        Qt::BlockingQueuedConnection);
    finished(ok, error, changed);
    return ok;
}

void Autosaver::finished(bool ok, const QString &error, const QSet<QString> &changed)
{
    if (ok) {
        m_lastError.clear();
        emit written();
        return;
    }
    m_dirty.unite(changed); // written again next time
    if (!m_started)
        return;
    m_idle.start(RetryMs);
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit failed(tr("Your open documents could not be kept for the next start: %1. Save them "
                   "to files to be safe.")
                    .arg(error));
}
