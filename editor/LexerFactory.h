#pragma once

#include "Highlighting.h"

// Highlighting through QScintilla's built-in lexers, chosen by the `highlight.qscintilla` name.
class LexerFactory : public Highlighting {
public:
    QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                           QObject *parent) const override;
};
