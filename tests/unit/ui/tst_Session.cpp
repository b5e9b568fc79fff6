#include "Autosaver.h"
#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentPage.h"
#include "DocumentState.h"
#include "DocumentTabs.h"
#include "FileChangedBar.h"
#include "LanguageCatalog.h"
#include "PrivateSettings.h"
#include "Session.h"
#include "SessionStore.h"
#include "TestCaseModel.h"
#include "TypeText.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

// The session in one process, with the real tabs: what is open comes back, writes follow edits
// within two seconds, quitting keeps unsaved work without a question, and a broken or unwritable
// session is said and survived. (tests/integration/session kills a real window's process.)
class TestSession : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyTabComesBackAsItWas();
    void writesFollowEditsWithinTwoSeconds();
    void onlyTheEditedDocumentIsRewritten();
    void quittingKeepsUnsavedWorkWithoutAsking();
    void quittingAsksWhenTheSessionCannotBeWritten();
    void closingATabTakesItOutOfTheSession();
    void aDamagedSessionIsSaidAndSetAside();
    void editsOverAFileChangedSinceAreOffered();
    void anUnmodifiedFileThatIsGoneIsSaid();

private:
    // A window's worth of tabs and their session, as main.cpp makes them.
    void start();
    void stop();
    QString writeFile(const QString &name, const QByteArray &content);
    void type(DocumentController *document, const QString &text);
    // Answers the next message box with button; its text into *question.
    void answerNextQuestion(QMessageBox::StandardButton button, QString *question);

    QTemporaryDir m_dir;
    QString m_sessionDir;
    const LanguageInfo *m_python = nullptr;
    std::unique_ptr<DocumentTabs> m_tabs;
    std::unique_ptr<Session> m_session;
    QStringList m_messages;
};

void TestSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_session"));
    m_python = LanguageCatalog::instance().byName(QStringLiteral("python"));
    QVERIFY(m_python);
}

void TestSession::init()
{
    m_sessionDir = m_dir.filePath(QStringLiteral("session-%1").arg(QTest::currentTestFunction()));
    start();
}

void TestSession::cleanup()
{
    stop();
}

void TestSession::start()
{
    m_messages.clear();
    m_tabs = std::make_unique<DocumentTabs>(LanguageCatalog::instance());
    m_tabs->newDocument(m_python);
    m_tabs->resize(700, 500);
    m_tabs->show();
    m_session = std::make_unique<Session>(m_tabs.get(), nullptr, m_sessionDir);
    connect(m_session.get(), &Session::message, this,
            [this](const QString &text) { m_messages << text; });
    m_session->restore();
}

// As a killed process would: nothing is flushed, nothing asked.
void TestSession::stop()
{
    m_session.reset();
    m_tabs.reset();
}

QString TestSession::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestSession::type(DocumentController *document, const QString &text)
{
    m_tabs->setCurrentWidget(document->editor());
    typeText(document->editor(), text);
}

void TestSession::answerNextQuestion(QMessageBox::StandardButton button, QString *question)
{
    QTimer::singleShot(0, this, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *question = box->text();
        box->button(button)->click();
    });
}

void TestSession::everyTabComesBackAsItWas()
{
    DocumentController *untitled = m_tabs->current();
    type(untitled, QStringLiteral("x = 41 + 1"));
    untitled->stdinDocument()->setPlainText(QStringLiteral("untitled input\n"));

    const QString path = writeFile(QStringLiteral("saved.py"), "print('saved')\n");
    QVERIFY(m_tabs->openFile(path));
    DocumentController *file = m_tabs->current();
    file->editor()->setCursorPosition(0, 14);
    type(file, QStringLiteral(" # edited"));
    file->tests()->addCase({QString(), QStringLiteral("1\n"), QStringLiteral("2\n")});

    const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("cpp"));
    DocumentController *fresh = m_tabs->newDocument(cpp); // an untouched template, kept too
    fresh->setBackendId(QStringLiteral("remote:elsewhere"));
    m_tabs->setCurrentWidget(file->editor());

    QList<DocumentState> before;
    for (DocumentController *document : m_tabs->documents())
        before << document->state(true);
    QVERIFY(m_session->autosaver()->flush());
    stop();

    start();
    QVERIFY2(m_messages.isEmpty(), qPrintable(m_messages.join(QLatin1Char('\n'))));
    QCOMPARE(m_tabs->count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_tabs->documentAt(i)->state(true), before.at(i));
    QCOMPARE(m_tabs->currentIndex(), 1);
    QVERIFY(m_tabs->documentAt(0)->isModified());
    QVERIFY(m_tabs->documentAt(0)->filePath().isEmpty());
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("main.py ●"));
    QVERIFY(m_tabs->documentAt(1)->isModified());
    QCOMPARE(m_tabs->tabText(1), QStringLiteral("saved.py ●"));
    QCOMPARE(m_tabs->documentAt(1)->editor()->text(), QStringLiteral("print('saved') # edited\n"));
    QCOMPARE(m_tabs->documentAt(1)->tests()->rowCount(), 1);
    QVERIFY(!m_tabs->documentAt(2)->isModified());
    QCOMPARE(m_tabs->documentAt(2)->backendId(), QStringLiteral("remote:elsewhere"));
    // The edits are in the session, not in the file.
    QFile onDisk(path);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), QByteArray("print('saved')\n"));
    // Saving clears the mark as for any document.
    QVERIFY(m_tabs->documentAt(1)->save());
    QVERIFY(!m_tabs->documentAt(1)->isModified());
}

