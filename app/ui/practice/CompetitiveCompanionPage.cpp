#include "CompetitiveCompanionPage.h"

#include "CompanionController.h"
#include "CompetitiveCompanionListener.h"
#include "LanguageCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

CompetitiveCompanionPage::CompetitiveCompanionPage(CompanionController *companion, QWidget *parent)
    : QWidget(parent), m_companion(companion),
      m_enabled(new QCheckBox(tr("&Receive problems from Competitive Companion"))),
      m_port(new QSpinBox), m_language(new QComboBox), m_status(new QLabel),
      m_instructions(new QLabel)
{
    setObjectName(QStringLiteral("competitiveCompanionPage"));
    m_enabled->setObjectName(QStringLiteral("companionEnabled"));
    m_port->setObjectName(QStringLiteral("companionPort"));
    m_port->setRange(1024, 65535);
    m_port->setKeyboardTracking(false); // not a new listener for each digit typed
    m_language->setObjectName(QStringLiteral("companionLanguage"));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(10);
    m_language->addItem(tr("The language of the tab in view"), QString());
    for (const LanguageInfo &language : LanguageCatalog::instance().languages())
        m_language->addItem(language.name, language.id);
    m_status->setObjectName(QStringLiteral("companionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->setObjectName(QStringLiteral("companionInstructions"));
    m_instructions->setWordWrap(true);
    m_instructions->setOpenExternalLinks(true);
    m_instructions->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Language of new problems:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_instructions);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, companion, &CompanionController::setEnabled);
    connect(m_port, qOverload<int>(&QSpinBox::valueChanged), companion,
            [companion](int port) { companion->setPort(quint16(port)); });
    connect(m_language, qOverload<int>(&QComboBox::activated), companion,
            [this] { m_companion->setLanguageId(m_language->currentData().toString()); });
    connect(companion, &CompanionController::stateChanged, this,
            &CompetitiveCompanionPage::showState);
    showState();
}

void CompetitiveCompanionPage::showState()
{
    const QSignalBlocker enabledBlocker(m_enabled);
    const QSignalBlocker portBlocker(m_port);
    m_enabled->setChecked(m_companion->isEnabled());
    // Port 0 (any free port, in tests) shows the port taken.
    const quint16 port = m_companion->port() ? m_companion->port() : m_companion->listeningPort();
    m_port->setValue(port);
    m_port->setEnabled(m_companion->isEnabled());
    m_language->setEnabled(m_companion->isEnabled());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_companion->languageId())));

    QString status;
    QString color;
    if (!m_companion->isEnabled()) {
        status = tr("Off: problems sent from the browser are not received.");
    } else if (m_companion->isListening()) {
        status = tr("Listening on 127.0.0.1:%1.").arg(m_companion->listeningPort());
        color = QStringLiteral("#2e7d32");
    } else {
        status = tr("%1. Another program uses port %2: close it, or pick another port here "
                    "and in the extension.")
                     .arg(m_companion->error())
                     .arg(port);
        color = QStringLiteral("#c62828");
    }
    if (CompetitiveCompanionListener::portsTakenByOtherTools().contains(port))
        status += QLatin1Char(' ') +
                  tr("Port %1 is in the extension's own list, for another tool: with that tool "
                     "running too, pick another port.")
                      .arg(port);
    m_status->setText(status);
    m_status->setStyleSheet(
        color.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color));

    m_instructions->setText(
        tr("<p><a href=\"https://github.com/jmerle/competitive-companion\">Competitive "
           "Companion</a> is a browser extension (Firefox, Chrome) that sends a problem to "
           "RunPad with one click on its page: the problem opens in a new tab with its sample "
           "tests and its time and memory limits; a whole contest opens a tab for each "
           "problem.</p>"
           "<p>The extension does not know RunPad's port yet. To add it:</p><ol>"
           "<li>Open the extension's options (right-click its green plus icon, then "
           "<i>Manage extension</i> or <i>Options</i>).</li>"
           "<li>In <b>Custom ports</b>, add <b>%1</b> (ports are separated by commas) and "
           "save.</li>"
           "<li>On a problem's page, click the green plus: the problem opens here.</li></ol>")
            .arg(port));
}
