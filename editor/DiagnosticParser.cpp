#include "DiagnosticParser.h"

#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

using Severity = Diagnostic::Severity;

struct Line {
    qsizetype offset = 0; // of its first character in the whole text
    QStringView text;     // without its line break
};

// A location inside one line: what it names and the span [start, end) of the line that says it.
struct Location {
    QStringView file;
    int line = 0;
    int column = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

// One frame of a stack trace, and what to call it as a note ("in f", "at Main.main").
struct Frame {
    qsizetype lineIndex = 0;
    Location location;
    QString what;
    bool user = false;
};

// How far back a stack trace looks for the exception line it belongs to.
constexpr qsizetype MessageWindow = 30;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isBlankLine(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

QStringView trimmedLeft(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.mid(i);
}

// An indented "at ..." line: a frame of a node or JVM stack trace.
bool isAtFrame(QStringView line)
{
    return !line.isEmpty() && isBlank(line[0]) && trimmedLeft(line).startsWith(u"at ");
}

// Reads a decimal number at `pos` and moves past it; -1 when there is none. Huge numbers saturate.
int readNumber(QStringView text, qsizetype &pos)
{
    const qsizetype begin = pos;
    int value = 0;
    for (; pos < text.size() && isDigit(text[pos]); ++pos) {
        if (value < 100'000'000)
            value = value * 10 + (text[pos].unicode() - u'0');
    }
    return pos == begin ? -1 : value;
}

bool isAllDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isDigit);
}

QStringView withoutScheme(QStringView file)
{
    return file.startsWith(u"file://") ? file.mid(7) : file;
}

// A file name must end in an extension that starts with a letter ("main.cpp", "./main.go",
// "/box/main.py"), which keeps times, ratios, URLs and version numbers out.
bool isPlausibleFile(QStringView file)
{
    file = withoutScheme(file);
    if (file.isEmpty() || file.size() > 4096)
        return false;
    for (QChar c : file) {
        if (!c.isLetterOrNumber() && !QStringView(u"._/-+~@$#%\\").contains(c))
            return false;
    }
    const QStringView name = file.mid(file.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    const qsizetype extension = name.size() - dot - 1;
    if (dot <= 0 || extension < 1 || extension > 12 || !isAsciiLetter(name[dot + 1]))
        return false;
    return std::all_of(name.begin() + dot + 1, name.end(),
                       [](QChar c) { return isAsciiLetter(c) || isDigit(c) || c == u'+'; });
}

bool hasExtension(QStringView file, std::initializer_list<QStringView> extensions)
{
    return std::any_of(extensions.begin(), extensions.end(),
                       [file](QStringView e) { return file.endsWith(e); });
}

// Interpreters' and toolchains' own files: not where the user's mistake is.
bool isLibraryPath(QStringView file)
{
    file = withoutScheme(file);
    // "../sysdeps/..." is glibc's own source in a native backtrace.
    static const QStringView prefixes[] = {u"/usr/", u"/lib/", u"/opt/", u"<", u"node:", u"../"};
    static const QStringView parts[] = {u"/lib/python",    u"/site-packages/",  u"/dist-packages/",
                                        u"/node_modules/", u"/lib/ruby/",       u"/gems/",
                                        u"/rustc/",        u"/.cargo/registry/"};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [file](QStringView p) { return file.startsWith(p); }) ||
           std::any_of(std::begin(parts), std::end(parts),
                       [file](QStringView p) { return file.contains(p); });
}

// Java and Kotlin frames name classes, not paths: "java.base/java.lang.Integer.parseInt".
bool isLibraryFunction(QStringView function)
{
    static const QStringView prefixes[] = {u"java.",    u"javax.",  u"jdk.",  u"sun.",
                                           u"com.sun.", u"kotlin.", u"scala."};
    return function.contains(u'/') ||
           std::any_of(std::begin(prefixes), std::end(prefixes),
                       [function](QStringView p) { return function.startsWith(p); });
}

// "FILE:LINE[:COL]" at `from`: the file runs to the first ':' that a digit follows, without blanks.
std::optional<Location> readFileLineColumn(QStringView text, qsizetype from)
{
    qsizetype colon = from;
    while (colon < text.size() && !isBlank(text[colon]) &&
           !(text[colon] == u':' && colon + 1 < text.size() && isDigit(text[colon + 1])))
        ++colon;
    if (colon == from || colon >= text.size() || text[colon] != u':')
        return std::nullopt;
    Location location;
    location.file = text.mid(from, colon - from);
    location.start = from;
    qsizetype pos = colon + 1;
    location.line = readNumber(text, pos);
    if (pos + 1 < text.size() && text[pos] == u':' && isDigit(text[pos + 1])) {
        ++pos;
        location.column = readNumber(text, pos);
    }
    location.end = pos;
    return location;
}

