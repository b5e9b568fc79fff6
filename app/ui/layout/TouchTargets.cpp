#include "TouchTargets.h"

#include <QWidget>

void TouchTargets::enlarge(QWidget *button)
{
    button->setMinimumSize(MinimumSize, MinimumSize);
}
