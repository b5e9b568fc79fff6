#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

// The settings page of the interface's language: the system's, or one RunPad has a translation
// for. The choice is saved at once (UiLanguage) and takes effect when RunPad starts again.
class UiLanguagePage : public QWidget {
    Q_OBJECT
public:
    explicit UiLanguagePage(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QLabel *noteLabel() const { return m_note; }

private:
    void choose(int index);

    QComboBox *m_language;
    QLabel *m_note;
};