// The whole of `text` (which starts at `start` in its line) is "FILE:LINE[:COL]".
std::optional<Location> readTrailingLocation(QStringView text, qsizetype start)
{
    const qsizetype last = text.lastIndexOf(u':');
    if (last <= 0 || !isAllDigits(text.mid(last + 1)))
        return std::nullopt;
    Location location;
    location.start = start;
    location.end = start + text.size();
    qsizetype pos = last + 1;
    const int second = readNumber(text, pos);
    const qsizetype before = text.lastIndexOf(u':', last - 1);
    if (before > 0 && isAllDigits(text.mid(before + 1, last - before - 1))) {
        pos = before + 1;
        location.line = readNumber(text, pos);
        location.column = second;
        location.file = text.left(before);
    } else {
        location.line = second;
        location.file = text.left(last);
    }
    if (!isPlausibleFile(location.file))
        return std::nullopt;
    return location;
}

// Only blanks and carets: the line under a quoted source line that points at the column.
qsizetype caretColumn(QStringView text)
{
    const qsizetype caret = text.indexOf(u'^');
    if (caret < 0)
        return -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBlank(text[i]) && text[i] != u'^' && text[i] != u'~')
            return -1;
    }
    return caret + 1;
}

// "NameError: msg", "json.decoder.JSONDecodeError: msg", "KeyboardInterrupt",
// "AssertionError [ERR_ASSERTION]: msg"; with `needsMessage`, the bare name is not enough.
bool looksLikeExceptionLine(QStringView text, bool needsMessage = false)
{
    if (text.isEmpty() || !(isAsciiLetter(text[0]) || text[0] == u'_'))
        return false;
    qsizetype i = 0;
    while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'_' || text[i] == u'.'))
        ++i;
    if (text.mid(i).startsWith(u" [")) {
        const qsizetype close = text.indexOf(u']', i);
        if (close < 0)
            return false;
        i = close + 1;
    }
    return (i == text.size() && !needsMessage) || (i < text.size() && text[i] == u':');
}

// The exception line a stack trace belongs to, without the launcher's words around it.
QString exceptionMessage(QStringView text)
{
    static const QStringView prefixes[] = {u"Caused by: ", u"Uncaught "};
    if (text.startsWith(u"Exception in thread \"")) {
        const qsizetype close = text.indexOf(u"\" ", 21);
        if (close > 0)
            text = text.mid(close + 2);
    }
    for (QStringView prefix : prefixes) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    text = text.trimmed();
    return looksLikeExceptionLine(text) ? text.toString() : QString();
}

class Scanner {
public:
    explicit Scanner(const QString &output)
    {
        const QStringView all(output);
        qsizetype start = 0;
        while (start < all.size()) {
            qsizetype end = all.indexOf(u'\n', start);
            if (end < 0)
                end = all.size();
            QStringView text = all.mid(start, end - start);
            if (text.endsWith(u'\r'))
                text.chop(1);
            m_lines.push_back({start, text});
            start = end + 1;
        }
    }

    QList<Diagnostic> run()
    {
        const qsizetype count = qsizetype(m_lines.size());
        for (qsizetype i = 0; i < count;) {
            const qsizetype next = scanLine(i);
            i = next > i ? next : i + 1;
        }
        std::stable_sort(
            m_found.begin(), m_found.end(),
            [](const Diagnostic &a, const Diagnostic &b) { return a.offset < b.offset; });
        return m_found;
    }

private:
    QStringView text(qsizetype i) const
    {
        return i < qsizetype(m_lines.size()) ? m_lines[size_t(i)].text : QStringView();
    }

    bool exists(qsizetype i) const { return i < qsizetype(m_lines.size()); }

    void add(qsizetype lineIndex, const Location &location, Severity severity,
             const QString &message)
    {
        Diagnostic d;
        d.file = withoutScheme(location.file).toString();
        d.line = location.line;
        d.column = location.column;
        d.severity = severity;
        d.message = message;
        d.offset = m_lines[size_t(lineIndex)].offset + location.start;
        d.length = location.end - location.start;
        m_found.append(d);
    }

    // Handles line i and maybe some after it; returns the next line to look at.
    qsizetype scanLine(qsizetype i)
    {
        const QStringView line = text(i);
        if (line.isEmpty())
            return i + 1;
        if (isBlank(line[0])) {
            if (line.startsWith(u"  File \""))
                return python(i);
            if (isAtFrame(line))
                return stack(i, std::nullopt);
            return i + 1; // quoted source, carets, continuation lines
        }
        qsizetype next = -1;
        if (line == u"Traceback (most recent call last):")
            next = python(i);
        else if (line.startsWith(u"thread '"))
            next = rustPanic(i);
        else if (line.startsWith(u"goroutine ") && line.endsWith(u"]:"))
            next = goStack(i);
        else if (line.startsWith(u"At line "))
            next = fortranRuntime(i);
        if (next < 0)
            next = rustc(i);
        if (next < 0)
            next = php(i);
        if (next < 0)
            next = fileFirst(i);
        if (next < 0)
            next = fortranMessage(i);
        if (next < 0)
            next = perl(i);
        if (next < 0)
            next = bash(i);
        if (next >= 0)
            return next;
        // Nothing of ours: maybe the exception line of a stack trace that follows.
        m_candidate = i;
        if (line.startsWith(u"panic: ") || line.startsWith(u"fatal error: "))
            m_panic = i;
        return i + 1;
    }

