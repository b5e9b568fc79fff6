#pragma once

#include <QString>

// Counts in words, singular or plural ("1 test case", "3 test cases"), in every language's own
// plural forms.
namespace Counted {
QString testCases(int count);
QString tests(int count);
} // namespace Counted
