#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

// The line under the console through which a running program gets its input: Enter sends the
// line, Ctrl+D or the "End input" button sends end of file. Tall enough for a finger.
class ConsoleInput : public QWidget {
    Q_OBJECT
public:
    // Why nothing can be typed.
    enum class Closed {
        ByInputBox, // the Input box had text: the program got it, then end of file
        ByUser,     // the user ended the input
    };

    explicit ConsoleInput(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_line; }
    QToolButton *endButton() const { return m_end; }

    // Typing goes to the program.
    void setOpen();
    // Nothing can be typed; the placeholder says why.
    void setClosed(Closed why);
    bool isOpen() const;

signals:
    // A line the user typed, without its newline.
    void lineEntered(const QString &line);
    void endOfInput();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void send();

    QLineEdit *m_line;
    QToolButton *m_end;
};
