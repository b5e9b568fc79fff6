#pragma once

#include "Highlighting.h"

#include <QStringList>

// Highlighting through QScintilla's built-in lexers, chosen by the `highlight.qscintilla` name or,
// failing that, by the file name's extension.
class LexerFactory : public Highlighting {
public:
    QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                           const QString &fileName, QObject *parent) const override;

    // A lexer by its name here ("cpp", "python", "rust", ...); nullptr for an unknown name.
    static QsciLexer *createByName(const QString &name, QObject *parent);
    static QStringList lexerNames();
    // The lexer name for a file name's extension ("main.rs" -> "rust"); empty when unknown.
    static QString lexerNameForFile(const QString &fileName);
};
