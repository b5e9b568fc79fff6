#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The files opened or saved lately, newest first, kept in the settings across sessions.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int MaximumCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    // Only files that still exist.
    QStringList paths() const;
    void add(const QString &path);
    void clear();
    // Refills menu with one entry per file and a "Clear" entry; picking a file asks to open it.
    void fillMenu(QMenu *menu);

signals:
    void openRequested(const QString &path);
};