    enum class Failing { FirstFrame, LastFrame, None };

    // Error at the header when the tool names one (the first frame that repeats it is dropped),
    // else at the first (or, for Python, the last) user frame; other user frames become notes.
    // A stack without an exception (a native backtrace after the error) gives notes only.
    void emitStack(const std::vector<Frame> &frames, const QString &message,
                   const std::optional<Frame> &header, Failing failing)
    {
        const Frame *error = nullptr;
        if (header) {
            add(header->lineIndex, header->location, Severity::Error, message);
        } else if (failing != Failing::None) {
            auto pick = [&](auto begin, auto end) -> const Frame * {
                const auto user = std::find_if(begin, end, [](const Frame &f) { return f.user; });
                return user != end ? &*user : begin != end ? &*begin : nullptr;
            };
            error = failing == Failing::LastFrame ? pick(frames.rbegin(), frames.rend())
                                                  : pick(frames.begin(), frames.end());
            if (!error)
                return;
            add(error->lineIndex, error->location, Severity::Error, message);
        }
        bool repeatSkipped = !header;
        for (const Frame &frame : frames) {
            if (&frame == error || !frame.user)
                continue;
            if (!repeatSkipped && frame.location.file == header->location.file &&
                frame.location.line == header->location.line) {
                repeatSkipped = true;
                continue;
            }
            add(frame.lineIndex, frame.location, Severity::Note, frame.what);
        }
    }

    // The exception line that came just before a stack trace, if it is near enough.
    QString takeCandidate(qsizetype stackStart, qsizetype &candidate)
    {
        QString message;
        if (candidate >= 0 && candidate >= stackStart - MessageWindow &&
            candidate >= m_lastStackEnd)
            message = exceptionMessage(text(candidate));
        candidate = -1;
        return message;
    }

    // Python: "Traceback (most recent call last):", '  File "f", line N, in g' frames and the
    // exception line; SyntaxError prints the frame and the exception line only.
    qsizetype python(qsizetype i)
    {
        const bool traceback = text(i).startsWith(u"Traceback");
        std::vector<Frame> frames;
        qsizetype j = traceback ? i + 1 : i;
        for (; exists(j); ++j) {
            const QStringView line = text(j);
            if (line.isEmpty() || !isBlank(line[0]))
                break;
            if (!line.startsWith(u"  File \""))
                continue;
            const qsizetype close = line.indexOf(u"\", line ", 8);
            if (close < 0)
                continue;
            Frame frame;
            frame.lineIndex = j;
            frame.location.file = line.mid(8, close - 8);
            qsizetype pos = close + 8;
            frame.location.line = readNumber(line, pos);
            frame.location.start = 2;
            frame.location.end = pos;
            if (frame.location.line < 0)
                continue;
            if (line.mid(pos).startsWith(u", in "))
                frame.what = QStringLiteral("in ") + line.mid(pos + 5).toString();
            frame.user = !isLibraryPath(frame.location.file);
            frames.push_back(frame);
        }
        // Without the "Traceback" line, only a "XxxError: msg" line makes this Python's.
        const bool ended = exists(j) && looksLikeExceptionLine(text(j), !traceback);
        if (!ended && !traceback)
            return -1;
        emitStack(frames, ended ? text(j).trimmed().toString() : QString(), std::nullopt,
                  Failing::LastFrame);
        m_lastStackEnd = ended ? j + 1 : j;
        return m_lastStackEnd;
    }

    // A native backtrace names a frame's function on the line above its "at file:line":
    // "   3: main::pick" (Rust), "#6  0x55d5e74272 in MAIN__" (gfortran, glibc).
    static QStringView nativeFunction(QStringView line)
    {
        const QStringView body = trimmedLeft(line);
        if (body.startsWith(u'#') && body.size() > 1 && isDigit(body[1])) {
            const qsizetype in = body.indexOf(u" in ");
            return in < 0 ? QStringView() : body.mid(in + 4);
        }
        qsizetype pos = 0;
        if (readNumber(body, pos) < 0 || !body.mid(pos).startsWith(u": "))
            return QStringView();
        return body.mid(pos + 2);
    }

