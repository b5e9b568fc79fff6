#include "SessionStore.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {

constexpr int formatVersion = 1;
// Far beyond any session of ours; a bigger file is not one.
constexpr qint64 maxFileSize = 1ll << 30;

bool writeFile(const QString &path, const QJsonObject &object, QString *error)
{
    QString why;
    if (AtomicFile::write(path, QJsonDocument(object).toJson(QJsonDocument::Compact), &why))
        return true;
    if (error)
        *error = QCoreApplication::translate("SessionStore", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), why);
    return false;
}

std::optional<QJsonObject> readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SessionStore", "%1 cannot be read: %2")
                     .arg(QFileInfo(path).fileName(), file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        *error = QCoreApplication::translate("SessionStore", "%1 is too large")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QCoreApplication::translate("SessionStore",
                                                   "%1 is not valid JSON (at byte %2: %3)")
                           .arg(QFileInfo(path).fileName())
                           .arg(parseError.offset)
                           .arg(parseError.errorString())
                     : QCoreApplication::translate("SessionStore", "%1 does not hold a JSON object")
                           .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return document.object();
}

} // namespace

SessionStore::SessionStore(const QString &directory) : m_directory(directory) {}

QString SessionStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/session");
}

QString SessionStore::contentPath(const QString &id) const
{
    return m_directory + QLatin1Char('/') + id + QStringLiteral(".json");
}

SessionStore::Loaded SessionStore::load()
{
    Loaded loaded;
    const QString manifestPath = m_directory + QLatin1Char('/') + manifestName();
    if (!QFileInfo::exists(manifestPath))
        return loaded;
    QString error;
    const std::optional<QJsonObject> manifest = readFile(manifestPath, &error);
    QStringList problems;
    if (!manifest) {
        problems << error;
    } else if (manifest->value(QStringLiteral("version")).toDouble() != formatVersion) {
        problems << QCoreApplication::translate(
                        "SessionStore", "its version %1 is not known; this RunPad reads version %2")
                        .arg(manifest->value(QStringLiteral("version")).toVariant().toString())
                        .arg(formatVersion);
    } else if (!manifest->value(QStringLiteral("documents")).isArray()) {
        problems << QCoreApplication::translate("SessionStore", "its list of documents is missing");
    } else {
        const QJsonArray entries = manifest->value(QStringLiteral("documents")).toArray();
        const int current = manifest->value(QStringLiteral("current")).toInt();
        for (int i = 0; i < entries.size(); ++i) {
            std::optional<DocumentState> document =
                DocumentState::fromManifestEntry(entries.at(i).toObject(), &error);
            std::optional<QJsonObject> content;
            if (document)
                content = readFile(contentPath(document->id), &error);
            if (!document || !content || !document->readContent(*content, &error)) {
                problems << QCoreApplication::translate("SessionStore", "document %1: %2")
                                .arg(i + 1)
                                .arg(error);
                continue;
            }
            if (i == current)
                loaded.state.currentIndex = int(loaded.state.documents.size());
            loaded.state.documents << *document;
        }
    }
    if (!problems.isEmpty()) {
        loaded.brokenCopy = moveAside();
        loaded.error = problems.join(QStringLiteral("; "));
    }
    return loaded;
}

// The broken session stays for whoever wants to look into it; the next write starts afresh.
QString SessionStore::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_directory + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_directory + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    if (!QDir().rename(m_directory, target))
        return QString();
    return target;
}

bool SessionStore::write(const SessionState &state, const QSet<QString> &changed, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("SessionStore", "cannot make the folder %1")
                         .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QJsonArray entries;
    QSet<QString> ids;
    for (const DocumentState &document : state.documents) {
        if (changed.contains(document.id) &&
            !writeFile(contentPath(document.id), document.content(), error))
            return false;
        entries.append(document.manifestEntry());
        ids.insert(document.id + QStringLiteral(".json"));
    }
    const QJsonObject manifest{{QStringLiteral("version"), formatVersion},
                               {QStringLiteral("current"), state.currentIndex},
                               {QStringLiteral("documents"), entries}};
    if (!writeFile(m_directory + QLatin1Char('/') + manifestName(), manifest, error))
        return false;
    const QDir directory(m_directory);
    for (const QString &name : directory.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name != manifestName() && !ids.contains(name))
            QFile::remove(directory.filePath(name));
    }
    return true;
}
