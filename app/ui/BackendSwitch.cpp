#include "BackendSwitch.h"

#include "Backend.h"
#include "BackendSelector.h"
#include "Backends.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "LanguageCatalog.h"
#include "LanguagePicker.h"

#include <QLabel>
#include <QSettings>

namespace {
const QString LastChoiceKey = QStringLiteral("backends/lastChoice");
}

BackendSwitch::BackendSwitch(Backends *backends, DocumentTabs *tabs, BackendSelector *selector,
                             LanguagePicker *picker, QLabel *statusLabel, QObject *parent)
    : QObject(parent), m_backends(backends), m_tabs(tabs), m_selector(selector), m_picker(picker),
      m_statusLabel(statusLabel)
{
    m_lastChoice = QSettings().value(LastChoiceKey, m_backends->defaultId()).toString();
    if (!m_backends->contains(m_lastChoice))
        m_lastChoice = m_backends->defaultId();
    for (DocumentController *document : m_tabs->documents())
        adopt(document);
    connect(m_tabs, &DocumentTabs::documentAdded, this, &BackendSwitch::adopt);
    connect(m_tabs, &DocumentTabs::currentDocumentChanged, this, &BackendSwitch::showCurrent);
    connect(m_selector, &BackendSelector::backendPicked, this, &BackendSwitch::pick);
    connect(m_backends, &Backends::backendsChanged, this, &BackendSwitch::onBackendsChanged);
    connect(m_backends, &Backends::backendDiscarded, this, [this](const QString &id) {
        m_fetching.remove(id);
        m_unavailable.remove(id);
        if (id == currentId())
            showCurrent(); // the new backend is asked again
    });
    connect(m_backends, &Backends::runtimesReady, this, [this](const QString &id) {
        m_fetching.remove(id);
        m_unavailable.remove(id);
        if (id != currentId())
            return;
        showStatus();
        showRuntimes();
        sayIfLanguageMissing();
    });
    connect(m_backends, &Backends::unavailable, this,
            [this](const QString &id, const QString &why) {
                m_fetching.remove(id);
                m_unavailable.insert(id, why);
                if (id != currentId())
                    return;
                showStatus();
                emit message(why);
            });
    connect(m_backends, &Backends::statusChanged, this, [this](const QString &id) {
        m_unavailable.remove(id);
        if (id == currentId())
            showStatus();
    });
    showCurrent();
}

QString BackendSwitch::currentId() const
{
    return m_tabs->current() ? m_tabs->current()->backendId() : m_lastChoice;
}

void BackendSwitch::adopt(DocumentController *document)
{
    document->setBackendId(m_lastChoice);
    connect(document, &DocumentController::backendIdChanged, this, [this, document] {
        if (document == m_tabs->current())
            showCurrent();
    });
}

void BackendSwitch::pick(const QString &id)
{
    m_lastChoice = id;
    QSettings().setValue(LastChoiceKey, id);
    if (DocumentController *document = m_tabs->current())
        document->setBackendId(id); // showCurrent() follows
}

void BackendSwitch::showCurrent()
{
    m_selector->setCurrentId(currentId());
    showStatus();
    showRuntimes();
    if (m_backends->runtimes(currentId()))
        sayIfLanguageMissing();
}

void BackendSwitch::showStatus()
{
    const QString id = currentId();
    Backend *backend = m_backends->backend(id);
    if (!backend) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_statusLabel->setText(tr("Nowhere to run"));
        m_statusLabel->setToolTip(m_backends->whyNoBackend(id));
        return;
    }
    const std::optional<RemoteServer> remote = m_backends->remote(id);
    const QString where = remote ? remote->url.toDisplayString() : QString();
    if (m_unavailable.contains(id)) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_statusLabel->setText(tr("%1 unavailable").arg(backend->displayName()));
        m_statusLabel->setToolTip(m_unavailable.value(id));
        return;
    }
    m_statusLabel->setStyleSheet(QString());
    if (!backend->status().isEmpty())
        m_statusLabel->setText(backend->status());
    else if (remote)
        m_statusLabel->setText(tr("Remote: %1").arg(backend->displayName()));
    else
        m_statusLabel->setText(backend->displayName());
    m_statusLabel->setToolTip(!backend->statusDetails().isEmpty() ? backend->statusDetails()
                              : remote                            ? tr("Runs code on %1").arg(where)
                                                                  : QString());
}

// Known runtimes are shown at once; else the plain names, while the backend is asked. The
// language stays what it is either way.
void BackendSwitch::showRuntimes()
{
    const QString id = currentId();
    if (const std::optional<RuntimeList> runtimes = m_backends->runtimes(id)) {
        m_picker->setRuntimes(*runtimes, m_backends->name(id));
        return;
    }
    m_picker->clearRuntimes();
    if (m_fetching.contains(id))
        return;
    m_fetching.insert(id);
    m_backends->fetchRuntimes(id);
}

void BackendSwitch::sayIfLanguageMissing()
{
    const DocumentController *document = m_tabs->current();
    const std::optional<RuntimeList> runtimes = m_backends->runtimes(currentId());
    if (!document || !document->language() || !runtimes)
        return;
    if (!LanguagePicker::versionsOf(*document->language(), *runtimes).isEmpty())
        return;
    emit message(tr("%1 does not offer %2. The tab keeps %2; pick another language or backend to "
                    "run it.")
                     .arg(m_backends->name(currentId()), document->language()->name));
}

// Tabs on a backend that went (a removed remote) move to the default one: the local sandbox, or
// the first remote where there is no local sandbox.
void BackendSwitch::onBackendsChanged()
{
    const QString fallback = m_backends->defaultId();
    if (!m_backends->contains(m_lastChoice))
        m_lastChoice = fallback;
    bool currentMoved = false;
    for (DocumentController *document : m_tabs->documents()) {
        if (m_backends->contains(document->backendId()) || document->backendId() == fallback)
            continue;
        currentMoved = currentMoved || document == m_tabs->current();
        document->setBackendId(fallback);
    }
    if (currentMoved && !fallback.isEmpty())
        emit message(tr("This tab's backend went away; it runs on %1 now.")
                         .arg(m_backends->name(fallback)));
    showCurrent();
}
