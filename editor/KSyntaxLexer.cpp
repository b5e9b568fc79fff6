#include "KSyntaxLexer.h"

#include "KSyntaxLineHighlighter.h"
#include "Theme.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <Qsci/qsciscintilla.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace {
using Sci = QsciScintillaBase;

// What is kept per document line.
struct LineInfo {
    KSyntaxHighlighting::State end; // the highlighter's state after the line
    int depth = 0;                  // folding regions open after the line
    bool indentFoldingOff = false;  // starts inside a context without indentation folding
};

// Expands one style per UTF-16 unit into one per UTF-8 byte, which is what Scintilla counts.
void appendUtf8Styles(QByteArray &out, QStringView text, const QByteArray &utf16Styles,
                      int byteLength)
{
    if (text.size() == byteLength) { // ASCII: one byte per unit
        out.append(utf16Styles);
        return;
    }
    const int start = out.size();
    out.reserve(start + byteLength);
    const char *styles = utf16Styles.constData();
    const int units = int(text.size());
    for (int i = 0; i < units; ++i) {
        const char16_t unit = text[i].unicode();
        const char style = styles[i];
        int bytes = 3;
        if (unit < 0x80)
            bytes = 1;
        else if (unit < 0x800)
            bytes = 2;
        else if (QChar::isHighSurrogate(unit) && i + 1 < units &&
                 QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes = 4; // the pair is one code point of four bytes
            ++i;
        }
        out.append(bytes, style);
    }
    // Bytes that are not UTF-8 decode to replacement characters of another length; the count
    // must still match the document's.
    out.resize(start + byteLength);
}
} // namespace

struct KSyntaxLexer::Private {
    explicit Private(const KSyntaxHighlighting::Definition &definition)
        : highlighter(definition), definition(definition), language(definition.name().toUtf8())
    {
    }

    KSyntaxLineHighlighter highlighter;
    KSyntaxHighlighting::Definition definition;
    QByteArray language;
    std::vector<LineInfo> lines; // one per document line once styling has begun
    int validLines = 0;          // lines [0, validLines) are styled and their infos stored
    int lastEdited = -1;         // the last line edited since the last styling: no stopping before
    long document = 0;           // the Scintilla document the lines belong to
    int lastHighlighted = 0;
    QByteArray styles; // scratch: the bytes of one styling run
};

KSyntaxLexer *KSyntaxLexer::forDefinition(const QString &name, QObject *parent)
{
    if (name.isEmpty())
        return nullptr;
    const auto definition = KSyntaxLineHighlighter::repository().definitionForName(name);
    if (!definition.isValid())
        return nullptr;
    return new KSyntaxLexer(std::make_unique<Private>(definition), parent);
}

KSyntaxLexer *KSyntaxLexer::forFileName(const QString &fileName, QObject *parent)
{
    if (fileName.isEmpty())
        return nullptr;
    const auto definition = KSyntaxLineHighlighter::repository().definitionForFileName(fileName);
    if (!definition.isValid())
        return nullptr;
    return new KSyntaxLexer(std::make_unique<Private>(definition), parent);
}

bool KSyntaxLexer::hasDefinition(const QString &name)
{
    return KSyntaxLineHighlighter::repository().definitionForName(name).isValid();
}

KSyntaxLexer::KSyntaxLexer(std::unique_ptr<Private> d, QObject *parent)
    : QsciLexerCustom(parent), d(std::move(d))
{
}

KSyntaxLexer::~KSyntaxLexer() = default;

QString KSyntaxLexer::definitionName() const
{
    return d->definition.name();
}

bool KSyntaxLexer::foldsByIndentation() const
{
    return d->definition.indentationBasedFoldingEnabled();
}

int KSyntaxLexer::lastHighlightedLines() const
{
    return d->lastHighlighted;
}

const char *KSyntaxLexer::language() const
{
    return d->language.constData();
}

QString KSyntaxLexer::description(int style) const
{
    if (style < 0 || style >= Theme::TextStyleCount)
        return QString();
    return Theme::textStyleName(static_cast<Theme::TextStyle>(style));
}

void KSyntaxLexer::setEditor(QsciScintilla *editor)
{
    if (QsciScintilla *old = this->editor())
        disconnect(old, &QsciScintillaBase::SCN_MODIFIED, this, &KSyntaxLexer::handleModified);
    QsciLexerCustom::setEditor(editor);
    d->lines.clear();
    d->validLines = 0;
    if (editor)
        connect(editor, &QsciScintillaBase::SCN_MODIFIED, this, &KSyntaxLexer::handleModified);
}

