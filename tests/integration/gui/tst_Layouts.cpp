// The window at a phone's, an upright tablet's and a desktop's size, light and dark: the
// arrangement each gets, the layout facts that make it usable (no sideways scrolling on a phone,
// Run in reach, fingertip-sized targets), the live switch when the window is resized, the key bar,
// and the remote-only start where no local sandbox can run. Screenshots of each size go to
// RUNPAD_SCREENSHOT_DIR in the build tree, to be looked at.

#include "Backends.h"
#include "CodeEditor.h"
#include "ConsoleView.h"
#include "DocumentController.h"
#include "DocumentTabs.h"
#include "KeyBar.h"
#include "LocalSandboxBackend.h"
#include "MainWindow.h"
#include "Panel.h"
#include "PrivateSettings.h"
#include "RemoteServerStore.h"
#include "RunStatusLine.h"
#include "RunStopButton.h"
#include "TestCaseModel.h"
#include "TestsPanel.h"
#include "TouchTargets.h"
#include "UiLanguage.h"
#include "WindowLayout.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QScroller>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

namespace {
// The first run waits for the helper to start and probe every toolchain.
constexpr int RunTimeoutMs = 60000;

// A dark palette, as a desktop in dark mode hands to the application.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7a));
    return palette;
}

// Widgets a finger presses.
bool isTouchTarget(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget);
}
} // namespace

class TestLayouts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eachSizeGetsItsArrangement_data();
    void eachSizeGetsItsArrangement();
    void phoneLayoutIsUsableByTouch_data();
    void phoneLayoutIsUsableByTouch();
    void resizingSwitchesLiveAndKeepsEverything();
    void keyBarTypesIntoEditorAndStdin();
    void runningOnPhoneShowsTheOutput();
    void startsRemoteOnlyWhenNoLocalSandboxCanRun();

private:
    void createWindow(QSize size);
    // Speaks this language from the next window on ("en", "ko", "de").
    void useLanguage(const QString &code);
    void setSize(QSize size);
    void saveScreenshot(const QString &name);

    QTemporaryDir m_dir;
    QPalette m_lightPalette;
    std::unique_ptr<LocalSandboxBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

void TestLayouts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    usePrivateSettings(m_dir.filePath(QStringLiteral("settings")), QStringLiteral("tst_layouts"));
    m_lightPalette = QApplication::palette();
    m_backend = std::make_unique<LocalSandboxBackend>();
    m_backend->setHelperProgram(QStringLiteral(RUNPAD_SANDBOX_PROGRAM));
    m_backend->setSocketPath(m_dir.filePath(QStringLiteral("sandbox.sock")));
    QVERIFY(QDir().mkpath(QStringLiteral(RUNPAD_SCREENSHOT_DIR)));
}

void TestLayouts::init()
{
    QApplication::setPalette(m_lightPalette);
    useLanguage(QStringLiteral("en"));
}

void TestLayouts::useLanguage(const QString &code)
{
    qputenv("RUNPAD_LANGUAGE", code.toLatin1());
    QCOMPARE(UiLanguage::install(qApp), code);
}

void TestLayouts::cleanup()
{
    if (!m_window)
        return;
    for (DocumentController *document : m_window->tabs()->documents())
        document->setModified(false); // no "save changes?" prompt in a test
    m_window->close();
    m_window.reset();
}

void TestLayouts::createWindow(QSize size)
{
    m_window = std::make_unique<MainWindow>(m_backend.get());
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    setSize(size);
}

void TestLayouts::setSize(QSize size)
{
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    QApplication::processEvents();
}

void TestLayouts::saveScreenshot(const QString &name)
{
    QApplication::processEvents();
    const QString path = QStringLiteral(RUNPAD_SCREENSHOT_DIR "/%1.png").arg(name);
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
}

void TestLayouts::eachSizeGetsItsArrangement_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<WindowLayout::Mode>("mode");
    QTest::addColumn<QString>("language");
    // English and Korean light and dark; German, the longest words, light.
    for (const char *language : {"en", "ko", "de"}) {
        for (const bool dark : {false, true}) {
            if (dark && QByteArray(language) == "de")
                continue;
            const char *scheme = dark ? "dark" : "light";
            const QString code = QString::fromLatin1(language);
            QTest::addRow("phone %s %s", scheme, language)
                << QSize(390, 844) << dark << WindowLayout::Mode::Phone << code;
            QTest::addRow("tablet %s %s", scheme, language)
                << QSize(768, 1024) << dark << WindowLayout::Mode::Tall << code;
            QTest::addRow("desktop %s %s", scheme, language)
                << QSize(1280, 800) << dark << WindowLayout::Mode::Wide << code;
        }
    }
}