    // Frames of node and the JVM, "at f (file:line:col)", "at file:line:col", "at C.m(F.java:3)",
    // and of native backtraces. Returns the line after them.
    qsizetype readAtFrames(qsizetype i, std::vector<Frame> &frames)
    {
        QStringView native = i > 0 ? nativeFunction(text(i - 1)) : QStringView();
        qsizetype j = i;
        for (; exists(j); ++j) {
            const QStringView line = text(j);
            const QStringView body = trimmedLeft(line);
            if (body.startsWith(u"... ") && body.endsWith(u" more") && body.size() < line.size())
                continue;
            if (const QStringView name = nativeFunction(line); !name.isEmpty()) {
                native = name;
                continue;
            }
            if (body.size() == line.size() || !body.startsWith(u"at "))
                break;
            QStringView content = body.mid(3).trimmed();
            const qsizetype contentStart = line.size() - body.size() + 3;
            QStringView function;
            QStringView place = content;
            qsizetype placeStart = contentStart;
            if (content.endsWith(u')')) {
                const qsizetype open = content.lastIndexOf(u'(');
                if (open < 0)
                    continue;
                function = content.left(open).trimmed();
                place = content.mid(open + 1, content.size() - open - 2);
                placeStart = contentStart + open + 1;
            }
            const auto location = readTrailingLocation(place, placeStart);
            if (!location)
                continue; // "(native)", "(<anonymous>)", "(Native Method)", node:internal
            Frame frame;
            frame.lineIndex = j;
            frame.location = *location;
            if (!function.isEmpty())
                frame.what = QStringLiteral("at ") + function.toString();
            else if (!native.isEmpty())
                frame.what = QStringLiteral("in ") + native.toString();
            else
                frame.what = QStringLiteral("at <anonymous>");
            native = QStringView();
            frame.user = !isLibraryPath(location->file) && !isLibraryFunction(function);
            frames.push_back(frame);
        }
        return j;
    }

    qsizetype stack(qsizetype i, const std::optional<Frame> &header, const QString &message = {})
    {
        std::vector<Frame> frames;
        const qsizetype end = readAtFrames(i, frames);
        const QString exception = header ? message : takeCandidate(i, m_candidate);
        emitStack(frames, exception, header,
                  header || !exception.isEmpty() ? Failing::FirstFrame : Failing::None);
        m_lastStackEnd = end;
        return end;
    }

    // rustc: "error[E0425]: msg" then " --> src/main.rs:2:5"; the header alone is a summary.
    qsizetype rustc(qsizetype i)
    {
        const QStringView line = text(i);
        static const std::pair<QStringView, Severity> words[] = {{u"error", Severity::Error},
                                                                 {u"warning", Severity::Warning},
                                                                 {u"note", Severity::Note},
                                                                 {u"help", Severity::Note}};
        const auto word = std::find_if(std::begin(words), std::end(words),
                                       [line](const auto &w) { return line.startsWith(w.first); });
        if (word == std::end(words) || !exists(i + 1))
            return -1;
        qsizetype pos = word->first.size();
        QString code;
        if (pos < line.size() && line[pos] == u'[') {
            const qsizetype close = line.indexOf(u"]: ", pos);
            if (close < 0)
                return -1;
            code = line.mid(pos + 1, close - pos - 1).toString();
            pos = close + 1;
        }
        if (!line.mid(pos).startsWith(u": "))
            return -1;
        const QStringView arrowLine = text(i + 1);
        const QStringView arrow = trimmedLeft(arrowLine);
        if (!arrow.startsWith(u"--> "))
            return -1;
        const qsizetype start = arrowLine.size() - arrow.size() + 4;
        const auto location = readFileLineColumn(arrowLine, start);
        if (!location || location->end != arrowLine.size() || !isPlausibleFile(location->file))
            return -1;
        const QString message = line.mid(pos + 2).trimmed().toString();
        add(i + 1, *location, word->second,
            code.isEmpty() ? message : code + QStringLiteral(": ") + message);
        return i + 2;
    }

    // "thread 'main' panicked at 'msg', src/main.rs:2:5" (before Rust 1.73) or
    // "thread 'main' panicked at src/main.rs:2:5:" followed by the message.
    qsizetype rustPanic(qsizetype i)
    {
        const QStringView line = text(i);
        const qsizetype at = line.indexOf(u"' panicked at ");
        if (at < 0)
            return -1;
        const qsizetype rest = at + 14;
        if (line.mid(rest).startsWith(u'\'')) {
            const qsizetype comma = line.lastIndexOf(u"', ");
            if (comma <= rest)
                return -1;
            const auto location = readTrailingLocation(line.mid(comma + 3), comma + 3);
            if (!location)
                return -1;
            add(i, *location, Severity::Error, line.mid(rest + 1, comma - rest - 1).toString());
            return i + 1;
        }
        if (!line.endsWith(u':'))
            return -1;
        const auto location = readTrailingLocation(line.mid(rest, line.size() - rest - 1), rest);
        if (!location)
            return -1;
        add(i, *location, Severity::Error, text(i + 1).trimmed().toString());
        return exists(i + 1) ? i + 2 : i + 1;
    }

