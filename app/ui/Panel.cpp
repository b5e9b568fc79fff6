#include "Panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

Panel::Panel(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent), m_headerBox(new QWidget(this)), m_header(new QHBoxLayout(m_headerBox)),
      m_title(new QLabel(title, m_headerBox)), m_tabs(new QTabBar(m_headerBox)),
      m_pages(new QStackedWidget(this))
{
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_tabs->setDocumentMode(true);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->hide();
    m_header->setContentsMargins(4, 4, 2, 2);
    m_header->setSpacing(8);
    m_header->addWidget(m_title);
    m_header->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_headerBox);
    layout->addWidget(m_pages, 1);
    m_tabs->addTab(title);
    m_pages->addWidget(content);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        emit currentPageChanged(m_pages->currentWidget());
    });
}

void Panel::setHeaderVisible(bool visible)
{
    m_headerBox->setVisible(visible);
}

void Panel::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 1);
}

void Panel::addPage(const QString &title, QWidget *page)
{
    m_pages->addWidget(page);
    m_tabs->addTab(title);
    // Tabs in place of the title; the header's top margin is the tabs' own.
    m_title->hide();
    m_tabs->show();
    m_header->setContentsMargins(0, 0, 2, 0);
}

void Panel::setPageTitle(QWidget *page, const QString &title)
{
    const int index = m_pages->indexOf(page);
    if (index < 0)
        return;
    m_tabs->setTabText(index, title);
    if (index == 0)
        m_title->setText(title);
    emit pageTitleChanged(page, title);
}

QString Panel::pageTitle(QWidget *page) const
{
    return m_tabs->tabText(m_pages->indexOf(page));
}

void Panel::setCurrentPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

QWidget *Panel::currentPage() const
{
    return m_pages->currentWidget();
}
