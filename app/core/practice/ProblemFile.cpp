#include "ProblemFile.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProblemFile", text);
}

// Far more than any practice problem's tests; a bigger file is not ours.
constexpr qint64 maxFileSize = 256ll << 20;

} // namespace

namespace ProblemFile {

QString pathFor(const QString &codePath)
{
    return codePath + QStringLiteral(".runpad.json");
}

bool save(const QString &codePath, const Problem &problem, QString *error)
{
    const QString path = pathFor(codePath);
    QString why;
    if (!AtomicFile::write(path, QJsonDocument(problem.toJson()).toJson(QJsonDocument::Indented),
                           &why)) {
        if (error)
            *error = tr("Cannot save the problem to %1: %2").arg(path, why);
        return false;
    }
    return true;
}

std::optional<Problem> load(const QString &codePath, QString *error)
{
    if (error)
        error->clear();
    const QString path = pathFor(codePath);
    QFile file(path);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    if (file.size() > maxFileSize) {
        if (error)
            *error = tr("%1 is not a problem file: it is larger than 256 MiB").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? tr("%1 is not valid JSON (at byte %2: %3); it was left as it is")
                               .arg(path)
                               .arg(parseError.offset)
                               .arg(parseError.errorString())
                         : tr("%1 does not hold a JSON object; it was left as it is").arg(path);
        return std::nullopt;
    }
    QString why;
    std::optional<Problem> problem = Problem::fromJson(document.object(), &why);
    if (!problem && error)
        *error = tr("%1 is not a usable problem file: %2; it was left as it is").arg(path, why);
    return problem;
}

} // namespace ProblemFile
