#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What the app knows of a language from resources/languages/<id>.json: enough to pick a language
// for a file, name new files, highlight and edit them and start them from a template. Which
// toolchains actually exist is the backend's answer (runtimes), not this.
struct LanguageInfo {
    QString id;       // the data file's base name, e.g. "cpp"
    QString language; // Piston's canonical name, e.g. "c++"
    QString name;     // for people, e.g. "C++"
    QStringList aliases;
    QStringList extensions; // without dots; the first names new files
    bool compiled = false;  // it has a compile command: the program is built before it runs
    QString ksyntaxDefinition;
    QString qscintillaLexer;
    QString templateText;
    // How the editor edits it (the "editor" object): comment tokens and indentation.
    QString lineComment; // empty when the language has none
    QString blockCommentStart;
    QString blockCommentEnd;
    bool indentWithTabs = false;
    int indentWidth = 4;
    // Line endings after which Enter indents one level more ("{", Python's ":", "then").
    QStringList indentAfter = {QStringLiteral("{"), QStringLiteral("["), QStringLiteral("(")};
};

// The language data compiled into the app (the :/languages resource).
class LanguageCatalog {
public:
    static const LanguageCatalog &instance();
    // Reads every *.json in a directory; bad files are skipped with a warning.
    explicit LanguageCatalog(const QString &directory);

    const QList<LanguageInfo> &languages() const { return m_languages; }
    // nullptr when nothing matches. Names are matched against language, id and aliases.
    const LanguageInfo *byName(const QString &nameOrAlias) const;
    // By extension; where several languages have it, the one it names (.py: Python, not PyPy).
    const LanguageInfo *byFileName(const QString &fileName) const;

private:
    QList<LanguageInfo> m_languages;
};
