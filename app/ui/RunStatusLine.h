#pragma once

#include <QWidget>

class QLabel;
struct ExecuteResult;
struct StageResult;

// One line saying how the last run went: a status badge (OK, RE, SG, TO, OL, EL, XX) and the
// details (exit code or signal, wall and CPU time, peak memory); after Run all, how many cases
// passed.
class RunStatusLine : public QWidget {
    Q_OBJECT
public:
    explicit RunStatusLine(QWidget *parent = nullptr);

    void showRunning(const QString &stage);
    void showResult(const ExecuteResult &result);
    void showFailure(const QString &message);
    // After Run all: "3/5" on green when every case passed, else on red, then the details.
    void showTests(int passed, int total, const QString &details);
    // Run all's compilation failed: CE, as the cases show it.
    void showCompileError(const QString &details);

    QString status() const;
    QString details() const;

    // E.g. "exit code 0 · wall 23 ms · CPU 18 ms · memory 7.9 MiB".
    static QString describe(const StageResult &stage, const QLocale &locale);

private:
    void display(const QString &status, const QColor &color, const QString &details);

    QLabel *m_badge;
    QLabel *m_details;
};
