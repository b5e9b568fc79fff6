#include "StressTestDialog.h"

#include "Backends.h"
#include "CodeEditor.h"
#include "Counted.h"
#include "DocumentController.h"
#include "LanguageCatalog.h"
#include "ProgramEditor.h"
#include "StressTester.h"
#include "TestCaseModel.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
// Below this width (in average characters) the two programs go one over the other.
constexpr int NarrowCharacters = 90;

const char *const GeneratorStarter =
    R"(# Prints one random input. The test number comes as the argument: the same number, the same input.
import random
import sys

random.seed(int(sys.argv[1]))
n = random.randint(1, 10)
print(n)
print(*(random.randint(1, 100) for _ in range(n)))
)";

QWidget *titled(const QString &title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(title, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

ExecuteRequest programOf(const LanguageInfo *language, const QString &name, const QString &code)
{
    ExecuteRequest request;
    request.language = language->language;
    const QString extension =
        language->extensions.isEmpty() ? QStringLiteral("txt") : language->extensions.first();
    request.files = {SourceFile{name + QLatin1Char('.') + extension, code}};
    return request;
}
} // namespace

StressTestDialog::StressTestDialog(Backends *backends, DocumentController *document,
                                   QWidget *parent)
    : QDialog(parent), m_backends(backends), m_document(document),
      m_programs(new QSplitter(Qt::Horizontal)), m_generator(new ProgramEditor),
      m_brute(new ProgramEditor), m_tests(new QSpinBox), m_seconds(new QSpinBox),
      m_start(new QPushButton(tr("&Start"))), m_stop(new QPushButton(tr("S&top"))),
      m_progress(new QProgressBar), m_status(new QLabel)
{
    setObjectName(QStringLiteral("stressTestDialog"));
    setWindowTitle(tr("Stress Test — %1").arg(document->title()));
    m_generator->setObjectName(QStringLiteral("stressGenerator"));
    m_generator->setLanguage(QStringLiteral("python"));
    m_generator->setCode(QString::fromUtf8(GeneratorStarter));
    m_brute->setObjectName(QStringLiteral("stressBrute"));
    if (document->language())
        m_brute->setLanguage(document->language()->language);
    m_programs->setChildrenCollapsible(false);
    m_programs->addWidget(titled(tr("Generator: prints an input"), m_generator));
    m_programs->addWidget(titled(tr("Brute force: slow but surely right"), m_brute));

    m_tests->setRange(1, 100000);
    m_tests->setValue(1000);
    m_tests->setSuffix(tr(" tests"));
    m_seconds->setRange(1, 3600);
    m_seconds->setValue(60);
    m_seconds->setSuffix(tr(" s"));
    auto *budget = new QHBoxLayout;
    auto *budgetLabel = new QLabel(tr("Stop after"));
    budgetLabel->setBuddy(m_tests);
    budget->addWidget(budgetLabel);
    budget->addWidget(m_tests);
    budget->addWidget(new QLabel(tr("or")));
    budget->addWidget(m_seconds);
    budget->addStretch(1);

    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("stressStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // compiler messages may hold "<"
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Your solution is the code of %1. Each test runs the generator, then "
                         "the brute force and your solution on its output, and compares them "
                         "with the problem's checker.")
                          .arg(document->title()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_start, &QPushButton::clicked, this, &StressTestDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &StressTestDialog::stop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_programs, 1);
    layout->addLayout(budget);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_ticker.setInterval(500);
    connect(&m_ticker, &QTimer::timeout, this, &StressTestDialog::showProgress);
    setRunning(false);
    const QSize room = parent ? parent->window()->size() : screen()->availableSize();
    resize(QSize(900, 600).boundedTo(room));
}

DocumentController *StressTestDialog::document() const
{
    return m_document;
}

QString StressTestDialog::missing() const
{
    if (!m_document)
        return tr("The document is closed.");
    if (!m_document->language())
        return tr("Pick the language of your solution first.");
    if (!m_generator->language() || m_generator->code().trimmed().isEmpty())
        return tr("Write the generator and pick its language.");
    if (!m_brute->language() || m_brute->code().trimmed().isEmpty())
        return tr("Write the brute-force solution and pick its language: its answers are "
                  "the expected ones.");
    return QString();
}

void StressTestDialog::start()
{
    if (m_running)
        return;
    const QString why = missing();
    if (!why.isEmpty()) {
        finish(why, true);
        return;
    }
    m_done = 0;
    m_progress->setRange(0, m_tests->value());
    m_progress->setValue(0);
    setRunning(true);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Starting…"));
    m_backends->use(m_document->backendId(), this, [this](Backend *backend) {
        if (!m_running)
            return; // stopped while a remote's key was read
        if (!backend) {
            finish(tr("The tab's backend is gone: pick where it runs."), true);
            return;
        }
        run(new StressTester(backend, this));
    });
}

void StressTestDialog::run(StressTester *tester)
{
    m_tester = tester;
    connect(tester, &StressTester::progress, this, [this](int done) {
        m_done = done;
        showProgress();
    });
    connect(tester, &StressTester::counterexample, this, &StressTestDialog::addCounterexample);
    connect(tester, &StressTester::passed, this, [this](int done) {
        m_done = done;
        finish(tr("No difference in %1: the brute force and your solution agree.")
                   .arg(Counted::tests(done)),
               false);
    });
    connect(tester, &StressTester::failed, this,
            [this](const QString &message) { finish(message, true); });
    StressTester::Programs programs;
    programs.generator =
        programOf(m_generator->language(), QStringLiteral("generator"), m_generator->code());
    programs.brute = programOf(m_brute->language(), QStringLiteral("brute"), m_brute->code());
    // The solution runs as Run all would judge it: within the problem's limits.
    programs.solution.language = m_document->language()->language;
    programs.solution.files = {SourceFile{m_document->fileName(), m_document->editor()->text()}};
    programs.solution = m_document->tests()->problem().limited(programs.solution);
    m_clock.start();
    m_ticker.start();
    tester->start(programs, m_tests->value(), m_seconds->value(),
                  m_document->tests()->problem().checker);
}

void StressTestDialog::addCounterexample(const TestCase &test, const TestOutcome &outcome)
{
    if (!m_document) {
        finish(tr("Found a difference, but the document is closed."), true);
        return;
    }
    TestCaseModel *model = m_document->tests();
    const int row = model->addCase(test);
    model->setOutcome(model->testCase(row).id, outcome);
    finish(tr("Found an input where your solution and the brute force differ: it is now test "
              "case %1 of %2, with the brute force's answer as the expected output.")
               .arg(row + 1)
               .arg(m_document->title()),
           true);
    emit counterexampleAdded(row);
}

void StressTestDialog::stop()
{
    if (!m_running)
        return;
    if (m_tester)
        m_tester->stop();
    if (m_running)
        finish(tr("Stopped after %1.").arg(Counted::tests(m_done)), false);
}

void StressTestDialog::finish(const QString &status, bool failed)
{
    if (m_tester) {
        m_tester->disconnect(this);
        m_tester->deleteLater();
        m_tester.clear();
    }
    m_ticker.stop();
    setRunning(false);
    m_status->setText(status);
    m_status->setStyleSheet(failed ? QStringLiteral("color: #c62828; font-weight: bold;")
                                   : QString());
}

void StressTestDialog::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *widget : {static_cast<QWidget *>(m_generator), static_cast<QWidget *>(m_brute),
                            static_cast<QWidget *>(m_tests), static_cast<QWidget *>(m_seconds)})
        widget->setEnabled(!running);
}

void StressTestDialog::showProgress()
{
    m_progress->setValue(qMin(m_done, m_progress->maximum()));
    m_status->setText(tr("%1 without a difference · %2 s")
                          .arg(Counted::tests(m_done))
                          .arg(m_clock.elapsed() / 1000));
}

void StressTestDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    m_programs->setOrientation(narrow ? Qt::Vertical : Qt::Horizontal);
}

// Closing hides the dialog with what was typed in it; a running test goes on in the background
// only while the dialog is there to show it, so it stops.
void StressTestDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}
