#include "TouchScrolling.h"

#include <QAbstractScrollArea>
#include <QScroller>
#include <QScrollerProperties>

void TouchScrolling::enable(QAbstractScrollArea *area)
{
    QWidget *viewport = area->viewport();
    QScroller::grabGesture(viewport, QScroller::TouchGesture);
    // Text does not bounce past its ends; a short drag is a tap, not a scroll.
    QScrollerProperties properties = QScroller::scroller(viewport)->scrollerProperties();
    const QVariant noOvershoot = QVariant::fromValue(QScrollerProperties::OvershootAlwaysOff);
    properties.setScrollMetric(QScrollerProperties::HorizontalOvershootPolicy, noOvershoot);
    properties.setScrollMetric(QScrollerProperties::VerticalOvershootPolicy, noOvershoot);
    QScroller::scroller(viewport)->setScrollerProperties(properties);
}
