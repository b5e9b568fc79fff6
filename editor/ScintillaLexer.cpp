#include "ScintillaLexer.h"

#include <utility>

ScintillaLexer::ScintillaLexer(const char *language, const char *lexer,
                               QVector<QByteArray> keywords, QMap<int, QString> styleNames,
                               bool caseSensitive, QObject *parent)
    : QsciLexer(parent), m_language(language), m_lexer(lexer), m_keywords(std::move(keywords)),
      m_styleNames(std::move(styleNames)), m_caseSensitive(caseSensitive)
{
}

const char *ScintillaLexer::keywords(int set) const
{
    return set >= 1 && set <= m_keywords.size() ? m_keywords.at(set - 1).constData() : nullptr;
}

ScintillaLexer *ScintillaLexer::rust(QObject *parent)
{
    // Scintilla's LexRust: SCE_RUST_* styles; keyword sets: keywords, built-in types, then
    // five more sets of the caller's choosing.
    QVector<QByteArray> keywords = {
        "as async await break const continue crate dyn else enum extern false fn for if impl in "
        "let loop match mod move mut pub ref return self Self static struct super trait true type "
        "union unsafe use where while",
        "bool char f32 f64 i8 i16 i32 i64 i128 isize str u8 u16 u32 u64 u128 usize",
        "Some None Ok Err",
        "Box String Vec Option Result HashMap HashSet BTreeMap BTreeSet VecDeque BinaryHeap Rc "
        "Arc RefCell Cell",
    };
    QMap<int, QString> styles = {
        {0, tr("Default")},           {1, tr("Block comment")},    {2, tr("Line comment")},
        {3, tr("Block doc comment")}, {4, tr("Line doc comment")}, {5, tr("Number")},
        {6, tr("Keyword")},           {7, tr("Built-in type")},    {8, tr("Constant")},
        {9, tr("Standard type")},     {10, tr("Keyword set 5")},   {11, tr("Keyword set 6")},
        {12, tr("Keyword set 7")},    {13, tr("String")},          {14, tr("Raw string")},
        {15, tr("Character")},        {16, tr("Operator")},        {17, tr("Identifier")},
        {18, tr("Lifetime")},         {19, tr("Macro")},           {20, tr("Lexical error")},
        {21, tr("Byte string")},      {22, tr("Raw byte string")}, {23, tr("Byte character")},
    };
    return new ScintillaLexer("Rust", "rust", std::move(keywords), std::move(styles), true, parent);
}

ScintillaLexer *ScintillaLexer::cobol(QObject *parent)
{
    // Scintilla's LexCOBOL compares words in lower case and borrows the C lexer's style numbers:
    // set 1 (SCE_C_WORD) for structure, set 2 (SCE_C_WORD2) for verbs, set 3 (SCE_C_UUID) for
    // the rest.
    QVector<QByteArray> keywords = {
        "identification id division program-id author environment configuration section "
        "source-computer object-computer special-names input-output file-control data file "
        "working-storage local-storage linkage screen procedure declaratives end",
        "accept add alter call cancel close compute continue delete display divide evaluate "
        "end-evaluate exit go goback if else end-if initialize inspect merge move multiply open "
        "perform end-perform read end-read release return rewrite search set sort start stop "
        "string end-string subtract unstring write when other until varying thru through times "
        "giving by from into to using returning run then not and or",
        "pic picture value values occurs depending indexed ascending descending key is are "
        "comp comp-3 binary packed-decimal redefines filler zero zeros zeroes space spaces "
        "high-value high-values low-value low-values quote quotes all function length trim "
        "numval upper-case lower-case reverse",
    };
    QMap<int, QString> styles = {
        {0, tr("Default")},   {2, tr("Comment")},          {3, tr("Comment block")},
        {4, tr("Number")},    {5, tr("Keyword")},          {6, tr("String")},
        {7, tr("String")},    {8, tr("Extended keyword")}, {9, tr("Preprocessor")},
        {10, tr("Operator")}, {11, tr("Identifier")},      {16, tr("Verb")},
    };
    return new ScintillaLexer("COBOL", "COBOL", std::move(keywords), std::move(styles), false,
                              parent);
}
