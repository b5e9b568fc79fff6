#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>

// One runpad-cli run of a test: what it printed and how it ended (-1: it did not end in two
// minutes, -2: it crashed).
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject stage(const QString &name) const { return json().value(name).toObject(); }

    // Runs RUNPAD_CLI with the arguments, the input on its stdin and the environment.
    static CliRun of(const QStringList &arguments, const QByteArray &input,
                     const QProcessEnvironment &environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RUNPAD_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            qWarning("runpad-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
};
