#include "VerdictDelegate.h"

#include "TestCaseModel.h"
#include "VerdictStyle.h"

#include <QApplication>
#include <QPainter>

namespace {
// The badge's text, a bit wider than the longest code.
QSize badgeSize(const QFont &font)
{
    const QFontMetrics metrics(font);
    return QSize(metrics.horizontalAdvance(QStringLiteral("TLE")) + 12, metrics.height() + 2);
}

QFont badgeFont(QFont font)
{
    font.setBold(true);
    return font;
}
} // namespace

void VerdictDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    // The row's background and selection as the style draws them, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const auto verdict = index.data(TestCaseModel::VerdictRole).value<Verdict>();
    const QColor color = VerdictStyle::color(verdict);
    painter->save();
    if (!color.isValid()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(option.rect, Qt::AlignCenter, QStringLiteral("—"));
        painter->restore();
        return;
    }
    const QFont font = badgeFont(option.font);
    QRect badge(QPoint(), badgeSize(font));
    badge.moveCenter(option.rect.center());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, verdictCode(verdict));
    painter->restore();
}

QSize VerdictDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize text = QStyledItemDelegate::sizeHint(option, index);
    const QSize badge = badgeSize(badgeFont(option.font)) + QSize(8, 4);
    return text.expandedTo(badge);
}
