#pragma once

class QWidget;

// Touch targets: at least 44 px each way (Apple's and Material's minimum for a fingertip), so a
// button is hit without a mouse's precision.
namespace TouchTargets {
constexpr int MinimumSize = 44;
// Makes a button at least MinimumSize wide and high.
void enlarge(QWidget *button);
} // namespace TouchTargets
