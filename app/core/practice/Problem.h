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

    // With "version": 1; fromJson refuses other versions and wrong types, saying what is wrong.
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
