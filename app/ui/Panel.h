#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTabBar;

// A titled area of the window (Input, Output): a slim header with the title and optional tools
// above one content widget. A panel may hold more pages (Input | Tests): the title is then a row
// of tabs. The window arranges panels; panels do not know each other, so another layout (e.g.
// tabs on a phone) can arrange the same ones.
class Panel : public QWidget {
    Q_OBJECT
public:
    Panel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    // Shown after the title, filling the rest of the header.
    void addHeaderWidget(QWidget *widget);

    // Another page, after the others; the header then shows tabs.
    void addPage(const QString &title, QWidget *page);
    void setPageTitle(QWidget *page, const QString &title);
    QString pageTitle(QWidget *page) const;
    void setCurrentPage(QWidget *page);
    QWidget *currentPage() const;
    // The title or tabs row; hidden where another layout picks the page (the phone's tabs).
    void setHeaderVisible(bool visible);

signals:
    void currentPageChanged(QWidget *page);
    void pageTitleChanged(QWidget *page, const QString &title);

private:
    QWidget *m_headerBox;
    QHBoxLayout *m_header;
    QLabel *m_title;
    QTabBar *m_tabs;
    QStackedWidget *m_pages;
};
