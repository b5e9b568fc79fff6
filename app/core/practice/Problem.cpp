#include "Problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <cmath>

namespace {

// Version 2 added inputFile, inputPattern and outputFile; a version 1 file has none of them.
constexpr int fileVersion = 2;
constexpr int oldestFileVersion = 1;
// Beyond these a value is a mistake, not a limit: an hour and 64 GiB.
constexpr double maxTimeLimitMs = 3600.0 * 1000;
constexpr double maxMemoryBytes = 64.0 * 1024 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Problem", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A string field that may be missing (then empty) but, when given, must be a string.
bool optionalString(const QJsonObject &object, const QString &key, QString *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, QCoreApplication::translate("Problem", "%1 must be a string").arg(key));
    *value = v.toString();
    return true;
}

bool positiveNumber(const QJsonValue &v, const QString &what, double max, double *value,
                    QString *error)
{
    if (!v.isDouble())
        return fail(error,
                    QCoreApplication::translate("Problem", "%1 is required as a number").arg(what));
    const double d = v.toDouble();
    if (!std::isfinite(d) || d <= 0)
        return fail(
            error,
            QCoreApplication::translate("Problem", "%1 must be positive, not %2").arg(what).arg(d));
    if (d > max)
        return fail(error,
                    QCoreApplication::translate("Problem", "%1 is too large: %2").arg(what).arg(d));
    *value = d;
    return true;
}

bool optionalBool(const QJsonObject &object, const QString &key, bool *value, QString *error)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(error,
                    QCoreApplication::translate("Problem", "%1 must be true or false").arg(key));
    *value = v.toBool();
    return true;
}

// Competitive Companion's `input` ({type: stdin|file|regex, fileName?, pattern?}) or `output`
// ({type: stdout|file, fileName?}); missing means the standard stream.
bool readStream(const QJsonObject &payload, const QString &key, const QString &standard,
                QString *fileName, QString *pattern, QString *error)
{
    const QJsonValue value = payload.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonObject object = value.toObject();
    const QString type = object.value(QStringLiteral("type")).toString();
    const bool regex = pattern && type == QLatin1String("regex");
    if (!value.isObject() || (type != standard && type != QLatin1String("file") && !regex))
        return fail(error,
                    pattern ? QCoreApplication::translate(
                                  "Problem", "input.type must be \"stdin\", \"file\" or \"regex\"")
                            : QCoreApplication::translate(
                                  "Problem", "output.type must be \"stdout\" or \"file\""));
    if (type == standard)
        return true;
    const QString field = regex ? QStringLiteral("pattern") : QStringLiteral("fileName");
    const QJsonValue name = object.value(field);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(error,
                    QCoreApplication::translate(
                        "Problem", "%1.%2 is required as a non-empty string when %1.type is \"%3\"")
                        .arg(key, field, type));
    *(regex ? pattern : fileName) = name.toString().trimmed();
    return true;
}

bool readChecker(const QJsonValue &value, CheckerSpec *spec, QString *error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(error, QCoreApplication::translate("Problem", "checker must be an object"));
    const QJsonObject object = value.toObject();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    CheckerSpec::Kind k;
    if (!CheckerSpec::kindFromName(kind, &k))
        return fail(error, QCoreApplication::translate(
                               "Problem",
                               "checker.kind '%1' is unknown; it is one of exact, lines, tokens, "
                               "float, custom")
                               .arg(kind));
    for (const char *key : {"absoluteTolerance", "relativeTolerance"}) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isUndefined() && (!v.isDouble() || v.toDouble() < 0))
            return fail(error, QCoreApplication::translate(
                                   "Problem", "checker.%1 must be a number, at least 0")
                                   .arg(QLatin1String(key)));
    }
    *spec = CheckerSpec::fromJson(object);
    if (k == CheckerSpec::Kind::Custom &&
        (spec->customSource.isEmpty() || spec->customLanguage.isEmpty()))
        return fail(error,
                    QCoreApplication::translate(
                        "Problem", "a custom checker needs customSource and customLanguage"));
    return true;
}

} // namespace

QJsonObject Problem::toJson() const
{
    QJsonArray cases;
    for (const TestCase &test : tests)
        cases.append(test.toJson());
    return QJsonObject{
        {QStringLiteral("version"), fileVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("group"), group},
        {QStringLiteral("url"), url},
        {QStringLiteral("timeLimitMs"), double(timeLimitMs)},
        {QStringLiteral("memoryLimitBytes"), double(memoryLimitBytes)},
        {QStringLiteral("interactive"), interactive},
        {QStringLiteral("checker"), checker.toJson()},
        {QStringLiteral("inputFile"), inputFile},
        {QStringLiteral("inputPattern"), inputPattern},
        {QStringLiteral("outputFile"), outputFile},
        {QStringLiteral("tests"), cases},
    };
}

QString Problem::filesNote() const
{
    const QString input = !inputFile.isEmpty() ? inputFile
                          : !inputPattern.isEmpty()
                              ? tr("a file whose name matches %1").arg(inputPattern)
                              : QString();
    QString judge;
    if (!input.isEmpty() && !outputFile.isEmpty())
        judge = tr("On the judge this problem reads its input from %1 and writes its output to %2.")
                    .arg(input, outputFile);
    else if (!input.isEmpty())
        judge = tr("On the judge this problem reads its input from %1.").arg(input);
    else if (!outputFile.isEmpty())
        judge = tr("On the judge this problem writes its output to %1.").arg(outputFile);
    else
        return QString();
    return judge + QLatin1Char(' ') +
           tr("Run all gives each case on stdin and reads stdout instead, so use the standard "
              "streams while testing here.");
}

