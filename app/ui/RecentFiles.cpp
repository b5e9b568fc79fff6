#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
const QString RecentFilesKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::paths() const
{
    QStringList existing;
    for (const QString &path : QSettings().value(RecentFilesKey).toStringList()) {
        if (QFileInfo(path).isFile())
            existing << path;
    }
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(RecentFilesKey, QStringList(list.mid(0, MaximumCount)));
}

void RecentFiles::clear()
{
    QSettings().remove(RecentFilesKey);
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 main.cpp — ~/src": a mnemonic for the first nine, the name, then where it is.
        const QString mnemonic = i < 9 ? QStringLiteral("&%1 ").arg(i + 1) : QString();
        const QString label = mnemonic + QFileInfo(path).fileName() + QStringLiteral(" — ") +
                              QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        QAction *action = menu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("Clear Recent Files"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}
