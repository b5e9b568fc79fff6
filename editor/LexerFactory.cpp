#include "LexerFactory.h"

#include "CLikeLexer.h"
#include "ScintillaLexer.h"

#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexerfortran.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerlua.h>
#include <Qsci/qscilexerpascal.h>
#include <Qsci/qscilexerperl.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qscilexertcl.h>
#include <Qsci/qscilexercmake.h>
#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexermakefile.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>

#include <QFileInfo>

#include <functional>
#include <utility>

namespace {
template <typename Lexer> QsciLexer *make(QObject *parent)
{
    return new Lexer(parent);
}

// Name -> how to make it. "html" is also PHP's: QScintilla's HTML lexer styles <?php ... ?>.
const std::pair<const char *, QsciLexer *(*)(QObject *)> Lexers[] = {
    {"bash", make<QsciLexerBash>},
    {"cobol", [](QObject *parent) -> QsciLexer * { return ScintillaLexer::cobol(parent); }},
    {"cpp", make<QsciLexerCPP>},
    {"csharp", make<QsciLexerCSharp>},
    {"fortran", make<QsciLexerFortran>},
    {"go", [](QObject *parent) -> QsciLexer * { return CLikeLexer::go(parent); }},
    {"html", make<QsciLexerHTML>},
    {"java", make<QsciLexerJava>},
    {"javascript", make<QsciLexerJavaScript>},
    {"lua", make<QsciLexerLua>},
    {"pascal", make<QsciLexerPascal>},
    {"perl", make<QsciLexerPerl>},
    {"python", make<QsciLexerPython>},
    {"ruby", make<QsciLexerRuby>},
    {"rust", [](QObject *parent) -> QsciLexer * { return ScintillaLexer::rust(parent); }},
    {"sql", make<QsciLexerSQL>},
    {"tcl", make<QsciLexerTCL>},
    {"typescript", [](QObject *parent) -> QsciLexer * { return CLikeLexer::typeScript(parent); }},
    // Not languages RunPad runs, but files a user opens beside the code.
    {"cmake", make<QsciLexerCMake>},
    {"css", make<QsciLexerCSS>},
    {"diff", make<QsciLexerDiff>},
    {"json", make<QsciLexerJSON>},
    {"makefile", make<QsciLexerMakefile>},
    {"markdown", make<QsciLexerMarkdown>},
    {"properties", make<QsciLexerProperties>},
    {"xml", make<QsciLexerXML>},
    {"yaml", make<QsciLexerYAML>},
};

const std::pair<const char *, const char *> Extensions[] = {
    {"bash", "bash"},      {"c", "cpp"},       {"cbl", "cobol"},   {"cc", "cpp"},
    {"cjs", "javascript"}, {"cob", "cobol"},   {"cpp", "cpp"},     {"cs", "csharp"},
    {"cxx", "cpp"},        {"f03", "fortran"}, {"f08", "fortran"}, {"f90", "fortran"},
    {"f95", "fortran"},    {"go", "go"},       {"h", "cpp"},       {"hh", "cpp"},
    {"hpp", "cpp"},        {"htm", "html"},    {"html", "html"},   {"java", "java"},
    {"js", "javascript"},  {"lpr", "pascal"},  {"lua", "lua"},     {"mjs", "javascript"},
    {"pas", "pascal"},     {"php", "html"},    {"pl", "perl"},     {"pm", "perl"},
    {"pp", "pascal"},      {"py", "python"},   {"rb", "ruby"},     {"rs", "rust"},
    {"sh", "bash"},        {"sql", "sql"},     {"tcl", "tcl"},     {"ts", "typescript"},
    {"cmake", "cmake"},    {"css", "css"},     {"diff", "diff"},   {"patch", "diff"},
    {"json", "json"},      {"mk", "makefile"}, {"md", "markdown"}, {"ini", "properties"},
    {"xml", "xml"},        {"yaml", "yaml"},   {"yml", "yaml"},
};
} // namespace

QsciLexer *LexerFactory::createLexer(const QString &ksyntaxDefinition,
                                     const QString &qscintillaLexer, const QString &fileName,
                                     QObject *parent) const
{
    Q_UNUSED(ksyntaxDefinition) // QScintilla's lexers have their own names
    if (QsciLexer *lexer = createByName(qscintillaLexer, parent))
        return lexer;
    return createByName(lexerNameForFile(fileName), parent);
}

QsciLexer *LexerFactory::createByName(const QString &name, QObject *parent)
{
    const QString lower = name.toLower();
    for (const auto &[lexerName, create] : Lexers)
        if (lower == QLatin1String(lexerName))
            return create(parent);
    return nullptr;
}

QStringList LexerFactory::lexerNames()
{
    QStringList names;
    for (const auto &entry : Lexers)
        names.append(QString::fromLatin1(entry.first));
    return names;
}

QString LexerFactory::lexerNameForFile(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (name == QLatin1String("Makefile") || name == QLatin1String("GNUmakefile"))
        return QStringLiteral("makefile");
    if (name == QLatin1String("CMakeLists.txt"))
        return QStringLiteral("cmake");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return QString();
    for (const auto &[extension, lexerName] : Extensions)
        if (suffix == QLatin1String(extension))
            return QString::fromLatin1(lexerName);
    return QString();
}