// Keeps the per-line infos lined up with the document's lines, so that restyling after an edit
// can compare each line's new end state with the one that line ended in before.
void KSyntaxLexer::handleModified(int position, int type, const char *, int, int linesAdded, int,
                                  int, int, int, int)
{
    if (!(type & (Sci::SC_MOD_INSERTTEXT | Sci::SC_MOD_DELETETEXT)) || d->lines.empty())
        return;
    auto &lines = d->lines;
    const int line = std::min(int(editor()->SendScintilla(Sci::SCI_LINEFROMPOSITION, position)),
                              int(lines.size()) - 1);
    // The edited line's end is the end of the last line the edit touches: its stored info
    // moves there. Lines an insertion adds in front of it get none (they are never compared);
    // a deletion's joined lines take the info of the last of them.
    const auto shift = [line](int &index, int added) {
        if (index > line)
            index = added >= 0 || index > line - added ? index + added : line;
    };
    if (linesAdded > 0) {
        lines.insert(lines.begin() + line, linesAdded, LineInfo());
    } else if (linesAdded < 0) {
        const int removed = std::min(-linesAdded, int(lines.size()) - 1 - line);
        lines.erase(lines.begin() + line, lines.begin() + line + removed);
        linesAdded = -removed;
    }
    shift(d->validLines, linesAdded);
    d->validLines = std::min(d->validLines, int(lines.size()));
    shift(d->lastEdited, linesAdded);
    // Restyling may start before the edit (Scintilla often starts a line early) and must not
    // stop there on a line that merely ends as it did.
    d->lastEdited = std::max(d->lastEdited, line + std::max(linesAdded, 0));
}

void KSyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *e = editor();
    if (!e)
        return;
    const auto send = [e](unsigned int message, unsigned long w = 0, long l = 0) {
        return e->SendScintilla(message, w, l);
    };
    const int lineCount = int(send(Sci::SCI_GETLINECOUNT));
    const int length = int(send(Sci::SCI_GETLENGTH));
    const long document = send(Sci::SCI_GETDOCPOINTER);
    if (document != d->document || int(d->lines.size()) != lineCount) {
        // Another document, or edits this lexer did not see: start afresh.
        d->document = document;
        d->lines.assign(lineCount, LineInfo());
        d->validLines = 0;
    }
    auto &lines = d->lines;
    const bool foldRegions =
        d->definition.foldingEnabled() && !d->definition.indentationBasedFoldingEnabled();
    const int lastRequested =
        end >= length ? lineCount - 1 : int(send(Sci::SCI_LINEFROMPOSITION, std::max(end - 1, 0)));

    int line = std::min(int(send(Sci::SCI_LINEFROMPOSITION, start)), d->validLines);
    const int firstLine = line;
    KSyntaxHighlighting::State state =
        line > 0 ? lines[line - 1].end : KSyntaxHighlighting::State();
    int depth = line > 0 ? lines[line - 1].depth : 0;
    long runStart = send(Sci::SCI_POSITIONFROMLINE, line);
    QByteArray &styles = d->styles;
    styles.clear();
    const auto flush = [&] {
        if (styles.isEmpty())
            return;
        send(Sci::SCI_STARTSTYLING, runStart);
        e->SendScintilla(Sci::SCI_SETSTYLINGEX, uintptr_t(styles.size()), styles.constData());
        styles.clear();
    };
    d->lastHighlighted = 0;
    long styledTo = runStart;

    while (line < lineCount) {
        const long lineStart = send(Sci::SCI_POSITIONFROMLINE, line);
        const long lineEnd = send(Sci::SCI_GETLINEENDPOSITION, line);
        const long nextStart =
            line + 1 < lineCount ? send(Sci::SCI_POSITIONFROMLINE, line + 1) : long(length);
        const int byteLength = int(lineEnd - lineStart);
        const auto *bytes = reinterpret_cast<const char *>(
            static_cast<intptr_t>(send(Sci::SCI_GETRANGEPOINTER, lineStart, byteLength)));
        const QString text = QString::fromUtf8(bytes, byteLength);

        const bool indentFoldingOff = line > 0 && !state.indentationBasedFoldingEnabled();
        const KSyntaxHighlighting::State next = d->highlighter.highlight(text, state);
        ++d->lastHighlighted;
        appendUtf8Styles(styles, text, d->highlighter.styles(), byteLength);
        styles.append(int(nextStart - lineEnd), char(Theme::Normal)); // the line end

        // A line that ends deeper than the lowest depth it reaches heads a fold from there (so
        // "} else {" is one); any other line belongs to the depth it starts at, so a line that
        // only closes regions is folded away with them.
        int lineDepth = depth;
        int lowest = depth;
        for (const signed char step : d->highlighter.foldingSteps()) {
            lineDepth = std::max(0, lineDepth + step);
            lowest = std::min(lowest, lineDepth);
        }
        if (foldRegions) {
            const int level = lineDepth > lowest
                                  ? (Sci::SC_FOLDLEVELBASE + lowest) | Sci::SC_FOLDLEVELHEADERFLAG
                                  : Sci::SC_FOLDLEVELBASE + depth;
            send(Sci::SCI_SETFOLDLEVEL, line, level);
        }

        LineInfo &info = lines[line];
        const bool settled = line < d->validLines && line >= d->lastEdited && info.end == next &&
                             info.depth == lineDepth;
        info = LineInfo{next, lineDepth, indentFoldingOff};
        d->validLines = std::max(d->validLines, line + 1);
        state = next;
        depth = lineDepth;
        styledTo = nextStart;
        ++line;

        if (settled) {
            // The lines after are as they were: styled, with their stored states still true.
            flush();
            if (d->validLines > lastRequested)
                break;
            line = d->validLines;
            state = lines[line - 1].end;
            depth = lines[line - 1].depth;
            runStart = send(Sci::SCI_POSITIONFROMLINE, line);
            styledTo = runStart;
        } else if (line > lastRequested && nextStart < length) {
            // Past what Scintilla asked for and still changing: what follows is stale and gets
            // styled when it is asked for. (Not a last, empty line: Scintilla never asks for
            // that one, but its fold level counts.)
            d->validLines = line;
            break;
        }
    }
    flush();
    // Every edited line below validLines has been restyled; those above are restyled anyway.
    d->lastEdited = -1;
    // Tell Scintilla how far the styles are right, which may be beyond what it asked for.
    const long validEnd =
        d->validLines >= lineCount ? long(length) : send(Sci::SCI_POSITIONFROMLINE, d->validLines);
    send(Sci::SCI_STARTSTYLING, std::max(styledTo, validEnd));

    if (d->definition.foldingEnabled() && d->definition.indentationBasedFoldingEnabled())
        updateIndentationFolding(firstLine, std::max(firstLine, line - 1));
}

