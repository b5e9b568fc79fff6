#pragma once

#include <QWidget>

class CompanionController;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

// The settings page of Competitive Companion: on or off, the port, the language received
// problems start in, whether RunPad listens (or why not), and how to add the port to the
// extension's "Custom ports".
class CompetitiveCompanionPage : public QWidget {
    Q_OBJECT
public:
    explicit CompetitiveCompanionPage(CompanionController *companion, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *portBox() const { return m_port; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *instructionsLabel() const { return m_instructions; }

private:
    void showState();

    CompanionController *m_companion;
    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QComboBox *m_language;
    QLabel *m_status;
    QLabel *m_instructions;
};
