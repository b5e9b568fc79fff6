#include "CodeEditor.h"
#include "DiskWatcher.h"
#include "DocumentController.h"
#include "DocumentPage.h"
#include "DocumentTabs.h"
#include "FileChangedBar.h"
#include "LanguageCatalog.h"
#include "PrivateSettings.h"
#include "ProblemFile.h"
#include "TypeText.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/resource.h>

// Files on disk that move under the editor: another program rewrites or removes a file that is
// open (the test is that program), and a disk too full to save to.
class TestDiskChanges : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anUnmodifiedBufferReloadsSilently();
    void aReplacedFileIsStillWatched();
    void editsAreNotOverwrittenButOffered();
    void keepMineKeepsTheBufferAndStopsAsking();
    void aDeletedFileLeavesAModifiedBuffer();
    void aFileThatComesBackAsItWasIsFine();
    void ourOwnSavesShowNoBar();
    void aFullDiskLosesNothing();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    // As editors and QSaveFile save: a new file renamed over the old one.
    void replaceFile(const QString &path, const QByteArray &content);
    // Until the watcher has had the documents look at their file.
    void waitForCheck(const QString &path);
    DocumentController *open(const QString &path);
    FileChangedBar *bar() const;
    void type(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<DocumentTabs> m_tabs;
};

void TestDiskChanges::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_diskchanges"));
}

void TestDiskChanges::init()
{
    m_tabs = std::make_unique<DocumentTabs>(LanguageCatalog::instance());
    m_tabs->newDocument(LanguageCatalog::instance().byName(QStringLiteral("python")));
    m_tabs->resize(700, 500);
    m_tabs->show();
}

void TestDiskChanges::cleanup()
{
    m_tabs.reset();
}

QString TestDiskChanges::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDiskChanges::replaceFile(const QString &path, const QByteArray &content)
{
    const QString temporary = path + QStringLiteral(".new");
    QFile file(temporary);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    QVERIFY(::rename(QFile::encodeName(temporary).constData(),
                     QFile::encodeName(path).constData()) == 0);
}

void TestDiskChanges::waitForCheck(const QString &path)
{
    QSignalSpy checked(m_tabs->diskWatcher(), &DiskWatcher::checked);
    QVERIFY(checked.wait(5000));
    QCOMPARE(checked.first().first().toString(), path);
}

DocumentController *TestDiskChanges::open(const QString &path)
{
    if (!m_tabs->openFile(path))
        return nullptr;
    return m_tabs->current();
}

FileChangedBar *TestDiskChanges::bar() const
{
    return m_tabs->pageAt(m_tabs->currentIndex())->fileChangedBar();
}

void TestDiskChanges::type(const QString &text)
{
    typeText(m_tabs->current()->editor(), text);
}

void TestDiskChanges::anUnmodifiedBufferReloadsSilently()
{
    const QString path = writeFile(QStringLiteral("quiet.py"), "print(1)\nprint(2)\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    document->editor()->setCursorPosition(1, 3);
    QSignalSpy messages(document, &DocumentController::message);
    writeFile(QStringLiteral("quiet.py"), "print(1)\nprint(22)\nprint(3)\n");
    waitForCheck(path);
    QCOMPARE(document->editor()->text(), QStringLiteral("print(1)\nprint(22)\nprint(3)\n"));
    QVERIFY(!document->isModified());
    QVERIFY(!bar()->isVisible());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("quiet.py changed on disk and was reloaded."));
    int line = -1, index = -1;
    document->editor()->getCursorPosition(&line, &index);
    QCOMPARE(line, 1); // the cursor stays about where it was
    QCOMPARE(index, 3);
    // Undo does not bring back the old file: the reload is a fresh start.
    QVERIFY(!document->editor()->isUndoAvailable());
}

