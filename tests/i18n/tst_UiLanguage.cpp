// The interface speaks the language it is told to: $RUNPAD_LANGUAGE, else the setting, else the
// system's; RunPad's words come from the .qm files compiled in under :/i18n, Qt's own (standard
// buttons) from the system's Qt translations. The real runpad's --help follows the system locale.

#include "Backends.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"
#include "SettingsDialog.h"
#include "UiLanguage.h"
#include "UiLanguagePage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

namespace {
// The backends of a window whose local sandbox stays unavailable (no helper is given), which is
// all menus and settings pages need.
struct UnavailableBackends {
    explicit UnavailableBackends(const QTemporaryDir &dir)
    {
        local.setHelperProgram(dir.filePath(QStringLiteral("no-helper")));
        local.setSocketPath(dir.filePath(QStringLiteral("sandbox.sock")));
        local.setSystemSocketPaths({});
    }
    LocalSandboxBackend local;
    RemoteServerStore remotes;
    Backends backends{&local, &remotes};
};
} // namespace

class TestUiLanguage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void translationsAreCompiledIn();
    void windowSpeaksTheForcedLanguage_data();
    void windowSpeaksTheForcedLanguage();
    void settingChoosesTheLanguage();
    void environmentGoesBeforeTheSetting();
    void unknownLanguageFallsBackToEnglish();
    void qtsOwnWordsFollow();
    void mnemonicsLeaveButtons_data();
    void mnemonicsLeaveButtons();
    void settingsPageSavesTheChoice();
    void settingsDialogHasTheLanguagePage_data();
    void settingsDialogHasTheLanguagePage();
    void helpFollowsTheSystemLocale_data();
    void helpFollowsTheSystemLocale();

private:
    QString firstMenuTitle();

    QTemporaryDir m_dir;
};

void TestUiLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_uilanguage"));
}

void TestUiLanguage::init()
{
    qunsetenv("RUNPAD_LANGUAGE");
    UiLanguage::setChosen(QString());
}

void TestUiLanguage::cleanupTestCase()
{
    qunsetenv("RUNPAD_LANGUAGE");
    QLocale::setDefault(QLocale::c());
}

// The menu bar's first title, in a real window.
QString TestUiLanguage::firstMenuTitle()
{
    UnavailableBackends backends(m_dir);
    MainWindow window(&backends.backends);
    const QList<QAction *> menus = window.menuBar()->actions();
    return menus.isEmpty() ? QString() : menus.first()->text();
}

void TestUiLanguage::translationsAreCompiledIn()
{
    UiLanguage::install(qApp); // registers the resource
    for (const char *name : {"runpad_ko.qm", "runpad_de.qm", "runpad_en.qm"}) {
        QFile file(QStringLiteral(":/i18n/") + QLatin1String(name));
        QVERIFY2(file.exists(), name);
        QVERIFY2(file.size() > 0, name);
    }
}

void TestUiLanguage::windowSpeaksTheForcedLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("Korean") << "ko"
                            << "파일(&F)"
                            << "시간 초과";
    QTest::newRow("German") << "de"
                            << "&Datei"
                            << "Zeitlimit überschritten";
    QTest::newRow("English") << "en"
                             << "&File"
                             << "Time limit exceeded";
    QTest::newRow("Korean, with a territory") << "ko_KR"
                                              << "파일(&F)"
                                              << "시간 초과";
}

void TestUiLanguage::windowSpeaksTheForcedLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    qputenv("RUNPAD_LANGUAGE", language.toUtf8());
    QCOMPARE(UiLanguage::install(qApp), language.left(2));
    QCOMPARE(firstMenuTitle(), file);
    // app/core's words too (a verdict's name), and numbers as the language writes them.
    QCOMPARE(QCoreApplication::translate("Verdict", "Time limit exceeded"), verdict);
    QCOMPARE(QLocale().language(), QLocale(language).language());
}

void TestUiLanguage::settingChoosesTheLanguage()
{
    UiLanguage::setChosen(QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(UiLanguage::install(qApp), QStringLiteral("de"));
    QCOMPARE(firstMenuTitle(), QStringLiteral("&Datei"));
}

void TestUiLanguage::environmentGoesBeforeTheSetting()
{
    UiLanguage::setChosen(QStringLiteral("de"));
    qputenv("RUNPAD_LANGUAGE", "ko");
    QCOMPARE(UiLanguage::install(qApp), QStringLiteral("ko"));
    QCOMPARE(firstMenuTitle(), QStringLiteral("파일(&F)"));
}

// Without a translation for the language, English, with its plural forms (runpad_en.qm).
void TestUiLanguage::unknownLanguageFallsBackToEnglish()
{
    qputenv("RUNPAD_LANGUAGE", "fr");
    QCOMPARE(UiLanguage::install(qApp), QStringLiteral("en"));
    QCOMPARE(firstMenuTitle(), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Counted", "%n test cases", nullptr, 1),
             QStringLiteral("1 test case"));
    QCOMPARE(QCoreApplication::translate("RemoteFailure", "try again in %n second(s)", nullptr, 1),
             QStringLiteral("try again in 1 second"));
    QCOMPARE(QCoreApplication::translate("RemoteFailure", "try again in %n second(s)", nullptr, 3),
             QStringLiteral("try again in 3 seconds"));
}

// Standard buttons are Qt's words: they follow when the system has Qt's translations (Debian:
// qt6-translations-l10n / qttranslations5-l10n, which packaging/dev.sh installs).
void TestUiLanguage::qtsOwnWordsFollow()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString dir = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (!QFile::exists(dir + QStringLiteral("/qtbase_ko.qm")))
        QSKIP(qPrintable(QStringLiteral("no qtbase_ko.qm in ") + dir));
    qputenv("RUNPAD_LANGUAGE", "ko");
    UiLanguage::install(qApp);
    QDialogButtonBox buttons(QDialogButtonBox::Close | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("닫기"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("취소"));
}

void TestUiLanguage::mnemonicsLeaveButtons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("button");
    QTest::newRow("Korean") << "ko"
                            << "추가(&A)"
                            << "추가";
    QTest::newRow("Korean, with an ellipsis") << "ko"
                                              << "열기(&O)…"
                                              << "열기…";
    QTest::newRow("English") << "en"
                             << "&Add"
                             << "Add";
    QTest::newRow("a literal ampersand") << "ko"
                                         << "Save && &Run"
                                         << "Save & Run";
}

