#include "Backends.h"
#include "LocalSandboxBackend.h"
#include "PistonBackend.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"
#ifdef RUNPAD_HAVE_SERVER
#include "ServerProcess.h"
#endif

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int FetchTimeoutMs = 60000;
const QString Token = QStringLiteral("backends-test-token");
} // namespace

// The registry with a real store; keys and runtimes against a real runpad-server where the build
// has one. The local backend is never asked anything, so no helper is started.
class TestBackends : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void localFirstThenTheRemotes();
    void withoutALocalSandboxTheRemotesAreAll();
    void aRemoteBackendIsMadeOnce();
    void aChangedRemoteGetsANewBackend();
    void aRemovedRemoteIsGone();
    void unknownIdsAreSaidToBeUnavailable();
    void useWaitsForTheKey();
    void reloadKeyTakesTheNewKey();

private:
    QString addRemote(const QString &name, const QUrl &url);
    bool writeKey(const QString &id, const QString &key);

    QTemporaryDir m_dir;
    std::unique_ptr<LocalSandboxBackend> m_local;
    std::unique_ptr<RemoteServerStore> m_store;
    std::unique_ptr<Backends> m_backends;
#ifdef RUNPAD_HAVE_SERVER
    ServerProcess m_server{QStringLiteral("65110:8")};
#endif
};

void TestBackends::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_backends"));
}

void TestBackends::init()
{
    QSettings().clear();
    m_local = std::make_unique<LocalSandboxBackend>();
    m_store = std::make_unique<RemoteServerStore>();
    m_backends = std::make_unique<Backends>(m_local.get(), m_store.get());
}

void TestBackends::cleanup()
{
    for (const RemoteServer &server : m_store->servers())
        m_store->remove(server.id);
    m_backends.reset();
    m_store.reset();
    m_local.reset();
}

QString TestBackends::addRemote(const QString &name, const QUrl &url)
{
    return m_store->save(RemoteServer{QString(), name, url});
}

bool TestBackends::writeKey(const QString &id, const QString &key)
{
    QString error = QStringLiteral("<no answer>");
    m_store->writeKey(id, key, [&](const QString &said) { error = said; });
    if (!QTest::qWaitFor([&] { return error != QLatin1String("<no answer>"); }, 10000))
        return false;
    if (!error.isEmpty())
        qWarning("writeKey: %s", qPrintable(error));
    return error.isEmpty();
}

void TestBackends::localFirstThenTheRemotes()
{
    QCOMPARE(m_backends->ids(), QStringList{Backends::localId()});
    QSignalSpy changed(m_backends.get(), &Backends::backendsChanged);
    const QString a = addRemote(QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.1:2000")));
    const QString b = addRemote(QStringLiteral("B"), QUrl(QStringLiteral("http://10.0.0.2:2000")));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_backends->ids(), QStringList({Backends::localId(), a, b}));
    QCOMPARE(m_backends->name(Backends::localId()), QStringLiteral("Local sandbox"));
    QCOMPARE(m_backends->name(b), QStringLiteral("B"));
    QCOMPARE(m_backends->backend(Backends::localId()), m_local.get());
    QVERIFY(!m_backends->remote(Backends::localId()));
    QCOMPARE(m_backends->remote(a)->url, QUrl(QStringLiteral("http://10.0.0.1:2000")));
    QVERIFY(m_backends->contains(a));
    QVERIFY(!m_backends->contains(QStringLiteral("nonsense")));
    QVERIFY(m_backends->name(QStringLiteral("nonsense")).isEmpty());
}

