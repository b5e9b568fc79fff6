#include "Checker.h"

#include <QCoreApplication>
#include <QStringView>
#include <QVector>
#include <charconv>
#include <cmath>
#include <optional>

namespace {

// The translation context of the checkers' messages (they are free functions).
struct Checker {
    Q_DECLARE_TR_FUNCTIONS(Checker)
};

// CRLF counts as LF everywhere: a program's output on Windows-made tests must not fail for it.
QString withLf(const QString &text)
{
    if (!text.contains(QLatin1Char('\r')))
        return text;
    QString copy = text;
    copy.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return copy;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QLatin1Char('\v');
}

QVector<QStringView> splitLines(QStringView text)
{
    QVector<QStringView> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            return lines;
        }
        lines.append(text.mid(start, end - start));
        start = end + 1;
    }
}

QStringView withoutTrailingSpace(QStringView line)
{
    qsizetype n = line.size();
    while (n > 0 && isSpace(line[n - 1]))
        --n;
    return line.left(n);
}

// The lines the default checker compares: no trailing whitespace, no trailing blank lines.
QVector<QStringView> significantLines(QStringView text)
{
    QVector<QStringView> lines = splitLines(text);
    for (QStringView &line : lines)
        line = withoutTrailingSpace(line);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype n = qMin(a.size(), b.size());
    qsizetype i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

// A piece of a line fit for a message: lines of megabytes are cut around the difference, and
// invisible characters are shown.
QString excerpt(QStringView line, qsizetype around)
{
    constexpr qsizetype width = 60;
    qsizetype from = 0;
    if (line.size() > width)
        from = qBound<qsizetype>(0, around - width / 3, line.size() - width);
    QString text = line.mid(from, width).toString();
    text.replace(QLatin1Char('\t'), QStringLiteral("\\t"));
    text.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
    if (from > 0)
        text.prepend(QStringLiteral("…"));
    if (from + width < line.size())
        text.append(QStringLiteral("…"));
    return QStringLiteral("`%1`").arg(text);
}

QString lineDifference(qsizetype lineIndex, QStringView expected, QStringView found)
{
    const qsizetype at = commonPrefix(expected, found);
    return Checker::tr("line %1: expected %2, found %3")
        .arg(lineIndex + 1)
        .arg(excerpt(expected, at), excerpt(found, at));
}

CheckResult compareLines(const QVector<QStringView> &expected, const QVector<QStringView> &found)
{
    const qsizetype n = qMin(expected.size(), found.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (expected[i] != found[i])
            return {false, lineDifference(i, expected[i], found[i])};
    }
    if (expected.size() > found.size())
        return {false, Checker::tr("line %1: expected %2, found the end of the output")
                           .arg(n + 1)
                           .arg(excerpt(expected[n], 0))};
    if (found.size() > expected.size())
        return {false, Checker::tr("line %1: expected the end of the output, found %2")
                           .arg(n + 1)
                           .arg(excerpt(found[n], 0))};
    return {true, n == 1 ? Checker::tr("1 line matches")
                         : Checker::tr("%n lines match", nullptr, int(n))};
}

CheckResult checkExact(const QString &output, const QString &expected)
{
    if (output == expected)
        return {true, Checker::tr("Output is exactly as expected")};
    const QVector<QStringView> e = splitLines(expected);
    const QVector<QStringView> f = splitLines(output);
    // A missing or extra final line break is the usual exact-mode failure: say it in words.
    if (e.size() == f.size() + 1 && e.last().isEmpty() && e.mid(0, f.size()) == f)
        return {false, Checker::tr(
                           "line %1: expected a line break at its end, found the end of the output")
                           .arg(f.size())};
    if (f.size() == e.size() + 1 && f.last().isEmpty() && f.mid(0, e.size()) == e)
        return {false, Checker::tr("line %1: expected the end of the output, found a line break")
                           .arg(e.size())};
    CheckResult result = compareLines(e, f);
    if (!result.accepted)
        return result;
    // Unreachable in principle (equal lines mean equal text); kept so a difference is never passed.
    return {false, Checker::tr("the output differs from the expected answer")};
}

struct Token {
    QStringView text;
    qsizetype line; // 0-based
};

// Splits at whitespace, remembering each token's line for the message.
class Tokenizer {
public:
    explicit Tokenizer(QStringView text) : m_text(text) {}
    bool next(Token *token)
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos])) {
            if (m_text[m_pos] == QLatin1Char('\n'))
                ++m_line;
            ++m_pos;
        }
        if (m_pos >= m_text.size())
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isSpace(m_text[m_pos]))
            ++m_pos;
        *token = {m_text.mid(start, m_pos - start), m_line};
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    qsizetype m_line = 0;
};

std::optional<double> parseNumber(QStringView token)
{
    const QString lower = token.toString().toLower();
    QString body = lower;
    bool negative = false;
    if (body.startsWith(QLatin1Char('+')) || body.startsWith(QLatin1Char('-'))) {
        negative = body.startsWith(QLatin1Char('-'));
        body.remove(0, 1);
    }
    if (body.isEmpty() || !(body[0].isDigit() || body[0] == QLatin1Char('.') ||
                            body[0] == QLatin1Char('i') || body[0] == QLatin1Char('n')))
        return std::nullopt;
    if (body == QLatin1String("nan"))
        return std::nan("");
    if (body == QLatin1String("inf") || body == QLatin1String("infinity"))
        return negative ? -INFINITY : INFINITY;
    // Plain decimal notation only: from_chars would also take "0x1p3" spelt without "0x".
    for (QChar c : body) {
        if (!(c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('e') ||
              c == QLatin1Char('+') || c == QLatin1Char('-')))
            return std::nullopt;
        if (c.unicode() > 127)
            return std::nullopt;
    }
    const QByteArray bytes = lower.toLatin1();
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    if (*begin == '+') // from_chars takes no plus sign
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    return value;
}

