#include "AtomicFile.h"

#include <QSaveFile>

namespace AtomicFile {

// Unbuffered, and written until all is written: buffered, QSaveFile writes a small file only in
// commit() and, when that last flush fails, renames the short file over the old one all the same
// (QTBUG-75077); unbuffered, a full disk first shows as a short write, and only the next write
// fails, with the system's reason ("No space left on device").
bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; written && done < bytes.size();) {
        const qint64 now = file.write(bytes.constData() + done, bytes.size() - done);
        written = now > 0;
        done += qMax<qint64>(now, 0);
    }
    if (written && !file.commit())
        written = false;
    if (!written && error)
        *error = file.errorString();
    return written; // when not, the QSaveFile's destructor throws the new file away
}

} // namespace AtomicFile
