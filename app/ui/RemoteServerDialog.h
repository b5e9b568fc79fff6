#pragma once

#include "RemoteServer.h"

#include <QDialog>
#include <QPointer>

class PistonBackend;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Adds or edits one remote server: its name, address and API key. "Check connection" asks the
// server for its runtimes with exactly what is entered and lists them, or says what went wrong.
// Save is refused, with a reason, while the entries cannot make a server.
class RemoteServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit RemoteServerDialog(QWidget *parent = nullptr);

    // Editing an existing server (its id is kept).
    void setServer(const RemoteServer &server);
    void setApiKey(const QString &key);
    // Names of the other servers: two in the selector must not look the same.
    void setTakenNames(const QStringList &names);

    // What is entered (the address read as a URL, "http://" added when it has no scheme).
    RemoteServer server() const;
    QString apiKey() const;
    // What is wrong with the entries, in words for the user; empty when they make a server.
    QString problem() const;

    void checkConnection();
    bool isChecking() const { return !m_check.isNull(); }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QCheckBox *showKeyBox() const { return m_showKey; }
    QPushButton *checkButton() const { return m_checkButton; }
    QLabel *checkResult() const { return m_checkResult; }
    QListWidget *runtimeList() const { return m_runtimes; }
    QLabel *problemLabel() const { return m_problem; }

signals:
    void checkFinished(bool reached);

public slots:
    void accept() override;

private:
    QString addressProblem() const;
    void showCheckResult(const QString &text, bool failed);

    QString m_id;
    QStringList m_takenNames;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QCheckBox *m_showKey;
    QPushButton *m_checkButton;
    QLabel *m_checkResult;
    QListWidget *m_runtimes;
    QLabel *m_problem;
    QPointer<PistonBackend> m_check;
};
