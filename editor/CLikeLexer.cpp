#include "CLikeLexer.h"

#include <utility>

CLikeLexer::CLikeLexer(const char *language, QByteArray keywords, QByteArray types,
                       QByteArray builtIns, bool backQuotedStrings, QObject *parent)
    : QsciLexerCPP(parent), m_language(language), m_keywords(std::move(keywords)),
      m_types(std::move(types)), m_builtIns(std::move(builtIns)),
      m_backQuotedStrings(backQuotedStrings)
{
}

CLikeLexer *CLikeLexer::go(QObject *parent)
{
    return new CLikeLexer(
        "Go",
        "break case chan const continue default defer else fallthrough for func go goto if "
        "import interface map package range return select struct switch type var",
        "any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 "
        "int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr",
        "append cap clear close complex copy delete false imag iota len make max min new nil "
        "panic print println real recover true",
        true, parent);
}

CLikeLexer *CLikeLexer::typeScript(QObject *parent)
{
    return new CLikeLexer(
        "TypeScript",
        "abstract as async await break case catch class const continue debugger declare default "
        "delete do else enum export extends finally for from function get if implements import "
        "in instanceof interface is keyof let module namespace new of private protected public "
        "readonly return satisfies set static super switch this throw try type typeof var void "
        "while with yield",
        "any bigint boolean never number object string symbol undefined unknown void",
        "Array Boolean Date Error JSON Map Math Number Object Promise RegExp Set String console "
        "false null require true",
        true, parent);
}

const char *CLikeLexer::keywords(int set) const
{
    switch (set) {
    case 1:
        return m_keywords.constData();
    case 2:
        return m_types.constData();
    case 4:
        return m_builtIns.constData();
    default:
        return nullptr;
    }
}

void CLikeLexer::refreshProperties()
{
    QsciLexerCPP::refreshProperties();
    // Go's raw strings and TypeScript's template literals, in back quotes.
    emit propertyChanged("lexer.cpp.backquoted.strings", m_backQuotedStrings ? "1" : "0");
}
