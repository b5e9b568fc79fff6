#pragma once

class QAbstractScrollArea;

// Kinetic scrolling with a finger (QScroller), for every scrollable text on a touch screen. Only
// touch drags scroll: a mouse still selects text as it always did.
namespace TouchScrolling {
void enable(QAbstractScrollArea *area);
}
