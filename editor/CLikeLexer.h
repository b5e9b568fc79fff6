#pragma once

#include <Qsci/qscilexercpp.h>

#include <QByteArray>

// Scintilla's C-family lexer with another language's keywords, for languages QScintilla has no
// lexer of their own for but which read like C (Go, TypeScript).
class CLikeLexer : public QsciLexerCPP {
    Q_OBJECT
public:
    static CLikeLexer *go(QObject *parent = nullptr);
    static CLikeLexer *typeScript(QObject *parent = nullptr);

    const char *language() const override { return m_language.constData(); }
    // Set 1: keywords; 2: types; 4: built-in functions and constants (QsciLexerCPP's sets).
    const char *keywords(int set) const override;
    void refreshProperties() override;

private:
    CLikeLexer(const char *language, QByteArray keywords, QByteArray types, QByteArray builtIns,
               bool backQuotedStrings, QObject *parent);

    QByteArray m_language;
    QByteArray m_keywords;
    QByteArray m_types;
    QByteArray m_builtIns;
    bool m_backQuotedStrings;
};