void TestLayouts::eachSizeGetsItsArrangement()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    QFETCH(WindowLayout::Mode, mode);
    QFETCH(QString, language);
    if (dark)
        QApplication::setPalette(darkPalette());
    useLanguage(language);
    createWindow(size);
    QCOMPARE(m_window->windowLayout()->mode(), mode);
    m_window->editor()->setDocumentText(
        QStringLiteral("n = int(input())\nfor i in range(n):\n    print(i * i)  # squares\n"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("5\n"));

    // Everything the toolbar holds fits: nothing is folded behind its extension button.
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    for (QToolButton *button : toolBar->findChildren<QToolButton *>()) {
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            QVERIFY2(!button->isVisible(), "the toolbar overflows");
    }
    // The editor uses the width it is given; the dark palette reaches it.
    QVERIFY(m_window->editor()->isVisible());
    QCOMPARE(m_window->editor()->theme().isDark(), dark);
    const QString name = QStringLiteral("runpad-%1x%2-%3")
                             .arg(size.width())
                             .arg(size.height())
                             .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    saveScreenshot(language == QLatin1String("en") ? name : name + QLatin1Char('-') + language);
}

void TestLayouts::phoneLayoutIsUsableByTouch_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("tabTexts");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Code"), QStringLiteral("Input"),
                                       QStringLiteral("Output"), QStringLiteral("Tests")};
    QTest::newRow("ko") << QStringLiteral("ko")
                        << QStringList{QStringLiteral("코드"), QStringLiteral("입력"),
                                       QStringLiteral("출력"), QStringLiteral("테스트")};
    QTest::newRow("de") << QStringLiteral("de") << QStringList();
}

void TestLayouts::phoneLayoutIsUsableByTouch()
{
    QFETCH(QString, language);
    QFETCH(QStringList, tabTexts);
    useLanguage(language);
    createWindow(QSize(390, 844));
    WindowLayout *layout = m_window->windowLayout();
    QCOMPARE(layout->mode(), WindowLayout::Mode::Phone);
    QVERIFY(!m_window->menuBar()->isVisible());
    auto *menuButton = m_window->findChild<QToolButton *>(QStringLiteral("menuButton"));
    QVERIFY(menuButton && menuButton->isVisible() && menuButton->menu());
    QCOMPARE(menuButton->menu()->actions().size(), m_window->menuBar()->actions().size());

    // The tabs: Code, Input, Output, Tests.
    QTabBar *tabs = layout->phoneTabs();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), 4);
    for (int tab = 0; tab < tabTexts.size(); ++tab)
        QCOMPARE(tabs->tabText(tab), tabTexts[tab]);

    const QRect window = m_window->rect();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        QApplication::processEvents();
        saveScreenshot(QStringLiteral("runpad-390x844-tab-%1-%2").arg(tab).arg(language));
        // Run is in reach, whole, on every tab.
        RunStopButton *run = layout->runStopButton();
        QVERIFY(run->isVisible());
        const QRect runRect(run->mapTo(m_window.get(), QPoint(0, 0)), run->size());
        QVERIFY2(window.contains(runRect), qPrintable(QStringLiteral("tab %1").arg(tab)));
        QVERIFY(runRect.height() >= TouchTargets::MinimumSize);
        // No sideways scrolling anywhere, and nothing wider than the screen.
        for (QAbstractScrollArea *area : m_window->findChildren<QAbstractScrollArea *>()) {
            if (area->isVisible())
                QVERIFY2(!area->horizontalScrollBar()->isVisible(),
                         qPrintable(area->metaObject()->className() + QStringLiteral(" ") +
                                    area->objectName()));
        }
        // Every visible control a fingertip high; tabs too.
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisible() || !isTouchTarget(widget) ||
                widget->objectName() == QLatin1String("qt_toolbar_ext_button"))
                continue;
            QVERIFY2(widget->height() >= TouchTargets::MinimumSize,
                     qPrintable(QStringLiteral("%1 \"%2\" is %3 px high")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()),
                                         widget->objectName())
                                    .arg(widget->height())));
            const QRect rect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
            QVERIFY2(rect.right() <= window.right() + 1 || widget->parentWidget() != nullptr,
                     "a control is off the screen");
        }
        for (QTabBar *bar : m_window->findChildren<QTabBar *>()) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i)
                QVERIFY(bar->tabRect(i).height() >= TouchTargets::MinimumSize);
        }
    }
    // The controls made for a finger are wide enough too.
    QList<QWidget *> ownControls{menuButton, layout->runStopButton()};
    for (QToolButton *key : layout->keyBar()->keys())
        ownControls << key;
    for (QWidget *control : ownControls)
        QVERIFY2(control->width() >= TouchTargets::MinimumSize, qPrintable(control->objectName()));
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(tabs->tabRect(i).width() >= TouchTargets::MinimumSize);
    // Kinetic scrolling with a finger in the editor, the stdin box and the console.
    QVERIFY(QScroller::hasScroller(m_window->editor()->viewport()));
    QVERIFY(QScroller::hasScroller(m_window->stdinEdit()->viewport()));
    QVERIFY(QScroller::hasScroller(m_window->console()->viewport()));
}

