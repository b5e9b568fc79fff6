#include "RunStatusLine.h"

#include "ExecuteResult.h"
#include "VerdictStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace {
QColor colorOfStatus(const QString &status)
{
    if (status == QLatin1String("OK"))
        return QColor(0x2e, 0x7d, 0x32);
    if (status == QLatin1String("TO") || status == QLatin1String("OL") ||
        status == QLatin1String("EL"))
        return QColor(0xb2, 0x6a, 0x00);
    if (status == QLatin1String("XX"))
        return QColor(0x61, 0x61, 0x61);
    return QColor(0xc6, 0x28, 0x28); // RE, SG
}
} // namespace

RunStatusLine::RunStatusLine(QWidget *parent)
    : QWidget(parent), m_badge(new QLabel(this)), m_details(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_badge);
    layout->addWidget(m_details, 1);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long details wrap rather than widening the window (or hiding in a tooltip a phone cannot
    // hover over).
    m_details->setWordWrap(true);
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badge->hide();
}

void RunStatusLine::showRunning(const QString &stage)
{
    display(stage == QLatin1String("compile") ? tr("Compiling") : tr("Running"),
            QColor(0x15, 0x65, 0xc0), QString());
}

void RunStatusLine::showResult(const ExecuteResult &result)
{
    const StageResult *stage = result.decisiveStage();
    if (!stage) {
        showFailure(tr("The backend sent a result without any stage."));
        return;
    }
    QString details = describe(*stage, locale());
    if (result.compile && stage == &*result.compile && !stage->status.isEmpty())
        details = tr("Compilation failed: %1").arg(details);
    else if (result.compile && result.compile->cached.value_or(false))
        details += tr(" · unchanged code, not compiled again");
    display(stage->statusLabel(), colorOfStatus(stage->statusLabel()), details);
}

void RunStatusLine::showFailure(const QString &message)
{
    display(QStringLiteral("XX"), colorOfStatus(QStringLiteral("XX")), message);
}

void RunStatusLine::showTests(int passed, int total, const QString &details)
{
    display(QStringLiteral("%1/%2").arg(passed).arg(total),
            VerdictStyle::color(passed == total ? Verdict::Accepted : Verdict::WrongAnswer),
            details);
}

void RunStatusLine::showCompileError(const QString &details)
{
    display(verdictCode(Verdict::CompileError), VerdictStyle::color(Verdict::CompileError),
            details);
}

QString RunStatusLine::status() const
{
    return m_badge->isHidden() ? QString() : m_badge->text();
}

QString RunStatusLine::details() const
{
    return m_details->text();
}

QString RunStatusLine::describe(const StageResult &stage, const QLocale &locale)
{
    QStringList parts;
    if (!stage.signal.isEmpty())
        parts << tr("signal %1").arg(stage.signal);
    else if (stage.code)
        parts << tr("exit code %1").arg(*stage.code);
    // An RE's message only repeats the exit code; the others say what limit was hit and why.
    if (!stage.message.isEmpty() && stage.status != QLatin1String("RE"))
        parts << stage.message;
    if (stage.wallTimeMs >= 0)
        parts << tr("wall %1 ms").arg(stage.wallTimeMs);
    if (stage.cpuTimeMs >= 0)
        parts << tr("CPU %1 ms").arg(stage.cpuTimeMs);
    if (stage.memoryBytes >= 0)
        parts << tr("memory %1").arg(locale.formattedDataSize(stage.memoryBytes, 1));
    return parts.join(QStringLiteral(" · "));
}

void RunStatusLine::display(const QString &status, const QColor &color, const QString &details)
{
    m_badge->setText(status);
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                       " border-radius: 3px; padding: 1px 6px; }")
            .arg(color.name()));
    m_badge->show();
    m_details->setText(details);
    m_details->setToolTip(details);
}
