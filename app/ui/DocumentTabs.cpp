#include "DocumentTabs.h"

#include "CodeEditor.h"
#include "DiskWatcher.h"
#include "DocumentController.h"
#include "DocumentPage.h"
#include "LanguageCatalog.h"
#include "RecentFiles.h"

#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QTabBar>
#include <QUrl>

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}
} // namespace

DocumentTabs::DocumentTabs(const LanguageCatalog &catalog, QWidget *parent)
    : QTabWidget(parent), m_catalog(catalog), m_recentFiles(new RecentFiles(this)),
      m_diskWatcher(new DiskWatcher(this))
{
    setObjectName(QStringLiteral("documentTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    tabBar()->setElideMode(Qt::ElideMiddle);
    tabBar()->setUsesScrollButtons(true);
    setAcceptDrops(true);
    installEventFilter(this); // drops on the tab bar, as on the editors
    connect(this, &QTabWidget::tabCloseRequested, this, &DocumentTabs::closeDocument);
    connect(this, &QTabWidget::currentChanged, this,
            [this] { emit currentDocumentChanged(current()); });
    connect(m_recentFiles, &RecentFiles::openRequested, this, &DocumentTabs::openFile);
}

DocumentController *DocumentTabs::current() const
{
    return documentAt(currentIndex());
}

DocumentController *DocumentTabs::documentAt(int index) const
{
    DocumentPage *page = pageAt(index);
    return page ? page->document() : nullptr;
}

DocumentPage *DocumentTabs::pageAt(int index) const
{
    return qobject_cast<DocumentPage *>(widget(index));
}

int DocumentTabs::indexOf(const QWidget *widget) const
{
    for (int i = 0; i < count(); ++i) {
        const DocumentPage *page = pageAt(i);
        if (widget && (QTabWidget::widget(i) == widget || (page && page->editor() == widget)))
            return i;
    }
    return -1;
}

void DocumentTabs::setCurrentWidget(QWidget *widget)
{
    const int index = indexOf(widget);
    if (index >= 0)
        setCurrentIndex(index);
}

QList<DocumentController *> DocumentTabs::documents() const
{
    QList<DocumentController *> list;
    for (int i = 0; i < count(); ++i)
        list << documentAt(i);
    return list;
}

DocumentController *DocumentTabs::newDocument(const LanguageInfo *language)
{
    DocumentController *document = addDocument();
    document->newDocument(language);
    setCurrentWidget(document->editor());
    return document;
}

DocumentController *DocumentTabs::openProblem(const LanguageInfo *language, const Problem &problem)
{
    DocumentController *document =
        current() && current()->isUntouchedTemplate() ? current() : addDocument();
    document->newProblemDocument(language, problem);
    setCurrentWidget(document->editor());
    return document;
}

bool DocumentTabs::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentController *document : documents()) {
        if (!document->filePath().isEmpty() &&
            QFileInfo(document->filePath()).absoluteFilePath() == absolute) {
            setCurrentWidget(document->editor());
            return true;
        }
    }
    DocumentController *untouched =
        current() && current()->isUntouchedTemplate() ? current() : nullptr;
    DocumentController *document = untouched ? untouched : addDocument();
    if (!document->openFile(absolute)) {
        if (!untouched)
            delete pageAt(indexOf(document->editor()));
        return false;
    }
    setCurrentWidget(document->editor());
    m_recentFiles->add(absolute);
    return true;
}

void DocumentTabs::open()
{
    const QString directory = current() && !current()->filePath().isEmpty()
                                  ? QFileInfo(current()->filePath()).absolutePath()
                                  : QString();
    const QStringList paths = QFileDialog::getOpenFileNames(window(), tr("Open Files"), directory);
    for (const QString &path : paths)
        openFile(path);
}

bool DocumentTabs::closeDocument(int index)
{
    DocumentController *document = documentAt(index);
    if (!document)
        return false;
    setCurrentIndex(index); // the question is about the document in view
    if (!document->maybeSave())
        return false;
    const LanguageInfo *language = document->language();
    if (count() == 1)
        newDocument(language); // never an empty window
    const int closing = indexOf(document->editor());
    DocumentPage *page = pageAt(closing);
    removeTab(closing);
    delete page;
    return true;
}

// Hot exit, as in VS Code and Sublime Text: the session keeps every document, saved or not, and
// brings it back at the next start, so quitting asks nothing, for untitled buffers and files
// alike (a question at quit is where work gets lost, by a hurried "Don't save"; and a phone
// closes apps without asking anyone). Closing a tab still asks: that document leaves the session.
// Only when the session cannot be written (a full disk) are the questions back.
bool DocumentTabs::maybeSaveAll()
{
    if (m_keepUnsavedWork && m_keepUnsavedWork())
        return true;
    for (DocumentController *document : documents()) {
        if (!document->isModified())
            continue;
        setCurrentWidget(document->editor());
        if (!document->maybeSave())
            return false;
    }
    return true;
}

DocumentController *DocumentTabs::restoreDocument(const DocumentState &state, QString *error)
{
    DocumentController *document = addDocument(count());
    if (!document->restoreState(state, error)) {
        delete pageAt(indexOf(document->editor()));
        return nullptr;
    }
    return document;
}

DocumentController *DocumentTabs::addDocument(int index)
{
    auto *editor = new CodeEditor;
    auto *document = new DocumentController(editor, m_catalog, window());
    auto *page = new DocumentPage(editor, document);
    editor->viewport()->installEventFilter(this);
    connect(document, &DocumentController::titleChanged, this,
            [this, document] { updateTabTitle(document); });
    connect(document, &DocumentController::modifiedChanged, this,
            [this, document] { updateTabTitle(document); });
    connect(document, &DocumentController::saved, m_recentFiles, &RecentFiles::add);
    m_diskWatcher->add(document);
    emit documentAdded(document);
    insertTab(index < 0 ? currentIndex() + 1 : index, page, QString());
    updateTabTitle(document);
    return document;
}

void DocumentTabs::updateTabTitle(DocumentController *document)
{
    const int index = indexOf(document->editor());
    if (index < 0)
        return;
    // A dot after the name marks unsaved changes, as most editors do.
    // A received problem's name may hold "&", which a tab would take for a shortcut.
    QString title = document->title();
    title.replace(QLatin1Char('&'), QStringLiteral("&&"));
    setTabText(index, title + (document->isModified() ? QStringLiteral(" ●") : QString()));
    setTabToolTip(index, document->filePath().isEmpty()
                             ? tr("Not saved yet")
                             : QDir::toNativeSeparators(document->filePath()));
}

// Files dropped on the tabs or an editor open in tabs; text dropped on an editor is its own
// business.
bool DocumentTabs::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            break;
        drag->acceptProposedAction();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!openDroppedFiles(drop->mimeData()))
            break;
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QTabWidget::eventFilter(watched, event);
}

bool DocumentTabs::openDroppedFiles(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    for (const QString &file : files)
        openFile(file);
    return !files.isEmpty();
}
