#pragma once

#include <QString>

#include <memory>

class QObject;
class QsciLexer;

// Turns a language's highlighting names into a QScintilla lexer. LexerFactory uses QScintilla's own
// lexers; KSyntaxLexerFactory uses KSyntaxHighlighting where the build has it.
class Highlighting {
public:
    virtual ~Highlighting() = default;

    // ksyntaxDefinition and qscintillaLexer are the language data's `highlight` names; fileName
    // (may be empty) picks a definition when the names do not. Returns nullptr for plain text;
    // otherwise a lexer owned by parent.
    virtual QsciLexer *createLexer(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                                   const QString &fileName, QObject *parent) const = 0;

    // KSyntaxHighlighting when this build has it, QScintilla's lexers otherwise.
    static std::unique_ptr<Highlighting> createDefault();
    static bool hasKSyntaxHighlighting();
};