    // Go: "panic: msg" (or "fatal error: msg"), then "goroutine 1 [running]:" and pairs of
    // "main.f(...)" / "\t/box/main.go:6 +0x1d" lines.
    qsizetype goStack(qsizetype i)
    {
        std::vector<Frame> frames;
        QStringView function;
        qsizetype j = i + 1;
        for (; exists(j) && !text(j).isEmpty(); ++j) {
            const QStringView line = text(j);
            if (!isBlank(line[0])) {
                if (!line.endsWith(u')') && !line.startsWith(u"created by "))
                    break; // the goroutine's frames are over
                function = line;
                continue;
            }
            const auto location = readFileLineColumn(line, 1);
            if (!location || !isPlausibleFile(location->file))
                continue;
            Frame frame;
            frame.lineIndex = j;
            frame.location = *location;
            frame.what = QStringLiteral("in ") + function.toString();
            frame.user = !isLibraryPath(location->file);
            frames.push_back(frame);
        }
        // Only the goroutine that panicked: a deadlock lists every other one after it.
        if (m_panic >= 0 && m_panic >= i - MessageWindow && m_panic >= m_lastStackEnd)
            emitStack(frames, text(m_panic).trimmed().toString(), std::nullopt,
                      Failing::FirstFrame);
        m_panic = -1;
        m_lastStackEnd = j;
        return j;
    }

    // gfortran at run time: "At line 6 of file main.f90" then "Fortran runtime error: msg".
    qsizetype fortranRuntime(qsizetype i)
    {
        const QStringView line = text(i);
        qsizetype pos = 8;
        Location location;
        location.start = 3;
        location.line = readNumber(line, pos);
        if (location.line < 0 || !line.mid(pos).startsWith(u" of file "))
            return -1;
        // "At line 4 of file main.f90 (unit = 5, file = 'stdin')"
        location.file = line.mid(pos + 9);
        if (const qsizetype blank = location.file.indexOf(u' '); blank >= 0)
            location.file = location.file.left(blank);
        location.end = pos + 9 + location.file.size();
        const QStringView next = text(i + 1);
        const bool warning = next.startsWith(u"Fortran runtime warning: ");
        if (!isPlausibleFile(location.file) ||
            !(warning || next.startsWith(u"Fortran runtime error: ")))
            return -1;
        add(i, location, warning ? Severity::Warning : Severity::Error,
            next.mid(next.indexOf(u": ") + 2).trimmed().toString());
        return i + 2;
    }

    // "PHP Parse error:  msg in /box/main.php on line 3", "Fatal error: Uncaught E: msg in f:4",
    // then maybe "Stack trace:" with "#0 /box/main.php(11): f()" and "  thrown in ...".
    qsizetype php(qsizetype i)
    {
        static const std::pair<QStringView, Severity> kinds[] = {
            {u"Parse error: ", Severity::Error},
            {u"Fatal error: ", Severity::Error},
            {u"Recoverable fatal error: ", Severity::Error},
            {u"Warning: ", Severity::Warning},
            {u"Notice: ", Severity::Warning},
            {u"Deprecated: ", Severity::Warning}};
        QStringView line = text(i);
        qsizetype base = 0;
        if (line.startsWith(u"PHP "))
            base = 4;
        const QStringView rest = line.mid(base);
        const auto kind = std::find_if(std::begin(kinds), std::end(kinds),
                                       [rest](const auto &k) { return rest.startsWith(k.first); });
        if (kind == std::end(kinds))
            return -1;
        const qsizetype bodyStart = base + kind->first.size();
        const QStringView body = line.mid(bodyStart);
        const qsizetype in = body.lastIndexOf(u" in ");
        if (in < 0)
            return -1;
        const QStringView place = body.mid(in + 4);
        const qsizetype onLine = place.lastIndexOf(u" on line ");
        Location location;
        if (onLine > 0 && isAllDigits(place.mid(onLine + 9))) {
            location.file = place.left(onLine);
            qsizetype pos = onLine + 9;
            location.line = readNumber(place, pos);
            location.start = bodyStart + in + 4;
            location.end = line.size();
        } else if (const auto trailing = readTrailingLocation(place, bodyStart + in + 4)) {
            location = *trailing;
        } else {
            return -1;
        }
        if (!isPlausibleFile(location.file))
            return -1;
        Frame header;
        header.lineIndex = i;
        header.location = location;
        const QString message = body.left(in).trimmed().toString();
        if (text(i + 1) != u"Stack trace:") {
            add(i, location, kind->second, message);
            return i + 1;
        }
        std::vector<Frame> frames;
        qsizetype j = i + 2;
        for (; exists(j) && text(j).startsWith(u'#'); ++j) {
            const QStringView frameLine = text(j);
            const qsizetype space = frameLine.indexOf(u' ');
            const qsizetype open = space < 0 ? -1 : frameLine.indexOf(u'(', space);
            const qsizetype close = open < 0 ? -1 : frameLine.indexOf(u"): ", open);
            if (close < 0)
                continue; // "#2 {main}", "#1 [internal function]: f()"
            Frame frame;
            frame.lineIndex = j;
            frame.location.file = frameLine.mid(space + 1, open - space - 1);
            qsizetype pos = open + 1;
            frame.location.line = readNumber(frameLine, pos);
            frame.location.start = space + 1;
            frame.location.end = close + 1;
            if (pos != close || !isPlausibleFile(frame.location.file))
                continue;
            frame.what = frameLine.mid(close + 3).toString();
            frame.user = !isLibraryPath(frame.location.file);
            frames.push_back(frame);
        }
        if (exists(j) && trimmedLeft(text(j)).startsWith(u"thrown in "))
            ++j; // repeats the header's location
        emitStack(frames, message, header, Failing::FirstFrame);
        m_lastStackEnd = j;
        return j;
    }