void TestSession::writesFollowEditsWithinTwoSeconds()
{
    QSignalSpy written(m_session.get(), &Session::written);
    QTRY_COMPARE(written.size(), 1); // the new tab, written at start
    DocumentController *document = m_tabs->current();

    // One keystroke: written a second later (the idle delay), not at once.
    QElapsedTimer clock;
    clock.start();
    type(document, QStringLiteral("a"));
    QTest::qWait(300);
    QCOMPARE(written.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 3000);
    const qint64 quiet = clock.elapsed();
    QVERIFY2(quiet >= Autosaver::IdleMs - 50 && quiet < 2000, qPrintable(QString::number(quiet)));

    // Typing without a pause still writes at least every two seconds.
    QList<qint64> writes;
    connect(m_session.get(), &Session::written, this, [&] { writes << clock.elapsed(); });
    clock.restart();
    while (clock.elapsed() < 5000) {
        QTest::keyClicks(document->editor(), QStringLiteral("b"));
        QTest::qWait(200);
    }
    QVERIFY2(writes.size() >= 2, qPrintable(QString::number(writes.size())));
    qint64 last = 0;
    for (qint64 at : writes) {
        QVERIFY2(at - last <= Autosaver::MaxDelayMs + 500,
                 qPrintable(QStringLiteral("%1 ms between writes").arg(at - last)));
        last = at;
    }
    QTRY_VERIFY_WITH_TIMEOUT(SessionStore(m_sessionDir).load().state.documents.value(0).text ==
                                 document->editor()->text(),
                             3000);
}

void TestSession::onlyTheEditedDocumentIsRewritten()
{
    DocumentController *first = m_tabs->current();
    type(first, QStringLiteral("first"));
    DocumentController *second = m_tabs->newDocument(m_python);
    type(second, QStringLiteral("second"));
    QVERIFY(m_session->autosaver()->flush());
    SessionStore store(m_sessionDir);
    QFile secondFile(store.contentPath(second->id()));
    QVERIFY(secondFile.open(QIODevice::ReadOnly));
    const QByteArray secondBefore = secondFile.readAll();
    secondFile.close();
    const QDateTime secondTime = QFileInfo(secondFile).lastModified();

    QTest::qWait(20);
    type(first, QStringLiteral(" more"));
    QVERIFY(m_session->autosaver()->flush());
    QCOMPARE(QFileInfo(store.contentPath(second->id())).lastModified(), secondTime);
    QVERIFY(secondFile.open(QIODevice::ReadOnly));
    QCOMPARE(secondFile.readAll(), secondBefore);
    QVERIFY(store.load().state.documents.at(0).text->contains(QLatin1String("first more")));
}

void TestSession::quittingKeepsUnsavedWorkWithoutAsking()
{
    type(m_tabs->current(), QStringLiteral("unsaved = True"));
    const QString path = writeFile(QStringLiteral("quit.py"), "print(1)\n");
    QVERIFY(m_tabs->openFile(path));
    type(m_tabs->current(), QStringLiteral("# edit "));
    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    watch.start(10);
    QVERIFY(m_tabs->maybeSaveAll());
    QVERIFY(!asked);
    // The quit wrote the session there and then: no waiting for the timer.
    const SessionState kept = SessionStore(m_sessionDir).load().state;
    QCOMPARE(kept.documents.size(), 2);
    QVERIFY(kept.documents.at(0).text->startsWith(QLatin1String("unsaved = True")));
    QCOMPARE(*kept.documents.at(1).text, QStringLiteral("# edit print(1)\n"));

    // Closing a tab still asks: that document leaves the session.
    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    watch.stop();
    QVERIFY(!m_tabs->closeDocument(1));
    QVERIFY2(question.contains(QLatin1String("unsaved changes")), qPrintable(question));
}