std::optional<Problem> Problem::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue version = object.value(QStringLiteral("version"));
    if (!version.isDouble()) {
        fail(error, tr("version is required as a number; this is not a RunPad problem file"));
        return std::nullopt;
    }
    if (version.toDouble() < oldestFileVersion || version.toDouble() > fileVersion ||
        version.toDouble() != version.toInt()) {
        fail(error, tr("version %1 is not known; this RunPad reads versions %2 to %3 (a newer "
                       "RunPad may have written it)")
                        .arg(version.toDouble())
                        .arg(oldestFileVersion)
                        .arg(fileVersion));
        return std::nullopt;
    }
    Problem problem;
    double time = 0, memory = 0;
    if (!optionalString(object, QStringLiteral("name"), &problem.name, error) ||
        !optionalString(object, QStringLiteral("group"), &problem.group, error) ||
        !optionalString(object, QStringLiteral("url"), &problem.url, error) ||
        !positiveNumber(object.value(QStringLiteral("timeLimitMs")), QStringLiteral("timeLimitMs"),
                        maxTimeLimitMs, &time, error) ||
        !positiveNumber(object.value(QStringLiteral("memoryLimitBytes")),
                        QStringLiteral("memoryLimitBytes"), maxMemoryBytes, &memory, error) ||
        !optionalBool(object, QStringLiteral("interactive"), &problem.interactive, error) ||
        !readChecker(object.value(QStringLiteral("checker")), &problem.checker, error) ||
        !optionalString(object, QStringLiteral("inputFile"), &problem.inputFile, error) ||
        !optionalString(object, QStringLiteral("inputPattern"), &problem.inputPattern, error) ||
        !optionalString(object, QStringLiteral("outputFile"), &problem.outputFile, error))
        return std::nullopt;
    problem.timeLimitMs = qMax<qint64>(1, qint64(time));
    problem.memoryLimitBytes = qMax<qint64>(1, qint64(memory));

    const QJsonValue tests = object.value(QStringLiteral("tests"));
    if (!tests.isArray()) {
        fail(error, tr("tests is required as an array"));
        return std::nullopt;
    }
    const QJsonArray array = tests.toArray();
    QSet<QString> ids;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject test = array.at(i).toObject();
        if (!array.at(i).isObject() || !test.value(QStringLiteral("input")).isString() ||
            !test.value(QStringLiteral("expected")).isString()) {
            fail(error, tr("tests[%1] needs input and expected as strings").arg(i));
            return std::nullopt;
        }
        TestCase testCase = TestCase::fromJson(test);
        // A copied case (a hand-edited file) keeps its place under an id of its own: verdicts
        // are kept by id.
        if (ids.contains(testCase.id))
            testCase.id = TestCase::newId();
        ids.insert(testCase.id);
        problem.tests.append(testCase);
    }
    return problem;
}

std::optional<Problem> Problem::fromCompetitiveCompanion(const QJsonObject &payload, QString *error)
{
    Problem problem;
    const QJsonValue name = payload.value(QStringLiteral("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        fail(error, tr("name is required as a non-empty string"));
        return std::nullopt;
    }
    problem.name = name.toString().trimmed();
    double time = 0, memoryMb = 0;
    if (!optionalString(payload, QStringLiteral("group"), &problem.group, error) ||
        !optionalString(payload, QStringLiteral("url"), &problem.url, error) ||
        !positiveNumber(payload.value(QStringLiteral("timeLimit")), tr("timeLimit (milliseconds)"),
                        maxTimeLimitMs, &time, error) ||
        !positiveNumber(payload.value(QStringLiteral("memoryLimit")), tr("memoryLimit (megabytes)"),
                        maxMemoryBytes / (1 << 20), &memoryMb, error) ||
        !optionalBool(payload, QStringLiteral("interactive"), &problem.interactive, error) ||
        !readStream(payload, QStringLiteral("input"), QStringLiteral("stdin"), &problem.inputFile,
                    &problem.inputPattern, error) ||
        !readStream(payload, QStringLiteral("output"), QStringLiteral("stdout"),
                    &problem.outputFile, nullptr, error))
        return std::nullopt;
    problem.timeLimitMs = qMax<qint64>(1, qint64(time));
    problem.memoryLimitBytes = qint64(memoryMb * (1 << 20));

    const QJsonValue testType = payload.value(QStringLiteral("testType"));
    if (!testType.isUndefined() && testType != QJsonValue(QStringLiteral("single")) &&
        testType != QJsonValue(QStringLiteral("multiNumber"))) {
        fail(error, tr("testType must be \"single\" or \"multiNumber\""));
        return std::nullopt;
    }
    const QJsonValue tests = payload.value(QStringLiteral("tests"));
    if (!tests.isArray()) {
        fail(error, tr("tests is required as an array"));
        return std::nullopt;
    }
    const QJsonArray array = tests.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject test = array.at(i).toObject();
        const QJsonValue input = test.value(QStringLiteral("input"));
        const QJsonValue output = test.value(QStringLiteral("output"));
        if (!array.at(i).isObject() || !input.isString() || !output.isString()) {
            fail(error, tr("tests[%1] needs input and output as strings").arg(i));
            return std::nullopt;
        }
        problem.tests.append({TestCase::newId(), input.toString(), output.toString()});
    }
    return problem;
}

ExecuteRequest Problem::limited(ExecuteRequest request) const
{
    request.runTimeout = timeLimitMs;
    request.runCpuTime = timeLimitMs;
    request.runMemoryLimit = memoryLimitBytes;
    return request;
}
