#include "BackendSelector.h"

#include "Backends.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QToolButton>

namespace {
constexpr int MaximumNameCharacters = 20;
const char *const NameProperty = "backendName"; // the name as shown when there is room

QString shortened(const QString &name)
{
    return name.size() > MaximumNameCharacters
               ? name.left(MaximumNameCharacters - 1) + QChar(0x2026)
               : name;
}
} // namespace

BackendSelector::BackendSelector(Backends *backends, QWidget *parent)
    : QWidget(parent), m_backends(backends), m_layout(new QHBoxLayout(this)),
      m_group(new QButtonGroup(this)), m_manage(new QToolButton(this)),
      m_currentId(Backends::localId())
{
    setObjectName(QStringLiteral("backendSelector"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    // The chosen backend stands out as a selection does, in light and dark palettes alike.
    setStyleSheet(QStringLiteral(
        "QToolButton#backendButton { padding: 3px 8px; border: 1px solid palette(mid);"
        " border-radius: 3px; background: palette(button); color: palette(button-text); }"
        "QToolButton#backendButton:hover:!checked { background: palette(light); }"
        "QToolButton#backendButton:checked { background: palette(highlight);"
        " color: palette(highlighted-text); border-color: palette(highlight); }"));
    m_group->setExclusive(true);
    m_manage->setObjectName(QStringLiteral("manageRemotes"));
    m_manage->setText(tr("Manage remotes…"));
    m_manage->setToolTip(tr("Add, check or remove remote servers"));
    m_manage->setAutoRaise(true);
    m_layout->addWidget(m_manage);
    connect(m_manage, &QToolButton::clicked, this, &BackendSelector::manageRequested);
    connect(m_group, qOverload<QAbstractButton *>(&QButtonGroup::buttonClicked), this,
            [this](QAbstractButton *button) {
                const QString id = button->property("backendId").toString();
                if (id == m_currentId)
                    return;
                m_currentId = id;
                emit backendPicked(id);
            });
    connect(m_backends, &Backends::backendsChanged, this, &BackendSelector::rebuild);
    rebuild();
}

void BackendSelector::setCurrentId(const QString &id)
{
    m_currentId = id;
    if (QAbstractButton *current = button(id))
        current->setChecked(true);
}

QAbstractButton *BackendSelector::button(const QString &id) const
{
    for (QAbstractButton *button : m_group->buttons()) {
        if (button->property("backendId").toString() == id)
            return button;
    }
    return nullptr;
}

QAbstractButton *BackendSelector::manageButton() const
{
    return m_manage;
}

void BackendSelector::rebuild()
{
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    const QStringList ids = m_backends->ids();
    for (int i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        const QString name = m_backends->name(id);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("backendButton"));
        button->setCheckable(true);
        button->setProperty("backendId", id);
        button->setProperty(NameProperty, shortened(name));
        const std::optional<RemoteServer> remote = m_backends->remote(id);
        button->setToolTip(
            remote ? tr("Run this tab's code on %1 (%2)").arg(name, remote->url.toDisplayString())
                   : tr("Run this tab's code on this computer, in the sandbox"));
        m_group->addButton(button);
        m_layout->insertWidget(i, button);
        button->show(); // now, not later: the size below counts only buttons that are shown
    }
    setCurrentId(m_currentId);
    // The full size is what the layout asks for with every name whole.
    fitTexts(QWIDGETSIZE_MAX);
    m_layout->invalidate();
    m_fullSize = m_layout->sizeHint();
    updateGeometry();
    fitTexts(width());
}

QSize BackendSelector::sizeHint() const
{
    return m_fullSize;
}

// Every backend keeps a few letters of its name, so each button still says which it is.
QSize BackendSelector::minimumSizeHint() const
{
    const QList<QAbstractButton *> buttons = m_group->buttons();
    int width = m_layout->spacing() * int(buttons.size());
    for (QAbstractButton *button : buttons) {
        const QString name = button->property(NameProperty).toString();
        const QString least = button->fontMetrics().elidedText(
            name, Qt::ElideRight, button->fontMetrics().horizontalAdvance(QStringLiteral("Mmm…")));
        width += button->sizeHint().width() -
                 button->fontMetrics().horizontalAdvance(button->text()) +
                 button->fontMetrics().horizontalAdvance(least);
    }
    const QFontMetrics metrics = m_manage->fontMetrics();
    const int manage = m_manage->sizeHint().width() - metrics.horizontalAdvance(m_manage->text()) +
                       metrics.horizontalAdvance(QStringLiteral("…"));
    return QSize(width + manage, m_fullSize.height());
}

void BackendSelector::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTexts(event->size().width());
}

void BackendSelector::fitTexts(int width)
{
    const QList<QAbstractButton *> buttons = m_group->buttons();
    if (width >= m_fullSize.width() || buttons.isEmpty()) {
        m_manage->setText(tr("Manage remotes…"));
        for (QAbstractButton *button : buttons)
            button->setText(button->property(NameProperty).toString());
        return;
    }
    m_manage->setText(QStringLiteral("…"));
    // Each backend gets an equal share of what is left; its padding comes off the share.
    const int left =
        width - m_manage->sizeHint().width() - m_layout->spacing() * int(buttons.size());
    const int share = left / int(buttons.size());
    for (QAbstractButton *button : buttons) {
        const QString name = button->property(NameProperty).toString();
        const int padding =
            button->sizeHint().width() - button->fontMetrics().horizontalAdvance(button->text());
        button->setText(
            button->fontMetrics().elidedText(name, Qt::ElideRight, qMax(0, share - padding)));
    }
}