// |a-b| <= abs or |a-b| <= rel*|b|; a bound written in decimals counts as inside even when binary
// rounding puts the difference a hair above it (1.000001 against 1 with 1e-6).
bool closeEnough(double found, double expected, double absolute, double relative)
{
    if (std::isnan(found) || std::isnan(expected))
        return std::isnan(found) && std::isnan(expected);
    if (std::isinf(found) || std::isinf(expected))
        return found == expected;
    const double difference = std::fabs(found - expected);
    constexpr double slack = 1 + 1e-9;
    return difference <= absolute * slack || difference <= relative * std::fabs(expected) * slack;
}

QString tokenWhere(const Token &token, int index)
{
    return Checker::tr("token %1 (line %2)").arg(index).arg(token.line + 1);
}

CheckResult checkTokens(const QString &output, const QString &expected, const CheckerSpec *floats)
{
    Tokenizer e(expected), f(output);
    Token te, tf;
    int index = 0;
    while (true) {
        const bool hasE = e.next(&te);
        const bool hasF = f.next(&tf);
        ++index;
        if (!hasE && !hasF)
            return {true, index - 1 == 1 ? Checker::tr("1 token matches")
                                         : Checker::tr("%n tokens match", nullptr, index - 1)};
        if (!hasF)
            return {false, Checker::tr("%1: expected %2, found the end of the output")
                               .arg(tokenWhere(te, index), excerpt(te.text, 0))};
        if (!hasE)
            return {false, Checker::tr("%1: expected the end of the output, found %2")
                               .arg(tokenWhere(tf, index), excerpt(tf.text, 0))};
        if (te.text == tf.text)
            continue;
        if (floats) {
            const std::optional<double> a = parseNumber(tf.text);
            const std::optional<double> b = parseNumber(te.text);
            if (a && b) {
                if (closeEnough(*a, *b, floats->absoluteTolerance, floats->relativeTolerance))
                    continue;
                return {
                    false,
                    Checker::tr("%1: expected %2, found %3 (difference %4 is over the tolerance)")
                        .arg(tokenWhere(tf, index), excerpt(te.text, 0), excerpt(tf.text, 0))
                        .arg(std::fabs(*a - *b), 0, 'g', 6)};
            }
        }
        const qsizetype at = commonPrefix(te.text, tf.text);
        return {false, Checker::tr("%1: expected %2, found %3")
                           .arg(tokenWhere(tf, index), excerpt(te.text, at), excerpt(tf.text, at))};
    }
}

} // namespace

QString CheckerSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Exact:
        return QStringLiteral("exact");
    case Kind::IgnoreTrailingWhitespace:
        return QStringLiteral("lines");
    case Kind::Tokens:
        return QStringLiteral("tokens");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::Custom:
        return QStringLiteral("custom");
    }
    return QString();
}

bool CheckerSpec::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k :
         {Kind::Exact, Kind::IgnoreTrailingWhitespace, Kind::Tokens, Kind::Float, Kind::Custom}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QJsonObject CheckerSpec::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kindName(kind)}};
    if (kind == Kind::Float) {
        object.insert(QStringLiteral("absoluteTolerance"), absoluteTolerance);
        object.insert(QStringLiteral("relativeTolerance"), relativeTolerance);
    }
    if (kind == Kind::Custom || !customSource.isEmpty()) {
        object.insert(QStringLiteral("customSource"), customSource);
        object.insert(QStringLiteral("customLanguage"), customLanguage);
    }
    return object;
}

CheckerSpec CheckerSpec::fromJson(const QJsonObject &object)
{
    CheckerSpec spec;
    kindFromName(object.value(QStringLiteral("kind")).toString(), &spec.kind);
    spec.absoluteTolerance =
        object.value(QStringLiteral("absoluteTolerance")).toDouble(spec.absoluteTolerance);
    spec.relativeTolerance =
        object.value(QStringLiteral("relativeTolerance")).toDouble(spec.relativeTolerance);
    spec.customSource = object.value(QStringLiteral("customSource")).toString();
    spec.customLanguage = object.value(QStringLiteral("customLanguage")).toString();
    return spec;
}

CheckResult check(const CheckerSpec &spec, const QString &input, const QString &output,
                  const QString &expected)
{
    Q_UNUSED(input); // only a custom checker reads the input
    const QString out = withLf(output);
    const QString exp = withLf(expected);
    switch (spec.kind) {
    case CheckerSpec::Kind::Exact:
        return checkExact(out, exp);
    case CheckerSpec::Kind::IgnoreTrailingWhitespace:
        return compareLines(significantLines(exp), significantLines(out));
    case CheckerSpec::Kind::Tokens:
        return checkTokens(out, exp, nullptr);
    case CheckerSpec::Kind::Float:
        return checkTokens(out, exp, &spec);
    case CheckerSpec::Kind::Custom:
        return {false,
                Checker::tr("A custom checker runs as a program; it cannot be applied here")};
    }
    return {false, QString()};
}

FirstDifference firstDifference(const QString &expected, const QString &actual)
{
    const QString exp = withLf(expected);
    const QString act = withLf(actual);
    const QVector<QStringView> e = significantLines(exp);
    const QVector<QStringView> a = significantLines(act);
    const qsizetype n = qMin(e.size(), a.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (e[i] != a[i])
            return {int(i), int(commonPrefix(e[i], a[i]))};
    }
    if (e.size() != a.size())
        return {int(n), 0};
    return {};
}
