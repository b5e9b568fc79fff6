#include "ActionIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace {
// Draws the shape at a few sizes so it stays crisp at any toolbar size and device pixel ratio.
QIcon drawIcon(const std::function<void(QPainter &, qreal)> &paint)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        paint(painter, size);
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon ActionIcons::run()
{
    return drawIcon([](QPainter &painter, qreal size) {
        QPainterPath triangle;
        triangle.moveTo(size * 0.25, size * 0.15);
        triangle.lineTo(size * 0.85, size * 0.5);
        triangle.lineTo(size * 0.25, size * 0.85);
        triangle.closeSubpath();
        painter.setBrush(QColor(0x2e, 0x9d, 0x4a));
        painter.drawPath(triangle);
    });
}

QIcon ActionIcons::stop()
{
    return drawIcon([](QPainter &painter, qreal size) {
        painter.setBrush(QColor(0xd3, 0x3a, 0x2f));
        painter.drawRoundedRect(QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6), size * 0.08,
                                size * 0.08);
    });
}
