#pragma once

#include <QString>

class CodeEditor;
struct LanguageInfo;

// Highlights and indents the editor as the language's data says. Null: plain editing, and
// highlighting after fileName when KSyntaxHighlighting knows it (a .json, a Makefile), else none.
void setEditorLanguage(CodeEditor *editor, const LanguageInfo *language,
                       const QString &fileName = QString());
