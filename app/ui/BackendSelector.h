#pragma once

#include <QWidget>

class Backends;
class QAbstractButton;
class QButtonGroup;
class QHBoxLayout;
class QToolButton;

// Where the current tab runs: a button for the local sandbox and one for every configured remote,
// so one click switches, then "Manage remotes…", which opens their settings. Given less room
// than it asks for (a narrow window), the names are shortened and "Manage remotes…" becomes "…".
class BackendSelector : public QWidget {
    Q_OBJECT
public:
    explicit BackendSelector(Backends *backends, QWidget *parent = nullptr);

    QString currentId() const { return m_currentId; }
    // Follows the tab; does not emit backendPicked().
    void setCurrentId(const QString &id);

    // The button of a backend id; nullptr when there is none.
    QAbstractButton *button(const QString &id) const;
    QAbstractButton *manageButton() const;

    // What it needs to show every name whole, whatever it shows now.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user picked another backend.
    void backendPicked(const QString &id);
    void manageRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    // Full names, or as much of them as fits the width.
    void fitTexts(int width);

    Backends *m_backends;
    QHBoxLayout *m_layout;
    QButtonGroup *m_group;
    QToolButton *m_manage;
    QString m_currentId;
    QSize m_fullSize;
};
