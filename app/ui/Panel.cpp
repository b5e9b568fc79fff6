#include "Panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

Panel::Panel(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent), m_header(new QHBoxLayout)
{
    auto *titleLabel = new QLabel(title, this);
    QFont font = titleLabel->font();
    font.setBold(true);
    titleLabel->setFont(font);
    m_header->setContentsMargins(4, 4, 2, 2);
    m_header->setSpacing(8);
    m_header->addWidget(titleLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_header);
    layout->addWidget(content, 1);
}

void Panel::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 1);
}
