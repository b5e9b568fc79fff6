#include "DocumentState.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads key into *value when it has the right type; a missing key keeps the default.
bool readString(const QJsonObject &object, const QString &key, QString *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(error,
                    QCoreApplication::translate("DocumentState", "%1 must be a string").arg(key));
    *value = v.toString();
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, bool *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(
            error,
            QCoreApplication::translate("DocumentState", "%1 must be true or false").arg(key));
    *value = v.toBool();
    return true;
}

bool readCount(const QJsonObject &object, const QString &key, int *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e9)
        return fail(error,
                    QCoreApplication::translate("DocumentState", "%1 must be a number, at least 0")
                        .arg(key));
    *value = v.toInt();
    return true;
}

} // namespace

QJsonObject DocumentState::manifestEntry() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("filePath"), filePath},
        {QStringLiteral("language"), languageId},
        {QStringLiteral("backend"), backendId},
        {QStringLiteral("textModified"), textModified},
        {QStringLiteral("problemModified"), problemModified},
        {QStringLiteral("diskHash"), diskHash},
        {QStringLiteral("cursorLine"), cursorLine},
        {QStringLiteral("cursorIndex"), cursorIndex},
        {QStringLiteral("firstVisibleLine"), firstVisibleLine},
    };
}

QJsonObject DocumentState::content() const
{
    QJsonObject object{{QStringLiteral("id"), id}, {QStringLiteral("stdin"), stdinText}};
    if (text)
        object.insert(QStringLiteral("text"), *text);
    if (problem)
        object.insert(QStringLiteral("problem"), problem->toJson());
    return object;
}

std::optional<DocumentState> DocumentState::fromManifestEntry(const QJsonObject &entry,
                                                              QString *error)
{
    DocumentState state;
    const QJsonValue id = entry.value(QStringLiteral("id"));
    // The id names a file: nothing that could step out of the session's folder.
    static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    if (!id.isString() || !safeId.match(id.toString()).hasMatch()) {
        fail(error, QCoreApplication::translate("DocumentState",
                                                "a document's id is missing or not usable"));
        return std::nullopt;
    }
    state.id = id.toString();
    if (!readString(entry, QStringLiteral("filePath"), &state.filePath, error) ||
        !readString(entry, QStringLiteral("language"), &state.languageId, error) ||
        !readString(entry, QStringLiteral("backend"), &state.backendId, error) ||
        !readBool(entry, QStringLiteral("textModified"), &state.textModified, error) ||
        !readBool(entry, QStringLiteral("problemModified"), &state.problemModified, error) ||
        !readString(entry, QStringLiteral("diskHash"), &state.diskHash, error) ||
        !readCount(entry, QStringLiteral("cursorLine"), &state.cursorLine, error) ||
        !readCount(entry, QStringLiteral("cursorIndex"), &state.cursorIndex, error) ||
        !readCount(entry, QStringLiteral("firstVisibleLine"), &state.firstVisibleLine, error))
        return std::nullopt;
    return state;
}

bool DocumentState::readContent(const QJsonObject &content, QString *error)
{
    if (content.value(QStringLiteral("id")).toString() != id)
        return fail(error, QCoreApplication::translate("DocumentState",
                                                       "its content belongs to another document"));
    if (!readString(content, QStringLiteral("stdin"), &stdinText, error))
        return false;
    const QJsonValue textValue = content.value(QStringLiteral("text"));
    if (textValue.isString())
        text = textValue.toString();
    else if (!textValue.isUndefined())
        return fail(error, QCoreApplication::translate("DocumentState", "text must be a string"));
    else if (keepsText())
        return fail(error, QCoreApplication::translate("DocumentState", "its text is missing"));
    const QJsonValue problemValue = content.value(QStringLiteral("problem"));
    if (problemValue.isUndefined())
        return true;
    if (!problemValue.isObject())
        return fail(error,
                    QCoreApplication::translate("DocumentState", "problem must be an object"));
    QString why;
    problem = Problem::fromJson(problemValue.toObject(), &why);
    if (!problem)
        return fail(error,
                    QCoreApplication::translate("DocumentState", "its problem: %1").arg(why));
    return true;
}
