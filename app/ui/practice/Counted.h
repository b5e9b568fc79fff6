#pragma once

#include <QString>

// Counts in words, singular or plural ("1 test case", "3 test cases"): the app ships no
// translations that would resolve tr()'s %n forms.
namespace Counted {
QString testCases(int count);
QString tests(int count);
} // namespace Counted
