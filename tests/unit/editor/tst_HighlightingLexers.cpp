// QScintilla's lexers, the highlighting of the Qt 6 build (both flavours run it): every language
// file names one, every style of each is mapped onto a theme text style, and golden spans of the
// same samples the KSyntaxHighlighting test uses, in theme text styles.

#include "LexerFactory.h"
#include "tst_HighlightingSupport.h"

#include <Qsci/qscilexercpp.h>

#include <QFileInfo>
#include <QTest>

#include <memory>

using namespace HighlightingSupport;

namespace {
const QString GoldenDir = QStringLiteral(RUNPAD_GOLDEN_DIR "/highlighting");
}

class TestHighlightingLexers : public QObject {
    Q_OBJECT
private slots:
    void languageFilesNameLexers();
    void everyStyleIsMapped_data();
    void everyStyleIsMapped();
    void lexerByFileName_data();
    void lexerByFileName();
    void themeColoursEveryStyle();
    void golden_data();
    void golden();
};

void TestHighlightingLexers::languageFilesNameLexers()
{
    const QStringList ids = languageIds();
    QCOMPARE(ids.size(), 20);
    for (const QString &id : ids) {
        const QJsonObject highlight = languageHighlight(id);
        const QString name = highlight.value(QStringLiteral("qscintilla")).toString();
        std::unique_ptr<QsciLexer> lexer(LexerFactory::createByName(name, nullptr));
        QVERIFY2(lexer,
                 qPrintable(QStringLiteral("%1.json: no QScintilla lexer '%2'").arg(id, name)));
        QVERIFY(!highlight.value(QStringLiteral("ksyntax")).toString().isEmpty());
    }
}

void TestHighlightingLexers::everyStyleIsMapped_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : LexerFactory::lexerNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestHighlightingLexers::everyStyleIsMapped()
{
    QFETCH(QString, name);
    std::unique_ptr<QsciLexer> lexer(LexerFactory::createByName(name, nullptr));
    QVERIFY(lexer);
    int described = 0;
    for (int style = 0; style <= Sci::STYLE_MAX; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        ++described;
        QVERIFY2(LexerStyles::textStyleOf(*lexer, style).has_value(),
                 qPrintable(QStringLiteral("%1 style %2 (%3) has no theme text style")
                                .arg(name)
                                .arg(style)
                                .arg(lexer->description(style))));
    }
    QVERIFY(described >= 6); // the smallest, .properties files, have six
}

void TestHighlightingLexers::lexerByFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    QTest::newRow("rust") << "src/main.rs"
                          << "Rust";
    QTest::newRow("go") << "main.go"
                        << "Go";
    QTest::newRow("python") << "solve.PY"
                            << "Python";
    QTest::newRow("php") << "index.php"
                         << "HTML";
    QTest::newRow("header") << "a.hpp"
                            << "C++";
    QTest::newRow("cobol") << "hello.cob"
                           << "COBOL";
    QTest::newRow("unknown") << "notes.txt" << QString();
    QTest::newRow("no extension") << "README" << QString();
    QTest::newRow("makefile") << "Makefile"
                              << "Makefile";
    QTest::newRow("json") << "data.JSON"
                          << "JSON";
    QTest::newRow("yaml") << ".github/ci.yml"
                          << "YAML";
}

void TestHighlightingLexers::lexerByFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    LexerFactory factory;
    std::unique_ptr<QsciLexer> lexer(
        factory.createLexer(QString(), QStringLiteral("unknown"), fileName, nullptr));
    if (language.isEmpty()) {
        QVERIFY(!lexer);
    } else {
        QVERIFY(lexer);
        QCOMPARE(QString::fromLatin1(lexer->language()), language);
    }
}

void TestHighlightingLexers::themeColoursEveryStyle()
{
    const Theme theme = Theme::byName(QStringLiteral("Breeze Dark"));
    for (const QString &name : LexerFactory::lexerNames()) {
        std::unique_ptr<QsciLexer> lexer(LexerFactory::createByName(name, nullptr));
        LexerStyles::apply(theme, *lexer, QFont(QStringLiteral("monospace")));
        for (int style = 0; style <= Sci::STYLE_MAX; ++style) {
            if (lexer->description(style).isEmpty())
                continue;
            const Theme::Format format = theme.format(*LexerStyles::textStyleOf(*lexer, style));
            const QString where = QStringLiteral("%1 style %2").arg(name).arg(style);
            QVERIFY2(lexer->color(style) == format.foreground, qPrintable(where));
            QVERIFY2(lexer->paper(style) ==
                         (format.background.isValid() ? format.background : theme.background()),
                     qPrintable(where));
            QVERIFY2(lexer->font(style).bold() == format.bold, qPrintable(where));
            QVERIFY2(lexer->font(style).italic() == format.italic, qPrintable(where));
        }
        QCOMPARE(lexer->defaultPaper(), theme.background());
    }
}

void TestHighlightingLexers::golden_data()
{
    addGoldenInputRows();
}

void TestHighlightingLexers::golden()
{
    QFETCH(QString, input);
    const QString id = QFileInfo(input).completeBaseName();
    const QString name = languageHighlight(id).value(QStringLiteral("qscintilla")).toString();
    QsciScintilla editor;
    editor.setUtf8(true);
    QsciLexer *lexer = LexerFactory::createByName(name, &editor);
    QVERIFY(lexer);
    editor.setLexer(lexer);
    editor.setText(QString::fromUtf8(readFile(input)));
    styleAll(editor);
    // Folding is QScintilla's own business here; the styles are what the theme colours.
    const QString actual = spans(editor, false);
    QVERIFY2(!actual.startsWith(QLatin1String("ERROR")), qPrintable(actual));
    const QString diff =
        compareGolden(GoldenDir + QStringLiteral("/qscintilla/%1.spans").arg(id), actual);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_MAIN(TestHighlightingLexers)
#include "tst_HighlightingLexers.moc"
