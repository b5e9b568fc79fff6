#include "SettingsDialog.h"

#include "CompetitiveCompanionPage.h"
#include "RemoteServersPage.h"
#include "UiLanguagePage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QResizeEvent>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
// Below this width (in average characters) the page list goes across the top.
constexpr int NarrowCharacters = 75;
} // namespace

SettingsDialog::SettingsDialog(Backends *backends, QWidget *parent)
    : SettingsDialog(backends, nullptr, parent)
{
}

SettingsDialog::SettingsDialog(Backends *backends, CompanionController *companion, QWidget *parent)
    : QDialog(parent), m_body(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_pageList(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_remoteServers(new RemoteServersPage(backends, this)), m_uiLanguage(new UiLanguagePage(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pageList->setObjectName(QStringLiteral("settingsPages"));

    addPage(tr("Remote servers"), m_remoteServers);
    if (companion) {
        m_companion = new CompetitiveCompanionPage(companion, this);
        addPage(tr("Competitive Companion"), m_companion);
    }
    addPage(tr("Language"), m_uiLanguage);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_body->addWidget(m_pageList);
    m_body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body, 1);
    layout->addWidget(buttons);
    // As big as it is useful, no bigger than the window it belongs to.
    const QSize room = parent ? parent->window()->size() : screen()->availableSize();
    resize(QSize(760, 520).boundedTo(room));
}

void SettingsDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    if (m_narrow && *m_narrow == narrow)
        return;
    m_narrow = narrow;
    if (narrow) {
        m_body->setDirection(QBoxLayout::TopToBottom);
        m_pageList->setFlow(QListView::LeftToRight);
        m_pageList->setMaximumWidth(QWIDGETSIZE_MAX);
        m_pageList->setMaximumHeight(m_pageList->sizeHintForRow(0) + 2 * m_pageList->frameWidth() +
                                     4);
    } else {
        m_body->setDirection(QBoxLayout::LeftToRight);
        m_pageList->setFlow(QListView::TopToBottom);
        m_pageList->setMaximumWidth(fontMetrics().averageCharWidth() *
                                    25); // "Competitive Companion"
        m_pageList->setMaximumHeight(QWIDGETSIZE_MAX);
    }
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_pageList->addItem(title);
    m_pages->addWidget(page);
}

void SettingsDialog::showPage(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_pageList->setCurrentRow(index);
}

QWidget *SettingsDialog::currentPage() const
{
    return m_pages->currentWidget();
}