    // Lines that start with a file name: gcc/clang/javac/go/ruby/lua, node's uncaught-exception
    // header, ld, fpc, mcs, tsc and gfortran's bare location.
    qsizetype fileFirst(qsizetype i)
    {
        const QStringView line = text(i);
        if (const qsizetype next = fileWithParentheses(i); next >= 0)
            return next;
        if (const qsizetype next = linker(i); next >= 0)
            return next;
        auto location = readFileLineColumn(line, 0);
        if (!location || !isPlausibleFile(location->file)) {
            // "lua: main.lua:3: msg", "/usr/bin/lua5.4: main.lua:3: msg"
            const qsizetype prefix = line.indexOf(u": ");
            if (prefix <= 0 || line.left(prefix).contains(u' '))
                return -1;
            location = readFileLineColumn(line, prefix + 2);
            if (!location || !location->file.endsWith(u".lua"))
                return -1;
        }
        const QStringView rest = line.mid(location->end);
        if (rest.isEmpty())
            return nodeHeader(i, *location);
        if (rest == u":") {
            m_pendingFortran = i; // gfortran: the message follows the quoted source
            m_pendingLocation = *location;
            return i + 1;
        }
        if (rest.startsWith(u" - ")) // tsc --pretty: "main.ts:3:5 - error TS2304: msg"
            return codedMessage(i, *location, rest.mid(3)) ? i + 1 : -1;
        if (rest.startsWith(u":in `") || rest.startsWith(u":in '"))
            return ruby(i, *location);
        if (!rest.startsWith(u": "))
            return -1;
        const QStringView body = rest.mid(2);
        static const std::pair<QStringView, Severity> words[] = {
            {u"error: ", Severity::Error},     {u"fatal error: ", Severity::Error},
            {u"warning: ", Severity::Warning}, {u"note: ", Severity::Note},
            {u"remark: ", Severity::Note},     {u"Error: ", Severity::Error},
            {u"Warning: ", Severity::Warning}};
        for (const auto &[word, severity] : words) {
            if (body.startsWith(word)) {
                fillColumnFromCaret(i, *location);
                add(i, *location, severity, body.mid(word.size()).trimmed().toString());
                return i + 1;
            }
        }
        const QStringView file = location->file;
        std::optional<Severity> severity;
        if (body.startsWith(u"  ") && location->column > 0)
            severity = Severity::Note; // gcc: "main.cpp:14:14:   required from here"
        else if (body.startsWith(u"undefined reference to ") ||
                 body.startsWith(u"multiple definition of "))
            severity = Severity::Error; // ld, with debug information
        else if (hasExtension(file, {u".go", u".rb", u".lua"}))
            severity = Severity::Error; // these tools print no severity word
        else if (looksLikeExceptionLine(body) && body.indexOf(u':') > 0 &&
                 body.left(body.indexOf(u':')).endsWith(u"Warning"))
            severity = Severity::Warning; // Python's warnings module
        if (!severity)
            return -1;
        fillColumnFromCaret(i, *location);
        add(i, *location, *severity,
            severity == Severity::Warning ? body.toString() : body.trimmed().toString());
        if (file.endsWith(u".lua") && text(i + 1) == u"stack traceback:")
            return luaStack(i, *location, body.trimmed().toString());
        return i + 1;
    }

    // javac and ruby give no column but quote the line and put a caret under it.
    void fillColumnFromCaret(qsizetype i, Location &location) const
    {
        if (location.column == 0 && exists(i + 2) && !isBlankLine(text(i + 1)))
            location.column = int(std::max<qsizetype>(caretColumn(text(i + 2)), 0));
    }

    // "error TS2304: msg", "warning CS0168: msg": the code stays in the message.
    bool codedMessage(qsizetype i, const Location &location, QStringView body)
    {
        std::optional<Severity> severity;
        if (body.startsWith(u"error "))
            severity = Severity::Error;
        else if (body.startsWith(u"warning "))
            severity = Severity::Warning;
        else if (body.startsWith(u"info ") || body.startsWith(u"message "))
            severity = Severity::Note;
        if (!severity)
            return false;
        add(i, location, *severity, body.mid(body.indexOf(u' ') + 1).trimmed().toString());
        return true;
    }

