#pragma once

#include <QStyledItemDelegate>

// Draws the verdict column as a coloured badge (VerdictStyle), so a list of results reads at a
// glance; Pending shows a dash.
class VerdictDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
