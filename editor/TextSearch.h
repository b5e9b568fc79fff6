#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

// A find bar's search, compiled once: plain text or a regular expression, optionally whole words
// only and case-sensitive. Works on QString offsets; it knows nothing of editors.
class TextSearch {
public:
    struct Options {
        bool wholeWord = false;
        bool matchCase = false;
        bool regularExpression = false;
    };
    struct Match {
        qsizetype start = 0;
        qsizetype length = 0;
        QStringList captures; // regular expressions only: \0 (the match), \1, ...
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, Options options);

    const QString &pattern() const { return m_pattern; }
    const Options &options() const { return m_options; }
    // An empty pattern is valid and finds nothing.
    bool isValid() const { return m_regex.isValid(); }
    QString errorString() const { return m_regex.errorString(); }

    // Non-overlapping, non-empty matches in order; at most limit of them when limit >= 0.
    QList<Match> findAll(const QString &text, qsizetype limit = -1) const;
    // What a match is replaced with. In regular expression mode \0..\9 stand for the captured
    // groups, \n and \t for a line break and a tab, \\ for a backslash; otherwise it is literal.
    QString replacement(const Match &match, const QString &replaceText) const;

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_regex;
};
