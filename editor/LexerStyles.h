#pragma once

#include "Theme.h"

#include <optional>

class QFont;
class QsciLexer;

// Which theme text style each style number of a lexer is drawn with: the KSyntaxHighlighting
// adapter's numbers are the text styles themselves, and every QScintilla lexer the languages use
// has a table, so a theme looks the same whichever build does the highlighting.
class LexerStyles {
public:
    // nullopt when the lexer has no such style or no table knows it.
    static std::optional<Theme::TextStyle> textStyleOf(const QsciLexer &lexer, int style);
    // Sets colour, paper and font attributes (over font) of every style the lexer describes.
    static void apply(const Theme &theme, QsciLexer &lexer, const QFont &font);
};
