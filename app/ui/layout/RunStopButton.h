#pragma once

#include <QToolButton>

class QAction;

// One large button that is Run while nothing runs and Stop while something does: on a phone it
// sits at the bottom under the thumb, whichever tab is in front.
class RunStopButton : public QToolButton {
    Q_OBJECT
public:
    // Follows stop's enabled state: enabled means something runs.
    RunStopButton(QAction *run, QAction *stop, QWidget *parent = nullptr);

private:
    void follow();

    QAction *m_run;
    QAction *m_stop;
};
