#include "RemoteServerDialog.h"

#include "PistonBackend.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {
const QString ErrorStyle = QStringLiteral("color: #c62828;");

QUrl urlOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    // "192.168.1.20:2000" is how people write an address; a URL needs the scheme.
    return QUrl(trimmed.contains(QLatin1String("://")) ? trimmed
                                                       : QStringLiteral("http://") + trimmed,
                QUrl::StrictMode);
}
} // namespace

RemoteServerDialog::RemoteServerDialog(QWidget *parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_url(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_showKey(new QCheckBox(tr("Show"), this)),
      m_checkButton(new QPushButton(tr("Check connection"), this)), m_checkResult(new QLabel(this)),
      m_runtimes(new QListWidget(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("remoteServerDialog"));
    setWindowTitle(tr("Add Remote Server"));
    m_name->setPlaceholderText(tr("e.g. Desktop"));
    m_url->setPlaceholderText(tr("e.g. http://192.168.1.20:2000"));
    m_url->setToolTip(tr("The address of a Piston server, or of RunPad's runpad-server, which "
                         "prints it when it starts."));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Optional"));
    m_key->setToolTip(tr("Sent to the server with every request: runpad-server's --token, or a "
                         "Piston API key."));
    connect(m_showKey, &QCheckBox::toggled, this, [this](bool show) {
        m_key->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_showKey);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // labels above the fields on a phone
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    auto *keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key); // the field is a row of two, so the form cannot find it
    form->addRow(keyLabel, keyRow);

    m_checkButton->setAutoDefault(false);
    connect(m_checkButton, &QPushButton::clicked, this, &RemoteServerDialog::checkConnection);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runtimes->setObjectName(QStringLiteral("runtimeList"));
    m_runtimes->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ErrorStyle);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RemoteServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_checkButton, 0, Qt::AlignLeft);
    layout->addWidget(m_checkResult);
    layout->addWidget(m_runtimes, 1);
    layout->addStretch();
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    const QSize room = parent ? parent->window()->size() : screen()->availableSize();
    resize(QSize(480, 420).boundedTo(room));
}

void RemoteServerDialog::setServer(const RemoteServer &server)
{
    setWindowTitle(tr("Edit Remote Server"));
    m_id = server.id;
    m_name->setText(server.name);
    m_url->setText(server.url.toString());
}

void RemoteServerDialog::setApiKey(const QString &key)
{
    m_key->setText(key);
}

void RemoteServerDialog::setTakenNames(const QStringList &names)
{
    m_takenNames = names;
}

RemoteServer RemoteServerDialog::server() const
{
    return RemoteServer{m_id, m_name->text().trimmed(), urlOf(m_url->text())};
}

QString RemoteServerDialog::apiKey() const
{
    return m_key->text().trimmed();
}

QString RemoteServerDialog::problem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the server a name; the backend selector shows it.");
    if (m_takenNames.contains(name, Qt::CaseInsensitive))
        return tr("Another remote server is already called %1.").arg(name);
    return addressProblem();
}

QString RemoteServerDialog::addressProblem() const
{
    const QString text = m_url->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the server's address, e.g. http://192.168.1.20:2000.");
    return RemoteServer::urlProblem(urlOf(text));
}

void RemoteServerDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

void RemoteServerDialog::checkConnection()
{
    if (isChecking())
        return;
    // Only the address matters for a check; the name is for saving.
    if (const QString why = addressProblem(); !why.isEmpty()) {
        showCheckResult(why, true);
        emit checkFinished(false);
        return;
    }
    RemoteServer entered = server();
    if (entered.name.isEmpty())
        entered.name = entered.url.host();
    m_checkButton->setEnabled(false);
    showCheckResult(tr("Asking %1 for its runtimes…").arg(entered.url.toDisplayString()), false);
    m_check = new PistonBackend(entered, this);
    m_check->setApiKey(apiKey());
    const auto end = [this] {
        m_check->disconnect(this);
        m_check->deleteLater();
        m_check.clear();
        m_checkButton->setEnabled(true);
    };
    connect(m_check, &Backend::runtimesReady, this, [this, end](const RuntimeList &runtimes) {
        const QString name = m_check->displayName();
        end();
        m_runtimes->clear();
        for (const Runtime &runtime : runtimes) {
            auto *item =
                new QListWidgetItem(tr("%1 %2").arg(runtime.language, runtime.version), m_runtimes);
            if (!runtime.aliases.isEmpty())
                item->setToolTip(
                    tr("Also called %1").arg(runtime.aliases.join(QStringLiteral(", "))));
        }
        m_runtimes->setVisible(!runtimes.isEmpty());
        QString said =
            tr("Connected: %1 offers %n runtimes.", nullptr, int(runtimes.size())).arg(name);
        if (runtimes.isEmpty())
            said = tr("Connected, but %1 has no runtimes installed.").arg(name);
        else if (runtimes.size() == 1)
            said = tr("Connected: %1 offers 1 runtime.").arg(name);
        showCheckResult(said, false);
        emit checkFinished(true);
    });
    connect(m_check, &Backend::unavailable, this, [this, end](const QString &message) {
        end();
        m_runtimes->clear();
        m_runtimes->hide();
        showCheckResult(message, true);
        emit checkFinished(false);
    });
    m_check->fetchRuntimes();
}

void RemoteServerDialog::showCheckResult(const QString &text, bool failed)
{
    m_checkResult->setText(text);
    m_checkResult->setStyleSheet(failed ? ErrorStyle : QString());
}
