#include "LanguageCatalog.h"
#include "LanguagePicker.h"

#include <QSignalSpy>
#include <QTest>

class TestLanguagePicker : public QObject {
    Q_OBJECT
private slots:
    void listsTheCatalog();
    void marksLanguagesWithoutRuntime();
    void selectingFromCodeDoesNotEmit();
    void anotherBackendsRuntimesReplaceTheFirst();
};

void TestLanguagePicker::listsTheCatalog()
{
    const LanguageCatalog &catalog = LanguageCatalog::instance();
    LanguagePicker picker(catalog);
    QCOMPARE(picker.count(), catalog.languages().size());
    for (int i = 0; i < picker.count(); ++i)
        QCOMPARE(picker.itemText(i), catalog.languages().at(i).name);
}

void TestLanguagePicker::marksLanguagesWithoutRuntime()
{
    const LanguageCatalog &catalog = LanguageCatalog::instance();
    LanguagePicker picker(catalog);
    Runtime python;
    python.language = QStringLiteral("python");
    python.version = QStringLiteral("3.11.2");
    Runtime newerPython = python;
    newerPython.version = QStringLiteral("3.12.1");
    picker.setRuntimes({newerPython, python});

    const int pythonIndex = picker.findData(QStringLiteral("python"));
    const int cppIndex = picker.findData(QStringLiteral("cpp"));
    QCOMPARE(picker.itemText(pythonIndex), QStringLiteral("Python 3 (3.12.1, 3.11.2)"));
    QCOMPARE(picker.itemText(cppIndex), QStringLiteral("C++ (not installed)"));
    QVERIFY(picker.itemData(cppIndex, Qt::ForegroundRole).isValid());
    QVERIFY(!picker.itemData(pythonIndex, Qt::ForegroundRole).isValid());
}

void TestLanguagePicker::selectingFromCodeDoesNotEmit()
{
    const LanguageCatalog &catalog = LanguageCatalog::instance();
    LanguagePicker picker(catalog);
    QSignalSpy picked(&picker, &LanguagePicker::languagePicked);
    picker.setCurrentLanguage(catalog.byName(QStringLiteral("c++")));
    QCOMPARE(picker.currentLanguage()->id, QStringLiteral("cpp"));
    QCOMPARE(picked.count(), 0);
}

// Switching backends: while the next one is asked the names are plain, and the current language
// stays selected throughout.
void TestLanguagePicker::anotherBackendsRuntimesReplaceTheFirst()
{
    const LanguageCatalog &catalog = LanguageCatalog::instance();
    LanguagePicker picker(catalog);
    const LanguageInfo *cpp = catalog.byName(QStringLiteral("cpp"));
    picker.setCurrentLanguage(cpp);
    Runtime gcc;
    gcc.language = QStringLiteral("c++");
    gcc.version = QStringLiteral("12.2.0");
    picker.setRuntimes({gcc}, QStringLiteral("Local sandbox"));
    const int cppIndex = picker.findData(QStringLiteral("cpp"));
    QCOMPARE(picker.itemText(cppIndex), QStringLiteral("C++ (12.2.0)"));

    picker.clearRuntimes();
    QCOMPARE(picker.itemText(cppIndex), QStringLiteral("C++"));
    QVERIFY(!picker.itemData(cppIndex, Qt::ForegroundRole).isValid());
    QCOMPARE(picker.currentLanguage(), cpp);

    Runtime python;
    python.language = QStringLiteral("python");
    python.version = QStringLiteral("3.11.2");
    picker.setRuntimes({python}, QStringLiteral("Desktop"));
    QCOMPARE(picker.itemText(cppIndex), QStringLiteral("C++ (not installed)"));
    QCOMPARE(picker.itemData(cppIndex, Qt::ToolTipRole).toString(),
             QStringLiteral("Desktop has no runtime for C++."));
    QCOMPARE(picker.currentLanguage(), cpp);
    QVERIFY(LanguagePicker::versionsOf(*cpp, {python}).isEmpty());
    QCOMPARE(LanguagePicker::versionsOf(*cpp, {gcc, python}),
             QStringList{QStringLiteral("12.2.0")});
}

QTEST_MAIN(TestLanguagePicker)
#include "tst_LanguagePicker.moc"
