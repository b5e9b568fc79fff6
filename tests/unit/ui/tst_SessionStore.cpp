#include "SessionStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The session's files on their own: what is written is what is read, only changed documents are
// rewritten, and a broken session is set aside, never trusted and never lost.
class TestSessionStore : public QObject {
    Q_OBJECT
private slots:
    void init();

    void noSessionIsAnEmptyOne();
    void whatIsWrittenIsRead();
    void onlyChangedDocumentsAreRewritten();
    void closedDocumentsLeave();
    void savedFilesKeepOnlyWhatTheFileLacks();
    void brokenManifestIsSetAside_data();
    void brokenManifestIsSetAside();
    void aBrokenDocumentCostsOnlyItself();
    void anUnwritableFolderSaysWhy();

private:
    static SessionState twoDocuments();
    static QSet<QString> allIds(const SessionState &state);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    void writeRaw(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_session;
};

void TestSessionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = path(QStringLiteral("session"));
}

SessionState TestSessionStore::twoDocuments()
{
    DocumentState untitled;
    untitled.id = QStringLiteral("11111111-aaaa");
    untitled.languageId = QStringLiteral("cpp");
    untitled.backendId = QStringLiteral("local");
    untitled.textModified = true;
    untitled.text = QStringLiteral("int main() {\n    return 0; // ünïcödé\n}\n");
    untitled.stdinText = QStringLiteral("3\n1 2 3\n");
    Problem problem;
    problem.name = QStringLiteral("A. Sum");
    problem.timeLimitMs = 1500;
    problem.tests = {{QStringLiteral("t1"), QStringLiteral("1 2\n"), QStringLiteral("3\n")}};
    untitled.problem = problem;
    untitled.cursorLine = 1;
    untitled.cursorIndex = 4;
    untitled.firstVisibleLine = 0;

    DocumentState file;
    file.id = QStringLiteral("22222222-bbbb");
    file.filePath = QStringLiteral("/somewhere/solve.py");
    file.languageId = QStringLiteral("python");
    file.backendId = QStringLiteral("remote:1");
    file.textModified = true;
    file.diskHash = QStringLiteral("00ff");
    file.text = QStringLiteral("print(input())\n");
    file.cursorLine = 0;
    file.cursorIndex = 5;
    file.firstVisibleLine = 0;
    return SessionState{{untitled, file}, 1};
}

QSet<QString> TestSessionStore::allIds(const SessionState &state)
{
    QSet<QString> ids;
    for (const DocumentState &document : state.documents)
        ids.insert(document.id);
    return ids;
}

void TestSessionStore::writeRaw(const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(m_session);
    QFile file(m_session + QLatin1Char('/') + name);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestSessionStore::noSessionIsAnEmptyOne()
{
    SessionStore store(m_session);
    const SessionStore::Loaded loaded = store.load();
    QVERIFY(loaded.state.documents.isEmpty());
    QVERIFY(loaded.error.isEmpty());
    QVERIFY(loaded.brokenCopy.isEmpty());
}

void TestSessionStore::whatIsWrittenIsRead()
{
    SessionStore store(m_session);
    const SessionState state = twoDocuments();
    QString error;
    QVERIFY2(store.write(state, allIds(state), &error), qPrintable(error));
    const SessionStore::Loaded loaded = SessionStore(m_session).load();
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QCOMPARE(loaded.state, state);
    QVERIFY(QFileInfo::exists(m_session + QStringLiteral("/manifest.json")));
    QCOMPARE(QDir(m_session).entryList(QDir::Files).size(), 3); // the manifest and two documents
}

void TestSessionStore::onlyChangedDocumentsAreRewritten()
{
    SessionStore store(m_session);
    SessionState state = twoDocuments();
    QString error;
    QVERIFY(store.write(state, allIds(state), &error));
    const QString first = store.contentPath(state.documents[0].id);
    const QString second = store.contentPath(state.documents[1].id);
    QFile secondBefore(second);
    QVERIFY(secondBefore.open(QIODevice::ReadOnly));
    const QByteArray before = secondBefore.readAll();

    state.documents[0].text = QStringLiteral("changed\n");
    state.documents[1].text = QStringLiteral("not written: not said to have changed\n");
    state.documents[1].cursorLine = 7; // the manifest's part is always written
    QVERIFY(store.write(state, {state.documents[0].id}, &error));
    QFile secondAfter(second);
    QVERIFY(secondAfter.open(QIODevice::ReadOnly));
    QCOMPARE(secondAfter.readAll(), before);

    const SessionStore::Loaded loaded = SessionStore(m_session).load();
    QCOMPARE(loaded.state.documents[0].text, QStringLiteral("changed\n"));
    QCOMPARE(loaded.state.documents[1].text, QStringLiteral("print(input())\n"));
    QCOMPARE(loaded.state.documents[1].cursorLine, 7);
    QVERIFY(QFileInfo::exists(first));
}

void TestSessionStore::closedDocumentsLeave()
{
    SessionStore store(m_session);
    SessionState state = twoDocuments();
    QString error;
    QVERIFY(store.write(state, allIds(state), &error));
    const QString closed = store.contentPath(state.documents[0].id);
    state.documents.removeFirst();
    state.currentIndex = 0;
    QVERIFY(store.write(state, {}, &error));
    QVERIFY(!QFileInfo::exists(closed));
    const SessionStore::Loaded loaded = SessionStore(m_session).load();
    QCOMPARE(loaded.state.documents.size(), 1);
    QCOMPARE(loaded.state.documents[0].id, QStringLiteral("22222222-bbbb"));
}

void TestSessionStore::savedFilesKeepOnlyWhatTheFileLacks()
{
    DocumentState saved;
    saved.id = QStringLiteral("33333333-cccc");
    saved.filePath = QStringLiteral("/somewhere/saved.py");
    saved.languageId = QStringLiteral("python");
    saved.stdinText = QStringLiteral("input only the session has\n");
    QVERIFY(!saved.keepsText());
    QVERIFY(!saved.keepsProblem());
    const QJsonObject content = saved.content();
    QVERIFY(!content.contains(QStringLiteral("text")));
    QVERIFY(!content.contains(QStringLiteral("problem")));

    SessionStore store(m_session);
    QString error;
    QVERIFY(store.write(SessionState{{saved}, 0}, {saved.id}, &error));
    const SessionStore::Loaded loaded = SessionStore(m_session).load();
    QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
    QVERIFY(!loaded.state.documents[0].text);
    QCOMPARE(loaded.state.documents[0].stdinText, saved.stdinText);

    // Unsaved text said to be kept but missing is damage, not a saved file.
    QJsonObject entry = saved.manifestEntry();
    entry[QStringLiteral("textModified")] = true;
    DocumentState claimed = *DocumentState::fromManifestEntry(entry, &error);
    QVERIFY(!claimed.readContent(content, &error));
    QVERIFY2(error.contains(QLatin1String("text is missing")), qPrintable(error));
}

void TestSessionStore::brokenManifestIsSetAside_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QString>("why");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"documents\": [")
                              << "not valid JSON";
    QTest::newRow("empty file") << QByteArray() << "not valid JSON";
    QTest::newRow("an array") << QByteArray("[1, 2]") << "does not hold a JSON object";
    QTest::newRow("newer version")
        << QByteArray("{\"version\": 9, \"documents\": []}") << "version 9 is not known";
    QTest::newRow("no documents") << QByteArray("{\"version\": 1}") << "list of documents";
    QTest::newRow("id that walks out")
        << QByteArray("{\"version\": 1, \"documents\": [{\"id\": \"../../etc/passwd\"}]}")
        << "id is missing or not usable";
}

