#include "TestCase.h"

#include <QUuid>

QString TestCase::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject TestCase::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("input"), input},
                       {QStringLiteral("expected"), expected}};
}

TestCase TestCase::fromJson(const QJsonObject &object)
{
    TestCase test;
    test.id = object.value(QStringLiteral("id")).toString();
    if (test.id.isEmpty())
        test.id = newId();
    test.input = object.value(QStringLiteral("input")).toString();
    test.expected = object.value(QStringLiteral("expected")).toString();
    return test;
}
