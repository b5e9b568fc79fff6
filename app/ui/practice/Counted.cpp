#include "Counted.h"

#include <QCoreApplication>

// English's singular is asked for apart, so it reads right without a translation loaded; %n
// gives every other language its own plural forms.
QString Counted::testCases(int count)
{
    return count == 1 ? QCoreApplication::translate("Counted", "1 test case")
                      : QCoreApplication::translate("Counted", "%n test cases", nullptr, count);
}

QString Counted::tests(int count)
{
    return count == 1 ? QCoreApplication::translate("Counted", "1 test")
                      : QCoreApplication::translate("Counted", "%n tests", nullptr, count);
}
