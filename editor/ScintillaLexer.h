#pragma once

#include <Qsci/qscilexer.h>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

// One of Scintilla's built-in lexers that QScintilla has no class for (Rust, COBOL): its
// Scintilla name, keyword lists and style names.
class ScintillaLexer : public QsciLexer {
    Q_OBJECT
public:
    static ScintillaLexer *rust(QObject *parent = nullptr);
    static ScintillaLexer *cobol(QObject *parent = nullptr);

    const char *language() const override { return m_language.constData(); }
    const char *lexer() const override { return m_lexer.constData(); }
    const char *keywords(int set) const override;
    QString description(int style) const override { return m_styleNames.value(style); }
    bool caseSensitive() const override { return m_caseSensitive; }

private:
    ScintillaLexer(const char *language, const char *lexer, QVector<QByteArray> keywords,
                   QMap<int, QString> styleNames, bool caseSensitive, QObject *parent);

    QByteArray m_language;
    QByteArray m_lexer;
    QVector<QByteArray> m_keywords; // sets 1, 2, ...
    QMap<int, QString> m_styleNames;
    bool m_caseSensitive;
};