void TestSession::quittingAsksWhenTheSessionCannotBeWritten()
{
    stop();
    // A file where the session's folder should be: nothing can be written there.
    writeFile(QStringLiteral("session-%1").arg(QTest::currentTestFunction()), "in the way");
    start();
    type(m_tabs->current(), QStringLiteral("precious"));
    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    QVERIFY(!m_tabs->maybeSaveAll());
    QVERIFY2(question.contains(QLatin1String("unsaved changes")), qPrintable(question));
    QVERIFY(!m_messages.isEmpty());
    QVERIFY2(m_messages.last().startsWith(
                 QLatin1String("Your open documents could not be kept for the next start")),
             qPrintable(m_messages.last()));
}

void TestSession::closingATabTakesItOutOfTheSession()
{
    DocumentController *second = m_tabs->newDocument(m_python);
    type(second, QStringLiteral("closed"));
    QVERIFY(m_session->autosaver()->flush());
    QCOMPARE(SessionStore(m_sessionDir).load().state.documents.size(), 2);
    second->setModified(false); // as if answered "Discard"
    QVERIFY(m_tabs->closeDocument(1));
    QSignalSpy written(m_session.get(), &Session::written);
    QVERIFY(written.wait(3000));
    QCOMPARE(SessionStore(m_sessionDir).load().state.documents.size(), 1);
    QCOMPARE(QDir(m_sessionDir).entryList(QDir::Files).size(), 2); // the manifest and one
}

void TestSession::aDamagedSessionIsSaidAndSetAside()
{
    type(m_tabs->current(), QStringLiteral("kept"));
    QVERIFY(m_session->autosaver()->flush());
    stop();
    QFile manifest(m_sessionDir + QStringLiteral("/manifest.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write("{\"version\": 1, \"docum");
    manifest.close();

    start();
    QCOMPARE(m_tabs->count(), 1); // a fresh start: the new document
    QVERIFY(m_tabs->current()->isUntouchedTemplate());
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().startsWith(QLatin1String("The last session is damaged")),
             qPrintable(m_messages.first()));
    QVERIFY2(m_messages.first().contains(QLatin1String(".broken-")),
             qPrintable(m_messages.first()));
    const QStringList copies =
        QDir(m_dir.path())
            .entryList({QStringLiteral("session-aDamagedSessionIsSaidAndSetAside.broken-*")},
                       QDir::Dirs);
    QCOMPARE(copies.size(), 1);
    // The new session is written where the old one was.
    QSignalSpy written(m_session.get(), &Session::written);
    QVERIFY(written.wait(3000));
    QVERIFY(SessionStore(m_sessionDir).load().error.isEmpty());
}

void TestSession::editsOverAFileChangedSinceAreOffered()
{
    const QString path = writeFile(QStringLiteral("moved-on.py"), "print('then')\n");
    QVERIFY(m_tabs->openFile(path));
    type(m_tabs->current(), QStringLiteral("# mine\n"));
    QVERIFY(m_session->autosaver()->flush());
    stop();
    writeFile(QStringLiteral("moved-on.py"), "print('changed while RunPad was closed')\n");

    start();
    DocumentController *document = m_tabs->current();
    QCOMPARE(document->editor()->text(), QStringLiteral("# mine\nprint('then')\n"));
    QVERIFY(document->isModified());
    QCOMPARE(document->diskConflict(), DocumentController::DiskConflict::Changed);
    FileChangedBar *bar = m_tabs->pageAt(m_tabs->currentIndex())->fileChangedBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->label()->text(), QStringLiteral("moved-on.py changed on disk."));
    bar->reloadButton()->click();
    QCOMPARE(document->editor()->text(),
             QStringLiteral("print('changed while RunPad was closed')\n"));
    QVERIFY(!document->isModified());
    QVERIFY(!bar->isVisible());
}

void TestSession::anUnmodifiedFileThatIsGoneIsSaid()
{
    const QString path = writeFile(QStringLiteral("gone.py"), "print('gone')\n");
    QVERIFY(m_tabs->openFile(path));
    QVERIFY(m_session->autosaver()->flush());
    stop();
    QVERIFY(QFile::remove(path));
    start();
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(m_tabs->current()->isUntouchedTemplate());
    QCOMPARE(m_messages.size(), 1);
    QVERIFY2(m_messages.first().contains(QLatin1String("gone.py could not be opened again")),
             qPrintable(m_messages.first()));
}

QTEST_MAIN(TestSession)
#include "tst_Session.moc"
