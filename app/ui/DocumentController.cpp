#include "DocumentController.h"

#include "Backends.h"
#include "CodeEditor.h"
#include "DiagnosticMarks.h"
#include "LanguageCatalog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>
#include <QTextDocument>

DocumentController::DocumentController(CodeEditor *editor, const LanguageCatalog &catalog,
                                       QWidget *dialogParent)
    : QObject(editor), m_editor(editor), m_catalog(catalog), m_dialogParent(dialogParent),
      m_backendId(Backends::localId()), m_stdin(new QTextDocument(this)),
      m_diagnosticMarks(new DiagnosticMarks(editor))
{
    m_stdin->setDocumentLayout(new QPlainTextDocumentLayout(m_stdin));
    m_stdin->setDefaultFont(editor->editorFont());
    connect(editor, &CodeEditor::themeChanged, m_diagnosticMarks, &DiagnosticMarks::defineStyles);
}

QString DocumentController::fileName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    const QString extension = m_language && !m_language->extensions.isEmpty()
                                  ? m_language->extensions.first()
                                  : QStringLiteral("txt");
    return QStringLiteral("main.") + extension;
}

// The program runs as fileName() in the box, so a tool names it by that, with or without a
// directory.
bool DocumentController::isNamed(const QString &toolFileName) const
{
    return QFileInfo(toolFileName).fileName() == fileName();
}

void DocumentController::setBackendId(const QString &id)
{
    if (id == m_backendId)
        return;
    m_backendId = id;
    emit backendIdChanged(id);
}

void DocumentController::newDocument(const LanguageInfo *language)
{
    applyLanguage(language);
    m_editor->setDocumentText(language ? language->templateText : QString());
    setFilePath(QString());
}

void DocumentController::setLanguage(const LanguageInfo *language)
{
    if (isUntouchedTemplate())
        newDocument(language);
    else
        applyLanguage(language);
}

bool DocumentController::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_dialogParent, tr("Open File"),
                             tr("Cannot open %1:\n%2").arg(path, file.errorString()));
        return false;
    }
    // Files not in a known language keep the current one, so they can still be run, but are
    // highlighted after their name (a .json, a Makefile).
    if (const LanguageInfo *language = m_catalog.byFileName(path))
        applyLanguage(language);
    else
        m_editor->setLanguage(QString(), QString(), QFileInfo(path).fileName());
    m_editor->setDocumentText(QString::fromUtf8(file.readAll()));
    setFilePath(path);
    return true;
}

bool DocumentController::saveFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(m_dialogParent, tr("Save File"),
                             tr("Cannot save %1:\n%2").arg(path, file.errorString()));
        return false;
    }
    m_editor->setModified(false);
    if (path != m_filePath) {
        if (const LanguageInfo *language = m_catalog.byFileName(path))
            applyLanguage(language);
        setFilePath(path);
    }
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    emit saved(path);
    return true;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveFile(m_filePath);
}

bool DocumentController::saveAs()
{
    const QString suggestion = m_filePath.isEmpty() ? fileName() : m_filePath;
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save As"), suggestion);
    return !path.isEmpty() && saveFile(path);
}

bool DocumentController::maybeSave()
{
    if (!m_editor->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::applyLanguage(const LanguageInfo *language)
{
    m_language = language;
    m_editor->setLanguage(language ? language->ksyntaxDefinition : QString(),
                          language ? language->qscintillaLexer : QString());
    m_editor->setEditingStyle(
        language ? EditingStyle{language->lineComment, language->blockCommentStart,
                                language->blockCommentEnd, language->indentWithTabs,
                                language->indentWidth, language->indentAfter}
                 : EditingStyle());
    emit languageChanged(language);
    if (m_filePath.isEmpty())
        emit fileNameChanged(fileName()); // the suggested name follows the language
}

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path;
    emit fileNameChanged(fileName());
}

bool DocumentController::isUntouchedTemplate() const
{
    return m_filePath.isEmpty() && !m_editor->isModified();
}
