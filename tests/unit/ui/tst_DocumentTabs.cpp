#include "CodeEditor.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "EditingStyle.h"
#include "LanguageCatalog.h"
#include "PrivateSettings.h"
#include "Problem.h"
#include "RecentFiles.h"
#include "TestCaseModel.h"

#include <Qsci/qscilexer.h>

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUrl>

#include <memory>

class TestDocumentTabs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithTheLanguagesTemplate();
    void unsavedTabsAreMarked();
    void openingAFileTakesTheUntouchedTab();
    void eachFileOpensOnce();
    void aFileOfNoKnownLanguageIsHighlightedAfterItsName();
    void savingUnderANameTellsTheTitleOnce();
    void aFileThatCannotBeReadAddsNoTab();
    void closingAsksAboutUnsavedWork();
    void closingTheLastTabLeavesANewDocument();
    void maybeSaveAllStopsAtCancel();
    void eachDocumentHasItsOwnStdin();
    void recentFilesRememberOpenedAndSavedFiles();
    void droppedFilesOpen();
    void aReceivedProblemIsUnsavedWork();
    void aReceivedProblemFollowsTheLanguage();
    void changedTestsAreUnsavedWork();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    // Answers the next message box with button and returns its text through *question.
    void answerNextQuestion(QMessageBox::StandardButton button, QString *question = nullptr);

    QTemporaryDir m_dir;
    const LanguageInfo *m_python = nullptr;
    std::unique_ptr<DocumentTabs> m_tabs;
};

void TestDocumentTabs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_documenttabs"));
    m_python = LanguageCatalog::instance().byName(QStringLiteral("python"));
    QVERIFY(m_python);
}

void TestDocumentTabs::init()
{
    QSettings().clear();
    m_tabs = std::make_unique<DocumentTabs>(LanguageCatalog::instance());
    m_tabs->newDocument(m_python);
    m_tabs->resize(600, 400);
    m_tabs->show();
}

void TestDocumentTabs::cleanup()
{
    for (DocumentController *document : m_tabs->documents())
        document->setModified(false);
    m_tabs.reset();
}

QString TestDocumentTabs::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDocumentTabs::answerNextQuestion(QMessageBox::StandardButton button, QString *question)
{
    QTimer::singleShot(0, this, [button, question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (question)
            *question = box->text();
        box->button(button)->click();
    });
}

void TestDocumentTabs::startsWithTheLanguagesTemplate()
{
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_tabs->current()->editor()->text(), m_python->templateText);
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("main.py"));
    QCOMPARE(m_tabs->tabToolTip(0), QStringLiteral("Not saved yet"));

    const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("c++"));
    DocumentController *second = m_tabs->newDocument(cpp);
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->current(), second);
    QCOMPARE(second->editor()->text(), cpp->templateText);
    QCOMPARE(m_tabs->tabText(1), QStringLiteral("main.cpp"));
}

void TestDocumentTabs::unsavedTabsAreMarked()
{
    CodeEditor *editor = m_tabs->current()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("x"));
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("main.py ●"));
    const QString path = m_dir.filePath(QStringLiteral("marked.py"));
    QVERIFY(m_tabs->current()->saveFile(path));
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("marked.py"));
    QCOMPARE(m_tabs->tabToolTip(0), QDir::toNativeSeparators(path));
}

void TestDocumentTabs::openingAFileTakesTheUntouchedTab()
{
    const QString path = writeFile(QStringLiteral("hello.cpp"), "int main() {}\n");
    QVERIFY(m_tabs->openFile(path));
    QCOMPARE(m_tabs->count(), 1); // the untouched template gave way
    QCOMPARE(m_tabs->current()->editor()->text(), QStringLiteral("int main() {}\n"));
    QCOMPARE(m_tabs->current()->language()->id, QStringLiteral("cpp"));

    // A document someone typed into stays.
    QTest::keyClicks(m_tabs->current()->editor(), QStringLiteral("// more"));
    QVERIFY(m_tabs->openFile(writeFile(QStringLiteral("other.py"), "print(1)\n")));
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->current()->fileName(), QStringLiteral("other.py"));
}