    // fpc "main.pas(6,15) Error: msg", mcs and tsc "main.cs(8,22): error CS0103: msg".
    qsizetype fileWithParentheses(qsizetype i)
    {
        const QStringView line = text(i);
        qsizetype open = 0;
        while (open < line.size() && line[open] != u'(' && !isBlank(line[open]))
            ++open;
        if (open >= line.size() || line[open] != u'(' || !isPlausibleFile(line.left(open)))
            return -1;
        Location location;
        location.file = line.left(open);
        qsizetype pos = open + 1;
        location.line = readNumber(line, pos);
        if (location.line < 0)
            return -1;
        if (pos + 1 < line.size() && line[pos] == u',') {
            ++pos;
            location.column = readNumber(line, pos);
        }
        if (pos >= line.size() || line[pos] != u')' || location.column < 0)
            return -1;
        location.end = pos + 1;
        const QStringView rest = line.mid(pos + 1);
        if (rest.startsWith(u": "))
            return codedMessage(i, location, rest.mid(2)) ? i + 1 : -1;
        static const std::pair<QStringView, Severity> words[] = {{u" Error: ", Severity::Error},
                                                                 {u" Fatal: ", Severity::Error},
                                                                 {u" Warning: ", Severity::Warning},
                                                                 {u" Note: ", Severity::Note},
                                                                 {u" Hint: ", Severity::Note}};
        for (const auto &[word, severity] : words) {
            if (rest.startsWith(word)) {
                const QStringView message = rest.mid(word.size()).trimmed();
                // fpc's closing "There were 1 errors compiling module" is not about that line.
                if (!message.startsWith(u"There were "))
                    add(i, location, severity, message.toString());
                return i + 1;
            }
        }
        return -1;
    }

    // ld: "main.cpp:(.text+0x6): undefined reference to `f()'" has no line number.
    qsizetype linker(qsizetype i)
    {
        const QStringView line = text(i);
        const qsizetype colon = line.indexOf(u":(");
        const qsizetype close = line.indexOf(u"): ", colon + 1);
        if (colon <= 0 || close < 0 || !isPlausibleFile(line.left(colon)))
            return -1;
        Location location;
        location.file = line.left(colon);
        location.end = close + 1;
        add(i, location, Severity::Error, line.mid(close + 3).trimmed().toString());
        return i + 1;
    }

    // node's uncaught exception: "/box/main.js:2", the source line, a caret, the "XxxError: msg"
    // line, then the "at" frames.
    qsizetype nodeHeader(qsizetype i, Location location)
    {
        const qsizetype column = caretColumn(text(i + 2));
        if (location.column != 0 || !exists(i + 2) || column < 0)
            return -1;
        location.column = int(column);
        qsizetype j = i + 3;
        while (exists(j) && isBlankLine(text(j)))
            ++j;
        QString message;
        if (exists(j) && !isAtFrame(text(j))) {
            message = text(j).trimmed().toString();
            ++j;
        }
        Frame header;
        header.lineIndex = i;
        header.location = location;
        if (exists(j) && isAtFrame(text(j)))
            return stack(j, header, message);
        emitStack({}, message, header, Failing::FirstFrame);
        m_lastStackEnd = j;
        return j;
    }

    // Ruby: "main.rb:2:in `f': msg (NameError)", maybe a highlighted excerpt, then
    // "\tfrom main.rb:6:in `g'" frames.
    qsizetype ruby(qsizetype i, const Location &location)
    {
        const QStringView line = text(i);
        const qsizetype quoteEnd = line.indexOf(u"': ", location.end + 5);
        const QString message =
            quoteEnd < 0 ? QString() : line.mid(quoteEnd + 3).trimmed().toString();
        std::vector<Frame> frames{{i, location, QString(), !isLibraryPath(location.file)}};
        qsizetype j = i + 1;
        qsizetype end = j;
        for (int skipped = 0; exists(j) && skipped < 10; ++j) {
            const QStringView next = text(j);
            if (next.startsWith(u"\tfrom ")) {
                const auto frameLocation = readFileLineColumn(next, 6);
                if (!frameLocation || !isPlausibleFile(frameLocation->file))
                    break;
                Frame frame{j, *frameLocation, QString(), !isLibraryPath(frameLocation->file)};
                const QStringView what = next.mid(frameLocation->end);
                frame.what = (what.startsWith(u':') ? what.mid(1) : what).toString();
                frames.push_back(frame);
                end = j + 1;
            } else if (next.isEmpty() || next.startsWith(u"  ")) {
                ++skipped; // error_highlight's excerpt
            } else {
                break;
            }
        }
        emitStack(frames, message, std::nullopt, Failing::FirstFrame);
        m_lastStackEnd = end;
        return end;
    }

