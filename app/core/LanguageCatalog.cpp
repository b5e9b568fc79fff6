#include "LanguageCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

#include <optional>

// Q_INIT_RESOURCE must be used outside any namespace. It is needed because the resource lives in a
// static library, whose unreferenced initialiser the linker would otherwise drop.
static void initLanguageResource()
{
    Q_INIT_RESOURCE(languages);
}

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

// The "editor" object; a bad field is reported and left at its default.
void readEditing(const QJsonObject &editor, const QString &path, LanguageInfo *info)
{
    const auto bad = [&path](const char *field, const char *expected) {
        qWarning("LanguageCatalog: %s: editor.%s must be %s", qPrintable(path), field, expected);
    };
    const QJsonValue lineComment = editor.value(QStringLiteral("line_comment"));
    if (lineComment.isString())
        info->lineComment = lineComment.toString();
    else if (!lineComment.isUndefined())
        bad("line_comment", "a string");

    const QJsonValue blockComment = editor.value(QStringLiteral("block_comment"));
    const QStringList pair = toStringList(blockComment);
    if (blockComment.isArray() && pair.size() == 2 && !pair.at(0).isEmpty() &&
        !pair.at(1).isEmpty()) {
        info->blockCommentStart = pair.at(0);
        info->blockCommentEnd = pair.at(1);
    } else if (!blockComment.isUndefined()) {
        bad("block_comment", "two strings, start and end");
    }

    const QJsonValue width = editor.value(QStringLiteral("indent_width"));
    if (width.isDouble() && width.toInt() >= 1 && width.toInt() <= 16 &&
        width.toDouble() == width.toInt())
        info->indentWidth = width.toInt();
    else if (!width.isUndefined())
        bad("indent_width", "a whole number from 1 to 16");

    const QJsonValue tabs = editor.value(QStringLiteral("tabs"));
    if (tabs.isBool())
        info->indentWithTabs = tabs.toBool();
    else if (!tabs.isUndefined())
        bad("tabs", "true or false");

    const QJsonValue indentAfter = editor.value(QStringLiteral("indent_after"));
    if (indentAfter.isArray())
        info->indentAfter = toStringList(indentAfter);
    else if (!indentAfter.isUndefined())
        bad("indent_after", "an array of strings");
}

std::optional<LanguageInfo> readLanguage(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("LanguageCatalog: cannot read %s: %s", qPrintable(path),
                 qPrintable(file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(QStringLiteral("language")).isString()) {
        qWarning("LanguageCatalog: skipping %s: %s", qPrintable(path),
                 error.error != QJsonParseError::NoError ? qPrintable(error.errorString())
                                                         : "no \"language\" string");
        return std::nullopt;
    }

    LanguageInfo info;
    info.id = QFileInfo(path).completeBaseName();
    info.language = object.value(QStringLiteral("language")).toString();
    info.name = object.value(QStringLiteral("name")).toString(info.language);
    info.aliases = toStringList(object.value(QStringLiteral("aliases")));
    info.extensions = toStringList(object.value(QStringLiteral("extensions")));
    info.compiled = object.contains(QStringLiteral("compile"));
    const QJsonObject highlight = object.value(QStringLiteral("highlight")).toObject();
    info.ksyntaxDefinition = highlight.value(QStringLiteral("ksyntax")).toString();
    info.qscintillaLexer = highlight.value(QStringLiteral("qscintilla")).toString();
    info.templateText = object.value(QStringLiteral("template")).toString();
    const QJsonValue editor = object.value(QStringLiteral("editor"));
    if (!editor.isUndefined() && !editor.isObject())
        qWarning("LanguageCatalog: %s: \"editor\" must be an object", qPrintable(path));
    readEditing(editor.toObject(), path, &info);
    return info;
}

} // namespace

const LanguageCatalog &LanguageCatalog::instance()
{
    static const LanguageCatalog catalog = [] {
        initLanguageResource();
        return LanguageCatalog(QStringLiteral(":/languages"));
    }();
    return catalog;
}

LanguageCatalog::LanguageCatalog(const QString &directory)
{
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (std::optional<LanguageInfo> info = readLanguage(dir.filePath(name)))
            m_languages.append(*info);
    }
}

const LanguageInfo *LanguageCatalog::byName(const QString &nameOrAlias) const
{
    // People type "Python" or "CPP"; case does not tell languages apart.
    for (const LanguageInfo &info : m_languages) {
        if (info.language.compare(nameOrAlias, Qt::CaseInsensitive) == 0 ||
            info.id.compare(nameOrAlias, Qt::CaseInsensitive) == 0 ||
            info.aliases.contains(nameOrAlias, Qt::CaseInsensitive))
            return &info;
    }
    return nullptr;
}

const LanguageInfo *LanguageCatalog::byFileName(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix();
    if (suffix.isEmpty())
        return nullptr;
    // Where languages share an extension (Python and PyPy: .py), the one named by it wins.
    const LanguageInfo *found = nullptr;
    for (const LanguageInfo &info : m_languages) {
        if (!info.extensions.contains(suffix, Qt::CaseInsensitive))
            continue;
        if (info.language.compare(suffix, Qt::CaseInsensitive) == 0 ||
            info.aliases.contains(suffix, Qt::CaseInsensitive))
            return &info;
        if (!found)
            found = &info;
    }
    return found;
}
