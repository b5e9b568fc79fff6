#pragma once

#include "EditingStyle.h"
#include "Theme.h"

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

    // Replaces how lexers are made (Highlighting::createDefault() at first) and re-highlights.
    void setHighlighting(std::unique_ptr<Highlighting> highlighting);
    // Highlights as the language with these `highlight` names, or as fileName's language when
    // the names are unknown; neither gives plain text. The theme stays.
    void setLanguage(const QString &ksyntaxDefinition, const QString &qscintillaLexer,
                     const QString &fileName = QString());
    // Starts a fresh document with this text: nothing to undo, not modified.
    void setDocumentText(const QString &text);

    // Comment tokens and indentation of the language being edited (tabs or spaces, width), for
    // the editing features attached to the editor (auto-indent, toggle comment).
    void setEditingStyle(const EditingStyle &style);
    const EditingStyle &editingStyle() const { return m_editingStyle; }

    // The monospace font of the text, for panels that should match it.
    QFont editorFont() const { return m_font; }

    // Colours text, margins, caret line, selection, folding and braces; stays across languages.
    // An invalid theme goes back to following the system palette.
    void setTheme(const Theme &theme);
    Theme theme() const { return m_theme; }
    // True until setTheme() picks one: the theme is then Breeze Light or Dark after the palette.
    bool followsSystemTheme() const { return m_themeFollowsPalette; }

signals:
    // Also when the system palette turns dark or light; panels beside the editor follow it.
    void themeChanged(const Theme &theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void styleLineNumbers();
    void updateLineNumberWidth();
    void applyTheme();

    QFont m_font;
    EditingStyle m_editingStyle;
    std::unique_ptr<Highlighting> m_highlighting;
    QString m_ksyntaxDefinition;
    QString m_qscintillaLexer;
    QString m_fileName;
    Theme m_theme;
    bool m_themeFollowsPalette = true;
};
