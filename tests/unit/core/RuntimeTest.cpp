// Runtime: Piston's /api/v2/runtimes entries and how names match them.

#include "Runtime.h"

#include <QJsonArray>
#include <QTest>

class RuntimeTest : public QObject {
    Q_OBJECT

private slots:
    void fromJson()
    {
        const Runtime runtime =
            Runtime::fromJson({{QStringLiteral("language"), QStringLiteral("c++")},
                               {QStringLiteral("version"), QStringLiteral("12.2.0")},
                               {QStringLiteral("aliases"),
                                QJsonArray{QStringLiteral("cpp"), QStringLiteral("g++")}}});
        QCOMPARE(runtime.language, QStringLiteral("c++"));
        QCOMPARE(runtime.version, QStringLiteral("12.2.0"));
        QCOMPARE(runtime.aliases, QStringList({QStringLiteral("cpp"), QStringLiteral("g++")}));
        QCOMPARE(Runtime::fromJson(runtime.toJson()).aliases, runtime.aliases);
        QCOMPARE(runtime.toJson().value(QStringLiteral("language")).toString(), runtime.language);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matches");
        QTest::newRow("language") << QStringLiteral("python") << true;
        QTest::newRow("alias") << QStringLiteral("py3") << true;
        QTest::newRow("other alias") << QStringLiteral("python3") << true;
        QTest::newRow("exact case, as Piston") << QStringLiteral("Python") << false;
        QTest::newRow("prefix") << QStringLiteral("pyth") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void matches()
    {
        QFETCH(QString, name);
        QFETCH(bool, matches);
        const Runtime python{
            QStringLiteral("python"),
            QStringLiteral("3.11.2"),
            {QStringLiteral("py"), QStringLiteral("py3"), QStringLiteral("python3")}};
        QCOMPARE(python.matches(name), matches);
    }
};

QTEST_GUILESS_MAIN(RuntimeTest)
#include "RuntimeTest.moc"
