#pragma once

// Shared by the highlighting tests: styling a whole document, turning its styles into readable
// spans, and comparing them with golden files.

#include "LexerStyles.h"
#include "Theme.h"

#include <Qsci/qscilexer.h>
#include <Qsci/qsciscintilla.h>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

namespace HighlightingSupport {

using Sci = QsciScintillaBase;

inline void styleAll(QsciScintilla &editor)
{
    editor.SendScintilla(Sci::SCI_COLOURISE, 0UL, -1L);
}

// The document's bytes and the style of each.
struct StyledBytes {
    QByteArray text;
    QByteArray styles;
};

inline StyledBytes styledBytes(const QsciScintilla &editor)
{
    const int length = int(editor.SendScintilla(Sci::SCI_GETLENGTH));
    StyledBytes result;
    result.text = editor.bytes(0, length);
    result.text.chop(1); // bytes() adds a terminating NUL
    result.styles.resize(length);
    for (int i = 0; i < length; ++i)
        result.styles[i] = char(editor.SendScintilla(Sci::SCI_GETSTYLEAT, i));
    return result;
}

// A style's colours as Scintilla holds them (it keeps 0xBBGGRR).
inline QColor scintillaColor(long bgr)
{
    return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
}
inline QColor styleForeground(const QsciScintilla &editor, int style)
{
    return scintillaColor(editor.SendScintilla(Sci::SCI_STYLEGETFORE, style));
}
inline QColor styleBackground(const QsciScintilla &editor, int style)
{
    return scintillaColor(editor.SendScintilla(Sci::SCI_STYLEGETBACK, style));
}

inline QList<int> foldLevels(const QsciScintilla &editor)
{
    QList<int> levels;
    for (int line = 0; line < editor.lines(); ++line)
        levels.append(int(editor.SendScintilla(Sci::SCI_GETFOLDLEVEL, line)));
    return levels;
}

// One line per styled run that is not Normal: "line:first-last Style `text`", lines and columns
// counted from 1 in characters (code points), last column included. Then one line per document
// line with its fold level (depth), "header" where a fold starts and "blank" for white lines.
// A character whose bytes differ in style makes the result an error line: offsets went wrong.
inline QString spans(const QsciScintilla &editor, bool withFolding = true)
{
    const QsciLexer *lexer = editor.lexer();
    const StyledBytes doc = styledBytes(editor);
    QStringList out;
    const auto styleName = [lexer](int style) {
        const auto textStyle = lexer ? LexerStyles::textStyleOf(*lexer, style) : std::nullopt;
        return textStyle ? Theme::textStyleName(*textStyle)
                         : QStringLiteral("Unmapped%1").arg(style);
    };
    int line = 1;
    int column = 1;
    int runStyle = -1;
    int runLine = 0, runFirst = 0, runLast = 0;
    QString runText;
    const auto endRun = [&] {
        if (runStyle >= 0 && styleName(runStyle) != QLatin1String("Normal"))
            out.append(QStringLiteral("%1:%2-%3 %4 `%5`")
                           .arg(runLine)
                           .arg(runFirst)
                           .arg(runLast)
                           .arg(styleName(runStyle), runText));
        runStyle = -1;
        runText.clear();
    };
    for (int i = 0; i < doc.text.size();) {
        const auto byte = uchar(doc.text[i]);
        if (byte == '\n') {
            endRun();
            ++line;
            column = 1;
            ++i;
            continue;
        }
        const int length = byte < 0x80 ? 1 : byte < 0xe0 ? 2 : byte < 0xf0 ? 3 : 4;
        const int style = uchar(doc.styles[i]);
        for (int k = 1; k < length && i + k < doc.text.size(); ++k)
            if (uchar(doc.styles[i + k]) != style)
                return QStringLiteral("ERROR: the bytes of the character at %1:%2 differ in style")
                    .arg(line)
                    .arg(column);
        if (style != runStyle) {
            endRun();
            runStyle = style;
            runLine = line;
            runFirst = column;
        }
        runText += QString::fromUtf8(doc.text.constData() + i, length);
        runLast = column;
        ++column;
        i += length;
    }
    endRun();
    if (withFolding) {
        const QList<int> levels = foldLevels(editor);
        for (int l = 0; l < levels.size(); ++l) {
            const int level = levels[l];
            QString entry = QStringLiteral("fold %1: %2")
                                .arg(l + 1)
                                .arg((level & Sci::SC_FOLDLEVELNUMBERMASK) - Sci::SC_FOLDLEVELBASE);
            if (level & Sci::SC_FOLDLEVELHEADERFLAG)
                entry += QStringLiteral(" header");
            if (level & Sci::SC_FOLDLEVELWHITEFLAG)
                entry += QStringLiteral(" blank");
            out.append(entry);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The `highlight` names of a language file under resources/languages.
inline QJsonObject languageHighlight(const QString &languageId)
{
    const QByteArray json =
        readFile(QStringLiteral(RUNPAD_SOURCE_LANGUAGES_DIR "/%1.json").arg(languageId));
    return QJsonDocument::fromJson(json).object().value(QStringLiteral("highlight")).toObject();
}

inline QStringList languageIds()
{
    QStringList ids;
    for (const QString &file :
         QDir(QStringLiteral(RUNPAD_SOURCE_LANGUAGES_DIR)).entryList({QStringLiteral("*.json")}))
        ids.append(file.chopped(5));
    return ids;
}

// One data row ("input") per sample program under golden/highlighting/input, for both lexers.
inline void addGoldenInputRows()
{
    QTest::addColumn<QString>("input");
    const QDir inputs(QStringLiteral(RUNPAD_GOLDEN_DIR "/highlighting/input"));
    const QStringList files = inputs.entryList(QDir::Files);
    QVERIFY(files.size() >= 8);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << inputs.filePath(file);
}

// Compares actual with a golden file; RUNPAD_UPDATE_GOLDEN=1 writes it instead (review the diff).
// Returns an empty string on a match, else what differs first.
inline QString compareGolden(const QString &goldenPath, const QString &actual)
{
    if (qEnvironmentVariableIntValue("RUNPAD_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(goldenPath.section(QLatin1Char('/'), 0, -2));
        QFile file(goldenPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(goldenPath);
        file.write(actual.toUtf8());
        return QString();
    }
    const QByteArray expectedBytes = readFile(goldenPath);
    if (expectedBytes.isEmpty())
        return QStringLiteral("missing golden file %1").arg(goldenPath);
    const QStringList expected = QString::fromUtf8(expectedBytes).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < qMax(expected.size(), got.size()); ++i) {
        const QString e = expected.value(i, QStringLiteral("<end>"));
        const QString g = got.value(i, QStringLiteral("<end>"));
        if (e != g)
            return QStringLiteral("%1, line %2:\n  expected: %3\n  actual:   %4")
                .arg(goldenPath)
                .arg(i + 1)
                .arg(e, g);
    }
    return QString();
}

} // namespace HighlightingSupport
