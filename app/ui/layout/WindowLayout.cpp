#include "WindowLayout.h"

#include "KeyBar.h"
#include "Panel.h"
#include "RunStopButton.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabBar>
#include <QVBoxLayout>

namespace {
// Portrait and at most this wide: the code goes above input and output (a tablet held upright).
constexpr int TallMaxWidth = 1000;

bool holds(QWidget *area, QWidget *page)
{
    return page == area || area->isAncestorOf(page);
}
} // namespace

WindowLayout::WindowLayout(QWidget *code, ::Panel *input, QWidget *stdinPage, QWidget *testsPage,
                           ::Panel *output, QAction *run, QAction *stop, QWidget *parent)
    : QStackedWidget(parent), m_code(code), m_input(input), m_stdinPage(stdinPage),
      m_testsPage(testsPage), m_output(output), m_mainSplitter(new QSplitter(Qt::Horizontal)),
      m_sideSplitter(new QSplitter(Qt::Vertical))
{
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_input);
    m_sideSplitter->addWidget(m_output);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_code);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setChildrenCollapsible(false);
    addWidget(m_mainSplitter);
    m_phonePage = createPhonePage(run, stop);
    addWidget(m_phonePage);
    applyWideState();

    // What the window brings forward (a run's console, a picked test case, Run all's tests)
    // comes to the front on a phone too.
    connect(m_input, &Panel::currentPageChanged, this, &WindowLayout::reveal);
    connect(m_output, &Panel::currentPageChanged, this, &WindowLayout::reveal);
    // "Tests 3/5" on the phone's tab as on the panel's.
    connect(m_input, &Panel::pageTitleChanged, this, [this](QWidget *page, const QString &title) {
        if (page == m_testsPage)
            m_phoneTabs->setTabText(TestsTab, title);
    });
}

QWidget *WindowLayout::createPhonePage(QAction *run, QAction *stop)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("phonePage"));
    m_phoneTabs = new QTabBar(page);
    m_phoneTabs->setObjectName(QStringLiteral("phoneTabs"));
    m_phoneTabs->setExpanding(true);
    m_phoneTabs->setDocumentMode(true);
    m_phoneTabs->setDrawBase(false);
    m_phoneTabs->setUsesScrollButtons(false);
    m_phoneTabs->setFocusPolicy(Qt::NoFocus);
    m_phoneTabs->insertTab(CodeTab, tr("Code"));
    m_phoneTabs->insertTab(InputTab, m_input->pageTitle(m_stdinPage));
    m_phoneTabs->insertTab(OutputTab, m_output->pageTitle(m_output->currentPage()));
    m_phoneTabs->insertTab(TestsTab, m_input->pageTitle(m_testsPage));
    connect(m_phoneTabs, &QTabBar::currentChanged, this, &WindowLayout::showPhoneTab);

    m_phoneStack = new QStackedWidget(page);
    m_keyBar = new KeyBar(page);
    m_runStop = new RunStopButton(run, stop, page);

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 4, 4);
    bottom->setSpacing(4);
    bottom->addWidget(m_keyBar, 1);
    bottom->addWidget(m_runStop, 0, Qt::AlignRight);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_phoneTabs);
    layout->addWidget(m_phoneStack, 1);
    layout->addLayout(bottom);
    return page;
}

WindowLayout::Mode WindowLayout::modeFor(QSize size)
{
    if (size.width() < PhoneWidth)
        return Mode::Phone;
    if (size.width() <= TallMaxWidth && size.height() > size.width())
        return Mode::Tall;
    return Mode::Wide;
}

void WindowLayout::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    if (m_mode == Mode::Wide)
        m_wideState = saveState();
    const Mode previous = m_mode;
    m_mode = mode;
    if (mode == Mode::Phone) {
        m_phoneStack->addWidget(m_code);
        m_phoneStack->addWidget(m_input);
        m_phoneStack->addWidget(m_output);
        m_input->setHeaderVisible(false); // the phone's tabs pick Input or Tests
        setCurrentWidget(m_phonePage);
        showPhoneTab(m_phoneTabs->currentIndex());
    } else {
        if (previous == Mode::Phone) {
            m_mainSplitter->insertWidget(0, m_code);
            m_sideSplitter->insertWidget(0, m_input);
            m_sideSplitter->insertWidget(1, m_output);
            m_input->setHeaderVisible(true);
            // The phone's stack hid the areas not in front; side by side, all show.
            for (QWidget *area : {m_code, static_cast<QWidget *>(m_input),
                                  static_cast<QWidget *>(m_output)})
                area->show();
        }
        placeForSplitters(mode);
        setCurrentWidget(m_mainSplitter);
    }
    emit modeChanged(mode);
}

// Wide: code | (input over output), sized as last left. Tall: code over (input | output).
void WindowLayout::placeForSplitters(Mode mode)
{
    if (mode == Mode::Tall) {
        m_mainSplitter->setOrientation(Qt::Vertical);
        m_sideSplitter->setOrientation(Qt::Horizontal);
        m_mainSplitter->setSizes({600, 400});
        m_sideSplitter->setSizes({400, 600});
    } else {
        applyWideState();
    }
}

void WindowLayout::showPhoneTab(int tab)
{
    {
        const QSignalBlocker blocker(m_phoneTabs);
        m_phoneTabs->setCurrentIndex(tab);
    }
    if (m_mode != Mode::Phone)
        return;
    switch (tab) {
    case CodeTab:
        m_phoneStack->setCurrentWidget(m_code);
        break;
    case InputTab:
        m_input->setCurrentPage(m_stdinPage);
        m_phoneStack->setCurrentWidget(m_input);
        break;
    case TestsTab:
        m_input->setCurrentPage(m_testsPage);
        m_phoneStack->setCurrentWidget(m_input);
        break;
    case OutputTab:
        m_phoneStack->setCurrentWidget(m_output);
        break;
    }
    // The keys are for typing: code and stdin.
    m_keyBar->setVisible(tab == CodeTab || tab == InputTab);
}

void WindowLayout::reveal(QWidget *page)
{
    if (m_mode != Mode::Phone || !page)
        return;
    if (holds(m_code, page))
        showPhoneTab(CodeTab);
    else if (holds(m_stdinPage, page))
        showPhoneTab(InputTab);
    else if (holds(m_testsPage, page))
        showPhoneTab(TestsTab);
    else if (holds(m_output, page))
        showPhoneTab(OutputTab);
}

WindowLayout::PhoneTab WindowLayout::currentPhoneTab() const
{
    return PhoneTab(m_phoneTabs->currentIndex());
}

QByteArray WindowLayout::saveState() const
{
    if (m_mode != Mode::Wide)
        return m_wideState;
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_mainSplitter->saveState() << m_sideSplitter->saveState();
    return state;
}

void WindowLayout::restoreState(const QByteArray &state)
{
    m_wideState = state;
    if (m_mode == Mode::Wide)
        applyWideState();
}

// The sizes last left in the Wide arrangement; sensible ones if there are none.
void WindowLayout::applyWideState()
{
    QByteArray main;
    QByteArray side;
    QDataStream in(m_wideState);
    in >> main >> side;
    const bool restored = in.status() == QDataStream::Ok && m_mainSplitter->restoreState(main) &&
                          m_sideSplitter->restoreState(side);
    if (!restored) {
        m_mainSplitter->setSizes({760, 520});
        m_sideSplitter->setSizes({280, 460}); // room for a handful of test cases
    }
    m_mainSplitter->setOrientation(Qt::Horizontal);
    m_sideSplitter->setOrientation(Qt::Vertical);
}
