#include "FileChangedBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
// Apple's and Google's smallest comfortable touch target.
constexpr int TouchTarget = 44;
} // namespace

FileChangedBar::FileChangedBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel), m_reload(new QPushButton(tr("Reload"))),
      m_keep(new QPushButton(tr("Keep mine")))
{
    setObjectName(QStringLiteral("fileChangedBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_reload->setToolTip(tr("Replace your text with the file as it is on disk now"));
    m_keep->setToolTip(tr("Keep your text; saving it will overwrite the file"));
    for (QPushButton *button : {m_reload, m_keep})
        button->setMinimumSize(TouchTarget * 2, TouchTarget);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &FileChangedBar::reloadClicked);
    connect(m_keep, &QPushButton::clicked, this, &FileChangedBar::keepClicked);
    hide();
}

void FileChangedBar::showChanged(const QString &fileName)
{
    m_label->setText(tr("%1 changed on disk.").arg(fileName));
    m_reload->show();
    show();
}

void FileChangedBar::showDeleted(const QString &fileName)
{
    m_label->setText(
        tr("%1 was deleted on disk. Your text is kept, unsaved; save it to write the file again.")
            .arg(fileName));
    m_reload->hide(); // nothing to reload
    show();
}
