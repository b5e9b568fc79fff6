#pragma once

#include <QWidget>

class Backends;
class QBoxLayout;
class QLabel;
class QListWidget;
class QMessageBox;
class QPushButton;
class RemoteServerDialog;

// The settings page of the remote servers: lists them, and adds, edits (with a connection check)
// and removes them. Says so when API keys cannot go to a keychain and sit in the settings file.
class RemoteServersPage : public QWidget {
    Q_OBJECT
public:
    explicit RemoteServersPage(Backends *backends, QWidget *parent = nullptr);

    QListWidget *serverList() const { return m_list; }
    QLabel *keyWarning() const { return m_keyWarning; }
    QLabel *messageLabel() const { return m_message; }
    // The dialogs are window-modal and returned open, so the window goes on drawing meanwhile.
    RemoteServerDialog *addServer();
    RemoteServerDialog *editServer(const QString &id);
    // Asks first; the answer removes it or not.
    QMessageBox *removeServer(const QString &id);
    // The id of the selected server; empty when none is.
    QString selectedId() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    // After a server is saved, once its key is stored or failed to be.
    void serverSaved(const QString &id);

private:
    void reload();
    void showKeyWarning();
    RemoteServerDialog *openDialog();
    void save(RemoteServerDialog *dialog);
    void showMessage(const QString &text, bool failed);
    void updateButtons();

    Backends *m_backends;
    QBoxLayout *m_listRow;
    QBoxLayout *m_buttons;
    QLabel *m_keyWarning;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_message;
};
