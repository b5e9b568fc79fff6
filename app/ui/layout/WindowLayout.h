#pragma once

#include <QStackedWidget>

class KeyBar;
class Panel;
class QSplitter;
class QTabBar;
class RunStopButton;
class QAction;

// Arranges the window's areas for its size, and re-arranges them live as it is resized:
// - Wide: the code on the left, input and output stacked on the right (a desktop);
// - Tall: the code above, input and output side by side below (a tablet held upright);
// - Phone (narrower than PhoneWidth): one column of tabs — Code, Input, Output, Tests — with a
//   key bar for the symbols a phone's keyboard hides and a large Run/Stop button at the bottom.
// The same widgets move between arrangements, so nothing typed or shown is lost.
class WindowLayout : public QStackedWidget {
    Q_OBJECT
public:
    enum class Mode { Wide, Tall, Phone };
    Q_ENUM(Mode)
    enum PhoneTab { CodeTab, InputTab, OutputTab, TestsTab };
    static constexpr int PhoneWidth = 700;

    // code: the editor's area; input holds the stdin and the tests pages, output the console.
    WindowLayout(QWidget *code, ::Panel *input, QWidget *stdinPage, QWidget *testsPage,
                 ::Panel *output, QAction *run, QAction *stop, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The arrangement for a window of this size.
    static Mode modeFor(QSize size);
    void setMode(Mode mode);

    // On a phone, the tab holding this widget (a panel's page, or the code) comes to the front.
    void reveal(QWidget *page);
    PhoneTab currentPhoneTab() const;

    QSplitter *mainSplitter() const { return m_mainSplitter; }
    QSplitter *sideSplitter() const { return m_sideSplitter; }
    QTabBar *phoneTabs() const { return m_phoneTabs; }
    KeyBar *keyBar() const { return m_keyBar; }
    RunStopButton *runStopButton() const { return m_runStop; }

    // The splitters' sizes in the Wide arrangement, to remember across sessions.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void modeChanged(WindowLayout::Mode mode);

private:
    QWidget *createPhonePage(QAction *run, QAction *stop);
    void showPhoneTab(int tab);
    void placeForSplitters(Mode mode);
    void applyWideState();

    QWidget *m_code;
    ::Panel *m_input; // not QFrame::Panel
    QWidget *m_stdinPage;
    QWidget *m_testsPage;
    ::Panel *m_output;
    Mode m_mode = Mode::Wide;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QByteArray m_wideState; // the splitters' sizes while another arrangement is shown
    QWidget *m_phonePage;
    QTabBar *m_phoneTabs;
    QStackedWidget *m_phoneStack;
    KeyBar *m_keyBar;
    RunStopButton *m_runStop;
};
