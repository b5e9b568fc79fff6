#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One test case of a practice problem.
struct TestCase {
    QString id; // stable (QUuid without braces)
    QString input;
    QString expected; // may be empty: then only the run's status decides (no checker)

    // A new id, for a case made now.
    static QString newId();
    QJsonObject toJson() const;
    static TestCase fromJson(const QJsonObject &object);
    bool operator==(const TestCase &other) const = default;
};

Q_DECLARE_METATYPE(TestCase)
