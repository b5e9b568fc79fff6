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

QTEST_MAIN(TestLanguagePicker)
#include "tst_LanguagePicker.moc"
