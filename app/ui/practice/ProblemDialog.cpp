#include "ProblemDialog.h"

#include "CustomChecker.h"
#include "LanguageCatalog.h"
#include "ProgramEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// A starting point for a custom checker; testlib.h is not in the sandbox, so it reads the files.
const char *const CheckerStarter =
    R"(// A checker runs as: checker <input> <output> <answer> (three files).
// Exit code 0 accepts the output; 1 is a wrong answer. What it writes to stderr is the message.
#include <bits/stdc++.h>
using namespace std;

int main(int argc, char *argv[])
{
    ifstream input(argv[1]), output(argv[2]), answer(argv[3]);
    long long expected, found;
    answer >> expected;
    if (!(output >> found)) {
        cerr << "no number in the output\n";
        return 1;
    }
    if (found != expected) {
        cerr << "expected " << expected << ", found " << found << "\n";
        return 1;
    }
    cerr << "ok " << found << "\n";
    return 0;
}
)";

QLineEdit *toleranceEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    auto *validator = new QDoubleValidator(0, 1e9, 20, edit);
    validator->setNotation(QDoubleValidator::ScientificNotation);
    validator->setLocale(QLocale::c()); // 1e-6 and 0.001 however the system writes numbers
    edit->setValidator(validator);
    edit->setPlaceholderText(QStringLiteral("1e-6"));
    return edit;
}

bool readTolerance(const QLineEdit *edit, double *value)
{
    bool ok = false;
    *value = QLocale::c().toDouble(edit->text().trimmed(), &ok);
    return ok && *value >= 0;
}
} // namespace

ProblemDialog::ProblemDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit), m_group(new QLineEdit), m_url(new QLineEdit),
      m_timeLimit(new QSpinBox), m_memoryLimit(new QSpinBox), m_checker(new QComboBox),
      m_floatFields(new QWidget), m_absolute(toleranceEdit(QStringLiteral("absoluteTolerance"))),
      m_relative(toleranceEdit(QStringLiteral("relativeTolerance"))), m_custom(new ProgramEditor),
      m_error(new QLabel)
{
    setObjectName(QStringLiteral("problemDialog"));
    setWindowTitle(tr("Problem"));
    m_timeLimit->setRange(1, 3600 * 1000);
    m_timeLimit->setSuffix(tr(" ms"));
    m_timeLimit->setObjectName(QStringLiteral("timeLimit"));
    m_memoryLimit->setRange(1, 64 * 1024);
    m_memoryLimit->setSuffix(tr(" MB"));
    m_memoryLimit->setObjectName(QStringLiteral("memoryLimit"));
    m_url->setPlaceholderText(tr("Where the problem is, e.g. https://codeforces.com/…"));

    using Kind = CheckerSpec::Kind;
    m_checker->setObjectName(QStringLiteral("checker"));
    m_checker->addItem(tr("Lines, ignoring trailing whitespace"),
                       int(Kind::IgnoreTrailingWhitespace));
    m_checker->addItem(tr("Exact, byte for byte"), int(Kind::Exact));
    m_checker->addItem(tr("Tokens, any whitespace between"), int(Kind::Tokens));
    m_checker->addItem(tr("Floating-point numbers, with tolerance"), int(Kind::Float));
    m_checker->addItem(tr("Custom checker program"), int(Kind::Custom));
    m_checker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_checker->setMinimumContentsLength(12);

    auto *floats = new QFormLayout(m_floatFields);
    floats->setContentsMargins(0, 0, 0, 0);
    floats->addRow(tr("&Absolute tolerance:"), m_absolute);
    floats->addRow(tr("&Relative tolerance:"), m_relative);
    auto *floatNote = new QLabel(tr("A number passes when it is within either tolerance of the "
                                    "expected one; other words must match exactly."));
    floatNote->setWordWrap(true);
    floatNote->setForegroundRole(QPalette::PlaceholderText);
    floats->addRow(floatNote);

    m_custom->setObjectName(QStringLiteral("customChecker"));
    m_custom->offerOnly([](const LanguageInfo &language) {
        return CustomChecker::supportsLanguage(language.language);
    });
    m_custom->setLanguage(QStringLiteral("c++"));
    m_error->setObjectName(QStringLiteral("problemError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Contest:"), m_group);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&Time limit:"), m_timeLimit);
    form->addRow(tr("&Memory limit:"), m_memoryLimit);
    form->addRow(tr("C&hecker:"), m_checker);
    form->addRow(m_floatFields);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    // The checker's code takes the room when it is shown; else the fields stay at the top.
    layout->addWidget(m_custom, 100);
    layout->addStretch(1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_checker, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ProblemDialog::showCheckerFields);
    setDetails(Problem());
    const QSize room = parent ? parent->window()->size() : screen()->availableSize();
    resize(QSize(640, 560).boundedTo(room));
}