// Korean puts the mnemonic after the words; a tool button shows the words alone ("추가"), where
// Qt by itself would leave "추가(A)". Menus keep "추가(&A)".
void TestUiLanguage::mnemonicsLeaveButtons()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, button);
    QCOMPARE(UiLanguage::withoutMnemonic(text), button);
    qputenv("RUNPAD_LANGUAGE", language.toUtf8());
    UiLanguage::install(qApp);
    QToolBar bar;
    QAction *action = bar.addAction(text);
    auto *tool = qobject_cast<QToolButton *>(bar.widgetForAction(action));
    QVERIFY(tool);
    QCOMPARE(action->iconText(), button);
    QCOMPARE(tool->text(), QString(button).replace(QLatin1Char('&'), QStringLiteral("&&")));
    QCOMPARE(action->text(), text);
    // A button text set on purpose stays.
    QAction *own = bar.addAction(text);
    own->setIconText(QStringLiteral("Mine"));
    QCOMPARE(own->iconText(), QStringLiteral("Mine"));
}

void TestUiLanguage::settingsPageSavesTheChoice()
{
    qputenv("RUNPAD_LANGUAGE", "en");
    UiLanguage::install(qApp);
    UiLanguagePage page;
    QComboBox *box = page.languageBox();
    QStringList names;
    for (int i = 0; i < box->count(); ++i)
        names << box->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("System default"), QStringLiteral("English"),
                                 QStringLiteral("Deutsch"), QStringLiteral("한국어")}));
    QCOMPARE(box->currentIndex(), 0);
    // The page says when the change applies, and that the environment overrides it now.
    QVERIFY(page.noteLabel()->text().contains(QLatin1String("starts again")));
    QVERIFY(page.noteLabel()->text().contains(QLatin1String("RUNPAD_LANGUAGE=en")));

    box->setCurrentIndex(box->findText(QStringLiteral("한국어")));
    emit box->activated(box->currentIndex());
    QCOMPARE(UiLanguage::chosen(), QStringLiteral("ko"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    UiLanguagePage again;
    QCOMPARE(again.languageBox()->currentText(), QStringLiteral("한국어"));

    box->setCurrentIndex(0);
    emit box->activated(0);
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestUiLanguage::settingsDialogHasTheLanguagePage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("Korean") << "ko"
                            << "언어";
    QTest::newRow("German") << "de"
                            << "Sprache";
    QTest::newRow("English") << "en"
                             << "Language";
}

// Settings ▸ Language, last after the other pages, every page title whole in the list. A picture
// of the page goes to screenshots/ in the build tree.
void TestUiLanguage::settingsDialogHasTheLanguagePage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    qputenv("RUNPAD_LANGUAGE", language.toUtf8());
    UiLanguage::install(qApp);
    UnavailableBackends backends(m_dir);
    SettingsDialog dialog(&backends.backends);
    dialog.resize(760, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pages = dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"));
    QVERIFY(pages);
    QCOMPARE(pages->item(pages->count() - 1)->text(), title);
    dialog.showPage(dialog.uiLanguagePage());
    QCOMPARE(dialog.currentPage(), dialog.uiLanguagePage());
    for (int i = 0; i < pages->count(); ++i) {
        const QString text = pages->item(i)->text();
        QVERIFY2(pages->visualItemRect(pages->item(i)).width() >=
                     pages->fontMetrics().horizontalAdvance(text),
                 qPrintable(text + QStringLiteral(" is cut off")));
    }
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../screenshots");
    QDir().mkpath(dir);
    QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-language-%1.png").arg(language)));
}

void TestUiLanguage::helpFollowsTheSystemLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("description");
    QTest::newRow("Korean") << "ko_KR.UTF-8"
                            << "샌드박스에서 코드 조각을 작성하고 실행합니다.";
    QTest::newRow("German") << "de_DE.UTF-8"
                            << "Codeschnipsel in einer Sandbox schreiben und ausführen.";
    QTest::newRow("English") << "en_US.UTF-8"
                             << "Write and run code snippets in a sandbox.";
    QTest::newRow("no translation") << "fr_FR.UTF-8"
                                    << "Write and run code snippets in a sandbox.";
}

// The real program, with nothing chosen: only the system locale tells it the language.
void TestUiLanguage::helpFollowsTheSystemLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, description);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"RUNPAD_LANGUAGE", "LANGUAGE", "LC_MESSAGES", "LANG"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    QProcess runpad;
    runpad.setProcessEnvironment(environment);
    runpad.start(QStringLiteral(RUNPAD_PROGRAM), {QStringLiteral("--help")});
    QVERIFY(runpad.waitForFinished(30000));
    const QString help = QString::fromUtf8(runpad.readAllStandardOutput());
    QVERIFY2(help.contains(description), qPrintable(help));
}

QTEST_MAIN(TestUiLanguage)
#include "tst_UiLanguage.moc"