void TestDocumentTabs::aFileOfNoKnownLanguageIsHighlightedAfterItsName()
{
    QVERIFY(m_tabs->openFile(writeFile(QStringLiteral("data.json"), "{\"a\": 1}\n")));
    QCOMPARE(m_tabs->current()->language(), m_python); // still runs as what it was
    QsciLexer *lexer = m_tabs->current()->editor()->lexer();
    QVERIFY(lexer);
    QCOMPARE(QString::fromLatin1(lexer->language()), QStringLiteral("JSON"));
    // ...and edited as plain text: Toggle Comment does not put Python's # into it.
    const EditingStyle &style = m_tabs->current()->editor()->editingStyle();
    QCOMPARE(style.lineComment, QString());
    QCOMPARE(style.indentAfter, EditingStyle().indentAfter);
}

// Saving under a new name changes the title once (the window and the tab follow it).
void TestDocumentTabs::savingUnderANameTellsTheTitleOnce()
{
    DocumentController *document = m_tabs->current();
    QSignalSpy title(document, &DocumentController::titleChanged);
    QSignalSpy fileName(document, &DocumentController::fileNameChanged);
    QVERIFY(document->saveFile(m_dir.filePath(QStringLiteral("renamed.cpp"))));
    QCOMPARE(title.size(), 1);
    QCOMPARE(fileName.size(), 1);
    QCOMPARE(fileName.first().first().toString(), QStringLiteral("renamed.cpp"));
    QCOMPARE(document->language()->id, QStringLiteral("cpp"));
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("renamed.cpp"));
}

void TestDocumentTabs::eachFileOpensOnce()
{
    const QString first = writeFile(QStringLiteral("first.py"), "1\n");
    const QString second = writeFile(QStringLiteral("second.py"), "2\n");
    QVERIFY(m_tabs->openFile(first));
    QVERIFY(m_tabs->openFile(second));
    QCOMPARE(m_tabs->count(), 2);
    // The same file by another spelling of its path shows its tab.
    QVERIFY(m_tabs->openFile(m_dir.path() + QStringLiteral("/./first.py")));
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->current()->fileName(), QStringLiteral("first.py"));
}

void TestDocumentTabs::aFileThatCannotBeReadAddsNoTab()
{
    QTest::keyClicks(m_tabs->current()->editor(), QStringLiteral("keep me"));
    QString question;
    answerNextQuestion(QMessageBox::Ok, &question);
    QVERIFY(!m_tabs->openFile(m_dir.filePath(QStringLiteral("missing.py"))));
    QVERIFY2(question.contains(QLatin1String("missing.py")), qPrintable(question));
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(m_tabs->current()->editor()->text().startsWith(QLatin1String("keep me")));
}

void TestDocumentTabs::closingAsksAboutUnsavedWork()
{
    m_tabs->newDocument(m_python);
    QTest::keyClicks(m_tabs->current()->editor(), QStringLiteral("unsaved"));
    m_tabs->setCurrentIndex(0);

    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    QVERIFY(!m_tabs->closeDocument(1));
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(m_tabs->currentIndex(), 1); // the question was asked with the document in view
    QVERIFY2(question.contains(QLatin1String("unsaved changes")), qPrintable(question));

    answerNextQuestion(QMessageBox::Discard);
    QVERIFY(m_tabs->closeDocument(1));
    QCOMPARE(m_tabs->count(), 1);

    // Unmodified documents close without a question.
    m_tabs->newDocument(m_python);
    QVERIFY(m_tabs->closeDocument(1));
    QCOMPARE(m_tabs->count(), 1);
}

void TestDocumentTabs::closingTheLastTabLeavesANewDocument()
{
    const QString path = writeFile(QStringLiteral("last.py"), "print('last')\n");
    QVERIFY(m_tabs->openFile(path));
    QVERIFY(m_tabs->closeDocument(0));
    QCOMPARE(m_tabs->count(), 1);
    QVERIFY(m_tabs->current()->filePath().isEmpty());
    QCOMPARE(m_tabs->current()->editor()->text(), m_python->templateText);
}

