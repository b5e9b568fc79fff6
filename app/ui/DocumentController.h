#pragma once

#include <QObject>
#include <QString>

class CodeEditor;
class DiagnosticMarks;
class LanguageCatalog;
class QTextDocument;
class QWidget;
class TestCaseModel;
struct DocumentState;
struct LanguageInfo;
struct Problem;

// The document behind one editor: its file, its language, its stdin, its practice problem (tests,
// limits, checker) and whether it has unsaved changes. Opens and saves files — the problem in a
// sidecar file beside the code (ProblemFile) — asks before unsaved work would be lost, notices
// when its file changes on disk, and gives and takes what the session keeps of it.
class DocumentController : public QObject {
    Q_OBJECT
public:
    // How the file on disk stands against what this document last read or saved there.
    enum class DiskConflict { None, Changed, Deleted };
    Q_ENUM(DiskConflict)

    // Lives as long as the editor; dialogs are shown over dialogParent.
    DocumentController(CodeEditor *editor, const LanguageCatalog &catalog, QWidget *dialogParent);

    CodeEditor *editor() const { return m_editor; }
    const LanguageInfo *language() const { return m_language; }
    // Empty for a document never saved.
    QString filePath() const { return m_filePath; }
    // Stable while the document is open: the session knows it by this.
    QString id() const { return m_id; }
    // What the program reads when this document runs; each document keeps its own.
    QTextDocument *stdinDocument() const { return m_stdin; }
    // Where this document runs: a Backends id. Each document keeps its own choice.
    QString backendId() const { return m_backendId; }
    void setBackendId(const QString &id);
    // Where the last run's errors are shown in the editor.
    DiagnosticMarks *diagnosticMarks() const { return m_diagnosticMarks; }
    // Whether a tool's file name (e.g. "/box/main.cpp" or "main.cpp") means this document.
    bool isNamed(const QString &toolFileName) const;
    // The file name, or what the file would be called if it were saved now.
    QString fileName() const;
    // For the tab: the file name, or a received problem's name while it is not saved.
    QString title() const;

    // The practice problem: test cases with their last verdicts, limits, checker, source.
    TestCaseModel *tests() const { return m_tests; }
    // Why the problem file beside the code could not be read when it was opened; empty if it
    // could. The broken file is not written over unless the problem is changed.
    QString problemError() const { return m_problemError; }

    // Unsaved changes in the code or in the problem.
    bool isModified() const;
    // false marks everything saved; true marks the problem changed.
    void setModified(bool modified);

    // A new unsaved document of this language, starting from its template.
    void newDocument(const LanguageInfo *language);
    // A new unsaved document for a received problem: the template under a comment naming the
    // problem, and the problem's tests and limits.
    void newProblemDocument(const LanguageInfo *language, const Problem &problem);
    // The user picked a language; code nobody has typed in switches to the new template.
    void setLanguage(const LanguageInfo *language);
    bool openFile(const QString &path);
    bool saveFile(const QString &path);

    // A new document nobody has typed into: opening a file may take its place.
    bool isUntouchedTemplate() const;

    // What the session keeps of this document; without content, text, stdin and problem are left
    // out (the session has them already).
    DocumentState state(bool withContent) const;
    // Makes this new document the one the session kept: its edits stay unsaved edits. False and
    // *error when the kept state needs the file and the file cannot be read.
    bool restoreState(const DocumentState &state, QString *error);

    // Another program changed or removed the file. An unmodified document reloads by itself (and
    // says so); otherwise diskConflictChanged() asks the user. Our own saves change nothing.
    void checkDisk();
    DiskConflict diskConflict() const { return m_diskConflict; }
    // The user's answers: the file's text replaces the buffer, or the buffer stays as it is (and
    // unsaved) until the file changes again.
    bool reloadFromDisk();
    void keepMine();

    // The user-facing commands, with dialogs.
    bool save();
    bool saveAs();
    // Before unsaved work would be lost: true when it is fine to go on.
    bool maybeSave();

signals:
    void languageChanged(const LanguageInfo *language);
    void backendIdChanged(const QString &id);
    void fileNameChanged(const QString &fileName);
    // The title may have changed: after every fileNameChanged(), and when the problem's name did.
    void titleChanged();
    // The problem file was read (error empty) or could not be (problemError()).
    void problemErrorChanged(const QString &error);
    void modifiedChanged(bool modified);
    void message(const QString &text);
    void saved(const QString &path);
    void diskConflictChanged(DiskConflict conflict);

private:
    void applyLanguage(const LanguageInfo *language);
    void setFilePath(const QString &path);
    // The template, under a comment naming the problem if there is one.
    QString startingText(const LanguageInfo *language) const;
    void loadProblem(const QString &codePath);
    bool saveProblem(const QString &codePath);
    void setProblemModified(bool modified);
    void updateModified();
    // Highlights after the file name; keeps `fallback` as what the code runs as when the name
    // says no language we run.
    void applyFileLanguage(const QString &path, const LanguageInfo *fallback);
    // The text as the file now has it, the cursor kept where it was as far as it can be.
    void takeDiskText(const QByteArray &bytes);
    void setDiskConflict(DiskConflict conflict);

    CodeEditor *m_editor;
    const LanguageCatalog &m_catalog;
    QWidget *m_dialogParent;
    const LanguageInfo *m_language = nullptr;
    QString m_filePath;
    QString m_backendId;
    QTextDocument *m_stdin;
    DiagnosticMarks *m_diagnosticMarks;
    TestCaseModel *m_tests;
    QString m_problemError;
    bool m_problemModified = false;
    bool m_modified = false; // what modifiedChanged() last said
    QString m_id;
    QByteArray m_diskHash;       // of the file as last read or saved
    bool m_keptModified = false; // unsaved edits restored from the session
    bool m_deletedOnDisk = false;
    DiskConflict m_diskConflict = DiskConflict::None;
};