void ProblemDialog::setDetails(const Problem &problem)
{
    m_problem = problem;
    m_name->setText(problem.name);
    m_group->setText(problem.group);
    m_url->setText(problem.url);
    m_timeLimit->setValue(int(qMin<qint64>(problem.timeLimitMs, m_timeLimit->maximum())));
    m_memoryLimit->setValue(
        int(qBound<qint64>(1, problem.memoryLimitBytes >> 20, qint64(m_memoryLimit->maximum()))));
    m_checker->setCurrentIndex(m_checker->findData(int(problem.checker.kind)));
    m_absolute->setText(QString::number(problem.checker.absoluteTolerance, 'g', 12));
    m_relative->setText(QString::number(problem.checker.relativeTolerance, 'g', 12));
    if (!problem.checker.customLanguage.isEmpty())
        m_custom->setLanguage(problem.checker.customLanguage);
    m_custom->setCode(problem.checker.customSource);
    showCheckerFields();
}

Problem ProblemDialog::details() const
{
    Problem problem = m_problem;
    problem.name = m_name->text().trimmed();
    problem.group = m_group->text().trimmed();
    problem.url = m_url->text().trimmed();
    problem.timeLimitMs = m_timeLimit->value();
    problem.memoryLimitBytes = qint64(m_memoryLimit->value()) << 20;
    problem.checker.kind = kind();
    double value = 0;
    if (readTolerance(m_absolute, &value))
        problem.checker.absoluteTolerance = value;
    if (readTolerance(m_relative, &value))
        problem.checker.relativeTolerance = value;
    // A custom checker's code is kept when another checker is picked, so going back finds it.
    problem.checker.customSource = m_custom->code();
    problem.checker.customLanguage =
        m_custom->language() ? m_custom->language()->language : QString();
    if (problem.checker.customSource == QLatin1String(CheckerStarter) &&
        problem.checker.kind != CheckerSpec::Kind::Custom)
        problem.checker.customSource.clear(); // the untouched starter is not the user's
    return problem;
}

void ProblemDialog::accept()
{
    const QString problem = problemWithFields();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

QString ProblemDialog::problemWithFields() const
{
    double value = 0;
    if (kind() == CheckerSpec::Kind::Float &&
        (!readTolerance(m_absolute, &value) || !readTolerance(m_relative, &value)))
        return tr("The tolerances must be numbers of at least 0, such as 1e-6 or 0.001.");
    if (kind() == CheckerSpec::Kind::Custom)
        return CustomChecker::problemWith(details().checker);
    return QString();
}

CheckerSpec::Kind ProblemDialog::kind() const
{
    return CheckerSpec::Kind(m_checker->currentData().toInt());
}

void ProblemDialog::showCheckerFields()
{
    m_floatFields->setVisible(kind() == CheckerSpec::Kind::Float);
    const bool custom = kind() == CheckerSpec::Kind::Custom;
    m_custom->setVisible(custom);
    if (custom && m_custom->code().trimmed().isEmpty())
        m_custom->setCode(QString::fromUtf8(CheckerStarter));
}
