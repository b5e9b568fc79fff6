#pragma once

#include <QDialog>

#include <optional>

class Backends;
class CompanionController;
class CompetitiveCompanionPage;
class QBoxLayout;
class QListWidget;
class QStackedWidget;
class RemoteServersPage;
class UiLanguagePage;

// The app's settings, one page each, picked from a list: on the left, or across the top on a
// narrow (phone) screen. Changes apply at once; the dialog only has Close.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Backends *backends, QWidget *parent = nullptr);
    // With a page for Competitive Companion when companion is given.
    SettingsDialog(Backends *backends, CompanionController *companion, QWidget *parent = nullptr);

    RemoteServersPage *remoteServersPage() const { return m_remoteServers; }
    // nullptr without a CompanionController.
    CompetitiveCompanionPage *companionPage() const { return m_companion; }
    UiLanguagePage *uiLanguagePage() const { return m_uiLanguage; }
    void showPage(QWidget *page);
    QWidget *currentPage() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addPage(const QString &title, QWidget *page);

    QBoxLayout *m_body;
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
    RemoteServersPage *m_remoteServers;
    CompetitiveCompanionPage *m_companion = nullptr;
    UiLanguagePage *m_uiLanguage;
    std::optional<bool> m_narrow; // how the list is laid out; unset before the first resize
};