void TestDiskChanges::aReplacedFileIsStillWatched()
{
    const QString path = writeFile(QStringLiteral("renamed.py"), "v = 1\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    // Each rename puts another file under the name; the watch must follow every time.
    for (int version = 2; version <= 4; ++version) {
        const QByteArray text = QByteArray("v = ") + QByteArray::number(version) + '\n';
        replaceFile(path, text);
        waitForCheck(path);
        QCOMPARE(document->editor()->text(), QString::fromUtf8(text));
    }
}

void TestDiskChanges::editsAreNotOverwrittenButOffered()
{
    const QString path = writeFile(QStringLiteral("main.cpp"), "int main() {}\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    type(QStringLiteral("// mine\n"));
    const QString mine = document->editor()->text();
    replaceFile(path, "int main() { return 1; }\n");
    waitForCheck(path);
    QCOMPARE(document->editor()->text(), mine);
    QVERIFY(bar()->isVisible());
    QCOMPARE(bar()->label()->text(), QStringLiteral("main.cpp changed on disk."));
    QVERIFY(bar()->reloadButton()->isVisible());
    QVERIFY(bar()->keepButton()->isVisible());
    // Big enough for a finger.
    QVERIFY(bar()->reloadButton()->height() >= 44);
    // Not a dialog: typing goes on while the bar is shown.
    QVERIFY(!QApplication::activeModalWidget());
    type(QStringLiteral("x"));

    QTest::mouseClick(bar()->reloadButton(), Qt::LeftButton);
    QCOMPARE(document->editor()->text(), QStringLiteral("int main() { return 1; }\n"));
    QVERIFY(!document->isModified());
    QVERIFY(!bar()->isVisible());
}

void TestDiskChanges::keepMineKeepsTheBufferAndStopsAsking()
{
    const QString path = writeFile(QStringLiteral("keep.py"), "a = 1\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    type(QStringLiteral("# mine\n"));
    const QString mine = document->editor()->text();
    writeFile(QStringLiteral("keep.py"), "a = 2\n");
    waitForCheck(path);
    QVERIFY(bar()->isVisible());
    QTest::mouseClick(bar()->keepButton(), Qt::LeftButton);
    QVERIFY(!bar()->isVisible());
    QCOMPARE(document->editor()->text(), mine);
    QVERIFY(document->isModified());
    // The same file again (touched, say) asks nothing more; another change does.
    QFile(path).setPermissions(QFile(path).permissions());
    writeFile(QStringLiteral("keep.py"), "a = 2\n");
    waitForCheck(path);
    QVERIFY(!bar()->isVisible());
    writeFile(QStringLiteral("keep.py"), "a = 3\n");
    waitForCheck(path);
    QVERIFY(bar()->isVisible());
    // Saving answers it too: the file is the buffer again.
    QVERIFY(document->save());
    QVERIFY(!bar()->isVisible());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), mine);
}

void TestDiskChanges::aDeletedFileLeavesAModifiedBuffer()
{
    const QString path = writeFile(QStringLiteral("doomed.py"), "print('doomed')\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    QVERIFY(!document->isModified());
    QVERIFY(QFile::remove(path));
    waitForCheck(path);
    QVERIFY(document->isModified()); // the buffer is all there is now
    QCOMPARE(m_tabs->tabText(m_tabs->currentIndex()), QStringLiteral("doomed.py ●"));
    QCOMPARE(document->editor()->text(), QStringLiteral("print('doomed')\n"));
    QVERIFY(bar()->isVisible());
    QVERIFY2(bar()->label()->text().startsWith(QLatin1String("doomed.py was deleted on disk.")),
             qPrintable(bar()->label()->text()));
    QVERIFY(!bar()->reloadButton()->isVisible());
    QTest::mouseClick(bar()->keepButton(), Qt::LeftButton);
    QVERIFY(!bar()->isVisible());
    QVERIFY(document->isModified());
    QVERIFY(document->save()); // and it is there again
    QVERIFY(QFile::exists(path));
    QVERIFY(!document->isModified());
}

void TestDiskChanges::aFileThatComesBackAsItWasIsFine()
{
    const QString path = writeFile(QStringLiteral("back.py"), "print('back')\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
    waitForCheck(path);
    QVERIFY(document->isModified());
    QVERIFY(QFile::rename(path + QStringLiteral(".moved"), path)); // say, a git stash pop
    waitForCheck(path);
    QVERIFY(!document->isModified());
    QVERIFY(!bar()->isVisible());
}

void TestDiskChanges::ourOwnSavesShowNoBar()
{
    const QString path = writeFile(QStringLiteral("ours.py"), "n = 0\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    QSignalSpy messages(document, &DocumentController::message);
    for (int i = 0; i < 3; ++i) {
        type(QStringLiteral("# more\n"));
        QVERIFY(document->save());
        waitForCheck(path);
        QVERIFY(!bar()->isVisible());
        QCOMPARE(document->diskConflict(), DocumentController::DiskConflict::None);
    }
    // Only "Saved", never "reloaded".
    for (const QList<QVariant> &message : messages)
        QVERIFY2(message.first().toString().startsWith(QLatin1String("Saved ")),
                 qPrintable(message.first().toString()));
}

namespace {
// Every write past `bytes` fails (EFBIG), as on a full disk (ENOSPC), without filling one.
template <typename Work> auto withFileSizeLimit(rlim_t bytes, Work work)
{
    rlimit before{};
    getrlimit(RLIMIT_FSIZE, &before);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = bytes;
    if (setrlimit(RLIMIT_FSIZE, &small) != 0)
        qFatal("setrlimit failed");
    const auto result = work();
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    return result;
}
} // namespace

// A write that fails half-way leaves the old file whole and the buffer unsaved (QSaveFile alone
// would not: it renames the short file over the old one when its last flush fails, QTBUG-75077).
void TestDiskChanges::aFullDiskLosesNothing()
{
    const QString path = writeFile(QStringLiteral("full.py"), "print('old')\n");
    DocumentController *document = open(path);
    QVERIFY(document);
    type(QString(200, QLatin1Char('x')));
    QString warning;
    QTimer::singleShot(0, this, [&warning] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        warning = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    QVERIFY(!withFileSizeLimit(64, [document] { return document->save(); }));
    QVERIFY2(
        warning.startsWith(
            QStringLiteral("Cannot save %1:\nFile too large").arg(QDir::toNativeSeparators(path))),
        qPrintable(QString(warning).replace(QLatin1Char('\n'), QLatin1Char('|'))));
    QVERIFY2(warning.endsWith(QLatin1String("Your text is still here, not saved.")),
             qPrintable(warning));
    QVERIFY(document->isModified());
    QVERIFY(document->editor()->text().startsWith(QString(200, QLatin1Char('x'))));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("print('old')\n"));
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("full.py*")}, QDir::Files),
             QStringList{QStringLiteral("full.py")});

    // The problem file beside the code is written the same way.
    Problem problem;
    problem.tests = {{TestCase::newId(), QString(300, QLatin1Char('1')), QStringLiteral("1")}};
    QString error;
    QVERIFY(ProblemFile::save(path, Problem(), &error));
    QFile sidecar(ProblemFile::pathFor(path));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QByteArray sidecarBefore = sidecar.readAll();
    sidecar.close();
    QVERIFY(!withFileSizeLimit(64, [&] { return ProblemFile::save(path, problem, &error); }));
    QVERIFY2(error.endsWith(QLatin1String("File too large")), qPrintable(error));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(sidecar.readAll(), sidecarBefore);
}

QTEST_MAIN(TestDiskChanges)
#include "tst_DiskChanges.moc"
