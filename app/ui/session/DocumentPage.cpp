#include "DocumentPage.h"

#include "CodeEditor.h"
#include "DocumentController.h"
#include "FileChangedBar.h"

#include <QVBoxLayout>

DocumentPage::DocumentPage(CodeEditor *editor, DocumentController *document, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_document(document), m_bar(new FileChangedBar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(editor, 1);
    setFocusProxy(editor);
    connect(document, &DocumentController::diskConflictChanged, this, &DocumentPage::showConflict);
    connect(m_bar, &FileChangedBar::reloadClicked, document, &DocumentController::reloadFromDisk);
    connect(m_bar, &FileChangedBar::keepClicked, document, &DocumentController::keepMine);
    showConflict();
}

void DocumentPage::showConflict()
{
    switch (m_document->diskConflict()) {
    case DocumentController::DiskConflict::None:
        m_bar->hide();
        break;
    case DocumentController::DiskConflict::Changed:
        m_bar->showChanged(m_document->fileName());
        break;
    case DocumentController::DiskConflict::Deleted:
        m_bar->showDeleted(m_document->fileName());
        break;
    }
}
