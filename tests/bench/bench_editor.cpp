// Highlighting in the editor, beside QScintilla's built-in C++ lexer on the same text in the same
// run: opening and fully styling a 10,000-line (about 1 MB) C++ file, and restyling after typing
// one character on a line whose end state does not change (styling from the edit to the end of a
// 50-line screen, as painting asks for it). The default highlighting is KSyntaxHighlighting where
// the build has it; otherwise both sides are QScintilla's lexer.

#include "CodeEditor.h"
#include "Highlighting.h"
#include "LexerFactory.h"
#ifdef RUNPAD_HAVE_KSYNTAXHIGHLIGHTING
#include "KSyntaxLexer.h"
#endif

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {
using Sci = QsciScintillaBase;
constexpr int Lines = 10000;
constexpr int OpenRuns = 7;
constexpr int Keystrokes = 200;
constexpr int ScreenLines = 50;

// Ordinary competitive-programming C++: includes, comments (some Korean), templates, strings,
// numbers, nested blocks; about 100 bytes a line.
QByteArray cppSource()
{
    static const char *const block[] = {
        "#include <vector>  // containers used by solve_%1, kept here so that the file compiles "
        "alone",
        "/* Segment tree over the values of test %1: point updates, range sums, and no lazy "
        "propagation */",
        "template <typename T> struct Tree%1 { std::vector<T> data; explicit Tree%1(int n) : "
        "data(2 * n) {} };",
        "static long long solve_%1(const std::vector<int> &values, int queries, long long modulo = "
        "1000000007LL)",
        "{   // solve_%1: one pass over the values; queries only shift the threshold of the branch "
        "below",
        "    long long answer = 0; // 합계: the running answer, reduced modulo the prime at every "
        "step 🎯",
        "    for (int i = 0; i < static_cast<int>(values.size()); ++i) { // every value once, left "
        "to right",
        "        if (values[i] % 2 == 0 && i + queries > 0x1F) { // even values past the threshold "
        "of queries",
        "            answer = (answer + values[i] * 31LL + 0.5e-3) % modulo; /* even values weigh "
        "more */",
        "        } else { // odd values, and even ones before the threshold, fold into the hash "
        "differently",
        "            answer = (answer * 7 + 'a' - values[i]) % modulo; // TODO: check the sign "
        "here again",
        "        } // the branch leaves answer in [0, modulo) either way, which the return below "
        "needs",
        "    } // end of the pass over the values of test %1; nothing else changes the answer "
        "after it",
        "    const char *label = \"solve_%1: \\\"done\\\" after the loop, printed only in debug "
        "builds\";",
        "    return answer > 0 ? answer : modulo - answer; // never negative, callers rely on this "
        "fact",
        "} // solve_%1 ends here; the next test's tree and solver follow with the same shape as "
        "this one",
    };
    QByteArray source;
    const int blockLines = int(std::size(block));
    for (int line = 0; line < Lines; ++line)
        source += QString::fromUtf8(block[line % blockLines])
                      .replace(QLatin1String("%1"), QString::number(line / blockLines))
                      .toUtf8() +
                  '\n';
    return source;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Milliseconds to create the editor's lexer, load the text and style all of it.
double openAndStyle(const std::function<std::unique_ptr<Highlighting>()> &highlighting,
                    const QByteArray &source)
{
    CodeEditor editor;
    editor.setHighlighting(highlighting());
    QElapsedTimer timer;
    timer.start();
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.SendScintilla(Sci::SCI_SETTEXT, 0UL, source.constData());
    editor.SendScintilla(Sci::SCI_COLOURISE, 0UL, -1L);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (editor.SendScintilla(Sci::SCI_GETENDSTYLED) != editor.SendScintilla(Sci::SCI_GETLENGTH))
        std::puts("error: the document is not styled to its end");
    return ms;
}

struct Restyle {
    double medianMs = 0;
    int restyledLines = -1; // lines the KSyntaxHighlighting lexer re-ran, at the median keystroke
};

// Median milliseconds to restyle after typing one letter inside an identifier.
Restyle typeOneCharacter(const std::function<std::unique_ptr<Highlighting>()> &highlighting,
                         const QByteArray &source)
{
    CodeEditor editor;
    editor.setHighlighting(highlighting());
    editor.setLanguage(QStringLiteral("C++"), QStringLiteral("cpp"));
    editor.SendScintilla(Sci::SCI_SETTEXT, 0UL, source.constData());
    editor.SendScintilla(Sci::SCI_COLOURISE, 0UL, -1L);
    std::vector<double> samples;
    std::vector<int> restyled;
    for (int k = 0; k < Keystrokes; ++k) {
        // "    long long answer = 0;" lines: type into "answer".
        const int line = 5 + 16 * ((k * 37) % (Lines / 16 - 1));
        const long position = editor.positionFromLineIndex(line, 16);
        editor.SendScintilla(Sci::SCI_INSERTTEXT, position, "x");
        const long screenEnd = editor.positionFromLineIndex(line + ScreenLines, 0);
        QElapsedTimer timer;
        timer.start();
        editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED),
                             screenEnd);
        samples.push_back(timer.nsecsElapsed() / 1e6);
#ifdef RUNPAD_HAVE_KSYNTAXHIGHLIGHTING
        if (auto *lexer = qobject_cast<KSyntaxLexer *>(editor.lexer()))
            restyled.push_back(lexer->lastHighlightedLines());
#endif
        editor.SendScintilla(Sci::SCI_DELETERANGE, position, 1L); // back as it was, untimed
        editor.SendScintilla(Sci::SCI_COLOURISE, editor.SendScintilla(Sci::SCI_GETENDSTYLED),
                             screenEnd);
    }
    Restyle result;
    result.medianMs = median(samples);
    if (!restyled.empty())
        result.restyledLines = int(median(std::vector<double>(restyled.begin(), restyled.end())));
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray source = cppSource();
    const auto measured = [] { return Highlighting::createDefault(); };
    const auto reference = [] { return std::make_unique<LexerFactory>(); };
    const char *highlighter =
        Highlighting::hasKSyntaxHighlighting() ? "KSyntaxHighlighting" : "QScintilla";

    // The first open also loads KSyntaxHighlighting's definitions; reported, not in the median.
    const double firstOpen = openAndStyle(measured, source);
    openAndStyle(reference, source);
    std::vector<double> opens, referenceOpens;
    for (int run = 0; run < OpenRuns; ++run) { // interleaved, so load changes hit both alike
        opens.push_back(openAndStyle(measured, source));
        referenceOpens.push_back(openAndStyle(reference, source));
    }
    const double open = median(opens), referenceOpen = median(referenceOpens);
    std::printf("name=open_style_cpp_10k_lines median_ms=%.1f reference_ms=%.1f ratio=%.2f "
                "target<300 highlighter=%s reference=QsciLexerCPP lines=%d bytes=%lld runs=%d "
                "first_open_ms=%.1f\n",
                open, referenceOpen, open / referenceOpen, highlighter, Lines,
                qint64(source.size()), OpenRuns, firstOpen);

    const Restyle typed = typeOneCharacter(measured, source);
    const Restyle referenceTyped = typeOneCharacter(reference, source);
    std::printf("name=restyle_after_one_char median_ms=%.3f reference_ms=%.3f ratio=%.2f "
                "target<2 highlighter=%s reference=QsciLexerCPP restyled_lines=%d samples=%d "
                "screen_lines=%d\n",
                typed.medianMs, referenceTyped.medianMs,
                typed.medianMs / std::max(referenceTyped.medianMs, 1e-6), highlighter,
                typed.restyledLines, Keystrokes, ScreenLines);
    return 0;
}