void TestLayouts::resizingSwitchesLiveAndKeepsEverything()
{
    createWindow(QSize(1280, 800));
    WindowLayout *layout = m_window->windowLayout();
    CodeEditor *editor = m_window->editor();
    editor->setDocumentText(QStringLiteral("print('kept')\n"));
    m_window->stdinEdit()->setPlainText(QStringLiteral("typed input"));
    layout->mainSplitter()->setSizes({500, 780});
    const QList<int> wideSizes = layout->mainSplitter()->sizes();

    setSize(QSize(390, 844));
    QCOMPARE(layout->mode(), WindowLayout::Mode::Phone);
    QCOMPARE(layout->currentWidget()->objectName(), QStringLiteral("phonePage"));
    QCOMPARE(m_window->editor(), editor); // the same widgets, moved
    QCOMPARE(editor->text(), QStringLiteral("print('kept')\n"));
    layout->phoneTabs()->setCurrentIndex(WindowLayout::InputTab);
    QTRY_VERIFY(m_window->stdinEdit()->isVisible());
    QCOMPARE(m_window->stdinEdit()->toPlainText(), QStringLiteral("typed input"));

    setSize(QSize(768, 1024));
    QCOMPARE(layout->mode(), WindowLayout::Mode::Tall);
    QCOMPARE(layout->mainSplitter()->orientation(), Qt::Vertical);
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(editor->isVisible() && m_window->stdinEdit()->isVisible() &&
            m_window->console()->isVisible());

    setSize(QSize(1280, 800));
    QCOMPARE(layout->mode(), WindowLayout::Mode::Wide);
    QCOMPARE(layout->mainSplitter()->orientation(), Qt::Horizontal);
    QCOMPARE(layout->mainSplitter()->sizes(), wideSizes); // as the user left them
    QVERIFY(!layout->runStopButton()->isVisible());
    QCOMPARE(m_window->stdinEdit()->toPlainText(), QStringLiteral("typed input"));
}

void TestLayouts::keyBarTypesIntoEditorAndStdin()
{
    createWindow(QSize(390, 844));
    WindowLayout *layout = m_window->windowLayout();
    KeyBar *keys = layout->keyBar();
    QVERIFY(keys->isVisible());
    for (const QString &label :
         {QStringLiteral("Tab"), QStringLiteral("("), QStringLiteral(")"), QStringLiteral("{"),
          QStringLiteral("}"), QStringLiteral("["), QStringLiteral("]"), QStringLiteral(";"),
          QStringLiteral(":"), QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">"),
          QStringLiteral("\""), QStringLiteral("'"), QStringLiteral("←"), QStringLiteral("→"),
          QStringLiteral("↑"), QStringLiteral("↓"), QStringLiteral("↶"), QStringLiteral("↷")})
        QVERIFY2(keys->key(label), qPrintable(label));
    for (QToolButton *key : keys->keys())
        QCOMPARE(key->focusPolicy(), Qt::NoFocus); // the on-screen keyboard stays up

    CodeEditor *editor = m_window->editor();
    editor->setDocumentText(QString());
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("x"));
    QTest::mouseClick(keys->key(QStringLiteral("=")), Qt::LeftButton);
    QTest::mouseClick(keys->key(QStringLiteral("[")), Qt::LeftButton);
    QTest::mouseClick(keys->key(QStringLiteral("]")), Qt::LeftButton);
    QTest::mouseClick(keys->key(QStringLiteral(";")), Qt::LeftButton);
    QCOMPARE(editor->text(), QStringLiteral("x=[];"));
    QVERIFY(editor->hasFocus());
    QTest::mouseClick(keys->key(QStringLiteral("←")), Qt::LeftButton);
    QTest::mouseClick(keys->key(QStringLiteral("Tab")), Qt::LeftButton);
    QVERIFY2(editor->text().startsWith(QLatin1String("x=[]")) && editor->text().endsWith(';') &&
                 editor->text().length() > 5,
             qPrintable(editor->text())); // indentation before the ';'
    QTest::mouseClick(keys->key(QStringLiteral("↶")), Qt::LeftButton);
    QCOMPARE(editor->text(), QStringLiteral("x=[];"));
    QTest::mouseClick(keys->key(QStringLiteral("↷")), Qt::LeftButton);
    QVERIFY(editor->text().length() > 5);

    // On the Input tab the keys type into the stdin box.
    layout->phoneTabs()->setCurrentIndex(WindowLayout::InputTab);
    QTRY_VERIFY(m_window->stdinEdit()->isVisible());
    m_window->stdinEdit()->clear();
    QTest::mouseClick(keys->key(QStringLiteral("<")), Qt::LeftButton);
    QTest::mouseClick(keys->key(QStringLiteral(">")), Qt::LeftButton);
    QCOMPARE(m_window->stdinEdit()->toPlainText(), QStringLiteral("<>"));
    // The tests and the output are not typed into: no keys there.
    layout->phoneTabs()->setCurrentIndex(WindowLayout::OutputTab);
    QVERIFY(!keys->isVisible());
}

