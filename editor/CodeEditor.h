#pragma once

#include <Qsci/qsciscintilla.h>

#include <QFont>
#include <memory>

class Highlighting;

// The code editor widget: QScintilla with line numbers, a monospace font and highlighting chosen by
// language name through a replaceable Highlighting.
class CodeEditor : public QsciScintilla {
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    // Replaces how lexers are made (QScintilla's own lexers by default) and re-highlights.
    void setHighlighting(std::unique_ptr<Highlighting> highlighting);
    // Highlights as the language with these `highlight` names; unknown names give plain text.
    void setLanguage(const QString &ksyntaxDefinition, const QString &qscintillaLexer);
    // Starts a fresh document with this text: nothing to undo, not modified.
    void setDocumentText(const QString &text);

    // The monospace font of the text, for panels that should match it.
    QFont editorFont() const { return m_font; }

private:
    void styleLineNumbers();
    void updateLineNumberWidth();

    QFont m_font;
    std::unique_ptr<Highlighting> m_highlighting;
    QString m_ksyntaxDefinition;
    QString m_qscintillaLexer;
};
