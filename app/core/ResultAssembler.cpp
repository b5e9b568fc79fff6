#include "ResultAssembler.h"

#include <QList>
#include <QPair>

namespace {

qsizetype commonPrefix(const QString &text, qsizetype from, const QString &other, qsizetype at)
{
    qsizetype length = 0;
    while (from + length < text.size() && at + length < other.size() &&
           text.at(from + length) == other.at(at + length))
        ++length;
    return length;
}

// How much of a stream's match to take as one piece: programs write line by line, so a match
// that runs past a line end into the next line is cut after that line end, unless it reaches
// the end of the stream.
qsizetype pieceLength(const QString &stream, qsizetype at, qsizetype matched)
{
    if (matched == 0 || at + matched == stream.size())
        return matched;
    const qsizetype lineEnd = stream.lastIndexOf(QLatin1Char('\n'), at + matched - 1);
    return lineEnd >= at ? lineEnd + 1 - at : matched;
}

// A whole stage has stdout, stderr and both interleaved in `output`; this splits `output` back
// into stream pieces, in order, taking at each step the longer piece that continues a stream.
// Whatever `output` does not account for (a server that leaves it out or caps it differently)
// follows stream by stream.
QList<QPair<QString, QString>> streamPieces(const StageResult &stage)
{
    const QString stdoutName = QStringLiteral("stdout");
    const QString stderrName = QStringLiteral("stderr");
    QList<QPair<QString, QString>> pieces;
    qsizetype at = 0, out = 0, err = 0;
    while (at < stage.output.size()) {
        const qsizetype onOut =
            pieceLength(stage.stdout, out, commonPrefix(stage.output, at, stage.stdout, out));
        const qsizetype onErr =
            pieceLength(stage.stderr, err, commonPrefix(stage.output, at, stage.stderr, err));
        if (onOut == 0 && onErr == 0)
            break;
        if (onOut >= onErr) {
            pieces.append({stdoutName, stage.stdout.mid(out, onOut)});
            out += onOut;
        } else {
            pieces.append({stderrName, stage.stderr.mid(err, onErr)});
            err += onErr;
        }
        at += qMax(onOut, onErr);
    }
    if (out < stage.stdout.size())
        pieces.append({stdoutName, stage.stdout.mid(out)});
    if (err < stage.stderr.size())
        pieces.append({stderrName, stage.stderr.mid(err)});
    return pieces;
}

StageResult withoutOutput(StageResult stage)
{
    stage.stdout.clear();
    stage.stderr.clear();
    stage.output.clear();
    return stage;
}

} // namespace

bool ResultAssembler::take(const QJsonObject &message)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("runtime")) {
        m_result.language = message.value(QStringLiteral("language")).toString();
        m_result.version = message.value(QStringLiteral("version")).toString();
        emit runtimeKnown(m_result.language, m_result.version);
    } else if (type == QLatin1String("stage")) {
        m_stage = message.value(QStringLiteral("stage")).toString();
        m_stageOutput = StageResult();
        emit stageStarted(m_stage);
    } else if (type == QLatin1String("data")) {
        const QString stream = message.value(QStringLiteral("stream")).toString();
        const QString text = message.value(QStringLiteral("data")).toString();
        if (stream == QLatin1String("stdout"))
            m_stageOutput.stdout += text;
        else if (stream == QLatin1String("stderr"))
            m_stageOutput.stderr += text;
        else
            return true; // not output: nothing to show
        m_stageOutput.output += text;
        emit output(stream, text);
    } else if (type == QLatin1String("exit")) {
        const QString stage = message.value(QStringLiteral("stage")).toString(m_stage);
        StageResult result = StageResult::fromJson(message);
        // Piston's exit message has only code and signal; the status follows from them as in
        // its execute answer, so both read alike.
        if (!message.contains(QStringLiteral("status"))) {
            if (!result.signal.isEmpty()) {
                result.status = QStringLiteral("SG");
            } else if (result.code && *result.code != 0) {
                result.status = QStringLiteral("RE");
                if (result.message.isEmpty())
                    result.message =
                        QStringLiteral("Exited with error status %1").arg(*result.code);
            }
        }
        emit stageFinished(stage, result);
        result.stdout = m_stageOutput.stdout;
        result.stderr = m_stageOutput.stderr;
        result.output = m_stageOutput.output;
        (stage == QLatin1String("compile") ? m_result.compile : m_result.run) = result;
        m_stageOutput = StageResult();
        m_stage.clear();
    } else {
        return false;
    }
    return true;
}

void ResultAssembler::forwardTo(Job *job) const
{
    connect(this, &ResultAssembler::runtimeKnown, job, &Job::accepted);
    connect(this, &ResultAssembler::stageStarted, job, &Job::stageStarted);
    connect(this, &ResultAssembler::output, job, &Job::output);
    connect(this, &ResultAssembler::stageFinished, job, &Job::stageFinished);
}

void ResultAssembler::replay(const ExecuteResult &result)
{
    m_result = result;
    if (result.compile)
        replayStage(QStringLiteral("compile"), *result.compile);
    if (result.run)
        replayStage(QStringLiteral("run"), *result.run);
    // Several stdins: one run stage per input, in order.
    for (const StageResult &run : result.runs)
        replayStage(QStringLiteral("run"), run);
}

void ResultAssembler::replayStage(const QString &stage, const StageResult &result)
{
    emit stageStarted(stage);
    const auto pieces = streamPieces(result);
    for (const auto &[stream, text] : pieces)
        emit output(stream, text);
    emit stageFinished(stage, withoutOutput(result));
}

Job::Failure ResultAssembler::failureOf(const QString &message)
{
    if (message.startsWith(QLatin1String("internal error")))
        return Job::Failure::Internal;
    if (message.startsWith(QLatin1String("the sandbox is busy")))
        return Job::Failure::Busy;
    return Job::Failure::Rejected;
}