void TestDocumentTabs::maybeSaveAllStopsAtCancel()
{
    QTest::keyClicks(m_tabs->current()->editor(), QStringLiteral("a"));
    m_tabs->newDocument(m_python);
    m_tabs->newDocument(m_python);
    QTest::keyClicks(m_tabs->current()->editor(), QStringLiteral("c"));

    int questions = 0;
    QTimer::singleShot(0, this, [&questions] {
        ++questions;
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
        QTimer::singleShot(0, [&questions] {
            ++questions;
            auto *next = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(next);
            next->button(QMessageBox::Cancel)->click();
        });
    });
    QVERIFY(!m_tabs->maybeSaveAll());
    QCOMPARE(questions, 2);       // the unmodified middle tab was not asked about
    QCOMPARE(m_tabs->count(), 3); // nothing closes
    QCOMPARE(m_tabs->currentIndex(), 2);
}

void TestDocumentTabs::eachDocumentHasItsOwnStdin()
{
    DocumentController *first = m_tabs->current();
    DocumentController *second = m_tabs->newDocument(m_python);
    first->stdinDocument()->setPlainText(QStringLiteral("one"));
    second->stdinDocument()->setPlainText(QStringLiteral("two"));
    QCOMPARE(first->stdinDocument()->toPlainText(), QStringLiteral("one"));
    QCOMPARE(second->stdinDocument()->toPlainText(), QStringLiteral("two"));
    QCOMPARE(first->stdinDocument()->defaultFont(), first->editor()->editorFont());
}

void TestDocumentTabs::recentFilesRememberOpenedAndSavedFiles()
{
    RecentFiles *recent = m_tabs->recentFiles();
    QVERIFY(recent->paths().isEmpty());
    const QString opened = writeFile(QStringLiteral("opened.py"), "1\n");
    QVERIFY(m_tabs->openFile(opened));
    const QString saved = m_dir.filePath(QStringLiteral("saved.py"));
    m_tabs->newDocument(m_python);
    QVERIFY(m_tabs->current()->saveFile(saved));
    QCOMPARE(recent->paths(), (QStringList{saved, opened}));

    // Opening again moves it to the front; a file deleted since is not offered.
    QVERIFY(m_tabs->openFile(writeFile(QStringLiteral("again.py"), "2\n")));
    recent->add(opened);
    QCOMPARE(recent->paths().first(), opened);
    QVERIFY(QFile::remove(saved));
    QVERIFY(!recent->paths().contains(saved));

    for (int i = 0; i < RecentFiles::MaximumCount + 3; ++i)
        recent->add(writeFile(QStringLiteral("many%1.py").arg(i), "\n"));
    QCOMPARE(recent->paths().size(), RecentFiles::MaximumCount);

    // The menu opens what is picked.
    QMenu menu;
    recent->fillMenu(&menu);
    QCOMPARE(menu.actions().size(), RecentFiles::MaximumCount + 2); // + separator, Clear
    menu.actions().at(2)->trigger();
    QCOMPARE(m_tabs->current()->fileName(), QStringLiteral("many10.py"));
    menu.actions().last()->trigger();
    QVERIFY(recent->paths().isEmpty());
}

void TestDocumentTabs::droppedFilesOpen()
{
    const QString a = writeFile(QStringLiteral("dropped_a.py"), "a\n");
    const QString b = writeFile(QStringLiteral("dropped_b.rb"), "b\n");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    QWidget *target = m_tabs->current()->editor()->viewport();
    const QPoint where = target->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(m_tabs->count(), 2); // the first took the untouched template's place
    QCOMPARE(m_tabs->documentAt(0)->fileName(), QStringLiteral("dropped_a.py"));
    QCOMPARE(m_tabs->documentAt(1)->fileName(), QStringLiteral("dropped_b.rb"));
    QCOMPARE(m_tabs->current()->language()->id, QStringLiteral("ruby"));

    // On the tabs themselves too.
    const QString c = writeFile(QStringLiteral("dropped_c.py"), "c\n");
    QMimeData onTabs;
    onTabs.setUrls({QUrl::fromLocalFile(c)});
    QDragEnterEvent tabsEnter(QPoint(5, 5), Qt::CopyAction, &onTabs, Qt::LeftButton,
                              Qt::NoModifier);
    QApplication::sendEvent(m_tabs.get(), &tabsEnter);
    QVERIFY(tabsEnter.isAccepted());
    QDropEvent tabsDrop(QPoint(5, 5), Qt::CopyAction, &onTabs, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_tabs.get(), &tabsDrop);
    QVERIFY(tabsDrop.isAccepted());
    QCOMPARE(m_tabs->current()->fileName(), QStringLiteral("dropped_c.py"));
    QCOMPARE(m_tabs->count(), 3);

    // Text dropped on the editor is not a file: the editor keeps it.
    QMimeData text;
    text.setText(QStringLiteral("dropped text"));
    QDragEnterEvent textEnter(where, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &textEnter);
    QCOMPARE(m_tabs->count(), 3);
}