// Indentation folding (Python): a line's level is its indentation, and it heads a fold when the
// next line with text is indented deeper. Blank lines take the level of the next line with text;
// lines inside a context that suspends indentation folding (a multi-line string) stay inside the
// block around them and head nothing.
void KSyntaxLexer::updateIndentationFolding(int firstLine, int lastLine)
{
    QsciScintilla *e = editor();
    const auto &lines = d->lines;
    const int lineCount = int(lines.size());
    const auto isBlank = [e](int line) {
        return e->SendScintilla(Sci::SCI_GETLINEINDENTPOSITION, line) ==
               e->SendScintilla(Sci::SCI_GETLINEENDPOSITION, line);
    };
    const auto skipped = [&](int line) { return lines[line].indentFoldingOff || isBlank(line); };
    const auto indentOf = [e](int line) {
        return int(e->SendScintilla(Sci::SCI_GETLINEINDENTATION, line));
    };
    // Whatever the edit changed, levels change between the lines with text around it.
    int from = firstLine;
    while (from > 0 && skipped(from))
        --from;
    if (from > 0)
        --from;
    while (from > 0 && skipped(from))
        --from;
    int to = std::min(lastLine, lineCount - 1);
    while (to + 1 < lineCount && skipped(to + 1))
        ++to;
    if (to + 1 < lineCount)
        ++to;

    // The indentation of the next line with text after each line of [from, to].
    std::vector<int> nextIndent(to - from + 1, 0);
    int following = 0;
    for (int probe = to + 1; probe < lineCount; ++probe) {
        if (!skipped(probe)) {
            following = indentOf(probe);
            break;
        }
    }
    for (int line = to; line >= from; --line) {
        nextIndent[line - from] = following;
        if (!skipped(line))
            following = indentOf(line);
    }
    int previous = 0;
    for (int probe = from - 1; probe >= 0; --probe) {
        if (!skipped(probe)) {
            previous = indentOf(probe);
            break;
        }
    }
    for (int line = from; line <= to; ++line) {
        int level;
        const int after = nextIndent[line - from];
        if (lines[line].indentFoldingOff) {
            level = Sci::SC_FOLDLEVELBASE + std::max(previous, after);
        } else if (isBlank(line)) {
            level = (Sci::SC_FOLDLEVELBASE + after) | Sci::SC_FOLDLEVELWHITEFLAG;
        } else {
            previous = indentOf(line);
            level = Sci::SC_FOLDLEVELBASE + previous;
            if (after > previous)
                level |= Sci::SC_FOLDLEVELHEADERFLAG;
        }
        e->SendScintilla(Sci::SCI_SETFOLDLEVEL, line, level);
    }
}
