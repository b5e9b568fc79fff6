#include "DocumentController.h"

#include "AtomicFile.h"
#include "Backends.h"
#include "CodeEditor.h"
#include "DiagnosticMarks.h"
#include "DocumentState.h"
#include "EditorLanguage.h"
#include "LanguageCatalog.h"
#include "ProblemFile.h"
#include "ProblemHeader.h"
#include "TestCaseModel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QTextDocument>
#include <QUuid>

namespace {
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}
} // namespace

DocumentController::DocumentController(CodeEditor *editor, const LanguageCatalog &catalog,
                                       QWidget *dialogParent)
    : QObject(editor), m_editor(editor), m_catalog(catalog), m_dialogParent(dialogParent),
      m_backendId(Backends::localId()), m_stdin(new QTextDocument(this)),
      m_diagnosticMarks(new DiagnosticMarks(editor)), m_tests(new TestCaseModel(this)),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    return m_editor->isModified() || m_problemModified || m_keptModified || m_deletedOnDisk;
}

void DocumentController::setModified(bool modified)
{
    if (!modified) {
        m_editor->setModified(false);
        m_keptModified = false;
        m_deletedOnDisk = false;
    }
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
    applyFileLanguage(path, m_language);
    const QByteArray bytes = file.readAll();
    m_editor->setDocumentText(QString::fromUtf8(bytes));
    m_diskHash = hashOf(bytes);
    m_keptModified = m_deletedOnDisk = false;
    setDiskConflict(DiskConflict::None);
    setFilePath(path);
    loadProblem(path);
    return true;
}