    // Lua: the error line, then "stack traceback:" and "\tmain.lua:7: in local 'f'" frames.
    qsizetype luaStack(qsizetype i, const Location &location, const QString &message)
    {
        m_found.removeLast(); // re-added by emitStack, with the frames
        std::vector<Frame> frames;
        qsizetype j = i + 2;
        for (; exists(j) && text(j).startsWith(u'\t'); ++j) {
            const QStringView line = text(j);
            const auto frameLocation = readFileLineColumn(line, 1);
            if (!frameLocation || !isPlausibleFile(frameLocation->file))
                continue; // "\t[C]: in ?", "\t(...tail calls...)"
            Frame frame{j, *frameLocation, QString(), !isLibraryPath(frameLocation->file)};
            frame.what = line.mid(frameLocation->end).mid(1).trimmed().toString();
            frames.push_back(frame);
        }
        emitStack(frames, message, Frame{i, location, QString(), true}, Failing::FirstFrame);
        m_lastStackEnd = j;
        return j;
    }

    // gfortran's "Error: msg" under a bare "main.f90:5:20:" and its quoted source.
    qsizetype fortranMessage(qsizetype i)
    {
        if (m_pendingFortran < 0)
            return -1;
        static const std::pair<QStringView, Severity> words[] = {
            {u"Error: ", Severity::Error},
            {u"Fatal Error: ", Severity::Error},
            {u"Warning: ", Severity::Warning}};
        const QStringView line = text(i);
        const qsizetype pending = m_pendingFortran;
        m_pendingFortran = -1;
        if (pending < i - 20)
            return -1;
        for (const auto &[word, severity] : words) {
            if (line.startsWith(word)) {
                add(pending, m_pendingLocation, severity, line.mid(word.size()).toString());
                return i + 1;
            }
        }
        return -1;
    }

    // Perl: "msg at main.pl line 3." or "... line 3, near "x"" or "... line 3, <STDIN> line 1.".
    qsizetype perl(qsizetype i)
    {
        const QStringView line = text(i);
        for (qsizetype space = line.indexOf(u" line "); space > 0;
             space = line.indexOf(u" line ", space + 1)) {
            const qsizetype fileStart = line.lastIndexOf(u' ', space - 1) + 1;
            if (fileStart < 4 || line.mid(fileStart - 4, 4) != u" at ")
                continue;
            const QStringView file = line.mid(fileStart, space - fileStart);
            if (!hasExtension(file, {u".pl", u".pm", u".t"}) || !isPlausibleFile(file))
                continue;
            Location location;
            location.file = file;
            location.start = fileStart;
            qsizetype pos = space + 6;
            location.line = readNumber(line, pos);
            if (location.line < 0 || (pos < line.size() && line[pos] != u'.' && line[pos] != u','))
                continue;
            location.end = pos;
            const QStringView message = line.left(fileStart - 4);
            static const QStringView warnings[] = {u"Use of uninitialized value",
                                                   u"Useless use of",
                                                   u"Argument \"",
                                                   u"Odd number of elements",
                                                   u"Name \"",
                                                   u"Scalar value",
                                                   u"Possible ",
                                                   u"Deep recursion",
                                                   u"Found = in conditional"};
            const bool warning =
                std::any_of(std::begin(warnings), std::end(warnings),
                            [message](QStringView w) { return message.startsWith(w); });
            add(i, location, warning ? Severity::Warning : Severity::Error, message.toString());
            return i + 1;
        }
        return -1;
    }

    // bash: "main.sh: line 3: msg"; a syntax error's echo of the token ("main.sh: line 3: `}'")
    // repeats the line before it.
    qsizetype bash(qsizetype i)
    {
        const QStringView line = text(i);
        const qsizetype colon = line.indexOf(u": line ");
        if (colon <= 0)
            return -1;
        const QStringView file = line.left(colon);
        if (file.contains(u' ') || !hasExtension(file, {u".sh", u".bash"}) ||
            !isPlausibleFile(file))
            return -1;
        Location location;
        location.file = file;
        qsizetype pos = colon + 7;
        location.line = readNumber(line, pos);
        location.end = pos;
        if (location.line < 0 || !line.mid(pos).startsWith(u": "))
            return -1;
        const QStringView message = line.mid(pos + 2);
        const bool echo = message.startsWith(u'`') && !m_found.isEmpty() &&
                          m_found.last().file == file && m_found.last().line == location.line;
        if (!echo)
            add(i, location, Severity::Error, message.toString());
        return i + 1;
    }

    std::vector<Line> m_lines;
    QList<Diagnostic> m_found;
    qsizetype m_candidate = -1;   // last line that may be an exception's message
    qsizetype m_panic = -1;       // last "panic: " line
    qsizetype m_lastStackEnd = 0; // a stack trace never takes a message from before this line
    qsizetype m_pendingFortran = -1;
    Location m_pendingLocation;
};

} // namespace

QList<Diagnostic> DiagnosticParser::parse(const QString &output)
{
    return Scanner(output).run();
}
