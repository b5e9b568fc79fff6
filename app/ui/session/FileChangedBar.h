#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// The bar over an editor whose file another program changed or removed: what happened and the
// two answers, as buttons big enough for a finger (no dialog in the way).
class FileChangedBar : public QFrame {
    Q_OBJECT
public:
    explicit FileChangedBar(QWidget *parent = nullptr);

    void showChanged(const QString &fileName);
    void showDeleted(const QString &fileName);

    QLabel *label() const { return m_label; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

signals:
    void reloadClicked();
    void keepClicked();

private:
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_keep;
};
