#include "KSyntaxLexerFactory.h"

#include "KSyntaxLexer.h"

QsciLexer *KSyntaxLexerFactory::createLexer(const QString &ksyntaxDefinition,
                                            const QString &qscintillaLexer, const QString &fileName,
                                            QObject *parent) const
{
    if (KSyntaxLexer *lexer = KSyntaxLexer::forDefinition(ksyntaxDefinition, parent))
        return lexer;
    if (KSyntaxLexer *lexer = KSyntaxLexer::forFileName(fileName, parent))
        return lexer;
    return m_fallback.createLexer(ksyntaxDefinition, qscintillaLexer, fileName, parent);
}
