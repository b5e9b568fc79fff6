#pragma once

// Editor states written as text with markers, for the editing tests: '|' is the caret and '~' the
// selection's other end (the anchor), e.g. "int ~main|()" has "main" selected, caret after it.

#include <Qsci/qsciscintilla.h>

#include <QString>

namespace MarkedText {

inline void set(QsciScintilla *editor, const QString &marked)
{
    QString text;
    int caret = -1, anchor = -1, bytes = 0;
    for (const QChar c : marked) {
        if (c == QLatin1Char('|')) {
            caret = bytes;
        } else if (c == QLatin1Char('~')) {
            anchor = bytes;
        } else {
            text += c;
            bytes += int(QString(c).toUtf8().size());
        }
    }
    editor->setText(text);
    editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    if (caret < 0)
        caret = 0;
    editor->SendScintilla(QsciScintillaBase::SCI_SETSEL,
                          static_cast<unsigned long>(anchor < 0 ? caret : anchor), long(caret));
}

inline QString get(const QsciScintilla *editor)
{
    const QByteArray bytes = editor->text().toUtf8();
    const int caret = int(editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
    const int anchor = int(editor->SendScintilla(QsciScintillaBase::SCI_GETANCHOR));
    QByteArray marked = bytes;
    // Insert the later marker first so the earlier position stays right.
    if (anchor != caret && anchor > caret)
        marked.insert(anchor, '~');
    marked.insert(caret, '|');
    if (anchor != caret && anchor < caret)
        marked.insert(anchor, '~');
    return QString::fromUtf8(marked);
}

} // namespace MarkedText
