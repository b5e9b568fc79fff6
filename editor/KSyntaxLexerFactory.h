#pragma once

#include "Highlighting.h"
#include "LexerFactory.h"

// Highlighting through KSyntaxHighlighting: the definition named by the language data, else the
// one that claims the file name, else QScintilla's lexer for the language.
class KSyntaxLexerFactory : public Highlighting {
public:
    QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                           const QString &fileName, QObject *parent) const override;

private:
    LexerFactory m_fallback;
};
