#include "LexerStyles.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintillabase.h>

#include <QFont>

#include <cstring>
#include <initializer_list>
#include <utility>

namespace {
using TS = Theme::TextStyle;
using Table = std::initializer_list<std::pair<int, TS>>;

// Styles of Scintilla's C-family lexer (QsciLexerCPP and its Java, JavaScript and C# kin).
// Single-quoted literals are characters there, strings in JavaScript and TypeScript.
std::optional<TS> cppStyle(int style, bool singleQuotesAreStrings)
{
    // Code under a false #if draws as a comment, whatever it is.
    if (style >= 64 && style < 64 + 28)
        return cppStyle(style - 64, singleQuotesAreStrings).has_value()
                   ? std::optional<TS>(Theme::Comment)
                   : std::nullopt;
    static const Table table = {
        {0, Theme::Normal},          {1, Theme::Comment},
        {2, Theme::Comment},         {3, Theme::Documentation},
        {4, Theme::DecVal},          {5, Theme::Keyword},
        {6, Theme::String},          {7, Theme::Char},
        {8, Theme::Others},          {9, Theme::Preprocessor},
        {10, Theme::Operator},       {11, Theme::Normal},
        {12, Theme::Error},          {13, Theme::VerbatimString},
        {14, Theme::SpecialString},  {15, Theme::Documentation},
        {16, Theme::DataType},       {17, Theme::Annotation},
        {18, Theme::Error},          {19, Theme::BuiltIn},
        {20, Theme::VerbatimString}, {21, Theme::VerbatimString},
        {22, Theme::String},         {23, Theme::Comment},
        {24, Theme::Documentation},  {25, Theme::Constant},
        {26, Theme::Alert},          {27, Theme::SpecialChar},
    };
    if (style == 7 && singleQuotesAreStrings)
        return Theme::String;
    for (const auto &[number, textStyle] : table)
        if (number == style)
            return textStyle;
    return std::nullopt;
}

// Styles of the HTML lexer, which QScintilla uses for PHP: HTML, then blocks of embedded
// JavaScript, VBScript, Python and PHP at fixed offsets.
std::optional<TS> htmlStyle(int style)
{
    static const Table html = {
        {0, Theme::Normal},        {1, Theme::Keyword},       {2, Theme::Error},
        {3, Theme::Attribute},     {4, Theme::Error},         {5, Theme::DecVal},
        {6, Theme::String},        {7, Theme::String},        {8, Theme::Normal},
        {9, Theme::Comment},       {10, Theme::SpecialChar},  {11, Theme::Keyword},
        {12, Theme::Preprocessor}, {13, Theme::Preprocessor}, {14, Theme::Keyword},
        {15, Theme::Preprocessor}, {16, Theme::Preprocessor}, {17, Theme::VerbatimString},
        {18, Theme::Preprocessor}, {19, Theme::String},       {20, Theme::Comment},
        {21, Theme::Others},       {22, Theme::Keyword},      {23, Theme::Others},
        {24, Theme::String},       {25, Theme::String},       {26, Theme::Error},
        {27, Theme::Others},       {28, Theme::SpecialChar},  {29, Theme::Comment},
        {30, Theme::Comment},      {31, Theme::Others},
    };
    // start, default, comment, line comment, doc comment, number, word, keyword, "", '', symbol,
    // unclosed string, regex
    static const TS javaScript[] = {
        Theme::Preprocessor,  Theme::Normal, Theme::Comment,  Theme::Comment,
        Theme::Documentation, Theme::DecVal, Theme::Normal,   Theme::Keyword,
        Theme::String,        Theme::String, Theme::Operator, Theme::Error,
        Theme::SpecialString,
    };
    // start, default, comment, number, keyword, string, identifier, unclosed string
    static const TS vbScript[] = {
        Theme::Preprocessor, Theme::Normal, Theme::Comment, Theme::DecVal,
        Theme::Keyword,      Theme::String, Theme::Normal,  Theme::Error,
    };
    // start, default, comment, number, "", '', keyword, ''' ''', """ """, class name, def name,
    // operator, identifier
    static const TS python[] = {
        Theme::Preprocessor,   Theme::Normal,   Theme::Comment,  Theme::DecVal,
        Theme::String,         Theme::String,   Theme::Keyword,  Theme::VerbatimString,
        Theme::VerbatimString, Theme::DataType, Theme::Function, Theme::Operator,
        Theme::Normal,
    };
    // default, "", '', keyword, number, $variable, comment, line comment, "$var", operator
    static const TS php[] = {
        Theme::Normal,   Theme::String,  Theme::String,  Theme::Keyword,  Theme::DecVal,
        Theme::Variable, Theme::Comment, Theme::Comment, Theme::Variable, Theme::Operator,
    };
    const auto in = [style](int first, const auto &block) -> std::optional<TS> {
        const int index = style - first;
        if (index >= 0 && index < int(std::size(block)))
            return block[index];
        return std::nullopt;
    };
    for (const auto &[number, textStyle] : html)
        if (number == style)
            return textStyle;
    for (const auto &found : {in(40, javaScript), in(55, javaScript), in(70, vbScript),
                              in(80, vbScript), in(90, python), in(105, python), in(118, php)})
        if (found)
            return found;
    return std::nullopt;
}

const Table &tableFor(const char *lexerName)
{
    static const Table none = {};
    static const Table python = {
        {0, Theme::Normal},         {1, Theme::Comment},        {2, Theme::DecVal},
        {3, Theme::String},         {4, Theme::String},         {5, Theme::Keyword},
        {6, Theme::VerbatimString}, {7, Theme::VerbatimString}, {8, Theme::DataType},
        {9, Theme::Function},       {10, Theme::Operator},      {11, Theme::Normal},
        {12, Theme::Comment},       {13, Theme::Error},         {14, Theme::BuiltIn},
        {15, Theme::Attribute},     {16, Theme::SpecialString}, {17, Theme::SpecialString},
        {18, Theme::SpecialString}, {19, Theme::SpecialString},
    };
    static const Table bash = {
        {0, Theme::Normal},   {1, Theme::Error},           {2, Theme::Comment},
        {3, Theme::DecVal},   {4, Theme::Keyword},         {5, Theme::String},
        {6, Theme::String},   {7, Theme::Operator},        {8, Theme::Normal},
        {9, Theme::Variable}, {10, Theme::Variable},       {11, Theme::SpecialString},
        {12, Theme::Others},  {13, Theme::VerbatimString},
    };
    static const Table ruby = {
        {0, Theme::Normal},          {1, Theme::Error},          {2, Theme::Comment},
        {3, Theme::Documentation},   {4, Theme::DecVal},         {5, Theme::Keyword},
        {6, Theme::String},          {7, Theme::String},         {8, Theme::DataType},
        {9, Theme::Function},        {10, Theme::Operator},      {11, Theme::Normal},
        {12, Theme::SpecialString},  {13, Theme::Variable},      {14, Theme::Constant},
        {15, Theme::DataType},       {16, Theme::Variable},      {17, Theme::Variable},
        {18, Theme::SpecialString},  {19, Theme::Others},        {20, Theme::Others},
        {21, Theme::VerbatimString}, {24, Theme::String},        {25, Theme::String},
        {26, Theme::SpecialString},  {27, Theme::SpecialString}, {28, Theme::String},
        {29, Theme::Normal},         {30, Theme::BuiltIn},       {31, Theme::BuiltIn},
        {40, Theme::BuiltIn},
    };
    static const Table perl = {
        {0, Theme::Normal},          {1, Theme::Error},           {2, Theme::Comment},
        {3, Theme::Documentation},   {4, Theme::DecVal},          {5, Theme::Keyword},
        {6, Theme::String},          {7, Theme::String},          {10, Theme::Operator},
        {11, Theme::Normal},         {12, Theme::Variable},       {13, Theme::Variable},
        {14, Theme::Variable},       {15, Theme::Variable},       {17, Theme::SpecialString},
        {18, Theme::SpecialString},  {20, Theme::SpecialString},  {21, Theme::Others},
        {22, Theme::Others},         {23, Theme::VerbatimString}, {24, Theme::VerbatimString},
        {25, Theme::VerbatimString}, {26, Theme::String},         {27, Theme::String},
        {28, Theme::SpecialString},  {29, Theme::SpecialString},  {30, Theme::String},
        {31, Theme::Documentation},  {40, Theme::Function},       {41, Theme::Others},
        {42, Theme::VerbatimString}, {43, Theme::Variable},       {44, Theme::SpecialString},
        {54, Theme::Variable},       {55, Theme::Variable},       {57, Theme::Variable},
        {61, Theme::Variable},       {62, Theme::Variable},       {64, Theme::Variable},
        {65, Theme::Variable},       {66, Theme::Variable},
    };
    static const Table lua = {
        {0, Theme::Normal},     {1, Theme::Comment},        {2, Theme::Comment},
        {4, Theme::DecVal},     {5, Theme::Keyword},        {6, Theme::String},
        {7, Theme::String},     {8, Theme::VerbatimString}, {9, Theme::Preprocessor},
        {10, Theme::Operator},  {11, Theme::Normal},        {12, Theme::Error},
        {13, Theme::BuiltIn},   {14, Theme::BuiltIn},       {15, Theme::BuiltIn},
        {16, Theme::Extension}, {17, Theme::Extension},     {18, Theme::Extension},
        {19, Theme::Extension}, {20, Theme::Others},
    };
    static const Table sql = {
        {0, Theme::Normal},        {1, Theme::Comment},    {2, Theme::Comment},
        {3, Theme::Documentation}, {4, Theme::DecVal},     {5, Theme::Keyword},
        {6, Theme::String},        {7, Theme::String},     {8, Theme::Keyword},
        {9, Theme::Others},        {10, Theme::Operator},  {11, Theme::Normal},
        {13, Theme::Comment},      {15, Theme::Comment},   {17, Theme::Annotation},
        {18, Theme::Error},        {19, Theme::DataType},  {20, Theme::BuiltIn},
        {21, Theme::Extension},    {22, Theme::Extension}, {23, Theme::Variable},
        {24, Theme::Operator},
    };
    static const Table fortran = {
        {0, Theme::Normal},    {1, Theme::Comment},    {2, Theme::DecVal},
        {3, Theme::String},    {4, Theme::String},     {5, Theme::Error},
        {6, Theme::Operator},  {7, Theme::Normal},     {8, Theme::Keyword},
        {9, Theme::BuiltIn},   {10, Theme::Extension}, {11, Theme::Preprocessor},
        {12, Theme::Operator}, {13, Theme::Others},    {14, Theme::Others},
    };
    static const Table pascal = {
        {0, Theme::Normal},       {1, Theme::Normal},    {2, Theme::Comment},
        {3, Theme::Comment},      {4, Theme::Comment},   {5, Theme::Preprocessor},
        {6, Theme::Preprocessor}, {7, Theme::DecVal},    {8, Theme::BaseN},
        {9, Theme::Keyword},      {10, Theme::String},   {11, Theme::Error},
        {12, Theme::Char},        {13, Theme::Operator}, {14, Theme::Others},
    };
    static const Table tcl = {
        {0, Theme::Normal},     {1, Theme::Comment},    {2, Theme::Comment},
        {3, Theme::DecVal},     {4, Theme::String},     {5, Theme::String},
        {6, Theme::Operator},   {7, Theme::Normal},     {8, Theme::Variable},
        {9, Theme::Variable},   {10, Theme::Attribute}, {11, Theme::Keyword},
        {12, Theme::Keyword},   {13, Theme::BuiltIn},   {14, Theme::Extension},
        {15, Theme::BuiltIn},   {16, Theme::Extension}, {17, Theme::Extension},
        {18, Theme::Extension}, {19, Theme::Extension}, {20, Theme::Comment},
        {21, Theme::Comment},
    };
    // Scintilla's Rust lexer (SCE_RUST_*).
    static const Table rust = {
        {0, Theme::Normal},        {1, Theme::Comment},         {2, Theme::Comment},
        {3, Theme::Documentation}, {4, Theme::Documentation},   {5, Theme::DecVal},
        {6, Theme::Keyword},       {7, Theme::DataType},        {8, Theme::Constant},
        {9, Theme::BuiltIn},       {10, Theme::Extension},      {11, Theme::Extension},
        {12, Theme::Extension},    {13, Theme::String},         {14, Theme::VerbatimString},
        {15, Theme::Char},         {16, Theme::Operator},       {17, Theme::Normal},
        {18, Theme::Attribute},    {19, Theme::Preprocessor},   {20, Theme::Error},
        {21, Theme::String},       {22, Theme::VerbatimString}, {23, Theme::Char},
    };
    // Scintilla's COBOL lexer, which borrows the C lexer's numbers (SCE_C_*).
    static const Table cobol = {
        {0, Theme::Normal},    {2, Theme::Comment}, {3, Theme::Documentation},
        {4, Theme::DecVal},    {5, Theme::Keyword}, {6, Theme::String},
        {7, Theme::String},    {8, Theme::BuiltIn}, {9, Theme::Preprocessor},
        {10, Theme::Operator}, {11, Theme::Normal}, {16, Theme::ControlFlow},
    };
    // Files opened beside the code: data, markup and build files.
    static const Table json = {
        {0, Theme::Normal},   {1, Theme::DecVal},      {2, Theme::String},  {3, Theme::Error},
        {4, Theme::DataType}, {5, Theme::SpecialChar}, {6, Theme::Comment}, {7, Theme::Comment},
        {8, Theme::Operator}, {9, Theme::Others},      {10, Theme::Others}, {11, Theme::Keyword},
        {12, Theme::Keyword}, {13, Theme::Error},
    };
    static const Table yaml = {
        {0, Theme::Normal},       {1, Theme::Comment},       {2, Theme::DataType},
        {3, Theme::Keyword},      {4, Theme::DecVal},        {5, Theme::Variable},
        {6, Theme::RegionMarker}, {7, Theme::SpecialString}, {8, Theme::Error},
        {9, Theme::Operator},
    };
    static const Table markdown = {
        {0, Theme::Normal},          {1, Theme::SpecialChar},     {2, Theme::Keyword},
        {3, Theme::Keyword},         {4, Theme::Attribute},       {5, Theme::Attribute},
        {6, Theme::Function},        {7, Theme::Function},        {8, Theme::Function},
        {9, Theme::Function},        {10, Theme::Function},       {11, Theme::Function},
        {12, Theme::Normal},         {13, Theme::Operator},       {14, Theme::Operator},
        {15, Theme::Comment},        {16, Theme::Others},         {17, Theme::RegionMarker},
        {18, Theme::Others},         {19, Theme::VerbatimString}, {20, Theme::VerbatimString},
        {21, Theme::VerbatimString},
    };
    static const Table css = {
        {0, Theme::Normal},        {1, Theme::Keyword},       {2, Theme::DataType},
        {3, Theme::Attribute},     {4, Theme::Error},         {5, Theme::Operator},
        {6, Theme::Function},      {7, Theme::Error},         {8, Theme::String},
        {9, Theme::Comment},       {10, Theme::DataType},     {11, Theme::Alert},
        {12, Theme::Preprocessor}, {13, Theme::String},       {14, Theme::String},
        {15, Theme::Function},     {16, Theme::Attribute},    {17, Theme::Function},
        {18, Theme::Attribute},    {19, Theme::Function},     {20, Theme::Attribute},
        {21, Theme::Attribute},    {22, Theme::Preprocessor}, {23, Theme::Variable},
    };
    static const Table cmake = {
        {0, Theme::Normal},       {1, Theme::Comment},      {2, Theme::String},
        {3, Theme::String},       {4, Theme::String},       {5, Theme::Function},
        {6, Theme::Variable},     {7, Theme::Others},       {8, Theme::Extension},
        {9, Theme::ControlFlow},  {10, Theme::ControlFlow}, {11, Theme::ControlFlow},
        {12, Theme::ControlFlow}, {13, Theme::Variable},    {14, Theme::DecVal},
    };
    static const Table diff = {
        {0, Theme::Normal}, {1, Theme::Comment}, {2, Theme::Keyword}, {3, Theme::DataType},
        {4, Theme::Others}, {5, Theme::Error},   {6, Theme::String},  {7, Theme::Warning},
        {8, Theme::String}, {9, Theme::String},  {10, Theme::Error},  {11, Theme::Error},
    };
    static const Table makefile = {
        {0, Theme::Normal},   {1, Theme::Comment},  {2, Theme::Preprocessor}, {3, Theme::Variable},
        {4, Theme::Operator}, {5, Theme::Function}, {9, Theme::Error},
    };
    static const Table properties = {
        {0, Theme::Normal},   {1, Theme::Comment}, {2, Theme::Keyword},
        {3, Theme::Operator}, {4, Theme::String},  {5, Theme::DataType},
    };
    static const std::pair<const char *, const Table *> tables[] = {
        {"python", &python}, {"bash", &bash}, {"ruby", &ruby},         {"perl", &perl},
        {"lua", &lua},       {"sql", &sql},   {"fortran", &fortran},   {"f77", &fortran},
        {"pascal", &pascal}, {"tcl", &tcl},   {"rust", &rust},         {"COBOL", &cobol},
        {"json", &json},     {"yaml", &yaml}, {"markdown", &markdown}, {"css", &css},
        {"cmake", &cmake},   {"diff", &diff}, {"makefile", &makefile}, {"props", &properties},
    };
    for (const auto &[name, table] : tables)
        if (std::strcmp(name, lexerName) == 0)
            return *table;
    return none;
}
} // namespace

