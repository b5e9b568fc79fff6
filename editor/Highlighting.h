#pragma once

#include <QString>

class QObject;
class QsciLexer;

// Turns a language's highlighting names into a QScintilla lexer. QScintilla's own lexers implement
// it now; a KSyntaxHighlighting adapter (a QsciLexerCustom) can implement it later without the
// editor changing.
class Highlighting {
public:
    virtual ~Highlighting() = default;

    // ksyntaxDefinition and qscintillaLexer are the language data's `highlight` names. Returns
    // nullptr for plain text; otherwise a lexer owned by parent.
    virtual QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                                   QObject *parent) const = 0;
};