namespace {
Problem receivedProblem()
{
    Problem problem;
    problem.name = QStringLiteral("B. Two Buttons");
    problem.group = QStringLiteral("Codeforces Round 295");
    problem.url = QStringLiteral("https://codeforces.com/problemset/problem/520/B");
    problem.tests = {{TestCase::newId(), QStringLiteral("4 6\n"), QStringLiteral("2\n")}};
    return problem;
}
} // namespace

// A problem from Competitive Companion is a tab of its own: named after the problem, unsaved
// until saved, not taken over by a file opened next.
void TestDocumentTabs::aReceivedProblemIsUnsavedWork()
{
    DocumentController *received = m_tabs->openProblem(m_python, receivedProblem());
    QCOMPARE(m_tabs->count(), 1); // in place of the untouched new document
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("B. Two Buttons ●"));
    QVERIFY(received->isModified());
    QVERIFY(!received->isUntouchedTemplate());
    QCOMPARE(received->tests()->rowCount(), 1);
    QVERIFY(received->editor()->text().startsWith(QLatin1String("# Problem: B. Two Buttons\n")));
    QVERIFY(received->editor()->text().endsWith(m_python->templateText));

    const QString path = writeFile(QStringLiteral("other.py"), "print(2)\n");
    QVERIFY(m_tabs->openFile(path));
    QCOMPARE(m_tabs->count(), 2);

    QString question;
    answerNextQuestion(QMessageBox::Cancel, &question);
    QVERIFY(!m_tabs->closeDocument(m_tabs->indexOf(received->editor())));
    QVERIFY2(question.startsWith(QLatin1String("B. Two Buttons has unsaved changes")),
             qPrintable(question));
}

void TestDocumentTabs::aReceivedProblemFollowsTheLanguage()
{
    DocumentController *received = m_tabs->openProblem(m_python, receivedProblem());
    const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("cpp"));
    received->setLanguage(cpp);
    QVERIFY(received->editor()->text().startsWith(QLatin1String("// Problem: B. Two Buttons\n")));
    QVERIFY(received->editor()->text().endsWith(cpp->templateText));
    QCOMPARE(received->tests()->rowCount(), 1); // the tests stay
    // Once typed in, the code stays whatever the language.
    received->editor()->append(QStringLiteral("// mine\n"));
    received->setLanguage(m_python);
    QVERIFY(received->editor()->text().endsWith(QLatin1String("// mine\n")));
}

void TestDocumentTabs::changedTestsAreUnsavedWork()
{
    const QString path = writeFile(QStringLiteral("tested.py"), "print(input())\n");
    QVERIFY(m_tabs->openFile(path));
    DocumentController *document = m_tabs->current();
    QVERIFY(!document->isModified());
    QSignalSpy modified(document, &DocumentController::modifiedChanged);
    document->tests()->addCase({QString(), QStringLiteral("x\n"), QStringLiteral("x\n")});
    QVERIFY(document->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("tested.py ●"));
    QVERIFY(document->save());
    QVERIFY(!document->isModified());
    QCOMPARE(m_tabs->tabText(0), QStringLiteral("tested.py"));
    QVERIFY(QFile::exists(path + QStringLiteral(".runpad.json")));
}

QTEST_MAIN(TestDocumentTabs)
#include "tst_DocumentTabs.moc"
