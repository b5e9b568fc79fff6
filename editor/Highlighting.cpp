#include "Highlighting.h"

#include "LexerFactory.h"
#ifdef RUNPAD_HAVE_KSYNTAXHIGHLIGHTING
#include "KSyntaxLexerFactory.h"
#endif

std::unique_ptr<Highlighting> Highlighting::createDefault()
{
#ifdef RUNPAD_HAVE_KSYNTAXHIGHLIGHTING
    return std::make_unique<KSyntaxLexerFactory>();
#else
    return std::make_unique<LexerFactory>();
#endif
}

bool Highlighting::hasKSyntaxHighlighting()
{
#ifdef RUNPAD_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}