void TestBackends::withoutALocalSandboxTheRemotesAreAll()
{
    QCOMPARE(m_backends->defaultId(), Backends::localId());
    QSignalSpy changed(m_backends.get(), &Backends::backendsChanged);
    m_backends->setLocalUnavailable(QStringLiteral("no helper here"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_backends->localUnavailable(), QStringLiteral("no helper here"));
    QVERIFY(m_backends->ids().isEmpty());
    QVERIFY(m_backends->defaultId().isEmpty());
    QVERIFY(!m_backends->contains(Backends::localId()));
    QVERIFY(!m_backends->backend(Backends::localId()));
    QVERIFY(m_backends->whyNoBackend(QString()).contains(QLatin1String("no helper here")));
    QVERIFY(m_backends->whyNoBackend(QString()).contains(QLatin1String("Remote servers")));
    // Asking it for runtimes answers with the reason, not a start of the helper.
    QSignalSpy unavailable(m_backends.get(), &Backends::unavailable);
    m_backends->fetchRuntimes(Backends::localId());
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(1).toString(), QStringLiteral("no helper here"));

    const QString a = addRemote(QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.1:2000")));
    QCOMPARE(m_backends->ids(), QStringList{a});
    QCOMPARE(m_backends->defaultId(), a);
}

void TestBackends::aRemoteBackendIsMadeOnce()
{
    const QString a = addRemote(QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.1:2000")));
    auto *backend = qobject_cast<PistonBackend *>(m_backends->backend(a));
    QVERIFY(backend);
    QCOMPARE(backend->server().url, QUrl(QStringLiteral("http://10.0.0.1:2000")));
    QCOMPARE(backend->displayName(), QStringLiteral("A"));
    QCOMPARE(m_backends->backend(a), backend);
    // Saving it unchanged, or another remote, keeps it.
    QSignalSpy discarded(m_backends.get(), &Backends::backendDiscarded);
    m_store->save(*m_store->server(a));
    addRemote(QStringLiteral("B"), QUrl(QStringLiteral("http://10.0.0.2:2000")));
    QCOMPARE(discarded.size(), 0);
    QCOMPARE(m_backends->backend(a), backend);
}

void TestBackends::aChangedRemoteGetsANewBackend()
{
    const QString a = addRemote(QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.1:2000")));
    QPointer<Backend> old = m_backends->backend(a);
    QSignalSpy discarded(m_backends.get(), &Backends::backendDiscarded);
    m_store->save(
        RemoteServer{a, QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.9:2000"))});
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(discarded.at(0).at(0).toString(), a);
    QTRY_VERIFY(!old); // deleted later
    auto *renewed = qobject_cast<PistonBackend *>(m_backends->backend(a));
    QVERIFY(renewed);
    QCOMPARE(renewed->server().url, QUrl(QStringLiteral("http://10.0.0.9:2000")));

    m_store->save(
        RemoteServer{a, QStringLiteral("A2"), QUrl(QStringLiteral("http://10.0.0.9:2000"))});
    QCOMPARE(discarded.size(), 2);
    QCOMPARE(m_backends->backend(a)->displayName(), QStringLiteral("A2"));
}

void TestBackends::aRemovedRemoteIsGone()
{
    const QString a = addRemote(QStringLiteral("A"), QUrl(QStringLiteral("http://10.0.0.1:2000")));
    m_backends->backend(a);
    QSignalSpy discarded(m_backends.get(), &Backends::backendDiscarded);
    QSignalSpy changed(m_backends.get(), &Backends::backendsChanged);
    m_store->remove(a);
    QCOMPARE(discarded.size(), 1);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_backends->contains(a));
    QVERIFY(!m_backends->backend(a));
    bool called = false;
    Backend *given = m_local.get();
    m_backends->use(a, this, [&](Backend *backend) {
        called = true;
        given = backend;
    });
    QVERIFY(called);
    QVERIFY(!given);
}

void TestBackends::unknownIdsAreSaidToBeUnavailable()
{
    QSignalSpy unavailable(m_backends.get(), &Backends::unavailable);
    m_backends->fetchRuntimes(QStringLiteral("gone"));
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), QStringLiteral("gone"));
    QVERIFY(!unavailable.at(0).at(1).toString().isEmpty());
}

// runpad-server refuses requests without the token, so runtimes arrive only if the key was set
// before the fetch went out.
void TestBackends::useWaitsForTheKey()
{
#ifndef RUNPAD_HAVE_SERVER
    QSKIP("runpad-server is built with Qt 6 only");
#else
    QVERIFY2(m_server.start({QStringLiteral("--token"), Token}),
             qPrintable(m_server.errorString()));
    const QString id = addRemote(QStringLiteral("Loopback"), m_server.url());
    QVERIFY(writeKey(id, Token));
    QSignalSpy ready(m_backends.get(), &Backends::runtimesReady);
    QSignalSpy unavailable(m_backends.get(), &Backends::unavailable);
    QVERIFY(!m_backends->runtimes(id));
    m_backends->fetchRuntimes(id);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !unavailable.isEmpty(), FetchTimeoutMs);
    QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable.value(0).value(1).toString()));
    QCOMPARE(ready.at(0).at(0).toString(), id);
    const std::optional<RuntimeList> runtimes = m_backends->runtimes(id);
    QVERIFY(runtimes && !runtimes->isEmpty());
    // Kept until the remote changes.
    m_store->save(RemoteServer{id, QStringLiteral("Loopback 2"), m_server.url()});
    QVERIFY(!m_backends->runtimes(id));
#endif
}

void TestBackends::reloadKeyTakesTheNewKey()
{
#ifndef RUNPAD_HAVE_SERVER
    QSKIP("runpad-server is built with Qt 6 only");
#else
    if (!m_server.serverRunning())
        QVERIFY2(m_server.start({QStringLiteral("--token"), Token}),
                 qPrintable(m_server.errorString()));
    const QString id = addRemote(QStringLiteral("Loopback"), m_server.url());
    QVERIFY(writeKey(id, QStringLiteral("not the token")));
    QSignalSpy ready(m_backends.get(), &Backends::runtimesReady);
    QSignalSpy unavailable(m_backends.get(), &Backends::unavailable);
    m_backends->fetchRuntimes(id);
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), FetchTimeoutMs);
    qInfo("refused: %s", qPrintable(unavailable.at(0).at(1).toString()));
    QVERIFY(ready.isEmpty());

    QVERIFY(writeKey(id, Token));
    m_backends->reloadKey(id);
    m_backends->fetchRuntimes(id);
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), FetchTimeoutMs);
    QCOMPARE(unavailable.size(), 1);
    m_server.stop();
#endif
}

QTEST_MAIN(TestBackends)
#include "tst_Backends.moc"
