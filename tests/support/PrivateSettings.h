#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

// Points the application's QSettings at a directory of the test's own (organization RunPadTest),
// so that a test never reads or writes the user's settings.
inline void usePrivateSettings(const QString &directory, const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RunPadTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory);
}
