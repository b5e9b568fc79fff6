#include "RunStopButton.h"

#include "TouchTargets.h"

#include <QAction>

RunStopButton::RunStopButton(QAction *run, QAction *stop, QWidget *parent)
    : QToolButton(parent), m_run(run), m_stop(stop)
{
    setObjectName(QStringLiteral("runStopButton"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(24, 24));
    setFocusPolicy(Qt::NoFocus); // the editor keeps the focus, and the on-screen keyboard stays
    setMinimumSize(2 * TouchTargets::MinimumSize, TouchTargets::MinimumSize + 8);
    QFont bigger = font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    setFont(bigger);
    connect(m_stop, &QAction::changed, this, &RunStopButton::follow);
    connect(m_run, &QAction::changed, this, &RunStopButton::follow);
    follow();
}

void RunStopButton::follow()
{
    QAction *shown = m_stop->isEnabled() ? m_stop : m_run;
    if (defaultAction() != shown)
        setDefaultAction(shown);
}
