#pragma once

#include <Qsci/qscilexercustom.h>

#include <QStringList>

#include <memory>

// A QScintilla lexer that highlights with a KSyntaxHighlighting definition. Style numbers are
// Theme::TextStyle values. It keeps the highlighting state at the end of every line and, after an
// edit, restyles only until a line ends in the state it ended in before; folding comes from the
// definition (its regions, or indentation where the definition folds by indentation).
// Only built where KSyntaxHighlighting is (RUNPAD_HAVE_KSYNTAXHIGHLIGHTING).
class KSyntaxLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    // nullptr when no definition has that name (as KSyntaxHighlighting spells it: "C++").
    static KSyntaxLexer *forDefinition(const QString &name, QObject *parent = nullptr);
    // nullptr when no definition claims the file name ("main.rs").
    static KSyntaxLexer *forFileName(const QString &fileName, QObject *parent = nullptr);
    static bool hasDefinition(const QString &name);

    ~KSyntaxLexer() override;

    QString definitionName() const;
    // True when the definition folds by indentation (Python) rather than by regions.
    bool foldsByIndentation() const;

    // How many lines the last styleText() ran through KSyntaxHighlighting: after an edit that
    // changes no line's end state, 1.
    int lastHighlightedLines() const;

    const char *language() const override;
    QString description(int style) const override;
    void styleText(int start, int end) override;
    void setEditor(QsciScintilla *editor) override;

private:
    struct Private;
    KSyntaxLexer(std::unique_ptr<Private> d, QObject *parent);
    void handleModified(int position, int type, const char *text, int length, int linesAdded,
                        int line, int foldNow, int foldPrev, int token, int annotationLines);
    void updateIndentationFolding(int firstLine, int lastLine);

    std::unique_ptr<Private> d;
};
