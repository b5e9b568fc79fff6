#pragma once

#include <QByteArray>
#include <QString>

// Replaces a file whole or not at all (QSaveFile): the old file stays as it was until the new one
// is complete on disk, so a full disk or a crash never leaves half a file.
namespace AtomicFile {
// False and *error (the system's words, e.g. "No space left on device") when it could not.
bool write(const QString &path, const QByteArray &bytes, QString *error);
} // namespace AtomicFile
