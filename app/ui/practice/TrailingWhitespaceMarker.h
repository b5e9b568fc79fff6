#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

// Marks whitespace at the end of each line with a background, so that an output whose only fault
// is a trailing space shows it.
class TrailingWhitespaceMarker : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit TrailingWhitespaceMarker(QTextDocument *document);

    static QColor color() { return QColor(0xff, 0x98, 0x00, 0x90); }

protected:
    void highlightBlock(const QString &text) override;
};
