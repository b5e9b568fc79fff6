#include "TrailingWhitespaceMarker.h"

TrailingWhitespaceMarker::TrailingWhitespaceMarker(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void TrailingWhitespaceMarker::highlightBlock(const QString &text)
{
    qsizetype start = text.size();
    while (start > 0 &&
           (text.at(start - 1) == QLatin1Char(' ') || text.at(start - 1) == QLatin1Char('\t')))
        --start;
    if (start == text.size())
        return;
    QTextCharFormat format;
    format.setBackground(color());
    format.setToolTip(tr("Whitespace at the end of the line"));
    setFormat(int(start), int(text.size() - start), format);
}
