#pragma once

class CodeEditor;
struct LanguageInfo;

// Highlights and indents the editor as the language's data says; null: plain text.
void setEditorLanguage(CodeEditor *editor, const LanguageInfo *language);
