#pragma once

#include <QString>
#include <QStringList>

// How text of one language is edited: comment tokens and indentation. The editor knows no
// languages; the app fills this in from the language data (resources/languages, "editor").
struct EditingStyle {
    QString lineComment;       // "//", "#", "--"; empty when the language has none
    QString blockCommentStart; // "/*"; toggling falls back to this pair without a line comment
    QString blockCommentEnd;   // "*/"
    bool useTabs = false;
    int indentWidth = 4;
    // Line endings after which Enter indents one level more: an opening bracket, Python's ":",
    // a keyword such as "then" (matched as a whole word, in any case).
    QStringList indentAfter = {QStringLiteral("{"), QStringLiteral("["), QStringLiteral("(")};

    // One level of indentation as typed: a tab or indentWidth spaces.
    QString indentUnit() const
    {
        return useTabs ? QStringLiteral("\t") : QString(qMax(1, indentWidth), QLatin1Char(' '));
    }
};
