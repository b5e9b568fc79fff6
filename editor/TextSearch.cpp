#include "TextSearch.h"

TextSearch::TextSearch(const QString &pattern, Options options)
    : m_pattern(pattern), m_options(options)
{
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    // Lookarounds rather than \b, so a whole-word search for "a+" or "-x" still means something.
    if (options.wholeWord)
        expression = QStringLiteral("(?<![\\w])(?:%1)(?![\\w])").arg(expression);
    QRegularExpression::PatternOptions patternOptions =
        QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption;
    if (!options.matchCase)
        patternOptions |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(expression, patternOptions);
}

QList<TextSearch::Match> TextSearch::findAll(const QString &text, qsizetype limit) const
{
    QList<Match> matches;
    if (m_pattern.isEmpty() || !m_regex.isValid())
        return matches;
    QRegularExpressionMatchIterator it = m_regex.globalMatch(text);
    while (it.hasNext() && (limit < 0 || matches.size() < limit)) {
        const QRegularExpressionMatch found = it.next();
        if (found.capturedLength() == 0)
            continue; // "x*" or "^": nothing to select or replace
        Match match;
        match.start = found.capturedStart();
        match.length = found.capturedLength();
        if (m_options.regularExpression)
            match.captures = found.capturedTexts();
        matches.append(match);
    }
    return matches;
}

QString TextSearch::replacement(const Match &match, const QString &replaceText) const
{
    if (!m_options.regularExpression)
        return replaceText;
    QString result;
    result.reserve(replaceText.size());
    for (qsizetype i = 0; i < replaceText.size(); ++i) {
        const QChar c = replaceText.at(i);
        if (c != QLatin1Char('\\') || i + 1 == replaceText.size()) {
            result += c;
            continue;
        }
        const QChar next = replaceText.at(++i);
        if (next.isDigit() && next.digitValue() >= 0 && next.digitValue() <= 9)
            result += match.captures.value(next.digitValue());
        else if (next == QLatin1Char('n'))
            result += QLatin1Char('\n');
        else if (next == QLatin1Char('t'))
            result += QLatin1Char('\t');
        else if (next == QLatin1Char('\\'))
            result += QLatin1Char('\\');
        else
            result += c + QString(next); // unknown escapes stay as typed
    }
    return result;
}
