// LanguageCatalog: the compiled-in language data and lookups by name, alias and file name.

#include "LanguageCatalog.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class LanguageCatalogTest : public QObject {
    Q_OBJECT

private slots:
    void resourceHoldsEveryLanguageFile()
    {
        const LanguageCatalog fromSource(QStringLiteral(LANGUAGES_DIR));
        const LanguageCatalog &compiledIn = LanguageCatalog::instance();
        QVERIFY(compiledIn.languages().size() >= 5);
        QCOMPARE(compiledIn.languages().size(), fromSource.languages().size());
        for (const LanguageInfo &info : fromSource.languages())
            QVERIFY2(compiledIn.byName(info.id), qPrintable(info.id));
    }

    void fields()
    {
        const LanguageInfo *cpp = LanguageCatalog::instance().byName(QStringLiteral("cpp"));
        QVERIFY(cpp);
        QCOMPARE(cpp->id, QStringLiteral("cpp"));
        QCOMPARE(cpp->language, QStringLiteral("c++"));
        QCOMPARE(cpp->name, QStringLiteral("C++"));
        QCOMPARE(cpp->extensions.value(0), QStringLiteral("cpp"));
        QCOMPARE(cpp->ksyntaxDefinition, QStringLiteral("C++"));
        QCOMPARE(cpp->qscintillaLexer, QStringLiteral("cpp"));
        QVERIFY(cpp->templateText.contains(QStringLiteral("main")));
    }

    void byName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::newRow("canonical") << QStringLiteral("c++") << QStringLiteral("c++");
        QTest::newRow("id") << QStringLiteral("javascript") << QStringLiteral("javascript");
        QTest::newRow("alias") << QStringLiteral("py3") << QStringLiteral("python");
        QTest::newRow("alias g++") << QStringLiteral("g++") << QStringLiteral("c++");
        QTest::newRow("any case") << QStringLiteral("Python") << QStringLiteral("python");
        QTest::newRow("sh") << QStringLiteral("sh") << QStringLiteral("bash");
        QTest::newRow("unknown") << QStringLiteral("cobolx") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void byName()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        const LanguageInfo *info = LanguageCatalog::instance().byName(name);
        QCOMPARE(info ? info->language : QString(), language);
    }

    void byFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("language");
        QTest::newRow("py") << QStringLiteral("hello.py") << QStringLiteral("python");
        QTest::newRow("path") << QStringLiteral("/tmp/x.y/main.c") << QStringLiteral("c");
        QTest::newRow("cc") << QStringLiteral("a.cc") << QStringLiteral("c++");
        QTest::newRow("upper case") << QStringLiteral("A.CPP") << QStringLiteral("c++");
        QTest::newRow("two dots") << QStringLiteral("app.test.js") << QStringLiteral("javascript");
        QTest::newRow("sh") << QStringLiteral("run.sh") << QStringLiteral("bash");
        QTest::newRow("no extension") << QStringLiteral("Makefile") << QString();
        QTest::newRow("unknown extension") << QStringLiteral("a.xyz") << QString();
    }

    void byFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, language);
        const LanguageInfo *info = LanguageCatalog::instance().byFileName(fileName);
        QCOMPARE(info ? info->language : QString(), language);
    }

    void badFilesAreSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        write(QStringLiteral("good.json"),
              R"({"language": "lua", "aliases": ["Lua"], "extensions": ["lua"]})");
        write(QStringLiteral("broken.json"), "{ not json");
        write(QStringLiteral("array.json"), "[1, 2]");
        write(QStringLiteral("notes.txt"), "not a language");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken\\.json")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("array\\.json")));
        const LanguageCatalog catalog(dir.path());
        QCOMPARE(catalog.languages().size(), 1);
        QCOMPARE(catalog.languages().first().id, QStringLiteral("good"));
        QCOMPARE(catalog.languages().first().name, QStringLiteral("lua")); // falls back
        QVERIFY(catalog.byFileName(QStringLiteral("x.lua")));
    }
};

QTEST_GUILESS_MAIN(LanguageCatalogTest)
#include "LanguageCatalogTest.moc"