// Files not in a known language keep the one they had, so they can still be run, but are
// highlighted after their name (a .json, a Makefile) and edited as plain text.
void DocumentController::applyFileLanguage(const QString &path, const LanguageInfo *fallback)
{
    if (const LanguageInfo *language = m_catalog.byFileName(path)) {
        applyLanguage(language);
        return;
    }
    if (fallback != m_language) {
        m_language = fallback;
        emit languageChanged(fallback);
    }
    setEditorLanguage(m_editor, nullptr, QFileInfo(path).fileName());
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

// QSaveFile: the old file stays whole until the new one is complete, so a full disk loses
// nothing, and the buffer stays modified.
bool DocumentController::saveFile(const QString &path)
{
    const QByteArray bytes = m_editor->text().toUtf8();
    QString error;
    if (!AtomicFile::write(path, bytes, &error)) {
        QMessageBox::warning(m_dialogParent, tr("Save File"),
                             tr("Cannot save %1:\n%2\nYour text is still here, not saved.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_diskHash = hashOf(bytes); // the change the file watcher is about to see is ours
    m_keptModified = m_deletedOnDisk = false;
    setDiskConflict(DiskConflict::None);
    m_editor->setModified(false);
    updateModified();
    const bool problemSaved = saveProblem(path);
    if (path != m_filePath) {
        // The name first: a language applied to a named file leaves its name and title alone.
        setFilePath(path);
        if (const LanguageInfo *language = m_catalog.byFileName(path))
            applyLanguage(language);
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

DocumentState DocumentController::state(bool withContent) const
{
    DocumentState state;
    state.id = m_id;
    state.filePath = m_filePath;
    state.languageId = m_language ? m_language->id : QString();
    state.backendId = m_backendId;
    state.textModified = m_editor->isModified() || m_keptModified || m_deletedOnDisk;
    state.problemModified = m_problemModified;
    state.diskHash = QString::fromLatin1(m_diskHash.toHex());
    m_editor->getCursorPosition(&state.cursorLine, &state.cursorIndex);
    state.firstVisibleLine = m_editor->firstVisibleLine();
    if (withContent) {
        if (state.keepsText())
            state.text = m_editor->text();
        state.stdinText = m_stdin->toPlainText();
        if (state.keepsProblem())
            state.problem = m_tests->problem();
    }
    return state;
}

bool DocumentController::restoreState(const DocumentState &state, QString *error)
{
    const LanguageInfo *language =
        state.languageId.isEmpty() ? nullptr : m_catalog.byName(state.languageId);
    QByteArray bytes;
    bool onDisk = false;
    if (!state.filePath.isEmpty()) {
        QFile file(state.filePath);
        onDisk = file.open(QIODevice::ReadOnly);
        if (onDisk)
            bytes = file.readAll();
        else if (!state.text) { // nothing unsaved: the file was all there was
            if (error)
                *error = tr("%1 could not be opened again: %2")
                             .arg(QDir::toNativeSeparators(state.filePath), file.errorString());
            return false;
        }
    }
    m_id = state.id;
    if (!state.backendId.isEmpty())
        setBackendId(state.backendId);
    if (state.filePath.isEmpty())
        applyLanguage(language);
    else
        applyFileLanguage(state.filePath, language);
    m_editor->setDocumentText(state.text ? *state.text : QString::fromUtf8(bytes));
    m_keptModified = state.text && state.textModified;
    if (!state.filePath.isEmpty()) {
        // The edits were made over the file as it was then; the file may have moved on since.
        m_diskHash = state.text ? QByteArray::fromHex(state.diskHash.toLatin1()) : hashOf(bytes);
        setFilePath(state.filePath);
    }
    if (state.problem || state.filePath.isEmpty()) {
        m_tests->setProblem(state.problem.value_or(Problem()));
        m_problemError.clear();
        setProblemModified(state.problemModified);
        emit titleChanged();
    } else {
        loadProblem(state.filePath);
    }
    m_stdin->setPlainText(state.stdinText);
    const int line = qBound(0, state.cursorLine, qMax(0, m_editor->lines() - 1));
    m_editor->setCursorPosition(line, qBound(0, state.cursorIndex, m_editor->lineLength(line)));
    m_editor->setFirstVisibleLine(state.firstVisibleLine);
    updateModified();
    if (!state.filePath.isEmpty() && (!onDisk || hashOf(bytes) != m_diskHash))
        checkDisk();
    return true;
}

void DocumentController::checkDisk()
{
    if (m_filePath.isEmpty())
        return;
    QFile file(m_filePath);
    if (!file.exists()) {
        m_deletedOnDisk = true; // the buffer is all that is left of it
        updateModified();
        setDiskConflict(DiskConflict::Deleted);
        return;
    }
    if (!file.open(QIODevice::ReadOnly))
        return; // being replaced, perhaps: the watcher tells again when it is there
    const QByteArray bytes = file.readAll();
    const QByteArray hash = hashOf(bytes);
    if (hash == m_diskHash) { // our own save, a touch, or back as it was
        m_deletedOnDisk = false;
        updateModified();
        setDiskConflict(DiskConflict::None);
        return;
    }
    if (bytes == m_editor->text().toUtf8()) { // the file has what the buffer has: nothing to ask
        m_diskHash = hash;
        m_keptModified = m_deletedOnDisk = false;
        m_editor->setModified(false);
        updateModified();
        setDiskConflict(DiskConflict::None);
        return;
    }
    if (!isModified()) { // nothing of the user's to lose: take it, as VS Code does
        takeDiskText(bytes);
        emit message(tr("%1 changed on disk and was reloaded.").arg(fileName()));
        return;
    }
    setDiskConflict(DiskConflict::Changed);
}

bool DocumentController::reloadFromDisk()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit message(tr("Cannot reload %1: %2").arg(fileName(), file.errorString()));
        return false;
    }
    takeDiskText(file.readAll());
    return true;
}

void DocumentController::keepMine()
{
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        m_diskHash = hashOf(file.readAll()); // asked about this version: not again
    setDiskConflict(DiskConflict::None);
}

void DocumentController::takeDiskText(const QByteArray &bytes)
{
    int line = 0, index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int firstVisible = m_editor->firstVisibleLine();
    m_editor->setDocumentText(QString::fromUtf8(bytes));
    line = qBound(0, line, qMax(0, m_editor->lines() - 1));
    m_editor->setCursorPosition(line, qBound(0, index, m_editor->lineLength(line)));
    m_editor->setFirstVisibleLine(firstVisible);
    m_diskHash = hashOf(bytes);
    m_keptModified = m_deletedOnDisk = false;
    updateModified();
    setDiskConflict(DiskConflict::None);
}

void DocumentController::setDiskConflict(DiskConflict conflict)
{
    if (conflict == m_diskConflict)
        return;
    m_diskConflict = conflict;
    emit diskConflictChanged(conflict);
}
