#include "Counted.h"

#include <QCoreApplication>

QString Counted::testCases(int count)
{
    return count == 1 ? QCoreApplication::translate("Counted", "1 test case")
                      : QCoreApplication::translate("Counted", "%1 test cases").arg(count);
}

QString Counted::tests(int count)
{
    return count == 1 ? QCoreApplication::translate("Counted", "1 test")
                      : QCoreApplication::translate("Counted", "%1 tests").arg(count);
}
