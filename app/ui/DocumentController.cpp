#include "DocumentController.h"

#include "Backends.h"
#include "CodeEditor.h"
#include "EditorLanguage.h"
#include "DiagnosticMarks.h"
#include "LanguageCatalog.h"
#include "ProblemFile.h"
#include "ProblemHeader.h"
#include "TestCaseModel.h"

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
      m_diagnosticMarks(new DiagnosticMarks(editor)), m_tests(new TestCaseModel(this))
{
    m_stdin->setDocumentLayout(new QPlainTextDocumentLayout(m_stdin));
    m_stdin->setDefaultFont(editor->editorFont());
    connect(editor, &CodeEditor::themeChanged, m_diagnosticMarks, &DiagnosticMarks::defineStyles);
    connect(editor, &QsciScintilla::modificationChanged, this, &DocumentController::updateModified);
    connect(m_tests, &TestCaseModel::edited, this, [this] {
        setProblemModified(true);
        emit titleChanged(); // the problem's name may have changed
    });
}

QString DocumentController::title() const
{
    const QString name = m_tests->problem().name;
    return m_filePath.isEmpty() && !name.isEmpty() ? name : fileName();
}

bool DocumentController::isModified() const
{
    return m_editor->isModified() || m_problemModified;
}

void DocumentController::setModified(bool modified)
{
    if (!modified)
        m_editor->setModified(false);
    setProblemModified(modified);
}

void DocumentController::setProblemModified(bool modified)
{
    m_problemModified = modified;
    updateModified();
}

void DocumentController::updateModified()
{
    if (isModified() == m_modified)
        return;
    m_modified = isModified();
    emit modifiedChanged(m_modified);
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
    m_tests->setProblem(Problem());
    m_problemError.clear();
    applyLanguage(language);
    m_editor->setDocumentText(startingText(language));
    setFilePath(QString());
    setProblemModified(false);
}

void DocumentController::newProblemDocument(const LanguageInfo *language, const Problem &problem)
{
    m_tests->setProblem(problem);
    m_problemError.clear();
    applyLanguage(language);
    m_editor->setDocumentText(startingText(language));
    setFilePath(QString());
    setProblemModified(true); // its tests are not saved anywhere yet
}

QString DocumentController::startingText(const LanguageInfo *language) const
{
    if (!language)
        return QString();
    const Problem &problem = m_tests->problem();
    const bool received = !problem.name.isEmpty() || !problem.url.isEmpty();
    return (received ? ProblemHeader::text(problem, *language) : QString()) +
           language->templateText;
}

void DocumentController::setLanguage(const LanguageInfo *language)
{
    applyLanguage(language);
    // Code nobody has typed in follows the language: its template (and the problem's comment).
    if (m_filePath.isEmpty() && !m_editor->isModified())
        m_editor->setDocumentText(startingText(language));
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
    loadProblem(path);
    return true;
}

void DocumentController::loadProblem(const QString &codePath)
{
    QString error;
    const std::optional<Problem> problem = ProblemFile::load(codePath, &error);
    m_tests->setProblem(problem.value_or(Problem()));
    m_problemError.clear();
    if (!problem && !error.isEmpty()) {
        m_problemError = tr("The tests in %1 could not be read: %2")
                             .arg(QFileInfo(ProblemFile::pathFor(codePath)).fileName(), error);
        emit message(m_problemError);
    }
    setProblemModified(false);
    emit titleChanged();
    emit problemErrorChanged(m_problemError);
}

// The problem goes beside the code when there is one (a file of tests that were all removed is
// updated too); a broken problem file nobody changed is left for the user to mend.
bool DocumentController::saveProblem(const QString &codePath)
{
    const QString problemPath = ProblemFile::pathFor(codePath);
    const bool keepBroken =
        !m_problemError.isEmpty() && !m_problemModified && codePath == m_filePath;
    if (keepBroken || (m_tests->isEmpty() && !QFileInfo::exists(problemPath))) {
        setProblemModified(false);
        return true;
    }
    QString error;
    if (!ProblemFile::save(codePath, m_tests->problem(), &error)) {
        QMessageBox::warning(m_dialogParent, tr("Save File"),
                             tr("The code is saved, but its tests could not be saved to "
                                "%1:\n%2")
                                 .arg(problemPath, error));
        return false;
    }
    m_problemError.clear();
    setProblemModified(false);
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
    const bool problemSaved = saveProblem(path);
    if (path != m_filePath) {
        if (const LanguageInfo *language = m_catalog.byFileName(path))
            applyLanguage(language);
        setFilePath(path);
    }
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    emit saved(path);
    return problemSaved;
}

bool DocumentController::save()
{
    return m_filePath.isEmpty() ? saveAs() : saveFile(m_filePath);
}

bool DocumentController::saveAs()
{
    QString suggestion = m_filePath;
    if (suggestion.isEmpty())
        suggestion = ProblemHeader::fileName(m_tests->problem(), m_language);
    if (suggestion.isEmpty())
        suggestion = fileName();
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save As"), suggestion);
    return !path.isEmpty() && saveFile(path);
}

bool DocumentController::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them?").arg(title()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::applyLanguage(const LanguageInfo *language)
{
    m_language = language;
    setEditorLanguage(m_editor, language);
    emit languageChanged(language);
    if (m_filePath.isEmpty()) {
        emit fileNameChanged(fileName()); // the suggested name follows the language
        emit titleChanged();
    }
}

void DocumentController::setFilePath(const QString &path)
{
    m_filePath = path;
    emit fileNameChanged(fileName());
    emit titleChanged();
}

bool DocumentController::isUntouchedTemplate() const
{
    return m_filePath.isEmpty() && !isModified();
}
