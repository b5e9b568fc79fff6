#pragma once

#include <QWidget>

class CodeEditor;
class DocumentController;
class FileChangedBar;

// One tab's page: the editor, and over it the bar that says its file changed on disk.
class DocumentPage : public QWidget {
    Q_OBJECT
public:
    DocumentPage(CodeEditor *editor, DocumentController *document, QWidget *parent = nullptr);

    CodeEditor *editor() const { return m_editor; }
    DocumentController *document() const { return m_document; }
    FileChangedBar *fileChangedBar() const { return m_bar; }

private:
    void showConflict();

    CodeEditor *m_editor;
    DocumentController *m_document;
    FileChangedBar *m_bar;
};
