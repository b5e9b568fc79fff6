#include "LexerFactory.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerpython.h>

QsciLexer *LexerFactory::createLexer(const QString &ksyntaxDefinition,
                                     const QString &qscintillaLexer, QObject *parent) const
{
    Q_UNUSED(ksyntaxDefinition) // QScintilla's lexers have their own names
    const QString name = qscintillaLexer.toLower();
    if (name == QLatin1String("cpp"))
        return new QsciLexerCPP(parent);
    if (name == QLatin1String("python"))
        return new QsciLexerPython(parent);
    if (name == QLatin1String("javascript"))
        return new QsciLexerJavaScript(parent);
    if (name == QLatin1String("bash"))
        return new QsciLexerBash(parent);
    return nullptr;
}