std::optional<Theme::TextStyle> LexerStyles::textStyleOf(const QsciLexer &lexer, int style)
{
    const char *name = lexer.lexer();
    if (!name) {
        // A custom lexer; the only one here is the KSyntaxHighlighting adapter, whose style
        // numbers are the text styles.
        if (lexer.inherits("KSyntaxLexer") && style >= 0 && style < Theme::TextStyleCount)
            return static_cast<TS>(style);
        return std::nullopt;
    }
    if (std::strcmp(name, "cpp") == 0 || std::strcmp(name, "cppnocase") == 0) {
        const char *language = lexer.language();
        const bool singleQuotesAreStrings =
            std::strcmp(language, "JavaScript") == 0 || std::strcmp(language, "TypeScript") == 0;
        return cppStyle(style, singleQuotesAreStrings);
    }
    if (std::strcmp(name, "hypertext") == 0 || std::strcmp(name, "xml") == 0)
        return htmlStyle(style);
    for (const auto &[number, textStyle] : tableFor(name))
        if (number == style)
            return textStyle;
    return std::nullopt;
}

void LexerStyles::apply(const Theme &theme, QsciLexer &lexer, const QFont &font)
{
    if (!theme.isValid())
        return;
    lexer.setDefaultFont(font);
    lexer.setDefaultColor(theme.foreground());
    lexer.setDefaultPaper(theme.background());
    // The default style (what margins and space past the text are drawn with) changes only
    // through the per-style setters, which signal the editor; the defaults above do not.
    lexer.setColor(theme.foreground(), QsciScintillaBase::STYLE_DEFAULT);
    lexer.setPaper(theme.background(), QsciScintillaBase::STYLE_DEFAULT);
    lexer.setFont(font, QsciScintillaBase::STYLE_DEFAULT);
    for (int style = 0; style <= QsciScintillaBase::STYLE_MAX; ++style) {
        if (lexer.description(style).isEmpty())
            continue;
        const Theme::Format format =
            theme.format(textStyleOf(lexer, style).value_or(Theme::Normal));
        QFont styled = font;
        styled.setBold(format.bold);
        styled.setItalic(format.italic);
        styled.setUnderline(format.underline);
        styled.setStrikeOut(format.strikeThrough);
        lexer.setFont(styled, style);
        lexer.setColor(format.foreground, style);
        lexer.setPaper(format.background.isValid() ? format.background : theme.background(), style);
        // A style's own background ends with its text, not at the window's edge.
        lexer.setEolFill(false, style);
    }
}
