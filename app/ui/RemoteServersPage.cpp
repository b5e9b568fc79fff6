#include "RemoteServersPage.h"

#include "Backends.h"
#include "RemoteServerDialog.h"
#include "RemoteServerStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole;
// Below this width (in average characters) the buttons go under the list.
constexpr int NarrowCharacters = 50;
} // namespace

RemoteServersPage::RemoteServersPage(Backends *backends, QWidget *parent)
    : QWidget(parent), m_backends(backends), m_listRow(new QBoxLayout(QBoxLayout::LeftToRight)),
      m_buttons(new QBoxLayout(QBoxLayout::TopToBottom)), m_keyWarning(new QLabel(this)),
      m_list(new QListWidget(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_remove(new QPushButton(tr("&Remove"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("remoteServersPage"));
    auto *intro = new QLabel(tr("Run code on another computer: a Piston server, or another "
                                "RunPad machine running <tt>runpad-server</tt>. Each server "
                                "appears in the toolbar beside the local sandbox."),
                             this);
    intro->setWordWrap(true);
    m_keyWarning->setObjectName(QStringLiteral("keyWarning"));
    m_keyWarning->setWordWrap(true);
    m_keyWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c36c;"
                       " border-radius: 3px; padding: 6px; }"));
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setSpacing(2); // rows a finger can hit
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    m_listRow->addWidget(m_list, 1);
    m_listRow->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_keyWarning);
    layout->addLayout(m_listRow, 1);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &RemoteServersPage::addServer);
    connect(m_edit, &QPushButton::clicked, this, [this] { editServer(selectedId()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeServer(selectedId()); });
    connect(m_list, &QListWidget::itemActivated, this, [this] { editServer(selectedId()); });
    connect(m_list, &QListWidget::currentRowChanged, this, &RemoteServersPage::updateButtons);
    connect(m_backends->store(), &RemoteServerStore::serversChanged, this,
            &RemoteServersPage::reload);
    connect(m_backends->store(), &RemoteServerStore::keyStorageWarningChanged, this,
            &RemoteServersPage::showKeyWarning);
    reload();
}

QString RemoteServersPage::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

RemoteServerDialog *RemoteServersPage::addServer()
{
    RemoteServerDialog *dialog = openDialog();
    dialog->nameEdit()->setFocus();
    return dialog;
}

RemoteServerDialog *RemoteServersPage::editServer(const QString &id)
{
    const std::optional<RemoteServer> server = m_backends->store()->server(id);
    if (!server)
        return nullptr;
    RemoteServerDialog *dialog = openDialog();
    dialog->setServer(*server);
    QStringList others;
    for (const RemoteServer &other : m_backends->store()->servers()) {
        if (other.id != id)
            others << other.name;
    }
    dialog->setTakenNames(others);
    // The key may take a moment to come out of the keychain.
    const QPointer<RemoteServerDialog> guard(dialog);
    m_backends->store()->readKey(id, [guard](const QString &key) {
        if (guard && guard->apiKey().isEmpty())
            guard->setApiKey(key);
    });
    return dialog;
}

QMessageBox *RemoteServersPage::removeServer(const QString &id)
{
    const std::optional<RemoteServer> server = m_backends->store()->server(id);
    if (!server)
        return nullptr;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove Remote Server"),
                        tr("Remove %1 (%2)?").arg(server->name, server->url.toDisplayString()),
                        QMessageBox::NoButton, this);
    box->setInformativeText(tr("Its API key is forgotten, and tabs that run there switch to the "
                               "local sandbox."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id, name = server->name] {
        if (box->clickedButton() != remove)
            return;
        m_backends->store()->remove(id);
        showMessage(tr("Removed %1.").arg(name), false);
    });
    box->open();
    return box;
}

RemoteServerDialog *RemoteServersPage::openDialog()
{
    auto *dialog = new RemoteServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (const RemoteServer &server : m_backends->store()->servers())
        names << server.name;
    dialog->setTakenNames(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { save(dialog); });
    dialog->open();
    return dialog;
}

void RemoteServersPage::save(RemoteServerDialog *dialog)
{
    RemoteServerStore *store = m_backends->store();
    const QString id = store->save(dialog->server());
    const QString name = dialog->server().name;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id)
            m_list->setCurrentRow(row);
    }
    const QPointer<RemoteServersPage> self(this);
    store->writeKey(id, dialog->apiKey(), [self, id, name](const QString &error) {
        if (!self)
            return;
        self->m_backends->reloadKey(id);
        self->showKeyWarning(); // it may have changed with this write
        if (error.isEmpty())
            self->showMessage(tr("Saved %1.").arg(name), false);
        else
            self->showMessage(
                tr("Saved %1, but its API key could not be stored: %2").arg(name, error), true);
        emit self->serverSaved(id);
    });
}

void RemoteServersPage::reload()
{
    const QString selected = selectedId();
    m_list->clear();
    for (const RemoteServer &server : m_backends->store()->servers()) {
        auto *item = new QListWidgetItem(
            server.name + QLatin1Char('\n') + server.url.toDisplayString(), m_list);
        item->setToolTip(server.url.toDisplayString());
        item->setData(IdRole, server.id);
        if (server.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showKeyWarning();
    updateButtons();
}

void RemoteServersPage::showKeyWarning()
{
    const QString warning = m_backends->store()->keyStorageWarning();
    m_keyWarning->setText(warning);
    m_keyWarning->setVisible(!warning.isEmpty());
}

void RemoteServersPage::showMessage(const QString &text, bool failed)
{
    m_message->setText(text);
    m_message->setStyleSheet(failed ? QStringLiteral("color: #c62828;") : QString());
}

void RemoteServersPage::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

// On a phone the list takes the whole width and the buttons line up under it.
void RemoteServersPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool narrow = event->size().width() < fontMetrics().averageCharWidth() * NarrowCharacters;
    m_listRow->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_buttons->setDirection(narrow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}
