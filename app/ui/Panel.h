#pragma once

#include <QWidget>

class QHBoxLayout;

// A titled area of the window (Input, Output): a slim header with the title and optional tools
// above one content widget. The window arranges panels; panels do not know each other, so another
// layout (e.g. tabs on a phone) can arrange the same ones.
class Panel : public QWidget {
    Q_OBJECT
public:
    Panel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    // Shown after the title, filling the rest of the header.
    void addHeaderWidget(QWidget *widget);

private:
    QHBoxLayout *m_header;
};