void TestSessionStore::brokenManifestIsSetAside()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QString, why);
    writeRaw(QStringLiteral("manifest.json"), manifest);
    SessionStore store(m_session);
    const SessionStore::Loaded loaded = store.load();
    QVERIFY(loaded.state.documents.isEmpty());
    QVERIFY2(loaded.error.contains(why), qPrintable(loaded.error));
    // The broken session is kept as it was, beside a fresh start.
    QVERIFY(QFileInfo(loaded.brokenCopy).fileName().startsWith(QLatin1String("session.broken-")));
    QFile copy(loaded.brokenCopy + QStringLiteral("/manifest.json"));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), manifest);
    QVERIFY(!QFileInfo::exists(m_session));
    // The next write starts a new one, and a second breakage gets a copy of its own.
    QString error;
    QVERIFY(store.write(twoDocuments(),
                        {QStringLiteral("11111111-aaaa"), QStringLiteral("22222222-bbbb")},
                        &error));
    QCOMPARE(SessionStore(m_session).load().state.documents.size(), 2);
    writeRaw(QStringLiteral("manifest.json"), "garbage");
    const QString second = SessionStore(m_session).load().brokenCopy;
    QVERIFY(!second.isEmpty());
    QVERIFY(second != loaded.brokenCopy);
}

void TestSessionStore::aBrokenDocumentCostsOnlyItself()
{
    SessionStore store(m_session);
    const SessionState state = twoDocuments();
    QString error;
    QVERIFY(store.write(state, allIds(state), &error));
    writeRaw(state.documents[0].id + QStringLiteral(".json"), "{\"id\": \"11111111-aaaa\", \"te");
    const SessionStore::Loaded loaded = SessionStore(m_session).load();
    QCOMPARE(loaded.state.documents.size(), 1);
    QCOMPARE(loaded.state.documents[0], state.documents[1]);
    QCOMPARE(loaded.state.currentIndex, 0); // the current one, now first
    QVERIFY2(loaded.error.startsWith(QLatin1String("document 1: 11111111-aaaa.json is not valid")),
             qPrintable(loaded.error));
    QVERIFY(QFileInfo::exists(loaded.brokenCopy + QStringLiteral("/11111111-aaaa.json")));
}

void TestSessionStore::anUnwritableFolderSaysWhy()
{
    // A folder where the manifest should be: it cannot be written, and the reason is given.
    QVERIFY(QDir().mkpath(m_session + QStringLiteral("/manifest.json")));
    SessionStore store(m_session);
    QString error;
    const SessionState state = twoDocuments();
    QVERIFY(!store.write(state, {state.documents[0].id}, &error));
    QVERIFY2(error.contains(QLatin1String("manifest.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_SessionStore.moc"
