#include "VerdictStyle.h"

#include <QLabel>

QColor VerdictStyle::color(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pending:
        return QColor();
    case Verdict::Running:
        return QColor(0x15, 0x65, 0xc0);
    case Verdict::Accepted:
        return QColor(0x2e, 0x7d, 0x32);
    case Verdict::WrongAnswer:
        return QColor(0xc6, 0x28, 0x28);
    case Verdict::TimeLimit:
    case Verdict::MemoryLimit:
    case Verdict::OutputLimit:
        return QColor(0xb8, 0x5c, 0x00);
    case Verdict::RuntimeError:
    case Verdict::CompileError:
        return QColor(0x7b, 0x1f, 0xa2);
    case Verdict::CheckerError:
        return QColor(0x61, 0x61, 0x61);
    }
    return QColor();
}

void VerdictStyle::applyBadge(QLabel *label, Verdict verdict)
{
    const QColor background = color(verdict);
    if (!background.isValid()) {
        label->hide();
        return;
    }
    label->setText(verdictCode(verdict));
    label->setToolTip(verdictName(verdict));
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                        " border-radius: 3px; padding: 1px 6px; }")
                             .arg(background.name()));
    label->show();
}
