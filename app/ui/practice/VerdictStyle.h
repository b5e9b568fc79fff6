#pragma once

#include "Verdict.h"

#include <QColor>
#include <QString>

class QLabel;

// How a verdict looks wherever it is shown: a badge of white bold text on a colour that reads on
// light and dark themes alike (AC green, WA red, limits orange, RE and CE purple).
namespace VerdictStyle {
// The badge's background; invalid for Pending, which has no badge.
QColor color(Verdict verdict);
// Makes label a badge of the verdict's code, or hides it for Pending.
void applyBadge(QLabel *label, Verdict verdict);
} // namespace VerdictStyle
