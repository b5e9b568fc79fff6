#pragma once

#include "Checker.h"
#include "ExecuteRequest.h"
#include "TestCase.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

// A practice problem: what Competitive Companion sends and the sidecar file keeps.
struct Problem {
    QString name, group, url;
    qint64 timeLimitMs = 3000;
    qint64 memoryLimitBytes = 256ll << 20;
    CheckerSpec checker;
    QList<TestCase> tests;
    bool interactive = false;
    // Where a judge gives the input and takes the output (Competitive Companion's `input` and
    // `output`): empty for stdin and stdout, else a file name ("input.txt"), or for an input
    // file whose name varies, a regular expression it matches.
    QString inputFile;
    QString inputPattern;
    QString outputFile;

    // When the problem uses files, a sentence saying so, and that Run all gives each case on
    // stdin and reads stdout all the same (the sandbox hands no files back); else empty.
    QString filesNote() const;

    // With "version": 2; fromJson reads versions 1 and 2 and refuses others and wrong types,
    // saying what is wrong. Cases with the same id get new ids, so that each id names one case.
    QJsonObject toJson() const;
    static std::optional<Problem> fromJson(const QJsonObject &object, QString *error);
    // Competitive Companion's payload (PISTON_API.md, last section); nullopt + error if invalid.
    static std::optional<Problem> fromCompetitiveCompanion(const QJsonObject &payload,
                                                           QString *error);
    // The request with this problem's time and memory limits, as the judge runs a solution.
    ExecuteRequest limited(ExecuteRequest request) const;
    bool operator==(const Problem &other) const = default;
};

Q_DECLARE_METATYPE(Problem)