void TestLayouts::runningOnPhoneShowsTheOutput()
{
    createWindow(QSize(390, 844));
    WindowLayout *layout = m_window->windowLayout();
    QCOMPARE(layout->currentPhoneTab(), WindowLayout::CodeTab);
    // Reads until its stdin ends: the Input box is empty, so stdin stays open while it runs.
    m_window->editor()->setDocumentText(
        QStringLiteral("import sys\nprint('ready', flush=True)\nsys.stdin.read()\n"));
    m_window->stdinEdit()->clear();
    RunStopButton *button = layout->runStopButton();
    QCOMPARE(button->defaultAction()->iconText(), QStringLiteral("Run"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(layout->currentPhoneTab(), WindowLayout::OutputTab);
    QVERIFY(m_window->console()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->console()->toPlainText().contains(QLatin1String("ready")),
                             RunTimeoutMs);
    // The same button stops it.
    QCOMPARE(button->defaultAction()->iconText(), QStringLiteral("Stop"));
    saveScreenshot(QStringLiteral("runpad-390x844-running"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(button->defaultAction()->iconText(), QStringLiteral("Run"), 10000);
    saveScreenshot(QStringLiteral("runpad-390x844-stopped"));
}

void TestLayouts::startsRemoteOnlyWhenNoLocalSandboxCanRun()
{
    // A helper that is nowhere, and no socket listening: as on a phone.
    LocalSandboxBackend absent;
    absent.setHelperProgram(m_dir.filePath(QStringLiteral("no-such-helper")));
    absent.setSystemSocketPaths({});
    const QString why = absent.unavailableReason();
    QVERIFY2(why.contains(QLatin1String("runpad-sandbox")), qPrintable(why));
    QVERIFY(m_backend->unavailableReason().isEmpty()); // the real one is there

    RemoteServerStore store;
    Backends backends(&absent, &store);
    backends.setLocalUnavailable(why);
    QVERIFY(!backends.ids().contains(Backends::localId()));
    QCOMPARE(backends.defaultId(), QString());

    m_window = std::make_unique<MainWindow>(&backends);
    m_window->resize(390, 844);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The console says why, and how to get somewhere to run.
    QTRY_VERIFY2(m_window->console()->toPlainText().contains(why),
                 qPrintable(m_window->console()->toPlainText()));
    QVERIFY(m_window->console()->toPlainText().contains(QLatin1String("Remote servers")));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("backendStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Nowhere to run"));
    QVERIFY(status->toolTip().contains(why));
    // Running says so instead of trying the absent helper.
    m_window->run();
    QTRY_VERIFY2(m_window->statusLine()->details().contains(QLatin1String("Remote servers")),
                 qPrintable(m_window->statusLine()->details()));
    QVERIFY(m_window->statusLine()->details().contains(why));
    m_window->close();
    m_window.reset();
}

QTEST_MAIN(TestLayouts)
#include "tst_Layouts.moc"
