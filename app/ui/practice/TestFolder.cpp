#include "TestFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TestFolder", text);
}

// "2" before "10", "test2" before "test10": runs of digits compare as numbers (QCollator's
// numeric mode depends on the locale backend, and the C locale has none).
bool naturallyBefore(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            const qsizetype startA = i, startB = j;
            while (i < a.size() && a.at(i).isDigit())
                ++i;
            while (j < b.size() && b.at(j).isDigit())
                ++j;
            // Without leading zeros, the longer number is the bigger one.
            QStringView numberA = QStringView(a).mid(startA, i - startA);
            QStringView numberB = QStringView(b).mid(startB, j - startB);
            while (numberA.size() > 1 && numberA.front() == QLatin1Char('0'))
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == QLatin1Char('0'))
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            continue;
        }
        if (a.at(i) != b.at(j))
            return a.at(i) < b.at(j);
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

const QStringList AnswerSuffixes = {QStringLiteral("out"), QStringLiteral("ans")};

bool readText(const QFileInfo &file, QString *text, QString *why)
{
    if (file.size() > TestFolder::MaximumFileBytes) {
        *why = QCoreApplication::translate("TestFolder", "%1: larger than %2 MiB")
                   .arg(file.fileName())
                   .arg(TestFolder::MaximumFileBytes >> 20);
        return false;
    }
    QFile in(file.filePath());
    if (!in.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1: %2").arg(file.fileName(), in.errorString());
        return false;
    }
    *text = QString::fromUtf8(in.readAll());
    return true;
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
        return true;
    *error = QCoreApplication::translate("TestFolder", "Cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}
} // namespace

TestFolder::Import TestFolder::read(const QString &directory)
{
    Import result;
    const QDir dir(directory);
    if (!dir.exists() || !dir.isReadable()) {
        result.error = tr("Cannot read the folder %1.").arg(QDir::toNativeSeparators(directory));
        return result;
    }
    // Base name -> file, for inputs and answers; suffixes compare without case (1.IN, 1.Ans).
    QHash<QString, QFileInfo> inputs;
    QHash<QString, QFileInfo> answers;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Readable)) {
        const QString suffix = file.suffix().toLower();
        const QString base = file.completeBaseName();
        if (suffix == QLatin1String("in"))
            inputs.insert(base, file);
        // With both, .out wins over .ans.
        else if (AnswerSuffixes.contains(suffix) &&
                 (!answers.contains(base) || suffix == AnswerSuffixes.first()))
            answers.insert(base, file);
    }
    QStringList bases = inputs.keys();
    std::sort(bases.begin(), bases.end(), naturallyBefore);
    for (const QString &base : bases) {
        TestCase test;
        test.id = TestCase::newId();
        QString why;
        if (!readText(inputs.value(base), &test.input, &why)) {
            result.skipped << why;
            continue;
        }
        if (answers.contains(base)) {
            if (!readText(answers.value(base), &test.expected, &why)) {
                result.skipped << why;
                continue;
            }
        } else {
            result.inputsWithoutAnswer << inputs.value(base).fileName();
        }
        result.cases << test;
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!inputs.contains(it.key()))
            result.answersWithoutInput << it.value().fileName();
    }
    result.answersWithoutInput.sort();
    return result;
}

QStringList TestFolder::existingFiles(const QString &directory, int count)
{
    QStringList files;
    const QDir dir(directory);
    for (int i = 1; i <= count; ++i) {
        for (const QString &suffix : {QStringLiteral("in"), QStringLiteral("out")}) {
            const QString name = QStringLiteral("%1.%2").arg(i).arg(suffix);
            if (dir.exists(name))
                files << name;
        }
    }
    return files;
}

bool TestFolder::write(const QString &directory, const QList<TestCase> &cases, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const QDir dir(directory);
    for (int i = 0; i < cases.size(); ++i) {
        const QString base = dir.filePath(QString::number(i + 1));
        if (!writeText(base + QStringLiteral(".in"), cases.at(i).input, error))
            return false;
        const QString answer = base + QStringLiteral(".out");
        if (cases.at(i).expected.isEmpty()) {
            QFile::remove(answer); // an old answer would pair with the new input
            continue;
        }
        if (!writeText(answer, cases.at(i).expected, error))
            return false;
    }
    return true;
}
