#include "EditorLanguage.h"

#include "CodeEditor.h"
#include "LanguageCatalog.h"

void setEditorLanguage(CodeEditor *editor, const LanguageInfo *language, const QString &fileName)
{
    editor->setLanguage(language ? language->ksyntaxDefinition : QString(),
                        language ? language->qscintillaLexer : QString(),
                        language ? QString() : fileName);
    editor->setEditingStyle(language
                                ? EditingStyle{language->lineComment, language->blockCommentStart,
                                               language->blockCommentEnd, language->indentWithTabs,
                                               language->indentWidth, language->indentAfter}
                                : EditingStyle());
}
