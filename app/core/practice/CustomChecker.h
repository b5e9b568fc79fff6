#pragma once

#include "Checker.h"
#include "ManyRuns.h"
#include "Verdict.h"

#include <QList>
#include <QObject>
#include <QString>

class Backend;

// Runs a testlib-style checker program on the backend: `checker input.txt output.txt answer.txt`,
// exit 0 accepts, 1 (and testlib's 2, presentation error) rejects, anything else is the
// checker's own failure. A C or C++ checker is compiled once for all cases: each case's three
// files come packed in its stdin and a small added source file writes them out before main()
// (the helper compiles every file of a request, so data files cannot ride along with code that
// is compiled). A checker in a language that needs no compiling gets the three as files of its
// request, one request per case. Other compiled languages cannot be used: their compilers would
// take the data files for sources.
class CustomChecker : public QObject {
    Q_OBJECT
public:
    struct Case {
        QString input, output, answer;
    };
    explicit CustomChecker(Backend *backend, QObject *parent = nullptr);

    void start(const CheckerSpec &spec, const QList<Case> &cases);
    void stop();
    bool isRunning() const;

    // The packed stdin of a C/C++ checker run, and the added source that unpacks it.
    static QString packFiles(const Case &test);
    static QString unpackerSource();
    // C or C++ (by any of its names, as the language data gives them).
    static bool compilesOnce(const QString &language);
    // Whether a checker can be written in the language: C, C++, or one that needs no compiling.
    static bool supportsLanguage(const QString &language);
    // Why the custom checker of spec cannot run, in a sentence; empty when it can. Run all, the
    // stress test and the problem's dialog ask this.
    static QString problemWith(const CheckerSpec &spec);

signals:
    // verdict: Accepted, WrongAnswer or CheckerError; message: the checker's words.
    void checked(int index, Verdict verdict, const QString &message);
    void finished();
    void failed(const QString &message); // the backend could not run it

private:
    void onRun(int index, const StageResult &run);
    void onCompileFailed(const StageResult &compile);

    ManyRuns m_runs;
    int m_count = 0;
};
