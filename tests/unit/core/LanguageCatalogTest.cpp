// LanguageCatalog: the compiled-in language data and lookups by name, alias and file name.

#include "LanguageCatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
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

    void editing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("lineComment");
        QTest::addColumn<QString>("blockStart");
        QTest::addColumn<QString>("blockEnd");
        QTest::addColumn<bool>("tabs");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("opener"); // one of indentAfter

        QTest::newRow("c++") << "cpp"
                             << "//"
                             << "/*"
                             << "*/" << false << 4 << "{";
        QTest::newRow("python") << "python"
                                << "#"
                                << ""
                                << "" << false << 4 << ":";
        QTest::newRow("pypy") << "pypy3"
                              << "#"
                              << ""
                              << "" << false << 4 << ":";
        QTest::newRow("go uses tabs") << "go"
                                      << "//"
                                      << "/*"
                                      << "*/" << true << 4 << "{";
        QTest::newRow("javascript") << "javascript"
                                    << "//"
                                    << "/*"
                                    << "*/" << false << 2 << "(";
        QTest::newRow("sql") << "sqlite3"
                             << "--"
                             << "/*"
                             << "*/" << false << 4 << "(";
        QTest::newRow("cobol") << "cobol"
                               << "*>"
                               << ""
                               << "" << false << 4 << "";
        QTest::newRow("fortran") << "fortran"
                                 << "!"
                                 << ""
                                 << "" << false << 4 << "then";
        QTest::newRow("pascal") << "pascal"
                                << "//"
                                << "(*"
                                << "*)" << false << 2 << "begin";
        QTest::newRow("lua") << "lua"
                             << "--"
                             << "--[["
                             << "]]" << false << 4 << "then";
        QTest::newRow("bash") << "bash"
                              << "#"
                              << ""
                              << "" << false << 4 << "do";
    }

    void editing()
    {
        QFETCH(QString, id);
        QFETCH(QString, lineComment);
        QFETCH(QString, blockStart);
        QFETCH(QString, blockEnd);
        QFETCH(bool, tabs);
        QFETCH(int, width);
        QFETCH(QString, opener);
        const LanguageInfo *info = LanguageCatalog::instance().byName(id);
        QVERIFY(info);
        QCOMPARE(info->lineComment, lineComment);
        QCOMPARE(info->blockCommentStart, blockStart);
        QCOMPARE(info->blockCommentEnd, blockEnd);
        QCOMPARE(info->indentWithTabs, tabs);
        QCOMPARE(info->indentWidth, width);
        if (opener.isEmpty())
            QVERIFY2(info->indentAfter.isEmpty(),
                     qPrintable(info->indentAfter.join(QLatin1Char(' '))));
        else
            QVERIFY2(info->indentAfter.contains(opener),
                     qPrintable(info->indentAfter.join(QLatin1Char(' '))));
    }

    void everyLanguageSaysHowItIsEdited()
    {
        const LanguageCatalog fromSource(QStringLiteral(LANGUAGES_DIR));
        QCOMPARE(fromSource.languages().size(), 20);
        for (const LanguageInfo &info : fromSource.languages()) {
            QFile file(QStringLiteral(LANGUAGES_DIR "/%1.json").arg(info.id));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject editor = QJsonDocument::fromJson(file.readAll())
                                           .object()
                                           .value(QStringLiteral("editor"))
                                           .toObject();
            QVERIFY2(!editor.isEmpty(),
                     qPrintable(info.id + QStringLiteral(": no \"editor\" object")));
            QVERIFY2(!info.lineComment.isEmpty() ||
                         (!info.blockCommentStart.isEmpty() && !info.blockCommentEnd.isEmpty()),
                     qPrintable(info.id + QStringLiteral(": no comment token")));
            QVERIFY2(editor.value(QStringLiteral("indent_width")).isDouble(), qPrintable(info.id));
            QVERIFY2(editor.value(QStringLiteral("tabs")).isBool(), qPrintable(info.id));
        }
        // Python's ":" opens a block; C++'s does not ("case 1:", "public:").
        QVERIFY(!LanguageCatalog::instance()
                     .byName(QStringLiteral("cpp"))
                     ->indentAfter.contains(QStringLiteral(":")));
    }

    void badEditingFieldsKeepDefaults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("odd.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // (No raw string here: moc reads the "/*" in one as the start of a comment.)
        file.write("{\"language\": \"odd\", \"editor\": {\"line_comment\": 3, "
                   "\"block_comment\": [\"/*\"], \"indent_width\": 0, \"tabs\": \"yes\", "
                   "\"indent_after\": \":\"}}");
        file.close();
        for (const char *field :
             {"line_comment", "block_comment", "indent_width", "tabs", "indent_after"})
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(QStringLiteral("odd\\.json: editor\\.") + QLatin1String(field)));
        const LanguageCatalog catalog(dir.path());
        QCOMPARE(catalog.languages().size(), 1);
        const LanguageInfo &info = catalog.languages().first();
        const LanguageInfo defaults;
        QCOMPARE(info.lineComment, QString());
        QCOMPARE(info.blockCommentStart, QString());
        QCOMPARE(info.indentWidth, defaults.indentWidth);
        QCOMPARE(info.indentWithTabs, defaults.indentWithTabs);
        QCOMPARE(info.indentAfter, defaults.indentAfter);
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
